/**
 * S01 (a followed unit without its tab) and S02 (a tab's header) in full
 * (src/core/validate/structure.ts): where each is reported, its message, and which sheet
 * S01 offers as the tab meant.
 */
import type { Issue } from '../../src/core/issue';
import type { CellValue, RawWorkbook } from '../../src/core/raw';
import { DEFAULT_UNITS, MODEL_HEADER, check, issuesOf, tab, unitsSheet, validRow, workbook } from './corpus/fixtures';

const SETUP = 'chạy "Thiết lập / sửa bảng tính" (menu "Mô hình ANTT")';
const HELD_BACK = 'Các dòng của trang này chưa được tính vào tổng hợp cho đến khi sửa.';

/** S02 of Hàm Mỹ holding one valid row under `header`. */
function s02Under(header: readonly string[]): Issue[] {
  const raw = workbook();
  raw.sheets[3] = tab('Hàm Mỹ', [validRow()], header);
  return issuesOf(check(raw), 'S02');
}

const AT_HEADER = { code: 'S02', severity: 'Lỗi', sheet: 'Hàm Mỹ', row: 1, unitCode: 'HAM_MY' };

describe('S02', () => {
  it('a header row of blank cells is no header', () => {
    const raw = workbook();
    raw.sheets[3] = { name: 'Hàm Mỹ', values: [[' ', '\u00a0', ''], ['Thôn Phú Mỹ']] };
    expect(issuesOf(check(raw), 'S02')).toEqual([{
      ...AT_HEADER, column: '', columnIndex: null, value: '',
      message: 'Trang tính "Hàm Mỹ" chưa có dòng tiêu đề (dòng 1) với các cột Loại mô hình, Khối, Địa bàn, Hình thức, Ngày ra mắt, Tình trạng. ' +
        `Hãy ${SETUP} để thêm tiêu đề.`,
    }]);
  });
  it('a missing required column, on the header row', () => {
    expect(s02Under(MODEL_HEADER.filter((h) => h !== 'Ngày ra mắt'))).toEqual([{
      ...AT_HEADER, column: 'Ngày ra mắt', columnIndex: null, value: '',
      message: `Trang tính "Hàm Mỹ" thiếu cột bắt buộc "Ngày ra mắt". Hãy ${SETUP} để thêm cột, hoặc sửa lại tiêu đề ở dòng 1. ${HELD_BACK}`,
    }]);
  });
  it('a required column twice: at the second one, naming both letters', () => {
    expect(s02Under([...MODEL_HEADER, 'Ghi chú 2', 'khối'])).toEqual([{
      ...AT_HEADER, column: 'Khối', columnIndex: 23, value: 'Khối',
      message: `Trang tính "Hàm Mỹ" có cột "Khối" hai lần (cột D và W). Hãy xóa hoặc đổi tên một cột; công cụ đang đọc cột D. ${HELD_BACK}`,
    }]);
  });
  it('a required column three times: the second is named', () => {
    expect(s02Under([...MODEL_HEADER, 'Khối', 'Khối']).map((i) => [i.columnIndex, i.message])).toEqual([[
      22, `Trang tính "Hàm Mỹ" có cột "Khối" hai lần (cột D và V). Hãy xóa hoặc đổi tên một cột; công cụ đang đọc cột D. ${HELD_BACK}`,
    ]]);
  });
  it('the first column twice', () => {
    expect(s02Under(['Loại mô hình', ...MODEL_HEADER]).map((i) => [i.column, i.columnIndex, i.message])).toEqual([[
      'Loại mô hình', 4, `Trang tính "Hàm Mỹ" có cột "Loại mô hình" hai lần (cột A và D). Hãy xóa hoặc đổi tên một cột; công cụ đang đọc cột A. ${HELD_BACK}`,
    ]]);
  });
});

describe('S01', () => {
  /** S01 of a workbook with `units`, `sheets` (the Đơn vị, Loại mô hình and Cấu hình sheets aside) and the Đơn vị sheet named `unitsName`. */
  function s01(units: CellValue[][], sheets: string[], unitsName = 'Đơn vị'): Issue[] {
    const raw: RawWorkbook = workbook({ units });
    raw.sheets = [...raw.sheets.slice(0, 3), ...sheets.map((s) => tab(s, []))];
    raw.sheets[1] = { ...unitsSheet(units), name: unitsName };
    return issuesOf(check(raw), 'S01');
  }

  it('at the unit row of Đơn vị, in the tab column, without a suggestion when no sheet is close', () => {
    expect(s01(DEFAULT_UNITS, ['Hàm Mỹ'])).toEqual([{
      code: 'S01', severity: 'Lỗi', sheet: 'Đơn vị', row: 3, column: 'Tên trang tính', columnIndex: null, value: 'Hàm Cần', unitCode: 'HAM_CAN',
      message: `Đơn vị "Hàm Cần" (mã HAM_CAN) chưa có trang tính "Hàm Cần". Hãy ${SETUP} để tạo trang, hoặc sửa cột "Tên trang tính" trong trang "Đơn vị".`,
    }]);
  });
  it('suggests a close sheet no unit claims', () => {
    expect(s01(DEFAULT_UNITS, ['Hàm Mỹ', 'Ham Can']).map((i) => i.message)).toEqual([
      'Đơn vị "Hàm Cần" (mã HAM_CAN) chưa có trang tính "Hàm Cần". Có phải là trang tính "Ham Can"? ' +
        `Nếu đúng, hãy sửa cột "Tên trang tính" trong trang "Đơn vị" cho khớp; nếu không, hãy ${SETUP} để tạo trang.`,
    ]);
  });
  it('never suggests the tab of another unit', () => {
    const units = [['TL', 'Tân Lập', '', 'Xã', '', '', ''], ['TL2', 'Tân Lập 2', '', 'Xã', '', '', '']];
    expect(s01(units, ['Tân Lập']).map((i) => i.message)).toEqual([
      `Đơn vị "Tân Lập 2" (mã TL2) chưa có trang tính "Tân Lập 2". Hãy ${SETUP} để tạo trang, hoặc sửa cột "Tên trang tính" trong trang "Đơn vị".`,
    ]);
  });
  it('never suggests a sheet of the tool', () => {
    const units = [['TH', 'Thuận Nam', 'Tong hop', 'Xã', '', '', '']];
    expect(s01(units, ['Tổng hợp']).map((i) => i.message)).toEqual([
      `Đơn vị "Thuận Nam" (mã TH) chưa có trang tính "Tong hop". Hãy ${SETUP} để tạo trang, hoặc sửa cột "Tên trang tính" trong trang "Đơn vị".`,
    ]);
  });
  it('names the unit by its name and the tab by its tab name', () => {
    const units = [['HM', 'Hàm Mỹ', 'HM tab', 'Xã', '', '', '']];
    expect(s01(units, []).map((i) => [i.value, i.message])).toEqual([[
      'HM tab', `Đơn vị "Hàm Mỹ" (mã HM) chưa có trang tính "HM tab". Hãy ${SETUP} để tạo trang, hoặc sửa cột "Tên trang tính" trong trang "Đơn vị".`,
    ]]);
  });
  it('the Đơn vị sheet is named as typed', () => {
    expect(s01(DEFAULT_UNITS, ['Hàm Mỹ'], 'ĐƠN VỊ').map((i) => [i.sheet, i.message])).toEqual([[
      'ĐƠN VỊ', `Đơn vị "Hàm Cần" (mã HAM_CAN) chưa có trang tính "Hàm Cần". Hãy ${SETUP} để tạo trang, hoặc sửa cột "Tên trang tính" trong trang "ĐƠN VỊ".`,
    ]]);
  });
});
