/**
 * A unit's confirmation of a period, replayed from its events in log order: a confirmation
 * counts until an admin returns it; the first confirmation after a return is the one that
 * counts (and is judged on its own date). Events after `asOf` did not exist yet, so totals
 * of a past day stay reproducible.
 */
import type { IsoDate } from '../dates';
import { normKey } from '../normalise';
import type { Confirmation } from '../totals/model';
import type { Period } from './period';
import type { ConfirmationEvent } from './records';

/** Later than any day a log holds: "as of" it, every event counts. */
const LAST_DAY: IsoDate = '9999-12-31';

export interface UnitConfirmation {
  state: Confirmation;
  /** The day of the confirmation that counts, or null. */
  confirmedOn: IsoDate | null;
  /** The return that left the unit unconfirmed, when it has not confirmed since. */
  returned: { day: IsoDate; reason: string; user: string } | null;
}

/** The unit's confirmation of `period` as the events up to `asOf` leave it (default: all of them). */
export function unitConfirmation(events: readonly ConfirmationEvent[], unitCode: string, period: Period, asOf: IsoDate = LAST_DAY): UnitConfirmation {
  const key = normKey(unitCode);
  let current: ConfirmationEvent | null = null;
  let returned: UnitConfirmation['returned'] = null;
  for (const e of events) {
    if (e.period !== period || normKey(e.unitCode) !== key || e.day > asOf) continue;
    if (e.kind === 'confirm') {
      if (current === null) current = e;
      returned = null;
    } else if (current !== null) {
      current = null;
      returned = { day: e.day, reason: e.reason, user: e.user };
    }
  }
  if (current === null) return { state: 'missing', confirmedOn: null, returned };
  return { state: current.onTime ? 'on-time' : 'late', confirmedOn: current.day, returned: null };
}
