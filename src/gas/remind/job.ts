/**
 * The daily reminder job: under the script lock, so two runs never overlap (a second one
 * exits with a log line), it gathers, plans and sends. The trigger, "Gửi nhắc việc ngay"
 * and `antt remind` all run this.
 */
import { REMIND_UI } from '../../core/messages';
import { releaseAfterWrites } from '../lock';
import { gatherReminders } from './gather';
import { sendPlanned, type SendOutcome } from './send';

export type JobResult = { sends: SendOutcome[] } | { busy: string };

export function runJob(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): JobResult {
  const startedAt = Date.now();
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(0)) {
    console.log(REMIND_UI.logBusy);
    return { busy: REMIND_UI.busy };
  }
  try {
    const sends = sendPlanned(ss, gatherReminders(ss).plan, startedAt);
    const left = sends.filter((s) => s.status === null).length;
    if (left > 0) console.log(REMIND_UI.logStopped(left));
    return { sends };
  } finally {
    releaseAfterWrites(lock); // the send log (Nhật ký) was written under the lock
  }
}
