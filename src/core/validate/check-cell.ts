/** The text of the tool-owned `Kiểm tra` cell of a row. */
import type { Issue } from '../issue';
import { CHECK_OK } from '../messages/validation';
import { errorsFirst } from './validator';

/** A cell holds at most 50,000 characters (AS17); stay below it. */
export const MAX_CHECK_CELL = 49_999;

/** Cuts `text` to `max` characters ending in "…", never inside a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * First character of each message line: the sheet's conditional-format rules (set-up)
 * colour a row by the first character of its `Kiểm tra` cell, and errors come first.
 */
export const CHECK_MARK = { error: '✗', warning: '⚠' } as const;

/** "✓" for a row without issues; else its messages, errors first, one a line, each marked ✗ or ⚠. */
export function checkCellText(issues: readonly Issue[]): string {
  if (issues.length === 0) return CHECK_OK;
  const line = (i: Issue) => `${i.severity === 'Lỗi' ? CHECK_MARK.error : CHECK_MARK.warning} ${i.message}`;
  return truncate(errorsFirst(issues).map(line).join('\n'), MAX_CHECK_CELL);
}
