/**
 * The reader: a `RawWorkbook` (values exactly as the sheets hold them) into the `Workbook`
 * the core works with. Sheets are found by normalised name and columns by header, never by
 * position (users reorder columns and add their own). It never throws and never changes
 * the input: odd sheets (empty, ragged, duplicate headers, missing catalogs) read as far as
 * they can, and the validator reports what is wrong.
 */
import { clean, normKey } from './normalise';
import type { ZoneOffsets } from './dates';
import type { CellValue, RawSheet, RawWorkbook, ReadContext } from './raw';
import {
  AWARD_COLUMNS, CYCLES, DEFAULT_CYCLE, DEFAULT_RATING, FORMS, MODEL_COLUMNS, RATINGS,
  RECIPIENT_TYPES, SECTORS, SETTINGS, SETTINGS_HEADERS, SHEETS, STATUSES, TYPE_COLUMNS,
  UNIT_COLUMNS, UNIT_TYPES,
  type ColumnSpec, type ModelField, type SettingKey,
} from './schema';
import { EMPTY_DATE, cellText, isEmptyCell, readDateCell, readMembersCell, type DateRead } from './cells';
import type {
  AwardRecord, ColumnMap, ModelRecord, ModelTypeRecord, Settings, UnitRecord, UnitTab, Workbook,
} from './workbook-model';

/**
 * Offset used when a caller gives no context: Asia/Ho_Chi_Minh (UTC+7), the zone the
 * manifest and set-up use (AS18).
 */
export const DEFAULT_TZ_OFFSETS: ZoneOffsets = [420];

/** Sheet rows are 1-based and the header is row 1, so data row i (0-based) is sheet row i + 2. */
export const FIRST_DATA_ROW = 2;

// ---------------------------------------------------------------------------------------
// Sheets and headers

/** Sheets by `normKey` of their name; the first of two names that normalise alike wins. */
function sheetIndex(raw: RawWorkbook): Map<string, RawSheet> {
  const index = new Map<string, RawSheet>();
  const sheets = Array.isArray(raw?.sheets) ? raw.sheets : [];
  for (const sheet of sheets) {
    if (!sheet || typeof sheet.name !== 'string') continue;
    const key = normKey(sheet.name);
    if (!index.has(key)) index.set(key, sheet);
  }
  return index;
}

/** A sheet's values as rows, tolerating a missing or malformed `values`. */
function valuesOf(sheet: RawSheet | undefined): CellValue[][] {
  if (!sheet || !Array.isArray(sheet.values)) return [];
  return sheet.values;
}

/** Row `i` of a sheet's values, or an empty row when it is missing or not an array. */
export function rowAt(values: CellValue[][], i: number): CellValue[] {
  const row = values[i];
  return Array.isArray(row) ? row : [];
}

export interface HeaderMap<K extends string> {
  columns: ColumnMap<K>;
  /** Fields found more than once, with the 0-based columns of their first two occurrences. */
  duplicates: { field: K; first: number; second: number }[];
}

/** Where each known column sits in a header row; the first occurrence of a header wins. */
export function mapHeader<K extends string>(header: readonly unknown[], specs: readonly ColumnSpec<K>[]): HeaderMap<K> {
  const byKey = new Map<string, K>();
  for (const spec of specs) byKey.set(normKey(spec.header), spec.key);
  const columns: ColumnMap<K> = {};
  const duplicates: HeaderMap<K>['duplicates'] = [];
  for (let c = 0; c < header.length; c++) {
    const v = header[c];
    if (typeof v !== 'string') continue;
    const field = byKey.get(normKey(v));
    if (field === undefined) continue;
    const first = columns[field];
    if (first === undefined) columns[field] = c;
    else if (!duplicates.some((d) => d.field === field)) duplicates.push({ field, first, second: c });
  }
  return { columns, duplicates };
}

function textAt(row: CellValue[], col: number | undefined, tz: ZoneOffsets): string {
  return col === undefined ? '' : cellText(row[col], tz);
}

/** True when every cell of the row is empty, ignoring column `skip` (the tool's `Kiểm tra`). */
export function isBlankRow(row: readonly unknown[] | undefined, skip?: number): boolean {
  if (!Array.isArray(row)) return true;
  for (let c = 0; c < row.length; c++) {
    if (c !== skip && !isEmptyCell(row[c])) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// Settings, catalogs, awards

const SETTING_BY_LABEL = new Map<string, SettingKey>(SETTINGS.map((s) => [normKey(s.label), s.key]));

/** A settings value keeps its line breaks (`Nơi nhận` is one recipient a line). */
function settingText(v: unknown, tz: ZoneOffsets): string {
  if (typeof v !== 'string') return cellText(v, tz);
  return v
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => clean(line))
    .join('\n')
    .trim();
}

function readSettings(values: CellValue[][], tz: ZoneOffsets): Settings {
  const result = {} as Record<SettingKey, string>;
  for (const s of SETTINGS) result[s.key] = s.default;
  // Columns by header; a sheet without the header row is read as key, value in A and B.
  const header = rowAt(values, 0);
  let keyCol = 0;
  let valueCol = 1;
  let start = 0;
  const keyKey = normKey(SETTINGS_HEADERS[0]);
  const valueKey = normKey(SETTINGS_HEADERS[1]);
  const k = header.findIndex((v) => typeof v === 'string' && normKey(v) === keyKey);
  const g = header.findIndex((v) => typeof v === 'string' && normKey(v) === valueKey);
  if (k >= 0 || g >= 0) {
    start = 1;
    if (k >= 0) keyCol = k;
    if (g >= 0) valueCol = g;
    else valueCol = keyCol + 1;
  }
  const seen = new Set<SettingKey>();
  for (let i = start; i < values.length; i++) {
    const row = rowAt(values, i);
    const key = SETTING_BY_LABEL.get(normKey(cellText(row[keyCol], tz)));
    if (!key || seen.has(key)) continue; // the first row of a key wins, like a header
    seen.add(key);
    const value = settingText(row[valueCol], tz);
    // An empty value keeps the default, so a blank settings row does not blank the report.
    if (value) result[key] = value;
  }
  return { values: result };
}

const UNIT_TYPE_INDEX = new Map<string, string>(UNIT_TYPES.map((t) => [normKey(t), t]));
const SECTOR_INDEX = new Map<string, string>(SECTORS.map((t) => [normKey(t), t]));
const NOT_FOLLOWED = normKey('Không');
/** E-mail lists are comma separated; semicolons and line breaks are forgiven. */
const EMAIL_SEPARATORS = /[,;\s]+/;

export function splitEmails(text: string): string[] {
  return text.split(EMAIL_SEPARATORS).filter((e) => e !== '');
}

function readUnits(values: CellValue[][], tz: ZoneOffsets): UnitRecord[] {
  const { columns } = mapHeader(rowAt(values, 0), UNIT_COLUMNS);
  const units: UnitRecord[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = rowAt(values, i);
    if (isBlankRow(row)) continue;
    const name = textAt(row, columns.name, tz);
    const typed = textAt(row, columns.unitType, tz);
    const followedCell = columns.followed === undefined ? '' : row[columns.followed];
    units.push({
      row: i + 1,
      code: textAt(row, columns.code, tz),
      name,
      tabName: textAt(row, columns.tabName, tz) || name,
      unitType: UNIT_TYPE_INDEX.get(normKey(typed)) ?? typed,
      emails: splitEmails(textAt(row, columns.emails, tz)),
      manager: textAt(row, columns.manager, tz),
      // Followed unless it says "Không" (or is an unticked checkbox): default `Có`.
      followed: followedCell !== false && normKey(cellText(followedCell, tz)) !== NOT_FOLLOWED,
    });
  }
  return units;
}

/** A comma list of sectors, each in its canonical spelling when known. */
export function splitSectors(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const t = clean(part);
    if (t) out.push(SECTOR_INDEX.get(normKey(t)) ?? t);
  }
  return out;
}

function readTypes(values: CellValue[][], tz: ZoneOffsets): ModelTypeRecord[] {
  const { columns } = mapHeader(rowAt(values, 0), TYPE_COLUMNS);
  const types: ModelTypeRecord[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = rowAt(values, i);
    if (isBlankRow(row)) continue;
    types.push({
      row: i + 1,
      name: textAt(row, columns.name, tz),
      field: textAt(row, columns.field, tz),
      sectors: splitSectors(textAt(row, columns.sectors, tz)),
    });
  }
  return types;
}

const RECIPIENT_INDEX = new Map<string, string>(RECIPIENT_TYPES.map((t) => [normKey(t), t]));

function readAwards(values: CellValue[][], tz: ZoneOffsets): AwardRecord[] {
  const { columns } = mapHeader(rowAt(values, 0), AWARD_COLUMNS);
  const awards: AwardRecord[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = rowAt(values, i);
    if (isBlankRow(row)) continue;
    const recipient = textAt(row, columns.recipientType, tz);
    awards.push({
      row: i + 1,
      recipientType: RECIPIENT_INDEX.get(normKey(recipient)) ?? recipient,
      name: textAt(row, columns.name, tz),
      unit: textAt(row, columns.unit, tz),
      form: textAt(row, columns.form, tz),
      level: textAt(row, columns.level, tz),
      decision: textAt(row, columns.decision, tz),
      date: columns.date === undefined ? null : readDateCell(row[columns.date], tz).day,
      achievement: textAt(row, columns.achievement, tz),
    });
  }
  return awards;
}

// ---------------------------------------------------------------------------------------
// Unit tabs

function readTab(sheet: RawSheet, unitCode: string | null): UnitTab {
  const values = valuesOf(sheet);
  const headerRow = rowAt(values, 0);
  const { columns, duplicates } = mapHeader(headerRow, MODEL_COLUMNS);
  return {
    unitCode,
    sheet: sheet.name,
    header: headerRow.map((v) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v))),
    columns,
    duplicateColumns: duplicates.map((d) => d.field),
    // A new outer array; the rows themselves are the input's, never written to.
    rows: values.slice(1),
  };
}

/** Whether the workbook has the two sheets nothing works without. */
export function isUsable(raw: RawWorkbook): { ok: true } | { ok: false; missing: string[] } {
  const index = sheetIndex(raw);
  const missing = [SHEETS.units, SHEETS.types].filter((name) => !index.has(normKey(name)));
  return missing.length === 0 ? { ok: true } : { ok: false, missing };
}

/**
 * Reads the whole workbook. Missing sheets read as empty (the validator reports the
 * catalogs); each unit's tab is found by `Tên trang tính` (default the unit name). A tab
 * two units name belongs to the first of them (S03 reports the duplicate). Sheets no unit
 * names are not unit tabs and are ignored (they may be the user's own sheets).
 */
export function readWorkbook(raw: RawWorkbook, ctx?: ReadContext): Workbook {
  const tz = ctx?.tzOffsets ?? DEFAULT_TZ_OFFSETS;
  const index = sheetIndex(raw);
  const get = (name: string): CellValue[][] => valuesOf(index.get(normKey(name)));
  const unitValues = get(SHEETS.units);
  const typeValues = get(SHEETS.types);
  const units = readUnits(unitValues, tz);
  const reserved = new Set(Object.values(SHEETS).map(normKey));
  const claimed = new Set<string>();
  const tabs: UnitTab[] = [];
  for (const unit of units) {
    const key = normKey(unit.tabName);
    if (!key || reserved.has(key) || claimed.has(key)) continue;
    const sheet = index.get(key);
    if (!sheet) continue;
    claimed.add(key);
    tabs.push(readTab(sheet, unit.code));
  }
  return {
    settings: readSettings(get(SHEETS.settings), tz),
    units,
    types: readTypes(typeValues, tz),
    awards: readAwards(get(SHEETS.awards), tz),
    tabs,
    sheetNames: [...index.values()].map((s) => s.name),
    raw: { units: unitValues, types: typeValues },
  };
}

// ---------------------------------------------------------------------------------------
// Data rows

/** Canonical spelling of each list value by `normKey`, with the exact spelling as fast path. */
export interface ListIndex {
  readonly values: readonly string[];
  readonly byKey: ReadonlyMap<string, string>;
}

function listIndex(values: readonly string[]): ListIndex {
  const byKey = new Map<string, string>();
  for (const v of values) {
    byKey.set(v, v);
    byKey.set(normKey(v), v);
  }
  return { values, byKey };
}

/** Canonical value of `text` in the list, or null (an empty `text` is null too). */
export function lookup(index: ListIndex, text: string): string | null {
  if (!text) return null;
  return index.byKey.get(text) ?? index.byKey.get(normKey(text)) ?? null;
}

export const SECTOR_LIST = listIndex(SECTORS);
export const FORM_LIST = listIndex(FORMS);
export const STATUS_LIST = listIndex(STATUSES);
export const RATING_LIST = listIndex(RATINGS);
export const CYCLE_LIST = listIndex(CYCLES);

/** What rows need of the catalogs, built once per workbook. */
export interface CatalogIndex {
  types: ListIndex;
  typeByName: ReadonlyMap<string, ModelTypeRecord>;
  unitByCode: ReadonlyMap<string, UnitRecord>;
}

const catalogCache = new WeakMap<Workbook, CatalogIndex>();

/** The catalog index of a workbook, computed on first use (a workbook is never changed). */
export function catalogIndex(wb: Workbook): CatalogIndex {
  const cached = catalogCache.get(wb);
  if (cached) return cached;
  const names: string[] = [];
  const typeByName = new Map<string, ModelTypeRecord>();
  for (const t of wb.types) {
    if (!t.name || typeByName.has(t.name)) continue;
    names.push(t.name);
    typeByName.set(t.name, t);
  }
  const unitByCode = new Map<string, UnitRecord>();
  for (const u of wb.units) if (!unitByCode.has(u.code)) unitByCode.set(u.code, u);
  const built: CatalogIndex = { types: listIndex(names), typeByName, unitByCode };
  catalogCache.set(wb, built);
  return built;
}

/** The sheet row (1-based, header = 1) of data row `rowIndex` of a tab. */
export function sheetRowOf(tab: UnitTab, rowIndex: number): number {
  return (tab.firstRow ?? FIRST_DATA_ROW) + rowIndex;
}

/** The 0-based index into `tab.rows` of a sheet row (inverse of `sheetRowOf`). */
export function rowIndexOf(tab: UnitTab, sheetRow: number): number {
  return sheetRow - (tab.firstRow ?? FIRST_DATA_ROW);
}

/** The date columns of a data tab. */
export type DateField = 'launchDate' | 'lastMeeting' | 'lastInterimReview' | 'lastAnnualReview' | 'retiredDate';
export const DATE_FIELDS: readonly DateField[] = ['launchDate', 'lastMeeting', 'lastInterimReview', 'lastAnnualReview', 'retiredDate'];

/** A data row read: the canonical record plus what the validator needs about its cells. */
export interface RowRead {
  record: ModelRecord;
  /** Display text of each field's cell ('' when empty or the column is absent). */
  text: Record<ModelField, string>;
  /** Each date column read (empty: `EMPTY_DATE`). */
  dates: Record<DateField, DateRead>;
  /** `Số thành viên`: undefined when empty, null when not a whole number ≥ 1. */
  members: number | null | undefined;
}

const MODEL_FIELDS: readonly ModelField[] = MODEL_COLUMNS.map((c) => c.key);

/**
 * Reads data row `rowIndex` (0-based index into `tab.rows`). List values take their
 * canonical spelling when they match (else the text as typed), empty `Chu kỳ sinh hoạt`
 * and `Xếp loại` take their defaults, invalid dates and member counts read as null.
 */
export function readRow(tab: UnitTab, rowIndex: number, wb: Workbook, ctx: ReadContext): RowRead {
  const tz = ctx.tzOffsets;
  const row = rowAt(tab.rows, rowIndex);
  const c = tab.columns;
  const text = {} as Record<ModelField, string>;
  for (const f of MODEL_FIELDS) text[f] = textAt(row, c[f], tz);
  const dates = {} as Record<DateField, DateRead>;
  for (const f of DATE_FIELDS) {
    const col = c[f];
    dates[f] = col === undefined ? EMPTY_DATE : readDateCell(row[col], tz);
  }
  const catalogs = catalogIndex(wb);
  const members = c.members === undefined ? undefined : readMembersCell(row[c.members], tz);
  const record: ModelRecord = {
    unitCode: tab.unitCode ?? '',
    sheet: tab.sheet,
    row: sheetRowOf(tab, rowIndex),
    id: text.id,
    name: text.name,
    type: lookup(catalogs.types, text.type) ?? text.type,
    sector: lookup(SECTOR_LIST, text.sector) ?? text.sector,
    place: text.place,
    form: lookup(FORM_LIST, text.form) ?? text.form,
    launchDate: dates.launchDate.day,
    decision: text.decision,
    members: members ?? null,
    leader: text.leader,
    phone: text.phone,
    cycle: text.cycle ? lookup(CYCLE_LIST, text.cycle) ?? text.cycle : DEFAULT_CYCLE,
    lastMeeting: dates.lastMeeting.day,
    lastInterimReview: dates.lastInterimReview.day,
    lastAnnualReview: dates.lastAnnualReview.day,
    status: lookup(STATUS_LIST, text.status) ?? text.status,
    retiredDate: dates.retiredDate.day,
    rating: text.rating ? lookup(RATING_LIST, text.rating) ?? text.rating : DEFAULT_RATING,
    highlight: text.highlight,
    note: text.note,
  };
  return { record, text, dates, members };
}

/** The `ModelRecord` of data row `rowIndex` (0-based index into `tab.rows`). */
export function readRecord(tab: UnitTab, rowIndex: number, wb: Workbook, ctx: ReadContext): ModelRecord {
  return readRow(tab, rowIndex, wb, ctx).record;
}
