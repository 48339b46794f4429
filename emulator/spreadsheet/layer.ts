/**
 * A sparse grid of one cell property (value, formula, note, background...). Rows are plain
 * arrays, created on first write, so 100,000 × 21 values read and write at array speed and a
 * sheet of 1000 empty rows costs nothing. Indexes are 0-based here; ranges are 1-based.
 */
export class Layer<T> {
  rows: (T[] | undefined)[] = [];

  get(r: number, c: number): T | undefined {
    const row = this.rows[r];
    return row === undefined ? undefined : row[c];
  }

  set(r: number, c: number, v: T | undefined): void {
    let row = this.rows[r];
    if (row === undefined) {
      if (v === undefined) return;
      row = [];
      this.rows[r] = row;
    }
    row[c] = v as T;
  }

  clearRect(r0: number, c0: number, nr: number, nc: number): void {
    const end = Math.min(r0 + nr, this.rows.length);
    for (let r = r0; r < end; r++) {
      const row = this.rows[r];
      if (row === undefined) continue;
      const cend = Math.min(c0 + nc, row.length);
      for (let c = c0; c < cend; c++) row[c] = undefined as T;
    }
  }

  clearAll(): void {
    this.rows = [];
  }

  /** Number of the last row holding a value (1-based), 0 when none. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row !== undefined && row.some((v) => v !== undefined)) return r + 1;
    }
    return 0;
  }

  /** Number of the last column holding a value (1-based), 0 when none. */
  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (row === undefined) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (row[c] !== undefined) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  isEmpty(): boolean {
    return this.lastRow() === 0;
  }

  insertRows(at: number, n: number): void {
    if (at >= this.rows.length) return;
    this.rows.splice(at, 0, ...new Array<T[] | undefined>(n).fill(undefined));
  }

  deleteRows(at: number, n: number): void {
    if (at < this.rows.length) this.rows.splice(at, n);
  }

  insertColumns(at: number, n: number): void {
    const blanks = new Array<T>(n).fill(undefined as T);
    for (const row of this.rows) if (row !== undefined && at < row.length) row.splice(at, 0, ...blanks);
  }

  deleteColumns(at: number, n: number): void {
    for (const row of this.rows) if (row !== undefined && at < row.length) row.splice(at, n);
  }

  /** A dense copy of the top-left `nr` × `nc` block, `fill` where unset; undefined when all unset. */
  export<U>(nr: number, nc: number, map: (v: T) => U, fill: U): U[][] | undefined {
    let any = false;
    const out: U[][] = [];
    for (let r = 0; r < nr; r++) {
      const row = this.rows[r];
      const line = new Array<U>(nc);
      for (let c = 0; c < nc; c++) {
        const v = row === undefined ? undefined : row[c];
        if (v === undefined) line[c] = fill;
        else {
          line[c] = map(v);
          any = true;
        }
      }
      out.push(line);
    }
    return any ? out : undefined;
  }
}
