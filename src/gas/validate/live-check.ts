/**
 * The live check behind `onEdit`: only the edited rows of a unit tab, with the row-local
 * rules. Reads the two catalogs, the header and the edited rows; writes their `Kiểm tra`
 * cells in one call. Uses only the bound spreadsheet, so it runs as a simple trigger (AS25).
 */
import { LIVE_CHECK_NOTE } from '../../core/messages';
import { normKey } from '../../core/normalise';
import type { RawSheet } from '../../core/raw';
import { SHEETS } from '../../core/schema';
import { checkCellText, validateRows } from '../../core/validate';
import { readWorkbook } from '../../core/workbook';
import { readContext } from '../context';
import { releaseAfterWrites } from '../lock';

/** A live check never waits long: the full check, if it holds the lock, rewrites the column anyway. */
const LIVE_LOCK_MS = 1000;

export function liveCheck(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, range: GoogleAppsScript.Spreadsheet.Range): number {
  const sheet = range.getSheet();
  const name = sheet.getName();
  if (Object.values(SHEETS).some((s) => normKey(s) === normKey(name))) return 0;
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const first = Math.max(range.getRow(), 2);
  const last = Math.min(range.getRow() + range.getNumRows() - 1, lastRow);
  if (last < first || lastColumn === 0) return 0;

  // Catalog sheets are found as the full check finds them (workbook-io): by normKey, so a tab
  // renamed "loại mô hình " or typed in NFD is still the catalog. One getSheets call.
  const sheets = ss.getSheets();
  const catalog = (sheetName: string): RawSheet[] => {
    const s = sheets.find((x) => normKey(x.getName()) === normKey(sheetName));
    return s ? [{ name: s.getName(), values: s.getDataRange().getValues() }] : [];
  };
  const header = sheet.getRange(1, 1, 1, lastColumn).getValues();
  const rows = sheet.getRange(first, 1, last - first + 1, lastColumn).getValues();
  const ctx = readContext(ss);
  const wb = readWorkbook({ sheets: [...catalog(SHEETS.units), ...catalog(SHEETS.types), { name, values: [...header, ...rows] }] }, ctx);
  const found = wb.tabs.find((t) => normKey(t.sheet) === normKey(name));
  if (!found || found.columns.check === undefined) return 0;
  const tab = { ...found, firstRow: first };
  if (range.getNumColumns() === 1 && range.getColumn() === found.columns.check + 1) return 0; // an edit of our own column

  const result = validateRows(wb, tab, rows.map((_, i) => i), ctx);
  const byRow = new Map(result.rows.map((r) => [r.record.row, r.issues]));
  const blank = new Set(result.blankRows);
  const cells = rows.map((_, i) => {
    const sheetRow = first + i;
    if (blank.has(sheetRow)) return [''];
    const issues = byRow.get(sheetRow) ?? [];
    return [issues.length === 0 ? checkCellText(issues) : `${checkCellText(issues)}\n(${LIVE_CHECK_NOTE})`];
  });
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(LIVE_LOCK_MS)) return 0;
  try {
    sheet.getRange(first, found.columns.check + 1, cells.length, 1).setValues(cells);
  } finally {
    if (lock) releaseAfterWrites(lock);
  }
  return cells.length;
}
