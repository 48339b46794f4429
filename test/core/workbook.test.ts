/** The reader: sheets by normalised name, columns by header, settings, catalogs, tabs, rows. */
import fc from 'fast-check';
import type { CellValue, RawWorkbook } from '../../src/core/raw';
import { SETTINGS } from '../../src/core/schema';
import { isBlankRow, isUsable, mapHeader, readRecord, readWorkbook, rowIndexOf, sheetRowOf } from '../../src/core/workbook';
import { UNIT_COLUMNS } from '../../src/core/schema';
import { CTX, DEFAULT_UNITS, MODEL_HEADER, day, settingsSheet, tab, typesSheet, unitsSheet, validRow, workbook } from './corpus/fixtures';

describe('isUsable', () => {
  it('needs Đơn vị and Loại mô hình, by normalised name', () => {
    expect(isUsable(workbook())).toEqual({ ok: true });
    expect(isUsable({ sheets: [{ name: ' đơn  vị', values: [] }, { name: 'LOẠI MÔ HÌNH'.normalize('NFD'), values: [] }] })).toEqual({ ok: true });
    expect(isUsable({ sheets: [] })).toEqual({ ok: false, missing: ['Đơn vị', 'Loại mô hình'] });
    expect(isUsable({ sheets: [{ name: 'Đơn vị', values: [['']] }] })).toEqual({ ok: false, missing: ['Loại mô hình'] });
  });
  it('never throws on garbage', () => {
    expect(isUsable({} as RawWorkbook)).toEqual({ ok: false, missing: ['Đơn vị', 'Loại mô hình'] });
  });
});

describe('settings', () => {
  it('defaults when the sheet is missing', () => {
    const wb = readWorkbook({ sheets: [] });
    for (const s of SETTINGS) expect(wb.settings.values[s.key]).toBe(s.default);
  });
  it('keys by label (normalised), values kept with line breaks, numbers as text', () => {
    const raw = workbook();
    raw.sheets[0] = settingsSheet([
      ['  người KÝ ', 'Trần Ngọc Diệp'],
      ['Nơi nhận', '- BCĐ tỉnh (b/c);\r\n- Lưu: VT.'],
      ['Hạn cập nhật (ngày trong tháng)', 20],
      ['Địa danh', ''],
      ['Không phải khóa', 'x'],
    ]);
    const v = readWorkbook(raw, CTX).settings.values;
    expect(v.signerName).toBe('Trần Ngọc Diệp');
    expect(v.recipients).toBe('- BCĐ tỉnh (b/c);\n- Lưu: VT.');
    expect(v.deadlineDay).toBe('20');
    expect(v.place).toBe('');
    expect(v.docSymbol).toBe('BC-BCĐ');
  });
  it('columns by header even when swapped; no header means A and B', () => {
    const swapped = workbook();
    swapped.sheets[0] = { name: 'Cấu hình', values: [['Giá trị', 'Mục'], ['X', 'Người ký']] };
    expect(readWorkbook(swapped).settings.values.signerName).toBe('X');
    const bare = workbook();
    bare.sheets[0] = { name: 'Cấu hình', values: [['Người ký', 'Y']] };
    expect(readWorkbook(bare).settings.values.signerName).toBe('Y');
  });
});

describe('units and types', () => {
  it('reads units with defaults', () => {
    const wb = readWorkbook(workbook({ units: [...DEFAULT_UNITS, ['TL', 'Tân Lập', 'TL tab', 'thị  TRẤN', '', '', 'không']] }), CTX);
    expect(wb.units.map((u) => [u.row, u.code, u.tabName, u.unitType, u.followed])).toEqual([
      [2, 'HAM_MY', 'Hàm Mỹ', 'Xã', true],
      [3, 'HAM_CAN', 'Hàm Cần', 'Xã', true],
      [4, 'TL', 'TL tab', 'Thị trấn', false],
    ]);
    expect(wb.units[1].emails).toEqual(['hamcan@example.vn', 'ca.hamcan@example.vn']);
  });
  it('reads units by header in any order, skipping blank rows', () => {
    const header = ['Tên đơn vị', 'Ghi chú', 'Loại đơn vị', 'Mã đơn vị'];
    const wb = readWorkbook({ sheets: [unitsSheet([['Hàm Mỹ', 'x', 'Xã', 'HM'], ['', '', '', ''], ['Hàm Cần', '', 'Phường', 'HC']], header), typesSheet()] });
    expect(wb.units.map((u) => [u.row, u.code, u.name, u.unitType])).toEqual([[2, 'HM', 'Hàm Mỹ', 'Xã'], [4, 'HC', 'Hàm Cần', 'Phường']]);
  });
  it('reads types with canonical sectors', () => {
    const wb = readWorkbook(workbook({ types: [['A', 'F', 'khu dân cư,  DOANH NGHIỆP ,'], ['B', '', '']] }));
    expect(wb.types).toEqual([
      { row: 2, name: 'A', field: 'F', sectors: ['Khu dân cư', 'Doanh nghiệp'] },
      { row: 3, name: 'B', field: '', sectors: [] },
    ]);
  });
  it('reads awards with dates', () => {
    const raw = workbook({
      extra: [{ name: 'Khen thưởng', values: [
        ['Đối tượng', 'Tên', 'Đơn vị', 'Hình thức khen', 'Cấp khen', 'Số quyết định', 'Ngày', 'Thành tích'],
        ['tập thể', 'Thôn Phú Mỹ', 'Hàm Mỹ', 'Giấy khen', 'Huyện', '1/QĐ', day('2019-04-20'), 'x'],
        ['Cá nhân', 'Nguyễn A', '', '', '', '', '20/4/2019', ''],
        ['Cá nhân', 'Nguyễn B', '', '', '', '', 'sai', ''],
      ] }],
    });
    const wb = readWorkbook(raw, CTX);
    expect(wb.awards.map((a) => [a.recipientType, a.name, a.date])).toEqual([
      ['Tập thể', 'Thôn Phú Mỹ', '2019-04-20'],
      ['Cá nhân', 'Nguyễn A', '2019-04-20'],
      ['Cá nhân', 'Nguyễn B', null],
    ]);
  });
});

describe('unit tabs', () => {
  it('finds each unit\'s tab in unit order with its columns', () => {
    const wb = readWorkbook(workbook(), CTX);
    expect(wb.tabs.map((t) => [t.unitCode, t.sheet])).toEqual([['HAM_MY', 'Hàm Mỹ'], ['HAM_CAN', 'Hàm Cần']]);
    expect(wb.tabs[0].columns.type).toBe(2);
    expect(wb.tabs[0].rows).toHaveLength(1);
    expect(wb.sheetNames).toContain('Loại mô hình');
    expect(wb.raw.units[0][0]).toBe('Mã đơn vị');
  });
  it('records duplicate columns, first wins', () => {
    const wb = readWorkbook(workbook({ extra: [] }));
    const t = readWorkbook({ sheets: [...workbook().sheets.slice(0, 3), tab('Hàm Mỹ', [], [...MODEL_HEADER, 'khối'])] }).tabs[0];
    expect(t.duplicateColumns).toEqual(['sector']);
    expect(t.columns.sector).toBe(3);
    expect(wb.tabs[0].duplicateColumns).toEqual([]);
  });
  it('a tab two units name belongs to the first', () => {
    const wb = readWorkbook(workbook({ units: [...DEFAULT_UNITS, ['X', 'Khác', 'Hàm Mỹ', 'Xã', '', '', '']] }));
    expect(wb.tabs.map((t) => t.unitCode)).toEqual(['HAM_MY', 'HAM_CAN']);
  });
  it('mapHeader ignores non-text headers', () => {
    expect(mapHeader([1, true, 'Mã đơn vị', new Date(0)] as CellValue[], UNIT_COLUMNS).columns).toEqual({ code: 2 });
  });
});

describe('readRecord', () => {
  it('canonical spellings, ISO days, defaults', () => {
    const raw = workbook({ hamMy: [validRow({ sector: ' khu DÂN cư', cycle: '', rating: '', members: '8', launchDate: '5/1/2018' })] });
    const wb = readWorkbook(raw, CTX);
    const r = readRecord(wb.tabs[0], 0, wb, CTX);
    expect(r).toMatchObject({
      unitCode: 'HAM_MY', sheet: 'Hàm Mỹ', row: 2, sector: 'Khu dân cư', cycle: 'Hằng tháng', rating: 'Chưa đánh giá',
      members: 8, launchDate: '2018-01-05', lastMeeting: '2019-04-10', retiredDate: null, phone: '0912345678',
    });
  });
  it('unknown list values keep the user\'s text; bad dates are null', () => {
    const wb = readWorkbook(workbook({ hamMy: [validRow({ form: 'khác', launchDate: 'hôm qua', members: -1 })] }), CTX);
    const r = readRecord(wb.tabs[0], 0, wb, CTX);
    expect([r.form, r.launchDate, r.members]).toEqual(['khác', null, null]);
  });
  it('row numbers follow firstRow (live check of a slice)', () => {
    const wb = readWorkbook(workbook(), CTX);
    const slice = { ...wb.tabs[0], firstRow: 40 };
    expect(sheetRowOf(slice, 1)).toBe(41);
    expect(rowIndexOf(slice, 41)).toBe(1);
    expect(rowIndexOf(wb.tabs[0], 2)).toBe(0);
    expect(readRecord(slice, 0, wb, CTX).row).toBe(40);
    expect(readRecord(wb.tabs[0], 5, wb, CTX).row).toBe(7); // beyond the data: an empty record, no throw
  });
  it('a Date at UTC midnight is read in the sheet zone', () => {
    const raw = workbook({ hamMy: [validRow({ launchDate: new Date(Date.UTC(2018, 0, 15)) })] });
    const west = { today: CTX.today, tzOffsets: [-300] };
    const wb = readWorkbook(raw, west);
    expect(readRecord(wb.tabs[0], 0, wb, west).launchDate).toBe('2018-01-14');
    expect(readRecord(wb.tabs[0], 0, wb, CTX).launchDate).toBe('2018-01-15');
  });
});

describe('isBlankRow', () => {
  it('ignores the skipped column and whitespace', () => {
    expect(isBlankRow(['', ' ', '\u00a0', '\u200b'])).toBe(true);
    expect(isBlankRow(['', 'x'], 1)).toBe(true);
    expect(isBlankRow(['', 0])).toBe(false);
    expect(isBlankRow([false])).toBe(false);
    expect(isBlankRow(undefined)).toBe(true);
  });
});

describe('readWorkbook never throws', () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('', 'Đơn vị', 'Khối', 'Ngày ra mắt', 'Tình trạng', 'Thanh loại', '31/02/2019', 'Hàm Mỹ', 'Loại mô hình', 'Có', 'Không'),
    fc.double(),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
  );
  const sheet = fc.record({
    name: fc.constantFrom('Đơn vị', 'Loại mô hình', 'Cấu hình', 'Khen thưởng', 'Hàm Mỹ', 'hàm mỹ', 'X'),
    values: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 6 }),
  });
  it('on random sheets (property)', () => {
    fc.assert(fc.property(fc.array(sheet, { maxLength: 6 }), (sheets) => {
      const raw = { sheets } as RawWorkbook;
      expect(() => readWorkbook(raw, CTX)).not.toThrow();
    }), { numRuns: 300 });
  });
});
