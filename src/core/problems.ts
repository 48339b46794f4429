/**
 * The sidebar's view of a check: problems grouped by unit, each with the cell to select.
 * Plain serialisable data (google.script.run, AS33).
 */
import { columnLetter } from './a1';
import type { Issue } from './issue';

export interface ProblemView {
  sheet: string;
  row: number | null;
  /** The column's header, or '' for row- and sheet-level problems. */
  column: string;
  /** The cell the sidebar selects: the value's cell, the row's first cell, or A1 for the sheet. */
  cell: string;
  value: string;
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface ProblemGroup {
  /** The unit's name, or the workbook-level label for structure and catalog problems. */
  unit: string;
  errors: number;
  warnings: number;
  problems: ProblemView[];
}

export interface ProblemsView {
  errors: number;
  warnings: number;
  groups: ProblemGroup[];
}

function cellOf(issue: Issue): string {
  if (issue.row === null) return 'A1';
  return `${columnLetter(issue.columnIndex ?? 1)}${issue.row}`;
}

/** Groups in order of first appearance: the workbook-level group (checks list it first), then units. */
export function groupProblems(issues: readonly Issue[], groupName: (unitCode: string | null) => string): ProblemsView {
  const groups = new Map<string, ProblemGroup>();
  let errors = 0;
  for (const issue of issues) {
    const unit = groupName(issue.unitCode);
    const group = groups.get(unit) ?? { unit, errors: 0, warnings: 0, problems: [] };
    const error = issue.severity === 'Lỗi';
    if (error) {
      group.errors++;
      errors++;
    } else group.warnings++;
    group.problems.push({
      sheet: issue.sheet,
      row: issue.row,
      column: issue.column,
      cell: cellOf(issue),
      value: issue.value,
      code: issue.code,
      severity: error ? 'error' : 'warning',
      message: issue.message,
    });
    groups.set(unit, group);
  }
  return { errors, warnings: issues.length - errors, groups: [...groups.values()] };
}
