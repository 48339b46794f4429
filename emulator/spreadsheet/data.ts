/** Loading a spreadsheet from WorkbookData and exporting it back (for .xlsx export and tests). */
import type { ChartData, ConditionalRuleData, DataCell, ProtectionData, SheetData, ValidationData, WorkbookData } from '../workbook-data';
import { a1Of, columnLetter, quoteSheetName, type Rect } from './a1';
import { GENERAL_PATTERN, isDate, SerialDate, type Cell } from './cells';
import { formulaValue, UncomputedFormula } from './formula-value';
import { EmuEmbeddedChart } from './chart';
import { EmuConditionalFormatRule } from './conditional';
import type { Layer } from './layer';
import { EmuProtection } from './protection';
import type { EmuRange } from './range';
import type { EmuSheet } from './sheet';
import type { EmuSpreadsheet } from './spreadsheet';
import { EmuDataValidation } from './validation';

function extent(grids: (unknown[][] | undefined)[]): [number, number] {
  let rows = 0;
  let cols = 0;
  for (const g of grids) {
    if (!g) continue;
    rows = Math.max(rows, g.length);
    for (const line of g) cols = Math.max(cols, line?.length ?? 0);
  }
  return [rows, cols];
}

/** Calls `visit` for each present cell of a sparse grid (missing lines and null cells skipped). */
function eachCell<T>(grid: (T | null | undefined)[][] | undefined, visit: (v: T, r: number, c: number) => void): void {
  if (!grid) return;
  for (let r = 0; r < grid.length; r++) {
    const line = grid[r];
    if (!line) continue;
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      if (v !== null && v !== undefined) visit(v, r, c);
    }
  }
}

function fill<T>(layer: Layer<T>, grid: (T | null | undefined)[][] | undefined, keep: (v: T) => boolean = (v) => v !== ('' as unknown)): void {
  eachCell(grid, (v, r, c) => {
    if (keep(v)) layer.set(r, c, v);
  });
}

function copyCell(v: DataCell, timeZone: string): Cell {
  return isDate(v) ? SerialDate.ofInstant(v.getTime(), timeZone) : v;
}

/** A reference a rule or chart keeps: `'Sheet name'!A2:A`. */
export function sheetA1(range: EmuRange): string {
  return `${quoteSheetName(range.sheet.name)}!${a1Of(range.rect)}`;
}

function validationOf(book: EmuSpreadsheet, v: ValidationData): EmuDataValidation {
  const resolve = (a1: string): EmuRange | null => {
    try {
      return book.getRange(a1.replace(/^=/, ''));
    } catch {
      return null;
    }
  };
  return new EmuDataValidation(
    v.list
      ? { criteria: 'VALUE_IN_LIST', list: [...v.list], showDropdown: v.showDropdown, allowInvalid: v.allowInvalid, helpText: v.helpText }
      : { criteria: 'VALUE_IN_RANGE', rangeA1: v.rangeA1, showDropdown: v.showDropdown, allowInvalid: v.allowInvalid, helpText: v.helpText },
    resolve,
  );
}

/**
 * AS41: a file's formula cells come with their cached results; where a HYPERLINK or plain
 * arithmetic came without one (a file written by a library), the emulator computes it. An
 * empty cached result of any other formula stays '' (it may be the formula's real result).
 */
function computeUncached(sheet: EmuSheet, formulas: string[][] | undefined): void {
  eachCell(formulas, (f, r, c) => {
    if (!f || sheet.values.get(r, c) !== undefined) return;
    const v = formulaValue(f);
    if (!(v instanceof UncomputedFormula)) sheet.values.set(r, c, v);
  });
}

function loadSheet(sheet: EmuSheet, d: SheetData): void {
  const [rows, cols] = extent([d.values, d.formulas, d.numberFormats, d.notes, d.backgrounds, d.fontWeights, d.fontColors, d.links]);
  sheet.grow(Math.max(rows, d.rowCount ?? 0), Math.max(cols, d.columnCount ?? 0));
  for (let r = 0; r < d.values.length; r++) {
    const line = d.values[r];
    if (!line) continue;
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      if (v !== '' && v !== null && v !== undefined) sheet.values.set(r, c, copyCell(v, sheet.book.timeZone));
    }
  }
  fill(sheet.formulas, d.formulas);
  computeUncached(sheet, d.formulas);
  fill(sheet.fmt.numberFormat, d.numberFormats);
  fill(sheet.fmt.note, d.notes);
  fill(sheet.fmt.background, d.backgrounds);
  fill(sheet.fmt.fontWeight, d.fontWeights);
  fill(sheet.fmt.fontColor, d.fontColors);
  fill(sheet.fmt.link, d.links);
  fill(sheet.fmt.wrap, d.wraps);
  fill(sheet.fmt.horizontalAlignment, d.horizontalAlignments);
  sheet.frozenRows = d.frozenRows ?? 0;
  sheet.frozenColumns = d.frozenColumns ?? 0;
  sheet.columnWidths = [...(d.columnWidths ?? [])];
  sheet.hidden = d.hidden ?? false;
  sheet.tabColor = d.tabColor ?? null;
  sheet.merges = (d.merges ?? []).map((m) => ({ ...m }));
  sheet.images = [...(d.images ?? [])];
  for (const v of d.validations ?? []) sheet.validations.set(v, validationOf(sheet.book, v));
  for (const p of d.protections ?? []) {
    const prot = new EmuProtection(sheet, p.range ? { ...p.range } : null, sheet.book.owners(), p.editors);
    prot.description = p.description;
    prot.warningOnly = p.warningOnly;
    sheet.protections.push(prot);
  }
  sheet.conditionalRules = (d.conditionalRules ?? []).map(
    (c) =>
      new EmuConditionalFormatRule({
        ranges: c.ranges.map((r) => sheet.rangeOf({ ...r })),
        formula: c.textStartsWith === undefined ? c.formula : undefined,
        textStartsWith: c.textStartsWith,
        background: c.background,
        fontColor: c.fontColor,
      }),
  );
}

/** Charts last: their ranges may name sheets loaded after theirs. */
function loadCharts(book: EmuSpreadsheet, sheet: EmuSheet, charts: ChartData[] | undefined): void {
  for (const ch of charts ?? []) {
    const ranges = ch.ranges.map((a1) => book.getRange(a1));
    const spec = { type: ch.type, ranges, anchorRow: ch.anchorRow, anchorColumn: ch.anchorColumn, offsetX: ch.offsetX ?? 0, offsetY: ch.offsetY ?? 0, options: { ...ch.options } };
    sheet.charts.push(new EmuEmbeddedChart(spec, book.nextChartId()));
  }
}

export function loadWorkbook(book: EmuSpreadsheet, data: WorkbookData): void {
  const pairs = data.sheets.map((d) => [book.addSheet(d.name), d] as const);
  for (const [sheet, d] of pairs) loadSheet(sheet, d);
  for (const [sheet, d] of pairs) loadCharts(book, sheet, d.charts);
}

function rectOf(r: Rect): Rect {
  return { row: r.row, column: r.column, numRows: r.numRows, numColumns: r.numColumns };
}

function exportLayer<T, U>(layer: Layer<T>, minRows: number, minCols: number, map: (v: T) => U, empty: U): U[][] | undefined {
  return layer.export(Math.max(minRows, layer.lastRow()), Math.max(minCols, layer.lastColumn()), map, empty);
}

function validationData(rect: Rect, rule: EmuDataValidation): ValidationData {
  const s = rule.spec;
  const base = { ...rectOf(rect), showDropdown: s.showDropdown, allowInvalid: s.allowInvalid, ...(s.helpText ? { helpText: s.helpText } : {}) };
  if (s.criteria === 'VALUE_IN_LIST') return { ...base, list: [...(s.list ?? [])] };
  return { ...base, rangeA1: s.range ? `=${sheetA1(s.range)}` : s.rangeA1 };
}

function conditionalData(rule: EmuConditionalFormatRule): ConditionalRuleData {
  const s = rule.spec;
  let formula = s.formula ?? '';
  if (s.textStartsWith !== undefined) {
    // Excel and Sheets both understand this spelling of "text starts with".
    const first = s.ranges[0]?.rect;
    const cell = first ? `${columnLetter(first.column)}${first.row}` : 'A1';
    formula = `=LEFT(${cell},${s.textStartsWith.length})="${s.textStartsWith.replace(/"/g, '""')}"`;
  }
  return {
    ranges: s.ranges.map((r) => rectOf(r.rect)),
    formula,
    ...(s.textStartsWith !== undefined ? { textStartsWith: s.textStartsWith } : {}),
    ...(s.background ? { background: s.background } : {}),
    ...(s.fontColor ? { fontColor: s.fontColor } : {}),
  };
}

function protectionData(p: EmuProtection): ProtectionData {
  return { ...(p.rect ? { range: rectOf(p.rect) } : {}), description: p.description, warningOnly: p.warningOnly, editors: p.editorEmails() };
}

function chartData(c: EmuEmbeddedChart): ChartData {
  const s = c.spec;
  const title = s.options.title;
  return {
    type: s.type,
    ...(typeof title === 'string' ? { title } : {}),
    ranges: s.ranges.map(sheetA1),
    anchorRow: s.anchorRow,
    anchorColumn: s.anchorColumn,
    offsetX: s.offsetX,
    offsetY: s.offsetY,
    options: { ...s.options },
  };
}

function exportSheet(sheet: EmuSheet): SheetData {
  const nr = sheet.getLastRow();
  const nc = sheet.getLastColumn();
  const values = sheet.values.export(nr, nc, (v): DataCell => (v instanceof SerialDate ? new Date(v.instant(sheet.book.timeZone)) : v instanceof UncomputedFormula ? '' : v), '' as DataCell) ?? Array.from({ length: nr }, () => new Array<DataCell>(nc).fill(''));
  const out: SheetData = { name: sheet.name, values, rowCount: sheet.maxRows, columnCount: sheet.maxColumns };
  const formulas = sheet.formulas.export(nr, nc, (v) => v, '');
  if (formulas) out.formulas = formulas;
  // AS50: Sheets' 'general' pattern is General in a file (Excel would show `12.` for it).
  const numberFormats = exportLayer(sheet.fmt.numberFormat, nr, nc, (v) => (v === GENERAL_PATTERN ? '' : v), '');
  if (numberFormats) out.numberFormats = numberFormats;
  const notes = exportLayer(sheet.fmt.note, nr, nc, (v) => v, '');
  if (notes) out.notes = notes;
  const backgrounds = exportLayer<string, string | null>(sheet.fmt.background, nr, nc, (v) => v, null);
  if (backgrounds) out.backgrounds = backgrounds;
  const fontWeights = exportLayer<string, string | null>(sheet.fmt.fontWeight, nr, nc, (v) => v, null);
  if (fontWeights) out.fontWeights = fontWeights;
  const fontColors = exportLayer<string, string | null>(sheet.fmt.fontColor, nr, nc, (v) => v, null);
  if (fontColors) out.fontColors = fontColors;
  const links = exportLayer<string, string | null>(sheet.fmt.link, nr, nc, (v) => v, null);
  if (links) out.links = links;
  const wraps = exportLayer<boolean, boolean | null>(sheet.fmt.wrap, nr, nc, (v) => v, null);
  if (wraps) out.wraps = wraps;
  const aligns = exportLayer<string, string | null>(sheet.fmt.horizontalAlignment, nr, nc, (v) => v, null);
  if (aligns) out.horizontalAlignments = aligns;
  out.sheetId = sheet.getSheetId();
  if (sheet.frozenRows) out.frozenRows = sheet.frozenRows;
  if (sheet.frozenColumns) out.frozenColumns = sheet.frozenColumns;
  if (sheet.columnWidths.some((w) => w !== undefined)) out.columnWidths = Array.from(sheet.columnWidths);
  if (sheet.validations.regions.length) out.validations = sheet.validations.regions.map((r) => validationData(r.rect, r.value));
  if (sheet.conditionalRules.length) out.conditionalRules = sheet.conditionalRules.map(conditionalData);
  if (sheet.protections.length) out.protections = sheet.protections.map(protectionData);
  if (sheet.charts.length) out.charts = sheet.charts.map(chartData);
  if (sheet.merges.length) out.merges = sheet.merges.map(rectOf);
  if (sheet.images.length) out.images = sheet.images as SheetData['images'];
  if (sheet.hidden) out.hidden = true;
  if (sheet.tabColor) out.tabColor = sheet.tabColor;
  return out;
}

export function exportWorkbook(book: EmuSpreadsheet): WorkbookData {
  return { name: book.name, timeZone: book.timeZone, locale: book.locale, sheets: book.sheets.map(exportSheet) };
}
