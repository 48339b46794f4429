import { MENU } from '../core/messages';

/** Menu items, in order; each names a function exported by src/main.ts. */
export const MENU_ITEMS: readonly { caption: string; functionName: string }[] = [
  { caption: MENU.setup, functionName: 'menuSetup' },
  { caption: MENU.validate, functionName: 'menuValidate' },
  { caption: MENU.totals, functionName: 'menuTotals' },
  { caption: MENU.report, functionName: 'menuReport' },
];

/**
 * Builds the "Mô hình ANTT" menu. Touches nothing but the Ui, so it is safe in
 * AuthMode.NONE (AS26). An add-on not yet enabled in this document (AuthMode.NONE) must use
 * the add-on menu under Extensions; otherwise the menu sits in the menu bar.
 */
export function buildMenu(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  const ui = SpreadsheetApp.getUi();
  const menu = e && e.authMode === ScriptApp.AuthMode.NONE ? ui.createAddonMenu() : ui.createMenu(MENU.title);
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}
