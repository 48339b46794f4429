/**
 * Embedded sheet charts as pictures: `.xlsx` (exceljs) cannot hold native charts, so an
 * exported sheet gets a PNG of each bar/column chart at the chart's anchor, drawn from the
 * cells of its ranges (first range: labels, second: values), as Sheets would draw it.
 */
import { parseA1, splitSheetRef } from '../spreadsheet/a1';
import type { ChartData, ImageData, SheetData, WorkbookData } from '../workbook-data';
import { renderBarChartPng } from './render';

const WIDTH = 640;

function cellsOf(data: WorkbookData, ref: string, fallback: SheetData): unknown[] {
  const { sheetName, a1 } = splitSheetRef(ref);
  const sheet = data.sheets.find((s) => s.name === sheetName) ?? fallback;
  const rect = parseA1(a1, Math.max(sheet.values.length, 1), Math.max(...sheet.values.map((r) => r.length), 1));
  const out: unknown[] = [];
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    for (let c = rect.column; c < rect.column + rect.numColumns; c++) out.push(sheet.values[r - 1]?.[c - 1] ?? '');
  }
  return out;
}

function chartImage(data: WorkbookData, sheet: SheetData, chart: ChartData): ImageData | null {
  if (!['BAR', 'COLUMN'].includes(chart.type) || chart.ranges.length < 2) return null;
  const labels = cellsOf(data, chart.ranges[0], sheet).map((v) => String(v));
  const values = cellsOf(data, chart.ranges[1], sheet).map((v) => (typeof v === 'number' ? v : Number(v) || 0));
  const height = Math.max(240, 28 * labels.length + 80);
  const png = renderBarChartPng({ title: chart.title ?? '', labels, values, width: WIDTH, height, horizontal: chart.type === 'BAR' });
  return { row: chart.anchorRow, column: chart.anchorColumn, png, width: WIDTH, height };
}

/** A copy of `data` where each sheet's charts are also present as pictures. */
export function withChartImages(data: WorkbookData): WorkbookData {
  return {
    ...data,
    sheets: data.sheets.map((sheet) => {
      const images = (sheet.charts ?? []).map((c) => chartImage(data, sheet, c)).filter((i): i is ImageData => i !== null);
      return images.length === 0 ? sheet : { ...sheet, images: [...(sheet.images ?? []), ...images] };
    }),
  };
}
