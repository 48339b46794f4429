/** Asked before each call the bundle makes; throws to refuse it (services/auth.ts). */
export interface CallPolicy {
  check(className: string, method: string): void;
}

/** Counts every service call the bundle makes, as `Service.method` (e.g. `Range.getValues`). */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  /** The emulator's auth policy; none in tests of the boundary alone. */
  policy?: CallPolicy;
  /** Told of every allowed call, after the policy (the spreadsheet's write buffer, AS39). */
  observer?: (className: string, key: string) => void;

  hit(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Counts the call (a refused call counts too: the bundle made it), then checks it. */
  enter(className: string, method: string): void {
    const key = `${className}.${method}`;
    this.hit(key);
    this.policy?.check(className, method);
    this.observer?.(className, key);
  }

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  /** Counts sorted by key, for printing and for comparing two runs. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}
