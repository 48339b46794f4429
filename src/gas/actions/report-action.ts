import { REPORT_UI } from '../../core/messages';
import { readContext } from '../context';
import { withDocumentLock } from '../lock';
import { createReport, type ReportResult } from '../report/create-report';
import { showReportDialog } from '../report/link-dialog';
import { askPeriod, resolvePeriod, type Period } from '../totals/period';
import { usableOr } from '../unusable';

export type ReportActionResult = ReportResult | { error: string } | { busy: string };

function createLocked(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, period: Period, withPdf: boolean): ReportActionResult {
  const locked = withDocumentLock(() => usableOr(() => createReport(ss, period, withPdf)));
  return locked.ok ? locked.value : { busy: locked.message };
}

/**
 * Menu "Tạo báo cáo sơ kết" (AuthMode.FULL): asks for the period and whether to save a PDF,
 * builds the Doc under the document lock, and shows a dialog with the link.
 */
export function menuReport(): ReportActionResult | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const period = askPeriod(ui, readContext(ss).today, REPORT_UI.title);
  if (!period) return null;
  const pdf = ui.alert(REPORT_UI.title, REPORT_UI.askPdf, ui.ButtonSet.YES_NO_CANCEL);
  if (pdf === ui.Button.CANCEL || pdf === ui.Button.CLOSE) return null;
  const result = createLocked(ss, period, pdf === ui.Button.YES);
  if ('busy' in result) ui.alert(result.busy);
  else if ('error' in result) ui.alert(REPORT_UI.title, result.error, ui.ButtonSet.OK);
  else showReportDialog(ui, result);
  return result;
}

/** google.script.run (sidebar) and the offline CLI: the report for a period, without dialogs. */
export function makeReport(asOf?: string, from?: string, withPdf?: boolean): ReportActionResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const period = resolvePeriod(readContext(ss).today, asOf, from);
  return 'error' in period ? period : createLocked(ss, period, withPdf === true);
}
