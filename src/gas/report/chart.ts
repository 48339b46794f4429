import { FIGURE_LABELS, TOTALS_TEXT } from '../../core/messages';
import type { ChartBlock } from '../../core/report';

/**
 * The bar chart of sites per unit as a PNG, drawn by the Charts service (no extra scope).
 * Calls grow with the number of units, never with sites.
 */
export function chartPng(chart: ChartBlock): GoogleAppsScript.Base.Blob {
  const table = Charts.newDataTable()
    .addColumn(Charts.ColumnType.STRING, TOTALS_TEXT.unit)
    .addColumn(Charts.ColumnType.NUMBER, FIGURE_LABELS.sites);
  chart.labels.forEach((label, i) => table.addRow([label, chart.values[i] ?? 0]));
  return Charts.newBarChart()
    .setDataTable(table)
    .setTitle(TOTALS_TEXT.chartTitle) // the report's caption under the image says "Biểu đồ: …"
    .setDimensions(640, Math.max(240, 32 * chart.labels.length + 80))
    // A wide label area: unit names such as "Khối cơ quan, doanh nghiệp, nhà trường" are not cut.
    .setOption('chartArea', { left: '42%', width: '50%' })
    .build()
    .getAs('image/png');
}
