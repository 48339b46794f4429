/**
 * Which columns each rule reads, from the column tables the validator builds when it loads
 * (row-rules.ts, structure.ts): the required columns (E01, S02), the list columns (E03), the
 * dates that cannot precede the launch (E07) and the tab column S01 names.
 *
 * Each test validates with a freshly loaded validator (`jest.isolateModules`), so a change to
 * one of these tables shows in the test that depends on it.
 */
import type { ValidationResult } from '../../src/core/issue';
import type { RawWorkbook } from '../../src/core/raw';
import { CTX, MODEL_HEADER, day, tab, validRow, workbook, type RowSpec } from './corpus/fixtures';

type ValidateModule = typeof import('../../src/core/validate');
type WorkbookModule = typeof import('../../src/core/workbook');

/** Reads and validates `raw` with a fresh copy of the reader and the validator. */
function freshCheck(raw: RawWorkbook): ValidationResult {
  let validate: ValidateModule | undefined;
  let reader: WorkbookModule | undefined;
  jest.isolateModules(() => {
    validate = require('../../src/core/validate') as ValidateModule;
    reader = require('../../src/core/workbook') as WorkbookModule;
  });
  return (validate as ValidateModule).validateWorkbook((reader as WorkbookModule).readWorkbook(raw, CTX), CTX);
}

/** `[code, column]` of each issue of one Hàm Mỹ row. */
function rowCodes(overrides: RowSpec): string[][] {
  return freshCheck(workbook({ hamMy: [validRow(overrides)] })).issues.map((i) => [i.code, i.column]);
}

describe('E01: the required columns', () => {
  it('every required column empty: one E01 each, in column order', () => {
    expect(rowCodes({ type: '', sector: '', place: '', form: '', launchDate: '', status: '' })).toEqual([
      ['E01', 'Loại mô hình'], ['E01', 'Khối'], ['E01', 'Địa bàn'], ['E01', 'Hình thức'], ['E01', 'Ngày ra mắt'], ['E01', 'Tình trạng'],
    ]);
  });
  it('every optional column empty: no issue', () => {
    expect(rowCodes({
      id: '', name: '', decision: '', members: '', leader: '', phone: '', cycle: '', rating: '', highlight: '', note: '',
    })).toEqual([]);
  });
});

describe('E03: the list columns', () => {
  it('a value outside its list in each list column', () => {
    expect(rowCodes({ sector: 'x', form: 'x', status: 'x', rating: 'x', cycle: 'x' })).toEqual([
      ['E03', 'Khối'], ['E03', 'Hình thức'], ['E03', 'Tình trạng'], ['E03', 'Xếp loại'], ['E03', 'Chu kỳ sinh hoạt'],
    ]);
  });
  it('a list value in another column is free text', () => {
    expect(rowCodes({ name: 'x', place: 'x', note: 'x' })).toEqual([]);
  });
});

describe('E07: the dates that cannot precede the launch', () => {
  it('meeting, reviews and retirement before the launch: one E07 each', () => {
    const before = day('2017-12-31');
    expect(rowCodes({ lastMeeting: before, lastInterimReview: before, lastAnnualReview: before, status: 'Thanh loại', retiredDate: before })).toEqual([
      ['E07', 'Sinh hoạt gần nhất'], ['E07', 'Sơ kết gần nhất'], ['E07', 'Tổng kết gần nhất'], ['E07', 'Ngày thanh loại'],
    ]);
  });
});

describe('S02: the required headers', () => {
  it('a tab without a header row names every required column', () => {
    const raw = workbook();
    raw.sheets[3] = { name: 'Hàm Mỹ', values: [['', ''], ['x']] };
    expect(freshCheck(raw).issues.map((i) => i.message)).toEqual([
      'Trang tính "Hàm Mỹ" chưa có dòng tiêu đề (dòng 1) với các cột Loại mô hình, Khối, Địa bàn, Hình thức, Ngày ra mắt, Tình trạng. ' +
        'Hãy chạy "Thiết lập / sửa bảng tính" (menu "Mô hình ANTT") để thêm tiêu đề.',
    ]);
  });
  it('a tab with only the required columns has no S02; without one of them, S02 for it alone', () => {
    const required = ['Loại mô hình', 'Khối', 'Địa bàn', 'Hình thức', 'Ngày ra mắt', 'Tình trạng'];
    const raw = workbook();
    raw.sheets[3] = tab('Hàm Mỹ', [validRow()], required);
    // No S02; without the meeting and review columns the model was never met nor reviewed.
    expect(freshCheck(raw).issues.map((i) => i.code)).toEqual(['W02', 'W03']);
    raw.sheets[3] = tab('Hàm Mỹ', [validRow()], required.filter((h) => h !== 'Hình thức'));
    expect(freshCheck(raw).issues.map((i) => [i.code, i.column])).toEqual([['S02', 'Hình thức'], ['W02', 'Sinh hoạt gần nhất'], ['W03', 'Sơ kết gần nhất']]);
  });
  it('the full header minus an optional column has no S02', () => {
    const raw = workbook();
    raw.sheets[3] = tab('Hàm Mỹ', [validRow()], MODEL_HEADER.filter((h) => h !== 'Mã mô hình'));
    expect(freshCheck(raw).issues).toEqual([]);
  });
});

describe('S01: the tab column it names', () => {
  it('is Tên trang tính of the Đơn vị sheet', () => {
    const raw = workbook();
    raw.sheets = raw.sheets.filter((s) => s.name !== 'Hàm Cần');
    expect(freshCheck(raw).issues.map((i) => [i.code, i.column, i.message])).toEqual([[
      'S01', 'Tên trang tính',
      'Đơn vị "Hàm Cần" (mã HAM_CAN) chưa có trang tính "Hàm Cần". Hãy chạy "Thiết lập / sửa bảng tính" (menu "Mô hình ANTT") để tạo trang, ' +
        'hoặc sửa cột "Tên trang tính" trong trang "Đơn vị".',
    ]]);
  });
});
