/** Validation: rules as data (rules.ts), the validator, and the `Kiểm tra` cell text. */
export { validateWorkbook, validateRows, errorsFirst, type LiveCheckResult } from './validator';
export { checkCellText, CHECK_MARK, MAX_CHECK_CELL } from './check-cell';
export { RULES, RULE_LIST, makeIssue, isError, type RuleDef, type RuleScope } from './rules';
