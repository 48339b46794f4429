/**
 * Set-up: creates or repairs every sheet of workbook.md. It only adds (sheets, header
 * cells, settings rows, formats, dropdowns, protections, highlight rules) and never
 * rewrites a value a user typed, so it can run any number of times. Service calls grow
 * with the number of units and columns, never with rows.
 */
import { SETUP_TEXT } from '../../core/messages';
import { normKey } from '../../core/normalise';
import type { CellValue, RawWorkbook } from '../../core/raw';
import {
  AWARD_COLUMNS, ISSUE_COLUMNS, ISSUE_LAYOUT, LOG_COLUMNS, LOG_LAYOUT, MODEL_COLUMNS, SETTINGS_HEADERS, SHEETS, TYPE_COLUMNS,
  UNIT_COLUMNS, type ColumnSpec, type ListSheetLayout,
} from '../../core/schema';
import { isValidTabName, missingSettings } from '../../core/setup-plan';
import { neutralise } from '../../core/sheet-text';
import { readWorkbook, splitEmails } from '../../core/workbook';
import { readContext } from '../context';
import { writeBlock } from '../workbook-io';
import { setHighlightRules } from './highlight';
import { catalogRule, listRule, protectOwnedSheet, protectUnitTab } from './rules';
import { SheetIndex, columnBody, dataRows, ensureColumns, formatColumns, styleHeader } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

export interface SetupResult {
  createdSheets: string[];
  /** Header cells added, by sheet. */
  addedColumns: Record<string, string[]>;
  unitTabs: number;
  /** Units whose tab could not be made, with the reason for the user. */
  skipped: string[];
  message: string;
}

export function setUpWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): SetupResult {
  const sheets = new SheetIndex(ss);
  const addedColumns: Record<string, string[]> = {};
  const noteAdded = (sheet: Sheet, added: string[]) => {
    if (added.length > 0) addedColumns[sheet.getName()] = added;
  };
  const lists = new Map<readonly string[], Rule>();
  const ruleFor = (values: readonly string[]): Rule => {
    let rule = lists.get(values);
    if (!rule) lists.set(values, (rule = listRule(values)));
    return rule;
  };

  const settingsValues = ensureSettings(sheets.ensure(SHEETS.settings));

  const catalog = <K extends string>(name: string, specs: readonly ColumnSpec<K>[]) => {
    const sheet = sheets.ensure(name);
    const { columns, added, width } = ensureColumns(sheet, specs);
    noteAdded(sheet, added);
    const rows = dataRows(sheet, width);
    formatColumns(sheet, specs, columns, rows);
    for (const spec of specs) if (spec.list) columnBody(sheet, columns[spec.key], rows).setDataValidation(ruleFor(spec.list));
    styleHeader(sheet, width);
    return { sheet, columns, rows };
  };
  const units = catalog(SHEETS.units, UNIT_COLUMNS);
  const types = catalog(SHEETS.types, TYPE_COLUMNS);
  catalog(SHEETS.awards, AWARD_COLUMNS);

  // The catalogs as the core reads them, to know the units and their tabs.
  const raw: RawWorkbook = {
    sheets: [
      { name: SHEETS.settings, values: settingsValues },
      { name: SHEETS.units, values: units.sheet.getDataRange().getValues() },
    ],
  };
  const wb = readWorkbook(raw, readContext(ss));
  const typeRule = catalogRule(columnBody(types.sheet, types.columns.name, types.rows));
  const admins = splitEmails(wb.settings.values.adminEmails);

  const skipped: string[] = [];
  const seenTabs = new Set<string>(Object.values(SHEETS).map(normKey));
  let unitTabs = 0;
  for (const unit of wb.units) {
    if (!unit.followed) continue;
    const key = normKey(unit.tabName);
    if (!isValidTabName(unit.tabName) || seenTabs.has(key)) {
      skipped.push(SETUP_TEXT.skippedUnit(unit.name, unit.tabName));
      continue;
    }
    seenTabs.add(key);
    const sheet = sheets.ensure(unit.tabName);
    const { columns, added, width } = ensureColumns(sheet, MODEL_COLUMNS);
    noteAdded(sheet, added);
    const rows = dataRows(sheet, width);
    formatColumns(sheet, MODEL_COLUMNS, columns, rows);
    for (const spec of MODEL_COLUMNS) {
      const rule = spec.key === 'type' ? typeRule : spec.list ? ruleFor(spec.list) : null;
      if (rule) columnBody(sheet, columns[spec.key], rows).setDataValidation(rule);
    }
    styleHeader(sheet, width);
    setHighlightRules(sheet, columns.check, width, rows);
    protectUnitTab(sheet, unit.name, [...unit.emails, ...admins]);
    unitTabs++;
  }

  for (const [name, header, layout] of [
    [SHEETS.totals, [], null],
    [SHEETS.issues, ISSUE_COLUMNS, ISSUE_LAYOUT],
    [SHEETS.log, LOG_COLUMNS, LOG_LAYOUT],
  ] as const) {
    const sheet = sheets.ensure(name);
    if (layout && sheet.getLastRow() === 0) {
      writeBlock(sheet, 1, 1, [header.map(neutralise)]);
      styleHeader(sheet, header.length);
      layOutListSheet(sheet, layout);
    }
    protectOwnedSheet(sheet);
  }

  const columnsAdded = Object.values(addedColumns).reduce((n, a) => n + a.length, 0);
  return {
    createdSheets: sheets.created,
    addedColumns,
    unitTabs,
    skipped,
    message: SETUP_TEXT.done(sheets.created.length, columnsAdded, unitTabs),
  };
}

/**
 * Widths for `Lỗi dữ liệu` and `Nhật ký` (a message no longer cut after 8 characters, a
 * time no longer `###`) and the message column wrapped; set once, when set-up writes the
 * header, so widths the user changed later stay.
 */
function layOutListSheet(sheet: Sheet, layout: ListSheetLayout): void {
  layout.widths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  const rows = sheet.getMaxRows();
  sheet.getRange(1, layout.wrapColumn, rows, 1).setWrap(true);
  for (const c of layout.centred) sheet.getRange(1, c, rows, 1).setHorizontalAlignment('center');
}

/**
 * `Cấu hình`: writes the header when the sheet is empty and appends the settings whose key
 * is missing, with their defaults. Returns the sheet's values after the append.
 */
function ensureSettings(sheet: Sheet): CellValue[][] {
  const values = sheet.getDataRange().getValues();
  const hasHeader = (values[0] ?? []).some((v) => v !== '');
  const missing = missingSettings(hasHeader ? values.slice(1) : []).map((s) => [s.label, s.value]);
  const block = hasHeader ? missing : [[...SETTINGS_HEADERS], ...missing];
  writeBlock(sheet, hasHeader ? sheet.getLastRow() + 1 : 1, 1, block.map((row) => row.map(neutralise)));
  if (!hasHeader) {
    styleHeader(sheet, 2);
    sheet.setColumnWidth(1, 260).setColumnWidth(2, 520);
  }
  return [...(hasHeader ? values : []), ...block];
}
