/** The live check, the `Kiểm tra` cell, purity (input unchanged) and robustness. */
import fc from 'fast-check';
import type { Issue } from '../../src/core/issue';
import { LIVE_CHECK_NOTE } from '../../src/core/messages/validation';
import type { RawWorkbook } from '../../src/core/raw';
import { checkCellText, MAX_CHECK_CELL, validateRows, validateWorkbook } from '../../src/core/validate';
import { readWorkbook } from '../../src/core/workbook';
import { CTX, MODEL_HEADER, check, cloneRaw, rowFor, validRow, workbook } from './corpus/fixtures';

describe('validateRows (onEdit)', () => {
  let raw: RawWorkbook;
  let wb: ReturnType<typeof readWorkbook>;
  let tabHamMy: ReturnType<typeof readWorkbook>['tabs'][number];
  beforeAll(() => {
    raw = workbook({
      hamMy: [validRow({ id: 'A' }), validRow({ id: 'A', sector: 'sai' }), {}, validRow({ id: 'B', members: 0 })],
    });
    wb = readWorkbook(raw, CTX);
    tabHamMy = wb.tabs[0];
  });

  it('checks only the given rows, row-local rules only (no E08, no W01)', () => {
    const live = validateRows(wb, tabHamMy, [1, 3], CTX);
    expect(live.rows.map((r) => r.record.row)).toEqual([3, 5]);
    expect(live.issues.map((i) => `${i.row}:${i.code}`)).toEqual(['3:E03', '5:E09']);
    expect(live.blankRows).toEqual([]);
    const full = check(raw);
    expect(full.issues.map((i) => `${i.row}:${i.code}`)).toEqual(['2:E08', '2:W01', '3:E03', '3:E08', '3:W01', '5:E09', '5:W01']);
  });
  it('reports blank and out-of-range rows so their Kiểm tra cell can be cleared', () => {
    const live = validateRows(wb, tabHamMy, [2, 99, 2, -1], CTX);
    expect(live.rows).toEqual([]);
    expect(live.blankRows).toEqual([4, 101]);
  });
  it('a slice of the tab with firstRow gives the sheet rows', () => {
    const slice = { ...tabHamMy, rows: [rowFor(validRow({ members: -1 }))], firstRow: 40 };
    const live = validateRows(wb, slice, [0], CTX);
    expect(live.issues.map((i) => [i.row, i.code, i.columnIndex])).toEqual([[40, 'E09', 9]]);
  });
  it('a tab with S02 keeps it on each live row', () => {
    const header = MODEL_HEADER.filter((h) => h !== 'Địa bàn');
    const other = workbook();
    other.sheets[3] = { name: 'Hàm Mỹ', values: [header, rowFor(validRow(), header)] };
    const wb2 = readWorkbook(other, CTX);
    const live = validateRows(wb2, wb2.tabs[0], [0], CTX);
    expect(live.issues.map((i) => i.code)).toEqual(['S02']);
    expect(live.rows[0].hasError).toBe(true);
  });
  it('has the note that the whole-workbook rules wait for the full check', () => {
    expect(LIVE_CHECK_NOTE).toBe('Trùng mã mô hình và trùng mô hình cùng địa bàn được kiểm tra khi chạy "Kiểm tra dữ liệu".');
  });
});

describe('checkCellText', () => {
  const issue = (code: Issue['code'], severity: Issue['severity'], message: string): Issue => ({
    code, severity, message, sheet: 'S', row: 2, column: '', columnIndex: null, value: '', unitCode: null,
  });
  it('✓ without issues', () => {
    expect(checkCellText([])).toBe('✓');
  });
  it('errors first, one a line', () => {
    expect(checkCellText([issue('W05', 'Cảnh báo', 'w'), issue('E01', 'Lỗi', 'e1'), issue('E09', 'Lỗi', 'e2')])).toBe('✗ e1\n✗ e2\n⚠ w');
  });
  it('stays under 50,000 characters', () => {
    const many = Array.from({ length: 2000 }, (_, i) => issue('E01', 'Lỗi', `${i} ${'x'.repeat(60)}`));
    const text = checkCellText(many);
    expect(text.length).toBeLessThanOrEqual(MAX_CHECK_CELL);
    expect(text.length).toBeLessThan(50_000);
    expect(text.endsWith('…')).toBe(true);
  });
  it('the text of a real row', () => {
    const r = check(workbook({ hamMy: [validRow({ form: 'Xay dung moi', phone: '123' })] }));
    expect(checkCellText(r.rows[0].issues)).toBe(
      '✗ Cột "Hình thức": "Xay dung moi" không có trong danh sách (Xây dựng mới, Nhân rộng). Có phải bạn muốn nhập: "Xây dựng mới"? Hãy chọn từ danh sách thả xuống.\n' +
        '⚠ Cột "Điện thoại": "123" không phải số điện thoại 10 chữ số bắt đầu bằng 0. Hãy kiểm tra và nhập lại.',
    );
  });
});

describe('purity', () => {
  it('the input arrays are deep-equal before and after reading and validation', () => {
    const raw = workbook({
      hamMy: [validRow({ phone: 912345678, sector: 'khu dan cu' }), validRow({ id: 'HM-01', launchDate: '31/02/2019' }), {}],
      hamCan: [validRow({ id: 'HM-01', lastMeeting: 43000, note: '=IMPORTXML(A1)' })],
    });
    const before = cloneRaw(raw);
    const wb = readWorkbook(raw, CTX);
    const result = validateWorkbook(wb, CTX);
    validateRows(wb, wb.tabs[0], [0, 1, 2], CTX);
    for (const row of result.rows) checkCellText(row.issues);
    expect(raw).toEqual(before);
    expect(result.issues.length).toBeGreaterThan(0);
  });
  it('validating twice gives the same result', () => {
    const wb = readWorkbook(workbook({ hamMy: [validRow({ sector: 'x' }), validRow()] }), CTX);
    expect(validateWorkbook(wb, CTX)).toEqual(validateWorkbook(wb, CTX));
  });
});

describe('robustness', () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom(...MODEL_HEADER, 'Hàm Mỹ', 'Thanh loại', 'Xã', 'Không', '31/02/2019', '2019-01-01', '0912345678', ''),
    fc.integer({ min: -5, max: 50_000 }),
    fc.double(),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
  );
  const sheet = fc.record({
    name: fc.constantFrom('Đơn vị', 'Loại mô hình', 'Cấu hình', 'Hàm Mỹ', 'Hàm Cần', 'Tổng hợp', 'X'),
    values: fc.array(fc.array(cell, { maxLength: 22 }), { maxLength: 6 }),
  });
  it('validateWorkbook never throws on random sheets (property)', () => {
    fc.assert(fc.property(fc.array(sheet, { maxLength: 7 }), (sheets) => {
      const raw = { sheets } as RawWorkbook;
      const wb = readWorkbook(raw, CTX);
      const result = validateWorkbook(wb, CTX);
      for (const row of result.rows) {
        expect(row.hasError).toBe(row.issues.some((i) => i.severity === 'Lỗi'));
        checkCellText(row.issues);
      }
      for (const t of wb.tabs) validateRows(wb, t, [0, 1, 2], CTX);
    }), { numRuns: 300 });
  });
  it('random rows in a valid workbook: every row checked, never throws (property)', () => {
    fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 22 }), { maxLength: 10 }), (rows) => {
      const raw = workbook();
      raw.sheets[3] = { name: 'Hàm Mỹ', values: [MODEL_HEADER, ...rows] };
      const result = check(raw);
      for (const r of result.rows) expect(r.record.sheet).toBe('Hàm Mỹ');
    }), { numRuns: 300 });
  });
});

describe('a large workbook (sanity, not timed)', () => {
  it('14 tabs of 2,000 rows: all rows checked, duplicates found across tabs', () => {
    const units = Array.from({ length: 14 }, (_, u) => [`U${u}`, `Đơn vị ${u}`, '', 'Xã', '', '', '']);
    const sheets = workbook({ units }).sheets.slice(0, 3);
    for (let u = 0; u < 14; u++) {
      const rows = Array.from({ length: 2000 }, (_, i) =>
        rowFor(validRow({ id: u === 13 && i === 0 ? 'U0-0' : `U${u}-${i}`, place: `Thôn ${i}`, sector: i % 100 === 0 ? 'Khu dan cu' : 'Khu dân cư' })));
      sheets.push({ name: `Đơn vị ${u}`, values: [MODEL_HEADER, ...rows] });
    }
    const result = check({ sheets });
    expect(result.rows).toHaveLength(28_000);
    expect(result.issues.filter((i) => i.code === 'E08')).toHaveLength(2);
    expect(result.issues.filter((i) => i.code === 'E03')).toHaveLength(14 * 20);
  });
});
