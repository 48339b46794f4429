/**
 * Gathers the self-check's facts on the live sheet in one pass: two bulk reads (`Cấu hình`,
 * `Đơn vị`), the sheet list, and a fixed number of calls to Session, ScriptApp, MailApp and
 * Drive. Protections are read per unit tab (the API has no bulk read of editors), so those
 * calls grow with the number of units, never with rows. Each call that can fail is caught
 * on its own: a missing scope shows as a line, not as a stopped check.
 */
import type { DoctorFacts, Fact, ProtectionFacts, UnitFacts, WorkbookFacts } from '../../core/doctor';
import { PROTECTION } from '../../core/messages';
import { normKey } from '../../core/normalise';
import type { RawSheet } from '../../core/raw';
import { OWNED_SHEETS, SHEETS } from '../../core/schema';
import { isUsable, readWorkbook, splitEmails } from '../../core/workbook';
import { readContext } from '../context';
import { JOB_HANDLER } from '../remind/schedule';
import { probeReportFolder } from './drive-probe';
import { errorMessage } from './error-message';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function fact<T>(fn: () => T): Fact<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    return { ok: false, error: errorMessage(e) };
  }
}

/** The sheet's whole-sheet protection: set-up's own (by description), else any. */
function protectionOf(sheet: Sheet, live: boolean): ProtectionFacts | null {
  const all = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  const p = all.find((x) => x.getDescription().startsWith(PROTECTION.prefix)) ?? all[0];
  if (!p) return null;
  const warningOnly = p.isWarningOnly();
  if (!live || warningOnly) return { warningOnly, editors: null, domainEdit: null };
  return { warningOnly, editors: p.getEditors().map((u) => u.getEmail().toLowerCase()), domainEdit: p.canDomainEdit() };
}

/** `live`: read the editors too (an .xlsx holds none). */
function workbookFacts(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, live: boolean): WorkbookFacts | { missing: string[] } {
  const byKey = new Map<string, Sheet>();
  for (const sheet of ss.getSheets()) {
    const key = normKey(sheet.getName());
    if (!byKey.has(key)) byKey.set(key, sheet);
  }
  const read = (name: string): RawSheet[] => {
    const sheet = byKey.get(normKey(name));
    return sheet ? [{ name: sheet.getName(), values: sheet.getDataRange().getValues() }] : [];
  };
  // Other sheets by name only: the check needs to know they exist, not their rows.
  const catalogs = [SHEETS.settings, SHEETS.units].map(normKey);
  const named = [...byKey].filter(([key]) => !catalogs.includes(key)).map(([, s]) => ({ name: s.getName(), values: [] }));
  const raw = { sheets: [...read(SHEETS.settings), ...read(SHEETS.units), ...named] };
  const usable = isUsable(raw);
  if (!usable.ok) return { missing: usable.missing };
  const wb = readWorkbook(raw, readContext(ss));
  const tabs = new Set(wb.tabs.map((t) => normKey(t.sheet)));
  const units: UnitFacts[] = wb.units.filter((u) => u.followed).map((u) => {
    const sheet = tabs.has(normKey(u.tabName)) ? byKey.get(normKey(u.tabName)) : undefined;
    return { name: u.name, tabName: u.tabName, emails: u.emails, hasTab: !!sheet, protection: sheet ? protectionOf(sheet, live) : null };
  });
  const ownedSheets = OWNED_SHEETS.map((name) => {
    const sheet = byKey.get(normKey(name));
    return { name, exists: !!sheet, protected: !!sheet && sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0 };
  });
  return { units, admins: splitEmails(wb.settings.values.adminEmails), ownedSheets, reportFolderId: wb.settings.values.reportFolderId.trim() };
}

function effectiveUser(): string {
  const me = fact(() => Session.getEffectiveUser().getEmail().toLowerCase());
  return me.ok ? me.value : '';
}

/**
 * The facts of one self-check. `lockAcquired` is null offline (`antt doctor`): then only
 * what the file holds is read, and the live checks are left to the menu.
 */
export function gatherFacts(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, lockAcquired: boolean | null): DoctorFacts {
  const live = lockAcquired !== null;
  const workbook = workbookFacts(ss, live);
  const facts: DoctorFacts = {
    me: effectiveUser(),
    zones: { spreadsheet: ss.getSpreadsheetTimeZone(), script: Session.getScriptTimeZone() },
    workbook,
    live: null,
  };
  if (!live) return facts;
  const configuredFolder = 'missing' in workbook ? '' : workbook.reportFolderId;
  facts.live = {
    authorization: fact(() => {
      const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
      return { required: info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED, url: info.getAuthorizationUrl() ?? '' };
    }),
    folder: fact(() => probeReportFolder(configuredFolder)),
    triggers: fact(() => ({ count: ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === JOB_HANDLER).length, user: facts.me })),
    quota: fact(() => MailApp.getRemainingDailyQuota()),
    lockAcquired,
  };
  return facts;
}
