/**
 * Utilities.formatDate: Java SimpleDateFormat patterns rendered in an IANA time zone with
 * Intl (English names, as Apps Script prints them whatever the user's locale). This is how
 * the add-on turns a date cell (an instant) into the day the user sees (AS18).
 */
import { gasError } from '../runtime/errors';
import { isValidTimeZone, zoneOffset } from '../runtime/zone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Java's short names where Intl's en-US only knows "GMT+7". */
const JAVA_SHORT_ZONE: Record<string, string> = { 'Asia/Ho_Chi_Minh': 'ICT', 'Asia/Saigon': 'ICT', 'Asia/Bangkok': 'ICT', 'Asia/Vientiane': 'ICT', 'Asia/Phnom_Penh': 'ICT' };

interface Fields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number;
}

/** Wall-clock fields in the zone, from the emulator's one time-zone module. */
function fieldsOf(ms: number, timeZone: string): Fields {
  if (!isValidTimeZone(timeZone)) throw gasError(`Invalid argument: timeZone`);
  const offsetMs = zoneOffset(ms, timeZone);
  const wall = new Date(ms + offsetMs);
  return {
    year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(),
    hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds(), ms: wall.getUTCMilliseconds(),
    weekday: wall.getUTCDay(), offsetMinutes: Math.round(offsetMs / 60_000),
  };
}

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, '0');

function zoneName(ms: number, timeZone: string, long: boolean): string {
  if (!long && JAVA_SHORT_ZONE[timeZone]) return JAVA_SHORT_ZONE[timeZone];
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return long ? 'Coordinated Universal Time' : 'UTC';
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: long ? 'long' : 'short' })
    .formatToParts(new Date(ms))
    .find((p) => p.type === 'timeZoneName');
  return part ? part.value : timeZone;
}

function offset(minutes: number, colon: boolean, withMinutes: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (!withMinutes) return `${sign}${h}`;
  return colon ? `${sign}${h}:${m}` : `${sign}${h}${m}`;
}

function field(letter: string, count: number, f: Fields, ms: number, timeZone: string): string {
  switch (letter) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y':
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    case 'Y': {
      // Week year (US rules: weeks start on Sunday, the week of 1 January is week 1), the
      // classic 'YYYY' bug: 29-31 December can belong to the next year.
      const weekYear = f.month === 12 && f.day + (6 - f.weekday) > 31 ? f.year + 1 : f.year;
      return count === 2 ? pad(weekYear % 100, 2) : pad(weekYear, count);
    }
    case 'M':
      if (count >= 4) return MONTHS[f.month - 1];
      if (count === 3) return MONTHS[f.month - 1].slice(0, 3);
      return pad(f.month, count);
    case 'd':
      return pad(f.day, count);
    case 'D': {
      const dayOfYear = Math.round((Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86400000) + 1;
      return pad(dayOfYear, count);
    }
    case 'E':
      return count >= 4 ? DAYS[f.weekday] : DAYS[f.weekday].slice(0, 3);
    case 'u':
      return pad(f.weekday === 0 ? 7 : f.weekday, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.ms, count);
    case 'z':
      return zoneName(ms, timeZone, count >= 4);
    case 'Z':
      return offset(f.offsetMinutes, false, true);
    case 'X':
      if (f.offsetMinutes === 0) return 'Z';
      return offset(f.offsetMinutes, count >= 3, count >= 2);
    default:
      // Java: IllegalArgumentException "Illegal pattern character 'x'".
      throw gasError(`Illegal pattern character '${letter}'`);
  }
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const ms = date instanceof Object && typeof (date as Date).getTime === 'function' ? (date as Date).getTime() : NaN;
  if (Number.isNaN(ms)) throw gasError('Invalid argument: date');
  const f = fieldsOf(ms, String(timeZone));
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i];
    if (c === "'") {
      // '' is a quote; 'text' is literal text in which '' is a quote.
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      i++;
      while (i < pattern.length) {
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            out += "'";
            i += 2;
            continue;
          }
          break;
        }
        out += pattern[i++];
      }
      i++;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let count = 1;
      while (pattern[i + count] === c) count++;
      out += field(c, count, f, ms, timeZone);
      i += count;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
