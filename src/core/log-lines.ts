/**
 * `Nhật ký` read back: the visible record is also the store of period confirmations and
 * reminder sends (workbook.md), so every action reads them from the workbook it is given.
 * Columns are found by header (LOG_COLUMNS), so a user who widens or reorders them loses
 * nothing; a sheet without those headers reads as no lines.
 */
import { cellText, readDateCell } from './cells';
import { isDateValue, type IsoDate, type ZoneOffsets } from './dates';
import { normKey } from './normalise';
import type { CellValue } from './raw';
import { LOG_COLUMNS } from './schema';

export interface LogLine {
  /** The day of `Thời gian` in the spreadsheet's zone; null when the cell holds no date. */
  day: IsoDate | null;
  /** `Thời gian` as epoch ms, for ordering and display; null when not a Date. */
  at: number | null;
  action: string;
  unit: string;
  user: string;
  result: string;
}

const HEADER_KEYS = LOG_COLUMNS.map(normKey);

/** The lines of `Nhật ký` in sheet order (oldest first: the add-on only appends). */
export function readLogLines(values: readonly CellValue[][], tz: ZoneOffsets): LogLine[] {
  if (values.length === 0) return [];
  const header = values[0].map((h) => normKey(cellText(h, tz)));
  const col = HEADER_KEYS.map((k) => header.indexOf(k));
  if (col.some((c) => c < 0)) return [];
  const [time, action, unit, user, result] = col;
  const text = (row: readonly CellValue[], c: number) => cellText(row[c] ?? '', tz);
  const lines: LogLine[] = [];
  for (const row of values.slice(1)) {
    const when = row[time];
    lines.push({
      day: readDateCell(when ?? '', tz).day,
      at: isDateValue(when) && Number.isFinite(when.getTime()) ? when.getTime() : null,
      action: text(row, action),
      unit: text(row, unit),
      user: text(row, user),
      result: text(row, result),
    });
  }
  return lines;
}
