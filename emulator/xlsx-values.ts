/**
 * exceljs cell values → getValues() values, and the time-zone shift between them; shared by
 * the whole-workbook reader (emulator/xlsx.ts) and the streaming one (xlsx-stream-read.ts).
 *
 * A sheet's Date cell is an instant (what Apps Script's getValues gives); an .xlsx date is
 * a wall-clock serial with no zone. exceljs hands dates over as that wall clock read as UTC.
 */
import type ExcelJS from 'exceljs';
import { zoneOffset } from './runtime/zone';
import { keptSerial } from './xlsx-serials';
import type { DataCell } from './workbook-data';


/** exceljs' date (wall clock as UTC) → the instant in `timeZone`. */
export function instantFromWall(wall: Date, timeZone: string): Date {
  const w = wall.getTime();
  const first = w - zoneOffset(w, timeZone);
  return new Date(w - zoneOffset(first, timeZone));
}

/** An instant → the wall clock in `timeZone`, as exceljs wants it (read as UTC). */
export function wallFromInstant(instant: Date, timeZone: string): Date {
  const t = instant.getTime();
  return new Date(t + zoneOffset(t, timeZone));
}

export type CellValue = ExcelJS.CellValue;

export function nfc(s: string): string {
  return s.normalize('NFC');
}

export function richText(parts: readonly ExcelJS.RichText[]): string {
  return parts.map((p) => p.text).join('');
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A cell value (or a formula's cached result) as getValues() would give it. */
export function plainValue(v: CellValue | undefined, timeZone: string): DataCell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return nfc(v);
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (isDate(v)) return keptSerial(v) ?? instantFromWall(v, timeZone);
  if (isRecord(v)) {
    if (Array.isArray(v.richText)) return nfc(richText(v.richText as ExcelJS.RichText[]));
    if ('hyperlink' in v) {
      const text = v.text as string | ExcelJS.CellRichTextValue | undefined;
      if (typeof text === 'string') return nfc(text);
      if (isRecord(text) && Array.isArray(text.richText)) return nfc(richText(text.richText));
      return nfc(String(v.hyperlink ?? ''));
    }
    if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result as CellValue | undefined, timeZone);
    if ('error' in v) return String(v.error);
  }
  return '';
}

export function colorOf(c: Partial<ExcelJS.Color> | undefined): string | null {
  const argb = c?.argb;
  return typeof argb === 'string' && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2).toLowerCase()}` : null;
}

