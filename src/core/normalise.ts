/**
 * Text normalisation for matching names typed by people: NFC, trimmed, inner spaces
 * (including non-breaking ones) collapsed, case ignored. `fold` also drops accents, for
 * "did you mean" suggestions only: "Xay dung moi" must not match, but may be suggested.
 *
 * `String.prototype.normalize` is assumed present (V8) but guarded, because apps-script.md
 * AS07 leaves locale-dependent behaviour unconfirmed; case mapping uses the locale-free
 * `toLowerCase`.
 */

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const MARKS = /[\u0300-\u036f]/g;

function normalizeForm(s: string, form: 'NFC' | 'NFD'): string {
  try {
    return s.normalize(form);
  } catch {
    return s;
  }
}

/** NFC and trimmed, inner whitespace collapsed to one space; case kept (for display). */
export function clean(s: string): string {
  return normalizeForm(s, 'NFC').replace(SPACES, ' ').trim();
}

/** Key for exact matching of names and list values: `clean` + lower case. */
export function normKey(s: string): string {
  return clean(s).toLowerCase();
}

/** Accent- and case-insensitive key: "Xây dựng mới" and "xay dung moi" fold alike. */
export function fold(s: string): string {
  return normalizeForm(normKey(s), 'NFD').replace(MARKS, '').replace(/đ/g, 'd');
}

/** Any cell value as trimmed NFC display text ('' for empty). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return clean(String(v));
}

/** Index of `values` by `normKey`, for lookups of canonical spellings. */
export function keyIndex<T extends string>(values: readonly T[]): Map<string, T> {
  return new Map(values.map((v) => [normKey(v), v]));
}
