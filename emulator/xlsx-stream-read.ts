/**
 * The cells of a workbook, with exceljs's streaming reader, one row at a time: values,
 * formulas, number formats, backgrounds, bold, column widths, sheet state. This is all that
 * commands which never write the workbook back read (validate without --out, totals, report);
 * for a workbook written back, emulator/xlsx.ts adds what this reader does not parse
 * (validations, conditional formats, protections, frozen panes, pictures).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { keepLargeSerials } from './xlsx-serials';
import type { DataCell, SheetData } from './workbook-data';
import { colorOf, nfc, plainValue } from './xlsx-values';

// The streaming reader alone, not all of exceljs: the worker loads only what it runs.
const WorkbookReader = require('exceljs/lib/stream/xlsx/workbook-reader') as typeof ExcelJS.stream.xlsx.WorkbookReader;

/** Grows `rows` to `r` + 1 rows, then sets one cell (rows are ragged until `rectangular`). */
function put<T>(rows: T[][], r: number, c: number, v: T, fill: T): void {
  while (rows.length <= r) rows.push([]);
  const row = rows[r];
  while (row.length < c) row.push(fill);
  row[c] = v;
}

/** Pads every row to `cols` with `fill`, and adds rows up to `count`. */
function rectangular<T>(rows: T[][], count: number, cols: number, fill: T): T[][] {
  while (rows.length < count) rows.push([]);
  for (const row of rows) while (row.length < cols) row.push(fill);
  return rows;
}

interface SheetGrids {
  values: DataCell[][];
  formulas: string[][];
  formats: string[][];
  backgrounds: (string | null)[][];
  weights: (string | null)[][];
  cols: number;
  formatCols: number;
  backgroundCols: number;
  weightCols: number;
}

function readRow(g: SheetGrids, row: ExcelJS.Row, timeZone: string): void {
  const r = row.number - 1;
  row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
    const c = colNumber - 1;
    const raw = cell.value;
    const v = plainValue(raw, timeZone);
    const isFormula = typeof raw === 'object' && raw !== null && 'formula' in raw;
    const formula = isFormula ? (raw as ExcelJS.CellFormulaValue).formula : '';
    if (v !== '' || formula) {
      put(g.values, r, c, v, '');
      if (c + 1 > g.cols) g.cols = c + 1;
    }
    if (formula) put(g.formulas, r, c, `=${nfc(formula)}`, '');
    const fmt = cell.numFmt;
    if (fmt && fmt !== 'General') {
      put(g.formats, r, c, fmt, '');
      if (c + 1 > g.formatCols) g.formatCols = c + 1;
    }
    const fill = cell.fill;
    if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
      const color = colorOf(fill.fgColor);
      if (color) {
        put<string | null>(g.backgrounds, r, c, color, null);
        if (c + 1 > g.backgroundCols) g.backgroundCols = c + 1;
      }
    }
    if (cell.font?.bold) {
      put<string | null>(g.weights, r, c, 'bold', null);
      if (c + 1 > g.weightCols) g.weightCols = c + 1;
    }
  });
}

interface StreamedSheet {
  name: string;
  state?: string;
  columns?: { width?: number }[] | null;
}

function sheetOf(ws: StreamedSheet, g: SheetGrids): SheetData {
  const rows = g.values.length;
  const sheet: SheetData = { name: nfc(ws.name), values: rectangular(g.values, rows, g.cols, '') };
  if (g.formulas.length) sheet.formulas = rectangular(g.formulas, rows, g.cols, '');
  if (g.formats.length) sheet.numberFormats = rectangular(g.formats, g.formats.length, g.formatCols, '');
  if (g.backgrounds.length) sheet.backgrounds = rectangular(g.backgrounds, g.backgrounds.length, g.backgroundCols, null);
  if (g.weights.length) sheet.fontWeights = rectangular(g.weights, g.weights.length, g.weightCols, null);
  const widths = (ws.columns ?? []).map((col) => (col.width === undefined ? undefined : Math.round(col.width * 7 + 5)));
  if (widths.some((w) => w !== undefined)) sheet.columnWidths = widths;
  if (ws.state === 'hidden' || ws.state === 'veryHidden') sheet.hidden = true;
  return sheet;
}

const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** A package's zip directory, read once: what it holds decides how it is read. */
export interface OpenedPackage {
  bytes: Buffer;
  zip: JSZip;
  names: string[];
  /**
   * Its text is in the shared strings. A package without them keeps its text in the cells
   * (inline strings), of which exceljs's streaming reader keeps only the last run of rich
   * text: it is read whole.
   */
  streams: boolean;
  /** It has notes (comment parts), which the streaming reader skips. */
  hasNotes: boolean;
}

/** Reads the zip directory (no part is inflated); throws for a damaged package. */
export async function openPackage(bytes: Buffer): Promise<OpenedPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  return { bytes, zip, names, streams: names.includes(SHARED_STRINGS), hasNotes: names.some((x) => /^xl\/comments[^/]*\.xml$/.test(x)) };
}

/**
 * exceljs's streaming reader streams a worksheet only when the shared strings and the
 * workbook's relations came before it in the zip; otherwise it parks each sheet in a temp
 * file, a path that can stop after the first sheet (exceljs 4.4). Excel, LibreOffice and
 * exceljs itself write the shared strings after the sheets: the package is re-stored with the
 * sheets last. JSZip copies each part's compressed bytes as they are (same method, nothing
 * inflated), so this costs a copy of the file, not of its contents.
 */
async function streamable({ bytes, names, zip }: OpenedPackage): Promise<Buffer> {
  const firstSheet = names.findIndex((n) => WORKSHEET.test(n));
  const before = (n: string): boolean => {
    const i = names.indexOf(n);
    return i >= 0 && (firstSheet < 0 || i < firstSheet);
  };
  if (firstSheet < 0 || [SHARED_STRINGS, 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'].every(before)) return bytes;
  // JSZip writes parts in the order of its `files` object: move the sheets to its end.
  for (const n of names.filter((x) => WORKSHEET.test(x))) {
    const part = zip.files[n];
    delete zip.files[n];
    zip.files[n] = part;
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A part's inflated size as the zip directory records it (JSZip keeps it on a loaded part). */
function inflatedSize(part: JSZip.JSZipObject): number {
  const size = (part as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  return typeof size === 'number' && size > 0 ? size : 1;
}

/**
 * Which thread reads each worksheet: the largest first, each to the thread with the least to
 * read so far (ties to the first, the main thread, which starts at once), so that no thread
 * waits long for another. Tabs differ widely (the sample ×1053: 2.7 to 11.3 MB); taking every
 * second sheet gave the worker 61 % of the cells.
 */
export function assignSheets(sizes: number[], n: number): number[] {
  const load = new Array<number>(n).fill(0);
  const thread = new Array<number>(sizes.length).fill(0);
  for (const i of sizes.map((_, k) => k).sort((a, b) => sizes[b] - sizes[a] || a - b)) {
    const t = load.indexOf(Math.min(...load));
    thread[i] = t;
    load[t] += sizes[i];
  }
  return thread;
}

/**
 * `n` packages for `n` threads: each has every part but the worksheets, and its worksheets
 * (assignSheets), so that no thread inflates another's sheets. Parts are copied compressed, as
 * in `streamable`; workbook.xml still lists every sheet, which gives the order.
 */
async function shares(zip: JSZip, n: number): Promise<Buffer[]> {
  const names = Object.keys(zip.files).filter((x) => !zip.files[x].dir);
  const sheets = names.filter((x) => WORKSHEET.test(x));
  const thread = assignSheets(sheets.map((x) => inflatedSize(zip.files[x])), n);
  return Promise.all(
    Array.from({ length: n }, (_, i) => {
      const part = new JSZip();
      for (const name of names) if (!WORKSHEET.test(name) || thread[sheets.indexOf(name)] === i) part.files[name] = zip.files[name];
      return part.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    }),
  );
}

/** One thread's sheets (with their names as in workbook.xml) and the workbook's sheet order. */
export interface SheetsRead {
  sheets: { name: string; sheet: SheetData }[];
  order: string[];
}

/**
 * The cells of every worksheet of a package that `streamable` accepted (or one of its
 * `shares`); `onSheet` receives each sheet as soon as it is read (the worker posts it and
 * keeps nothing).
 */
export async function readSheets(bytes: Buffer, timeZone: string, onSheet?: (s: { name: string; sheet: SheetData }) => void): Promise<SheetsRead> {
  keepLargeSerials();
  const reader = new WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  });
  const sheets: { name: string; sheet: SheetData }[] = [];
  for await (const ws of reader) {
    const g: SheetGrids = {
      values: [], formulas: [], formats: [], backgrounds: [], weights: [], cols: 0, formatCols: 0, backgroundCols: 0, weightCols: 0,
    };
    for await (const row of ws) readRow(g, row, timeZone);
    const streamed = ws as unknown as StreamedSheet;
    const read = { name: streamed.name, sheet: sheetOf(streamed, g) };
    if (onSheet) onSheet(read);
    else sheets.push(read);
  }
  // Sheet parts come in zip order; the workbook's order is that of workbook.xml.
  const order = ((reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? []).map((s) => s.name);
  return { sheets, order };
}

/**
 * A package this large is read by two threads, each with half the worksheets (both parse
 * the shared strings and styles): on a machine with a free core the read takes a little
 * over half the time; on a busy one it takes longer. Below it, starting a worker (the
 * streaming reader loaded again, about 0.2 s) costs more than it saves.
 */
const PARALLEL_MIN_BYTES = 2_000_000;
const WORKER = join(__dirname, '..', 'build', 'xlsx-read-worker.cjs');

/** A share's sheets, read by build/xlsx-read-worker.cjs (emulator/xlsx-read-worker.ts). */
function readInWorker(bytes: Buffer, timeZone: string, started: Worker[]): Promise<SheetsRead> {
  return new Promise((resolve, reject) => {
    const sheets: { name: string; sheet: SheetData }[] = [];
    const worker = new Worker(WORKER, { workerData: { bytes, timeZone } });
    started.push(worker);
    worker.on('message', (m: { sheet?: { name: string; sheet: SheetData }; order?: string[] }) => {
      if (m.sheet) sheets.push(m.sheet);
      if (m.order) resolve({ sheets, order: m.order });
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the xlsx read worker stopped (exit ${code})`)));
  });
}

/** Whether a package of `size` bytes is worth a worker thread: large, the worker built, a second core. */
function worthAWorker(size: number): boolean {
  return size >= PARALLEL_MIN_BYTES && availableParallelism() > 1 && existsSync(WORKER);
}

export interface StreamingOptions {
  /** Threads that read the cells (default: 2 for a large package, else 1). */
  threads?: number;
  /**
   * The caller has other work for the main thread meanwhile (readWhole's exceljs pass over
   * everything but the cells): every share then goes to a worker, by default one worker for a
   * large package; a small one is read on the main thread.
   */
  mainBusy?: boolean;
}

/**
 * The cells of every worksheet, in workbook order, streamed from the zip bytes, and how many
 * threads read them; null for a package to be read whole (see OpenedPackage.streams); throws
 * for a damaged package.
 */
export async function readCellsStreaming(input: Buffer, timeZone: string, options: StreamingOptions = {}): Promise<{ sheets: SheetData[]; threads: number } | null> {
  const opened = await openPackage(input);
  return opened.streams ? readPackageCells(opened, timeZone, options) : null;
}

/** readCellsStreaming for a package already opened, one that streams. */
export async function readPackageCells(opened: OpenedPackage, timeZone: string, options: StreamingOptions = {}): Promise<{ sheets: SheetData[]; threads: number }> {
  const bytes = await streamable(opened);
  const { zip } = opened;
  const large = worthAWorker(bytes.length);
  const n = options.threads ?? (large && !options.mainBusy ? 2 : 1);
  const onMain = !(options.mainBusy && large);
  const packages = n === 1 ? [bytes] : await shares(zip, n);
  const workers: Worker[] = [];
  let parts: SheetsRead[];
  try {
    parts = await Promise.all(packages.map((p, i) => (i === 0 && onMain ? readSheets(p, timeZone) : readInWorker(p, timeZone, workers))));
  } catch (e) {
    // A damaged part stops the read: the other threads have nothing left to do.
    await Promise.all(workers.map((w) => w.terminate()));
    throw e;
  }
  const order = parts[0].order;
  return {
    sheets: parts.flatMap((p) => p.sheets).sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name)).map((s) => s.sheet),
    threads: n,
  };
}
