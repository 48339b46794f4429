/**
 * The emulator's "now". The bundle's `new Date()` and `Date.now()` read it (the vm context's
 * `Date` is `clock.DateClass`), so a run can be placed on 2019-04-24 and trigger days replayed.
 * Every Date the emulator hands to the bundle is made with `clock.date(ms)`, so `instanceof Date`
 * holds inside the bundle as it does on Apps Script.
 */
export class Clock {
  private nowMs: number;
  readonly DateClass: DateConstructor;

  constructor(start: Date | string | number = Date.now()) {
    this.nowMs = new Date(start).getTime();
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const clock = this;
    class EmulatedDate extends Date {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(clock.nowMs);
        else super(...(args as [string]));
      }
      static now(): number {
        return clock.nowMs;
      }
    }
    this.DateClass = EmulatedDate as unknown as DateConstructor;
  }

  now(): number {
    return this.nowMs;
  }

  set(when: Date | string | number): void {
    this.nowMs = new Date(when).getTime();
  }

  advance(ms: number): void {
    this.nowMs += ms;
  }

  /** A Date of the bundle's realm. */
  date(ms: number = this.nowMs): Date {
    return new this.DateClass(ms);
  }
}
