/**
 * The full check: reads the catalogs and unit tabs in bulk, validates in the core, then writes each unit
 * tab's `Kiểm tra` column (one call per tab) and rewrites `Lỗi dữ liệu`. Service calls grow
 * with the number of tabs, never with rows.
 */
import type { Issue, ValidationResult } from '../../core/issue';
import { VALIDATE_TEXT } from '../../core/messages';
import { normKey } from '../../core/normalise';
import type { ReadContext } from '../../core/raw';
import { MODEL_COLUMNS } from '../../core/schema';
import { checkCellText, validateWorkbook } from '../../core/validate';
import { isBlankRow, isUsable, readWorkbook } from '../../core/workbook';
import type { Workbook } from '../../core/workbook-model';
import { readContext } from '../context';
import { readRawWorkbook, writeBlock } from '../workbook-io';
import { UnusableWorkbook } from '../unusable';
import { writeIssuesSheet } from './issues-sheet';

/** The tool-owned column's header. */
const CHECK_HEADER = MODEL_COLUMNS.find((c) => c.key === 'check')!.header;

export interface CheckSummary {
  errors: number;
  warnings: number;
  /** Per unit (and one line for workbook-level issues): name, errors, warnings. */
  byUnit: { unit: string; errors: number; warnings: number }[];
}

export interface FullCheck {
  workbook: Workbook;
  validation: ValidationResult;
  summary: CheckSummary;
}

/** Reads and validates the whole workbook without writing anything; throws UnusableWorkbook. */
export function checkWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Omit<FullCheck, 'summary'> & { ctx: ReadContext } {
  const ctx = readContext(ss);
  const raw = readRawWorkbook(ss, ctx);
  const usable = isUsable(raw);
  if (!usable.ok) throw new UnusableWorkbook(usable.missing);
  const workbook = readWorkbook(raw, ctx);
  return { workbook, validation: validateWorkbook(workbook, ctx), ctx };
}

export function runFullCheck(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): FullCheck {
  const { workbook, validation } = checkWorkbook(ss);
  const byRow = new Map<string, Issue[]>();
  for (const row of validation.rows) byRow.set(`${row.record.sheet}\u0000${row.record.row}`, row.issues);

  const sheetIds = new Map<string, number>();
  const followed = new Set(workbook.units.filter((u) => u.followed).map((u) => u.code));
  const tabs = workbook.tabs.filter((t) => t.unitCode !== null && followed.has(t.unitCode));
  const unitName = unitNames(workbook);
  tabs.forEach((tab, i) => {
    const sheet = ss.getSheetByName(tab.sheet);
    if (!sheet) return;
    sheetIds.set(tab.sheet, sheet.getSheetId());
    // Progress on every run, large or small, so the check's service calls never depend on rows.
    ss.toast(VALIDATE_TEXT.progress(i + 1, tabs.length, unitName(tab.unitCode)), VALIDATE_TEXT.title, 5);
    const checkIndex = tab.columns.check;
    const column = checkIndex === undefined ? tab.header.length + 1 : checkIndex + 1;
    const cells = tab.rows.map((row, r) =>
      isBlankRow(row, checkIndex) ? [''] : [checkCellText(byRow.get(`${tab.sheet}\u0000${r + 2}`) ?? [])],
    );
    // The tool owns this column: add its header when set-up has not run since it was removed.
    const header = checkIndex === undefined ? [[CHECK_HEADER]] : [];
    writeBlock(sheet, checkIndex === undefined ? 1 : 2, column, [...header, ...cells]);
  });
  for (const name of workbook.sheetNames) {
    if (!sheetIds.has(name) && validation.issues.some((i) => i.sheet === name)) {
      const sheet = ss.getSheetByName(name);
      if (sheet) sheetIds.set(name, sheet.getSheetId());
    }
  }
  writeIssuesSheet(ss, validation.issues, unitName, sheetIds);
  return { workbook, validation, summary: summarise(workbook, validation.issues) };
}

/** A unit code's name as the `Đơn vị` sheet gives it (the code itself when unknown). */
export function unitNames(workbook: Workbook): (code: string | null) => string {
  const names = new Map(workbook.units.map((u) => [normKey(u.code), u.name]));
  return (code) => (code === null ? '' : names.get(normKey(code)) ?? code);
}

function summarise(workbook: Workbook, issues: readonly Issue[]): CheckSummary {
  const unitName = unitNames(workbook);
  const byUnit = new Map<string, { unit: string; errors: number; warnings: number }>();
  let errors = 0;
  for (const issue of issues) {
    const unit = issue.unitCode === null ? VALIDATE_TEXT.workbookLevel : unitName(issue.unitCode);
    const entry = byUnit.get(unit) ?? { unit, errors: 0, warnings: 0 };
    if (issue.severity === 'Lỗi') {
      entry.errors++;
      errors++;
    } else entry.warnings++;
    byUnit.set(unit, entry);
  }
  return { errors, warnings: issues.length - errors, byUnit: [...byUnit.values()] };
}
