/**
 * The validation rules of workbook.md as data: code, severity, scope and message template.
 * The validator decides *whether* a rule fires; everything the user reads comes from here
 * (templates in messages/validation.ts), looked up by code.
 */
import type { Issue, RuleCode, Severity } from '../issue';
import { RULE_TITLES, VALIDATION_MESSAGES, type MessageSlots } from '../messages/validation';

/**
 * Where a rule looks: one row (live onEdit check possible), several rows of the workbook
 * (full check only), a data tab's structure, or the catalogs.
 */
export type RuleScope = 'row' | 'workbook' | 'structure' | 'catalog';

export interface RuleDef<C extends RuleCode = RuleCode> {
  code: C;
  severity: Severity;
  scope: RuleScope;
  title: string;
  message: (slots: MessageSlots[C]) => string;
}

export type RuleTable = { [C in RuleCode]: RuleDef<C> };

const ERROR: Severity = 'Lỗi';
const WARNING: Severity = 'Cảnh báo';

function rule<C extends RuleCode>(code: C, severity: Severity, scope: RuleScope): RuleDef<C> {
  return { code, severity, scope, title: RULE_TITLES[code], message: VALIDATION_MESSAGES[code] };
}

export const RULES: RuleTable = {
  E01: rule('E01', ERROR, 'row'),
  E02: rule('E02', ERROR, 'row'),
  E03: rule('E03', ERROR, 'row'),
  E04: rule('E04', ERROR, 'row'),
  E05: rule('E05', ERROR, 'row'),
  E06: rule('E06', ERROR, 'row'),
  E07: rule('E07', ERROR, 'row'),
  E08: rule('E08', ERROR, 'workbook'),
  E09: rule('E09', ERROR, 'row'),
  E10: rule('E10', ERROR, 'row'),
  W01: rule('W01', WARNING, 'workbook'),
  W02: rule('W02', WARNING, 'row'),
  W03: rule('W03', WARNING, 'row'),
  W04: rule('W04', WARNING, 'row'),
  W05: rule('W05', WARNING, 'row'),
  W06: rule('W06', WARNING, 'catalog'),
  S01: rule('S01', ERROR, 'structure'),
  S02: rule('S02', ERROR, 'structure'),
  S03: rule('S03', ERROR, 'catalog'),
};

/** Every rule, in code order (E, W, S): for docs, the sidebar legend and tests. */
export const RULE_LIST: readonly RuleDef[] = Object.values(RULES) as RuleDef[];

/** Where an issue sits; the rule supplies code, severity and message. */
export interface IssuePlace {
  sheet: string;
  row: number | null;
  column: string;
  columnIndex: number | null;
  value: string;
  unitCode: string | null;
}

export function makeIssue<C extends RuleCode>(code: C, slots: MessageSlots[C], place: IssuePlace): Issue {
  const def: RuleDef<C> = RULES[code];
  return {
    code,
    severity: def.severity,
    sheet: place.sheet,
    row: place.row,
    column: place.column,
    columnIndex: place.columnIndex,
    value: place.value,
    message: def.message(slots),
    unitCode: place.unitCode,
  };
}

export function isError(issue: Issue): boolean {
  return issue.severity === ERROR;
}
