/**
 * Charts: bar and column charts built from a DataTable, rendered to a real PNG by
 * renderBarChartPng (first column = labels, second column = values; further columns ignored).
 */
import { gasError } from '../runtime/errors';
import type { Api } from '../document/element';
import { Blob } from '../services/blob';
import { renderBarChartPng } from './render';

type C = typeof GoogleAppsScript.Charts;

function enumOf<T>(names: readonly string[]): T {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as unknown as T;
}

const ColumnType = enumOf<C['ColumnType']>(['DATE', 'NUMBER', 'STRING']);
const ChartType = enumOf<C['ChartType']>(['TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL']);
const Position = enumOf<C['Position']>(['TOP', 'RIGHT', 'BOTTOM', 'NONE']);

export class DataTable {
  static readonly serviceName = 'DataTable';
  constructor(readonly columns: Array<{ type: string; label: string }>, readonly rows: unknown[][]) {}
  getColumnLabel(i: number): string { return this.columns[i]?.label ?? ''; }
  getNumberOfColumns(): number { return this.columns.length; }
  getNumberOfRows(): number { return this.rows.length; }
  getValue(row: number, column: number): unknown { return this.rows[row]?.[column]; }
  /** A DataTable is its own DataTableSource (the @types omit this, so code may pass the builder). */
  getDataTable(): this { return this; }
}

export class DataTableBuilder implements Api<GoogleAppsScript.Charts.DataTableBuilder, 'addColumn' | 'addRow' | 'build'> {
  static readonly serviceName = 'DataTableBuilder';
  private readonly columns: Array<{ type: string; label: string }> = [];
  private readonly rows: unknown[][] = [];

  addColumn(type: GoogleAppsScript.Charts.ColumnType, label: string): this {
    this.columns.push({ type: String(type), label: String(label) });
    return this;
  }

  addRow(values: unknown[]): this {
    if (values.length !== this.columns.length) {
      // Unconfirmed wording.
      throw gasError(`Row has ${values.length} values but the data table has ${this.columns.length} columns.`);
    }
    values.forEach((v, i) => {
      const type = this.columns[i].type;
      const ok = type === 'NUMBER' ? typeof v === 'number' : type === 'STRING' ? typeof v === 'string' : v instanceof Date;
      if (!ok && v !== null) throw gasError(`Invalid value for column ${i} of type ${type}: ${String(v)}`);
    });
    this.rows.push(values.slice());
    return this;
  }

  build(): GoogleAppsScript.Charts.DataTable {
    return new DataTable(this.columns.slice(), this.rows.map((r) => r.slice())) as unknown as GoogleAppsScript.Charts.DataTable;
  }
}

export class Chart implements Api<GoogleAppsScript.Charts.Chart, 'getAs' | 'getBlob'> {
  static readonly serviceName = 'Chart';

  constructor(
    readonly kind: 'BAR' | 'COLUMN',
    readonly data: DataTable,
    readonly options: Record<string, unknown>,
    readonly width: number,
    readonly height: number,
  ) {}

  png(): Uint8Array {
    const labels = this.data.rows.map((r) => String(r[0] ?? ''));
    const values = this.data.rows.map((r) => Number(r[1] ?? 0));
    const colors = this.options.colors as string[] | undefined;
    const area = this.options.chartArea as { left?: unknown } | undefined;
    const left = typeof area?.left === 'string' && /^\d+(\.\d+)?%$/.test(area.left) ? parseFloat(area.left) / 100 : undefined;
    return renderBarChartPng({
      labelShare: left,
      title: String(this.options.title ?? ''), labels, values, width: this.width, height: this.height,
      horizontal: this.kind === 'BAR', color: colors?.[0], valueTitle: this.data.columns[1]?.label,
    });
  }

  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== 'image/png') throw gasError(`Converting from image/png to ${contentType} is not supported.`);
    return this.getBlob();
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    return new Blob(this.png(), 'image/png', `${String(this.options.title ?? 'chart')}.png`) as unknown as GoogleAppsScript.Base.Blob;
  }

  getOptions(): Record<string, unknown> {
    return { ...this.options };
  }
}

abstract class BarLikeBuilder {
  protected data: DataTable | null = null;
  protected readonly options: Record<string, unknown> = {};
  /** Charts' default size. */
  protected width = 600;
  protected height = 400;
  protected abstract readonly kind: 'BAR' | 'COLUMN';

  setDataTable(table: GoogleAppsScript.Charts.DataTableSource | GoogleAppsScript.Charts.DataTableBuilder): this {
    const t = table instanceof DataTableBuilder ? table.build() : (table as GoogleAppsScript.Charts.DataTableSource).getDataTable();
    this.data = t as unknown as DataTable;
    return this;
  }

  setTitle(title: string): this { this.options.title = title; return this; }
  setDimensions(width: number, height: number): this { this.width = width; this.height = height; return this; }
  setColors(colors: string[]): this { this.options.colors = colors.slice(); return this; }
  setOption(option: string, value: unknown): this { this.options[option] = value; return this; }
  setLegendPosition(position: GoogleAppsScript.Charts.Position): this { this.options.legend = String(position); return this; }
  setXAxisTitle(title: string): this { this.options.hAxisTitle = title; return this; }
  setYAxisTitle(title: string): this { this.options.vAxisTitle = title; return this; }
  setStacked(): this { this.options.isStacked = true; return this; }

  build(): GoogleAppsScript.Charts.Chart {
    if (!this.data) throw gasError('Data table is not set.');
    return new Chart(this.kind, this.data, { ...this.options }, this.width, this.height) as unknown as GoogleAppsScript.Charts.Chart;
  }
}

type BuilderApi = 'setDataTable' | 'setTitle' | 'setDimensions' | 'setColors' | 'setOption' | 'setLegendPosition' | 'setXAxisTitle' | 'setYAxisTitle' | 'setStacked' | 'build';

export class BarChartBuilder extends BarLikeBuilder implements Api<GoogleAppsScript.Charts.BarChartBuilder, BuilderApi> {
  static readonly serviceName = 'BarChartBuilder';
  protected readonly kind = 'BAR' as const;
}

export class ColumnChartBuilder extends BarLikeBuilder implements Api<GoogleAppsScript.Charts.ColumnChartBuilder, BuilderApi> {
  static readonly serviceName = 'ColumnChartBuilder';
  protected readonly kind = 'COLUMN' as const;
}

export class ChartsService implements Api<GoogleAppsScript.Charts.Charts, 'newBarChart' | 'newColumnChart' | 'newDataTable'> {
  static readonly serviceName = 'Charts';
  readonly ColumnType = ColumnType;
  readonly ChartType = ChartType;
  readonly Position = Position;

  newBarChart(): GoogleAppsScript.Charts.BarChartBuilder {
    return new BarChartBuilder() as unknown as GoogleAppsScript.Charts.BarChartBuilder;
  }

  newColumnChart(): GoogleAppsScript.Charts.ColumnChartBuilder {
    return new ColumnChartBuilder() as unknown as GoogleAppsScript.Charts.ColumnChartBuilder;
  }

  newDataTable(): GoogleAppsScript.Charts.DataTableBuilder {
    return new DataTableBuilder() as unknown as GoogleAppsScript.Charts.DataTableBuilder;
  }
}
