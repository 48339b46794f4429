import { LOG_ACTIONS, TOTALS_PROMPT, formatDistrictLine } from '../../core/messages';
import { totalsForJson, type Totals } from '../../core/totals';
import { logActivity } from '../activity-log';
import { readContext } from '../context';
import { withDocumentLock } from '../lock';
import { totalsFor } from '../totals/compute';
import { askPeriod, resolvePeriod, type Period } from '../totals/period';
import { writeTotalsSheet } from '../totals/totals-sheet';
import { usableOr } from '../unusable';

/** The totals as plain JSON and the district line, when they were computed. */
export interface TotalsReport {
  totals: Totals;
  line: string;
}

export type TotalsResult = TotalsReport | { error: string } | { busy: string };

function updateLocked(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, period: Period): TotalsResult {
  const locked = withDocumentLock(() => usableOr(() => {
    const run = totalsFor(ss, period);
    writeTotalsSheet(ss, run.totals, run.coverageLabel, run.level);
    const line = formatDistrictLine(run.totals, run.coverageLabel);
    logActivity(ss, LOG_ACTIONS.totals, '', line);
    return { totals: totalsForJson(run.totals), line };
  }));
  return locked.ok ? locked.value : { busy: locked.message };
}

/**
 * Menu "Tổng hợp số liệu" (AuthMode.FULL): asks for the as-of date and the period start,
 * rewrites `Tổng hợp` with its chart, and tells the district line.
 */
export function menuTotals(): TotalsResult | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const period = askPeriod(ui, readContext(ss).today, TOTALS_PROMPT.title);
  if (!period) return null;
  const result = updateLocked(ss, period);
  if ('busy' in result) ui.alert(result.busy);
  else if ('error' in result) ui.alert(result.error);
  else if ('line' in result) ss.toast(TOTALS_PROMPT.done(result.line), TOTALS_PROMPT.title, 10);
  return result;
}

/**
 * google.script.run (sidebar) and the offline CLI: rewrites `Tổng hợp` for a period given as
 * `YYYY-MM-DD` or `dd/mm/yyyy` strings (defaults: today, six months) and returns the totals
 * as plain JSON (ISO strings, AS33).
 */
export function updateTotals(asOf?: string, from?: string): TotalsResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const period = resolvePeriod(readContext(ss).today, asOf, from);
  return 'error' in period ? period : updateLocked(ss, period);
}

/** google.script.run (sidebar) and the CLI: the totals without writing anything. */
export function getTotals(asOf?: string, from?: string): TotalsResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const period = resolvePeriod(readContext(ss).today, asOf, from);
  if ('error' in period) return period;
  return usableOr(() => {
    const run = totalsFor(ss, period);
    return { totals: totalsForJson(run.totals), line: formatDistrictLine(run.totals, run.coverageLabel) };
  });
}
