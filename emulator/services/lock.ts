/**
 * LockService (AS29). Only one execution runs at a time in the emulator, so "another
 * execution holds the lock" is simulated with `emu.locks.holdByOther(...)`. Waiting for a
 * lock never sleeps: it advances the emulator clock by the time waited, which also lets a
 * long wait run into the execution time limit (AS05). Locks are released when a run ends.
 */
import type { Clock } from '../runtime/clock';
import { gasError } from '../runtime/errors';
import type { ExecutionContext } from './context';

export type LockKind = 'document' | 'script' | 'user';

interface LockState {
  holder: 'nobody' | 'run' | 'other';
  /** When the other execution lets go; never when undefined. */
  otherReleasesAt?: number;
}

/** The locks' shared state, kept by the Emulator (`emu.locks`). */
export class LockRegistry {
  private readonly states = new Map<string, LockState>();
  /** What the next execution waiting for each lock does once the run lets it go (AS39 tests). */
  private readonly waiting = new Map<LockState, (() => void)[]>();
  /** Bumped when a run ends, so Lock objects of earlier runs no longer hold anything. */
  generation = 0;

  constructor(private readonly context: ExecutionContext) {}

  state(kind: LockKind): LockState {
    const key = kind === 'user' ? `user:${this.context.userEmail}` : kind;
    let s = this.states.get(key);
    if (!s) this.states.set(key, (s = { holder: 'nobody' }));
    return s;
  }

  /**
   * Simulates another execution holding a lock (the document lock unless told otherwise):
   * `true` until `holdByOther(false)`, or `{ forMs }` to let it go that long after now.
   */
  holdByOther(held: boolean | { forMs: number }, kind: LockKind = 'document'): void {
    const s = this.state(kind);
    if (held === false) {
      if (s.holder === 'other') s.holder = 'nobody';
      s.otherReleasesAt = undefined;
      return;
    }
    s.holder = 'other';
    s.otherReleasesAt = held === true ? undefined : this.context.clock.now() + held.forMs;
  }

  /**
   * Another execution waits for this lock and runs `next` as soon as the current run
   * releases it (by `releaseLock()` or by ending): `next` reads what another execution would
   * read then, e.g. `emu.spreadsheet` directly, which shows only writes already applied.
   */
  whenReleased(kind: LockKind, next: () => void): void {
    const s = this.state(kind);
    this.waiting.set(s, [...(this.waiting.get(s) ?? []), next]);
  }

  /** The run let go of a lock: the executions waiting for it run, in order. */
  released(kind: LockKind): void {
    this.runWaiting(this.state(kind));
  }

  private runWaiting(s: LockState): void {
    const next = this.waiting.get(s);
    if (!next) return;
    this.waiting.delete(s);
    for (const fn of next) fn();
  }

  /** Whether the current run holds this kind of lock. */
  heldByRun(kind: LockKind): boolean {
    return this.state(kind).holder === 'run';
  }

  /** AS29: the end of a run releases its locks. */
  releaseAll(): void {
    const freed = [...this.states.values()].filter((s) => s.holder === 'run');
    for (const s of freed) s.holder = 'nobody';
    this.generation++;
    for (const s of freed) this.runWaiting(s);
  }
}

export class Lock implements GoogleAppsScript.Lock.Lock {
  static readonly serviceName = 'Lock';
  private acquiredIn = -1;

  constructor(
    private readonly kind: LockKind,
    private readonly registry: LockRegistry,
    private readonly clock: Clock,
    private readonly context: ExecutionContext,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    if (this.hasLock()) return true;
    // AS47: a negative timeout never gets the lock, even a free one (waitLock then throws).
    if (timeoutInMillis < 0) return false;
    const s = this.registry.state(this.kind);
    if (s.holder === 'other') {
      const wait = s.otherReleasesAt === undefined ? Number.POSITIVE_INFINITY : Math.max(0, s.otherReleasesAt - this.clock.now());
      if (wait > timeoutInMillis) {
        this.clock.advance(Math.max(0, timeoutInMillis));
        this.context.checkDeadline();
        return false;
      }
      this.clock.advance(wait);
      this.context.checkDeadline();
      s.otherReleasesAt = undefined;
    }
    s.holder = 'run';
    this.acquiredIn = this.registry.generation;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw gasError('Lock timeout: another process was holding the lock for too long.');
  }

  releaseLock(): void {
    if (!this.hasLock()) return;
    this.registry.state(this.kind).holder = 'nobody';
    this.acquiredIn = -1;
    this.registry.released(this.kind);
  }

  hasLock(): boolean {
    return this.acquiredIn === this.registry.generation && this.registry.heldByRun(this.kind);
  }
}

export class LockService implements GoogleAppsScript.Lock.LockService {
  static readonly serviceName = 'LockService';

  constructor(
    private readonly registry: LockRegistry,
    private readonly clock: Clock,
    private readonly context: ExecutionContext,
  ) {}

  getDocumentLock(): Lock {
    // Typed non-null in @types, but Apps Script returns null outside a bound document.
    return (this.context.bound ? this.make('document') : null) as Lock;
  }

  getScriptLock(): Lock {
    return this.make('script');
  }

  getUserLock(): Lock {
    return this.make('user');
  }

  private make(kind: LockKind): Lock {
    return new Lock(kind, this.registry, this.clock, this.context);
  }
}
