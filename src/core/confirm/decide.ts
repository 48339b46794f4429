/**
 * Whether a confirmation or a return may be recorded, and what it records. Pure: the
 * adapter hands over the unit, its issues, the user's address ('' when Apps Script does not
 * give it) and the log's events.
 */
import type { IsoDate } from '../dates';
import { sameEmail } from '../email';
import type { Issue } from '../issue';
import type { UnitRecord } from '../workbook-model';
import { deadlineOf, periodOf, type Period } from './period';
import type { ConfirmationEvent } from './records';
import { unitConfirmation } from './state';

export interface ConfirmInput {
  unit: Pick<UnitRecord, 'code' | 'name' | 'emails'>;
  /** The unit's issues from a fresh check; only errors (`Lỗi`) refuse. */
  issues: readonly Issue[];
  /** The user's address, '' when unknown. */
  user: string;
  admins: readonly string[];
  today: IsoDate;
  deadlineDay: number;
  events: readonly ConfirmationEvent[];
}

export type ConfirmDecision =
  | { kind: 'not-allowed' }
  | { kind: 'errors'; errors: Issue[] }
  | { kind: 'already'; period: Period; day: IsoDate }
  | { kind: 'confirm'; period: Period; deadline: IsoDate; onTime: boolean; userKnown: boolean };

/** The unit's focal addresses and the admins may act on its data, when the address is known. */
export function mayActFor(user: string, unit: Pick<UnitRecord, 'emails'>, admins: readonly string[]): boolean {
  return user === '' || [...unit.emails, ...admins].some((e) => sameEmail(e, user));
}

export function isAdmin(user: string, admins: readonly string[]): boolean {
  return user === '' || admins.some((e) => sameEmail(e, user));
}

export function decideConfirmation(input: ConfirmInput): ConfirmDecision {
  if (!mayActFor(input.user, input.unit, input.admins)) return { kind: 'not-allowed' };
  const errors = input.issues.filter((i) => i.severity === 'Lỗi');
  if (errors.length > 0) return { kind: 'errors', errors };
  const period = periodOf(input.today);
  const now = unitConfirmation(input.events, input.unit.code, period, input.today);
  if (now.confirmedOn !== null) return { kind: 'already', period, day: now.confirmedOn };
  const deadline = deadlineOf(period, input.deadlineDay);
  return { kind: 'confirm', period, deadline, onTime: input.today <= deadline, userKnown: input.user !== '' };
}

export type ReturnDecision =
  | { kind: 'not-admin' }
  | { kind: 'no-reason' }
  | { kind: 'not-confirmed'; period: Period }
  | { kind: 'return'; period: Period; reason: string; userKnown: boolean };

export function decideReturn(input: Omit<ConfirmInput, 'issues' | 'deadlineDay'> & { reason: string }): ReturnDecision {
  if (!isAdmin(input.user, input.admins)) return { kind: 'not-admin' };
  const reason = input.reason.trim();
  if (reason === '') return { kind: 'no-reason' };
  const period = periodOf(input.today);
  if (unitConfirmation(input.events, input.unit.code, period, input.today).confirmedOn === null) return { kind: 'not-confirmed', period };
  return { kind: 'return', period, reason, userKnown: input.user !== '' };
}
