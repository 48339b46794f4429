/**
 * What set-up must add to a workbook, decided on plain values. Set-up only ever adds:
 * missing sheets, missing header cells (appended after the last used column, so the
 * user's order and own columns stay), missing settings rows. It never rewrites a cell a
 * user typed.
 */
import { normKey } from './normalise';
import { FORBIDDEN_TAB_CHARS, MAX_TAB_NAME, SETTINGS, type ColumnSpec } from './schema';
import { mapHeader } from './workbook';
import type { CellValue } from './raw';

/** Specs whose header is not in `header` (matched after normalisation). */
export function missingColumns<K extends string>(header: readonly unknown[], specs: readonly ColumnSpec<K>[]): ColumnSpec<K>[] {
  const { columns } = mapHeader(header, specs);
  return specs.filter((s) => columns[s.key] === undefined);
}

/**
 * 1-based column of each spec once the missing ones are appended. `header` is row 1 as wide
 * as the sheet's data (`getLastColumn()`), so new columns go after the last column holding
 * anything, even a column of notes the user typed without a header.
 */
export function columnsAfterAppend<K extends string>(header: readonly unknown[], specs: readonly ColumnSpec<K>[]): Record<K, number> {
  const { columns } = mapHeader(header, specs);
  const out = {} as Record<K, number>;
  let next = header.length + 1;
  for (const s of specs) {
    const at = columns[s.key];
    out[s.key] = at === undefined ? next++ : at + 1;
  }
  return out;
}

/** `Cấu hình` rows to append: the settings whose label is not in column A yet. */
export function missingSettings(values: readonly CellValue[][]): { label: string; value: string }[] {
  const present = new Set(values.map((row) => normKey(String(row[0] ?? ''))));
  return SETTINGS.filter((s) => !present.has(normKey(s.label))).map((s) => ({ label: s.label, value: s.default }));
}

/** Whether a unit tab name can be created and exported to .xlsx. */
export function isValidTabName(name: string): boolean {
  return name.trim() !== '' && name.length <= MAX_TAB_NAME && !FORBIDDEN_TAB_CHARS.test(name);
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** E-mail addresses that look valid, lower-cased and without duplicates. */
export function validEmails(emails: readonly string[]): string[] {
  return [...new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => EMAIL.test(e)))];
}
