import type { ReadContext } from '../core/raw';
import { parseOffset } from '../core/dates';

/** Probes a quarter of a year apart: every daylight-saving regime lasts longer than that. */
const PROBE_STEP_MS = 91 * 86_400_000;
const PROBES = 3;

/**
 * Today and the UTC offsets the spreadsheet's zone uses (AS18, AS37): one Utilities call for
 * today and its offset, three more a quarter apart for a daylight-saving offset. Four calls
 * per action, whatever the number of Date cells read. Offsets a zone used in other years
 * only (a change of its standard time) are not seen.
 */
export function readContext(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ReadContext {
  const tz = ss.getSpreadsheetTimeZone();
  const now = new Date();
  const [today, zone] = Utilities.formatDate(now, tz, 'yyyy-MM-dd Z').split(' ');
  const offsets = [parseOffset(zone)];
  for (let k = 1; k <= PROBES; k++) {
    const offset = parseOffset(Utilities.formatDate(new Date(now.getTime() + k * PROBE_STEP_MS), tz, 'Z'));
    if (!offsets.includes(offset)) offsets.push(offset);
  }
  return { today, tzOffsets: offsets };
}
