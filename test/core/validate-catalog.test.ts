/**
 * S03 and W06, the `Đơn vị` and `Loại mô hình` catalogs (src/core/validate/catalog.ts): each
 * problem in full, where it is reported (sheet, row, column, 1-based column index, value)
 * and its message.
 */
import type { Issue } from '../../src/core/issue';
import type { CellValue, RawWorkbook } from '../../src/core/raw';
import { DEFAULT_UNITS, UNITS_HEADER, check, issuesOf, unitsSheet, workbook } from './corpus/fixtures';

const SETUP = 'chạy "Thiết lập / sửa bảng tính" (menu "Mô hình ANTT")';

function s03(raw: RawWorkbook): Issue[] {
  return issuesOf(check(raw), 'S03');
}

/** S03 of a workbook whose `Đơn vị` sheet has `rows` under `header`. */
function unitIssues(rows: CellValue[][], header: CellValue[] = UNITS_HEADER): Issue[] {
  const raw = workbook({ units: rows });
  raw.sheets[1] = unitsSheet(rows, header);
  return s03(raw);
}

/** `[row, column, columnIndex, value, message]` of each issue. */
function places(issues: Issue[]): (string | number | null)[][] {
  return issues.map((i) => [i.row, i.column, i.columnIndex, i.value, i.message]);
}

const UNIT_ISSUE = { code: 'S03', severity: 'Lỗi', sheet: 'Đơn vị', unitCode: null };
const TYPE_ISSUE = { code: 'S03', severity: 'Lỗi', sheet: 'Loại mô hình', unitCode: null };

describe('the shape of a catalog sheet', () => {
  it('a missing Loại mô hình sheet: one issue for the sheet', () => {
    const raw = workbook({ hamMy: [] });
    raw.sheets = raw.sheets.filter((s) => s.name !== 'Loại mô hình');
    expect(s03(raw)).toEqual([{
      ...TYPE_ISSUE, row: null, column: '', columnIndex: null, value: '',
      message: `Bảng tính chưa có trang "Loại mô hình". Hãy ${SETUP} để tạo trang này.`,
    }]);
  });
  it('a missing required column: once on the header row, not once per unit', () => {
    const header = UNITS_HEADER.filter((h) => h !== 'Loại đơn vị');
    const rows = DEFAULT_UNITS.map((r) => r.filter((_, c) => c !== 3));
    expect(unitIssues(rows, header)).toEqual([{
      ...UNIT_ISSUE, row: 1, column: '', columnIndex: null, value: '',
      message: `Trang "Đơn vị" thiếu cột "Loại đơn vị". Hãy thêm cột này ở dòng tiêu đề (dòng 1), hoặc ${SETUP}.`,
    }]);
  });
  it('a column twice: on the header row at the column read, naming both letters', () => {
    const header = [...UNITS_HEADER, 'Mã đơn vị'];
    const rows = DEFAULT_UNITS.map((r) => [...r, 'X']);
    expect(unitIssues(rows, header)).toEqual([{
      ...UNIT_ISSUE, row: 1, column: 'Mã đơn vị', columnIndex: 1, value: 'Mã đơn vị',
      message: 'Trang "Đơn vị" có cột "Mã đơn vị" hai lần (cột A và H). Hãy xóa hoặc đổi tên một cột; công cụ đang đọc cột A.',
    }]);
  });
  it('a column twice in Loại mô hình, the second far to the right', () => {
    const raw = workbook();
    raw.sheets[2] = { name: 'Loại mô hình', values: [['Lĩnh vực', 'Tên loại mô hình', 'Khối áp dụng', 'Ghi chú', 'Lĩnh vực'], ['Phòng chống tội phạm', 'Khu dân cư phòng chống tội phạm', 'Khu dân cư', '', '']] };
    expect(s03(raw)).toEqual([{
      ...TYPE_ISSUE, row: 1, column: 'Lĩnh vực', columnIndex: 1, value: 'Lĩnh vực',
      message: 'Trang "Loại mô hình" có cột "Lĩnh vực" hai lần (cột A và E). Hãy xóa hoặc đổi tên một cột; công cụ đang đọc cột A.',
    }]);
  });
  it('an empty Loại mô hình catalog: one issue for the sheet', () => {
    const raw = workbook({ types: [], hamMy: [] });
    expect(s03(raw)).toEqual([{
      ...TYPE_ISSUE, row: null, column: '', columnIndex: null, value: '',
      message: 'Trang "Loại mô hình" chưa có dòng nào. Hãy nhập danh mục vào trang này.',
    }]);
  });
  it('an empty Đơn vị catalog is the warning W06, for the sheet', () => {
    const raw = workbook({ units: [] });
    expect(check(raw).issues.filter((i) => i.code === 'W06' || i.code === 'S03')).toEqual([{
      code: 'W06', severity: 'Cảnh báo', sheet: 'Đơn vị', row: null, column: '', columnIndex: null, value: '', unitCode: null,
      message: `Trang "Đơn vị" chưa có đơn vị nào. Hãy nhập mỗi xã, phường, thị trấn (và khối cơ quan, doanh nghiệp, nhà trường) một dòng, rồi ${SETUP} để tạo trang nhập liệu cho từng đơn vị.`,
    }]);
  });
  it('a sheet typed in another case is reported under the name as typed', () => {
    const raw = workbook({ types: [], hamMy: [] });
    raw.sheets[2] = { ...raw.sheets[2], name: 'LOẠI MÔ HÌNH' };
    expect(s03(raw).map((i) => [i.sheet, i.message])).toEqual([
      ['LOẠI MÔ HÌNH', 'Trang "LOẠI MÔ HÌNH" chưa có dòng nào. Hãy nhập danh mục vào trang này.'],
    ]);
  });
});

describe('the values of the Đơn vị catalog', () => {
  it('a required value missing: at its cell', () => {
    expect(places(unitIssues([...DEFAULT_UNITS, ['TAN_LAP', 'Tân Lập', '', '', '', '', '']]))).toEqual([
      [4, 'Loại đơn vị', 4, '', 'Cột "Loại đơn vị" đang trống. Hãy nhập giá trị cho cột này.'],
    ]);
  });
  it('two units without a code: each is missing its code, and they are not duplicates of each other', () => {
    const rows = [...DEFAULT_UNITS, ['', 'Tân Lập', '', 'Xã', '', '', ''], ['', 'Tân Thành', '', 'Xã', '', '', '']];
    expect(places(unitIssues(rows))).toEqual([
      [4, 'Mã đơn vị', 1, '', 'Cột "Mã đơn vị" đang trống. Hãy nhập giá trị cho cột này.'],
      [5, 'Mã đơn vị', 1, '', 'Cột "Mã đơn vị" đang trống. Hãy nhập giá trị cho cột này.'],
    ]);
  });
  it('a code three times: the second and third each name the first row', () => {
    const rows = [...DEFAULT_UNITS, ['HAM_MY', 'Tân Lập', '', 'Xã', '', '', ''], ['HAM_MY', 'Tân Thành', '', 'Xã', '', '', '']];
    expect(places(unitIssues(rows))).toEqual([
      [4, 'Mã đơn vị', 1, 'HAM_MY', 'Cột "Mã đơn vị": "HAM_MY" trùng với dòng 2. Mỗi dòng cần một giá trị riêng: hãy sửa một trong hai dòng.'],
      [5, 'Mã đơn vị', 1, 'HAM_MY', 'Cột "Mã đơn vị": "HAM_MY" trùng với dòng 2. Mỗi dòng cần một giá trị riêng: hãy sửa một trong hai dòng.'],
    ]);
  });
  it('a name twice with the tab name left to default: the name only, once', () => {
    const rows = [...DEFAULT_UNITS, ['TAN_LAP', 'hàm  mỹ', '', 'Xã', '', '', '']];
    expect(places(unitIssues(rows))).toEqual([
      [4, 'Tên đơn vị', 2, 'hàm mỹ', 'Cột "Tên đơn vị": "hàm mỹ" trùng với dòng 2. Mỗi dòng cần một giá trị riêng: hãy sửa một trong hai dòng.'],
    ]);
  });
  it('a name twice with the same tab name typed: the name and the tab name', () => {
    const rows = [['HAM_MY', 'Hàm Mỹ', 'HM', 'Xã', '', '', ''], ['HAM_MY_2', 'Hàm Mỹ', 'HM', 'Xã', '', '', '']];
    expect(places(unitIssues(rows))).toEqual([
      [3, 'Tên đơn vị', 2, 'Hàm Mỹ', 'Cột "Tên đơn vị": "Hàm Mỹ" trùng với dòng 2. Mỗi dòng cần một giá trị riêng: hãy sửa một trong hai dòng.'],
      [3, 'Tên trang tính', 3, 'HM', 'Cột "Tên trang tính": "HM" trùng với dòng 2. Mỗi dòng cần một giá trị riêng: hãy sửa một trong hai dòng.'],
    ]);
  });
  it('two units typing the same tab name', () => {
    const rows = [...DEFAULT_UNITS, ['TAN_LAP', 'Tân Lập', 'Hàm Cần', 'Xã', '', '', '']];
    expect(places(unitIssues(rows))).toEqual([
      [4, 'Tên trang tính', 3, 'Hàm Cần', 'Cột "Tên trang tính": "Hàm Cần" trùng với dòng 3. Mỗi dòng cần một giá trị riêng: hãy sửa một trong hai dòng.'],
    ]);
  });
  it('a unit whose default tab name (its name) is the tab name another unit typed', () => {
    const rows = [['HAM_MY', 'Hàm Mỹ', 'Tân Lập', 'Xã', '', '', ''], ['TAN_LAP', 'Tân Lập', '', 'Xã', '', '', '']];
    expect(places(unitIssues(rows))).toEqual([
      [3, 'Tên trang tính', 3, 'Tân Lập', 'Cột "Tên trang tính": "Tân Lập" trùng với dòng 2. Mỗi dòng cần một giá trị riêng: hãy sửa một trong hai dòng.'],
    ]);
  });
});

describe('the tab name of a unit', () => {
  const name31 = 'Thị trấn Thuận Nam mở rộng 2019';
  const name32 = 'Thị trấn Thuận Nam mở rộng 2019A';
  it('31 characters is the limit: accepted', () => {
    expect(name31).toHaveLength(31);
    expect(unitIssues([...DEFAULT_UNITS, ['TT', name31, '', 'Thị trấn', '', '', '']])).toEqual([]);
    expect(unitIssues([...DEFAULT_UNITS, ['TT', 'Thuận Nam', name31, 'Thị trấn', '', '', '']])).toEqual([]);
  });
  it('a 32-character name used as the tab name: at the name', () => {
    expect(places(unitIssues([...DEFAULT_UNITS, ['TT', name32, '', 'Thị trấn', '', '', '']]))).toEqual([[
      4, 'Tên đơn vị', 2, name32,
      `Cột "Tên trang tính" đang trống nên tên đơn vị "${name32}" được dùng làm tên trang tính, nhưng tên này dài 32 ký tự, quá 31 ký tự (giới hạn của Excel). ` +
        'Hãy nhập vào cột "Tên trang tính" một tên ngắn hơn.',
    ]]);
  });
  it('a 32-character tab name typed: at the tab name', () => {
    expect(places(unitIssues([...DEFAULT_UNITS, ['TT', 'Thuận Nam', name32, 'Thị trấn', '', '', '']]))).toEqual([[
      4, 'Tên trang tính', 3, name32,
      `Cột "Tên trang tính": "${name32}" dài 32 ký tự, quá 31 ký tự (giới hạn của Excel). Hãy đặt tên ngắn hơn.`,
    ]]);
  });
  it('a Đơn vị sheet without the Tên trang tính column: every tab name is the unit name', () => {
    const header = UNITS_HEADER.filter((h) => h !== 'Tên trang tính');
    const rows = [...DEFAULT_UNITS, ['TT', name32, '', 'Thị trấn', '', '', '']].map((r) => r.filter((_, c) => c !== 2));
    expect(places(unitIssues(rows, header))).toEqual([[
      4, 'Tên đơn vị', 2, name32,
      `Cột "Tên trang tính" đang trống nên tên đơn vị "${name32}" được dùng làm tên trang tính, nhưng tên này dài 32 ký tự, quá 31 ký tự (giới hạn của Excel). ` +
        'Hãy nhập vào cột "Tên trang tính" một tên ngắn hơn.',
    ]]);
  });
  it('a forbidden character, typed and defaulted', () => {
    expect(places(unitIssues([...DEFAULT_UNITS, ['TL', 'Tân Lập', 'Tân/Lập', 'Xã', '', '', ''], ['TT', 'Tân Thành [2]', '', 'Xã', '', '', '']]))).toEqual([
      [4, 'Tên trang tính', 3, 'Tân/Lập', 'Cột "Tên trang tính": "Tân/Lập" có ký tự không được dùng trong tên trang tính (: \\ / ? * [ ]). Hãy đặt tên không có các ký tự này.'],
      [5, 'Tên đơn vị', 2, 'Tân Thành [2]',
        'Cột "Tên trang tính" đang trống nên tên đơn vị "Tân Thành [2]" được dùng làm tên trang tính, nhưng tên này có ký tự không được dùng trong tên trang tính (: \\ / ? * [ ]). ' +
          'Hãy nhập vào cột "Tên trang tính" một tên không có các ký tự này.'],
    ]);
  });
  it('the name of a tool sheet', () => {
    expect(places(unitIssues([...DEFAULT_UNITS, ['TH', 'Thuận Nam', 'tổng hợp', 'Xã', '', '', '']]))).toEqual([
      [4, 'Tên trang tính', 3, 'tổng hợp', 'Cột "Tên trang tính": "tổng hợp" trùng tên một trang của công cụ. Hãy đặt tên khác.'],
    ]);
  });
});

describe('the lists of the Đơn vị catalog', () => {
  it('a unit type not in its list, with a suggestion', () => {
    expect(places(unitIssues([...DEFAULT_UNITS, ['TL', 'Tân Lập', '', 'phuong', '', '', '']]))).toEqual([[
      4, 'Loại đơn vị', 4, 'phuong',
      'Cột "Loại đơn vị": "phuong" không có trong danh sách (Xã, Thị trấn, Phường, Khối cơ quan). Có phải bạn muốn nhập: "Phường"? Hãy chọn từ danh sách thả xuống.',
    ]]);
  });
  it('a bad e-mail among good ones: at the e-mail cell, quoting the bad one', () => {
    expect(places(unitIssues([...DEFAULT_UNITS, ['TL', 'Tân Lập', '', 'Xã', 'a@example.vn, tanlap.example.vn', '', '']]))).toEqual([[
      4, 'Email đầu mối', 5, 'tanlap.example.vn',
      'Cột "Email đầu mối": "tanlap.example.vn" không phải địa chỉ e-mail hợp lệ. Hãy sửa lại; nhiều địa chỉ thì cách nhau bằng dấu phẩy.',
    ]]);
  });
  it('Đang theo dõi not Có or Không, with a suggestion', () => {
    expect(places(unitIssues([...DEFAULT_UNITS, ['TL', 'Tân Lập', '', 'Xã', '', '', 'khong']]))).toEqual([[
      4, 'Đang theo dõi', 7, 'khong',
      'Cột "Đang theo dõi": "khong" không có trong danh sách (Có, Không). Có phải bạn muốn nhập: "Không"? Hãy chọn từ danh sách thả xuống.',
    ]]);
  });
  it('Đang theo dõi as a tick box (true, false), in another case, or empty is accepted', () => {
    const rows = [...DEFAULT_UNITS, ['A', 'A', '', 'Xã', '', '', true], ['B', 'B', '', 'Xã', '', '', false], ['C', 'C', '', 'Xã', '', '', 'KHÔNG'], ['D', 'D', '', 'Xã', '', '', '']];
    expect(unitIssues(rows)).toEqual([]);
  });
  it('a Đơn vị sheet without the Đang theo dõi column is accepted', () => {
    const header = UNITS_HEADER.filter((h) => h !== 'Đang theo dõi');
    expect(unitIssues(DEFAULT_UNITS.map((r) => r.slice(0, 6)), header)).toEqual([]);
  });
});

describe('the Loại mô hình catalog', () => {
  it('a type name twice: at the second, naming the first', () => {
    const raw = workbook({ types: [['Ánh sáng an ninh', '', ''], ['Camera', '', ''], ['ánh sáng  an ninh', '', '']], hamMy: [] });
    expect(s03(raw)).toEqual([{
      ...TYPE_ISSUE, row: 4, column: 'Tên loại mô hình', columnIndex: 1, value: 'ánh sáng an ninh',
      message: 'Cột "Tên loại mô hình": "ánh sáng an ninh" trùng với dòng 2. Mỗi dòng cần một giá trị riêng: hãy sửa một trong hai dòng.',
    }]);
  });
  it('an unknown sector in Khối áp dụng, with a suggestion', () => {
    const raw = workbook({ types: [['Camera', '', 'Khu dân cư, Doanh nghiep']], hamMy: [] });
    expect(s03(raw)).toEqual([{
      ...TYPE_ISSUE, row: 2, column: 'Khối áp dụng', columnIndex: 3, value: 'Doanh nghiep',
      message: 'Cột "Khối áp dụng": "Doanh nghiep" không có trong danh sách (Khu dân cư, Cơ quan, Doanh nghiệp, Nhà trường). Có phải bạn muốn nhập: "Doanh nghiệp"? Hãy chọn từ danh sách thả xuống.',
    }]);
  });
  it('a type without a name: at its cell', () => {
    const raw = workbook({ types: [['Camera', '', ''], ['', 'Phòng cháy chữa cháy', '']], hamMy: [] });
    expect(s03(raw)).toEqual([{
      ...TYPE_ISSUE, row: 3, column: 'Tên loại mô hình', columnIndex: 1, value: '',
      message: 'Cột "Tên loại mô hình" đang trống. Hãy nhập giá trị cho cột này.',
    }]);
  });
});
