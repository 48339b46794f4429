/**
 * Reading one cell value (AS10: string, number, boolean or Date; '' when empty) the way the
 * user sees it. Shared by the reader (`readRecord`) and the validator, so both agree on
 * what a cell means. Hot path: called for every cell of every row, so the common case
 * (already clean text) allocates nothing.
 */
import { dayOfInstant, formatDayVi, isDateValue, isoFromParts, parseDayText, type IsoDate } from '../dates';
import { clean } from '../normalise';

/** Anything that needs `clean`: non-NFC marks, odd whitespace, doubled, leading or trailing spaces. */
const NEEDS_CLEAN = /[^\x20-\x7e\u00c0-\u02ff\u1e00-\u1ef9]|^ | $| {2}/;

/** Trimmed NFC display text of any cell value; '' for an empty cell. */
export function cellText(v: unknown, tzOffsetMinutes: number): string {
  if (typeof v === 'string') return NEEDS_CLEAN.test(v) ? clean(v) : v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  // Sheets shows booleans as TRUE / FALSE.
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDateValue(v)) {
    // Shown even when it is not a usable day (30/12/1899 for a time typed alone).
    return Number.isFinite(v.getTime()) ? formatDayVi(dayOfInstant(v, tzOffsetMinutes)) : '';
  }
  return clean(String(v));
}

/** True when the cell shows nothing. */
export function isEmptyCell(v: unknown): boolean {
  if (v === '' || v === null || v === undefined) return true;
  if (typeof v === 'string') return NEEDS_CLEAN.test(v) && clean(v) === '';
  return false;
}

/** Why a filled date cell is not a date (E04). */
export type DateProblem = 'number' | 'boolean' | 'impossible' | 'text';

export type DateRead = { day: IsoDate; problem: null } | { day: null; problem: DateProblem | null };

const DATE_SHAPE = /^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2})$/;

/**
 * The day a Date cell shows, or null for an invalid Date or one before 1900 (a time typed
 * alone, "8:30", is a Date on 30/12/1899: not a day).
 */
function dateValueDay(d: Date, tzOffsetMinutes: number): IsoDate | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  const day = dayOfInstant(d, tzOffsetMinutes);
  return isoFromParts(+day.slice(0, 4), +day.slice(5, 7), +day.slice(8, 10));
}

/**
 * A date cell: Date values by the spreadsheet's zone, text by `parseDayText` (day first).
 * Numbers are not dates here (a serial number means the cell lost its date format).
 * `{ day: null, problem: null }` is an empty cell.
 */
export function readDateCell(v: unknown, tzOffsetMinutes: number): DateRead {
  if (isDateValue(v)) {
    const day = dateValueDay(v, tzOffsetMinutes);
    return day ? { day, problem: null } : { day: null, problem: 'impossible' };
  }
  if (typeof v === 'number') return { day: null, problem: 'number' };
  if (typeof v === 'boolean') return { day: null, problem: 'boolean' };
  const text = cellText(v, tzOffsetMinutes);
  if (!text) return { day: null, problem: null };
  const day = parseDayText(text);
  if (day) return { day, problem: null };
  return { day: null, problem: DATE_SHAPE.test(text) ? 'impossible' : 'text' };
}

const WHOLE_NUMBER_TEXT = /^\d+$/;

/**
 * `Số thành viên`: a whole number ≥ 1, as a number or as digits typed in a plain-text
 * column. Returns `undefined` for an empty cell and null for anything else.
 */
export function readMembersCell(v: unknown, tzOffsetMinutes: number): number | null | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 ? v : null;
  if (isEmptyCell(v)) return undefined;
  if (typeof v !== 'string') return null;
  const text = cellText(v, tzOffsetMinutes);
  if (!WHOLE_NUMBER_TEXT.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

/** Separators people type inside phone numbers: "0912 345 678", "0912.345.678". */
const PHONE_SEPARATORS = /[\s.\-()]/g;
const PHONE_OK = /^0\d{9}$/;

export type PhoneProblem = 'lostZero' | 'format';

/**
 * W05: a phone is 10 digits starting with 0. A number of 9 digits is a phone whose leading
 * zero Sheets dropped (AS12): the fix is a plain-text column, not a different number.
 */
export function phoneProblem(v: unknown, text: string): PhoneProblem | null {
  if (typeof v === 'number') {
    return Number.isInteger(v) && v > 0 && String(v).length === 9 ? 'lostZero' : 'format';
  }
  return PHONE_OK.test(text.replace(PHONE_SEPARATORS, '')) ? null : 'format';
}
