import { LOG_ACTIONS, SETUP_TEXT } from '../../core/messages';
import { logActivity } from '../activity-log';
import { withDocumentLock } from '../lock';
import { setUpWorkbook, type SetupResult } from '../setup/setup';

/**
 * Menu "Thiết lập / sửa bảng tính" (AuthMode.FULL). Creates or repairs the workbook under
 * the document lock, logs it in `Nhật ký`, and tells the user what it did.
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
  return result;
}
