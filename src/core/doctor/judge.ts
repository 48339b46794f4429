/**
 * The self-check's verdicts: each fact becomes one line, ok / cần sửa with what to do, or
 * "not checkable offline" when the file cannot tell (`antt doctor`). Pure: the facts come
 * from src/gas/doctor.
 */
import { DOCTOR_TEXT as T } from '../messages/doctor';
import { validEmails } from '../setup-plan';
import { isEmail, sameEmail } from '../email';
import type { DoctorFacts, Fact, FolderFacts, LiveFacts, WorkbookFacts } from './facts';
import { permissionProblem } from './permission';

export type DoctorCheck = keyof typeof T.labels;
export type DoctorStatus = 'ok' | 'fix' | 'offline';

export interface DoctorLine {
  check: DoctorCheck;
  status: DoctorStatus;
  /** The whole line as shown: status, label, finding and what to do. */
  text: string;
}

export interface DoctorReport {
  lines: DoctorLine[];
  ok: number;
  fix: number;
  summary: string;
}

/** The zone the add-on's dates are meant in (appsscript.json uses it too, AS18). */
export const HOME_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const STATUS_WORD: Record<DoctorStatus, string> = { ok: T.ok, fix: T.fix, offline: T.offline };

function line(check: DoctorCheck, status: DoctorStatus, text: string): DoctorLine {
  return { check, status, text: T.line(STATUS_WORD[status], T.labels[check], text) };
}

/** A failed call in Vietnamese: a missing permission names its call and scope. */
function reason(error: string): string {
  const p = permissionProblem(error);
  // The lines end their own sentences: the error's final period would double.
  return p ? T.missingScope(p.call, p.scopes) : error.replace(/\.+$/, '');
}

/** ok with `okText` when nothing was found, else "cần sửa" with every problem. */
function verdict(check: DoctorCheck, problems: readonly (string | false)[], okText: string): DoctorLine {
  const found = problems.filter((p): p is string => p !== false);
  return found.length > 0 ? line(check, 'fix', found.join(' ')) : line(check, 'ok', okText);
}

/** A fact's line: `judge` on its value, or "could not check" with the reason. */
function factLine<V>(check: DoctorCheck, fact: Fact<V>, judge: (v: V) => DoctorLine): DoctorLine {
  return fact.ok ? judge(fact.value) : line(check, 'fix', T.failed(reason(fact.error)));
}

function zoneLine(zones: DoctorFacts['zones']): DoctorLine {
  if (zones.spreadsheet !== HOME_TIME_ZONE) return line('timeZone', 'fix', T.zoneSheet(zones.spreadsheet, HOME_TIME_ZONE));
  if (zones.script !== HOME_TIME_ZONE) return line('timeZone', 'fix', T.zoneScript(zones.script, HOME_TIME_ZONE));
  return line('timeZone', 'ok', T.zoneOk(HOME_TIME_ZONE));
}

/** Addresses that do not read as e-mail addresses, as typed. */
function invalid(emails: readonly string[]): string[] {
  return emails.filter((e) => !isEmail(e.trim()));
}

function workbookLines(wb: WorkbookFacts, offline: boolean, me: string): DoctorLine[] {
  const lines: DoctorLine[] = [];
  const missingTabs = wb.units.filter((u) => !u.hasTab).map((u) => u.tabName);
  if (wb.units.length === 0) lines.push(line('unitTabs', 'fix', T.noUnits));
  else lines.push(missingTabs.length > 0 ? line('unitTabs', 'fix', T.unitTabsMissing(missingTabs)) : line('unitTabs', 'ok', T.unitTabsOk(wb.units.length)));

  const noFocal = wb.units.filter((u) => validEmails(u.emails).length === 0).map((u) => u.name);
  const badFocal = wb.units.flatMap((u) => invalid(u.emails).map((e) => `${u.name}: ${e}`));
  const admins = validEmails(wb.admins);
  const badAdmin = invalid(wb.admins);
  lines.push(verdict('emails', [
    noFocal.length > 0 && T.noFocal(noFocal),
    badFocal.length > 0 && T.badFocal(badFocal),
    admins.length === 0 && T.noAdmin,
    badAdmin.length > 0 && T.badAdmin(badAdmin),
  ], T.emailsOk(wb.units.length, admins.length)));

  const tabs = wb.units.filter((u) => u.hasTab);
  const unprotected = tabs.filter((u) => !u.protection).map((u) => u.tabName);
  const warnOnly = tabs.filter((u) => u.protection?.warningOnly && validEmails([...u.emails, ...wb.admins]).length > 0).map((u) => u.tabName);
  lines.push(verdict('protections', [unprotected.length > 0 && T.unprotected(unprotected), warnOnly.length > 0 && T.warningOnly(warnOnly)], T.protectionsOk(tabs.length)));

  if (offline) lines.push(line('editors', 'offline', `${T.offlineWhat.editors}; ${T.offlineHint}`));
  else lines.push(editorsLine(tabs, wb.admins, me));

  const missingOwned = wb.ownedSheets.filter((s) => !s.exists).map((s) => s.name);
  const unprotectedOwned = wb.ownedSheets.filter((s) => s.exists && !s.protected).map((s) => s.name);
  lines.push(verdict('ownedSheets', [missingOwned.length > 0 && T.ownedMissing(missingOwned), unprotectedOwned.length > 0 && T.ownedUnprotected(unprotectedOwned)], T.ownedOk(wb.ownedSheets.length)));
  return lines;
}

/**
 * Each enforced unit tab's editors against its focal points and the admins. The user who
 * ran set-up stays an editor by design (rules.ts adds the current user first), so `me` is
 * never "extra"; warning-only tabs have no editor list to compare.
 */
function editorsLine(tabs: WorkbookFacts['units'], admins: readonly string[], me: string): DoctorLine {
  const problems: string[] = [];
  let enforced = 0;
  for (const u of tabs) {
    const p = u.protection;
    if (!p || p.warningOnly || p.editors === null) continue;
    enforced++;
    const wanted = validEmails([...u.emails, ...admins]);
    const missing = wanted.filter((e) => !p.editors?.includes(e));
    const extra = p.editors.filter((e) => !wanted.includes(e) && !sameEmail(e, me));
    if (missing.length > 0) problems.push(T.editorsMissing(u.tabName, missing));
    if (extra.length > 0) problems.push(T.editorsExtra(u.tabName, extra));
    if (p.domainEdit) problems.push(T.domainEdit(u.tabName));
  }
  return problems.length > 0 ? line('editors', 'fix', T.editorsFix(problems)) : line('editors', 'ok', T.editorsOk(enforced));
}

function folderLine(f: FolderFacts): DoctorLine {
  if (!f.driveEnabled) return line('folder', 'fix', T.driveMissing);
  if (f.unreachable) return line('folder', 'fix', T.folderUnreachable(f.unreachable.id, reason(f.unreachable.error)));
  if (f.folder && !f.folder.isFolder) return line('folder', 'fix', T.folderNotFolder(f.folder.id));
  if (f.failed) {
    const left = f.failed.step === 'create' ? '' : ` ${T.trashLeft(T.probeName)}`;
    return line('folder', 'fix', T.folderStep(T.steps[f.failed.step], f.folder?.name ?? T.myDrive, reason(f.failed.error)) + left);
  }
  return line('folder', 'ok', f.folder ? T.folderOk(f.folder.name) : T.folderNone);
}

/** The most recipients one reminder round can have: every focal point and every admin. */
function roundRecipients(wb: WorkbookFacts | { missing: string[] }): number {
  if ('missing' in wb) return 0;
  return validEmails([...wb.units.flatMap((u) => u.emails), ...wb.admins]).length;
}

/** Every permission error among the live facts: the scopes line lists them all. */
function missingScopes(live: LiveFacts): string[] {
  const errors = [live.authorization, live.folder, live.triggers, live.quota].flatMap((f) => (f.ok ? [] : [f.error]));
  if (live.folder.ok && live.folder.value.failed) errors.push(live.folder.value.failed.error);
  if (live.folder.ok && live.folder.value.unreachable) errors.push(live.folder.value.unreachable.error);
  const problems = errors.map(permissionProblem).flatMap((p) => (p ? [T.missingScope(p.call, p.scopes)] : []));
  return [...new Set(problems)];
}

function liveLines(live: LiveFacts, wb: DoctorFacts['workbook']): DoctorLine[] {
  const missing = missingScopes(live);
  const scopes = factLine('scopes', live.authorization, (a) => {
    if (a.required) return line('scopes', 'fix', T.scopesRequired(a.url));
    return missing.length > 0 ? line('scopes', 'fix', T.scopesMissing(missing)) : line('scopes', 'ok', T.scopesOk);
  });
  const needed = roundRecipients(wb);
  return [
    scopes,
    factLine('folder', live.folder, folderLine),
    factLine('trigger', live.triggers, (t) =>
      t.count === 0 ? line('trigger', 'fix', T.triggerNone) : t.count > 1 ? line('trigger', 'fix', T.triggerMany(t.count)) : line('trigger', 'ok', T.triggerOk(t.user)),
    ),
    factLine('quota', live.quota, (left) => (left === 0 || left < needed ? line('quota', 'fix', T.quotaLow(left, needed)) : line('quota', 'ok', T.quotaOk(left, needed)))),
    line('lock', live.lockAcquired ? 'ok' : 'fix', live.lockAcquired ? T.lockOk : T.lockBusy),
  ];
}

const OFFLINE_CHECKS = ['scopes', 'folder', 'trigger', 'quota', 'lock'] as const;

/** Every line of one self-check, in the order the dialog shows them, and the summary. */
export function judgeSetup(facts: DoctorFacts): DoctorReport {
  const wb = facts.workbook;
  const offline = facts.live === null;
  const lines: DoctorLine[] = [zoneLine(facts.zones)];
  if ('missing' in wb) lines.push(line('unitTabs', 'fix', T.unusable(wb.missing)));
  else lines.push(...workbookLines(wb, offline, facts.me));
  if (facts.live) lines.push(...liveLines(facts.live, wb));
  else for (const c of OFFLINE_CHECKS) lines.push(line(c, 'offline', `${T.offlineWhat[c]}; ${T.offlineHint}`));
  const ok = lines.filter((l) => l.status === 'ok').length;
  const fix = lines.filter((l) => l.status === 'fix').length;
  return { lines, ok, fix, summary: T.summary(ok, fix) };
}
