/**
 * S01 (a followed unit without its tab) and S02 (a tab without a required column, or with
 * one twice). Row rules cannot be trusted on a tab with an S02 problem, so the validator
 * attaches these issues to every row of that tab (see validator.ts).
 */
import type { Issue } from '../issue';
import { normKey } from '../normalise';
import { MODEL_COLUMNS, SHEETS, UNIT_COLUMNS } from '../schema';
import { suggest, suggestIndex } from '../suggest';
import type { UnitRecord, UnitTab, Workbook } from '../workbook-model';
import { sheetNameAsTyped } from './catalog';
import { columnLetter } from '../a1';
import { HEADER } from './row-rules';
import { makeIssue } from './rules';

const REQUIRED_HEADERS = MODEL_COLUMNS.filter((c) => c.required);
// Stryker disable next-line LogicalOperator,OptionalChaining,ArrowFunction,StringLiteral: equivalent, the tabName spec exists and the fallback is the same 'Tên trang tính', so used or not it gives the header
const TAB_COLUMN = UNIT_COLUMNS.find((c) => c.key === 'tabName')?.header ?? 'Tên trang tính';
const RESERVED = new Set(Object.values(SHEETS).map(normKey));

/** S02 issues of one data tab (sheet-level: `row` is 1, the header, or null). */
export function checkTabStructure(tab: UnitTab): Issue[] {
  const issues: Issue[] = [];
  const place = { sheet: tab.sheet, unitCode: tab.unitCode };
  if (!tab.header.some((h) => h.trim() !== '')) {
    issues.push(makeIssue('S02', { kind: 'noHeader', sheet: tab.sheet, columns: REQUIRED_HEADERS.map((c) => c.header) }, {
      ...place, row: 1, column: '', columnIndex: null, value: '',
    }));
    return issues;
  }
  for (const spec of REQUIRED_HEADERS) {
    if (tab.columns[spec.key] !== undefined) continue;
    issues.push(makeIssue('S02', { kind: 'missingColumn', sheet: tab.sheet, column: spec.header }, {
      ...place, row: 1, column: spec.header, columnIndex: null, value: '',
    }));
  }
  for (const field of tab.duplicateColumns) {
    const first = tab.columns[field] as number;
    const key = normKey(HEADER[field]);
    let second = -1;
    for (let c = first + 1; c < tab.header.length && second < 0; c++) if (normKey(tab.header[c]) === key) second = c;
    issues.push(makeIssue('S02', {
      kind: 'duplicateColumn', sheet: tab.sheet, column: HEADER[field], first: columnLetter(first + 1), second: columnLetter(Math.max(second, first) + 1),
    }, { ...place, row: 1, column: HEADER[field], columnIndex: second >= 0 ? second + 1 : null, value: HEADER[field] }));
  }
  return issues;
}

/**
 * S01 for each followed unit whose tab is not in the workbook, with the closest unclaimed
 * sheet name as a suggestion (a tab renamed "Ham My" for "Hàm Mỹ"). Units whose tab name
 * is empty, reserved or already another unit's are S03 problems, not S01.
 */
export function checkMissingTabs(wb: Workbook): Issue[] {
  const present = new Set(wb.sheetNames.map(normKey));
  const claimed = new Set(wb.tabs.map((t) => normKey(t.sheet)));
  const candidates = wb.sheetNames.filter((s) => !claimed.has(normKey(s)) && !RESERVED.has(normKey(s)));
  const index = suggestIndex(candidates);
  const unitsSheet = sheetNameAsTyped(wb, SHEETS.units) ?? SHEETS.units;
  const seenTabs = new Set<string>();
  const issues: Issue[] = [];
  for (const unit of wb.units) {
    const key = normKey(unit.tabName);
    if (!key || RESERVED.has(key) || seenTabs.has(key)) continue;
    seenTabs.add(key);
    if (!unit.followed || present.has(key)) continue;
    issues.push(missingTab(unit, unitsSheet, suggest(unit.tabName, index)));
  }
  return issues;
}

function missingTab(unit: UnitRecord, unitsSheet: string, suggestion: string | null): Issue {
  return makeIssue('S01', {
    unit: unit.name || unit.tabName, code: unit.code, tab: unit.tabName, unitsSheet, tabColumn: TAB_COLUMN, suggestion,
  }, { sheet: unitsSheet, row: unit.row, column: TAB_COLUMN, columnIndex: null, value: unit.tabName, unitCode: unit.code || null });
}
