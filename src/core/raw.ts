/**
 * What adapters hand to the core: every sheet's values exactly as `Range.getValues()`
 * returned them (AS10: string, number, boolean or Date; empty cells are ''), plus the
 * facts needed to read them as the user sees them.
 */
import type { IsoDate, ZoneOffsets } from './dates';

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
  /** The offsets the spreadsheet's zone uses, today's first (Date cells → days, AS37). */
  tzOffsets: ZoneOffsets;
}
