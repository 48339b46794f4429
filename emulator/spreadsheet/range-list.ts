/** A RangeList: one call formats several ranges of a sheet (`sheet.getRangeList(['A2:A', ...])`). */
import type { Surface } from './surface';
import type { EmuRange } from './range';

type RL = GoogleAppsScript.Spreadsheet.RangeList;

export class EmuRangeList implements Surface<RL, 'getRanges' | 'setNumberFormat' | 'setHorizontalAlignment' | 'setFontWeight' | 'setBackground' | 'clearContent' | 'clearDataValidations'> {
  static readonly serviceName = 'RangeList';
  constructor(private readonly ranges: readonly EmuRange[]) {}

  getRanges(): EmuRange[] {
    return [...this.ranges];
  }

  setNumberFormat(format: string): this {
    for (const r of this.ranges) r.setNumberFormat(format);
    return this;
  }

  setHorizontalAlignment(alignment: string | null): this {
    for (const r of this.ranges) r.setHorizontalAlignment(alignment);
    return this;
  }

  setFontWeight(weight: string | null): this {
    for (const r of this.ranges) r.setFontWeight(weight);
    return this;
  }

  setBackground(color: string | null): this {
    for (const r of this.ranges) r.setBackground(color);
    return this;
  }

  clearContent(): this {
    for (const r of this.ranges) r.clearContent();
    return this;
  }

  clearDataValidations(): this {
    for (const r of this.ranges) r.clearDataValidations();
    return this;
  }
}
