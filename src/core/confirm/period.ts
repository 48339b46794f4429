/**
 * The reporting period is a calendar month (`yyyy-MM`) and its deadline is day
 * `Hạn cập nhật (ngày trong tháng)` of that month. The deadline day itself is on time.
 */
import { isoFromParts, parseIsoDate, type IsoDate } from '../dates';

export type Period = string;

export const DEFAULT_DEADLINE_DAY = 25;

/** The period a day belongs to; '' when `day` is not a day. */
export function periodOf(day: IsoDate): Period {
  return parseIsoDate(day) ? day.slice(0, 7) : '';
}

/** Deadline of the month of `day` (or of a `yyyy-MM` period); '' when it is neither. */
export function deadlineOf(day: IsoDate | Period, deadlineDay: number = DEFAULT_DEADLINE_DAY): IsoDate {
  // A month that is not one ('' included) gives no date: isoFromParts checks it.
  const month = /^\d{4}-\d{2}$/.test(day) ? day : periodOf(day);
  const d = Number.isFinite(deadlineDay) ? Math.min(28, Math.max(1, Math.trunc(deadlineDay))) : DEFAULT_DEADLINE_DAY;
  return isoFromParts(+month.slice(0, 4), +month.slice(5, 7), d) ?? '';
}

/** A settings value read as the deadline day (the default when not a number). */
export function deadlineDayOf(setting: string | undefined): number {
  const n = Number(setting);
  return setting !== undefined && setting.trim() !== '' && Number.isFinite(n) ? n : DEFAULT_DEADLINE_DAY;
}

/** "04/2019": how a period is shown to users. */
export function formatPeriodVi(period: Period): string {
  return `${period.slice(5, 7)}/${period.slice(0, 4)}`;
}
