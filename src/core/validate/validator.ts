/**
 * The validator: every non-blank row of every followed unit's tab against the rules of
 * workbook.md, plus the tab structure (S01, S02) and the catalogs (S03). Pure: it reads the
 * `Workbook` and returns issues; it never changes a value and never throws on odd data.
 *
 * Tabs with an S02 problem (a required column missing or doubled): their rows are still
 * read and checked by every other rule, E01 is not repeated per row for the missing column,
 * and each row carries the tab's S02 issue(s) among its own issues. So the `Kiểm tra` cell
 * says why the row is held back, and `hasError` keeps the row out of totals until the
 * header is fixed (a row without its `Khối` or `Ngày ra mắt` column cannot be counted
 * right). `ValidationResult.issues` lists each S02 issue once, with the structure issues.
 */
import type { CheckedRow, Issue, ValidationResult } from '../issue';
import { normKey } from '../normalise';
import type { ReadContext } from '../raw';
import { isBlankRow, readRow, sheetRowOf } from '../workbook';
import type { UnitRecord, UnitTab, Workbook } from '../workbook-model';
import { checkCatalogs } from './catalog';
import { checkDuplicateIds, checkDuplicateSites, type RowRef } from './cross-row';
import { checkRowLocal, rowCheckContext, type RowCheckContext } from './row-rules';
import { isError } from './rules';
import { checkMissingTabs, checkTabStructure } from './structure';

/** The unit each tab belongs to: the first unit naming it, as `readWorkbook` assigns tabs. */
function unitOfTab(wb: Workbook): (tab: UnitTab) => UnitRecord | undefined {
  const byTab = new Map<string, UnitRecord>();
  for (const u of wb.units) {
    const key = normKey(u.tabName);
    if (key && !byTab.has(key)) byTab.set(key, u);
  }
  return (tab) => byTab.get(normKey(tab.sheet));
}

/** Errors first, each group in the order found (a stable partition, not a sort). */
export function errorsFirst(issues: readonly Issue[]): Issue[] {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  for (const i of issues) (isError(i) ? errors : warnings).push(i);
  // Stryker disable next-line LogicalOperator: equivalent as `&&`, with no errors or no warnings the concat is the same order in a new array
  return errors.length === 0 || warnings.length === 0 ? issues.slice() : errors.concat(warnings);
}

interface TabCheck {
  rows: CheckedRow[];
  refs: RowRef[];
}

function checkTabRows(tab: UnitTab, rowIndexes: Iterable<number>, shared: Issue[], wb: Workbook, rc: RowCheckContext, blank?: number[]): TabCheck {
  const rows: CheckedRow[] = [];
  // Stryker disable next-line ArrayDeclaration: equivalent, a stray string has no id, type or place, so the cross-row rules skip it
  const refs: RowRef[] = [];
  const skip = tab.columns.check;
  const cols = tab.columns;
  for (const i of rowIndexes) {
    if (isBlankRow(tab.rows[i], skip)) {
      blank?.push(sheetRowOf(tab, i));
      continue;
    }
    const read = readRow(tab, i, wb, rc.ctx);
    const issues = shared.length > 0 ? shared.concat(checkRowLocal(tab, i, read, rc)) : checkRowLocal(tab, i, read, rc);
    // Stryker disable next-line BooleanLiteral: equivalent, finish() sets hasError of every row before it is returned
    rows.push({ record: read.record, hasError: false, issues });
    const r = read.record;
    refs.push({
      sheet: tab.sheet, row: r.row, unitCode: tab.unitCode, id: r.id, idColumn: cols.id,
      type: r.type, place: r.place, typeColumn: cols.type, status: r.status, issues,
    });
  }
  return { rows, refs };
}

function finish(rows: CheckedRow[]): void {
  for (const row of rows) {
    row.issues = errorsFirst(row.issues);
    row.hasError = row.issues.length > 0 && isError(row.issues[0]);
  }
}

function* range(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}

/** The full check ("Kiểm tra dữ liệu"): structure, catalogs, every row, every rule. */
export function validateWorkbook(wb: Workbook, ctx: ReadContext): ValidationResult {
  const rc = rowCheckContext(wb, ctx);
  const structure: Issue[] = checkMissingTabs(wb);
  const unitOf = unitOfTab(wb);
  const rows: CheckedRow[] = [];
  // Stryker disable next-line ArrayDeclaration: equivalent, a stray string has no id, so checkDuplicateIds skips it
  const allRefs: RowRef[] = [];
  for (const tab of wb.tabs) {
    const unit = unitOf(tab);
    if (unit && !unit.followed) continue;
    const shared = checkTabStructure(tab);
    structure.push(...shared);
    const checked = checkTabRows(tab, range(tab.rows.length), shared, wb, rc);
    checkDuplicateSites(checked.refs);
    for (const r of checked.rows) rows.push(r);
    for (const r of checked.refs) allRefs.push(r);
  }
  checkDuplicateIds(allRefs);
  finish(rows);
  const issues = structure.concat(checkCatalogs(wb, ctx.tzOffsets));
  for (const row of rows) {
    for (const issue of row.issues) if (issue.code !== 'S02') issues.push(issue);
  }
  return { issues, rows };
}

/** What the live check returns: the checked rows, plus the rows that turned out blank. */
export interface LiveCheckResult extends ValidationResult {
  /** Sheet rows among those asked that are blank: their `Kiểm tra` cell should be cleared. */
  blankRows: number[];
}

/**
 * The live check (onEdit): only rows `rowIndexes` (0-based indexes into `tab.rows`) of one
 * tab, with the row-local rules and the tab's S02. E08 and W01 need every row of the
 * workbook and are left to the full check (`LIVE_CHECK_NOTE` says so to the user).
 */
export function validateRows(wb: Workbook, tab: UnitTab, rowIndexes: readonly number[], ctx: ReadContext): LiveCheckResult {
  const rc = rowCheckContext(wb, ctx);
  const shared = checkTabStructure(tab);
  const wanted = [...new Set(rowIndexes)].filter((i) => Number.isInteger(i) && i >= 0).sort((a, b) => a - b);
  const blankRows: number[] = [];
  const { rows } = checkTabRows(tab, wanted, shared, wb, rc, blankRows);
  finish(rows);
  // Stryker disable next-line MethodExpression: equivalent, the rows' issues were copied from shared by concat and shared is not used after
  const issues = shared.slice();
  for (const row of rows) for (const issue of row.issues) if (issue.code !== 'S02') issues.push(issue);
  return { issues, rows, blankRows };
}
