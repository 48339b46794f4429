/** Set-up (`menuSetup`) through the bundle: creates, repairs, never loses data, constant cost. */
import { buildLargeSample, buildSampleWorkbook, UNITS } from '../../emulator/sample';
import type { Emulator } from '../../emulator/emulator';
import type { EmuSheet } from '../../emulator/spreadsheet';
import { OWNED_SHEETS, SHEETS } from '../../src/core/schema';
import { book, CHECK, emulator, expectSameCalls, formulasOf, headerOf, measure, sheetOf, UNIT_TABS, valuesOf, withoutColumn } from './harness';

// What set-up must write, spelled out (workbook.md): a renamed column in the schema fails here.
const MODEL_HEADER = [
  'Mã mô hình', 'Tên mô hình', 'Loại mô hình', 'Khối', 'Địa bàn', 'Hình thức', 'Ngày ra mắt', 'Số quyết định',
  'Số thành viên', 'Người phụ trách', 'Điện thoại', 'Chu kỳ sinh hoạt', 'Sinh hoạt gần nhất', 'Sơ kết gần nhất',
  'Tổng kết gần nhất', 'Tình trạng', 'Ngày thanh loại', 'Xếp loại', 'Kết quả nổi bật', 'Ghi chú', 'Kiểm tra',
];
const LIST_HEADERS = ['Khối', 'Hình thức', 'Chu kỳ sinh hoạt', 'Tình trạng', 'Xếp loại'];
const TEXT_HEADERS = [
  'Mã mô hình', 'Tên mô hình', 'Loại mô hình', 'Khối', 'Địa bàn', 'Hình thức', 'Số quyết định', 'Người phụ trách',
  'Điện thoại', 'Chu kỳ sinh hoạt', 'Tình trạng', 'Xếp loại', 'Kết quả nổi bật', 'Ghi chú',
];
const SETTING_LABELS = [
  'Cơ quan cấp trên', 'Cơ quan ban hành', 'Ký hiệu văn bản', 'Địa danh', 'Quyền hạn ký', 'Chức vụ người ký', 'Người ký',
  'Nơi nhận', 'Email quản trị', 'Hạn cập nhật (ngày trong tháng)', 'Nhắc trước hạn (số ngày)', 'Mẫu báo cáo (ID Google Docs)',
  'Thư mục báo cáo (ID Google Drive)', 'Căn cứ', 'Đánh giá ưu điểm', 'Tồn tại, hạn chế', 'Phương hướng, nhiệm vụ',
];
const SHEET_NAMES = ['Cấu hình', 'Đơn vị', 'Loại mô hình', 'Khen thưởng', 'Tổng hợp', 'Lỗi dữ liệu', 'Nhật ký'];

function setUp(emu: Emulator): void {
  emu.run('menuSetup');
}

function adminEmails(emu: Emulator): string[] {
  const row = valuesOf(emu, SHEETS.settings).find((r) => r[0] === 'Email quản trị');
  return String(row?.[1] ?? '').split(/[,;\s]+/).filter(Boolean).map((e) => e.toLowerCase());
}

function focalEmails(unitCode: string, emu: Emulator): string[] {
  const units = valuesOf(emu, SHEETS.units);
  const h = units[0].map(String);
  const row = units.find((r) => r[h.indexOf('Mã đơn vị')] === unitCode);
  return String(row?.[h.indexOf('Email đầu mối')] ?? '').split(/[,;\s]+/).filter(Boolean).map((e) => e.toLowerCase());
}

/** Column (1-based) of a header in a sheet. */
function col(sheet: EmuSheet, header: string): number {
  const h = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
  const i = h.indexOf(header);
  if (i < 0) throw new Error(`${sheet.getName()}: no column ${header}`);
  return i + 1;
}

/** Everything set-up might stack, per sheet, for the idempotence check. */
function structure(emu: Emulator): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sheet of book(emu).getSheets()) {
    const width = Math.max(sheet.getLastColumn(), 1);
    const rows = sheet.getMaxRows();
    out[sheet.getName()] = {
      header: sheet.getLastRow() > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0] : [],
      protections: sheet.getProtections('SHEET').length + sheet.getProtections('RANGE').length,
      rules: sheet.getConditionalFormatRules().length,
      charts: sheet.getCharts().length,
      validations: sheet.getRange(1, 1, rows, width).getDataValidations().map((r) => r.map((v) => (v ? v.getCriteriaType() : null)).join('|')).join('/'),
      frozen: sheet.getFrozenRows(),
    };
  }
  return out;
}

describe('menuSetup on the sample workbook', () => {
  let emu: Emulator;
  beforeAll(() => {
    emu = emulator();
    setUp(emu);
  });

  test('creates every sheet of workbook.md, one tab per followed unit, each once', () => {
    const names = book(emu).getSheets().map((s) => s.getName());
    expect(new Set(names).size).toBe(names.length);
    for (const s of SHEET_NAMES) expect(names).toContain(s);
    for (const tab of UNIT_TABS) expect(names).toContain(tab);
    expect(names).toHaveLength(7 + 14);
  });

  test('Cấu hình has every settings key and the catalogs, owned sheets their headers', () => {
    const keys = valuesOf(emu, SHEETS.settings).map((r) => String(r[0]));
    expect(keys[0]).toBe('Mục');
    for (const label of SETTING_LABELS) expect(keys.filter((k) => k === label)).toHaveLength(1);
    expect(headerOf(emu, 'Đơn vị').slice(0, 7)).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Tên trang tính', 'Loại đơn vị', 'Email đầu mối', 'Người phụ trách', 'Đang theo dõi']);
    expect(headerOf(emu, 'Loại mô hình').slice(0, 3)).toEqual(['Tên loại mô hình', 'Lĩnh vực', 'Khối áp dụng']);
    expect(headerOf(emu, 'Khen thưởng').slice(0, 8)).toEqual(['Đối tượng', 'Tên', 'Đơn vị', 'Hình thức khen', 'Cấp khen', 'Số quyết định', 'Ngày', 'Thành tích']);
    expect(headerOf(emu, 'Lỗi dữ liệu')).toEqual(['Đơn vị', 'Trang tính', 'Dòng', 'Cột', 'Giá trị', 'Mã', 'Mức độ', 'Nội dung', 'Mở ô']);
    expect(headerOf(emu, 'Nhật ký').slice(0, 5)).toEqual(['Thời gian', 'Thao tác', 'Đơn vị', 'Người thực hiện', 'Kết quả']);
  });

  test('Lỗi dữ liệu and Nhật ký: widths that show the message and the time, the message column wrapped', () => {
    const issues = sheetOf(emu, 'Lỗi dữ liệu');
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => issues.getColumnWidth(c))).toEqual([150, 130, 50, 150, 180, 50, 80, 480, 70]);
    // The emulated sheet's format layers (0-based): row 500, columns Nội dung and Dòng.
    expect(issues.fmt.wrap.get(499, 7)).toBe(true);
    expect(issues.fmt.horizontalAlignment.get(499, 2)).toBe('center');
    const log = sheetOf(emu, 'Nhật ký');
    expect([1, 2, 3, 4, 5].map((c) => log.getColumnWidth(c))).toEqual([150, 170, 150, 210, 520]);
    expect(log.fmt.wrap.get(1, 4)).toBe(true);
  });

  test('every unit tab: all model columns, dropdowns, text format, frozen header', () => {
    for (const tab of UNIT_TABS) {
      const sheet = sheetOf(emu, tab);
      const header = headerOf(emu, tab);
      for (const h of MODEL_HEADER) expect(header.filter((x) => x === h)).toHaveLength(1);
      expect(sheet.getFrozenRows()).toBe(1);
      const rows = sheet.getMaxRows() - 1;
      for (const h of LIST_HEADERS) {
        const rules = sheet.getRange(2, col(sheet, h), rows, 1).getDataValidations().map((r) => r[0]);
        expect(rules.every((r) => r !== null && r.getCriteriaType() === 'VALUE_IN_LIST')).toBe(true);
      }
      const typeRules = sheet.getRange(2, col(sheet, 'Loại mô hình'), rows, 1).getDataValidations().map((r) => r[0]);
      expect(typeRules.every((r) => r !== null && r.getCriteriaType() === 'VALUE_IN_RANGE')).toBe(true);
      for (const h of TEXT_HEADERS) {
        const formats = sheet.getRange(2, col(sheet, h), rows, 1).getNumberFormats().map((r) => r[0]);
        expect(new Set(formats)).toEqual(new Set(['@']));
      }
      // A free-text column gets no dropdown.
      expect(sheet.getRange(2, col(sheet, 'Địa bàn'), rows, 1).getDataValidations().every((r) => r[0] === null)).toBe(true);
    }
    // The units catalog's list columns have dropdowns too.
    const units = sheetOf(emu, SHEETS.units);
    expect(units.getRange(2, col(units, 'Loại đơn vị')).getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');
  });

  test('protections: unit tabs editable by focal e-mails + admins; owned sheets warning-only', () => {
    const admins = adminEmails(emu);
    expect(admins.length).toBeGreaterThan(0);
    for (const unit of UNITS) {
      const ps = sheetOf(emu, unit.tabName).getProtections('SHEET');
      expect(ps).toHaveLength(1);
      expect(ps[0].isWarningOnly()).toBe(false);
      const editors = ps[0].getEditors().map((u) => u.getEmail().toLowerCase()).filter((e) => e !== 'owner@example.com');
      expect(new Set(editors)).toEqual(new Set([...focalEmails(unit.code, emu), ...admins]));
    }
    for (const name of [SHEETS.totals, SHEETS.issues, SHEETS.log]) {
      const ps = sheetOf(emu, name).getProtections('SHEET');
      expect(ps).toHaveLength(1);
      expect(ps[0].isWarningOnly()).toBe(true);
    }
  });

  test('tells the user in a toast', () => {
    expect(book(emu).toasts.at(-1)?.title).toBe('Thiết lập bảng tính');
    expect(emu.ui.alerts).toHaveLength(0);
  });
});

describe('menuSetup again after users worked in the sheet', () => {
  const TAB = 'Hàm Cần';
  const OWN = 'Ghi chú của xã';

  /** Moves columns the way a user drags them: header, data, formats and dropdowns move together. */
  function reorder(sheet: EmuSheet, order: (header: string[]) => string[]): void {
    const width = sheet.getLastColumn();
    const rows = sheet.getMaxRows();
    const all = sheet.getRange(1, 1, rows, width);
    const values = all.getValues();
    const formats = all.getNumberFormats();
    const rules = all.getDataValidations();
    const header = values[0].map(String);
    const perm = order(header).map((h) => header.indexOf(h));
    expect([...perm].sort((a, b) => a - b)).toEqual(header.map((_, i) => i));
    all.setValues(values.map((r) => perm.map((i) => r[i])));
    all.setNumberFormats(formats.map((r) => perm.map((i) => r[i])));
    all.setDataValidations(rules.map((r) => perm.map((i) => r[i])));
  }

  let emu: Emulator;
  let before: Record<string, unknown[][]>;
  let formulasBefore: Record<string, string[][]>;
  let structureBefore: Record<string, unknown>;
  beforeAll(() => {
    emu = emulator();
    setUp(emu);
    emu.run('validateAll');
    const sheet = sheetOf(emu, TAB);
    // Move `Khối` to the front and `Kiểm tra` into the middle.
    reorder(sheet, (h) => {
      const rest = h.filter((x) => x !== 'Khối' && x !== CHECK);
      return ['Khối', ...rest.slice(0, 5), CHECK, ...rest.slice(5)];
    });
    // A column of their own, with data, and a new row typed at the bottom.
    const ownCol = sheet.getLastColumn() + 1;
    sheet.getRange(1, ownCol).setValue(OWN);
    sheet.getRange(2, ownCol).setValue('riêng');
    const next = sheet.getLastRow() + 1;
    sheet.getRange(next, col(sheet, 'Địa bàn')).setValue('Thôn Mới');
    sheet.getRange(next, col(sheet, 'Điện thoại')).setValue('0912345678');
    sheet.getRange(next, col(sheet, 'Ghi chú')).setFormula('=1+1');
    // Settings edited by the district.
    const settings = sheetOf(emu, SHEETS.settings);
    settings.getRange(5, 2).setValue('Hàm Thuận Nam (sửa)');
    before = {};
    formulasBefore = {};
    for (const s of book(emu).getSheets()) {
      if ((OWNED_SHEETS as readonly string[]).includes(s.getName())) continue;
      before[s.getName()] = withoutColumn(valuesOf(emu, s.getName()), CHECK);
      formulasBefore[s.getName()] = formulasOf(emu, s.getName());
    }
    structureBefore = structure(emu);
    setUp(emu);
  });

  test('every user cell is identical (values and formulas), Kiểm tra aside', () => {
    for (const name of Object.keys(before)) {
      expect({ name, values: withoutColumn(valuesOf(emu, name), CHECK) }).toEqual({ name, values: before[name] });
      expect({ name, formulas: formulasOf(emu, name) }).toEqual({ name, formulas: formulasBefore[name] });
    }
    expect(valuesOf(emu, TAB).at(-1)).toContain('0912345678');
    expect(Object.keys(before)).toEqual(expect.arrayContaining([SHEETS.settings, SHEETS.units, SHEETS.types, SHEETS.awards, TAB]));
  });

  test('no duplicate sheets, columns, protections, conditional rules or dropdowns', () => {
    expect(structure(emu)).toEqual(structureBefore);
    const header = headerOf(emu, TAB);
    expect(new Set(header).size).toBe(header.length);
    expect(header[0]).toBe('Khối');
    expect(header).toContain(OWN);
  });

  test('dropdowns follow the moved columns; the user column gets none', () => {
    const sheet = sheetOf(emu, TAB);
    const rows = sheet.getMaxRows() - 1;
    const at = (h: string) => sheet.getRange(2, col(sheet, h), rows, 1).getDataValidations().map((r) => (r[0] ? r[0].getCriteriaType() : null));
    expect(new Set(at('Khối'))).toEqual(new Set(['VALUE_IN_LIST']));
    expect(new Set(at('Loại mô hình'))).toEqual(new Set(['VALUE_IN_RANGE']));
    expect(new Set(at(OWN))).toEqual(new Set([null]));
  });
});

describe('menuSetup with changed units', () => {
  test('a unit added to Đơn vị gets its tab on the next run', () => {
    const emu = emulator();
    setUp(emu);
    const units = sheetOf(emu, SHEETS.units);
    units.appendRow(['HAM_MOI', 'Xã Mới', 'Xã Mới', 'Xã', 'xamoi@example.gov.vn', 'Nguyễn Văn A', 'Có']);
    expect(book(emu).getSheetByName('Xã Mới')).toBeNull();
    setUp(emu);
    expect(headerOf(emu, 'Xã Mới')).toEqual(MODEL_HEADER);
    const p = sheetOf(emu, 'Xã Mới').getProtections('SHEET');
    expect(p).toHaveLength(1);
    expect(p[0].getEditors().map((u) => u.getEmail())).toContain('xamoi@example.gov.vn');
  });

  test('a unit whose tab name is over 31 characters is skipped with an alert naming it', () => {
    const data = buildSampleWorkbook();
    const long = 'Trang dữ liệu của xã có tên rất dài quá mức';
    expect(long.length).toBeGreaterThan(31);
    const units = data.sheets.find((s) => s.name === SHEETS.units);
    if (!units) throw new Error('no units sheet');
    units.values.push(['DAI', 'Xã Tên Dài', long, 'Xã', '', '', 'Có']);
    const emu = emulator(data);
    const result = emu.run('menuSetup') as { skipped: string[]; unitTabs: number };
    expect(book(emu).getSheetByName(long)).toBeNull();
    expect(result.unitTabs).toBe(UNIT_TABS.length);
    expect(emu.ui.alerts).toHaveLength(1);
    expect(emu.ui.alerts[0].prompt).toContain(long);
    expect(emu.ui.alerts[0].prompt).toContain('Xã Tên Dài');
  });
});

describe('service calls of set-up', () => {
  test('the same on the sample and on buildLargeSample(10)', () => {
    const small = emulator(buildLargeSample(1));
    const large = emulator(buildLargeSample(10));
    const a = measure(small, () => setUp(small));
    const b = measure(large, () => setUp(large));
    expect(a.total).toBeGreaterThan(0);
    expectSameCalls(a, b);
  });

  test('a second run on a set-up workbook costs the same at 1× and 10×', () => {
    const small = emulator(buildLargeSample(1));
    const large = emulator(buildLargeSample(10));
    setUp(small);
    setUp(large);
    expectSameCalls(measure(small, () => setUp(small)), measure(large, () => setUp(large)));
  });
});

