/**
 * exceljs turns every number in a date-formatted cell into a Date and forgets the number.
 * A serial past 31/12/9999 (Excel's last day) is no day a user meant — typically 20190424
 * typed for 24/04/2019 — and from about 1e8 on (1e308) the Date is invalid, so the number
 * typed would be lost and every later date computation throws "Invalid time value". Its
 * conversion is wrapped so such a cell reads as the number it holds: the check then says
 * what was typed and that it is not a date, and writing the workbook back keeps the value.
 */
// exceljs reads and writes through this one module object, so wrapping its function here is
// seen by the whole library (non-streaming and streaming readers alike).
const utils = require('exceljs/lib/utils/utils') as { excelToDate(v: number, date1904?: boolean): Date };

/** Excel's last day, 31/12/9999. */
export const MAX_DATE_SERIAL = 2_958_465;

const SERIAL = Symbol('xlsx serial');

/** A Date that stands for a number kept as typed. */
type SerialDate = Date & { [SERIAL]: number };

const original = utils.excelToDate;
let wrapped = false;

/** Installs the wrapper once. */
export function keepLargeSerials(): void {
  if (wrapped) return;
  wrapped = true;
  utils.excelToDate = (v: number, date1904?: boolean): Date => {
    if (Number.isFinite(v) && v <= MAX_DATE_SERIAL + 1) return original(v, date1904);
    return Object.assign(new Date(Number.NaN), { [SERIAL]: v }) as SerialDate;
  };
}

/** The number a date-formatted cell held when it is no day (see keepLargeSerials), else undefined. */
export function keptSerial(d: Date): number | undefined {
  return (d as Partial<SerialDate>)[SERIAL];
}
