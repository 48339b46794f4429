import { HELP_TEXT, PROTECTION } from '../../core/messages';
import { validEmails } from '../../core/setup-plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * Dropdown of a fixed list. Invalid entries are allowed (AS14's default): a paste from Excel
 * is never rejected half-way, and the check explains the problem in Vietnamese instead.
 */
export function listRule(values: readonly string[]): Rule {
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...values], true)
    .setAllowInvalid(true)
    .setHelpText(HELP_TEXT.list(values))
    .build();
}

/** Dropdown of the model-type catalog, so a type added to `Loại mô hình` shows up at once. */
export function catalogRule(range: GoogleAppsScript.Spreadsheet.Range): Rule {
  return SpreadsheetApp.newDataValidation()
    .requireValueInRange(range, true)
    .setAllowInvalid(true)
    .setHelpText(HELP_TEXT.catalogType)
    .build();
}

/**
 * The sheet protection set-up owns, found again by its description so a second run updates
 * it instead of stacking another one.
 */
function ownProtection(sheet: Sheet): GoogleAppsScript.Spreadsheet.Protection {
  const existing = sheet
    .getProtections(SpreadsheetApp.ProtectionType.SHEET)
    .find((p) => p.getDescription().startsWith(PROTECTION.prefix));
  return existing ?? sheet.protect();
}

/**
 * A unit's tab is editable by its focal points and the district admins only. With no valid
 * address configured, the tab is protected warning-only instead, so a unit is never locked
 * out of its own data by a missing e-mail.
 */
export function protectUnitTab(sheet: Sheet, unitName: string, editors: readonly string[]): void {
  const protection = ownProtection(sheet);
  protection.setDescription(PROTECTION.unitTab(unitName));
  const wanted = validEmails(editors);
  if (wanted.length === 0) {
    protection.setWarningOnly(true);
    return;
  }
  protection.setWarningOnly(false);
  // The Protection sample's order (AS38): the current user first, so removing a group the
  // user edits through cannot lock the script out; then the others; then the domain.
  const me = Session.getEffectiveUser();
  protection.addEditor(me);
  const mine = me.getEmail().toLowerCase();
  const current = protection.getEditors().map((u) => u.getEmail().toLowerCase());
  const stale = current.filter((e) => e !== mine && !wanted.includes(e));
  if (stale.length > 0) protection.removeEditors(stale);
  const fresh = wanted.filter((e) => !current.includes(e));
  if (fresh.length > 0) protection.addEditors(fresh);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/** Sheets the add-on rewrites: anyone may look, an edit asks for confirmation first. */
export function protectOwnedSheet(sheet: Sheet): void {
  const protection = ownProtection(sheet);
  protection.setDescription(PROTECTION.owned(sheet.getName()));
  protection.setWarningOnly(true);
}
