import type { RawSheet, RawWorkbook } from '../core/raw';

/**
 * Reads every sheet's values in bulk: two calls per sheet (getName, getDataRange+getValues),
 * none per row. An empty sheet gives `[['']]` (AS09), which the core treats as empty.
 */
export function readRawWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): RawWorkbook {
  const sheets: RawSheet[] = ss.getSheets().map((sheet) => ({
    name: sheet.getName(),
    values: sheet.getDataRange().getValues(),
  }));
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
