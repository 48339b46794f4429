import { CONFIRM_TEXT, RETURN_TEXT } from '../../core/messages';
import { readContext } from '../context';
import { confirmUnit, readUnits, returnUnit, unitOfSheet, type ConfirmOutcome } from '../confirm/confirm-unit';
import { withDocumentLock } from '../lock';
import { usableOr, type Unusable } from '../unusable';

export type ConfirmResult = ConfirmOutcome | { error: string } | Unusable | { busy: string };

function locked(fn: () => ConfirmOutcome | { error: string }): ConfirmResult {
  const result = withDocumentLock(() => usableOr(fn));
  return result.ok ? result.value : { busy: result.message };
}

function messageOf(result: ConfirmResult): string {
  return 'busy' in result ? result.busy : 'error' in result ? result.error : result.message;
}

/**
 * The unit of the active tab, else the code the user types (asked before the lock is taken,
 * so nobody waits on a dialog); null on Cancel.
 */
function pickUnit(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, ui: GoogleAppsScript.Base.Ui, title: string, question: (codes: string) => string): string | null {
  const units = readUnits(ss, readContext(ss));
  const onTab = unitOfSheet(units, ss.getActiveSheet().getName());
  if (onTab) return onTab.code;
  const answer = ui.prompt(title, question(units.map((u) => u.code).join(', ')), ui.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText().trim() : null;
}

/**
 * Menu "Xác nhận số liệu kỳ này" (AuthMode.FULL): on a unit's tab confirms that unit,
 * elsewhere asks which one; re-checks the workbook and refuses while the unit has errors.
 */
export function menuConfirm(): ConfirmResult | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const code = pickUnit(ss, ui, CONFIRM_TEXT.title, CONFIRM_TEXT.askUnit);
  if (code === null) return null;
  const result = locked(() => confirmUnit(ss, code));
  ui.alert(CONFIRM_TEXT.title, messageOf(result), ui.ButtonSet.OK);
  return result;
}

/** google.script.run (sidebar) and `antt confirm`: confirms a unit's period without dialogs. */
export function confirmPeriod(unitCode: string): ConfirmResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return locked(() => confirmUnit(ss, String(unitCode ?? '')));
}

/** Menu "Trả lại số liệu" (AuthMode.FULL): an admin returns a unit's confirmation, with a reason. */
export function menuReturn(): ConfirmResult | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const code = pickUnit(ss, ui, RETURN_TEXT.title, RETURN_TEXT.askUnit);
  if (code === null) return null;
  const reason = ui.prompt(RETURN_TEXT.title, RETURN_TEXT.askReason, ui.ButtonSet.OK_CANCEL);
  if (reason.getSelectedButton() !== ui.Button.OK) return null;
  const result = locked(() => returnUnit(ss, code, reason.getResponseText()));
  ui.alert(RETURN_TEXT.title, messageOf(result), ui.ButtonSet.OK);
  return result;
}

/** google.script.run (sidebar) and the CLI: returns a unit's confirmation without dialogs. */
export function returnPeriod(unitCode: string, reason: string): ConfirmResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return locked(() => returnUnit(ss, String(unitCode ?? ''), String(reason ?? '')));
}
