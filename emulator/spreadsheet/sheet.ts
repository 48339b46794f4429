/** The emulated Sheet: size, layers of cell properties, validations, protections, rules, charts. */
import { gasError } from '../runtime/errors';
import { parseA1, type Rect, type Whole, wholeOf } from './a1';
import type { Cell } from './cells';
import type { UncomputedFormula } from './formula-value';
import { EmuEmbeddedChart, EmuEmbeddedChartBuilder } from './chart';
import type { EmuConditionalFormatRule } from './conditional';
import type { ProtectionTypeName } from './enums';
import { Layer } from './layer';
import { EmuProtection } from './protection';
import { EmuRange } from './range';
import { RectStore, shiftRect } from './rects';
import type { EmuSpreadsheet } from './spreadsheet';
import { EmuRangeList } from './range-list';
import type { Surface } from './surface';
import type { EmuDataValidation } from './validation';

type S = GoogleAppsScript.Spreadsheet.Sheet;

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

/** Per-cell properties besides value and formula. `note` and `link` are not formats for clearFormat. */
export interface FormatLayers {
  numberFormat: Layer<string>;
  note: Layer<string>;
  background: Layer<string>;
  fontColor: Layer<string>;
  fontWeight: Layer<string>;
  fontStyle: Layer<string>;
  fontSize: Layer<number>;
  horizontalAlignment: Layer<string>;
  verticalAlignment: Layer<string>;
  wrap: Layer<boolean>;
  link: Layer<string>;
}
export type FormatName = keyof FormatLayers;

function newFormatLayers(): FormatLayers {
  return {
    numberFormat: new Layer(), note: new Layer(), background: new Layer(), fontColor: new Layer(), fontWeight: new Layer(),
    fontStyle: new Layer(), fontSize: new Layer(), horizontalAlignment: new Layer(), verticalAlignment: new Layer(),
    wrap: new Layer(), link: new Layer(),
  };
}

export type SheetMethods =
  | 'getName' | 'setName' | 'getSheetId' | 'getIndex' | 'getParent' | 'getRange' | 'getRangeList' | 'getDataRange' | 'getLastRow'
  | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'insertRowsAfter' | 'insertRowAfter' | 'insertColumnsAfter'
  | 'insertColumnAfter' | 'deleteColumn' | 'deleteColumns' | 'deleteRow' | 'deleteRows' | 'appendRow' | 'clear'
  | 'clearContents' | 'clearFormats' | 'clearNotes' | 'setFrozenRows' | 'getFrozenRows' | 'setFrozenColumns'
  | 'getFrozenColumns' | 'setColumnWidth' | 'setColumnWidths' | 'getColumnWidth' | 'setTabColor' | 'getTabColor'
  | 'hideSheet' | 'showSheet' | 'isSheetHidden' | 'activate' | 'protect' | 'getProtections'
  | 'setConditionalFormatRules' | 'getConditionalFormatRules' | 'newChart' | 'insertChart' | 'getCharts'
  | 'removeChart' | 'updateChart' | 'getActiveRange';

export class EmuSheet implements Surface<S, SheetMethods> {
  static readonly serviceName = 'Sheet';

  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  /** Cell values; a formula cell holds its computed value (AS41). */
  values = new Layer<Cell | UncomputedFormula>();
  formulas = new Layer<string>();
  fmt: FormatLayers = newFormatLayers();
  validations = new RectStore<EmuDataValidation>();
  protections: EmuProtection[] = [];
  conditionalRules: EmuConditionalFormatRule[] = [];
  charts: EmuEmbeddedChart[] = [];
  merges: Rect[] = [];
  columnWidths: (number | undefined)[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  activeRange: EmuRange | null = null;
  /** Carried through from loaded data for export (pictures of charts). */
  images: unknown[] = [];

  constructor(
    readonly book: EmuSpreadsheet,
    public name: string,
    readonly sheetId: number,
  ) {}

  rangeOf(rect: Rect, whole?: Whole): EmuRange {
    return new EmuRange(this, rect, whole);
  }

  getName(): string {
    return this.name;
  }

  setName(name: string): this {
    this.book.checkNewSheetName(name, this);
    this.name = name;
    return this;
  }

  getSheetId(): number {
    return this.sheetId;
  }

  getIndex(): number {
    return this.book.sheets.indexOf(this) + 1;
  }

  getParent(): EmuSpreadsheet {
    return this.book;
  }

  /** `getRange(row, column, numRows?, numColumns?)` or `getRange('A1:B2')` (AS08). */
  getRange(a: number | string, column?: number, numRows = 1, numColumns = 1): EmuRange {
    if (typeof a === 'string') {
      const rect = parseA1(a, this.maxRows, this.maxColumns);
      return this.rangeOf(this.checkRect(rect), wholeOf(a));
    }
    if (column === undefined) throw gasError('Range not found');
    return this.rangeOf(this.checkRect({ row: a, column, numRows, numColumns }));
  }

  /** Several A1 ranges of this sheet, formatted together in one call. */
  getRangeList(a1Notations: string[]): EmuRangeList {
    return new EmuRangeList(a1Notations.map((a1) => this.getRange(a1)));
  }

  private checkRect(rect: Rect): Rect {
    if (rect.numRows < 1) throw gasError('The number of rows in the range must be at least 1.');
    if (rect.numColumns < 1) throw gasError('The number of columns in the range must be at least 1.');
    if (rect.row < 1) throw gasError('The starting row of the range is too small.');
    if (rect.column < 1) throw gasError('The starting column of the range is too small.');
    if (rect.row + rect.numRows - 1 > this.maxRows || rect.column + rect.numColumns - 1 > this.maxColumns) {
      throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return rect;
  }

  /** AS09: an empty sheet's data range is A1. */
  getDataRange(): EmuRange {
    return this.rangeOf({ row: 1, column: 1, numRows: Math.max(1, this.getLastRow()), numColumns: Math.max(1, this.getLastColumn()) });
  }

  /** Last row with a value or formula; 0 on an empty sheet (AS09). */
  getLastRow(): number {
    return Math.max(this.values.lastRow(), this.formulas.lastRow());
  }

  getLastColumn(): number {
    return Math.max(this.values.lastColumn(), this.formulas.lastColumn());
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxColumns;
  }

  private allLayers(): Layer<unknown>[] {
    return [this.values, this.formulas, ...Object.values(this.fmt)] as Layer<unknown>[];
  }

  /** Moves rectangles kept outside the layers when rows/columns come or go. */
  private shiftRegions(axis: 'row' | 'column', at: number, n: number): void {
    this.validations.shift(axis, at, n);
    const kept: EmuProtection[] = [];
    for (const p of this.protections) {
      if (!p.rect) kept.push(p);
      else {
        const rect = shiftRect(p.rect, axis, at, n);
        if (rect) {
          p.rect = rect;
          kept.push(p);
        }
      }
    }
    this.protections = kept;
    this.merges = this.merges.map((m) => shiftRect(m, axis, at, n)).filter((m): m is Rect => m !== undefined);
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 0 || afterPosition > this.maxRows) throw gasError('Those rows are out of bounds.');
    this.book.checkCellBudget(howMany * this.maxColumns);
    for (const l of this.allLayers()) l.insertRows(afterPosition, howMany);
    this.shiftRegions('row', afterPosition + 1, howMany);
    this.maxRows += howMany;
    return this;
  }

  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 0 || afterPosition > this.maxColumns) throw gasError('Those columns are out of bounds.');
    this.book.checkCellBudget(howMany * this.maxRows);
    for (const l of this.allLayers()) l.insertColumns(afterPosition, howMany);
    this.columnWidths.splice(afterPosition, 0, ...new Array<undefined>(howMany).fill(undefined));
    this.shiftRegions('column', afterPosition + 1, howMany);
    this.maxColumns += howMany;
    return this;
  }

  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.maxRows) throw gasError('Those rows are out of bounds.');
    if (this.maxRows - howMany <= this.frozenRows) throw gasError('Sorry, it is not possible to delete all non-frozen rows.');
    for (const l of this.allLayers()) l.deleteRows(rowPosition - 1, howMany);
    this.shiftRegions('row', rowPosition, -howMany);
    this.maxRows -= howMany;
  }

  deleteRow(rowPosition: number): void {
    this.deleteRows(rowPosition, 1);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.maxColumns) throw gasError('Those columns are out of bounds.');
    if (this.maxColumns - howMany <= this.frozenColumns) throw gasError('Sorry, it is not possible to delete all non-frozen columns.');
    for (const l of this.allLayers()) l.deleteColumns(columnPosition - 1, howMany);
    this.columnWidths.splice(columnPosition - 1, howMany);
    this.shiftRegions('column', columnPosition, -howMany);
    this.maxColumns -= howMany;
  }

  deleteColumn(columnPosition: number): void {
    this.deleteColumns(columnPosition, 1);
  }

  /** Writes after the last row, growing the sheet when needed (as Sheets does). */
  appendRow(rowContents: unknown[]): this {
    const row = this.getLastRow() + 1;
    const width = Math.max(1, rowContents.length);
    this.grow(row, width);
    this.rangeOf({ row, column: 1, numRows: 1, numColumns: width }).setValues([rowContents.length ? rowContents : ['']]);
    return this;
  }

  /** Grows the sheet to hold at least `rows` × `columns` (loading data, appendRow). */
  grow(rows: number, columns: number): void {
    const newRows = Math.max(this.maxRows, rows);
    const newCols = Math.max(this.maxColumns, columns);
    if (newRows === this.maxRows && newCols === this.maxColumns) return;
    this.book.checkCellBudget(newRows * newCols - this.maxRows * this.maxColumns);
    this.maxRows = newRows;
    this.maxColumns = newCols;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    if (!options?.formatOnly) this.clearContents();
    if (!options?.contentsOnly) this.clearFormats();
    return this;
  }

  clearContents(): this {
    this.values.clearAll();
    this.formulas.clearAll();
    this.fmt.link.clearAll();
    return this;
  }

  clearFormats(): this {
    for (const [name, layer] of Object.entries(this.fmt)) if (name !== 'note' && name !== 'link') layer.clearAll();
    return this;
  }

  clearNotes(): this {
    this.fmt.note.clearAll();
    return this;
  }

  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.columnWidths[columnPosition - 1] = width;
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = 0; c < numColumns; c++) this.columnWidths[startColumn - 1 + c] = width;
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this.columnWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }

  setTabColor(color: string | null): this {
    this.tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    return this.tabColor;
  }

  hideSheet(): this {
    if (!this.hidden && this.book.sheets.filter((s) => !s.hidden).length <= 1) {
      throw gasError('Sorry, it is not possible to hide all sheets in a document.');
    }
    this.hidden = true;
    return this;
  }

  showSheet(): this {
    this.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.hidden;
  }

  activate(): this {
    this.book.setActiveSheet(this);
    return this;
  }

  getActiveRange(): EmuRange {
    return this.activeRange ?? this.rangeOf({ row: 1, column: 1, numRows: 1, numColumns: 1 });
  }

  /**
   * A sheet has at most one whole-sheet protection: protecting again returns it, so set-up can
   * run twice without piling up protections.
   */
  protect(): EmuProtection {
    const existing = this.protections.find((p) => p.rect === null);
    if (existing) return existing;
    const p = new EmuProtection(this, null, this.book.owners());
    this.protections.push(p);
    return p;
  }

  getProtections(type: ProtectionTypeName): EmuProtection[] {
    return this.protections.filter((p) => p.getProtectionType() === String(type));
  }

  removeProtection(p: EmuProtection): void {
    this.protections = this.protections.filter((x) => x !== p);
  }

  setConditionalFormatRules(rules: EmuConditionalFormatRule[]): void {
    this.conditionalRules = [...rules];
  }

  getConditionalFormatRules(): EmuConditionalFormatRule[] {
    return [...this.conditionalRules];
  }

  newChart(): EmuEmbeddedChartBuilder {
    return new EmuEmbeddedChartBuilder();
  }

  insertChart(chart: EmuEmbeddedChart): void {
    const placed = new EmuEmbeddedChart(chart.spec, this.book.nextChartId());
    chart.chartId = placed.chartId;
    this.charts.push(placed);
  }

  getCharts(): EmuEmbeddedChart[] {
    return [...this.charts];
  }

  removeChart(chart: EmuEmbeddedChart): void {
    this.charts = this.charts.filter((c) => c.chartId !== chart.chartId);
  }

  updateChart(chart: EmuEmbeddedChart): void {
    const i = this.charts.findIndex((c) => c.chartId !== null && c.chartId === chart.chartId);
    if (i < 0) throw gasError('The chart does not exist on this sheet.');
    this.charts[i] = new EmuEmbeddedChart(chart.spec, chart.chartId);
  }
}
