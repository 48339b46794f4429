import { LOG_COLUMNS, SHEETS } from '../core/schema';
import { neutralise } from '../core/sheet-text';

/**
 * Appends one line to `Nhật ký` (time, action, unit, user, result): the visible record of
 * reports, reminders, confirmations and set-up. One call; creates the sheet if set-up has
 * not run yet.
 */
export function logActivity(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, action: string, unit: string, result: string): void {
  let sheet = ss.getSheetByName(SHEETS.log);
  if (!sheet) {
    sheet = ss.insertSheet(SHEETS.log);
    sheet.appendRow([...LOG_COLUMNS]);
  }
  sheet.appendRow([new Date(), neutralise(action), neutralise(unit), neutralise(activeUserEmail()), neutralise(result)]);
}

/** The user's address when Apps Script tells it ('' for consumer accounts across domains). */
function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}
