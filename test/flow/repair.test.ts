/**
 * The actions rebuild what a user removed or broke, through the bundle: a deleted `Kiểm tra`
 * column, a deleted `Lỗi dữ liệu` or `Tổng hợp`, a catalog problem linked from `Lỗi dữ liệu`,
 * and a district where no unit is followed any more.
 */
import type { Emulator } from '../../emulator/emulator';
import { book, emulator, formulasOf, sheetOf, valuesOf } from './harness';

function setUp(): Emulator {
  const emu = emulator();
  emu.run('menuSetup');
  return emu;
}

describe('deleted by the user, rebuilt by the next run', () => {
  let emu: Emulator;
  beforeAll(() => {
    emu = setUp();
    const header = valuesOf(emu, 'Hàm Mỹ')[0].map(String);
    sheetOf(emu, 'Hàm Mỹ').deleteColumn(header.indexOf('Kiểm tra') + 1);
    book(emu).deleteSheet(sheetOf(emu, 'Lỗi dữ liệu'));
    book(emu).deleteSheet(sheetOf(emu, 'Tổng hợp'));
  });

  test('the full check puts Kiểm tra back after the last column, with its header, and rewrites Lỗi dữ liệu', () => {
    expect(emu.call('validateAll', [])).toMatchObject({ errors: 9, warnings: 6 });
    const values = valuesOf(emu, 'Hàm Mỹ');
    expect(values[0].slice(-3)).toEqual(['Kết quả nổi bật', 'Ghi chú', 'Kiểm tra']);
    expect(values.slice(1, 4).map((r) => r.at(-1))).toEqual(['✓', '✓', '✓']);
    expect(valuesOf(emu, 'Lỗi dữ liệu')[0]).toEqual(['Đơn vị', 'Trang tính', 'Dòng', 'Cột', 'Giá trị', 'Mã', 'Mức độ', 'Nội dung', 'Mở ô']);
    expect(valuesOf(emu, 'Lỗi dữ liệu')).toHaveLength(1 + 15);
  });

  test('the totals make Tổng hợp again, with its chart', () => {
    expect(emu.call('updateTotals', [])).toMatchObject({
      line: '20 loại mô hình, 82 điểm, 13/13 xã, thị trấn có mô hình; khối cơ quan, doanh nghiệp, nhà trường có 13 mô hình',
    });
    expect(sheetOf(emu, 'Tổng hợp').getCharts()).toHaveLength(1);
  });
});

test('a duplicate unit code: S03 in Lỗi dữ liệu with a link to the Đơn vị row, a workbook-level line in the alert', () => {
  const emu = setUp();
  const units = sheetOf(emu, 'Đơn vị');
  units.getRange(3, 1).setValue('THUAN_NAM');
  emu.run('menuValidate');
  const values = valuesOf(emu, 'Lỗi dữ liệu');
  const at = values.findIndex((r) => r[5] === 'S03');
  expect(values[at]).toEqual([
    '', 'Đơn vị', 3, 'Mã đơn vị', 'THUAN_NAM', 'S03', 'Lỗi',
    'Cột "Mã đơn vị": "THUAN_NAM" trùng với dòng 2. Mỗi dòng cần một giá trị riêng: hãy sửa một trong hai dòng.', 'Mở ô', // AS41: the link cell reads its label
  ]);
  expect(formulasOf(emu, 'Lỗi dữ liệu')[at][8]).toBe(`=HYPERLINK("#gid=${units.getSheetId()}&range=A3","Mở ô")`);
  expect(emu.ui.alerts.at(-1)?.prompt.split('\n').slice(0, 2)).toEqual([
    'Đã kiểm tra xong: 10 lỗi, 6 cảnh báo. Xem trang "Lỗi dữ liệu" và cột "Kiểm tra" của từng đơn vị.',
    '• Cấu trúc bảng tính và danh mục: 1 lỗi, 0 cảnh báo',
  ]);
});

test('no unit followed any more: Tổng hợp shows zeros and no chart', () => {
  const emu = setUp();
  const units = sheetOf(emu, 'Đơn vị');
  const values = units.getDataRange().getValues();
  const followed = values[0].indexOf('Đang theo dõi') + 1;
  units.getRange(2, followed, values.length - 1, 1).setValues(values.slice(1).map(() => ['Không']));
  const result = emu.call('updateTotals', []) as { totals: { district: { sites: number; unitsTotal: number } } };
  expect([result.totals.district.sites, result.totals.district.unitsTotal]).toEqual([0, 0]);
  expect(sheetOf(emu, 'Tổng hợp').getCharts()).toEqual([]);
  expect(sheetOf(emu, 'Tổng hợp').getLastRow()).toBeGreaterThan(0);
});
