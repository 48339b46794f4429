/**
 * S03: the `Đơn vị` and `Loại mô hình` catalogs. A broken catalog breaks every tab that
 * relies on it, so each problem is reported where it is (sheet, row, column).
 */
import { columnLetter } from '../a1';
import type { Issue } from '../issue';
import type { CatalogProblem } from '../messages/validation';
import { normKey } from '../normalise';
import type { CellValue } from '../raw';
import type { ZoneOffsets } from '../dates';
import {
  FORBIDDEN_TAB_CHARS, MAX_TAB_NAME, SECTORS, SHEETS, TYPE_COLUMNS, UNIT_COLUMNS, UNIT_TYPES, YES_NO,
  type ColumnSpec,
} from '../schema';
import { suggest, suggestIndex } from '../suggest';
import { mapHeader, rowAt, type HeaderMap } from '../workbook';
import type { Workbook } from '../workbook-model';
import { cellText, isEmptyCell } from '../cells';
import { isEmail } from '../email';
import { makeIssue } from './rules';

/** Deliberately loose: catches typos (missing @, spaces, a name instead of an address), not RFC 5322. */

const UNIT_TYPE_SUGGEST = suggestIndex(UNIT_TYPES);
const SECTOR_SUGGEST = suggestIndex(SECTORS);
const FOLLOWED_SUGGEST = suggestIndex(YES_NO);
const UNIT_TYPE_KEYS = new Set(UNIT_TYPES.map(normKey));
const SECTOR_KEYS = new Set(SECTORS.map(normKey));
const FOLLOWED_KEYS = new Set(YES_NO.map(normKey));
const RESERVED_SHEETS = new Set(Object.values(SHEETS).map(normKey));

/** The sheet's name as typed in the workbook, or the canonical name when it is missing. */
export function sheetNameAsTyped(wb: Workbook, name: string): string | null {
  const key = normKey(name);
  return wb.sheetNames.find((s) => normKey(s) === key) ?? null;
}

interface CatalogSheet<K extends string> {
  sheet: string;
  values: CellValue[][];
  header: HeaderMap<K>;
  specs: readonly ColumnSpec<K>[];
  issues: Issue[];
}

/** A catalog sheet as the checks see it; `exists` is false when the workbook lacks it. */
function catalogSheet<K extends string>(wb: Workbook, name: string, values: CellValue[][], specs: readonly ColumnSpec<K>[]): CatalogSheet<K> & { exists: boolean } {
  const typed = sheetNameAsTyped(wb, name);
  return { sheet: typed ?? name, values, header: mapHeader(rowAt(values, 0), specs), specs, issues: [], exists: typed !== null };
}

function report<K extends string>(cat: CatalogSheet<K>, row: number | null, field: K | null, value: string, problem: CatalogProblem): void {
  const col = field === null ? undefined : cat.header.columns[field];
  const spec = field === null ? undefined : cat.specs.find((s) => s.key === field);
  cat.issues.push(makeIssue('S03', { sheet: cat.sheet, row, problem }, {
    sheet: cat.sheet,
    row,
    column: spec?.header ?? '',
    columnIndex: col === undefined ? null : col + 1,
    value,
    unitCode: null,
  }));
}

/**
 * Missing sheet, missing required or doubled columns, no rows. A unit catalog with no rows
 * is only a warning (W06): a new workbook has no unit yet and nothing else is wrong with it.
 */
function checkShape<K extends string>(cat: CatalogSheet<K>, exists: boolean, rowCount: number, emptyIsWarning = false): void {
  if (!exists) {
    report(cat, null, null, '', { kind: 'missingSheet' });
    return;
  }
  for (const spec of cat.specs) {
    if (spec.required && cat.header.columns[spec.key] === undefined) {
      report(cat, 1, null, '', { kind: 'missingColumn', column: spec.header });
    }
  }
  for (const d of cat.header.duplicates) {
    const spec = cat.specs.find((s) => s.key === d.field) as ColumnSpec<K>;
    report(cat, 1, d.field, spec.header, {
      kind: 'duplicateColumn', column: spec.header, first: columnLetter(d.first + 1), second: columnLetter(d.second + 1),
    });
  }
  if (rowCount > 0) return;
  if (!emptyIsWarning) report(cat, null, null, '', { kind: 'emptyCatalog' });
  else cat.issues.push(makeIssue('W06', { sheet: cat.sheet }, { sheet: cat.sheet, row: null, column: '', columnIndex: null, value: '', unitCode: null }));
}

function requireValues<K extends string>(cat: CatalogSheet<K>, row: number, texts: Partial<Record<K, string>>): void {
  for (const spec of cat.specs) {
    if (spec.required && cat.header.columns[spec.key] !== undefined && !texts[spec.key]) {
      report(cat, row, spec.key, '', { kind: 'missingValue', column: spec.header });
    }
  }
}

/** Reports the second and later rows whose value (by `normKey`) an earlier row has. */
class Uniques {
  private readonly first = new Map<string, number>();
  /** The row that first had `value`, or undefined (and `value` is remembered for `row`). */
  seen(value: string, row: number): number | undefined {
    const key = normKey(value);
    if (!key) return undefined;
    const first = this.first.get(key);
    if (first === undefined) this.first.set(key, row);
    return first;
  }
}

function checkUnits(wb: Workbook, tz: ZoneOffsets): Issue[] {
  const cat = catalogSheet(wb, SHEETS.units, wb.raw.units, UNIT_COLUMNS);
  checkShape(cat, cat.exists, wb.units.length, true);
  const cols = cat.header.columns;
  const codes = new Uniques();
  const names = new Uniques();
  const tabs = new Uniques();
  for (const unit of wb.units) {
    const raw = rowAt(cat.values, unit.row - 1);
    const text = (col: number | undefined): string => (col === undefined ? '' : cellText(raw[col], tz));
    const typedTab = text(cols.tabName);
    const typedType = text(cols.unitType);
    requireValues(cat, unit.row, { code: unit.code, name: unit.name, unitType: typedType });

    const codeFirst = codes.seen(unit.code, unit.row);
    if (codeFirst !== undefined) report(cat, unit.row, 'code', unit.code, { kind: 'duplicate', column: 'Mã đơn vị', value: unit.code, firstRow: codeFirst });
    const nameFirst = names.seen(unit.name, unit.row);
    if (nameFirst !== undefined) report(cat, unit.row, 'name', unit.name, { kind: 'duplicate', column: 'Tên đơn vị', value: unit.name, firstRow: nameFirst });
    // A doubled name with the tab name left to default is one mistake: report it once.
    const tabFirst = tabs.seen(unit.tabName, unit.row);
    if (tabFirst !== undefined && !(nameFirst !== undefined && !typedTab)) {
      report(cat, unit.row, 'tabName', unit.tabName, { kind: 'duplicate', column: 'Tên trang tính', value: unit.tabName, firstRow: tabFirst });
    }

    if (unit.tabName) {
      const defaulted = !typedTab;
      const field = defaulted ? 'name' : 'tabName';
      if (unit.tabName.length > MAX_TAB_NAME) {
        report(cat, unit.row, field, unit.tabName, { kind: 'tabTooLong', value: unit.tabName, length: unit.tabName.length, max: MAX_TAB_NAME, defaulted });
      }
      if (FORBIDDEN_TAB_CHARS.test(unit.tabName)) {
        report(cat, unit.row, field, unit.tabName, { kind: 'tabForbiddenChar', value: unit.tabName, defaulted });
      }
      if (RESERVED_SHEETS.has(normKey(unit.tabName))) {
        report(cat, unit.row, field, unit.tabName, { kind: 'tabReserved', value: unit.tabName, defaulted });
      }
    }

    if (typedType && !UNIT_TYPE_KEYS.has(normKey(typedType))) {
      report(cat, unit.row, 'unitType', typedType, {
        kind: 'notInList', column: 'Loại đơn vị', value: typedType, list: UNIT_TYPES, suggestion: suggest(typedType, UNIT_TYPE_SUGGEST),
      });
    }

    for (const email of unit.emails) {
      if (!isEmail(email)) report(cat, unit.row, 'emails', email, { kind: 'badEmail', column: 'Email đầu mối', value: email });
    }

    const followedCell = cols.followed === undefined ? '' : raw[cols.followed];
    if (typeof followedCell !== 'boolean' && !isEmptyCell(followedCell)) {
      const typed = cellText(followedCell, tz);
      if (!FOLLOWED_KEYS.has(normKey(typed))) {
        report(cat, unit.row, 'followed', typed, {
          kind: 'notInList', column: 'Đang theo dõi', value: typed, list: YES_NO, suggestion: suggest(typed, FOLLOWED_SUGGEST),
        });
      }
    }
  }
  return cat.issues;
}

function checkTypes(wb: Workbook): Issue[] {
  const cat = catalogSheet(wb, SHEETS.types, wb.raw.types, TYPE_COLUMNS);
  checkShape(cat, cat.exists, wb.types.length);
  const names = new Uniques();
  for (const type of wb.types) {
    requireValues(cat, type.row, { name: type.name });
    const first = names.seen(type.name, type.row);
    if (first !== undefined) {
      report(cat, type.row, 'name', type.name, { kind: 'duplicate', column: 'Tên loại mô hình', value: type.name, firstRow: first });
    }
    for (const sector of type.sectors) {
      if (SECTOR_KEYS.has(normKey(sector))) continue;
      report(cat, type.row, 'sectors', sector, {
        kind: 'notInList', column: 'Khối áp dụng', value: sector, list: SECTORS, suggestion: suggest(sector, SECTOR_SUGGEST),
      });
    }
  }
  return cat.issues;
}

/** All S03 issues: `Đơn vị` first, then `Loại mô hình`, each in row order. */
export function checkCatalogs(wb: Workbook, tz: ZoneOffsets): Issue[] {
  return [...checkUnits(wb, tz), ...checkTypes(wb)];
}
