import { MENU } from '../core/messages';

/**
 * Simple trigger, called by Apps Script when the sheet opens (AuthMode.NONE for an add-on
 * not yet enabled in this document, LIMITED otherwise). Builds the menu only: no data or
 * properties access on this path (AS26).
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi().createMenu(MENU.title).addToUi();
}
