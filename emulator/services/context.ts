/**
 * What the services need to know about the execution in progress: who runs it, with which
 * authority, and when it must stop. One instance per Emulator, shared by every service; the
 * Emulator updates it at the start and end of each `run`.
 */
import type { Clock } from '../runtime/clock';
import { gasError } from '../runtime/errors';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** AS05: 6 minutes per execution, 30 s for simple triggers and custom functions. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;

export class ExecutionContext {
  authMode: AuthModeName = 'FULL';
  simpleTrigger = false;
  /** True between the start and the end of a `run`. */
  running = false;
  private deadline = Number.POSITIVE_INFINITY;

  constructor(
    readonly clock: Clock,
    readonly ownerEmail: string,
    readonly userEmail: string,
    public scriptTimeZone: string,
    readonly locale: string,
    /** False when the script is not bound to a document (no document lock/properties/cache). */
    readonly bound: boolean,
  ) {}

  begin(authMode: AuthModeName, simpleTrigger: boolean): void {
    this.authMode = authMode;
    this.simpleTrigger = simpleTrigger;
    this.running = true;
    const limit = simpleTrigger || authMode === 'CUSTOM_FUNCTION' ? SIMPLE_TRIGGER_LIMIT_MS : EXECUTION_LIMIT_MS;
    this.deadline = this.clock.now() + limit;
  }

  end(): void {
    this.running = false;
    this.simpleTrigger = false;
    this.authMode = 'FULL';
    this.deadline = Number.POSITIVE_INFINITY;
  }

  /** The user Session reports as active: '' in simple triggers (AS25). */
  activeUserEmail(): string {
    return this.simpleTrigger || this.authMode === 'NONE' ? '' : this.userEmail;
  }

  /**
   * Called after anything that advances the clock inside a run (sleep, lock waits): the
   * emulated time is the only time a run spends, so this is where AS05 can bite.
   */
  checkDeadline(): void {
    if (this.running && this.clock.now() > this.deadline) throw gasError('Exceeded maximum execution time');
  }
}
