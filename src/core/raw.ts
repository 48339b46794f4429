/**
 * What adapters hand to the core: every sheet's values exactly as `Range.getValues()`
 * returned them (AS10: string, number, boolean or Date; empty cells are ''), plus the
 * facts needed to read them as the user sees them.
 */
import type { IsoDate } from './dates';

export type CellValue = string | number | boolean | Date;

export interface RawSheet {
  /** The sheet's name as it is in the workbook. */
  name: string;
  /** `getDataRange().getValues()`; `[['']]` or `[]` for an empty sheet. */
  values: CellValue[][];
}

export interface RawWorkbook {
  sheets: RawSheet[];
}

export interface ReadContext {
  /** Today in the spreadsheet's time zone. */
  today: IsoDate;
  /** The spreadsheet time zone's offset east of UTC, in minutes (Date cells → days). */
  tzOffsetMinutes: number;
}
