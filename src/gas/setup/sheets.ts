import { normKey } from '../../core/normalise';
import { columnsAfterAppend, missingColumns } from '../../core/setup-plan';
import type { ColumnSpec } from '../../core/schema';
import { neutralise } from '../../core/sheet-text';
import { readHeader, writeBlock, ensureSize } from '../workbook-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const HEADER_BACKGROUND = '#d9e2f3';

/** Number format of each column kind: text stays text (leading zeros), dates read day-first. */
export const FORMAT_BY_KIND = { text: '@', date: 'dd/mm/yyyy', integer: '0', check: '@' } as const;

/** The workbook's sheets by normalised name, read once per action. */
export class SheetIndex {
  private readonly byKey = new Map<string, Sheet>();
  readonly created: string[] = [];

  constructor(private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
    for (const sheet of ss.getSheets()) {
      const key = normKey(sheet.getName());
      if (!this.byKey.has(key)) this.byKey.set(key, sheet);
    }
  }

  get(name: string): Sheet | null {
    return this.byKey.get(normKey(name)) ?? null;
  }

  /** The sheet of that (normalised) name, created at the end when missing. */
  ensure(name: string): Sheet {
    const found = this.get(name);
    if (found) return found;
    const sheet = this.ss.insertSheet(name, this.ss.getNumSheets());
    this.byKey.set(normKey(name), sheet);
    this.created.push(name);
    return sheet;
  }
}

/**
 * Makes sure every spec column has a header: missing ones are appended after the last used
 * column, one bulk write. Returns the 1-based column of each field and the headers added.
 */
export function ensureColumns<K extends string>(sheet: Sheet, specs: readonly ColumnSpec<K>[]): { columns: Record<K, number>; added: string[] } {
  const header = readHeader(sheet);
  const missing = missingColumns(header, specs);
  const columns = columnsAfterAppend(header, specs);
  if (missing.length > 0) {
    writeBlock(sheet, 1, columns[missing[0].key], [missing.map((s) => neutralise(s.header))]);
  }
  return { columns, added: missing.map((s) => s.header) };
}

/** Bold, shaded, frozen header row over the used columns. */
export function styleHeader(sheet: Sheet, width: number): void {
  const header = sheet.getRange(1, 1, 1, Math.max(width, 1));
  header.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
  sheet.setFrozenRows(1);
}

/** The data cells of one column (row 2 to the sheet's last row), growing the sheet if it has only a header. */
export function columnBody(sheet: Sheet, column: number): GoogleAppsScript.Spreadsheet.Range {
  ensureSize(sheet, 2, column);
  return sheet.getRange(2, column, sheet.getMaxRows() - 1, 1);
}

/** Number formats per column kind; formats only, never values. */
export function formatColumns<K extends string>(sheet: Sheet, specs: readonly ColumnSpec<K>[], columns: Record<K, number>): void {
  for (const spec of specs) columnBody(sheet, columns[spec.key]).setNumberFormat(FORMAT_BY_KIND[spec.kind]);
}
