import { SIDEBAR, VALIDATE_TEXT } from '../../core/messages';
import { defaultPeriodStart } from '../../core/dates';
import { groupProblems, type ProblemsView } from '../../core/problems';
import type { Workbook } from '../../core/workbook-model';
import type { ValidationResult } from '../../core/issue';
import { readContext } from '../context';
import { checkWorkbook, unitNames } from '../validate/full-check';
import { usableOr, type Unusable } from '../unusable';
import { fullCheckLocked } from './validate-action';
import { activateCell, type SelectResult } from '../sidebar/select-cell';

export type ProblemsResult = ProblemsView | Unusable | { busy: string };

/** The file dist/ holds the page in (src/ui/Sidebar.html with its client script inlined). */
const PAGE = 'Sidebar';

/**
 * Menu "Mở bảng điều khiển" (AuthMode.FULL): opens the sidebar (300 px, the editor's fixed
 * sidebar width) with today and the default period start for the report's date fields.
 */
export function showSidebar(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const today = readContext(ss).today;
  const page = HtmlService.createTemplateFromFile(PAGE);
  page.today = today;
  page.from = defaultPeriodStart(today);
  SpreadsheetApp.getUi().showSidebar(page.evaluate().setTitle(SIDEBAR.title).setWidth(300));
}

function viewOf(workbook: Workbook, validation: ValidationResult): ProblemsView {
  const unitName = unitNames(workbook);
  return groupProblems(validation.issues, (code) => (code === null ? VALIDATE_TEXT.workbookLevel : unitName(code)));
}

/** google.script.run (sidebar, AuthMode.FULL): the problems of the whole workbook, writing nothing. */
export function getProblems(): ProblemsResult {
  return usableOr(() => {
    const { workbook, validation } = checkWorkbook(SpreadsheetApp.getActiveSpreadsheet());
    return viewOf(workbook, validation);
  });
}

/**
 * google.script.run (sidebar "Kiểm tra lại", AuthMode.FULL): the full check as the menu runs
 * it (writes `Kiểm tra` and `Lỗi dữ liệu` under the document lock), then its problems.
 */
export function checkAgain(): ProblemsResult {
  const check = fullCheckLocked(SpreadsheetApp.getActiveSpreadsheet());
  if ('busy' in check || 'error' in check) return check;
  return viewOf(check.workbook, check.validation);
}

/** google.script.run (sidebar, AuthMode.FULL): selects a problem's cell in the sheet. */
export function selectCell(sheet: string, cell: string): SelectResult {
  return activateCell(SpreadsheetApp.getActiveSpreadsheet(), sheet, cell);
}
