/**
 * Cell values: what a write stores (AS12 parsing of strings "as if typed") and what
 * getDisplayValues shows (AS10). Dates are stored as Sheets stores them (AS37): a serial
 * day number on the spreadsheet's wall clock, so changing the spreadsheet's time zone
 * keeps what a cell shows and moves the instant getValues returns.
 */
import { gasError } from '../runtime/errors';
import { instantOfWall, localParts, zoneOffset } from '../runtime/zone';

const DAY_MS = 86_400_000;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** A date cell: days since 30/12/1899 in the spreadsheet's time zone, the fraction the time of day. */
export class SerialDate {
  constructor(readonly serial: number) {}

  /** The wall-clock fields as a UTC instant (for formatting in 'UTC'). */
  wall(): number {
    return SERIAL_EPOCH_UTC + Math.round(this.serial * DAY_MS);
  }

  /** The instant getValues returns: this wall clock in the spreadsheet's zone. */
  instant(timeZone: string): number {
    return instantOfWall(this.wall(), timeZone);
  }

  static ofWall(wall: number): SerialDate {
    return new SerialDate((wall - SERIAL_EPOCH_UTC) / DAY_MS);
  }

  /** What a written Date (an instant) becomes in the spreadsheet's zone. */
  static ofInstant(ms: number, timeZone: string): SerialDate {
    return SerialDate.ofWall(ms + zoneOffset(ms, timeZone));
  }
}

export type Cell = string | number | boolean | SerialDate;

/** A string that became a formula on write. */
export class FormulaInput {
  constructor(readonly text: string) {}
}

export const MAX_CELL_CHARS = 50000;

export function tooLong(): Error {
  return gasError(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
}

export function isDate(v: unknown): v is Date {
  // Cross-realm safe: a Date made in the vm context is not `instanceof` the host Date.
  return Object.prototype.toString.call(v) === '[object Date]';
}

export interface ParseContext {
  locale: string;
  timeZone: string;
}

function dayFirst(locale: string): boolean {
  return !/^en_US$|^en_PH$|^en_CA$/.test(locale);
}

/** Decimal and grouping separators of a locale (vi_VN writes 1.000,5). */
export function separators(locale: string): { decimal: string; group: string } {
  return /^(vi|de|id|es|it|nl|pt|tr|da)/.test(locale) ? { decimal: ',', group: '.' } : { decimal: '.', group: ',' };
}

const numberPatterns = new Map<string, RegExp>();

function numberPattern(locale: string): RegExp {
  let re = numberPatterns.get(locale);
  if (!re) {
    const { decimal, group } = separators(locale);
    const g = group === '.' ? '\\.' : group;
    const d = decimal === '.' ? '\\.' : decimal;
    re = new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?$`);
    numberPatterns.set(locale, re);
  }
  return re;
}

/** Parses typed numeric text: `0912345678`, `1,000`, `$2.99`, `12%`, `-5`, `1e3`. */
export function parseNumber(text: string, locale: string): number | undefined {
  let s = text.trim();
  if (s === '') return undefined;
  let sign = 1;
  let percent = false;
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (s[0] === '$') s = s.slice(1);
  else if (s.endsWith('₫')) s = s.slice(0, -1).trim();
  if ((s[0] === '-' || s[0] === '+') && sign === 1) {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (s === '' || !/\d/.test(s)) return undefined;
  let n: number | undefined;
  const sci = /^\d+(?:\.\d+)?[eE][+-]?\d+$/.exec(s);
  if (sci) n = Number(s);
  else {
    const m = numberPattern(locale).exec(s);
    const { decimal, group } = separators(locale);
    if (m) n = Number(`${(m[1] ?? '0').split(group).join('')}.${m[2] ?? '0'}`);
    // In a comma-decimal locale "2.99" cannot be grouping: Sheets reads the dot as a decimal point.
    else if (decimal === ',' && /^\d+\.\d+$/.test(s)) n = Number(s);
  }
  if (n === undefined || !Number.isFinite(n)) return undefined;
  n *= sign;
  return percent ? n / 100 : n;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parses typed date text to the serial of that day (AS12, AS37); the zone does not enter. */
function parseDate(text: string, ctx: ParseContext): SerialDate | undefined {
  const s = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
    if (!slash) return undefined;
    const a = Number(slash[1]);
    const b = Number(slash[2]);
    y = Number(slash[3]);
    [d, m] = dayFirst(ctx.locale) ? [a, b] : [b, a];
  }
  if (!validDay(y, m, d)) return undefined;
  return SerialDate.ofWall(Date.UTC(y, m - 1, d));
}

/**
 * What a written value becomes. Strings are parsed as if typed unless the cell is plain
 * text (`@`); other values are kept. `null`/`undefined`/'' clear the cell.
 */
export function toStored(v: unknown, plainText: boolean, ctx: ParseContext): Cell | FormulaInput | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') {
    if (v.length > MAX_CELL_CHARS) throw tooLong();
    if (v === '') return undefined;
    if (plainText) return v;
    return parseTyped(v, ctx);
  }
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (isDate(v)) return SerialDate.ofInstant(v.getTime(), ctx.timeZone);
  const s = String(v);
  if (s.length > MAX_CELL_CHARS) throw tooLong();
  return s;
}

function parseTyped(v: string, ctx: ParseContext): Cell | FormulaInput {
  const c0 = v.charCodeAt(0);
  // '=' formula, "'" forced text.
  if (c0 === 61 && v.length > 1) return new FormulaInput(v);
  if (c0 === 39) return v.slice(1);
  // Fast path: text starting with a letter other than t/f (boolean) is text. Most cells.
  // Leading blanks are rare: trim only then, to keep the common path allocation-free.
  const first = c0 === 32 || c0 === 9 || c0 === 160 ? v.trimStart().charCodeAt(0) : c0;
  const digitLike = (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 36 || first === 46;
  if (!digitLike) {
    if (v.length === 4 || v.length === 5) {
      const u = v.toUpperCase();
      if (u === 'TRUE') return true;
      if (u === 'FALSE') return false;
    }
    return v;
  }
  const d = parseDate(v, ctx);
  if (d !== undefined) return d;
  const n = parseNumber(v, ctx.locale);
  return n === undefined ? v : n;
}

// ---- display ----

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isDatePattern(format: string): boolean {
  return /[dyhs]/i.test(format.replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

type Tok = { kind: 'lit'; text: string } | { kind: 'field'; text: string };

function tokenize(format: string): Tok[] {
  const re = /yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|"[^"]*"|\\.|./gi;
  const out: Tok[] = [];
  for (const m of format.match(re) ?? []) {
    if (/^(y+|m+|d+|h+|s+|am\/pm)$/i.test(m)) out.push({ kind: 'field', text: m });
    else out.push({ kind: 'lit', text: m.startsWith('"') ? m.slice(1, -1) : m.startsWith('\\') ? m.slice(1) : m });
  }
  return out;
}

/** Formats an instant with a Sheets date pattern (`dd/mm/yyyy`, `d/M/yyyy H:mm`), in the zone. */
export function formatDatePattern(ms: number, format: string, timeZone: string): string {
  const p = localParts(ms, timeZone);
  const toks = tokenize(format);
  const fields = toks.filter((t) => t.kind === 'field');
  const ampm = fields.some((t) => t.text.toLowerCase() === 'am/pm');
  let out = '';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'lit') {
      out += t.text;
      continue;
    }
    const f = t.text.toLowerCase();
    const fi = fields.indexOf(t);
    const prev = fields[fi - 1]?.text.toLowerCase() ?? '';
    const next = fields[fi + 1]?.text.toLowerCase() ?? '';
    if (f.startsWith('y')) out += f.length >= 4 ? String(p.year) : pad(p.year % 100, 2);
    else if (f.startsWith('m')) {
      const minutes = f.length <= 2 && (prev.startsWith('h') || next.startsWith('s'));
      if (minutes) out += f.length === 2 ? pad(p.minute, 2) : String(p.minute);
      else out += f.length === 2 ? pad(p.month, 2) : f.length === 1 ? String(p.month) : String(p.month);
    } else if (f.startsWith('d')) out += f.length === 2 ? pad(p.day, 2) : String(p.day);
    else if (f.startsWith('h')) {
      const h = ampm ? ((p.hour + 11) % 12) + 1 : p.hour;
      out += f.length === 2 ? pad(h, 2) : String(h);
    } else if (f.startsWith('s')) out += f.length === 2 ? pad(p.second, 2) : String(p.second);
    else if (f === 'am/pm') out += p.hour < 12 ? 'AM' : 'PM';
  }
  return out;
}

function groupDigits(intPart: string, group: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

function formatNumberPattern(n: number, format: string, locale: string): string {
  const { decimal, group } = separators(locale);
  const percent = format.includes('%');
  const v = percent ? n * 100 : n;
  const dot = format.indexOf('.');
  const decimals = dot < 0 ? 0 : (format.slice(dot + 1).match(/[0#]/g) ?? []).length;
  const fixed = Math.abs(v).toFixed(decimals);
  const [intPart, f] = fixed.split('.');
  const i = format.includes(",") ? groupDigits(intPart, group) : intPart;
  const body = f ? `${i}${decimal}${f}` : i;
  return `${v < 0 ? '-' : ''}${body}${percent ? '%' : ''}`;
}

function defaultDatePattern(wall: number, ctx: ParseContext): string {
  const p = localParts(wall, 'UTC');
  const date = dayFirst(ctx.locale) ? 'dd/mm/yyyy' : 'm/d/yyyy';
  return p.hour || p.minute || p.second ? `${date} h:mm:ss` : date;
}

/**
 * The text a cell shows. Dates follow the cell's pattern in the spreadsheet's time zone (or the
 * locale's default date pattern); numbers are plain `String(n)` unless a number pattern is set.
 */
/** AS50: what `getNumberFormat()` gives after `setNumberFormat('general')` on Sheets. */
export const GENERAL_PATTERN = '0.###############';

/** The pattern a number-format write stores: 'general' (any case) becomes GENERAL_PATTERN. */
export function storedNumberFormat(format: string | null): string | null {
  return typeof format === 'string' && /^general$/i.test(format) ? GENERAL_PATTERN : format;
}

export function displayOf(v: Cell | undefined, format: string | undefined, ctx: ParseContext): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof SerialDate) {
    const wall = v.wall();
    const f = format && format !== '@' && isDatePattern(format) ? format : defaultDatePattern(wall, ctx);
    return formatDatePattern(wall, f, 'UTC');
  }
  if (!format || format === '@' || format === GENERAL_PATTERN || /^general$/i.test(format)) return String(v);
  if (isDatePattern(format)) {
    // A number under a date pattern is a serial day count (1899-12-30 = 0), read as wall clock.
    const wall = SERIAL_EPOCH_UTC + v * DAY_MS;
    return formatDatePattern(wall, format, 'UTC');
  }
  return formatNumberPattern(v, format, ctx.locale);
}
