/**
 * Everything the reminder plan needs, read in bulk: the workbook and a fresh check, `Nhật ký`
 * once (confirmations and sends), and one link per unit tab. Calls grow with units, never
 * with rows.
 */
import { confirmationEvents, deadlineDayOf } from '../../core/confirm';
import { normKey } from '../../core/normalise';
import { planReminders, sendRecords, unitFacts, type PlannedMail, type UnitFacts } from '../../core/remind';
import { splitEmails } from '../../core/workbook';
import type { Workbook } from '../../core/workbook-model';
import { readActivityLog } from '../activity-log';
import { checkWorkbook } from '../validate/full-check';
import type { ReadContext } from '../../core/raw';
import type { ConfirmationEvent } from '../../core/confirm';
import type { SendRecord } from '../../core/remind';

export interface ReminderData {
  ctx: ReadContext;
  workbook: Workbook;
  units: UnitFacts[];
  events: ConfirmationEvent[];
  records: SendRecord[];
  plan: PlannedMail[];
}

const DEFAULT_REMIND_DAYS = 5;

export function gatherReminders(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ReminderData {
  const { workbook, validation, ctx } = checkWorkbook(ss);
  const lines = readActivityLog(ss, ctx);
  const events = confirmationEvents(lines);
  const records = sendRecords(lines);
  const units = unitFacts(workbook, validation, ctx.today);
  const url = ss.getUrl();
  const gids = new Map(ss.getSheets().map((s) => [normKey(s.getName()), s.getSheetId()]));
  const settings = workbook.settings.values;
  const remindDays = Number(settings.remindDaysBefore);
  const plan = planReminders({
    today: ctx.today,
    deadlineDay: deadlineDayOf(settings.deadlineDay),
    remindDaysBefore: settings.remindDaysBefore.trim() !== '' && Number.isFinite(remindDays) ? remindDays : DEFAULT_REMIND_DAYS,
    admins: splitEmails(settings.adminEmails),
    units,
    events,
    records,
    linkOf: (u) => (gids.has(normKey(u.tabName)) ? `${url}#gid=${gids.get(normKey(u.tabName))}` : url),
    workbookLink: url,
  });
  return { ctx, workbook, units, events, records, plan };
}
