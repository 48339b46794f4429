import { MENU } from '../core/messages';

/** Menu items, in order; each names a function exported by src/main.ts. */
export const MENU_ITEMS: readonly { caption: string; functionName: string }[] = [
  { caption: MENU.setup, functionName: 'menuSetup' },
  { caption: MENU.validate, functionName: 'menuValidate' },
  { caption: MENU.totals, functionName: 'menuTotals' },
  { caption: MENU.report, functionName: 'menuReport' },
  { caption: MENU.confirm, functionName: 'menuConfirm' },
  { caption: MENU.returnData, functionName: 'menuReturn' },
  { caption: MENU.schedule, functionName: 'menuSchedule' },
  { caption: MENU.preview, functionName: 'menuPreview' },
  { caption: MENU.sendNow, functionName: 'menuSendNow' },
  { caption: MENU.sidebar, functionName: 'showSidebar' },
  { caption: MENU.doctor, functionName: 'menuDoctor' },
];

/**
 * Builds the "Mô hình ANTT" menu. Touches nothing but the Ui, so it is safe in
 * AuthMode.NONE (AS26). As an add-on (installing, or not yet enabled in this document:
 * AuthMode.NONE) the menu goes under Extensions, as add-ons must; in a bound script it sits
 * in the menu bar. An enabled add-on's onOpen cannot be told from a bound script's (both
 * LIMITED), so it gets the menu-bar menu too, which Google allows for unpublished add-ons;
 * a Marketplace build would pass `addon` always (README, "Deploy").
 */
export function buildMenu(e?: { authMode?: GoogleAppsScript.Script.AuthMode }, addon = false): void {
  const ui = SpreadsheetApp.getUi();
  const asAddon = addon || (e !== undefined && e.authMode === ScriptApp.AuthMode.NONE);
  const menu = asAddon ? ui.createAddonMenu() : ui.createMenu(MENU.title);
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}
