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

export interface UnitConfirmation {
  state: Confirmation;
  /** The day of the confirmation that counts, or null. */
  confirmedOn: IsoDate | null;
  /** The return that left the unit unconfirmed, when it has not confirmed since. */
  returned: { day: IsoDate; reason: string; user: string } | null;
}

export function unitConfirmation(events: readonly ConfirmationEvent[], unitCode: string, period: Period, asOf?: IsoDate): UnitConfirmation {
  const key = normKey(unitCode);
  let current: ConfirmationEvent | null = null;
  let returned: UnitConfirmation['returned'] = null;
  for (const e of events) {
    if (e.period !== period || normKey(e.unitCode) !== key || (asOf !== undefined && e.day > asOf)) continue;
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
