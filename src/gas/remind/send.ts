/**
 * Sends planned reminders one by one, each logged in `Nhật ký` right after it is tried, so
 * a run that dies after k sends leaves exactly those k as `đã gửi` and the next run sends
 * only the rest. Before each send: the elapsed time (stop well before Apps Script's 6
 * minutes; the rest goes next run) and MailApp's remaining recipients (to + cc): a message
 * that does not fit is not tried; it and every later one are logged `chờ hạn mức` and go
 * first next run.
 */
import { LOG_ACTIONS, MAIL_SENDER_NAME, SEND_STATUS, type SendStatus } from '../../core/messages';
import { sendResult, type PlannedMail } from '../../core/remind';
import { logActivity } from '../activity-log';

/** Stop sending this long after the run started: 6 minutes is the hard limit (AS05). */
export const SEND_BUDGET_MS = 4.5 * 60 * 1000;
const OVER_QUOTA = /too many times for one day: email/i;

/** One message of a run, as the sidebar, the CLI and tests receive it (plain values). */
export interface SendOutcome {
  unit: string | null;
  stage: string;
  to: string[];
  cc: string[];
  subject: string;
  /** null: not tried, the run stopped for time. */
  status: SendStatus | null;
}

function log(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, m: PlannedMail, status: SendStatus): void {
  logActivity(ss, LOG_ACTIONS.remind, m.key.unit ?? '', sendResult(m.key, status, [...m.to, ...m.cc]));
}

export function sendPlanned(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, plan: readonly PlannedMail[], startedAt: number): SendOutcome[] {
  const out: SendOutcome[] = [];
  let quotaGone = false;
  for (const m of plan) {
    const outcome = (status: SendStatus | null): SendOutcome => ({ unit: m.key.unit, stage: m.key.stage, to: m.to, cc: m.cc, subject: m.subject, status });
    if (!quotaGone && Date.now() - startedAt > SEND_BUDGET_MS) {
      out.push(outcome(null));
      continue;
    }
    if (!quotaGone && m.to.length + m.cc.length > MailApp.getRemainingDailyQuota()) quotaGone = true;
    if (quotaGone) {
      log(ss, m, SEND_STATUS.waiting);
      out.push(outcome(SEND_STATUS.waiting));
      continue;
    }
    let status: SendStatus = SEND_STATUS.sent;
    try {
      if (m.to.length === 0) throw new Error('no recipient');
      MailApp.sendEmail({ to: m.to.join(','), cc: m.cc.join(','), subject: m.subject, body: m.text, htmlBody: m.html, name: MAIL_SENDER_NAME });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      quotaGone = OVER_QUOTA.test(message);
      status = quotaGone ? SEND_STATUS.waiting : SEND_STATUS.failed;
      console.log(`Nhắc việc: ${m.subject}: ${message}`);
    }
    log(ss, m, status);
    out.push(outcome(status));
  }
  return out;
}
