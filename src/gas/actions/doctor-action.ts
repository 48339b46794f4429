import { judgeSetup, type DoctorReport } from '../../core/doctor';
import { DOCTOR_TEXT, LOG_ACTIONS, VALIDATE_TEXT } from '../../core/messages';
import { logActivity } from '../activity-log';
import { gatherFacts } from '../doctor/gather';
import { withDocumentLock } from '../lock';
import type { Unusable } from '../unusable';

export interface DoctorResult extends DoctorReport {
  /** Whether the result went to `Nhật ký` (not when another run held the lock). */
  logged: boolean;
}

/**
 * Menu "Kiểm tra cài đặt" (AuthMode.FULL): checks, in one run on the live sheet, what the
 * add-on needs from its deployment (time zones, granted scopes, the report folder, unit
 * tabs' editors, the daily trigger, the mail quota, the document lock) and shows one line
 * per check, ok / cần sửa with what to do. The whole result goes to `Nhật ký` as one row
 * (its `Kết quả` cell holds every line), under the document lock (flushed before release);
 * when another run holds the lock, that is the lock's line and the result is only shown.
 */
export function menuDoctor(): DoctorResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const locked = withDocumentLock(() => {
    const report = judgeSetup(gatherFacts(ss, true));
    logActivity(ss, LOG_ACTIONS.doctor, '', [report.summary, ...report.lines.map((l) => l.text)].join('\n'));
    return report;
  });
  const result = locked.ok ? { ...locked.value, logged: true } : { ...judgeSetup(gatherFacts(ss, false)), logged: false };
  const ui = SpreadsheetApp.getUi();
  const text = [result.summary, '', ...result.lines.map((l) => l.text), '', result.logged ? DOCTOR_TEXT.keep : DOCTOR_TEXT.notLogged];
  ui.alert(DOCTOR_TEXT.title, text.join('\n'), ui.ButtonSet.OK);
  return result;
}

/**
 * The offline CLI (`antt doctor`): the checks an .xlsx can answer (time zones, unit tabs,
 * addresses, protections present); the others come back "not checkable offline". Writes
 * nothing. A workbook without `Đơn vị` or `Loại mô hình` is refused (exit 2).
 */
export function checkSetupOffline(): DoctorReport | Unusable {
  const facts = gatherFacts(SpreadsheetApp.getActiveSpreadsheet(), null);
  if ('missing' in facts.workbook) return { error: VALIDATE_TEXT.unusable(facts.workbook.missing), missing: facts.workbook.missing };
  return judgeSetup(facts);
}
