import { LOG_ACTIONS, VALIDATE_TEXT } from '../../core/messages';
import { logActivity } from '../activity-log';
import { withDocumentLock } from '../lock';
import { runFullCheck, type CheckSummary, type FullCheck } from '../validate/full-check';
import { liveCheck } from '../validate/live-check';
import { usableOr, type Unusable } from '../unusable';

/** An issue as the CLI and the sidebar receive it (google.script.run: plain values only, AS33). */
export interface IssueView {
  sheet: string;
  row: number | null;
  column: string;
  code: string;
  severity: string;
  message: string;
}

/** What a full check returns when it ran. */
export type ValidateReport = CheckSummary & { issues: IssueView[] };

export type ValidateResult = { busy: string } | Unusable | ValidateReport;

/** The full check under the document lock, logged: what the menu, validateAll and the sidebar run. */
export function fullCheckLocked(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): { busy: string } | Unusable | FullCheck {
  const locked = withDocumentLock(() => usableOr(() => {
    const check = runFullCheck(ss);
    logActivity(ss, LOG_ACTIONS.validate, '', VALIDATE_TEXT.summary(check.summary.errors, check.summary.warnings));
    return check;
  }));
  return locked.ok ? locked.value : { busy: locked.message };
}

function validateLocked(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ValidateResult {
  const check = fullCheckLocked(ss);
  if ('busy' in check || 'error' in check) return check;
  const issues = check.validation.issues.map(({ sheet, row, column, code, severity, message }) => ({ sheet, row, column, code, severity, message }));
  return { ...check.summary, issues };
}

/**
 * Menu "Kiểm tra dữ liệu" (AuthMode.FULL): checks every followed unit's tab, writes the
 * `Kiểm tra` columns and `Lỗi dữ liệu`, then a summary toast and an alert per unit.
 */
export function menuValidate(): ValidateResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const result = validateLocked(ss);
  if ('busy' in result || 'error' in result) {
    ui.alert('busy' in result ? result.busy : result.error);
    return result;
  }
  const summary = VALIDATE_TEXT.summary(result.errors, result.warnings);
  ss.toast(summary, VALIDATE_TEXT.title, 10);
  const lines = result.byUnit.map((u) => VALIDATE_TEXT.perUnit(u.unit, u.errors, u.warnings));
  ui.alert(VALIDATE_TEXT.title, [summary, ...lines].join('\n'), ui.ButtonSet.OK);
  return result;
}

/** google.script.run (sidebar) and the offline CLI: the full check without dialogs. */
export function validateAll(): ValidateResult {
  return validateLocked(SpreadsheetApp.getActiveSpreadsheet());
}

/**
 * Simple trigger: a user edited cells (AuthMode.LIMITED, 30 s). Re-checks only the edited
 * rows; `e.value` is undefined for a paste, so the range is what counts.
 */
export function onEditCheck(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e || !e.range) return;
  liveCheck(e.source ?? SpreadsheetApp.getActiveSpreadsheet(), e.range);
}
