/**
 * Values attached to rectangles of a sheet (data validation rules). A rule applied to 100,000
 * rows is one rectangle, not 100,000 objects; writing a rectangle cuts it out of older ones.
 */
import type { Rect } from './a1';

export interface Region<T> {
  rect: Rect;
  value: T;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

export function intersection(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const endRow = Math.min(a.row + a.numRows, b.row + b.numRows);
  const endCol = Math.min(a.column + a.numColumns, b.column + b.numColumns);
  if (endRow <= row || endCol <= column) return undefined;
  return { row, column, numRows: endRow - row, numColumns: endCol - column };
}

/** `a` minus `b`: up to four rectangles (above, below, left, right of the cut). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const cut = intersection(a, b);
  if (!cut) return [a];
  const out: Rect[] = [];
  const aEndRow = a.row + a.numRows;
  const cutEndRow = cut.row + cut.numRows;
  if (cut.row > a.row) out.push({ row: a.row, column: a.column, numRows: cut.row - a.row, numColumns: a.numColumns });
  if (cutEndRow < aEndRow) out.push({ row: cutEndRow, column: a.column, numRows: aEndRow - cutEndRow, numColumns: a.numColumns });
  if (cut.column > a.column) out.push({ row: cut.row, column: a.column, numRows: cut.numRows, numColumns: cut.column - a.column });
  const aEndCol = a.column + a.numColumns;
  const cutEndCol = cut.column + cut.numColumns;
  if (cutEndCol < aEndCol) out.push({ row: cut.row, column: cutEndCol, numRows: cut.numRows, numColumns: aEndCol - cutEndCol });
  return out;
}

/** Shifts a 1-D span [start, start+len) for `n` lines inserted before `at` (n > 0) or deleted from `at` (n < 0). */
function shiftSpan(start: number, len: number, at: number, n: number): [number, number] | undefined {
  const end = start + len;
  if (n > 0) {
    if (at <= start) return [start + n, len];
    if (at < end) return [start, len + n];
    return [start, len];
  }
  const delEnd = at - n;
  const newStart = start < at ? start : Math.max(at, start + n);
  const kept = len - Math.max(0, Math.min(end, delEnd) - Math.max(start, at));
  if (kept <= 0) return undefined;
  return [start >= delEnd ? start + n : newStart, kept];
}

export function shiftRect(r: Rect, axis: 'row' | 'column', at: number, n: number): Rect | undefined {
  if (axis === 'row') {
    const s = shiftSpan(r.row, r.numRows, at, n);
    return s && { row: s[0], column: r.column, numRows: s[1], numColumns: r.numColumns };
  }
  const s = shiftSpan(r.column, r.numColumns, at, n);
  return s && { row: r.row, column: s[0], numRows: r.numRows, numColumns: s[1] };
}

export class RectStore<T> {
  regions: Region<T>[] = [];

  /** Sets (or with null clears) the value of every cell of `rect`. */
  set(rect: Rect, value: T | null): void {
    const next: Region<T>[] = [];
    for (const reg of this.regions) {
      if (!intersects(reg.rect, rect)) next.push(reg);
      else for (const piece of subtract(reg.rect, rect)) next.push({ rect: piece, value: reg.value });
    }
    if (value !== null) next.push({ rect: { ...rect }, value });
    this.regions = next;
  }

  /** Values over `rect` as a grid, null where unset. */
  grid(rect: Rect): (T | null)[][] {
    const out: (T | null)[][] = [];
    for (let r = 0; r < rect.numRows; r++) out.push(new Array<T | null>(rect.numColumns).fill(null));
    for (const reg of this.regions) {
      const cut = intersection(reg.rect, rect);
      if (!cut) continue;
      for (let r = cut.row; r < cut.row + cut.numRows; r++) {
        const line = out[r - rect.row];
        for (let c = cut.column; c < cut.column + cut.numColumns; c++) line[c - rect.column] = reg.value;
      }
    }
    return out;
  }

  /**
   * Sets a grid of values cell by cell, stored as few rectangles: runs down each column of equal
   * values (by `same`), then side-by-side runs with the same rows joined.
   */
  setGrid(origin: Rect, values: (T | null)[][], same: (a: T, b: T) => boolean): void {
    this.set(origin, null);
    const runs: Region<T>[] = [];
    for (let c = 0; c < origin.numColumns; c++) {
      let r = 0;
      while (r < origin.numRows) {
        const v = values[r][c];
        let end = r + 1;
        if (v !== null) while (end < origin.numRows && values[end][c] !== null && same(values[end][c] as T, v)) end++;
        if (v !== null) {
          const rect = { row: origin.row + r, column: origin.column + c, numRows: end - r, numColumns: 1 };
          const left = runs.find((x) => x.rect.row === rect.row && x.rect.numRows === rect.numRows && x.rect.column + x.rect.numColumns === rect.column && same(x.value, v));
          if (left) left.rect.numColumns++;
          else runs.push({ rect, value: v });
        }
        r = end;
      }
    }
    this.regions.push(...runs);
  }

  shift(axis: 'row' | 'column', at: number, n: number): void {
    const next: Region<T>[] = [];
    for (const reg of this.regions) {
      const rect = shiftRect(reg.rect, axis, at, n);
      if (rect) next.push({ rect, value: reg.value });
    }
    this.regions = next;
  }
}
