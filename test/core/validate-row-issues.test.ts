/**
 * The row rules' issues in full (src/core/validate/row-rules.ts): the cell each one points
 * at (sheet, row, column, 1-based column index, value, unit), the hint of E01 by kind of
 * column, and the edges where two rules meet.
 */
import type { Issue } from '../../src/core/issue';
import type { ReadContext } from '../../src/core/raw';
import { CTX, MODEL_HEADER, check, codesAt, day, issuesOf, tab, validRow, workbook, type RowSpec } from './corpus/fixtures';

/** The issues of the first data row of Hàm Mỹ, holding `validRow(overrides)`. */
function rowIssues(overrides: RowSpec, ctx: ReadContext = CTX): Issue[] {
  return check(workbook({ hamMy: [validRow(overrides)] }), ctx).issues;
}

/** The same, on a Hàm Mỹ tab with only the columns of `header`. */
function rowIssuesUnder(header: readonly string[], overrides: RowSpec): Issue[] {
  const raw = workbook();
  raw.sheets[3] = tab('Hàm Mỹ', [validRow(overrides)], header);
  return check(raw).issues;
}

const AT_HAM_MY = { sheet: 'Hàm Mỹ', row: 2, unitCode: 'HAM_MY' };

describe('each row rule points at its cell', () => {
  it('E02 at Loại mô hình (column 3), quoting the type', () => {
    expect(rowIssues({ type: 'Đội bóng đá thiếu niên' })).toEqual([{
      ...AT_HAM_MY, code: 'E02', severity: 'Lỗi', column: 'Loại mô hình', columnIndex: 3, value: 'Đội bóng đá thiếu niên',
      message: 'Cột "Loại mô hình": "Đội bóng đá thiếu niên" không có trong danh mục của trang "Loại mô hình". ' +
        'Hãy chọn từ danh sách thả xuống, hoặc nhờ cán bộ huyện thêm loại này vào danh mục.',
    }]);
  });
  it('E06 at Ngày thanh loại (column 17), which is empty', () => {
    expect(rowIssues({ status: 'Thanh loại' })).toEqual([{
      ...AT_HAM_MY, code: 'E06', severity: 'Lỗi', column: 'Ngày thanh loại', columnIndex: 17, value: '',
      message: 'Cột "Tình trạng" là "Thanh loại" nhưng cột "Ngày thanh loại" đang trống. Hãy nhập ngày thanh loại theo dạng dd/mm/yyyy, ví dụ 24/04/2019.',
    }]);
  });
  it('E06 on a tab without a Ngày thanh loại column names the column but no column index', () => {
    const header = MODEL_HEADER.filter((h) => h !== 'Ngày thanh loại');
    expect(rowIssuesUnder(header, { status: 'Thanh loại' })).toEqual([{
      ...AT_HAM_MY, code: 'E06', severity: 'Lỗi', column: 'Ngày thanh loại', columnIndex: null, value: '',
      message: 'Cột "Tình trạng" là "Thanh loại" nhưng cột "Ngày thanh loại" đang trống. Hãy nhập ngày thanh loại theo dạng dd/mm/yyyy, ví dụ 24/04/2019.',
    }]);
  });
  it('E10 at Khối (column 4), quoting the sector', () => {
    expect(rowIssues({ sector: 'Nhà trường' })).toEqual([{
      ...AT_HAM_MY, code: 'E10', severity: 'Lỗi', column: 'Khối', columnIndex: 4, value: 'Nhà trường',
      message: 'Cột "Khối": "Nhà trường" không áp dụng cho loại mô hình "Khu dân cư phòng chống tội phạm" (chỉ áp dụng cho: Khu dân cư). Hãy chọn lại khối hoặc loại mô hình.',
    }]);
  });
  it('W02 at Sinh hoạt gần nhất (column 13), quoting the date as shown', () => {
    expect(rowIssues({ lastMeeting: day('2019-03-23') })).toEqual([{
      ...AT_HAM_MY, code: 'W02', severity: 'Cảnh báo', column: 'Sinh hoạt gần nhất', columnIndex: 13, value: '23/03/2019',
      message: 'Cột "Sinh hoạt gần nhất": lần sinh hoạt gần nhất là 23/03/2019, đã quá 31 ngày (chu kỳ hằng tháng). Hãy tổ chức sinh hoạt và cập nhật ngày sinh hoạt gần nhất.',
    }]);
  });
  it('W02 on a tab without a Sinh hoạt gần nhất column: a model never met, no column index', () => {
    const header = MODEL_HEADER.filter((h) => h !== 'Sinh hoạt gần nhất');
    expect(rowIssuesUnder(header, {})).toEqual([{
      ...AT_HAM_MY, code: 'W02', severity: 'Cảnh báo', column: 'Sinh hoạt gần nhất', columnIndex: null, value: '',
      message: 'Cột "Sinh hoạt gần nhất" đang trống: chưa ghi nhận lần sinh hoạt nào trong 31 ngày qua (chu kỳ hằng tháng). Hãy tổ chức sinh hoạt và cập nhật ngày sinh hoạt gần nhất.',
    }]);
  });
  it('W03 at Sơ kết gần nhất (column 14)', () => {
    expect(rowIssues({ lastInterimReview: day('2018-10-21'), lastAnnualReview: '' })).toEqual([{
      ...AT_HAM_MY, code: 'W03', severity: 'Cảnh báo', column: 'Sơ kết gần nhất', columnIndex: 14, value: '21/10/2018',
      message: 'Cột "Sơ kết gần nhất": lần sơ kết gần nhất là 21/10/2018, đã quá 184 ngày. Hãy tổ chức sơ kết 6 tháng và cập nhật ngày sơ kết gần nhất.',
    }]);
  });
  it('W04 at Ngày thanh loại (column 17)', () => {
    expect(rowIssues({ retiredDate: '01/01/2019' })).toEqual([{
      ...AT_HAM_MY, code: 'W04', severity: 'Cảnh báo', column: 'Ngày thanh loại', columnIndex: 17, value: '01/01/2019',
      message: 'Cột "Ngày thanh loại" có ngày 01/01/2019 nhưng cột "Tình trạng" là "Đang hoạt động". Nếu mô hình đã thanh loại, hãy chọn "Thanh loại"; nếu chưa, hãy xóa ngày thanh loại.',
    }]);
  });
  it('E03 at the list column, each list its own column', () => {
    const issues = rowIssues({ sector: 'x1', form: 'x2', status: 'x3', rating: 'x4', cycle: 'x5' });
    expect(issues.map((i) => [i.code, i.column, i.columnIndex, i.value])).toEqual([
      ['E03', 'Khối', 4, 'x1'],
      ['E03', 'Hình thức', 6, 'x2'],
      ['E03', 'Tình trạng', 16, 'x3'],
      ['E03', 'Xếp loại', 18, 'x4'],
      ['E03', 'Chu kỳ sinh hoạt', 12, 'x5'],
    ]);
  });
});

describe('E01 says what the empty column needs', () => {
  it.each([
    ['type', 'Cột "Loại mô hình" đang trống. Hãy chọn một loại trong danh mục của trang "Loại mô hình" (danh sách thả xuống).'],
    ['sector', 'Cột "Khối" đang trống. Hãy chọn một giá trị từ danh sách thả xuống (Khu dân cư, Cơ quan, Doanh nghiệp, Nhà trường).'],
    ['place', 'Cột "Địa bàn" đang trống. Hãy nhập tên thôn, khu phố, hoặc tên cơ quan, doanh nghiệp, nhà trường.'],
    ['form', 'Cột "Hình thức" đang trống. Hãy chọn một giá trị từ danh sách thả xuống (Xây dựng mới, Nhân rộng).'],
    ['launchDate', 'Cột "Ngày ra mắt" đang trống. Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 24/04/2019.'],
    ['status', 'Cột "Tình trạng" đang trống. Hãy chọn một giá trị từ danh sách thả xuống (Đang hoạt động, Củng cố, Kiện toàn, Thanh loại).'],
  ] as const)('%s', (field, message) => {
    const e01 = rowIssues({ [field]: '' }).filter((i) => i.code === 'E01');
    expect(e01.map((i) => i.message)).toEqual([message]);
  });
  it('points at the empty cell', () => {
    expect(rowIssues({ place: '' })).toEqual([{
      ...AT_HAM_MY, code: 'E01', severity: 'Lỗi', column: 'Địa bàn', columnIndex: 5, value: '',
      message: 'Cột "Địa bàn" đang trống. Hãy nhập tên thôn, khu phố, hoặc tên cơ quan, doanh nghiệp, nhà trường.',
    }]);
  });
  it('a number that is not a number (NaN) in Ngày ra mắt is E04 only: the cell is not empty', () => {
    expect(codesAt(check(workbook({ hamMy: [validRow({ launchDate: NaN })] })))).toEqual(['E04']);
  });
});

describe('where two rules meet', () => {
  it('a retired model with an invalid retirement date is E04, not also E06', () => {
    expect(codesAt(check(workbook({ hamMy: [validRow({ status: 'Thanh loại', retiredDate: '31/02/2019' })] })))).toEqual(['E04']);
  });
  it('a retirement date with an empty status is E01 only: W04 needs a valid status', () => {
    expect(codesAt(check(workbook({ hamMy: [validRow({ status: '', retiredDate: '01/01/2019' })] })))).toEqual(['E01']);
  });
  it('a retirement date with a status not in its list is E03 only', () => {
    expect(codesAt(check(workbook({ hamMy: [validRow({ status: 'Ngừng', retiredDate: '01/01/2019' })] })))).toEqual(['E03']);
  });
  it('two typos in one row each get their own suggestion', () => {
    const issues = rowIssues({ sector: 'Khu dan cu', form: 'Xay dung moi' });
    expect(issues.map((i) => i.message)).toEqual([
      'Cột "Khối": "Khu dan cu" không có trong danh sách (Khu dân cư, Cơ quan, Doanh nghiệp, Nhà trường). Có phải bạn muốn nhập: "Khu dân cư"? Hãy chọn từ danh sách thả xuống.',
      'Cột "Hình thức": "Xay dung moi" không có trong danh sách (Xây dựng mới, Nhân rộng). Có phải bạn muốn nhập: "Xây dựng mới"? Hãy chọn từ danh sách thả xuống.',
    ]);
  });
  it('the same typo on two rows gets the same suggestion on both', () => {
    const r = check(workbook({ hamMy: [validRow({ id: 'A', form: 'nhan rong' }), validRow({ id: 'B', place: 'Thôn 2', form: 'nhan rong' })] }));
    expect(issuesOf(r, 'E03').map((i) => [i.row, i.message])).toEqual([
      [2, 'Cột "Hình thức": "nhan rong" không có trong danh sách (Xây dựng mới, Nhân rộng). Có phải bạn muốn nhập: "Nhân rộng"? Hãy chọn từ danh sách thả xuống.'],
      [3, 'Cột "Hình thức": "nhan rong" không có trong danh sách (Xây dựng mới, Nhân rộng). Có phải bạn muốn nhập: "Nhân rộng"? Hãy chọn từ danh sách thả xuống.'],
    ]);
  });
  it('a date before 1970 with no launch date is E01 for the launch, not E07', () => {
    expect(codesAt(check(workbook({ hamMy: [validRow({ launchDate: '', lastMeeting: '01/01/1969' })] })))).toEqual(['E01']);
  });
});

describe('a check whose today is before 1970 (negative day numbers)', () => {
  const ctx1969: ReadContext = { today: '1969-06-01', tzOffsets: [420] };
  const launched = { launchDate: '01/01/1969', lastMeeting: '', lastInterimReview: '', lastAnnualReview: '' };
  it('empty dates are not after today, and a model never met is overdue', () => {
    expect(rowIssues(launched, ctx1969).map((i) => [i.code, i.message])).toEqual([[
      'W02',
      'Cột "Sinh hoạt gần nhất" đang trống: chưa ghi nhận lần sinh hoạt nào trong 31 ngày qua (chu kỳ hằng tháng). Hãy tổ chức sinh hoạt và cập nhật ngày sinh hoạt gần nhất.',
    ]]);
  });
  it('a meeting 32 days before that today is overdue, 31 days is not', () => {
    expect(rowIssues({ ...launched, lastMeeting: '30/04/1969' }, ctx1969).map((i) => i.code)).toEqual(['W02']);
    expect(rowIssues({ ...launched, lastMeeting: '01/05/1969' }, ctx1969)).toEqual([]);
  });
});
