/**
 * Calendar days as ISO strings (`YYYY-MM-DD`): they sort as text, serialise as they are
 * (google.script.run drops Dates, AS33), and never carry a time zone.
 *
 * A sheet's Date cell is an instant; the day the user sees is that instant in the
 * spreadsheet's time zone (AS18), whose offset may differ per date (daylight saving, AS37).
 * The adapter measures the offsets the zone uses once per action and the core picks the
 * right one per cell, so reading dates costs no service call per cell.
 */

export type IsoDate = string;

const DAY_MS = 86_400_000;

/**
 * True for a Date from any realm (the emulator's vm context has its own Date). The typeof
 * test first: most cells are strings and numbers, for which toString would box the value.
 */
export function isDateValue(v: unknown): v is Date {
  return typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Date]';
}

export function isoFromParts(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const ms = Date.UTC(y, m - 1, d);
  const check = new Date(ms);
  if (check.getUTCDate() !== d || check.getUTCMonth() !== m - 1) return null; // 31/02
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Day number since 1970-01-01 of an ISO day, by civil-calendar arithmetic (H. Hinnant's
 * days_from_civil): reading dates is the hot path of a check, so no Date object here.
 */
export function dayNumber(iso: IsoDate): number {
  let y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7);
  const d = +iso.slice(8, 10);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Days already turned into text: a check reads a date from every cell of four date columns,
 * and a workbook holds few distinct days, so building the text once per day is what makes the
 * hot path cheap (the text building was 18 % of the full check's profile). Bounded, since
 * days are unbounded in principle.
 */
const isoByDay = new Map<number, IsoDate>();
const MAX_CACHED_DAYS = 100_000;

/** The ISO day of a day number (the inverse of `dayNumber`, civil_from_days). */
export function fromDayNumber(n: number): IsoDate {
  let iso = isoByDay.get(n);
  if (iso === undefined) {
    iso = civilFromDays(n);
    if (isoByDay.size >= MAX_CACHED_DAYS) isoByDay.clear();
    isoByDay.set(n, iso);
  }
  return iso;
}

function civilFromDays(n: number): IsoDate {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y >= 0 && y < 1000 ? String(y).padStart(4, '0') : y}-${pad2(m)}-${pad2(d)}`;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(iso) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Same day `months` later (negative: earlier), clamped to the month's last day. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7) - 1 + months;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(yy, mm + 1, 0)).getUTCDate();
  return isoFromParts(yy, mm + 1, Math.min(+iso.slice(8, 10), last)) as IsoDate;
}

/** Default period start: the day after the same date six months earlier (workbook.md). */
export function defaultPeriodStart(asOf: IsoDate): IsoDate {
  return addDays(addMonths(asOf, -6), 1);
}

/**
 * The UTC offsets (minutes east) a spreadsheet's zone uses: its offset today first, then
 * its other offset of the year when it keeps daylight saving (Europe/Berlin: [60, 120]).
 */
export type ZoneOffsets = readonly number[];

/**
 * The wall clock (as UTC ms) of instant `t` in a zone with these offsets. Sheets keeps a
 * typed date as local midnight of its day (AS37), so the offset that puts `t` on a midnight
 * is the one in force at `t`; an instant with a time of day (no offset does) takes today's.
 */
export function wallAt(t: number, offsets: ZoneOffsets): number {
  for (let i = 0; i < offsets.length; i++) {
    const wall = t + offsets[i] * 60_000;
    if (wall % DAY_MS === 0) return wall;
  }
  return t + offsets[0] * 60_000;
}

/** Day number (as `dayNumber`) of instant `t` in a zone with these offsets. */
export function dayNumberAt(t: number, offsets: ZoneOffsets): number {
  return Math.floor(wallAt(t, offsets) / DAY_MS);
}

/** The calendar day of an instant in a zone with these offsets. */
export function dayOfInstant(d: Date, offsets: ZoneOffsets): IsoDate {
  return fromDayNumber(dayNumberAt(d.getTime(), offsets));
}

/** "+0700" / "-0330" (Utilities.formatDate 'Z') → minutes east of UTC. */
export function parseOffset(z: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z.trim());
  if (!m) return 0;
  const minutes = +m[2] * 60 + +m[3];
  return m[1] === '-' ? -minutes : minutes;
}

/** A strict `YYYY-MM-DD` (CLI options, sidebar inputs) or null. */
export function parseIsoDate(s: string): IsoDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  return m ? isoFromParts(+m[1], +m[2], +m[3]) : null;
}

/**
 * Date text as Vietnamese users type it: `d/m/yyyy`, `dd/mm/yyyy` (day first, also with
 * `-` or `.`), or `yyyy-mm-dd`. Returns null when the text is not such a date.
 */
export function parseDayText(s: string): IsoDate | null {
  const t = s.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return isoFromParts(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return isoFromParts(+m[3], +m[2], +m[1]);
  return null;
}

/** dd/mm/yyyy, how Vietnamese users read a date in messages. */
export function formatDayVi(iso: IsoDate): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/**
 * Day and month as Nghị định 30 writes them in the place-date line: a leading zero only
 * for days below 10 and for months 1 and 2 ("ngày 05 tháng 02 năm 2020", "ngày 24 tháng 4").
 */
export function formatDateLine(place: string, iso: IsoDate): string {
  const d = +iso.slice(8, 10);
  const m = +iso.slice(5, 7);
  const day = d < 10 ? `0${d}` : String(d);
  const month = m <= 2 ? `0${m}` : String(m);
  const prefix = place ? `${place}, ngày` : 'Ngày';
  return `${prefix} ${day} tháng ${month} năm ${iso.slice(0, 4)}`;
}
