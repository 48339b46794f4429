/**
 * `.xlsx` in and out for the offline runtime, with exceljs.
 *
 * A sheet's Date cell is an instant (what Apps Script's getValues gives); an .xlsx date is
 * a wall-clock serial with no zone. exceljs hands dates over as that wall clock read as
 * UTC, so reading subtracts the workbook zone's offset and writing adds it: 24/04/2019 stays
 * 24/04/2019 in Asia/Ho_Chi_Minh both ways.
 */
import { promises as fs } from 'fs';
import type ExcelJS from 'exceljs';
import { columnLetter } from '../src/core/a1';
import { keepLargeSerials } from './xlsx-serials';
import { openPackage, readCellsStreaming, readPackageCells } from './xlsx-stream-read';
import {
  colorOf, isDate, nfc, plainValue, richText, wallFromInstant, type CellValue,
} from './xlsx-values';
import {
  internalLink, lockHeaderRow, protectSheet, setUpPrinting, unlockDataColumns, wrappedRowHeight, type DataEntryPolicy,
} from './xlsx-sheet-setup';
import { a1Of, columnNumber } from './spreadsheet/a1';
import type {
  ConditionalRuleData, DataCell, ImageData, RangeRef, SheetData, ValidationData, WorkbookData,
} from './workbook-data';

/**
 * All of exceljs, loaded on first use: the commands that only read cells (validate without
 * --out, totals, report) need its streaming reader alone (xlsx-stream-read.ts), and loading
 * the rest costs about 0.1 s of each run.
 */
function excel(): typeof ExcelJS {
  return require('exceljs') as typeof ExcelJS;
}

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';
const DEFAULT_DATETIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';
/** Hidden sheet holding long or comma-containing dropdown lists (Excel's inline lists stop at 255 chars). */
export const LIST_SHEET = 'Danh sách chọn';
const MAX_INLINE_LIST = 255;

export interface ReadXlsxOptions {
  /** The workbook's zone: an .xlsx does not record one. Default Asia/Ho_Chi_Minh. */
  timeZone?: string;
  /** Name for the WorkbookData; default the file's title property or file name. */
  name?: string;
  /**
   * Only what a command that never writes the workbook back reads (see xlsx-stream-read.ts),
   * with exceljs's streaming reader: a fraction of the time and memory of a whole load.
   */
  cellsOnly?: boolean;
}

export interface WriteXlsxOptions {
  /** Overrides `data.timeZone`. */
  timeZone?: string;
  /** Which protected sheets keep their data cells editable (default: none, all read-only). */
  dataEntry?: DataEntryPolicy;
}

/** Unusable input: the message is one line, Vietnamese then English, fit for the CLI. */
export class XlsxReadError extends Error {
  constructor(vi: string, en: string, readonly cause?: unknown) {
    super(`Không đọc được tệp .xlsx: ${vi} / Cannot read .xlsx file: ${en}`);
    this.name = 'XlsxReadError';
  }
}

// ---------------------------------------------------------------------------------------
// A1 helpers

/** `B3` or `B3:D9` (absolute marks allowed) → RangeRef. */
function parseA1(a1: string): RangeRef | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) return null;
  const c1 = columnNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return {
    row: Math.min(r1, r2), column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1,
  };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Apps Script's `=Sheet!A2:A` → Excel's `'Sheet'!$A$2:$A$1048576` (Excel has no open-ended
 * rows in a validation source).
 */
function excelRangeFormula(a1: string): string {
  const text = a1.replace(/^=/, '');
  const bang = text.lastIndexOf('!');
  const sheetPart = bang >= 0 ? text.slice(0, bang) : '';
  const rangePart = bang >= 0 ? text.slice(bang + 1) : text;
  const sheet = sheetPart.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  const m = /^\$?([A-Z]+)\$?(\d*)(?::\$?([A-Z]+)\$?(\d*))?$/i.exec(rangePart);
  let range = rangePart;
  if (m) {
    const c1 = m[1].toUpperCase();
    const r1 = m[2] || '1';
    const c2 = (m[3] ?? m[1]).toUpperCase();
    const r2 = m[4] || (m[3] !== undefined || !m[2] ? '1048576' : r1);
    range = `$${c1}$${r1}:$${c2}$${r2}`;
  }
  return sheet ? `${quoteSheet(sheet)}!${range}` : range;
}

/** Sheets writes `;` between arguments in some locales; Excel's file format wants `,`. */
function excelFormulaSeparators(f: string): string {
  if (f.includes('{')) return f; // array constants use ';' as the row separator
  let out = '';
  let inString = false;
  for (const ch of f) {
    if (ch === '"') inString = !inString;
    out += !inString && ch === ';' ? ',' : ch;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Reading

function noteText(note: ExcelJS.Cell['note']): string {
  if (!note) return '';
  if (typeof note === 'string') return nfc(note);
  return nfc(richText(note.texts ?? []));
}

/** A grid filled with `fill` for the given extent, then set from sparse entries. */
function grid<T>(rows: number, cols: number, fill: T, entries: [number, number, T][]): T[][] {
  const g: T[][] = [];
  for (let r = 0; r < rows; r++) g.push(new Array<T>(cols).fill(fill));
  for (const [r, c, v] of entries) g[r][c] = v;
  return g;
}

class Extent<T> {
  rows = 0;
  cols = 0;
  entries: [number, number, T][] = [];
  add(r: number, c: number, v: T): void {
    this.entries.push([r, c, v]);
    if (r + 1 > this.rows) this.rows = r + 1;
    if (c + 1 > this.cols) this.cols = c + 1;
  }
}

interface DataValidationsLike {
  model: Record<string, ExcelJS.DataValidation | undefined>;
  add(address: string, validation: ExcelJS.DataValidation): void;
}

interface ConditionalFormattingsLike {
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
}

/** exceljs keeps one validation object per `<dataValidation>`, spread over its cells: regroup them. */
function readValidations(ws: ExcelJS.Worksheet): ValidationData[] {
  const model = (ws as unknown as { dataValidations: DataValidationsLike }).dataValidations.model;
  const groups = new Map<ExcelJS.DataValidation, RangeRef[]>();
  for (const [address, dv] of Object.entries(model)) {
    if (!dv || dv.type !== 'list') continue;
    const ref = parseA1(address);
    if (!ref) continue;
    const list = groups.get(dv) ?? [];
    list.push(ref);
    groups.set(dv, list);
  }
  const out: ValidationData[] = [];
  for (const [dv, cells] of groups) {
    const source = String(dv.formulae?.[0] ?? '');
    const base = {
      showDropdown: true,
      allowInvalid: !dv.showErrorMessage || dv.errorStyle === 'warning' || dv.errorStyle === 'information',
      ...(dv.prompt ? { helpText: nfc(dv.prompt) } : {}),
    };
    const kind: Pick<ValidationData, 'list' | 'rangeA1'> = source.startsWith('"')
      ? { list: nfc(source.slice(1, -1)).split(',').map((s) => s.replace(/""/g, '"')) }
      : { rangeA1: `=${nfc(source).replace(/\$/g, '')}` };
    for (const rect of rectangles(cells)) out.push({ ...rect, ...base, ...kind });
  }
  return out.sort((a, b) => a.row - b.row || a.column - b.column);
}

/** Single cells → column runs → rectangles (adjacent equal runs merged). */
function rectangles(cells: RangeRef[]): RangeRef[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    for (let i = 0; i < c.numColumns; i++) {
      const rows = byCol.get(c.column + i) ?? [];
      for (let j = 0; j < c.numRows; j++) rows.push(c.row + j);
      byCol.set(c.column + i, rows);
    }
  }
  const runs: RangeRef[] = [];
  for (const [column, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    for (const r of rows.slice(1).concat([Number.NaN])) {
      if (r === prev + 1) { prev = r; continue; }
      if (r === prev) continue;
      runs.push({ row: start, column, numRows: prev - start + 1, numColumns: 1 });
      start = r;
      prev = r;
    }
  }
  const merged: RangeRef[] = [];
  for (const run of runs) {
    const left = merged.find((m) => m.row === run.row && m.numRows === run.numRows && m.column + m.numColumns === run.column);
    if (left) left.numColumns++;
    else merged.push({ ...run });
  }
  return merged;
}

function readConditionalRules(ws: ExcelJS.Worksheet): ConditionalRuleData[] {
  const cfs = (ws as unknown as ConditionalFormattingsLike).conditionalFormattings ?? [];
  const out: ConditionalRuleData[] = [];
  for (const cf of cfs) {
    const ranges = cf.ref.split(/\s+/).map(parseA1).filter((r): r is RangeRef => r !== null);
    for (const rule of cf.rules) {
      if (rule.type !== 'expression' || !rule.formulae?.length) continue;
      const style = rule.style ?? {};
      const fill = style.fill && style.fill.type === 'pattern' ? style.fill : undefined;
      const background = colorOf(fill?.bgColor) ?? colorOf(fill?.fgColor);
      const fontColor = colorOf(style.font?.color);
      out.push({
        ranges,
        formula: `=${nfc(String(rule.formulae[0]))}`,
        ...(background ? { background } : {}),
        ...(fontColor ? { fontColor } : {}),
      });
    }
  }
  return out;
}

function pngSize(png: Uint8Array): { width: number; height: number } {
  if (png.length < 24) return { width: 0, height: 0 };
  const dv = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: dv.getUint32(16), height: dv.getUint32(20) };
}

function readImages(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): ImageData[] {
  const out: ImageData[] = [];
  for (const img of ws.getImages()) {
    const media = wb.getImage(Number(img.imageId));
    if (!media || media.extension !== 'png' || !media.buffer) continue;
    const png = new Uint8Array(media.buffer as unknown as ArrayBuffer);
    const tl = img.range.tl;
    const ext = (img.range as unknown as { ext?: { width: number; height: number } }).ext;
    const size = ext && ext.width > 0 ? { width: Math.round(ext.width), height: Math.round(ext.height) } : pngSize(png);
    out.push({ row: Math.floor(tl.nativeRow ?? tl.row) + 1, column: Math.floor(tl.nativeCol ?? tl.col) + 1, png, ...size });
  }
  return out;
}

function readSheet(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, timeZone: string): SheetData {
  const values = new Extent<DataCell>();
  const formulas = new Extent<string>();
  const formats = new Extent<string>();
  const notes = new Extent<string>();
  const backgrounds = new Extent<string | null>();
  const weights = new Extent<string | null>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      const v = plainValue(cell.value, timeZone);
      if (v !== '') values.add(r, c, v);
      if (cell.type === excel().ValueType.Formula) {
        const f = cell.formula;
        if (f) {
          formulas.add(r, c, `=${nfc(f)}`);
          if (v === '') values.add(r, c, ''); // a formula without a cached result still belongs to the data range
        }
      }
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') formats.add(r, c, fmt);
      const note = noteText(cell.note);
      if (note) notes.add(r, c, note);
      const fill = cell.fill;
      if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
        const color = colorOf(fill.fgColor);
        if (color) backgrounds.add(r, c, color);
      }
      if (cell.font?.bold) weights.add(r, c, 'bold');
    });
  });
  const sheet: SheetData = {
    name: nfc(ws.name),
    values: grid<DataCell>(values.rows, values.cols, '', values.entries),
  };
  if (formulas.entries.length) sheet.formulas = grid(values.rows, values.cols, '', formulas.entries);
  if (formats.entries.length) sheet.numberFormats = grid(formats.rows, formats.cols, '', formats.entries);
  if (notes.entries.length) sheet.notes = grid(notes.rows, notes.cols, '', notes.entries);
  if (backgrounds.entries.length) sheet.backgrounds = grid<string | null>(backgrounds.rows, backgrounds.cols, null, backgrounds.entries);
  if (weights.entries.length) sheet.fontWeights = grid<string | null>(weights.rows, weights.cols, null, weights.entries);
  return withSheetSetup(sheet, wb, ws, ws.columnCount);
}

/**
 * What a sheet holds besides its cells — frozen panes, widths of the first `columns`
 * columns, validations, conditional formats, protection, pictures, visibility — added to
 * `sheet`.
 */
function withSheetSetup(sheet: SheetData, wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, columns: number): SheetData {
  const view = ws.views?.[0];
  if (view && view.state === 'frozen') {
    if (view.ySplit) sheet.frozenRows = view.ySplit;
    if (view.xSplit) sheet.frozenColumns = view.xSplit;
  }
  const widths: (number | undefined)[] = [];
  for (let c = 1; c <= columns; c++) {
    const w = ws.getColumn(c).width;
    widths.push(w === undefined ? undefined : Math.round(w * 7 + 5));
  }
  if (widths.some((w) => w !== undefined)) sheet.columnWidths = widths;
  const validations = readValidations(ws);
  if (validations.length) sheet.validations = validations;
  const rules = readConditionalRules(ws);
  if (rules.length) sheet.conditionalRules = rules;
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  if (protection?.sheet) {
    sheet.protections = [{ description: '', warningOnly: false, editors: [] }];
  }
  const images = readImages(wb, ws);
  if (images.length) sheet.images = images;
  if (ws.state === 'hidden' || ws.state === 'veryHidden') sheet.hidden = true;
  return sheet;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

function toBuffer(input: Uint8Array | ArrayBuffer): Buffer {
  return Buffer.isBuffer(input) ? input : Buffer.from(input instanceof ArrayBuffer ? new Uint8Array(input) : input);
}

/**
 * Everything a workbook written back needs. The cells come from the streaming reader and the
 * rest from exceljs's whole reader told to skip the cells (`ignoreNodes: ['sheetData']`),
 * which spares building an object per cell — most of a whole read's time and memory. Notes
 * are attached to cells by that reader, so a package with notes is read whole, as is one
 * without shared strings; the zip directory says which before either pass starts.
 */
async function readWhole(bytes: Buffer, timeZone: string, name: string | undefined): Promise<{ sheets: SheetData[]; title?: string }> {
  const opened = await openPackage(bytes);
  if (!opened.streams || opened.hasNotes) {
    const wb = new (excel().Workbook)();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return { sheets: wb.worksheets.map((ws) => readSheet(wb, ws, timeZone)), title: name ?? (wb.title || undefined) };
  }
  // Both passes at once: a large package's cells are read by a worker thread meanwhile.
  const wb = new (excel().Workbook)();
  const [streamed] = await Promise.all([
    readPackageCells(opened, timeZone, { mainBusy: true }),
    wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: ['sheetData'] } as unknown as Partial<ExcelJS.XlsxReadOptions>),
  ]);
  const byName = new Map(streamed.sheets.map((s) => [s.name, s]));
  const sheets = wb.worksheets.map((ws) => {
    const sheet = byName.get(nfc(ws.name)) ?? { name: nfc(ws.name), values: [] };
    delete sheet.columnWidths;
    return withSheetSetup(sheet, wb, ws, Math.max(sheet.values[0]?.length ?? 0, ws.columns?.length ?? 0));
  });
  return { sheets, title: name ?? (wb.title || undefined) };
}

/** Reads an .xlsx file (path) or its bytes. Throws XlsxReadError for unusable input. */
export async function readXlsx(input: string | Uint8Array | ArrayBuffer, options: ReadXlsxOptions = {}): Promise<WorkbookData> {
  let bytes: Buffer;
  let fileName: string | undefined;
  if (typeof input === 'string') {
    fileName = input;
    try {
      bytes = await fs.readFile(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new XlsxReadError(`không tìm thấy tệp ${input}`, `file not found: ${input}`, e);
      if (code === 'EISDIR') throw new XlsxReadError(`${input} là một thư mục, cần một tệp .xlsx`, `${input} is a folder, an .xlsx file is needed`, e);
      throw new XlsxReadError(`không mở được tệp ${input} (${code ?? 'lỗi'})`, `cannot open ${input} (${code ?? String(e)})`, e);
    }
  } else {
    bytes = toBuffer(input);
  }
  const label = fileName ? `${fileName}: ` : '';
  if (bytes.length === 0) throw new XlsxReadError(`${label}tệp rỗng`, `${label}the file is empty`);
  if (!isZip(bytes)) {
    throw new XlsxReadError(`${label}tệp không phải định dạng .xlsx (không phải tệp nén zip)`, `${label}not an .xlsx file (not a zip archive)`);
  }
  keepLargeSerials();
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const unreadable = (e: unknown): XlsxReadError => {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return new XlsxReadError(`${label}tệp hỏng hoặc không phải bảng tính Excel (${reason})`, `${label}damaged file or not an Excel workbook (${reason})`, e);
  };
  let sheets: SheetData[];
  let title = options.name;
  try {
    const streamed = options.cellsOnly ? await readCellsStreaming(bytes, timeZone) : null;
    if (streamed) sheets = streamed.sheets;
    else ({ sheets, title } = await readWhole(bytes, timeZone, title));
  } catch (e) {
    throw unreadable(e);
  }
  if (sheets.length === 0) {
    throw new XlsxReadError(`${label}tệp không có trang tính nào`, `${label}the workbook has no worksheets`);
  }
  title ??= fileName ? fileName.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '') : undefined;
  return { ...(title ? { name: nfc(title) } : {}), timeZone, sheets };
}

// ---------------------------------------------------------------------------------------
// Writing

function argb(color: string): string | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  return m ? `FF${m[1].toUpperCase()}` : null;
}

function isLocalMidnight(wall: Date): boolean {
  return wall.getTime() % 86_400_000 === 0;
}

/**
 * Lists Excel cannot hold inline go to a hidden sheet, one column per list, written after
 * every other sheet so the user's sheet order is kept.
 */
class ListSheet {
  private readonly lists: string[][] = [];
  private readonly known = new Map<string, string>();

  reference(items: string[]): string {
    const key = JSON.stringify(items);
    const hit = this.known.get(key);
    if (hit) return hit;
    this.lists.push(items);
    const letter = columnLetter(this.lists.length);
    const ref = `${quoteSheet(LIST_SHEET)}!$${letter}$1:$${letter}$${Math.max(items.length, 1)}`;
    this.known.set(key, ref);
    return ref;
  }

  async flush(wb: BookWriter): Promise<void> {
    if (this.lists.length === 0) return;
    const ws = wb.addWorksheet(LIST_SHEET, { state: 'hidden' });
    this.lists.forEach((items, c) => items.forEach((item, r) => { ws.getCell(r + 1, c + 1).value = item; }));
    await commitSheet(ws);
  }
}

/** What a sheet's cells need from the rest of the workbook. */
interface WriteContext {
  timeZone: string;
  /** Sheet names by Apps Script sheet id, for `#gid=` links. */
  sheetNames: ReadonlyMap<number, string>;
}

function writeValue(cell: ExcelJS.Cell, v: DataCell | undefined, formula: string, format: string, ctx: WriteContext): void {
  const link = formula ? internalLink(formula, ctx.sheetNames) : null;
  if (link) {
    cell.value = link;
    return;
  }
  const { timeZone } = ctx;
  let fmt = format;
  let value: CellValue = null;
  let result: DataCell | undefined = v;
  if (isDate(v)) {
    const wall = wallFromInstant(v, timeZone);
    result = wall;
    if (!fmt) fmt = isLocalMidnight(wall) ? DEFAULT_DATE_FORMAT : DEFAULT_DATETIME_FORMAT;
  }
  if (formula) {
    const f = formula.replace(/^=/, '');
    value = result === undefined || result === '' ? { formula: f, date1904: false } : { formula: f, result: result as ExcelJS.CellFormulaValue['result'], date1904: false };
  } else if (result !== undefined && result !== '') {
    value = result;
  }
  if (value !== null) cell.value = value;
  if (fmt) cell.numFmt = fmt;
}

function alignmentOf(wrap: boolean | null, horizontal: string | null): Partial<ExcelJS.Alignment> | null {
  if (!wrap && !horizontal) return null;
  return {
    ...(horizontal ? { horizontal: horizontal as ExcelJS.Alignment['horizontal'] } : {}),
    ...(wrap ? { wrapText: true } : {}),
  };
}

/**
 * exceljs gives every cell a style object of its own, and its writer finds a style's id by
 * object (a WeakMap) before it serialises the style to XML: an object per cell is one
 * serialisation per cell, about 1.7 s of a 100,000-row write. The cells of a column with the
 * same row kind (header or not), value type, format and look share one object instead; the
 * key holds everything writeSheet sets, and the column (whose protection cells inherit).
 */
function shareStyle(cache: Map<string, Partial<ExcelJS.Style>>, cell: ExcelJS.Cell, key: string): void {
  const shared = cache.get(key);
  if (shared) cell.style = shared;
  else cache.set(key, cell.style);
}

/**
 * The whole-workbook writer and exceljs's streaming one share this: a sheet's columns and
 * header-row protection are set before its first row is committed, rows are committed in
 * order (a no-op for the whole workbook), the rest goes after the rows.
 */
type BookWriter = Pick<ExcelJS.Workbook, 'addWorksheet' | 'addImage'>;

async function writeSheet(wb: BookWriter, lists: ListSheet, s: SheetData, ctx: WriteContext, dataEntry: DataEntryPolicy | undefined): Promise<void> {
  const views: Partial<ExcelJS.WorksheetView>[] = s.frozenRows || s.frozenColumns
    ? [{ state: 'frozen', xSplit: s.frozenColumns ?? 0, ySplit: s.frozenRows ?? 0 }]
    : [];
  const ws = wb.addWorksheet(s.name, { state: s.hidden ? 'hidden' : 'visible', views });
  const isDataEntry = unlockDataColumns(ws, s, dataEntry);
  s.columnWidths?.forEach((px, i) => {
    if (px !== undefined) ws.getColumn(i + 1).width = Math.max(0, Math.round(((px - 5) / 7) * 100) / 100);
  });
  if (isDataEntry) lockHeaderRow(ws, s);
  const rows = Math.max(s.values.length, s.formulas?.length ?? 0, s.numberFormats?.length ?? 0,
    s.notes?.length ?? 0, s.backgrounds?.length ?? 0, s.fontWeights?.length ?? 0, s.wraps?.length ?? 0, s.horizontalAlignments?.length ?? 0);
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (let r = 0; r < rows; r++) {
    const vals = s.values[r] ?? [];
    const fs_ = s.formulas?.[r] ?? [];
    const fmts = s.numberFormats?.[r] ?? [];
    const notes = s.notes?.[r] ?? [];
    const bgs = s.backgrounds?.[r] ?? [];
    const weights = s.fontWeights?.[r] ?? [];
    const wraps = s.wraps?.[r] ?? [];
    const aligns = s.horizontalAlignments?.[r] ?? [];
    const cols = Math.max(vals.length, fs_.length, fmts.length, notes.length, bgs.length, weights.length, wraps.length, aligns.length);
    if (cols === 0) continue;
    const row = ws.getRow(r + 1);
    const height = wraps.length ? wrappedRowHeight(vals, wraps, s.columnWidths ?? []) : null;
    if (height) row.height = height;
    for (let c = 0; c < cols; c++) {
      const v = vals[c];
      const f = fs_[c] ?? '';
      const fmt = fmts[c] ?? '';
      const note = notes[c] ?? '';
      const bg = bgs[c] ?? null;
      const weight = weights[c] ?? null;
      const alignment = alignmentOf(wraps[c] ?? null, aligns[c] ?? null);
      if ((v === undefined || v === '') && !f && !fmt && !note && !bg && weight !== 'bold' && !alignment) continue;
      const cell = row.getCell(c + 1);
      writeValue(cell, v, f, fmt, ctx);
      if (alignment) cell.alignment = alignment;
      if (note) cell.note = note;
      const color = bg ? argb(bg) : null;
      if (color) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: color } };
      if (weight === 'bold') cell.font = { bold: true };
      const plain = r > 0 && !color && weight !== 'bold' && !alignment;
      shareStyle(styles, cell, plain ? `p${c}|${cell.type}|${cell.numFmt ?? ''}` : `f${c}|${r === 0}|${cell.type}|${cell.numFmt ?? ''}|${color ?? ''}|${weight === 'bold'}|${wraps[c] ?? ''}|${aligns[c] ?? ''}`);
    }
    row.commit();
  }
  const dvs = (ws as unknown as { dataValidations: DataValidationsLike }).dataValidations;
  for (const v of s.validations ?? []) {
    let source: string;
    if (v.rangeA1) {
      source = excelRangeFormula(v.rangeA1);
    } else {
      const items = v.list ?? [];
      const inline = items.join(',');
      source = inline.length <= MAX_INLINE_LIST - 2 && !items.some((i) => i.includes(',') || i.includes('"'))
        ? `"${inline}"`
        : lists.reference(items);
    }
    dvs.add(a1Of(v), {
      type: 'list',
      allowBlank: true,
      formulae: [source],
      showErrorMessage: true,
      errorStyle: v.allowInvalid ? 'warning' : 'stop',
      ...(v.helpText ? { showInputMessage: true, prompt: v.helpText } : {}),
    });
  }
  let priority = 1;
  for (const rule of s.conditionalRules ?? []) {
    const style: Partial<ExcelJS.Style> = {};
    const bg = rule.background ? argb(rule.background) : null;
    const fc = rule.fontColor ? argb(rule.fontColor) : null;
    if (bg) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: bg } };
    if (fc) style.font = { color: { argb: fc } };
    ws.addConditionalFormatting({
      ref: rule.ranges.map(a1Of).join(' '),
      rules: [{ type: 'expression', priority: priority++, formulae: [excelFormulaSeparators(rule.formula.replace(/^=/, ''))], style }],
    });
  }
  await protectSheet(ws, s);
  setUpPrinting(ws, s);
  for (const img of s.images ?? []) {
    const id = wb.addImage({ buffer: Buffer.from(img.png) as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(id, { tl: { col: img.column - 1, row: img.row - 1 }, ext: { width: img.width, height: img.height } });
  }
  await commitSheet(ws);
}

/**
 * The streaming writer's worksheet writes itself out on commit; the whole workbook's has no
 * commit at run time (exceljs's types declare one for both).
 */
async function commitSheet(ws: ExcelJS.Worksheet): Promise<void> {
  await (ws as { commit?: () => unknown }).commit?.();
}

async function writeSheets(wb: BookWriter & { creator: string; title: string }, data: WorkbookData, options: WriteXlsxOptions): Promise<void> {
  const timeZone = options.timeZone ?? data.timeZone ?? DEFAULT_TIME_ZONE;
  wb.creator = 'antt';
  if (data.name) wb.title = data.name;
  const lists = new ListSheet();
  const sheetNames = new Map(data.sheets.filter((s) => s.sheetId !== undefined).map((s) => [s.sheetId as number, s.name]));
  for (const s of data.sheets) await writeSheet(wb, lists, s, { timeZone, sheetNames }, options.dataEntry);
  await lists.flush(wb);
}

/** The workbook as .xlsx bytes (the whole-workbook writer). */
export async function writeXlsxBuffer(data: WorkbookData, options: WriteXlsxOptions = {}): Promise<Buffer> {
  const wb = new (excel().Workbook)();
  await writeSheets(wb, data, options);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

/**
 * Writes the workbook to `path` with exceljs's streaming writer: each row goes to the file
 * as it is made, so a large workbook is never held twice in memory. That writer cannot place
 * pictures (exceljs 4.4 has no drawings in it), so a workbook with pictures — charts exported
 * as images — is written whole instead.
 */
export async function writeXlsx(data: WorkbookData, path: string, options: WriteXlsxOptions = {}): Promise<void> {
  if (data.sheets.some((s) => s.images?.length)) {
    await fs.writeFile(path, await writeXlsxBuffer(data, options));
    return;
  }
  const wb = new (excel().stream.xlsx.WorkbookWriter)({ filename: path, useStyles: true, useSharedStrings: true });
  await writeSheets(wb as unknown as BookWriter & { creator: string; title: string }, data, options);
  await wb.commit();
}
