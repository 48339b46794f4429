/**
 * The text of the tool-owned `Kiểm tra` cell. Its first character tells the row's worst
 * severity, which the sheet's conditional-format rules (set up once) turn into a row colour.
 */
import type { Issue } from './issue';
import { CHECK_OK } from './messages';

export const CHECK_MARK = { ok: '✓', error: '✗', warning: '⚠' } as const;

/** 50,000 characters per cell (AS17); messages are cut well before. */
const MAX_CHECK_TEXT = 2000;

export function checkCell(issues: readonly Issue[]): string {
  if (issues.length === 0) return CHECK_OK;
  const errors = issues.filter((i) => i.severity === 'Lỗi');
  const warnings = issues.filter((i) => i.severity !== 'Lỗi');
  const lines = [...errors.map((i) => `${CHECK_MARK.error} ${i.message}`), ...warnings.map((i) => `${CHECK_MARK.warning} ${i.message}`)];
  const text = lines.join('\n');
  return text.length > MAX_CHECK_TEXT ? `${text.slice(0, MAX_CHECK_TEXT - 1)}…` : text;
}
