import type { ReadContext } from '../core/raw';
import { parseOffset } from '../core/dates';

/**
 * Today and the zone offset of the spreadsheet (AS18): two Utilities calls per action, so
 * reading any number of Date cells costs no further service call.
 */
export function readContext(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ReadContext {
  const tz = ss.getSpreadsheetTimeZone();
  const now = new Date();
  return {
    today: Utilities.formatDate(now, tz, 'yyyy-MM-dd'),
    tzOffsetMinutes: parseOffset(Utilities.formatDate(now, tz, 'Z')),
  };
}
