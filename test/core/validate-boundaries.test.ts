/**
 * Each rule's edges, one day (or one unit) each side, and where E08 and W01 point: the column
 * index of the cell and the other row named in the message. Today is 24/4/2019.
 */
import { check, codesOfRow, day, issuesOf, tab, validRow, workbook } from './corpus/fixtures';

describe('W02 for a model never met: launched longer ago than the cycle', () => {
  const never = { lastMeeting: '', lastInterimReview: '', lastAnnualReview: '' };
  test.each([
    ['Hằng tháng', '2019-03-24', []],
    ['Hằng tháng', '2019-03-23', ['W02']],
    ['Hằng quý', '2019-01-22', []],
    ['Hằng quý', '2019-01-21', ['W02']],
  ])('%s, launched %s: %j', (cycle, launch, codes) => {
    expect(codesOfRow({ ...never, cycle, launchDate: day(launch) })).toEqual(codes);
  });

  test('the message of a model never met says so and names the cycle', () => {
    const [w02] = issuesOf(check(workbook({ hamMy: [validRow({ ...never, launchDate: day('2019-03-23') })] })), 'W02');
    expect(w02.message).toBe(
      'Cột "Sinh hoạt gần nhất" đang trống: chưa ghi nhận lần sinh hoạt nào trong 31 ngày qua (chu kỳ hằng tháng). Hãy tổ chức sinh hoạt và cập nhật ngày sinh hoạt gần nhất.',
    );
  });

  test('an empty Chu kỳ sinh hoạt is read as monthly', () => {
    expect(codesOfRow({ cycle: '', lastMeeting: day('2019-03-24') })).toEqual([]);
    expect(codesOfRow({ cycle: '', lastMeeting: day('2019-03-23') })).toEqual(['W02']);
  });

  test('a cycle not in its list is E03, and no W02 is guessed from it', () => {
    expect(codesOfRow({ cycle: 'Hằng năm', lastMeeting: day('2018-01-20') })).toEqual(['E03']);
  });

  test('an invalid meeting date is E04 only', () => {
    expect(codesOfRow({ lastMeeting: '31/02/2019' })).toEqual(['E04']);
  });
});

describe('W03: 184 days, for models launched more than 184 days ago', () => {
  const never = { lastInterimReview: '', lastAnnualReview: '' };
  test.each([
    ['launched 184 days ago, never reviewed', { ...never, launchDate: day('2018-10-22') }, []],
    ['launched 185 days ago, never reviewed', { ...never, launchDate: day('2018-10-21') }, ['W03']],
    ['an annual review 184 days ago', { lastInterimReview: day('2018-06-01'), lastAnnualReview: day('2018-10-22') }, []],
    ['an annual review 185 days ago', { lastInterimReview: day('2018-06-01'), lastAnnualReview: day('2018-10-21') }, ['W03']],
    ['a 6-month review today', { lastInterimReview: day('2019-04-24'), lastAnnualReview: '' }, []],
  ])('%s: %j', (_what, row, codes) => {
    expect(codesOfRow(row)).toEqual(codes);
  });

  test('an invalid 6-month review date is E04 only, not also W03', () => {
    expect(codesOfRow({ lastInterimReview: 'hôm qua', lastAnnualReview: '' })).toEqual(['E04']);
  });

  test('an invalid annual review date does not count as a review: E04 and W03', () => {
    expect(codesOfRow({ lastInterimReview: day('2018-06-01'), lastAnnualReview: '31/02/2019' }).sort()).toEqual(['E04', 'W03']);
  });

  test('the message names the last review and the 184 days', () => {
    const [w03] = issuesOf(check(workbook({ hamMy: [validRow({ lastInterimReview: day('2018-10-21'), lastAnnualReview: '' })] })), 'W03');
    expect(w03.message).toBe(
      'Cột "Sơ kết gần nhất": lần sơ kết gần nhất là 21/10/2018, đã quá 184 ngày. Hãy tổ chức sơ kết 6 tháng và cập nhật ngày sơ kết gần nhất.',
    );
    expect(w03.column).toBe('Sơ kết gần nhất');
    expect(w03.columnIndex).toBe(14);
  });

  test('a retired model is not checked', () => {
    expect(codesOfRow({ ...never, status: 'Thanh loại', retiredDate: day('2019-01-01') })).toEqual([]);
  });
});

describe('E09 Số thành viên typed as text', () => {
  test.each(['0', '00', ' 0 ', '1000000000000000000000'])('%j fails', (v) => {
    expect(codesOfRow({ members: v })).toEqual(['E09']);
  });
  test.each(['1', '01'])('%j passes', (v) => {
    expect(codesOfRow({ members: v })).toEqual([]);
  });
  test('the message quotes the zero as typed', () => {
    const [e09] = issuesOf(check(workbook({ hamMy: [validRow({ members: '0' })] })), 'E09');
    expect(e09.message).toBe('Cột "Số thành viên": "0" không hợp lệ. Hãy nhập một số nguyên từ 1 trở lên.');
    expect([e09.column, e09.columnIndex, e09.value]).toEqual(['Số thành viên', 9, '0']);
  });
});

// A tab whose user moved the columns: Mã mô hình is the 4th, Loại mô hình the 2nd.
const MOVED = [
  'Tên mô hình', 'Loại mô hình', 'Khối', 'Mã mô hình', 'Địa bàn', 'Hình thức', 'Ngày ra mắt', 'Số quyết định',
  'Số thành viên', 'Người phụ trách', 'Điện thoại', 'Chu kỳ sinh hoạt', 'Sinh hoạt gần nhất', 'Sơ kết gần nhất',
  'Tổng kết gần nhất', 'Tình trạng', 'Ngày thanh loại', 'Xếp loại', 'Kết quả nổi bật', 'Ghi chú', 'Kiểm tra',
];

describe('E08 and W01 point at the right cell and the other row', () => {
  test('E08 on a tab with moved columns: column index 4 on both rows, each naming the other', () => {
    const raw = workbook({ hamMy: [] });
    raw.sheets[3] = tab('Hàm Mỹ', [validRow({ id: 'HM-07', place: 'Thôn 1' }), validRow({ place: 'Thôn 2' }), validRow({ id: 'hm-07', place: 'Thôn 3' })], MOVED);
    const e08 = issuesOf(check(raw), 'E08');
    expect(e08.map((i) => [i.sheet, i.row, i.column, i.columnIndex, i.value])).toEqual([
      ['Hàm Mỹ', 2, 'Mã mô hình', 4, 'HM-07'],
      ['Hàm Mỹ', 4, 'Mã mô hình', 4, 'hm-07'],
    ]);
    expect(e08.map((i) => i.message)).toEqual([
      'Cột "Mã mô hình": "HM-07" trùng với mã ở dòng 4 của trang tính "Hàm Mỹ". Mỗi mô hình cần một mã riêng: hãy sửa để các mã khác nhau.',
      'Cột "Mã mô hình": "hm-07" trùng với mã ở dòng 2 của trang tính "Hàm Mỹ". Mỗi mô hình cần một mã riêng: hãy sửa để các mã khác nhau.',
    ]);
  });

  test('W01 on a tab with moved columns: the type column (2), and each row names the other', () => {
    const raw = workbook({ hamMy: [] });
    raw.sheets[3] = tab('Hàm Mỹ', [validRow({ id: 'A', place: 'Thôn 1' }), validRow({ id: 'B', place: 'Thôn 2' }), validRow({ id: 'C', place: 'thôn 1' })], MOVED);
    const w01 = issuesOf(check(raw), 'W01');
    expect(w01.map((i) => [i.row, i.column, i.columnIndex, i.value])).toEqual([
      [2, 'Loại mô hình', 2, 'Khu dân cư phòng chống tội phạm'],
      [4, 'Loại mô hình', 2, 'Khu dân cư phòng chống tội phạm'],
    ]);
    expect(w01[0].message).toContain('dòng 4');
    expect(w01[1].message).toContain('dòng 2');
    expect(w01[1].message).toBe(w01[0].message.replace('dòng 4', 'dòng 2').replace('"Thôn 1"', '"thôn 1"'));
  });
});

describe('W01 needs the same type and the same place', () => {
  test('two types at the same place are two sites', () => {
    const r = check(workbook({ hamMy: [validRow({ id: 'A' }), validRow({ id: 'B', type: 'Camera an ninh phòng, chống tội phạm' })] }));
    expect(issuesOf(r, 'W01')).toEqual([]);
  });
  test('rows without a type are not duplicates of each other (each is E01)', () => {
    const r = check(workbook({ hamMy: [validRow({ id: 'A', type: '' }), validRow({ id: 'B', type: '' })] }));
    expect(r.issues.map((i) => `${i.row}:${i.code}`)).toEqual(['2:E01', '3:E01']);
  });
  test('rows without a place are not duplicates of each other (each is E01)', () => {
    const r = check(workbook({ hamMy: [validRow({ id: 'A', place: '' }), validRow({ id: 'B', place: '' })] }));
    expect(r.issues.map((i) => `${i.row}:${i.code}`)).toEqual(['2:E01', '3:E01']);
  });
});
