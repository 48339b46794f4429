/**
 * Time-zone arithmetic with Intl (Node ships full ICU): the spreadsheet's time zone decides
 * which instant a typed date means (local midnight) and which day a Date cell displays (AS18).
 */

export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function intlParts(ms: number, timeZone: string): LocalParts {
  const out: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return { year: out.year, month: out.month, day: out.day, hour: out.hour % 24, minute: out.minute, second: out.second };
}

/** Offsets change at most on quarter hours; caching per quarter hour keeps Intl out of hot loops. */
const QUARTER_HOUR = 900_000;
const offsetCache = new Map<string, Map<number, number>>();

/** Offset of the zone from UTC at an instant, in ms (Asia/Ho_Chi_Minh: +7 h). */
export function zoneOffset(ms: number, timeZone: string): number {
  let cache = offsetCache.get(timeZone);
  if (!cache) offsetCache.set(timeZone, (cache = new Map()));
  const bucket = Math.floor(ms / QUARTER_HOUR);
  let off = cache.get(bucket);
  if (off === undefined) {
    const at = bucket * QUARTER_HOUR;
    const p = intlParts(at, timeZone);
    off = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at;
    if (cache.size > 100_000) cache.clear();
    cache.set(bucket, off);
  }
  return off;
}

/** Wall-clock fields of an instant in a zone. */
export function localParts(ms: number, timeZone: string): LocalParts {
  const d = new Date(ms + zoneOffset(ms, timeZone));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}

/** The instant at which the wall clock in the zone reads the given fields. */
export function zonedInstant(year: number, month: number, day: number, timeZone: string, hour = 0, minute = 0, second = 0): number {
  return instantOfWall(Date.UTC(year, month - 1, day, hour, minute, second), timeZone);
}

/** The instant at which the zone's wall clock reads `wall` (wall-clock fields as UTC ms). */
export function instantOfWall(wall: number, timeZone: string): number {
  let ms = wall - zoneOffset(wall, timeZone);
  // A second pass settles instants near a DST change.
  const again = wall - zoneOffset(ms, timeZone);
  if (again !== ms) ms = again;
  return ms;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
