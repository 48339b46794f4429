/**
 * Strict `YYYY-MM-DD` days for --today, --as-of and --from: a well-formed but impossible day
 * (2019-13-01, 2019-02-30) is refused, not rolled over as `new Date` would.
 */
import { CLI_TEXT } from '../../src/core/messages/cli';
import { localParts, zonedInstant } from '../runtime/zone';
import { CliError } from './errors';

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day `value` given to `option`, or a CliError saying what is wrong in both languages. */
export function parseDay(option: string, value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw new CliError(CLI_TEXT.badDateFormat(option, value));
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) throw new CliError(CLI_TEXT.noSuchMonth(option, value, month));
  const days = daysIn(year, month);
  if (day < 1 || day > days) throw new CliError(CLI_TEXT.noSuchDay(option, value, year, month, days));
  return value;
}

/** Today's day in `timeZone` by the real clock. */
export function realToday(timeZone: string): string {
  const p = localParts(Date.now(), timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The emulator clock for `--today D`: noon of D in the workbook's zone, far from either midnight. */
export function noonOf(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return zonedInstant(y, m, d, timeZone, 12);
}
