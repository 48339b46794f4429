/** The emulated Range: a rectangle of one sheet. All reads and writes go to the sheet's layers. */
import { gasError } from '../runtime/errors';
import { a1Of, rangeA1, type Rect, type Whole } from './a1';
import { type Cell, displayOf, FormulaInput, MAX_CELL_CHARS, SerialDate, storedNumberFormat, toStored, tooLong } from './cells';
import { shiftFormula } from './formula-refs';
import { normaliseColor } from './colors';
import { formulaValue, UncomputedFormula, uncomputedError } from './formula-value';
import type { Layer } from './layer';
import { EmuProtection } from './protection';
import { EmuRichTextValue } from './rich-text';
import type { EmuSheet, FormatName } from './sheet';
import type { Surface } from './surface';
import type { EmuDataValidation } from './validation';

type R = GoogleAppsScript.Spreadsheet.Range;

export type RangeMethods =
  | 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getLastRow' | 'getLastColumn' | 'getA1Notation'
  | 'getSheet' | 'offset' | 'getCell' | 'getValue' | 'getValues' | 'setValue' | 'setValues' | 'getDisplayValue'
  | 'getDisplayValues' | 'getFormula' | 'getFormulas' | 'setFormula' | 'setFormulas' | 'getNumberFormat'
  | 'getNumberFormats' | 'setNumberFormat' | 'setNumberFormats' | 'getNote' | 'getNotes' | 'setNote' | 'setNotes'
  | 'getBackground' | 'getBackgrounds' | 'setBackground' | 'setBackgrounds' | 'getFontColor' | 'getFontColors'
  | 'setFontColor' | 'setFontColors' | 'getFontWeight' | 'getFontWeights' | 'setFontWeight' | 'setFontWeights'
  | 'setHorizontalAlignment' | 'setHorizontalAlignments' | 'setVerticalAlignment' | 'setWrap' | 'setFontSize' | 'setFontStyle' | 'merge'
  | 'breakApart' | 'setDataValidation' | 'setDataValidations' | 'getDataValidation' | 'getDataValidations'
  | 'clearDataValidations' | 'protect' | 'clear' | 'clearContent' | 'clearFormat' | 'clearNote'
  | 'getRichTextValue' | 'getRichTextValues' | 'setRichTextValue' | 'setRichTextValues' | 'activate' | 'isBlank';

export class EmuRange implements Surface<R, RangeMethods> {
  static readonly serviceName = 'Range';

  constructor(
    readonly sheet: EmuSheet,
    readonly rect: Readonly<Rect>,
    /** Made from `A:C` or `3:5` (AS44): its A1 notation stays that. */
    private readonly whole?: Whole,
  ) {}

  // ---- geometry ----

  getRow(): number {
    return this.rect.row;
  }

  getColumn(): number {
    return this.rect.column;
  }

  getNumRows(): number {
    return this.rect.numRows;
  }

  getNumColumns(): number {
    return this.rect.numColumns;
  }

  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }

  getA1Notation(): string {
    return rangeA1(this.rect, this.whole);
  }

  getSheet(): EmuSheet {
    return this.sheet;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): EmuRange {
    return this.sheet.getRange(this.rect.row + rowOffset, this.rect.column + columnOffset, numRows ?? this.rect.numRows, numColumns ?? this.rect.numColumns);
  }

  /** Cell at a 1-based position inside the range. */
  getCell(row: number, column: number): EmuRange {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numColumns) {
      throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.sheet.rangeOf({ row: this.rect.row + row - 1, column: this.rect.column + column - 1, numRows: 1, numColumns: 1 });
  }

  // ---- values ----

  getValues(): unknown[][] {
    const { row, column, numRows, numColumns } = this.rect;
    const clock = this.sheet.book.clock;
    const timeZone = this.sheet.book.timeZone;
    const rows = this.sheet.values.rows;
    const out: unknown[][] = new Array(numRows);
    for (let r = 0; r < numRows; r++) {
      const src = rows[row - 1 + r];
      // slice copies the stored row at memcpy speed; the loop then fills blanks and turns serials into instants (AS37).
      const line: unknown[] = src === undefined ? new Array(numColumns).fill('') : src.slice(column - 1, column - 1 + numColumns);
      if (src !== undefined) {
        if (line.length < numColumns) line.length = numColumns;
        for (let c = 0; c < numColumns; c++) {
          const v = line[c];
          if (v === undefined) line[c] = '';
          else if (typeof v === 'object') line[c] = v instanceof SerialDate ? clock.date(v.instant(timeZone)) : this.unreadable(v as UncomputedFormula, row - 1 + r, column - 1 + c);
        }
      }
      out[r] = line;
    }
    return out;
  }

  getValue(): unknown {
    return this.topLeft().getValues()[0][0];
  }

  setValues(values: unknown[][]): this {
    this.checkShape(values);
    this.writeGrid(this.keep(values));
    return this;
  }

  /** Every cell of the range gets the value, as on Apps Script. */
  setValue(value: unknown): this {
    this.writeGrid(this.filled(value));
    return this;
  }

  getDisplayValues(): string[][] {
    const ctx = this.sheet.book.parseContext();
    const nf = this.sheet.fmt.numberFormat;
    return this.mapCells((r, c) => displayOf(this.computed(r, c), nf.get(r, c) as string | undefined, ctx));
  }

  getDisplayValue(): string {
    return this.topLeft().getDisplayValues()[0][0];
  }

  getFormulas(): string[][] {
    const f = this.sheet.formulas;
    return this.mapCells((r, c) => f.get(r, c) ?? '');
  }

  getFormula(): string {
    return this.topLeft().getFormulas()[0][0];
  }

  setFormulas(formulas: string[][]): this {
    this.checkShape(formulas);
    this.writeGrid(formulas.map((line) => line.map((f) => (f === '' || f === null || f === undefined ? '' : new FormulaInput(String(f))))));
    return this;
  }

  /** AS49: each cell gets the formula with relative references moved to it, as a fill does. */
  setFormula(formula: string): this {
    const text = String(formula);
    const grid: string[][] = new Array(this.rect.numRows);
    for (let i = 0; i < this.rect.numRows; i++) {
      grid[i] = new Array<string>(this.rect.numColumns);
      for (let j = 0; j < this.rect.numColumns; j++) grid[i][j] = text.startsWith('=') ? shiftFormula(text, i, j) : text;
    }
    return this.setFormulas(grid);
  }

  getRichTextValues(): EmuRichTextValue[][] {
    const ctx = this.sheet.book.parseContext();
    const links = this.sheet.fmt.link;
    return this.mapCells((r, c) => {
      const text = displayOf(this.computed(r, c), this.sheet.fmt.numberFormat.get(r, c) as string | undefined, ctx);
      return new EmuRichTextValue(text, (links.get(r, c) as string | undefined) ?? null);
    });
  }

  getRichTextValue(): EmuRichTextValue {
    return this.topLeft().getRichTextValues()[0][0];
  }

  /** Rich text is stored as the literal text (no parsing) plus the cell's link. */
  setRichTextValues(values: EmuRichTextValue[][]): this {
    this.checkShape(values);
    for (const line of values) for (const v of line) if (v && v.text.length > MAX_CELL_CHARS) throw tooLong();
    const s = this.sheet;
    const grid = this.keep(values);
    s.book.writes.commit(() => this.forCells((r, c, i, j) => {
      const v = grid[i][j];
      s.formulas.set(r, c, undefined);
      s.values.set(r, c, v && v.text !== '' ? v.text : undefined);
      s.fmt.link.set(r, c, v?.linkUrl ?? undefined);
    }));
    return this;
  }

  setRichTextValue(value: EmuRichTextValue): this {
    return this.setRichTextValues(this.filled(value));
  }

  isBlank(): boolean {
    const s = this.sheet;
    let blank = true;
    this.forCells((r, c) => {
      if (blank && (s.values.get(r, c) !== undefined || s.formulas.get(r, c) !== undefined)) blank = false;
    });
    return blank;
  }

  // ---- formats (AS13) ----

  getNumberFormats(): string[][] {
    return this.readFormat('numberFormat', 'General');
  }

  getNumberFormat(): string {
    return this.topLeft().getNumberFormats()[0][0];
  }

  setNumberFormats(formats: (string | null)[][]): this {
    return this.writeFormat('numberFormat', formats, storedNumberFormat);
  }

  setNumberFormat(format: string | null): this {
    return this.writeFormat('numberFormat', this.filled(storedNumberFormat(format)));
  }

  getNotes(): string[][] {
    return this.readFormat('note', '');
  }

  getNote(): string {
    return this.topLeft().getNotes()[0][0];
  }

  setNotes(notes: (string | null)[][]): this {
    return this.writeFormat('note', notes);
  }

  setNote(note: string | null): this {
    return this.writeFormat('note', this.filled(note));
  }

  getBackgrounds(): string[][] {
    return this.readFormat('background', '#ffffff');
  }

  getBackground(): string {
    return this.topLeft().getBackgrounds()[0][0];
  }

  setBackgrounds(colors: (string | null)[][]): this {
    return this.writeFormat('background', colors, normaliseColor);
  }

  setBackground(color: string | null): this {
    return this.writeFormat('background', this.filled(normaliseColor(color)));
  }

  getFontColors(): string[][] {
    return this.readFormat('fontColor', '#000000');
  }

  getFontColor(): string {
    return this.topLeft().getFontColors()[0][0];
  }

  setFontColors(colors: (string | null)[][]): this {
    return this.writeFormat('fontColor', colors, normaliseColor);
  }

  setFontColor(color: string | null): this {
    return this.writeFormat('fontColor', this.filled(normaliseColor(color)));
  }

  getFontWeights(): string[][] {
    return this.readFormat('fontWeight', 'normal');
  }

  getFontWeight(): 'bold' | 'normal' {
    return this.topLeft().getFontWeights()[0][0] === 'bold' ? 'bold' : 'normal';
  }

  setFontWeights(weights: (string | null)[][]): this {
    return this.writeFormat('fontWeight', weights);
  }

  setFontWeight(weight: string | null): this {
    return this.writeFormat('fontWeight', this.filled(weight));
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this.writeFormat('horizontalAlignment', this.filled(alignment));
  }

  setHorizontalAlignments(alignments: (string | null)[][]): this {
    return this.writeFormat('horizontalAlignment', alignments);
  }

  setVerticalAlignment(alignment: string | null): this {
    return this.writeFormat('verticalAlignment', this.filled(alignment));
  }

  setWrap(isWrapEnabled: boolean): this {
    return this.writeFormat('wrap', this.filled(isWrapEnabled));
  }

  setFontSize(size: number): this {
    return this.writeFormat('fontSize', this.filled(size));
  }

  setFontStyle(fontStyle: string | null): this {
    return this.writeFormat('fontStyle', this.filled(fontStyle));
  }

  /** Merges are recorded (and exported) only; values are not moved. */
  merge(): this {
    this.sheet.merges = this.sheet.merges.filter((m) => a1Of(m) !== a1Of(this.rect));
    this.sheet.merges.push({ ...this.rect });
    return this;
  }

  breakApart(): this {
    const { row, column, numRows, numColumns } = this.rect;
    this.sheet.merges = this.sheet.merges.filter(
      (m) => !(m.row >= row && m.column >= column && m.row + m.numRows <= row + numRows && m.column + m.numColumns <= column + numColumns),
    );
    return this;
  }

  // ---- validation (AS14) ----

  setDataValidation(rule: EmuDataValidation | null): this {
    this.sheet.validations.set(this.rect, rule);
    return this;
  }

  setDataValidations(rules: (EmuDataValidation | null)[][]): this {
    this.checkShape(rules);
    this.sheet.validations.setGrid(this.rect, rules, (a, b) => a.sameAs(b));
    return this;
  }

  getDataValidations(): (EmuDataValidation | null)[][] {
    return this.sheet.validations.grid(this.rect);
  }

  getDataValidation(): EmuDataValidation | null {
    return this.topLeft().getDataValidations()[0][0];
  }

  clearDataValidations(): this {
    this.sheet.validations.set(this.rect, null);
    return this;
  }

  // ---- protection (AS15) ----

  protect(): EmuProtection {
    const p = new EmuProtection(this.sheet, { ...this.rect }, this.sheet.book.owners());
    this.sheet.protections.push(p);
    return p;
  }

  // ---- clearing ----

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean }): this {
    if (options?.validationsOnly) return this.clearDataValidations();
    if (options?.commentsOnly) return this.clearNote();
    if (!options?.formatOnly) this.clearContent();
    if (!options?.contentsOnly) this.clearFormat();
    return this;
  }

  clearContent(): this {
    const { row, column, numRows, numColumns } = this.rect;
    for (const layer of [this.sheet.values, this.sheet.formulas, this.sheet.fmt.link] as Layer<unknown>[]) layer.clearRect(row - 1, column - 1, numRows, numColumns);
    return this;
  }

  clearFormat(): this {
    const { row, column, numRows, numColumns } = this.rect;
    for (const [name, layer] of Object.entries(this.sheet.fmt)) {
      if (name !== 'note' && name !== 'link') layer.clearRect(row - 1, column - 1, numRows, numColumns);
    }
    return this;
  }

  clearNote(): this {
    const { row, column, numRows, numColumns } = this.rect;
    this.sheet.fmt.note.clearRect(row - 1, column - 1, numRows, numColumns);
    return this;
  }

  activate(): this {
    this.sheet.book.setActiveSheet(this.sheet);
    this.sheet.activeRange = this;
    return this;
  }

  // ---- internals ----

  /** A cell's value for display (sheet coordinates, 0-based); an uncomputed formula throws (AS41). */
  private computed(r: number, c: number): Cell | undefined {
    const v = this.sheet.values.get(r, c);
    return v instanceof UncomputedFormula ? this.unreadable(v, r, c) : v;
  }

  /** A read met an uncomputed formula at sheet row r, column c (0-based). */
  private unreadable(v: UncomputedFormula, r: number, c: number): never {
    throw uncomputedError(v, `'${this.sheet.name}'!${a1Of({ row: r + 1, column: c + 1, numRows: 1, numColumns: 1 })}`);
  }

  private topLeft(): EmuRange {
    return this.rect.numRows === 1 && this.rect.numColumns === 1 ? this : this.sheet.rangeOf({ row: this.rect.row, column: this.rect.column, numRows: 1, numColumns: 1 });
  }

  private filled<T>(v: T): T[][] {
    const out: T[][] = new Array(this.rect.numRows);
    for (let r = 0; r < this.rect.numRows; r++) out[r] = new Array<T>(this.rect.numColumns).fill(v);
    return out;
  }

  /** AS11: the data must have the range's shape; the same texts serve every 2-D setter (AS13). */
  private checkShape(data: unknown[][]): void {
    if (!Array.isArray(data) || data.length !== this.rect.numRows) {
      const n = Array.isArray(data) ? data.length : 0;
      throw gasError(`The number of rows in the data does not match the number of rows in the range. The data has ${n} but the range has ${this.rect.numRows}.`);
    }
    for (const line of data) {
      const n = Array.isArray(line) ? line.length : 0;
      if (n !== this.rect.numColumns) {
        throw gasError(`The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${this.rect.numColumns}.`);
      }
    }
  }

  private forCells(fn: (r: number, c: number, i: number, j: number) => void): void {
    const { row, column, numRows, numColumns } = this.rect;
    for (let i = 0; i < numRows; i++) for (let j = 0; j < numColumns; j++) fn(row - 1 + i, column - 1 + j, i, j);
  }

  private mapCells<T>(fn: (r: number, c: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.rect;
    const out: T[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const line: T[] = new Array(numColumns);
      for (let j = 0; j < numColumns; j++) line[j] = fn(row - 1 + i, column - 1 + j);
      out[i] = line;
    }
    return out;
  }

  /**
   * Writes a grid of the range's shape: strings parsed as typed (AS12) unless the cell is `@`;
   * FormulaInput items become formulas. Checks every string's length first so a failed write
   * changes nothing (AS17).
   */
  private writeGrid(values: unknown[][]): void {
    for (const line of values) {
      for (const v of line) {
        if (typeof v === 'string' && v.length > MAX_CELL_CHARS) throw tooLong();
        if (v instanceof FormulaInput && v.text.length > MAX_CELL_CHARS) throw tooLong();
      }
    }
    this.sheet.book.writes.commit(() => this.applyGrid(values));
  }

  /**
   * AS39: a write the buffer defers keeps the bundle's rows as they were at the call (the
   * bundle may reuse its arrays); a row copy is a memcpy, and only deferred writes pay it.
   */
  private keep<T>(values: T[][]): T[][] {
    return this.sheet.book.writes.deferring ? values.map((line) => line.slice()) : values;
  }

  private applyGrid(values: unknown[][]): void {
    const { row, column, numRows, numColumns } = this.rect;
    const s = this.sheet;
    const ctx = s.book.parseContext();
    const vrows = s.values.rows;
    const frows = s.formulas.rows;
    const nrows = s.fmt.numberFormat.rows;
    const lrows = s.fmt.link.rows;
    for (let i = 0; i < numRows; i++) {
      const r = row - 1 + i;
      const line = values[i];
      let vrow = vrows[r];
      if (vrow === undefined) vrows[r] = vrow = [];
      const frow = frows[r];
      const nrow = nrows[r];
      const lrow = lrows[r];
      for (let j = 0; j < numColumns; j++) {
        const c = column - 1 + j;
        const raw = line[j];
        const stored = raw instanceof FormulaInput ? raw : toStored(raw, nrow !== undefined && nrow[c] === '@', ctx);
        if (stored instanceof FormulaInput) {
          vrow[c] = formulaValue(stored.text) as never;
          s.formulas.set(r, c, stored.text);
        } else {
          vrow[c] = stored as never;
          if (frow !== undefined && frow[c] !== undefined) frow[c] = undefined as never;
        }
        if (lrow !== undefined && lrow[c] !== undefined) lrow[c] = undefined as never;
      }
    }
  }

  private readFormat(name: FormatName, fallback: string): string[][] {
    const layer = this.sheet.fmt[name];
    return this.mapCells((r, c) => {
      const v = layer.get(r, c);
      return v === undefined ? fallback : String(v);
    });
  }

  /** `normalise` maps each given value to what Sheets stores (colours AS45, 'general' AS50). */
  private writeFormat<T extends string | number | boolean | null | undefined>(name: FormatName, grid: T[][], normalise?: (v: T) => T): this {
    this.checkShape(grid);
    const layer = this.sheet.fmt[name] as Layer<string | number | boolean>;
    this.forCells((r, c, i, j) => {
      const v = normalise ? normalise(grid[i][j]) : grid[i][j];
      layer.set(r, c, v === null || v === undefined || v === '' ? undefined : v);
    });
    return this;
  }
}

