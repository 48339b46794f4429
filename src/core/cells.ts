/**
 * Reading one cell value (AS10: string, number, boolean or Date; '' when empty) the way the
 * user sees it: the reading side. The reader (`readRecord`) and the validator both use it,
 * so they agree on what a cell means. Hot path: called for every cell of every row, so the
 * common case (already clean text) allocates nothing.
 */
import { dayNumber, dayNumberAt, wallAt, formatDayVi, fromDayNumber, isDateValue, parseDayText, type IsoDate, type ZoneOffsets } from './dates';
import { clean, fold, normKey } from './normalise';

/** Anything that needs `clean`: non-NFC marks, odd whitespace, doubled, leading or trailing spaces. */
const NEEDS_CLEAN = /[^\x20-\x7e\u00c0-\u02ff\u1e00-\u1ef9]|^ | $| {2}/;

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

const DAY_MS = 86_400_000;
const MIN_DAY = -25_567; // 1900-01-01
const MAX_DAY = 2_932_896; // 9999-12-31
/** Day number of the spreadsheet serial 0 (30/12/1899). */
const SERIAL_EPOCH_DAY = -25_569;

/** The spreadsheet serial (days since 30/12/1899, fraction = time of day) of an instant. */
function serialOf(t: number, tz: ZoneOffsets): number {
  return Math.round((wallAt(t, tz) / DAY_MS - SERIAL_EPOCH_DAY) * 1e6) / 1e6;
}

/** `normKey` with a fast path for text that is already clean (most ids). */
export function fastKey(s: string): string {
  return NEEDS_CLEAN.test(s) ? normKey(s) : s.toLowerCase();
}

/** `fold` with a fast path for clean ASCII text, which folds to its lower case. */
export function fastFold(s: string): string {
  return !NEEDS_CLEAN.test(s) && PLAIN_ASCII.test(s) ? s.toLowerCase() : fold(s);
}

/** Trimmed NFC display text of any cell value; '' for an empty cell. */
export function cellText(v: unknown, tz: ZoneOffsets): string {
  if (typeof v === 'string') return NEEDS_CLEAN.test(v) ? clean(v) : v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  // Sheets shows booleans as TRUE / FALSE.
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDateValue(v)) {
    // Shown even when it is not a usable day (30/12/1899 for a time typed alone); past
    // 9999 it is a number typed into a date cell (20190424), shown as that number.
    const t = v.getTime();
    if (!Number.isFinite(t)) return '';
    const n = dayNumberAt(t, tz);
    return n > MAX_DAY ? String(serialOf(t, tz)) : dayTextVi(n);
  }
  return clean(String(v));
}

/** dd/mm/yyyy of a day number, built once per day (as fromDayNumber's ISO text). */
const viByDay = new Map<number, string>();

function dayTextVi(n: number): string {
  let text = viByDay.get(n);
  if (text === undefined) {
    text = formatDayVi(fromDayNumber(n));
    if (viByDay.size >= 100_000) viByDay.clear();
    viByDay.set(n, text);
  }
  return text;
}

/** True when the cell shows nothing. */
export function isEmptyCell(v: unknown): boolean {
  if (v === '' || v === null || v === undefined) return true;
  if (typeof v === 'string') return NEEDS_CLEAN.test(v) && clean(v) === '';
  return false;
}

/** Why a filled date cell is not a date (E04). */
export type DateProblem = 'number' | 'boolean' | 'impossible' | 'text';

/**
 * A date cell read. `dayNumber` is days since 1970-01-01 (as `dayNumber` of dates.ts), kept
 * so the rules compare numbers, not strings.
 */
export type DateRead =
  | { day: IsoDate; dayNumber: number; problem: null }
  | { day: null; dayNumber: null; problem: DateProblem | null };

export const EMPTY_DATE: DateRead = { day: null, dayNumber: null, problem: null };

const DATE_SHAPE = /^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2})$/;

/**
 * The day a Date cell shows, or null for an invalid Date or one before 1900 (a time typed
 * alone, "8:30", is a Date on 30/12/1899: not a day).
 */
function dateValueRead(d: Date, tz: ZoneOffsets): DateRead {
  const t = d.getTime();
  if (!Number.isFinite(t)) return { day: null, dayNumber: null, problem: 'impossible' };
  const n = dayNumberAt(t, tz);
  if (n > MAX_DAY) return { day: null, dayNumber: null, problem: 'number' };
  if (n < MIN_DAY) return { day: null, dayNumber: null, problem: 'impossible' };
  return { day: fromDayNumber(n), dayNumber: n, problem: null };
}

/**
 * A date cell: Date values by the spreadsheet's zone, text by `parseDayText` (day first).
 * Numbers are not dates here (a serial number means the cell lost its date format).
 */
export function readDateCell(v: unknown, tz: ZoneOffsets): DateRead {
  if (isDateValue(v)) return dateValueRead(v, tz);
  if (typeof v === 'number') return { day: null, dayNumber: null, problem: 'number' };
  if (typeof v === 'boolean') return { day: null, dayNumber: null, problem: 'boolean' };
  const text = cellText(v, tz);
  if (!text) return EMPTY_DATE;
  const day = parseDayText(text);
  if (day) return { day, dayNumber: dayNumber(day), problem: null };
  return { day: null, dayNumber: null, problem: DATE_SHAPE.test(text) ? 'impossible' : 'text' };
}

const WHOLE_NUMBER_TEXT = /^\d+$/;

/**
 * `Số thành viên`: a whole number ≥ 1, as a number or as digits typed in a plain-text
 * column. Returns `undefined` for an empty cell and null for anything else.
 */
export function readMembersCell(v: unknown, tz: ZoneOffsets): number | null | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 ? v : null;
  if (isEmptyCell(v)) return undefined;
  if (typeof v !== 'string') return null;
  const text = cellText(v, tz);
  if (!WHOLE_NUMBER_TEXT.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}
