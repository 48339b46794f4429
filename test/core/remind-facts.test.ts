/** unitFacts: each followed unit's errors, overdue meetings, reviews coming due and addresses. */
import { unitFacts } from '../../src/core/remind';
import type { Issue, ValidationResult } from '../../src/core/issue';
import type { Workbook } from '../../src/core/workbook-model';
import { model, row, unit } from './totals-fixtures';

const TODAY = '2019-04-24'; // the notice runs to 2019-05-24

function workbook(units = [unit('A'), unit('B', 'Xã', false)]): Workbook {
  return { settings: {} as Workbook['settings'], units, types: [], awards: [], tabs: [], sheetNames: [], raw: { units: [], types: [] } };
}

function issue(code: Issue['code'], severity: Issue['severity'], row: number | null, unitCode: string | null, message = `thông báo ${code}`): Issue {
  return { code, severity, sheet: 'A', row, column: '', columnIndex: null, value: '', message, unitCode };
}

/** The review lines of one row of unit A. */
function reviews(over: Parameters<typeof model>[1], hasError = false): string[] {
  const validation: ValidationResult = { issues: [], rows: [row(model('A', { row: 7, name: 'Tổ 1', ...over }), hasError)] };
  return unitFacts(workbook(), validation, TODAY)[0].problems;
}

describe('unitFacts', () => {
  test('only followed units, in catalog order, with their code, name and tab', () => {
    const facts = unitFacts(workbook([unit('B'), unit('C', 'Xã', false), unit('A')]), { issues: [], rows: [] }, TODAY);
    expect(facts.map((f) => [f.code, f.name, f.tabName])).toEqual([['B', 'Tên B', 'B'], ['A', 'Tên A', 'A']]);
    expect(facts[0]).toEqual({
      code: 'B', name: 'Tên B', tabName: 'B', emails: [], badEmails: [], errors: 0, overdueMeetings: 0, reviewsDue: 0, problems: [],
    });
  });

  test('addresses: valid ones lower-cased once, the rest kept as typed', () => {
    const u = { ...unit('A'), emails: ['Ca@Xa.vn', 'ca@xa.vn', 'khong-phai-email', 'b@xa.vn'] };
    const [f] = unitFacts(workbook([u]), { issues: [], rows: [] }, TODAY);
    expect(f.emails).toEqual(['ca@xa.vn', 'b@xa.vn']);
    expect(f.badEmails).toEqual(['khong-phai-email']);
  });

  test('counts errors, W02 and W03 of the unit (code matched without case); errors listed before warnings', () => {
    const validation: ValidationResult = {
      issues: [
        issue('W02', 'Cảnh báo', 4, 'a', 'quá hạn sinh hoạt'),
        issue('E03', 'Lỗi', 5, 'A', 'ngày sai'),
        issue('W03', 'Cảnh báo', 6, 'A', 'quá hạn sơ kết'),
        issue('W02', 'Cảnh báo', 8, 'A', 'quá hạn lần 2'),
        issue('S01', 'Lỗi', null, 'A', 'thiếu cột'),
        issue('E01', 'Lỗi', 9, null, 'không thuộc đơn vị nào'),
        issue('E01', 'Lỗi', 9, 'B', 'của đơn vị B'),
      ],
      rows: [],
    };
    const [a] = unitFacts(workbook([unit('A'), unit('B')]), validation, TODAY);
    expect([a.errors, a.overdueMeetings, a.reviewsDue]).toEqual([2, 2, 1]);
    expect(a.problems).toEqual([
      'A, dòng 5: ngày sai',
      'A: thiếu cột',
      'A, dòng 4: quá hạn sinh hoạt',
      'A, dòng 6: quá hạn sơ kết',
      'A, dòng 8: quá hạn lần 2',
    ]);
  });

  test('a 6-month review due within the notice: from the launch, the last 6-month or the last annual review', () => {
    expect(reviews({ launchDate: '2018-11-01' })).toEqual(['A, dòng 7: mô hình "Tổ 1" đến hạn sơ kết 6 tháng ngày 04/05/2019.']);
    expect(reviews({ launchDate: '2017-01-01', lastInterimReview: '2018-11-02' })).toEqual(['A, dòng 7: mô hình "Tổ 1" đến hạn sơ kết 6 tháng ngày 05/05/2019.']);
    expect(reviews({ launchDate: '2017-01-01', lastInterimReview: '2018-06-01', lastAnnualReview: '2018-11-03' }))
      .toEqual(['A, dòng 7: mô hình "Tổ 1" đến hạn sơ kết 6 tháng ngày 06/05/2019.']);
  });

  test('6-month boundaries: due on the last day of the notice counts, due today is W03 (not repeated), the day after the notice is not due', () => {
    expect(reviews({ launchDate: '2018-11-21' })).toEqual(['A, dòng 7: mô hình "Tổ 1" đến hạn sơ kết 6 tháng ngày 24/05/2019.']);
    expect(reviews({ launchDate: '2018-10-22' })).toEqual([]);
    expect(reviews({ launchDate: '2018-11-22' })).toEqual([]);
  });

  test('an annual review due within the notice, from the launch or the last annual review, not the 6-month one', () => {
    // 6-month review already held on 2019-01-01 (next 2019-07-04), annual from launch 2018-05-10.
    expect(reviews({ launchDate: '2018-05-10', lastInterimReview: '2019-01-01' })).toEqual(['A, dòng 7: mô hình "Tổ 1" đến hạn tổng kết năm ngày 10/05/2019.']);
    // annual review held 2018-05-20: next annual 2019-05-20; 6-month from it 2018-11-20 is overdue (W03).
    expect(reviews({ launchDate: '2016-01-01', lastAnnualReview: '2018-05-20' })).toEqual(['A, dòng 7: mô hình "Tổ 1" đến hạn tổng kết năm ngày 20/05/2019.']);
    // the last 6-month review does not move the annual one.
    expect(reviews({ launchDate: '2018-05-10', lastInterimReview: '2019-04-01', lastAnnualReview: null })).toEqual(['A, dòng 7: mô hình "Tổ 1" đến hạn tổng kết năm ngày 10/05/2019.']);
  });

  test('annual boundaries: due on the last day of the notice counts, the day after does not; overdue annual still listed', () => {
    expect(reviews({ launchDate: '2018-05-24' })).toEqual(['A, dòng 7: mô hình "Tổ 1" đến hạn tổng kết năm ngày 24/05/2019.']);
    expect(reviews({ launchDate: '2018-05-25' })).toEqual([]);
    expect(reviews({ launchDate: '2018-01-01' })).toEqual(['A, dòng 7: mô hình "Tổ 1" đến hạn tổng kết năm ngày 01/01/2019.']);
  });

  test('rows with an error, no launch day or retired give no review line; a nameless model is named by its type', () => {
    expect(reviews({ launchDate: '2018-11-01' }, true)).toEqual([]);
    expect(reviews({ launchDate: null })).toEqual([]);
    expect(reviews({ launchDate: '2018-11-01', status: 'Thanh loại' })).toEqual([]);
    expect(reviews({ launchDate: '2018-11-01', name: '' })).toEqual(['A, dòng 7: mô hình "Khu dân cư phòng chống tội phạm" đến hạn sơ kết 6 tháng ngày 04/05/2019.']);
  });

  test('review lines follow the issues, and count with the W03 issues', () => {
    const validation: ValidationResult = {
      issues: [issue('W03', 'Cảnh báo', 3, 'A', 'quá hạn sơ kết')],
      rows: [row(model('A', { row: 7, name: 'Tổ 1', launchDate: '2018-11-01' })), row(model('b', { row: 8, launchDate: '2018-11-01' }))],
    };
    const [a, b] = unitFacts(workbook([unit('A'), unit('B')]), validation, TODAY);
    expect(a.problems).toEqual(['A, dòng 3: quá hạn sơ kết', 'A, dòng 7: mô hình "Tổ 1" đến hạn sơ kết 6 tháng ngày 04/05/2019.']);
    expect(a.reviewsDue).toBe(2);
    expect(b.reviewsDue).toBe(1);
  });
});
