/**
 * Confirming a unit's period and returning it: a fresh check of the workbook, the log's
 * events, the user's address, then one `Nhật ký` line. Callers hold the document lock.
 */
import { confirmationEvents, decideConfirmation, decideReturn, deadlineDayOf, type ConfirmDecision } from '../../core/confirm';
import type { Issue } from '../../core/issue';
import { CONFIRM_TEXT, LOG_ACTIONS, MAX_LISTED_ERRORS, RETURN_TEXT, UNKNOWN_USER } from '../../core/messages';
import { normKey } from '../../core/normalise';
import type { ReadContext } from '../../core/raw';
import { SHEETS } from '../../core/schema';
import { readWorkbook, splitEmails } from '../../core/workbook';
import type { UnitRecord, Workbook } from '../../core/workbook-model';
import { activeUserEmail, logActivity, readActivityLog } from '../activity-log';
import { checkWorkbook } from '../validate/full-check';

/** What a confirmation or a return did; plain values for google.script.run and the CLI. */
export interface ConfirmOutcome {
  /** `confirmed`/`returned` wrote a line; `already` and `refused` wrote nothing. */
  status: 'confirmed' | 'returned' | 'already' | 'refused';
  unit: string;
  period: string;
  onTime: boolean | null;
  /** The errors that refused it (sheet, row, column, code, message), at most all of them. */
  errors: { sheet: string; row: number | null; column: string; code: string; message: string }[];
  /** The Vietnamese sentence(s) to show. */
  message: string;
}

/** A followed unit by code (any case), or the message saying there is none. */
export function findUnit(workbook: Workbook, code: string): { unit: UnitRecord } | { error: string } {
  const unit = workbook.units.find((u) => u.followed && normKey(u.code) === normKey(code));
  return unit ? { unit } : { error: CONFIRM_TEXT.unknownUnit(code) };
}

/** The followed unit whose tab is `sheetName`, if any (the menu used on a unit's tab). */
export function unitOfSheet(units: readonly UnitRecord[], sheetName: string): UnitRecord | null {
  return units.find((u) => u.followed && normKey(u.tabName) === normKey(sheetName)) ?? null;
}

function errorList(errors: readonly Issue[]): string[] {
  return errors.slice(0, MAX_LISTED_ERRORS).map((e) => CONFIRM_TEXT.errorLine(e.sheet, e.row, e.message));
}

function outcomeOf(unit: UnitRecord, decision: ConfirmDecision, user: string): ConfirmOutcome {
  const base = { unit: unit.code, errors: [] as ConfirmOutcome['errors'], onTime: null };
  switch (decision.kind) {
    case 'not-allowed':
      return { ...base, status: 'refused', period: '', message: CONFIRM_TEXT.notAllowed(user, unit.name) };
    case 'errors':
      return {
        ...base, status: 'refused', period: '',
        errors: decision.errors.map(({ sheet, row, column, code, message }) => ({ sheet, row, column, code, message })),
        message: CONFIRM_TEXT.hasErrors(unit.name, decision.errors.length, errorList(decision.errors), Math.max(0, decision.errors.length - MAX_LISTED_ERRORS)),
      };
    case 'already':
      return { ...base, status: 'already', period: decision.period, message: CONFIRM_TEXT.already(unit.name, decision.period, decision.day) };
    case 'confirm': {
      const done = CONFIRM_TEXT.done(unit.name, decision.period, decision.onTime, decision.deadline);
      return { ...base, status: 'confirmed', period: decision.period, onTime: decision.onTime, message: decision.userKnown ? done : `${done} ${CONFIRM_TEXT.unknownUser}` };
    }
  }
}

/** Re-checks the workbook and records the unit's confirmation of today's period when it may. */
export function confirmUnit(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, code: string): ConfirmOutcome | { error: string } {
  const { workbook, validation, ctx } = checkWorkbook(ss);
  const found = findUnit(workbook, code);
  if ('error' in found) return found;
  const { unit } = found;
  const user = activeUserEmail();
  const decision = decideConfirmation({
    unit,
    issues: validation.issues.filter((i) => i.unitCode !== null && normKey(i.unitCode) === normKey(unit.code)),
    user,
    admins: splitEmails(workbook.settings.values.adminEmails),
    today: ctx.today,
    deadlineDay: deadlineDayOf(workbook.settings.values.deadlineDay),
    events: confirmationEvents(readActivityLog(ss, ctx)),
  });
  if (decision.kind === 'confirm') {
    logActivity(ss, LOG_ACTIONS.confirm, unit.code, CONFIRM_TEXT.logResult(decision.period, decision.onTime, decision.deadline), user || UNKNOWN_USER);
  }
  return outcomeOf(unit, decision, user);
}

/** An admin returns the unit's confirmation of today's period, with a reason. */
export function returnUnit(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, code: string, reason: string): ConfirmOutcome | { error: string } {
  const { workbook, ctx } = checkWorkbook(ss);
  const found = findUnit(workbook, code);
  if ('error' in found) return found;
  const { unit } = found;
  const user = activeUserEmail();
  const decision = decideReturn({
    unit, user, reason, today: ctx.today,
    admins: splitEmails(workbook.settings.values.adminEmails),
    events: confirmationEvents(readActivityLog(ss, ctx)),
  });
  const base = { unit: unit.code, onTime: null, errors: [], period: '' };
  switch (decision.kind) {
    case 'not-admin':
      return { ...base, status: 'refused', message: RETURN_TEXT.notAdmin(user) };
    case 'no-reason':
      return { ...base, status: 'refused', message: RETURN_TEXT.noReason };
    case 'not-confirmed':
      return { ...base, status: 'refused', period: decision.period, message: RETURN_TEXT.notConfirmed(unit.name, decision.period) };
    case 'return': {
      logActivity(ss, LOG_ACTIONS.returned, unit.code, RETURN_TEXT.logResult(decision.period, decision.reason), user || UNKNOWN_USER);
      const done = RETURN_TEXT.done(unit.name, decision.period, decision.reason);
      return { ...base, status: 'returned', period: decision.period, message: decision.userKnown ? done : `${done} ${CONFIRM_TEXT.unknownUser}` };
    }
  }
}

/** The `Đơn vị` catalog alone (two calls), to pick a unit before taking the lock. */
export function readUnits(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, ctx: ReadContext): UnitRecord[] {
  const sheet = ss.getSheetByName(SHEETS.units);
  return sheet ? readWorkbook({ sheets: [{ name: SHEETS.units, values: sheet.getDataRange().getValues() }] }, ctx).units.filter((u) => u.followed) : [];
}
