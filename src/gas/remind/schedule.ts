/**
 * The daily trigger of the reminder job (AS27): one clock trigger at about 08:00 in Viet
 * Nam. Installing deletes this handler's triggers first, so installing twice leaves one;
 * Apps Script's 20-trigger limit and the editor add-on's one-clock-trigger-per-document
 * rule become Vietnamese messages.
 */
import { REMIND_UI } from '../../core/messages';

export const JOB_HANDLER = 'runReminderJob';
export const JOB_HOUR = 8;
const JOB_ZONE = 'Asia/Ho_Chi_Minh';
const TOO_MANY = /too many triggers/i;
const ADDON_CLOCK = /time-based trigger|clock trigger/i;

function jobTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === JOB_HANDLER);
}

export function isScheduled(): boolean {
  return jobTriggers().length > 0;
}

export function installSchedule(): { ok: boolean; message: string } {
  const before = jobTriggers();
  for (const t of before) ScriptApp.deleteTrigger(t);
  try {
    ScriptApp.newTrigger(JOB_HANDLER).timeBased().everyDays(1).atHour(JOB_HOUR).inTimezone(JOB_ZONE).create();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (TOO_MANY.test(message)) return { ok: false, message: REMIND_UI.tooManyTriggers };
    if (ADDON_CLOCK.test(message)) return { ok: false, message: REMIND_UI.addonClockLimit };
    return { ok: false, message: REMIND_UI.triggerFailed(message) };
  }
  return { ok: true, message: before.length > 0 ? REMIND_UI.scheduleAlreadyOn(JOB_HOUR) : REMIND_UI.scheduleOn(JOB_HOUR) };
}

export function removeSchedule(): { ok: boolean; message: string } {
  const mine = jobTriggers();
  for (const t of mine) ScriptApp.deleteTrigger(t);
  return { ok: true, message: mine.length > 0 ? REMIND_UI.scheduleOff : REMIND_UI.scheduleWasOff };
}
