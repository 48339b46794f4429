import { normKey } from '../../core/normalise';
import { columnLetter } from '../../core/a1';
import { columnsAfterAppend, missingColumns } from '../../core/setup-plan';
import type { ColumnSpec } from '../../core/schema';
import { neutralise } from '../../core/sheet-text';
import { readHeader, writeBlock, ensureSize } from '../workbook-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const HEADER_BACKGROUND = '#d9e2f3';
const DEFAULT_WIDTH = 100;

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
export function ensureColumns<K extends string>(sheet: Sheet, specs: readonly ColumnSpec<K>[]): { columns: Record<K, number>; added: string[]; width: number } {
  const header = readHeader(sheet);
  const missing = missingColumns(header, specs);
  const columns = columnsAfterAppend(header, specs);
  if (missing.length > 0) {
    writeBlock(sheet, 1, columns[missing[0].key], [missing.map((s) => neutralise(s.header))]);
    // Widths only for the columns set-up creates: the user's own widths are their formatting.
    setWidths(sheet, missing, columns);
  }
  const width = Math.max(header.length, ...Object.values<number>(columns));
  return { columns, added: missing.map((s) => s.header), width };
}

/** Column widths of the specs, one call per run of adjacent columns of the same width. */
function setWidths<K extends string>(sheet: Sheet, specs: readonly ColumnSpec<K>[], columns: Record<K, number>): void {
  const wanted = specs.map((s) => ({ column: columns[s.key], width: s.width ?? DEFAULT_WIDTH })).sort((a, b) => a.column - b.column);
  for (let i = 0; i < wanted.length; ) {
    let j = i + 1;
    while (j < wanted.length && wanted[j].column === wanted[j - 1].column + 1 && wanted[j].width === wanted[i].width) j++;
    sheet.setColumnWidths(wanted[i].column, j - i, wanted[i].width);
    i = j;
  }
}

/** Bold, shaded, frozen header row over the used columns. */
export function styleHeader(sheet: Sheet, width: number): void {
  const header = sheet.getRange(1, 1, 1, Math.max(width, 1));
  header.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
  sheet.setFrozenRows(1);
}

/**
 * The data rows of a sheet (row 2 to its last row) and their height, growing a sheet that
 * has only a header. Read once per sheet: formats and dropdowns cover whole columns.
 */
export function dataRows(sheet: Sheet, width: number): number {
  ensureSize(sheet, 2, width);
  return sheet.getMaxRows() - 1;
}

/** The data cells of one column, rows 2..`rows + 1`. */
export function columnBody(sheet: Sheet, column: number, rows: number): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(2, column, rows, 1);
}

/** Kinds shown centred: a right-aligned date or number would touch the next column's text. */
const CENTRED_KINDS: readonly string[] = ['date', 'integer'];

/**
 * Number formats per column kind, one RangeList call per format, and one call centring the
 * dates and numbers: formats only, never values, and only on the add-on's columns (the
 * user's own columns keep theirs).
 */
export function formatColumns<K extends string>(sheet: Sheet, specs: readonly ColumnSpec<K>[], columns: Record<K, number>, rows: number): void {
  const byFormat = new Map<string, string[]>();
  const centred: string[] = [];
  for (const spec of specs) {
    const format = FORMAT_BY_KIND[spec.kind];
    const letter = columnLetter(columns[spec.key]);
    const a1 = `${letter}2:${letter}${rows + 1}`;
    byFormat.set(format, [...(byFormat.get(format) ?? []), a1]);
    if (CENTRED_KINDS.includes(spec.kind)) centred.push(a1);
  }
  for (const [format, a1s] of byFormat) sheet.getRangeList(a1s).setNumberFormat(format);
  if (centred.length > 0) sheet.getRangeList(centred).setHorizontalAlignment('center');
}
