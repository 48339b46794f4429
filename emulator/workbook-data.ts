/**
 * A spreadsheet as plain data: what `.xlsx` import produces, what the sample builder makes,
 * what the emulated SpreadsheetApp loads from and exports to (for `.xlsx` export).
 * Rows and columns are 1-based in ranges, as in Apps Script.
 */

export type DataCell = string | number | boolean | Date;

export interface RangeRef {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ValidationData extends RangeRef {
  /** requireValueInList values, or the A1 range of requireValueInRange as `=Sheet!A2:A`. */
  list?: string[];
  rangeA1?: string;
  showDropdown: boolean;
  allowInvalid: boolean;
  helpText?: string;
}

export interface ConditionalRuleData {
  ranges: RangeRef[];
  /** Custom formula of whenFormulaSatisfied, e.g. `=LEFT($U2;1)="✗"`. */
  formula: string;
  background?: string;
  fontColor?: string;
  /** Set for whenTextStartsWith rules; `formula` then holds an equivalent LEFT(...) formula. */
  textStartsWith?: string;
}

export interface ProtectionData {
  /** A protected range, or the whole sheet when absent. */
  range?: RangeRef;
  description: string;
  warningOnly: boolean;
  editors: string[];
}

export interface ImageData {
  /** Anchor cell. */
  row: number;
  column: number;
  png: Uint8Array;
  width: number;
  height: number;
}

/** An embedded chart (EmbeddedChartBuilder spec). */
export interface ChartData {
  /** `BAR`, `COLUMN`, ... (the name of the Charts.ChartType). */
  type: string;
  /** The `title` option, when set. */
  title?: string;
  /** Data ranges in A1 with the sheet name, e.g. `'Tổng hợp'!A1:B14`. */
  ranges: string[];
  anchorRow: number;
  anchorColumn: number;
  offsetX?: number;
  offsetY?: number;
  /** All options set with setOption (title included). */
  options: Record<string, unknown>;
}

export interface SheetData {
  name: string;
  /** Values as getValues() would return them; Dates are instants. Ragged rows allowed. */
  values: DataCell[][];
  /** Formulas as typed (`=SUM(A1:A3)`), '' where none; same shape as values when present. */
  formulas?: string[][];
  /** Number formats (`@`, `dd/mm/yyyy`, `0`), '' for the default. */
  numberFormats?: string[][];
  notes?: string[][];
  backgrounds?: (string | null)[][];
  fontWeights?: (string | null)[][];
  frozenRows?: number;
  frozenColumns?: number;
  columnWidths?: (number | undefined)[];
  validations?: ValidationData[];
  conditionalRules?: ConditionalRuleData[];
  protections?: ProtectionData[];
  /** Charts rendered as pictures (exceljs cannot write native charts). */
  images?: ImageData[];
  hidden?: boolean;
  fontColors?: (string | null)[][];
  /** Wrapped cells (setWrap), null where not set. */
  wraps?: (boolean | null)[][];
  /** Horizontal alignments (`left`, `center`, `right`), null where not set. */
  horizontalAlignments?: (string | null)[][];
  /** Apps Script's sheet id (getSheetId): what `#gid=` links point to. */
  sheetId?: number;
  /** Cell links of rich text values (one URL per cell), null where none. */
  links?: (string | null)[][];
  /** Native charts (see `images` for pictures of them). */
  charts?: ChartData[];
  /** Merged ranges. */
  merges?: RangeRef[];
  tabColor?: string;
  /** Sheet size; loading grows it to fit the data. Defaults 1000 × 26. */
  rowCount?: number;
  columnCount?: number;
}

export interface WorkbookData {
  name?: string;
  timeZone?: string;
  locale?: string;
  sheets: SheetData[];
}
