/**
 * The rules table of workbook.md as data (src/core/validate/rules.ts): each rule's code,
 * severity, scope and title written out, and the message each one builds.
 *
 * The table is built when the module loads, so each test loads a fresh copy of it
 * (`jest.isolateModules`): a change to the table then shows in the test that reads it.
 */
import type { Issue } from '../../src/core/issue';

type RulesModule = typeof import('../../src/core/validate/rules');

function freshRules(): RulesModule {
  let mod: RulesModule | undefined;
  jest.isolateModules(() => {
    mod = require('../../src/core/validate/rules') as RulesModule;
  });
  return mod as RulesModule;
}

describe('the rules table', () => {
  it('lists every rule of workbook.md with its severity, scope and title, in code order', () => {
    const { RULE_LIST } = freshRules();
    expect(RULE_LIST.map((r) => [r.code, r.severity, r.scope, r.title])).toEqual([
      ['E01', 'Lỗi', 'row', 'Thiếu thông tin bắt buộc'],
      ['E02', 'Lỗi', 'row', 'Loại mô hình không có trong danh mục'],
      ['E03', 'Lỗi', 'row', 'Giá trị không có trong danh sách'],
      ['E04', 'Lỗi', 'row', 'Ngày không hợp lệ'],
      ['E05', 'Lỗi', 'row', 'Ngày sau hôm nay'],
      ['E06', 'Lỗi', 'row', 'Thanh loại nhưng thiếu ngày thanh loại'],
      ['E07', 'Lỗi', 'row', 'Ngày trước ngày ra mắt'],
      ['E08', 'Lỗi', 'workbook', 'Trùng mã mô hình'],
      ['E09', 'Lỗi', 'row', 'Số thành viên không hợp lệ'],
      ['E10', 'Lỗi', 'row', 'Khối không áp dụng cho loại mô hình'],
      ['W01', 'Cảnh báo', 'workbook', 'Trùng mô hình cùng loại, cùng địa bàn'],
      ['W02', 'Cảnh báo', 'row', 'Quá hạn sinh hoạt định kỳ'],
      ['W03', 'Cảnh báo', 'row', 'Quá hạn sơ kết 6 tháng'],
      ['W04', 'Cảnh báo', 'row', 'Có ngày thanh loại nhưng chưa thanh loại'],
      ['W05', 'Cảnh báo', 'row', 'Số điện thoại không đúng dạng'],
      ['W06', 'Cảnh báo', 'catalog', 'Danh mục đơn vị chưa có đơn vị nào'],
      ['S01', 'Lỗi', 'structure', 'Đơn vị chưa có trang tính'],
      ['S02', 'Lỗi', 'structure', 'Trang tính thiếu cột hoặc trùng cột'],
      ['S03', 'Lỗi', 'catalog', 'Danh mục đơn vị / loại mô hình có lỗi'],
    ]);
  });

  it('looks each rule up by its code', () => {
    const { RULES } = freshRules();
    expect(Object.keys(RULES)).toEqual([
      'E01', 'E02', 'E03', 'E04', 'E05', 'E06', 'E07', 'E08', 'E09', 'E10',
      'W01', 'W02', 'W03', 'W04', 'W05', 'W06', 'S01', 'S02', 'S03',
    ]);
    expect(RULES.E09).toMatchObject({ code: 'E09', severity: 'Lỗi', scope: 'row', title: 'Số thành viên không hợp lệ' });
    expect(RULES.W06).toMatchObject({ code: 'W06', severity: 'Cảnh báo', scope: 'catalog', title: 'Danh mục đơn vị chưa có đơn vị nào' });
  });

  it('each rule builds its own message from its slots', () => {
    const { RULES } = freshRules();
    expect(RULES.E01.message({ column: 'Địa bàn', hint: { kind: 'place' } })).toBe(
      'Cột "Địa bàn" đang trống. Hãy nhập tên thôn, khu phố, hoặc tên cơ quan, doanh nghiệp, nhà trường.',
    );
    expect(RULES.E09.message({ column: 'Số thành viên', value: '0' })).toBe(
      'Cột "Số thành viên": "0" không hợp lệ. Hãy nhập một số nguyên từ 1 trở lên.',
    );
    expect(RULES.W06.message({ sheet: 'Đơn vị' })).toBe(
      'Trang "Đơn vị" chưa có đơn vị nào. Hãy nhập mỗi xã, phường, thị trấn (và khối cơ quan, doanh nghiệp, nhà trường) một dòng, ' +
        'rồi chạy "Thiết lập / sửa bảng tính" (menu "Mô hình ANTT") để tạo trang nhập liệu cho từng đơn vị.',
    );
  });
});

describe('makeIssue', () => {
  const place = { sheet: 'Hàm Mỹ', row: 7, column: 'Số thành viên', columnIndex: 9, value: '0', unitCode: 'HAM_MY' };

  it('takes code, severity and message from the rule and the rest from the place', () => {
    const { makeIssue } = freshRules();
    expect(makeIssue('E09', { column: 'Số thành viên', value: '0' }, place)).toEqual({
      code: 'E09',
      severity: 'Lỗi',
      sheet: 'Hàm Mỹ',
      row: 7,
      column: 'Số thành viên',
      columnIndex: 9,
      value: '0',
      message: 'Cột "Số thành viên": "0" không hợp lệ. Hãy nhập một số nguyên từ 1 trở lên.',
      unitCode: 'HAM_MY',
    });
  });

  it('a warning rule gives a warning', () => {
    const { makeIssue } = freshRules();
    const issue = makeIssue('W05', { column: 'Điện thoại', value: '123', lostZero: false }, { ...place, column: 'Điện thoại', columnIndex: 11, value: '123' });
    expect(issue.severity).toBe('Cảnh báo');
    expect(issue.message).toBe('Cột "Điện thoại": "123" không phải số điện thoại 10 chữ số bắt đầu bằng 0. Hãy kiểm tra và nhập lại.');
  });
});

describe('isError', () => {
  const issue = (severity: Issue['severity']): Issue => ({
    code: 'E01', severity, sheet: 'S', row: 2, column: '', columnIndex: null, value: '', message: 'm', unitCode: null,
  });
  it('is true for Lỗi and false for Cảnh báo', () => {
    const { isError } = freshRules();
    expect(isError(issue('Lỗi'))).toBe(true);
    expect(isError(issue('Cảnh báo'))).toBe(false);
  });
  it('an issue made by an error rule is an error, by a warning rule is not', () => {
    const { isError, makeIssue } = freshRules();
    const place = { sheet: 'S', row: 2, column: '', columnIndex: null, value: '', unitCode: null };
    expect(isError(makeIssue('S01', { unit: 'Hàm Mỹ', code: '', tab: 'Hàm Mỹ', unitsSheet: 'Đơn vị', tabColumn: 'Tên trang tính', suggestion: null }, place))).toBe(true);
    expect(isError(makeIssue('W06', { sheet: 'Đơn vị' }, place))).toBe(false);
  });
});
