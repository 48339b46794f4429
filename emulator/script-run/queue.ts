/**
 * The emulator's transport for google.script.run: every call is its own execution, run after
 * the calling code has returned, in an order of the emulator's choosing (AS34: asynchronous,
 * order not guaranteed), its result passed through the client rules (AS33).
 */
import { clientResult } from './rules';
import type { Transport } from './runner';

interface Pending {
  name: string;
  args: unknown[];
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** What the failure handler receives for a server error: its message, no server stack. */
export function clientError(e: unknown): Error {
  // The bundle's errors come from its own realm: `instanceof Error` is false for them.
  const thrown = typeof e === 'object' && e !== null && 'message' in e ? (e as Error) : undefined;
  const error = new Error(thrown ? String(thrown.message) : String(e));
  if (thrown) error.name = String(thrown.name);
  return error;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class ScriptRunQueue implements Transport {
  /** Failures no failure handler took (the browser console's "Uncaught" lines). */
  readonly unhandledErrors: { name: string; message: string }[] = [];
  private pending: Pending[] = [];
  private scheduled = false;

  /** `random` picks the next call among those waiting (tests pass a fixed sequence). */
  constructor(
    private readonly execute: (name: string, args: unknown[]) => unknown,
    private readonly random: () => number = Math.random,
  ) {}

  call(name: string, args: unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.pending.push({ name, args, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.drain());
      }
    });
  }

  unhandled(error: Error, name: string): void {
    this.unhandledErrors.push({ name, message: error.message });
  }

  /** Resolves once every call made so far has run and its handler has been called. */
  async idle(): Promise<void> {
    while (this.scheduled || this.pending.length > 0) await nextTurn();
    await nextTurn();
  }

  private drain(): void {
    this.scheduled = false;
    while (this.pending.length > 0) {
      const [call] = this.pending.splice(Math.floor(this.random() * this.pending.length), 1);
      try {
        call.resolve(clientResult(this.execute(call.name, call.args)));
      } catch (e) {
        call.reject(clientError(e));
      }
    }
  }
}
