/**
 * Odd workbooks as WorkbookData (what a user's Google Sheet would hold before the add-on ran),
 * and a cell-by-cell snapshot of the user's cells, for the "a user's value never changes"
 * flow corpus. Rows are built with the core corpus's `validRow`/`rowFor`; number formats are
 * those a user's sheet would have: `@` on the text columns people format as plain text
 * (Mã mô hình, Số quyết định, Điện thoại, as the sample), dd/mm/yyyy on date columns.
 */
import { buildSampleWorkbook } from '../../emulator/sample';
import type { Emulator } from '../../emulator/emulator';
import type { DataCell, SheetData, WorkbookData } from '../../emulator/workbook-data';
import type { CellValue } from '../../src/core/raw';
import { MODEL_COLUMNS, OWNED_SHEETS, SHEETS } from '../../src/core/schema';
import { normKey } from '../../src/core/normalise';
import { DEFAULT_TYPES, DEFAULT_UNITS, rowFor, TYPES_HEADER, UNITS_HEADER, validRow, type RowSpec } from '../core/corpus/fixtures';
import { book, CHECK } from './harness';

/** A unit tab's header as a user has it before set-up: every column but `Kiểm tra`. */
export const USER_HEADER: string[] = MODEL_COLUMNS.filter((c) => c.key !== 'check').map((c) => c.header);

const PLAIN_TEXT = new Set(['Mã mô hình', 'Số quyết định', 'Điện thoại']);
const ALL_TEXT = new Set(MODEL_COLUMNS.filter((c) => c.kind === 'text').map((c) => c.header));
const DATES = new Set(MODEL_COLUMNS.filter((c) => c.kind === 'date').map((c) => c.header));

export interface TabOptions {
  header?: readonly DataCell[];
  /** `@` on every text column (a user who formatted the whole table as plain text). */
  allText?: boolean;
  /** Extra `@` columns, by header. */
  textColumns?: readonly string[];
  /** Raw rows (already laid out) instead of specs. */
  rawRows?: DataCell[][];
  /** Formulas by [row index in the sheet (header = 0), column header]. */
  formulas?: readonly [number, string, string][];
}

function cell(v: CellValue | null | undefined): DataCell {
  return v === null || v === undefined ? '' : v;
}

/** A unit tab as the user left it: values, the usual number formats, optional formulas. */
export function unitTab(name: string, rows: RowSpec[], opts: TabOptions = {}): SheetData {
  const header = opts.header ?? USER_HEADER;
  const body = opts.rawRows ?? rows.map((r) => rowFor(r, header.map(String)).map(cell));
  const values: DataCell[][] = [header.map((h) => h), ...body];
  const text = new Set([...(opts.allText ? ALL_TEXT : PLAIN_TEXT), ...(opts.textColumns ?? [])]);
  const width = Math.max(...values.map((r) => r.length));
  const formatOf = (h: unknown) => (typeof h !== 'string' ? '' : text.has(h) ? '@' : DATES.has(h) ? 'dd/mm/yyyy' : '');
  const numberFormats = values.map((_, i) => Array.from({ length: width }, (__, j) => (i === 0 ? '' : formatOf(header[j]))));
  const sheet: SheetData = { name, values, numberFormats, frozenRows: 1 };
  if (opts.formulas && opts.formulas.length > 0) {
    const formulas = values.map(() => Array.from({ length: width }, () => ''));
    for (const [row, h, f] of opts.formulas) {
      const col = header.map(String).indexOf(h);
      if (col < 0) throw new Error(`unitTab ${name}: no column ${h}`);
      formulas[row][col] = f;
    }
    sheet.formulas = formulas;
  }
  return sheet;
}

export function plainSheet(name: string, values: CellValue[][]): SheetData {
  return { name, values: values.map((r) => r.map(cell)) };
}

/** The sample's `Cấu hình` (a realistic settings sheet), optionally with rows changed. */
export function settingsSheet(change: (rows: DataCell[][]) => DataCell[][] = (r) => r): SheetData {
  const sample = buildSampleWorkbook().sheets.find((s) => s.name === SHEETS.settings);
  if (!sample) throw new Error('the sample has no settings sheet');
  return { name: SHEETS.settings, values: change(sample.values.map((r) => r.slice())) };
}

export interface WorkbookOptions {
  hamMy?: RowSpec[] | SheetData;
  hamCan?: RowSpec[] | SheetData;
  units?: CellValue[][];
  types?: CellValue[][];
  settings?: SheetData | null;
  extra?: SheetData[];
}

/** Settings, two units (Hàm Mỹ, Hàm Cần), four types, one valid row in Hàm Mỹ by default. */
export function workbookData(opts: WorkbookOptions = {}): WorkbookData {
  const tabOf = (name: string, v: RowSpec[] | SheetData | undefined, fallback: RowSpec[]) =>
    v && !Array.isArray(v) ? v : unitTab(name, v ?? fallback);
  const sheets: SheetData[] = [
    ...(opts.settings === null ? [] : [opts.settings ?? settingsSheet()]),
    plainSheet(SHEETS.units, [UNITS_HEADER, ...(opts.units ?? DEFAULT_UNITS)]),
    plainSheet(SHEETS.types, [TYPES_HEADER, ...(opts.types ?? DEFAULT_TYPES)]),
    tabOf('Hàm Mỹ', opts.hamMy, [validRow()]),
    tabOf('Hàm Cần', opts.hamCan, []),
    ...(opts.extra ?? []),
  ];
  return { name: 'Bảng tính của huyện', timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN', sheets };
}

// ---- snapshots of the user's cells ------------------------------------------------------------

export interface SheetSnapshot {
  name: string;
  values: unknown[][];
  formulas: string[][];
}

/** Dates as epoch ms (compared by instant); everything else as is. */
function plain(v: unknown): unknown {
  return v instanceof Date ? { date: v.getTime() } : v;
}

const OWNED = new Set<string>(OWNED_SHEETS.map(normKey));

/** Every cell of every sheet but the add-on's own (Tổng hợp, Lỗi dữ liệu, Nhật ký). */
export function snapshotUserCells(emu: Emulator): SheetSnapshot[] {
  return book(emu).getSheets().filter((s) => !OWNED.has(normKey(s.getName()))).map((s) => {
    const rows = s.getLastRow();
    const cols = s.getLastColumn();
    if (rows === 0 || cols === 0) return { name: s.getName(), values: [], formulas: [] };
    const range = s.getRange(1, 1, rows, cols);
    return { name: s.getName(), values: range.getValues().map((r) => r.map(plain)), formulas: range.getFormulas() };
  });
}

function isBlank(v: unknown, f: string): boolean {
  return v === '' && f === '';
}

/**
 * The user cells that differ between `before` and now. Allowed: a blank cell of the header row
 * being filled (set-up appends missing headers), and the add-on's `Kiểm tra` column of the
 * tabs in `checkedTabs`: wholly when it was already there, only its blank cells when set-up
 * added it (a value a user had typed there must survive).
 */
export function changedUserCells(emu: Emulator, before: readonly SheetSnapshot[], checkedTabs: readonly string[]): string[] {
  const out: string[] = [];
  const checked = new Set(checkedTabs.map(normKey));
  const names = book(emu).getSheets().map((s) => s.getName());
  for (const snap of before) {
    const sheet = book(emu).getSheetByName(snap.name);
    if (!sheet) {
      out.push(`${snap.name}: sheet gone (sheets now: ${names.join(', ')})`);
      continue;
    }
    const rows = snap.values.length;
    if (rows === 0) continue;
    const cols = Math.max(...snap.values.map((r) => r.length));
    const range = sheet.getRange(1, 1, rows, cols);
    const values = range.getValues().map((r) => r.map(plain));
    const formulas = range.getFormulas();
    const headerNow = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0].map((h) => normKey(String(h)));
    const checkCol = checked.has(normKey(snap.name)) ? headerNow.indexOf(normKey(CHECK)) : -1;
    const checkWasThere = checkCol >= 0 && normKey(String(snap.values[0][checkCol] ?? '')) === normKey(CHECK);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const v0 = snap.values[r][c] ?? '';
        const f0 = snap.formulas[r]?.[c] ?? '';
        const v1 = values[r][c];
        const f1 = formulas[r][c];
        if (c === checkCol && (checkWasThere || isBlank(v0, f0))) continue;
        if (r === 0 && isBlank(v0, f0)) continue;
        if (f0 !== f1 || !sameValue(v0, v1)) {
          out.push(`${snap.name}!R${r + 1}C${c + 1}: ${show(v0, f0)} → ${show(v1, f1)}`);
        }
      }
    }
  }
  return out;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const x = (a as { date: number }).date;
    const y = (b as { date: number }).date;
    return x === y || (Number.isNaN(x) && Number.isNaN(y));
  }
  return a === b;
}

function show(v: unknown, f: string): string {
  const s = typeof v === 'object' && v !== null ? `Date(${(v as { date: number }).date})` : JSON.stringify(v);
  const short = s.length > 60 ? `${s.slice(0, 57)}…(${s.length})` : s;
  return f ? `${short} [${f}]` : short;
}
