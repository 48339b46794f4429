import { normKey } from '../core/normalise';
import type { RawSheet, RawWorkbook, ReadContext } from '../core/raw';
import { SHEETS } from '../core/schema';
import { readWorkbook } from '../core/workbook';

const CATALOGS = [SHEETS.settings, SHEETS.units, SHEETS.types, SHEETS.awards].map(normKey);

/**
 * Reads, in bulk, the sheets the core needs: the catalogs first, then the data tabs their
 * units name. The add-on's own sheets (`Lỗi dữ liệu` may hold tens of thousands of rows) and
 * the user's other sheets are listed by name only. A few calls per sheet, none per row; an
 * empty sheet gives `[['']]` (AS09), which the core treats as empty.
 */
export function readRawWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, ctx: ReadContext): RawWorkbook {
  const all = ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  const read = (entry: { sheet: GoogleAppsScript.Spreadsheet.Sheet; name: string }): RawSheet => ({
    name: entry.name,
    values: entry.sheet.getDataRange().getValues(),
  });
  const catalogs = new Map(all.filter((e) => CATALOGS.includes(normKey(e.name))).map((e) => [e.name, read(e)]));
  const tabNames = new Set(readWorkbook({ sheets: [...catalogs.values()] }, ctx).units.map((u) => normKey(u.tabName)));
  const sheets = all.map((e) => catalogs.get(e.name) ?? (tabNames.has(normKey(e.name)) ? read(e) : { name: e.name, values: [] }));
  return { sheets };
}

/** Row 1 of a sheet (its header), `[]` for an empty sheet. */
export function readHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet): string[] {
  const lastColumn = sheet.getLastColumn();
  if (lastColumn === 0) return [];
  return sheet.getRange(1, 1, 1, lastColumn).getValues()[0].map((v) => String(v));
}

/**
 * Writes a block of values, growing the sheet first when needed: `getRange` past the
 * sheet's size throws rather than extending it.
 */
export function writeBlock(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, column: number, values: unknown[][]): void {
  if (values.length === 0 || values[0].length === 0) return; // AS08: no zero-row ranges
  ensureSize(sheet, row + values.length - 1, column + values[0].length - 1);
  sheet.getRange(row, column, values.length, values[0].length).setValues(values);
}

export function ensureSize(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}
