/**
 * The sample workbook of domain.md: Hàm Thuận Nam district as of 24/4/2019, as the district
 * would have typed it before the add-on's set-up ran (no `Kiểm tra` column, no owned sheets).
 *
 * Valid rows reproduce the review's figures exactly (20 types, 82 sites, 13/13 communes and
 * towns, 13 sites in the agency block, Giấy khen to 9 collectives and 5 individuals); the
 * deliberately wrong rows listed in SAMPLE_EXPECTED.wrongRows carry one `Lỗi` each and are
 * left out of the totals.
 */
import type { DataCell, SheetData, WorkbookData } from '../workbook-data';
import type { RuleCode } from '../../src/core/issue';
import { AWARD_COLUMNS, MODEL_COLUMNS, SETTINGS, SETTINGS_HEADERS, SHEETS, TYPE_COLUMNS, UNIT_COLUMNS } from '../../src/core/schema';
import { AWARDS, COMMON_TYPES, SETTING_VALUES, TYPES, UNITS, type SampleType, type SampleUnit } from './catalog';
import { MODELS, MONTHLY, QUARTERLY, type ModelSpec } from './models';

export { UNITS, TYPES, COMMON_TYPES, AWARDS, SETTING_VALUES, T } from './catalog';
export { MODELS } from './models';
export type { ModelSpec } from './models';

export const SAMPLE_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const TZ_OFFSET_MS = 7 * 3600e3;

export interface WrongRow {
  sheet: string;
  /** Sheet row, header = 1. */
  row: number;
  code: RuleCode;
  why: string;
}

/** A calendar day as the Date a sheet cell holds: local midnight in Asia/Ho_Chi_Minh. */
export function localDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) - TZ_OFFSET_MS);
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Small deterministic generator (mulberry32) so every build gives the same workbook. */
function rng(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)];
}

function between(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lâm', 'Trương'];
const MIDDLE_M = ['Văn', 'Minh', 'Hữu', 'Đức', 'Quốc', 'Thanh', 'Ngọc', 'Công'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thanh', 'Thị Kim', 'Thị Thu'];
const GIVEN_M = ['Hùng', 'Tuấn', 'Dũng', 'Phúc', 'Hòa', 'Sơn', 'Nam', 'Hải', 'Bình', 'Trung', 'Long', 'Tài', 'Lộc', 'Toàn', 'Nghĩa', 'Quang', 'Vũ', 'Thiện'];
const GIVEN_F = ['Lan', 'Thảo', 'Nga', 'Mai', 'Hạnh', 'Hương', 'Trang', 'Yến', 'Loan', 'Diễm'];
const MOBILE = ['090', '091', '093', '094', '096', '097', '098', '032', '033', '034', '035', '036', '037', '038', '039', '077', '083', '084', '085', '086', '088'];

function personName(r: () => number): string {
  const female = r() < 0.25;
  return female
    ? `${pick(r, FAMILY)} ${pick(r, MIDDLE_F)} ${pick(r, GIVEN_F)}`
    : `${pick(r, FAMILY)} ${pick(r, MIDDLE_M)} ${pick(r, GIVEN_M)}`;
}

function phone(r: () => number): string {
  let s = pick(r, MOBILE);
  while (s.length < 10) s += String(between(r, 0, 9));
  return s;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function day(y: number, m: number, d: number): string {
  return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Headers of a data tab: MODEL_COLUMNS without the add-on's `Kiểm tra`. */
const STANDARD_HEADERS = MODEL_COLUMNS.filter((c) => c.key !== 'check').map((c) => c.header);

/**
 * Mỹ Thạnh's focal point swapped two columns and added one of their own: columns are found
 * by header (workbook.md), so the sample exercises it.
 */
const OWN_COLUMN = 'Thôn trưởng';
function headersOf(unit: SampleUnit): string[] {
  if (unit.code !== 'MY_THANH') return [...STANDARD_HEADERS];
  const h = [...STANDARD_HEADERS];
  const a = h.indexOf('Người phụ trách');
  const b = h.indexOf('Điện thoại');
  [h[a], h[b]] = [h[b], h[a]];
  h.push(OWN_COLUMN);
  return h;
}

const FORMAT_BY_HEADER: Record<string, string> = {};
for (const c of MODEL_COLUMNS) {
  FORMAT_BY_HEADER[c.header] = c.kind === 'date' ? 'dd/mm/yyyy' : c.kind === 'integer' ? '0' : '';
}
FORMAT_BY_HEADER['Mã mô hình'] = '@';
FORMAT_BY_HEADER['Số quyết định'] = '@';
FORMAT_BY_HEADER['Điện thoại'] = '@';

/** The cells of one model row, by header; dates still as ISO text. */
function modelCells(unit: SampleUnit, spec: ModelSpec, index: number): Record<string, DataCell> {
  const r = rng(`${unit.code}:${index}`);
  const validLaunch = ISO.test(spec.launch) ? spec.launch : null;
  const isAgency = unit.unitType === 'Khối cơ quan';
  const cycle = spec.cycle ?? (r() < 0.2 ? '' : MONTHLY); // empty = monthly by default
  const generatedMeeting = (): string | null => {
    if (!validLaunch) return null;
    if (cycle === QUARTERLY) {
      const m = day(2019, pick(r, [2, 3]), between(r, 3, 28));
      return m >= validLaunch ? m : null; // launched within the cycle: none due yet
    }
    const m = day(2019, 4, between(r, 3, 20));
    return validLaunch <= '2019-03-31' ? m : null;
  };
  const meeting = spec.meeting !== undefined ? spec.meeting : generatedMeeting();
  const interim = spec.interim !== undefined ? spec.interim
    : validLaunch && validLaunch < '2018-10-22' ? day(2019, 4, between(r, 1, 12)) : null;
  const annual = spec.annual !== undefined ? spec.annual
    : validLaunch && validLaunch < '2018-09-01' ? day(2018, 12, between(r, 14, 28)) : null;
  const rating = spec.rating ?? (validLaunch && validLaunch < '2018-07-01' ? 'Trung bình' : pick(r, ['', 'Chưa đánh giá']));
  const place = spec.place;
  const lowerPlace = /^(Thôn|Khu phố)\b/.test(place) ? place.charAt(0).toLowerCase() + place.slice(1) : place;
  const name = spec.name ?? (isAgency ? `${spec.type} – ${place}` : `${spec.type} ${lowerPlace}`);
  const cells: Record<string, DataCell> = {
    'Mã mô hình': spec.id ?? `${unit.prefix}-${pad(index + 1, 3)}`,
    'Tên mô hình': name,
    'Loại mô hình': spec.type,
    'Khối': spec.sector ?? 'Khu dân cư',
    'Địa bàn': place,
    'Hình thức': spec.form,
    'Ngày ra mắt': spec.launch,
    'Số quyết định': `${between(r, 8, 190)}/${isAgency ? 'QĐ-BCĐ' : 'QĐ-UBND'}`,
    'Số thành viên': spec.members ?? between(r, isAgency ? 10 : 8, isAgency ? 40 : 32),
    'Người phụ trách': personName(r),
    'Điện thoại': spec.phone ?? phone(r),
    'Chu kỳ sinh hoạt': cycle,
    'Sinh hoạt gần nhất': meeting ?? '',
    'Sơ kết gần nhất': interim ?? '',
    'Tổng kết gần nhất': annual ?? '',
    'Tình trạng': spec.status ?? 'Đang hoạt động',
    'Ngày thanh loại': spec.retired ?? '',
    'Xếp loại': rating,
    'Kết quả nổi bật': spec.highlight ?? '',
    'Ghi chú': spec.note ?? '',
    [OWN_COLUMN]: personName(r),
  };
  return cells;
}

function toCell(header: string, v: DataCell): DataCell {
  const isDate = MODEL_COLUMNS.some((c) => c.header === header && c.kind === 'date');
  if (isDate && typeof v === 'string' && ISO.test(v)) return localDate(v);
  return v;
}

function unitTab(unit: SampleUnit): SheetData {
  const headers = headersOf(unit);
  const specs = MODELS[unit.code] ?? [];
  const values: DataCell[][] = [headers];
  for (let i = 0; i < specs.length; i++) {
    const cells = modelCells(unit, specs[i], i);
    values.push(headers.map((h) => toCell(h, cells[h] ?? '')));
  }
  const formatRow = headers.map((h) => FORMAT_BY_HEADER[h] ?? '');
  const numberFormats = values.map((_, i) => (i === 0 ? headers.map(() => '') : [...formatRow]));
  return { name: unit.tabName, values, numberFormats, frozenRows: 1, columnWidths: widthsOf(headers, MODEL_COLUMNS) };
}

/**
 * Column widths as the district's own Excel template had them (the add-on sets widths only
 * on the columns it creates): the schema's widths, 140 px for a column of the commune's own.
 */
function widthsOf(headers: readonly DataCell[], specs: readonly { header: string; width?: number }[]): number[] {
  return headers.map((h) => specs.find((c) => c.header === h)?.width ?? 140);
}

function settingsSheet(): SheetData {
  const values: DataCell[][] = [[...SETTINGS_HEADERS]];
  for (const s of SETTINGS) values.push([s.label, SETTING_VALUES[s.key]]);
  // Deadline and reminder days typed as numbers, as people do.
  for (const row of values.slice(1)) {
    if (typeof row[1] === 'string' && /^\d+$/.test(row[1])) row[1] = Number(row[1]);
  }
  return { name: SHEETS.settings, values, frozenRows: 1, columnWidths: [260, 700] };
}

function unitsSheet(): SheetData {
  const values: DataCell[][] = [UNIT_COLUMNS.map((c) => c.header)];
  for (const u of UNITS) {
    const emails = u.unitType === 'Khối cơ quan'
      ? `${u.slug}.bcd@example.gov.vn`
      : u.code === 'HAM_MY' || u.code === 'THUAN_NAM' || u.code === 'MUONG_MAN'
        ? `${u.slug}.cat@example.gov.vn, ${u.slug}.vp@example.gov.vn`
        : `${u.slug}.cat@example.gov.vn`;
    values.push([u.code, u.name, u.tabName, u.unitType, emails, u.manager, 'Có']);
  }
  return { name: SHEETS.units, values, frozenRows: 1, columnWidths: widthsOf(values[0], UNIT_COLUMNS) };
}

function typesSheet(types: readonly SampleType[] = TYPES): SheetData {
  const values: DataCell[][] = [TYPE_COLUMNS.map((c) => c.header)];
  for (const t of types) values.push([t.name, t.field, t.sectors]);
  return { name: SHEETS.types, values, frozenRows: 1, columnWidths: widthsOf(values[0], TYPE_COLUMNS) };
}

function awardsSheet(): SheetData {
  const headers = AWARD_COLUMNS.map((c) => c.header);
  const values: DataCell[][] = [headers];
  for (const a of AWARDS) {
    values.push([a.recipientType, a.name, a.unit, a.form, a.level, a.decision, localDate(a.date), a.achievement]);
  }
  const dateCol = headers.indexOf('Ngày');
  const numberFormats = values.map((_, i) => headers.map((__, j) => (i > 0 && j === dateCol ? 'dd/mm/yyyy' : '')));
  return { name: SHEETS.awards, values, numberFormats, frozenRows: 1, columnWidths: widthsOf(headers, AWARD_COLUMNS) };
}

export function buildSampleWorkbook(): WorkbookData {
  return {
    name: 'Mô hình tự quản, tự phòng – Hàm Thuận Nam',
    timeZone: SAMPLE_TIME_ZONE,
    locale: 'vi_VN',
    sheets: [settingsSheet(), unitsSheet(), typesSheet(), awardsSheet(), ...UNITS.map(unitTab)],
  };
}

/**
 * What `antt setup --new` starts from: an empty `Cấu hình` (set-up writes the defaults) and
 * the common model-type catalog; set-up creates every other sheet.
 */
export function buildNewDistrictWorkbook(): WorkbookData {
  return {
    name: 'Mô hình tự quản, tự phòng',
    timeZone: SAMPLE_TIME_ZONE,
    locale: 'vi_VN',
    sheets: [{ name: SHEETS.settings, values: [] }, typesSheet(COMMON_TYPES)],
  };
}

/** Non-blank data rows of the sample (valid, retired and wrong). */
export const SAMPLE_DATA_ROWS = UNITS.reduce((n, u) => n + (MODELS[u.code]?.length ?? 0), 0);

/**
 * The sample with each unit tab's rows repeated `factor` times, for benchmarks. Copy k > 1
 * gets `Mã mô hình` `<code>-k` (still unique, and the deliberate duplicate pair stays a
 * pair within each copy) and `Địa bàn` `<place> (k)`, so copies do not raise W01.
 * Every figure of SAMPLE_EXPECTED scales by `factor` except `types`.
 */
export function buildLargeSample(factor: number): WorkbookData {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number ≥ 1, got ${factor}`);
  return resizedSample((rows) => rows * factor);
}

/** The sample with exactly `rows` data rows in every unit tab, its own rows cycled as above. */
export function buildSampleWithRowsPerTab(rows: number): WorkbookData {
  return resizedSample(() => rows);
}

/**
 * The sample with each unit tab's rows cycled to `size(original rows)` rows. Copy k > 1 of a
 * row gets `Mã mô hình` `<code>-k` and `Địa bàn` `<place> (k)`: no new duplicates.
 */
function resizedSample(size: (rows: number) => number): WorkbookData {
  const wb = buildSampleWorkbook();
  const tabs = new Set(UNITS.map((u) => u.tabName));
  for (const sheet of wb.sheets) {
    if (!tabs.has(sheet.name)) continue;
    const header = sheet.values[0].map(String);
    const idCol = header.indexOf('Mã mô hình');
    const placeCol = header.indexOf('Địa bàn');
    const body = sheet.values.slice(1);
    const formats = sheet.numberFormats?.slice(1) ?? [];
    const values: DataCell[][] = [sheet.values[0]];
    const numberFormats: string[][] = sheet.numberFormats ? [sheet.numberFormats[0]] : [];
    const count = size(body.length);
    for (let i = 0; i < count; i++) {
      const k = Math.floor(i / body.length) + 1;
      const row = k === 1 ? body[i % body.length] : body[i % body.length].slice();
      if (k > 1) {
        row[idCol] = `${String(row[idCol])}-${k}`;
        row[placeCol] = `${String(row[placeCol])} (${k})`;
      }
      values.push(row);
      if (sheet.numberFormats) numberFormats.push(formats[i % body.length]);
    }
    sheet.values = values;
    if (sheet.numberFormats) sheet.numberFormats = numberFormats;
  }
  return wb;
}

/** The factor giving at least `rows` data rows. */
export function largeSampleFactorFor(rows: number): number {
  return Math.max(1, Math.ceil(rows / SAMPLE_DATA_ROWS));
}

function wrongRows(): WrongRow[] {
  const out: WrongRow[] = [];
  for (const u of UNITS) {
    (MODELS[u.code] ?? []).forEach((spec, i) => {
      if (spec.wrong) out.push({ sheet: u.tabName, row: i + 2, code: spec.wrong.code, why: spec.wrong.why });
    });
  }
  return out;
}

/**
 * What the sample must give as of 2019-04-24 (period 2018-10-25..2019-04-24), with the
 * totals definitions of workbook.md. The first block is the review of 24/4/2019; the rest
 * follows from the rows as written and is checked by test/emulator/sample.test.ts.
 */
export const SAMPLE_EXPECTED = {
  asOf: '2019-04-24',
  from: '2018-10-25',
  sites: 82,
  types: 20,
  unitsWithSites: 13,
  unitsTotal: 13,
  agencySites: 13,
  awards: { 'Tập thể': 9, 'Cá nhân': 5 } as Record<string, number>,
  /** Rows with a `Lỗi`: sheet row (header = 1) and the rule each breaks. */
  wrongRows: wrongRows(),
  invalidRows: 9,
  newSites: 18,
  replicatedSites: 64,
  launchedInPeriod: 12,
  retiredInPeriod: 2,
  /** Counted sites per unit, by unit code. */
  unitSites: {
    THUAN_NAM: 7, HAM_CAN: 4, HAM_CUONG: 5, HAM_KIEM: 6, HAM_MINH: 6, HAM_MY: 7, HAM_THANH: 5,
    MUONG_MAN: 6, MY_THANH: 4, TAN_LAP: 5, TAN_THANH: 5, TAN_THUAN: 5, THUAN_QUY: 4, KHOI_CQ: 13,
  } as Record<string, number>,
  bySector: { 'Khu dân cư': 69, 'Cơ quan': 3, 'Doanh nghiệp': 4, 'Nhà trường': 6 } as Record<string, number>,
  /** As of F − 1 day (the wrong rows stay excluded). */
  previous: { asOf: '2018-10-24', sites: 72, types: 20, unitsWithSites: 13 },
};
