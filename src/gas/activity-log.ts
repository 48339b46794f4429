import type { ReadContext } from '../core/raw';
import { readLogLines, type LogLine } from '../core/log-lines';
import { LOG_COLUMNS, SHEETS } from '../core/schema';
import { neutralise } from '../core/sheet-text';

/**
 * Appends one line to `Nhật ký` (time, action, unit, user, result): the visible record of
 * reports, reminders, confirmations and set-up. One call; creates the sheet if set-up has
 * not run yet. `user` overrides the active user's address (a confirmation by an unknown
 * user says so).
 */
export function logActivity(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, action: string, unit: string, result: string, user: string = activeUserEmail()): void {
  let sheet = ss.getSheetByName(SHEETS.log);
  if (!sheet) {
    sheet = ss.insertSheet(SHEETS.log);
    sheet.appendRow([...LOG_COLUMNS]);
  }
  sheet.appendRow([new Date(), neutralise(action), neutralise(unit), neutralise(user), neutralise(result)]);
}

/** `Nhật ký` read back in one bulk read (confirmations and sends live there). */
export function readActivityLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, ctx: ReadContext): LogLine[] {
  const sheet = ss.getSheetByName(SHEETS.log);
  return sheet ? readLogLines(sheet.getDataRange().getValues(), ctx.tzOffsets) : [];
}

/** The user's address when Apps Script tells it ('' for consumer accounts across domains). */
export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}
