/**
 * The entry: exports exactly the functions Apps Script calls (menu items, triggers,
 * google.script.run). The build turns each export into a top-level function of dist/Code.js.
 */
import { buildMenu } from './gas/menu';

export { menuSetup } from './gas/actions/setup-action';
export { menuValidate, validateAll } from './gas/actions/validate-action';
export { menuTotals, updateTotals, getTotals } from './gas/actions/totals-action';
export { menuReport, makeReport } from './gas/actions/report-action';
export { menuConfirm, confirmPeriod, menuReturn, returnPeriod } from './gas/actions/confirm-action';
export { showSidebar, getProblems, checkAgain, selectCell } from './gas/actions/sidebar-action';
export {
  runReminderJob, sendRemindersNow, getReminderStatus, setReminderSchedule, menuSchedule, menuPreview, menuSendNow,
} from './gas/actions/remind-action';
export { menuDoctor, checkSetupOffline } from './gas/actions/doctor-action';
import { onEditCheck } from './gas/actions/validate-action';

/**
 * Simple trigger: the sheet opened. AuthMode.NONE for an add-on not yet enabled in this
 * document, LIMITED otherwise; builds the menu only, no data access (AS26).
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
}

/** Simple trigger: the add-on was installed (AuthMode.FULL); shows its Extensions menu at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(e, true);
}

/** Simple trigger: cells were edited (AuthMode.LIMITED); checks the edited rows live. */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  onEditCheck(e);
}
