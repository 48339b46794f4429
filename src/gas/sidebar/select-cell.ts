import { SIDEBAR_SELECT } from '../../core/messages';

export type SelectResult = { sheet: string; cell: string } | { error: string };

const A1_CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

/** Activates one cell (the sheet becomes the active one, as a click in the editor does). */
export function activateCell(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetName: string, cell: string): SelectResult {
  const name = String(sheetName);
  const a1 = String(cell).toUpperCase();
  if (!A1_CELL.test(a1)) return { error: SIDEBAR_SELECT.badCell(String(cell)) };
  const sheet = ss.getSheetByName(name);
  if (!sheet) return { error: SIDEBAR_SELECT.noSheet(name) };
  sheet.getRange(a1).activate();
  return { sheet: name, cell: a1 };
}
