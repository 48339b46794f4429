import { TOTALS_TEXT } from '../../core/messages';
import { SHEETS } from '../../core/schema';
import { totalsSheetLayout, type Totals } from '../../core/totals';
import { writeBlock } from '../workbook-io';

/**
 * Rewrites the owned `Tổng hợp` sheet: one values write, one font-weight write, the
 * alignment of the figures, and the bar chart of sites per unit (the old chart replaced, never stacked).
 */
export function writeTotalsSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, totals: Totals, coverageLabel: string, level: string): void {
  const sheet = ss.getSheetByName(SHEETS.totals) ?? ss.insertSheet(SHEETS.totals);
  const layout = totalsSheetLayout(totals, coverageLabel, level);
  sheet.clear();
  writeBlock(sheet, 1, 1, layout.rows);
  const bold = new Set(layout.boldRows);
  sheet
    .getRange(1, 1, layout.rows.length, layout.width)
    .setFontWeights(layout.rows.map((row, i) => row.map(() => (bold.has(i) ? 'bold' : 'normal'))));
  for (const row of layout.headerRows) sheet.getRange(row, 1, 1, layout.width).setWrap(true).setVerticalAlignment('middle');
  // Figures centred: a right-aligned number would touch the text of the next column.
  const align = layout.rows.map((row) => row.map((v) => (typeof v === 'number' || v.endsWith('%') ? 'center' : null)));
  sheet.getRange(1, 1, layout.rows.length, layout.width).setHorizontalAlignments(align);
  sheet.setColumnWidth(1, 40).setColumnWidth(2, 300).setColumnWidths(3, layout.width - 2, 95);

  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const { firstRow, lastRow, nameColumn, sitesColumn } = layout.unitChart;
  if (lastRow < firstRow) return;
  const count = lastRow - firstRow + 1;
  const chart = sheet
    .newChart()
    .asBarChart()
    .addRange(sheet.getRange(firstRow, nameColumn, count, 1))
    .addRange(sheet.getRange(firstRow, sitesColumn, count, 1))
    .setPosition(layout.districtRow, 5, 0, 0)
    .setOption('title', TOTALS_TEXT.chartTitle)
    .setOption('legend', { position: 'none' })
    .build();
  sheet.insertChart(chart);
}
