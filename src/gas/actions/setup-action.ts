import { HOME_TIME_ZONE } from '../../core/doctor';
import { LOG_ACTIONS, SETUP_TEXT } from '../../core/messages';
import { logActivity } from '../activity-log';
import { withDocumentLock } from '../lock';
import { setUpWorkbook, type SetupResult } from '../setup/setup';

/**
 * A spreadsheet in another zone reads the same typed days (AS37), but "today" and the
 * report's dates follow its zone: say so and offer to set Việt Nam's. Changing the zone
 * keeps every date cell's day.
 */
function offerHomeTimeZone(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, ui: GoogleAppsScript.Base.Ui): void {
  const zone = ss.getSpreadsheetTimeZone();
  if (zone === HOME_TIME_ZONE) return;
  const answer = ui.alert(SETUP_TEXT.title, SETUP_TEXT.zoneDiffers(zone, HOME_TIME_ZONE), ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) return;
  ss.setSpreadsheetTimeZone(HOME_TIME_ZONE);
  ss.toast(SETUP_TEXT.zoneSet(HOME_TIME_ZONE), SETUP_TEXT.title, 5);
}

/**
 * Menu "Thiết lập / sửa bảng tính" (AuthMode.FULL). Creates or repairs the workbook under
 * the document lock, logs it in `Nhật ký`, tells the user what it did, and offers to set
 * the spreadsheet's time zone to Việt Nam's when it differs.
 */
export function menuSetup(): SetupResult | { busy: string } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const locked = withDocumentLock(() => {
    const result = setUpWorkbook(ss);
    logActivity(ss, LOG_ACTIONS.setup, '', result.message);
    return result;
  });
  if (!locked.ok) {
    ui.alert(locked.message);
    return { busy: locked.message };
  }
  const result = locked.value;
  ss.toast(result.message, SETUP_TEXT.title, 10);
  if (result.skipped.length > 0) ui.alert(SETUP_TEXT.title, result.skipped.join('\n\n'), ui.ButtonSet.OK);
  offerHomeTimeZone(ss, ui);
  return result;
}
