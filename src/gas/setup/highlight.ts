import { CHECK_MARK } from '../../core/validate';
import { columnLetter } from '../../core/a1';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const COLORS = { error: '#f8d7da', warning: '#fff3cd' } as const;

/** Formula that is true on rows whose `Kiểm tra` cell starts with `mark`. */
function markFormula(checkColumn: number, mark: string): string {
  return `=LEFT($${columnLetter(checkColumn)}2,1)="${mark}"`;
}

const OWN_FORMULA = new RegExp(`^=LEFT\\(\\$[A-Z]+2,1\\)="[${CHECK_MARK.error}${CHECK_MARK.warning}]"$`);

/**
 * Row highlighting for errors and warnings as conditional-format rules that read the
 * `Kiểm tra` column: the check writes one column of text and the sheet colours the rows,
 * so no per-cell formatting is ever written and user formatting is never touched. The
 * user's own rules are kept; ours are replaced, not stacked.
 */
export function setHighlightRules(sheet: Sheet, checkColumn: number, width: number, rows: number): void {
  const range = sheet.getRange(2, 1, rows, width);
  const theirs = sheet.getConditionalFormatRules().filter((rule) => {
    const condition = rule.getBooleanCondition();
    const formula = condition ? String(condition.getCriteriaValues()[0] ?? '') : '';
    return !OWN_FORMULA.test(formula);
  });
  const ours = [
    SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(markFormula(checkColumn, CHECK_MARK.error)).setBackground(COLORS.error).setRanges([range]).build(),
    SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(markFormula(checkColumn, CHECK_MARK.warning)).setBackground(COLORS.warning).setRanges([range]).build(),
  ];
  sheet.setConditionalFormatRules([...theirs, ...ours]);
}
