/** Every rule of workbook.md with a passing and a failing case, and its message. */
import { RULES, RULE_LIST } from '../../src/core/validate';
import {
  CTX, check, codesAt, codesOfRow, day, issuesOf, tab, validRow, workbook, DEFAULT_UNITS, MODEL_HEADER,
} from './corpus/fixtures';

const TYPE = 'Khu dân cư phòng chống tội phạm';

function messageOf(overrides: Parameters<typeof validRow>[0], code: string): string {
  const result = check(workbook({ hamMy: [validRow(overrides)] }));
  const issue = result.issues.find((i) => i.code === code);
  if (!issue) throw new Error(`no ${code} in ${result.issues.map((i) => i.code).join(',')}`);
  return issue.message;
}

describe('rules table', () => {
  it('has every code of workbook.md with its severity', () => {
    expect(RULE_LIST.map((r) => r.code)).toEqual([
      'E01', 'E02', 'E03', 'E04', 'E05', 'E06', 'E07', 'E08', 'E09', 'E10',
      'W01', 'W02', 'W03', 'W04', 'W05', 'W06', 'S01', 'S02', 'S03',
    ]);
    for (const r of RULE_LIST) expect(r.severity).toBe(r.code.startsWith('W') ? 'Cảnh báo' : 'Lỗi');
    expect(RULES.E08.scope).toBe('workbook');
    expect(RULES.W01.scope).toBe('workbook');
    expect(RULES.E01.scope).toBe('row');
  });

  it('messages are NFC', () => {
    const result = check(workbook({ hamMy: [validRow({ sector: 'khu dan cu', launchDate: 'x', phone: '1' })] }));
    for (const i of result.issues) expect(i.message).toBe(i.message.normalize('NFC'));
  });
});

describe('the valid row', () => {
  it('has no issue at all', () => {
    const result = check(workbook());
    expect(result.issues).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0].hasError).toBe(false);
  });
});

describe('E01 required column empty', () => {
  it.each(['type', 'sector', 'place', 'form', 'launchDate', 'status'] as const)('%s empty', (field) => {
    expect(codesOfRow({ [field]: '' })).toContain('E01');
  });
  it('optional columns may be empty', () => {
    expect(codesOfRow({ id: '', name: '', decision: '', members: '', leader: '', phone: '', cycle: '', rating: '', note: '' })).toEqual([]);
  });
  it('says which column and what to do', () => {
    expect(messageOf({ sector: '' }, 'E01')).toBe(
      'Cột "Khối" đang trống. Hãy chọn một giá trị từ danh sách thả xuống (Khu dân cư, Cơ quan, Doanh nghiệp, Nhà trường).',
    );
    expect(messageOf({ launchDate: '' }, 'E01')).toBe('Cột "Ngày ra mắt" đang trống. Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 24/04/2019.');
  });
  it('whitespace only is empty', () => {
    expect(codesOfRow({ place: ' \u00a0 ' })).toEqual(['E01']);
  });
});

describe('E02 model type not in the catalog', () => {
  it('passes for a catalog name in another case and spacing', () => {
    expect(codesOfRow({ type: '  khu dân cư  PHÒNG chống tội phạm ' })).toEqual([]);
  });
  it('fails with a suggestion for a type without accents', () => {
    expect(messageOf({ type: 'Khu dan cu phong chong toi pham' }, 'E02')).toBe(
      'Cột "Loại mô hình": "Khu dan cu phong chong toi pham" không có trong danh mục của trang "Loại mô hình". ' +
        'Có phải bạn muốn nhập: "Khu dân cư phòng chống tội phạm"? Hãy chọn từ danh sách thả xuống, hoặc nhờ cán bộ huyện thêm loại này vào danh mục.',
    );
  });
  it('fails without a suggestion for something unrelated', () => {
    const m = messageOf({ type: 'Đội bóng đá thiếu niên' }, 'E02');
    expect(m).not.toContain('Có phải');
  });
});

describe('E03 value not in its list', () => {
  it.each([
    ['sector', 'Khu dan cu', 'Khu dân cư'],
    ['form', 'Xay dung moi', 'Xây dựng mới'],
    ['status', 'dang hoat dong', 'Đang hoạt động'],
    ['rating', 'Hieu qua', 'Hiệu quả'],
    ['cycle', 'Hang quy', 'Hằng quý'],
  ] as const)('%s "%s" suggests "%s"', (field, value, suggestion) => {
    const m = messageOf({ [field]: value }, 'E03');
    expect(m).toContain(`Có phải bạn muốn nhập: "${suggestion}"?`);
  });
  it('the message of the brief', () => {
    expect(messageOf({ form: 'Xay dung moi' }, 'E03')).toBe(
      'Cột "Hình thức": "Xay dung moi" không có trong danh sách (Xây dựng mới, Nhân rộng). Có phải bạn muốn nhập: "Xây dựng mới"? Hãy chọn từ danh sách thả xuống.',
    );
  });
  it('passes in another case', () => {
    expect(codesOfRow({ form: 'NHÂN RỘNG', status: 'củng cố' })).toEqual([]);
  });
});

describe('E04 invalid date', () => {
  it('passes for a Date and for text dates', () => {
    expect(codesOfRow({ launchDate: '15/01/2018' })).toEqual([]);
  });
  it.each([
    ['31/02/2019', 'không phải là một ngày có thật'],
    ['hôm qua', 'không phải là ngày hợp lệ'],
    [43115, 'là một con số, không phải ngày'],
    [true, 'là giá trị đúng/sai'],
  ] as const)('%s', (value, text) => {
    expect(codesOfRow({ lastMeeting: value })).toEqual(['E04']);
    expect(messageOf({ lastMeeting: value }, 'E04')).toContain(text);
    expect(messageOf({ lastMeeting: value }, 'E04')).toContain('Cột "Sinh hoạt gần nhất"');
  });
});

describe('E05 date after today', () => {
  it('today is fine', () => {
    expect(codesOfRow({ lastMeeting: day('2019-04-24') })).toEqual([]);
  });
  it('tomorrow is not', () => {
    expect(codesOfRow({ lastMeeting: '25/04/2019' })).toEqual(['E05']);
    expect(messageOf({ lastMeeting: '25/04/2019' }, 'E05')).toBe(
      'Cột "Sinh hoạt gần nhất": 25/04/2019 là ngày sau hôm nay (24/04/2019). Hãy kiểm tra và nhập lại đúng ngày.',
    );
  });
  it('a launch in the future is E05 and not W02/W03', () => {
    expect(codesOfRow({ launchDate: day('2020-01-01'), lastMeeting: '', lastInterimReview: '', lastAnnualReview: '' })).toEqual(['E05']);
  });
});

describe('E06 retired without retirement date', () => {
  it('passes with the date', () => {
    expect(codesOfRow({ status: 'Thanh loại', retiredDate: day('2019-03-01') })).toEqual([]);
  });
  it('fails without', () => {
    expect(codesOfRow({ status: 'Thanh loại' })).toEqual(['E06']);
    expect(messageOf({ status: 'Thanh loại' }, 'E06')).toContain('nhưng cột "Ngày thanh loại" đang trống');
  });
});

describe('E07 date before launch', () => {
  it('same day as launch passes', () => {
    expect(codesOfRow({ launchDate: day('2018-01-15'), lastAnnualReview: day('2018-01-15') })).toEqual([]);
  });
  it.each(['lastMeeting', 'lastInterimReview', 'lastAnnualReview'] as const)('%s before launch fails', (field) => {
    expect(codesOfRow({ [field]: day('2017-12-31') })).toContain('E07');
  });
  it('retirement before launch fails', () => {
    const codes = codesOfRow({ status: 'Thanh loại', retiredDate: '01/01/2018' });
    expect(codes).toEqual(['E07']);
    expect(messageOf({ status: 'Thanh loại', retiredDate: '01/01/2018' }, 'E07')).toBe(
      'Cột "Ngày thanh loại": 01/01/2018 trước ngày ra mắt (cột "Ngày ra mắt": 15/01/2018). Hãy kiểm tra lại hai ngày này.',
    );
  });
});

describe('E08 duplicate Mã mô hình', () => {
  it('distinct ids pass, empty ids are never duplicates', () => {
    const r = check(workbook({ hamMy: [validRow({ id: 'A' }), validRow({ id: 'B', place: 'Thôn 2' }), validRow({ id: '', place: 'Thôn 3' }), validRow({ id: '', place: 'Thôn 4' })] }));
    expect(r.issues).toEqual([]);
  });
  it('both rows get the error, across tabs', () => {
    const r = check(workbook({ hamMy: [validRow({ id: 'X-1' })], hamCan: [validRow({ id: 'x-1' })] }));
    const e08 = issuesOf(r, 'E08');
    expect(e08.map((i) => `${i.sheet}:${i.row}`)).toEqual(['Hàm Mỹ:2', 'Hàm Cần:2']);
    expect(e08[0].message).toBe(
      'Cột "Mã mô hình": "X-1" trùng với mã ở dòng 2 của trang tính "Hàm Cần". Mỗi mô hình cần một mã riêng: hãy sửa để các mã khác nhau.',
    );
    expect(r.rows.every((row) => row.hasError)).toBe(true);
  });
  it('three times: each names another row and counts the rest', () => {
    const r = check(workbook({ hamMy: [validRow({ id: 'Z', place: 'a' }), validRow({ id: 'Z', place: 'b' }), validRow({ id: 'Z', place: 'c' })] }));
    const e08 = issuesOf(r, 'E08');
    expect(e08).toHaveLength(3);
    expect(e08[0].message).toContain('dòng 3');
    expect(e08[0].message).toContain('(và 1 dòng khác)');
    expect(e08[1].message).toContain('dòng 2');
  });
});

describe('E09 Số thành viên', () => {
  it.each([1, 25, '12', ' 7 '])('%p passes', (v) => {
    expect(codesOfRow({ members: v })).toEqual([]);
  });
  it.each([0, -3, 2.5, 'mười', '1.5', true])('%p fails', (v) => {
    expect(codesOfRow({ members: v })).toEqual(['E09']);
  });
  it('message', () => {
    expect(messageOf({ members: -3 }, 'E09')).toBe('Cột "Số thành viên": "-3" không hợp lệ. Hãy nhập một số nguyên từ 1 trở lên.');
  });
});

describe('E10 sector not allowed for the type', () => {
  it('an allowed sector passes; a type with no Khối áp dụng allows all', () => {
    expect(codesOfRow({ type: 'Tổ liên gia an toàn phòng cháy chữa cháy', sector: 'Doanh nghiệp' })).toEqual([]);
    expect(codesOfRow({ type: 'Camera an ninh phòng, chống tội phạm', sector: 'Cơ quan' })).toEqual([]);
  });
  it('another sector fails', () => {
    expect(codesOfRow({ type: TYPE, sector: 'Nhà trường' })).toEqual(['E10']);
    expect(messageOf({ type: TYPE, sector: 'Nhà trường' }, 'E10')).toBe(
      'Cột "Khối": "Nhà trường" không áp dụng cho loại mô hình "Khu dân cư phòng chống tội phạm" (chỉ áp dụng cho: Khu dân cư). Hãy chọn lại khối hoặc loại mô hình.',
    );
  });
});

describe('W01 same unit, type and place twice', () => {
  it('different places pass; other units do not count', () => {
    expect(check(workbook({ hamMy: [validRow({ id: '1' }), validRow({ id: '2', place: 'Thôn Lâm Giang' })] })).issues).toEqual([]);
    expect(check(workbook({ hamMy: [validRow({ id: '1' })], hamCan: [validRow({ id: '2' })] })).issues).toEqual([]);
  });
  it('accent- and case-insensitive; both rows warned; not an error', () => {
    const r = check(workbook({ hamMy: [validRow({ id: '1' }), validRow({ id: '2', place: 'thon phu my' })] }));
    expect(issuesOf(r, 'W01').map((i) => i.row)).toEqual([2, 3]);
    expect(r.rows.some((row) => row.hasError)).toBe(false);
  });
  it('a retired row is not a duplicate of its replacement', () => {
    const r = check(workbook({ hamMy: [validRow({ id: '1' }), validRow({ id: '2', status: 'Thanh loại', retiredDate: '01/03/2019' })] }));
    expect(issuesOf(r, 'W01')).toEqual([]);
  });
});

describe('W02 meeting overdue', () => {
  it('a meeting 31 days ago is within the monthly cycle', () => {
    expect(codesOfRow({ lastMeeting: day('2019-03-24') })).toEqual([]);
  });
  it('32 days ago is overdue', () => {
    expect(codesOfRow({ lastMeeting: day('2019-03-23') })).toEqual(['W02']);
    expect(messageOf({ lastMeeting: day('2019-03-23') }, 'W02')).toBe(
      'Cột "Sinh hoạt gần nhất": lần sinh hoạt gần nhất là 23/03/2019, đã quá 31 ngày (chu kỳ hằng tháng). Hãy tổ chức sinh hoạt và cập nhật ngày sinh hoạt gần nhất.',
    );
  });
  it('quarterly: 92 days', () => {
    expect(codesOfRow({ cycle: 'Hằng quý', lastMeeting: day('2019-01-22') })).toEqual([]);
    expect(codesOfRow({ cycle: 'Hằng quý', lastMeeting: day('2019-01-21') })).toEqual(['W02']);
  });
  it('no meeting: overdue only for a model launched longer ago than the cycle', () => {
    expect(codesOfRow({ launchDate: day('2019-04-01'), lastMeeting: '', lastInterimReview: '', lastAnnualReview: '' })).toEqual([]);
    expect(codesOfRow({ launchDate: day('2019-03-01'), lastMeeting: '', lastInterimReview: '', lastAnnualReview: '' })).toEqual(['W02']);
  });
  it('a retired model is not checked', () => {
    expect(codesOfRow({ lastMeeting: '', lastInterimReview: '', status: 'Thanh loại', retiredDate: day('2019-01-01') })).toEqual([]);
  });
});

describe('W03 6-month review', () => {
  it('a review 184 days ago passes', () => {
    expect(codesOfRow({ lastInterimReview: day('2018-10-22') })).toEqual([]);
  });
  it('185 days ago fails', () => {
    expect(codesOfRow({ lastInterimReview: day('2018-10-21'), lastAnnualReview: '' })).toEqual(['W03']);
  });
  it('a recent annual review (tổng kết) counts as the review of the half-year', () => {
    expect(codesOfRow({ lastInterimReview: day('2018-06-01'), lastAnnualReview: day('2018-12-20') })).toEqual([]);
    expect(codesOfRow({ lastInterimReview: '', lastAnnualReview: day('2018-12-20') })).toEqual([]);
    expect(codesOfRow({ lastInterimReview: day('2018-06-01'), lastAnnualReview: day('2018-09-30') })).toEqual(['W03']);
  });
  it('never reviewed: only for models launched more than 184 days ago', () => {
    expect(codesOfRow({ launchDate: day('2018-11-01'), lastInterimReview: '', lastAnnualReview: '' })).toEqual([]);
    expect(codesOfRow({ lastInterimReview: '', lastAnnualReview: '' })).toEqual(['W03']);
    expect(messageOf({ lastInterimReview: '', lastAnnualReview: '' }, 'W03')).toContain('Cột "Sơ kết gần nhất" đang trống');
  });
});

describe('W04 retirement date but not retired', () => {
  it('passes when retired', () => {
    expect(codesOfRow({ status: 'Thanh loại', retiredDate: day('2019-01-01') })).toEqual([]);
  });
  it('warns otherwise', () => {
    expect(codesOfRow({ retiredDate: day('2019-01-01') })).toEqual(['W04']);
    expect(messageOf({ retiredDate: day('2019-01-01') }, 'W04')).toBe(
      'Cột "Ngày thanh loại" có ngày 01/01/2019 nhưng cột "Tình trạng" là "Đang hoạt động". Nếu mô hình đã thanh loại, hãy chọn "Thanh loại"; nếu chưa, hãy xóa ngày thanh loại.',
    );
  });
});

describe('W05 phone', () => {
  it.each(['0912345678', '0912 345 678', '0912.345.678'])('%s passes', (p) => {
    expect(codesOfRow({ phone: p })).toEqual([]);
  });
  it.each(['912345678', '091234567', '+84912345678', 'không có'])('%s warns', (p) => {
    expect(codesOfRow({ phone: p })).toEqual(['W05']);
  });
  it('a number lost its leading zero: says so, value unchanged', () => {
    const raw = workbook({ hamMy: [validRow({ phone: 912345678 })] });
    const r = check(raw);
    const w = issuesOf(r, 'W05')[0];
    expect(w.message).toBe(
      'Cột "Điện thoại": 912345678 đã mất số 0 ở đầu vì ô đang lưu dạng số. Hãy định dạng cột là văn bản thuần (Định dạng → Số → Văn bản thuần) rồi nhập lại "0912345678".',
    );
    expect(w.value).toBe('912345678');
    expect(r.rows[0].record.phone).toBe('912345678');
  });
});

describe('S01 followed unit without tab', () => {
  it('reported on the unit row, with the closest sheet as suggestion', () => {
    const raw = workbook();
    raw.sheets = raw.sheets.filter((s) => s.name !== 'Hàm Cần');
    raw.sheets.push(tab('Ham Can', []));
    const s01 = issuesOf(check(raw), 'S01');
    expect(s01).toHaveLength(1);
    expect(s01[0]).toMatchObject({ sheet: 'Đơn vị', row: 3, severity: 'Lỗi', unitCode: 'HAM_CAN' });
    expect(s01[0].message).toContain('Đơn vị "Hàm Cần" (mã HAM_CAN) chưa có trang tính "Hàm Cần". Có phải là trang tính "Ham Can"?');
  });
  it('a unit not followed needs no tab', () => {
    const raw = workbook({ units: [DEFAULT_UNITS[0], ['HAM_CAN', 'Hàm Cần', '', 'Xã', '', '', 'Không']] });
    raw.sheets = raw.sheets.filter((s) => s.name !== 'Hàm Cần');
    expect(check(raw).issues).toEqual([]);
  });
});

describe('S02 tab structure', () => {
  it('a missing required column: once for the sheet, rows held back but no E01 per row', () => {
    const header = MODEL_HEADER.filter((h) => h !== 'Khối');
    const raw = workbook();
    raw.sheets[3] = tab('Hàm Mỹ', [validRow(), validRow({ id: 'HM-02', place: 'Thôn 2' })], header);
    const r = check(raw);
    expect(r.issues.map((i) => i.code)).toEqual(['S02']);
    expect(r.issues[0].message).toContain('Trang tính "Hàm Mỹ" thiếu cột bắt buộc "Khối".');
    expect(r.rows).toHaveLength(2);
    expect(r.rows.every((row) => row.hasError && row.issues[0].code === 'S02')).toBe(true);
  });
  it('a required column twice', () => {
    const header = [...MODEL_HEADER, 'Tình trạng'];
    const raw = workbook();
    raw.sheets[3] = tab('Hàm Mỹ', [validRow()], header);
    const s02 = issuesOf(check(raw), 'S02');
    expect(s02).toHaveLength(1);
    expect(s02[0].message).toContain('có cột "Tình trạng" hai lần (cột P và V)');
  });
});

describe('S03 catalogs', () => {
  it('clean catalogs pass', () => {
    expect(issuesOf(check(workbook()), 'S03')).toEqual([]);
  });
  it('duplicate code, name, bad e-mail, unknown unit type, bad tab name', () => {
    const r = check(workbook({
      units: [
        ...DEFAULT_UNITS,
        ['HAM_MY', 'Hàm Mỹ', '', 'Xa', 'khong-phai-email', '', ''],
        ['TAN_LAP', 'Tân Lập', 'Tân/Lập', 'Xã', '', '', ''],
      ],
    }));
    const s03 = issuesOf(r, 'S03');
    expect(s03.map((i) => `${i.row}:${i.column}`)).toEqual([
      '4:Mã đơn vị', '4:Tên đơn vị', '4:Loại đơn vị', '4:Email đầu mối', '5:Tên trang tính',
    ]);
    expect(s03[0].message).toBe('Cột "Mã đơn vị": "HAM_MY" trùng với dòng 2. Mỗi dòng cần một giá trị riêng: hãy sửa một trong hai dòng.');
    expect(s03[2].message).toContain('Có phải bạn muốn nhập: "Xã"?');
  });
  it('duplicate type names', () => {
    const r = check(workbook({ types: [['Ánh sáng an ninh', '', ''], ['ánh sáng  an ninh', '', '']] , hamMy: [] }));
    expect(issuesOf(r, 'S03').map((i) => i.row)).toEqual([3]);
  });
  it('S03 does not touch the rows', () => {
    const r = check(workbook({ units: [...DEFAULT_UNITS, ['X', '', '', 'Xã', '', '', '']] }));
    expect(r.rows.every((row) => !row.hasError)).toBe(true);
    expect(issuesOf(r, 'S03')[0].message).toBe('Cột "Tên đơn vị" đang trống. Hãy nhập giá trị cho cột này.');
  });
});

it('CTX today is the contract sample date', () => {
  expect(CTX.today).toBe('2019-04-24');
  expect(codesAt(check(workbook()))).toEqual([]);
});
