import type { Issue } from '../../core/issue';
import { VALIDATE_TEXT } from '../../core/messages';
import { ISSUE_COLUMNS, SHEETS } from '../../core/schema';
import { columnLetter } from '../../core/a1';
import { neutralise } from '../../core/sheet-text';
import { truncate } from '../../core/validate/check-cell';
import { writeBlock } from '../workbook-io';

/** A value is shown, not archived: a 50,000-character cell must fit with its apostrophe (AS17). */
const MAX_VALUE_SHOWN = 1000;

/**
 * Rewrites `Lỗi dữ liệu`: one row per issue with a link that opens the cell. A fixed number
 * of bulk calls whatever the number of issues, plus one call to grow the sheet the first
 * time the issues outnumber its rows. The link is a HYPERLINK formula built only
 * from the sheet id and an A1 address (never from user text); everything copied from user
 * cells is neutralised so it stays text.
 */
export function writeIssuesSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  issues: readonly Issue[],
  unitName: (code: string | null) => string,
  sheetIds: ReadonlyMap<string, number>,
): void {
  const sheet = ss.getSheetByName(SHEETS.issues) ?? ss.insertSheet(SHEETS.issues);
  const lastRow = sheet.getLastRow();
  if (lastRow > 1) sheet.getRange(2, 1, lastRow - 1, ISSUE_COLUMNS.length).clearContent();
  const rows = issues.map((i) => [
    neutralise(unitName(i.unitCode)),
    neutralise(i.sheet),
    i.row ?? '',
    neutralise(i.column),
    neutralise(truncate(i.value, MAX_VALUE_SHOWN)),
    i.code,
    i.severity,
    neutralise(i.message),
    link(i, sheetIds),
  ]);
  writeBlock(sheet, 1, 1, [[...ISSUE_COLUMNS], ...rows]);
}

function link(issue: Issue, sheetIds: ReadonlyMap<string, number>): string {
  const id = sheetIds.get(issue.sheet);
  if (id === undefined) return '';
  const a1 = issue.row === null ? 'A1' : `${columnLetter(issue.columnIndex ?? 1)}${issue.row}`;
  return `=HYPERLINK("#gid=${id}&range=${a1}","${VALIDATE_TEXT.openCell}")`;
}
