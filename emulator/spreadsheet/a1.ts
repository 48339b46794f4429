/** A1 notation: column letters, cell and range references. Rows and columns are 1-based. */
import { columnLetter } from '../../src/core/a1';
import { gasError } from '../runtime/errors';

export { columnLetter };

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * AS44: a range of whole rows (`3:5`) or whole columns (`A:C`) keeps that notation; the range
 * of a sheet protection (the whole sheet) has none ('').
 */
export type Whole = 'rows' | 'columns' | 'sheet';

/** A range's A1 notation: whole rows and columns as `3:5` and `A:C`, else as `a1Of`. */
export function rangeA1(r: Rect, whole: Whole | undefined): string {
  if (whole === 'sheet') return '';
  if (whole === 'rows') return `${r.row}:${r.row + r.numRows - 1}`;
  if (whole === 'columns') return `${columnLetter(r.column)}:${columnLetter(r.column + r.numColumns - 1)}`;
  return a1Of(r);
}

export function a1Of(r: Rect): string {
  const start = `${columnLetter(r.column)}${r.row}`;
  if (r.numRows === 1 && r.numColumns === 1) return start;
  return `${start}:${columnLetter(r.column + r.numColumns - 1)}${r.row + r.numRows - 1}`;
}

/** Quotes a sheet name for a reference when Sheets would (`'Đơn vị'!A1`). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits `'My sheet'!A1:B2` into sheet name and the A1 part; no sheet part gives undefined. */
export function splitSheetRef(ref: string): { sheetName?: string; a1: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { a1: ref };
  let name = ref.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, a1: ref.slice(bang + 1) };
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** Whether an A1 reference names whole rows (`2:3`) or whole columns (`A:B`). */
export function wholeOf(a1: string): Whole | undefined {
  const parts = a1.trim().split(':');
  if (parts.length !== 2) return undefined;
  if (parts.every((p) => /^\$?\d+$/.test(p))) return 'rows';
  if (parts.every((p) => /^\$?[A-Za-z]+$/.test(p))) return 'columns';
  return undefined;
}

/**
 * Parses `A1`, `A1:B2`, open ranges `A2:A`, `A:B`, `2:3` against a sheet of the given size.
 * Throws Apps Script's `Range not found` for anything else.
 */
export function parseA1(a1: string, maxRows: number, maxColumns: number): Rect {
  const parts = a1.trim().split(':');
  if (parts.length < 1 || parts.length > 2) throw gasError('Range not found');
  const ms = parts.map((p) => PART.exec(p));
  if (ms.some((m) => !m || (m[1] === '' && m[2] === ''))) throw gasError('Range not found');
  const [m1, m2 = m1] = ms as RegExpExecArray[];
  const c1 = m1[1] ? columnNumber(m1[1]) : 1;
  const r1 = m1[2] ? Number(m1[2]) : 1;
  const c2 = m2[1] ? columnNumber(m2[1]) : maxColumns;
  const r2 = m2[2] ? Number(m2[2]) : maxRows;
  if (parts.length === 1 && (!m1[1] || !m1[2])) throw gasError('Range not found');
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}
