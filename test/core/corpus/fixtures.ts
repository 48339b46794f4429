/** Builders of raw workbooks for the reader and validator tests (not a test file itself). */
import type { CellValue, RawSheet, RawWorkbook, ReadContext } from '../../../src/core/raw';
import { MODEL_COLUMNS, SHEETS, type ModelField } from '../../../src/core/schema';

export const TODAY = '2019-04-24';
export const TZ = 420;
export const CTX: ReadContext = { today: TODAY, tzOffsets: [TZ] };

export const MODEL_HEADER: string[] = MODEL_COLUMNS.map((c) => c.header);

/** The Date a sheet in UTC+7 returns for a day typed as a date (local midnight). */
export function day(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) - TZ * 60_000);
}

export type RowSpec = Partial<Record<ModelField, CellValue>>;

/** A valid row as of TODAY, with `overrides` (use '' to empty a cell). */
export function validRow(overrides: RowSpec = {}): RowSpec {
  return {
    id: 'HM-01',
    name: 'Khu dân cư phòng chống tội phạm thôn Phú Mỹ',
    type: 'Khu dân cư phòng chống tội phạm',
    sector: 'Khu dân cư',
    place: 'Thôn Phú Mỹ',
    form: 'Xây dựng mới',
    launchDate: day('2018-01-15'),
    decision: '12/QĐ-UBND',
    members: 12,
    leader: 'Nguyễn Văn An',
    phone: '0912345678',
    cycle: 'Hằng tháng',
    lastMeeting: day('2019-04-10'),
    lastInterimReview: day('2019-01-10'),
    lastAnnualReview: day('2018-12-20'),
    status: 'Đang hoạt động',
    retiredDate: '',
    rating: 'Hiệu quả',
    highlight: '',
    note: '',
    check: '',
    ...overrides,
  };
}

/** A row laid out under `header` (the fields' canonical headers; unknown headers get ''). */
export function rowFor(spec: RowSpec, header: readonly string[] = MODEL_HEADER): CellValue[] {
  const byHeader = new Map<string, ModelField>(MODEL_COLUMNS.map((c) => [c.header, c.key]));
  return header.map((h) => {
    const field = byHeader.get(h);
    const v = field === undefined ? undefined : spec[field];
    return v === undefined ? '' : v;
  });
}

export function tab(name: string, rows: RowSpec[], header: readonly string[] = MODEL_HEADER): RawSheet {
  return { name, values: [header.slice(), ...rows.map((r) => rowFor(r, header))] };
}

export const UNITS_HEADER = ['Mã đơn vị', 'Tên đơn vị', 'Tên trang tính', 'Loại đơn vị', 'Email đầu mối', 'Người phụ trách', 'Đang theo dõi'];

export function unitsSheet(rows: CellValue[][], header: CellValue[] = UNITS_HEADER): RawSheet {
  return { name: SHEETS.units, values: [header, ...rows] };
}

export const DEFAULT_UNITS: CellValue[][] = [
  ['HAM_MY', 'Hàm Mỹ', '', 'Xã', 'hammy@example.vn', 'Lê Văn Bình', 'Có'],
  ['HAM_CAN', 'Hàm Cần', '', 'Xã', 'hamcan@example.vn, ca.hamcan@example.vn', '', ''],
];

export const TYPES_HEADER = ['Tên loại mô hình', 'Lĩnh vực', 'Khối áp dụng'];
export const DEFAULT_TYPES: CellValue[][] = [
  ['Khu dân cư phòng chống tội phạm', 'Phòng chống tội phạm', 'Khu dân cư'],
  ['Vì mái trường không có ma túy', 'Phòng chống tội phạm', 'Nhà trường'],
  ['Camera an ninh phòng, chống tội phạm', 'Phòng chống tội phạm', ''],
  ['Tổ liên gia an toàn phòng cháy chữa cháy', 'Phòng cháy chữa cháy', 'Khu dân cư, Doanh nghiệp'],
];

export function typesSheet(rows: CellValue[][] = DEFAULT_TYPES, header: CellValue[] = TYPES_HEADER): RawSheet {
  return { name: SHEETS.types, values: [header, ...rows] };
}

export function settingsSheet(rows: CellValue[][] = []): RawSheet {
  return { name: SHEETS.settings, values: [['Mục', 'Giá trị'], ...rows] };
}

/**
 * The usual workbook: settings, two units (Hàm Mỹ, Hàm Cần), four types, and the given
 * rows in each unit's tab (Hàm Cần's tab is empty but for its header unless given).
 */
export function workbook(opts: {
  hamMy?: RowSpec[];
  hamCan?: RowSpec[];
  units?: CellValue[][];
  types?: CellValue[][];
  extra?: RawSheet[];
} = {}): RawWorkbook {
  return {
    sheets: [
      settingsSheet(),
      unitsSheet(opts.units ?? DEFAULT_UNITS),
      typesSheet(opts.types ?? DEFAULT_TYPES),
      tab('Hàm Mỹ', opts.hamMy ?? [validRow()]),
      tab('Hàm Cần', opts.hamCan ?? []),
      ...(opts.extra ?? []),
    ],
  };
}

/** Deep copy of a raw workbook, Dates included, for "the input is unchanged" checks. */
export function cloneRaw(raw: RawWorkbook): RawWorkbook {
  return {
    sheets: raw.sheets.map((s) => ({
      name: s.name,
      values: s.values.map((r) => r.map((v) => (v instanceof Date ? new Date(v.getTime()) : v))),
    })),
  };
}

import type { Issue, ValidationResult } from '../../../src/core/issue';
import { validateWorkbook } from '../../../src/core/validate';
import { readWorkbook } from '../../../src/core/workbook';

/** Reads and validates a raw workbook as of TODAY. */
export function check(raw: RawWorkbook, ctx: ReadContext = CTX): ValidationResult {
  return validateWorkbook(readWorkbook(raw, ctx), ctx);
}

/** Issue codes of one sheet row (default: the first data row of Hàm Mỹ), in order. */
export function codesAt(result: ValidationResult, row = 2, sheet = 'Hàm Mỹ'): string[] {
  return result.issues.filter((i) => i.sheet === sheet && i.row === row).map((i) => i.code);
}

/** The issues of code `code`. */
export function issuesOf(result: ValidationResult, code: string): Issue[] {
  return result.issues.filter((i) => i.code === code);
}

/** Validates one row in Hàm Mỹ (rows given as overrides of `validRow`) and returns its codes. */
export function codesOfRow(overrides: RowSpec, ctx: ReadContext = CTX): string[] {
  return codesAt(check(workbook({ hamMy: [validRow(overrides)] }), ctx));
}
