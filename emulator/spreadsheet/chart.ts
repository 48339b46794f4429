/** Embedded charts: stored as specs (type, ranges, anchor, options) and exported as data. */
import type { Surface } from './surface';
import type { EmuRange } from './range';

type ECB = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type EC = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export interface ChartSpec {
  /** `String(Charts.ChartType.X)`, e.g. `BAR`, `COLUMN`. */
  type: string;
  ranges: EmuRange[];
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  options: Record<string, unknown>;
}

export class EmuChartOptions implements Surface<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  static readonly serviceName = 'ChartOptions';
  constructor(private readonly options: Readonly<Record<string, unknown>>) {}
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

export class EmuEmbeddedChart implements Surface<EC, 'getRanges' | 'getOptions' | 'getChartId' | 'modify'> {
  static readonly serviceName = 'EmbeddedChart';
  constructor(
    readonly spec: Readonly<ChartSpec>,
    /** Set when inserted into a sheet; null before, as on Apps Script. */
    public chartId: number | null,
  ) {}

  getRanges(): EmuRange[] {
    return [...this.spec.ranges];
  }

  getOptions(): EmuChartOptions {
    return new EmuChartOptions({ ...this.spec.options });
  }

  getChartId(): number | null {
    return this.chartId;
  }

  modify(): EmuEmbeddedChartBuilder {
    return new EmuEmbeddedChartBuilder({ ...this.spec, ranges: [...this.spec.ranges], options: { ...this.spec.options } }, this.chartId);
  }
}

export class EmuEmbeddedChartBuilder
  implements Surface<ECB, 'asBarChart' | 'setChartType' | 'addRange' | 'removeRange' | 'clearRanges' | 'getRanges' | 'setPosition' | 'setOption' | 'build'>
{
  static readonly serviceName = 'EmbeddedChartBuilder';
  constructor(
    private spec: ChartSpec = { type: 'COLUMN', ranges: [], anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0, options: {} },
    private readonly chartId: number | null = null,
  ) {}

  /** Real Apps Script returns an EmbeddedBarChartBuilder; the subset used here is the same. */
  asBarChart(): this {
    this.spec = { ...this.spec, type: 'BAR' };
    return this;
  }

  setChartType(type: unknown): this {
    this.spec = { ...this.spec, type: String(type) };
    return this;
  }

  addRange(range: EmuRange): this {
    this.spec = { ...this.spec, ranges: [...this.spec.ranges, range] };
    return this;
  }

  removeRange(range: EmuRange): this {
    this.spec = { ...this.spec, ranges: this.spec.ranges.filter((r) => r !== range) };
    return this;
  }

  clearRanges(): this {
    this.spec = { ...this.spec, ranges: [] };
    return this;
  }

  getRanges(): EmuRange[] {
    return [...this.spec.ranges];
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.spec = { ...this.spec, anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.spec = { ...this.spec, options: { ...this.spec.options, [option]: value } };
    return this;
  }

  build(): EmuEmbeddedChart {
    return new EmuEmbeddedChart({ ...this.spec, ranges: [...this.spec.ranges], options: { ...this.spec.options } }, this.chartId);
  }
}
