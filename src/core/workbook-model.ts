/**
 * The workbook as the core understands it, read from a `RawWorkbook` by `readWorkbook`
 * (src/core/workbook.ts). Names keep the user's spelling; lookups use `normKey`.
 */
import type { CellValue } from './raw';
import type { IsoDate } from './dates';
import type { ModelField, SettingKey } from './schema';

/** Where a column sits: 0-based index in the sheet's values, by field. */
export type ColumnMap<K extends string> = Partial<Record<K, number>>;

export interface UnitRecord {
  /** 1-based row of the `Đơn vị` sheet. */
  row: number;
  code: string;
  name: string;
  /** `Tên trang tính`, or the unit name when empty. */
  tabName: string;
  unitType: string;
  emails: string[];
  manager: string;
  followed: boolean;
}

export interface ModelTypeRecord {
  row: number;
  name: string;
  field: string;
  /** Allowed sectors (canonical spelling); empty = all. */
  sectors: string[];
}

export interface AwardRecord {
  row: number;
  recipientType: string;
  name: string;
  unit: string;
  form: string;
  level: string;
  decision: string;
  date: IsoDate | null;
  achievement: string;
}

/** One unit's data tab as found in the workbook. */
export interface UnitTab {
  /** The unit it belongs to (by `tabName`), or null for a tab no unit names. */
  unitCode: string | null;
  sheet: string;
  /** Header row (row 1) as typed. */
  header: string[];
  /** Column of each known field; a field missing from the header is absent. */
  columns: ColumnMap<ModelField>;
  /** Fields whose header appears more than once (S02). */
  duplicateColumns: ModelField[];
  /** Data rows (sheet rows 2..n) including blank ones, exactly as read. */
  rows: CellValue[][];
  /**
   * Sheet row of `rows[0]`; absent means 2. Lets the live onEdit check hand over only the
   * edited rows (e.g. rows 40–42) and still get the right row numbers.
   */
  firstRow?: number;
}

export interface Settings {
  values: Record<SettingKey, string>;
}

export interface Workbook {
  settings: Settings;
  units: UnitRecord[];
  types: ModelTypeRecord[];
  awards: AwardRecord[];
  /** Data tabs of units in `Đơn vị` (followed or not) that exist, in unit order. */
  tabs: UnitTab[];
  /** Sheet names found, as typed. */
  sheetNames: string[];
  /** Raw catalog sheets, for catalog checks (S03) that need the cells. */
  raw: { units: CellValue[][]; types: CellValue[][] };
}

/** A data row read into canonical values: list values in their catalog spelling, days as ISO. */
export interface ModelRecord {
  unitCode: string;
  sheet: string;
  /** 1-based sheet row (header = 1). */
  row: number;
  id: string;
  name: string;
  type: string;
  sector: string;
  place: string;
  form: string;
  launchDate: IsoDate | null;
  decision: string;
  members: number | null;
  leader: string;
  phone: string;
  cycle: string;
  lastMeeting: IsoDate | null;
  lastInterimReview: IsoDate | null;
  lastAnnualReview: IsoDate | null;
  status: string;
  retiredDate: IsoDate | null;
  rating: string;
  highlight: string;
  note: string;
}
