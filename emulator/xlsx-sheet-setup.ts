/**
 * What an .xlsx needs to work outside Google Sheets, written by the exporter: print set-up,
 * protection that leaves data cells editable, and `#gid=` links turned into internal links.
 * Apps Script has no page set-up API for Sheets (print options are chosen in the print
 * dialog, or as parameters of the export URL), so the print set-up is the exporter's.
 */
import type ExcelJS from 'exceljs';
import type { ProtectionData, SheetData } from './workbook-data';

/** A4 portrait's printable width at 96 px per inch with Excel's default margins (≈ 19 cm). */
const PORTRAIT_WIDTH_PX = 700;
/** Google Sheets' default column width. */
const DEFAULT_COLUMN_PX = 100;
/** exceljs' paper size code for A4. */
const A4 = 9;

/**
 * A4, one page wide and as many pages long as needed, the frozen header rows repeated on
 * every page; landscape when the used columns are wider than a portrait page.
 */
export function setUpPrinting(ws: ExcelJS.Worksheet, s: SheetData): void {
  const columns = Math.max(0, ...s.values.slice(0, 50).map((r) => r.length));
  let width = 0;
  for (let c = 0; c < columns; c++) width += s.columnWidths?.[c] ?? DEFAULT_COLUMN_PX;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: width > PORTRAIT_WIDTH_PX ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(s.frozenRows ? { printTitlesRow: `1:${s.frozenRows}` } : {}),
  };
}

/**
 * Which protected sheets are for data entry. Apps Script protects a sheet for named editors;
 * an .xlsx knows no users, so whoever has the file counts as an editor of a data-entry sheet:
 * its cells stay editable except the header row and the columns named in `lockedHeaders`.
 * Every other protected sheet is read-only. No password in either case (Review → Unprotect
 * sheet lifts it, as a Sheets warning-only protection can be overridden).
 */
export interface DataEntryPolicy {
  isDataSheet(p: ProtectionData, sheet: SheetData): boolean;
  lockedHeaders: readonly string[];
}

const UNLOCKED: Partial<ExcelJS.Protection> = { locked: false };
const LOCKED: Partial<ExcelJS.Protection> = { locked: true };

/**
 * Unlocks the columns of a data-entry sheet; true when it is one. Column styles must be set
 * before the cells are created: exceljs copies a column's style into each new cell.
 */
export function unlockDataColumns(ws: ExcelJS.Worksheet, s: SheetData, policy: DataEntryPolicy | undefined): boolean {
  const whole = (s.protections ?? []).filter((p) => !p.range);
  if (!policy || !whole.some((p) => policy.isDataSheet(p, s))) return false;
  const header = (s.values[0] ?? []).map((v) => String(v));
  const columns = Math.max(header.length, s.columnCount ?? 0);
  for (let c = 0; c < columns; c++) {
    if (!policy.lockedHeaders.includes(header[c] ?? '')) ws.getColumn(c + 1).protection = UNLOCKED;
  }
  return true;
}

/** The header row of a data-entry sheet stays locked: its texts are how the add-on finds columns. */
export function lockHeaderRow(ws: ExcelJS.Worksheet, s: SheetData): void {
  const width = s.values[0]?.length ?? 0;
  for (let c = 1; c <= width; c++) ws.getCell(1, c).protection = LOCKED;
}

/** Sheets with a whole-sheet protection (enforced or warning-only) are protected, without password. */
export async function protectSheet(ws: ExcelJS.Worksheet, s: SheetData): Promise<void> {
  if (!(s.protections ?? []).some((p) => !p.range)) return;
  await ws.protect('', {
    selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: true,
  });
}

const GID_LINK = /^=HYPERLINK\("#gid=(\d+)&range=([A-Z]+\d+(?::[A-Z]+\d+)?)"\s*[,;]\s*"((?:[^"]|"")*)"\)$/i;

/**
 * `=HYPERLINK("#gid=…&range=K8","Mở ô")`, which only Google Sheets follows, as a link inside
 * the workbook, `=HYPERLINK("#'Sheet'!K8","Mở ô")`; null for any other formula. A formula,
 * not a cell hyperlink: exceljs gives every cell hyperlink an external relationship, which
 * LibreOffice then opens as a file named `'Sheet'!K8`.
 */
export function internalLink(formula: string, sheetNames: ReadonlyMap<number, string>): ExcelJS.CellFormulaValue | null {
  const m = GID_LINK.exec(formula);
  if (!m) return null;
  const name = sheetNames.get(Number(m[1]));
  if (name === undefined) return null;
  const target = `#'${name.replace(/'/g, "''")}'!${m[2].split(':')[0].toUpperCase()}`;
  return { formula: `HYPERLINK("${target.replace(/"/g, '""')}","${m[3]}")`, result: m[3].replace(/""/g, '"'), date1904: false };
}

/** Calibri 11's average character width (px) and line height (pt), for wrapped rows. */
const CHAR_PX = 7;
const LINE_PT = 15;
const CELL_PADDING_PX = 6;

/**
 * The height (pt) a row with wrapped cells needs, or null when one line is enough. Google
 * Sheets grows such rows by itself; Excel and LibreOffice keep the default height of a row
 * written without one, so wrapped text would overlap the next row.
 */
export function wrappedRowHeight(values: readonly unknown[], wraps: readonly (boolean | null)[], widths: readonly (number | undefined)[]): number | null {
  let lines = 1;
  wraps.forEach((wrap, c) => {
    if (!wrap) return;
    const text = values[c];
    if (typeof text !== 'string' || text === '') return;
    const perLine = Math.max(1, Math.floor(((widths[c] ?? DEFAULT_COLUMN_PX) - CELL_PADDING_PX) / CHAR_PX));
    const n = text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    if (n > lines) lines = n;
  });
  return lines > 1 ? lines * LINE_PT : null;
}
