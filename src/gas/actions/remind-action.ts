import { CONFIRMATION_LABELS, REMIND_UI, SEND_STATUS, STAGE_LABELS } from '../../core/messages';
import { periodOf, unitConfirmation } from '../../core/confirm';
import { runJob, type JobResult } from '../remind/job';
import { gatherReminders } from '../remind/gather';
import { installSchedule, isScheduled, JOB_HOUR, removeSchedule } from '../remind/schedule';
import { usableOr, type Unusable } from '../unusable';

/** What the sidebar's reminder panel shows (plain values, ISO strings: AS33). */
export interface ReminderStatus {
  scheduled: boolean;
  hour: number | null;
  period: string;
  units: { code: string; name: string; confirmed: 'on-time' | 'late' | 'missing' }[];
  preview: { unit: string | null; stage: string; to: string[]; cc: string[]; subject: string }[];
  lastSends: { time: string; unit: string | null; stage: string; status: string }[];
}

const LAST_SENDS = 20;

/** Trigger (time-driven, AuthMode.FULL, daily ~08:00): the reminder job. */
export function runReminderJob(): JobResult | Unusable {
  return usableOr(() => runJob(SpreadsheetApp.getActiveSpreadsheet()));
}

/** google.script.run (sidebar) and `antt remind`: the job now, without dialogs. */
export function sendRemindersNow(): JobResult | Unusable {
  return runReminderJob();
}

/** google.script.run (sidebar): schedule, today's preview, confirmations and the last sends. */
export function getReminderStatus(): ReminderStatus | Unusable {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return usableOr(() => {
    const data = gatherReminders(ss);
    const period = periodOf(data.ctx.today);
    const scheduled = isScheduled();
    return {
      scheduled,
      hour: scheduled ? JOB_HOUR : null,
      period,
      units: data.units.map((u) => ({ code: u.code, name: u.name, confirmed: unitConfirmation(data.events, u.code, period, data.ctx.today).state })),
      preview: data.plan.map((m) => ({ unit: m.key.unit, stage: m.key.stage, to: m.to, cc: m.cc, subject: m.subject })),
      lastSends: data.records.slice(-LAST_SENDS).reverse().map((r) => ({
        time: r.at === null ? '' : new Date(r.at).toISOString(), unit: r.unit, stage: r.stage, status: r.status,
      })),
    };
  });
}

/** Menu "Bật/Tắt lịch nhắc tự động" (AuthMode.FULL): asks, then installs or removes the daily trigger. */
export function menuSchedule(): { ok: boolean; message: string } | null {
  const ui = SpreadsheetApp.getUi();
  const on = isScheduled();
  const answer = ui.alert(REMIND_UI.title, on ? REMIND_UI.askToggleOff(JOB_HOUR) : REMIND_UI.askToggleOn, ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) return null;
  const result = on ? removeSchedule() : installSchedule();
  ui.alert(REMIND_UI.title, result.message, ui.ButtonSet.OK);
  return result;
}

/** google.script.run (sidebar) and tests: turn the daily trigger on or off without dialogs. */
export function setReminderSchedule(on: boolean): { ok: boolean; message: string } {
  return on ? installSchedule() : removeSchedule();
}

/** Menu "Xem trước nhắc việc" (AuthMode.FULL): who would get what today; sends nothing. */
export function menuPreview(): ReminderStatus | Unusable {
  const ui = SpreadsheetApp.getUi();
  const status = getReminderStatus();
  if ('error' in status) {
    ui.alert(status.error);
    return status;
  }
  const lines = status.preview.map((p) => REMIND_UI.previewLine(STAGE_LABELS[p.stage as keyof typeof STAGE_LABELS], [...p.to, ...p.cc].join(', '), p.subject));
  const states = status.units.map((u) => `${u.name}: ${CONFIRMATION_LABELS[u.confirmed]}`);
  ui.alert(REMIND_UI.previewTitle, [lines.length > 0 ? lines.join('\n') : REMIND_UI.previewEmpty, '', ...states].join('\n'), ui.ButtonSet.OK);
  return status;
}

/** Menu "Gửi nhắc việc ngay" (AuthMode.FULL): after a confirmation dialog, runs the job now. */
export function menuSendNow(): JobResult | Unusable | null {
  const ui = SpreadsheetApp.getUi();
  const status = getReminderStatus();
  if ('error' in status) {
    ui.alert(status.error);
    return status;
  }
  if (status.preview.length === 0) {
    ui.alert(REMIND_UI.title, REMIND_UI.nothingToSend, ui.ButtonSet.OK);
    return null;
  }
  const recipients = status.preview.reduce((n, p) => n + p.to.length + p.cc.length, 0);
  const answer = ui.alert(REMIND_UI.title, REMIND_UI.confirmSend(status.preview.length, recipients, MailApp.getRemainingDailyQuota()), ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) return null;
  const result = runReminderJob();
  if ('error' in result) ui.alert(result.error);
  else if ('busy' in result) ui.alert(result.busy);
  else {
    const count = (s: string | null) => result.sends.filter((x) => x.status === s).length;
    ui.alert(REMIND_UI.title, REMIND_UI.sent(count(SEND_STATUS.sent), count(SEND_STATUS.waiting), count(SEND_STATUS.failed), count(null)), ui.ButtonSet.OK);
  }
  return result;
}
