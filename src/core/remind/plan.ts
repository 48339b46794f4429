/**
 * What the reminder job sends today: a pure plan from today, the settings, each unit's
 * facts, the confirmations and returns, and the send log. Each message has a key (unit,
 * period, stage) that goes out at most once:
 *
 * - `truoc-han`: on the first run from `Nhắc trước hạn` days before the deadline through
 *   the deadline day, to units with errors, overdue meetings, a review due within a month,
 *   or no confirmation;
 * - `qua-han`: from the day after the deadline, to units still unconfirmed or with errors,
 *   copying the admins;
 * - `tong-hop`: after the deadline, one summary to the admins.
 *
 * A day the job did not run is caught up on the next run: the windows are ranges, not days.
 * Across a month's end, the previous period's after-deadline stages are caught up too when
 * the log shows the job ran in that period (a job first switched on mid-month does not mail
 * about last month). A unit without a valid address is named in a mail to the admins under
 * the same key. Keys waiting for quota go first, even when their window has passed.
 */
import { deadlineOf, unitConfirmation, type ConfirmationEvent, type Period } from '../confirm';
import { addDays, addMonths, type IsoDate } from '../dates';
import { noAddressMail, summaryMail, unitMail, type MailContent } from './content';
import type { UnitFacts } from './facts';
import { keyText, sendState, type SendKey, type SendRecord, type Stage } from './send-log';
import { periodOf } from '../confirm';

export interface RemindInput {
  today: IsoDate;
  deadlineDay: number;
  remindDaysBefore: number;
  admins: readonly string[];
  units: readonly UnitFacts[];
  events: readonly ConfirmationEvent[];
  records: readonly SendRecord[];
  /** Link to a unit's tab. */
  linkOf: (unit: UnitFacts) => string;
  /** Link to the workbook (the summary). */
  workbookLink: string;
}

export interface PlannedMail extends MailContent {
  key: SendKey;
  to: string[];
  cc: string[];
  /** Logged `chờ hạn mức` earlier: goes first. */
  waiting: boolean;
}

const unique = (list: readonly string[]): string[] => [...new Set(list.map((e) => e.toLowerCase()))];

function needsBefore(u: UnitFacts, confirmed: boolean): boolean {
  return u.errors > 0 || u.overdueMeetings > 0 || u.reviewsDue > 0 || !confirmed;
}

function planPeriod(input: RemindInput, period: Period, withBefore: boolean, state: ReturnType<typeof sendState>): PlannedMail[] {
  const { today } = input;
  const deadline = deadlineOf(period, input.deadlineDay);
  const first = addDays(deadline, -Math.max(0, Math.trunc(input.remindDaysBefore)));
  const after = today > deadline;
  const admins = unique(input.admins);
  const out: PlannedMail[] = [];
  /** `inWindow`: the stage's days; a key waiting for quota keeps its turn after them. */
  const add = (key: SendKey, needed: boolean, inWindow: boolean, to: string[], cc: string[], content: () => MailContent) => {
    const k = keyText(key);
    const waiting = state.waiting.has(k);
    if (state.sent.has(k) || !needed || !(inWindow || waiting)) return;
    out.push({ key, to, cc: cc.filter((c) => !to.includes(c)), waiting, ...content() });
  };
  for (const unit of input.units) {
    const confirmation = unitConfirmation(input.events, unit.code, period, today);
    const confirmed = confirmation.state !== 'missing';
    const mail = { unit, confirmation, period, deadline, today, link: input.linkOf(unit) };
    const stages: [Stage, boolean, boolean][] = [
      ['truoc-han', needsBefore(unit, confirmed), withBefore && today >= first && today <= deadline],
      ['qua-han', !confirmed || unit.errors > 0, after],
    ];
    for (const [stage, needed, inWindow] of stages) {
      const key = { unit: unit.code, period, stage };
      const overdue = stage === 'qua-han';
      if (unit.emails.length > 0) add(key, needed, inWindow, unit.emails, overdue ? admins : [], () => unitMail({ ...mail, overdue }));
      else add(key, needed, inWindow, admins, [], () => noAddressMail({ ...mail, overdue }));
    }
  }
  const rows = input.units.map((unit) => ({ unit, confirmation: unitConfirmation(input.events, unit.code, period, today) }));
  add({ unit: null, period, stage: 'tong-hop' }, true, after, admins, [], () => summaryMail(period, deadline, rows, input.workbookLink));
  return out;
}

/** Today's messages: those waiting for quota first, then in unit order, the summary last. */
export function planReminders(input: RemindInput): PlannedMail[] {
  const state = sendState(input.records);
  const period = periodOf(input.today);
  if (period === '') return [];
  const previous = periodOf(addMonths(`${period}-01`, -1));
  const ranBefore = input.records.some((r) => r.period === previous);
  const planned = [...(ranBefore ? planPeriod(input, previous, false, state) : []), ...planPeriod(input, period, true, state)];
  return [...planned.filter((m) => m.waiting), ...planned.filter((m) => !m.waiting)];
}
