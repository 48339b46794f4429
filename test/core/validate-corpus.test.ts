/**
 * The odd-input corpus: workbooks as people really leave them. Each case asserts the
 * concrete issues it must produce (or none), and that reading and validating never throw.
 */
import type { ValidationResult } from '../../src/core/issue';
import type { RawWorkbook } from '../../src/core/raw';
import { MODEL_HEADER, DEFAULT_UNITS, day, rowFor, tab, validRow, workbook, check, issuesOf, codesAt, typesSheet, unitsSheet, settingsSheet } from './corpus/fixtures';

interface Case {
  name: string;
  raw: () => RawWorkbook;
  expect: (r: ValidationResult) => void;
}

const codes = (r: ValidationResult): string[] => r.issues.map((i) => i.code);

function withHamMy(values: RawWorkbook['sheets'][number]['values']): RawWorkbook {
  const raw = workbook();
  raw.sheets[3] = { name: 'Hàm Mỹ', values };
  return raw;
}

const cases: Case[] = [
  {
    name: 'empty tab [[""]]: one S02 (no header), no rows',
    raw: () => withHamMy([['']]),
    expect: (r) => {
      expect(codes(r)).toEqual(['S02']);
      expect(r.issues[0].message).toContain('chưa có dòng tiêu đề');
      expect(r.rows).toEqual([]);
    },
  },
  {
    name: 'empty tab []: same as [[""]]',
    raw: () => withHamMy([]),
    expect: (r) => expect(codes(r)).toEqual(['S02']),
  },
  {
    name: 'header only: nothing to report',
    raw: () => withHamMy([MODEL_HEADER.slice()]),
    expect: (r) => {
      expect(r.issues).toEqual([]);
      expect(r.rows).toEqual([]);
    },
  },
  {
    name: 'header and empty rows only: no rows',
    raw: () => withHamMy([MODEL_HEADER.slice(), ['', '', ''], [], MODEL_HEADER.map(() => '')]),
    expect: (r) => expect(r.rows).toEqual([]),
  },
  {
    name: 'missing required column "Ngày ra mắt": S02 once, no E01 for it',
    raw: () => {
      const h = MODEL_HEADER.filter((x) => x !== 'Ngày ra mắt');
      return withHamMy([h, rowFor(validRow(), h), rowFor(validRow({ id: '2', place: 'b' }), h)]);
    },
    expect: (r) => {
      expect(codes(r)).toEqual(['S02']);
      expect(r.rows.map((x) => x.hasError)).toEqual([true, true]);
      expect(r.rows[0].record.launchDate).toBeNull();
    },
  },
  {
    name: 'the same column twice: S02, the first is read',
    raw: () => {
      const h = [...MODEL_HEADER, 'Khối'];
      const row = rowFor(validRow(), h);
      row[row.length - 1] = 'Cơ quan';
      return withHamMy([h, row]);
    },
    expect: (r) => {
      expect(codes(r)).toEqual(['S02']);
      expect(r.rows[0].record.sector).toBe('Khu dân cư');
    },
  },
  {
    name: 'reordered columns: found by header',
    raw: () => {
      const h = MODEL_HEADER.slice().reverse();
      return withHamMy([h, rowFor(validRow(), h)]);
    },
    expect: (r) => {
      expect(r.issues).toEqual([]);
      expect(r.rows[0].record.place).toBe('Thôn Phú Mỹ');
    },
  },
  {
    name: 'extra user columns are left alone',
    raw: () => {
      const h = ['STT', ...MODEL_HEADER.slice(0, 5), 'Ghi chú riêng', ...MODEL_HEADER.slice(5)];
      const row = rowFor(validRow(), h);
      row[0] = 1;
      row[6] = 'abc';
      return withHamMy([h, row]);
    },
    expect: (r) => {
      expect(r.issues).toEqual([]);
      expect(r.rows).toHaveLength(1);
    },
  },
  {
    name: 'headers in another case, NFD and with double spaces',
    raw: () => {
      const h = MODEL_HEADER.map((x) => `  ${x.toUpperCase().normalize('NFD').replace(' ', '  ')} `);
      return withHamMy([h, rowFor(validRow(), MODEL_HEADER)]);
    },
    expect: (r) => expect(r.issues).toEqual([]),
  },
  {
    name: 'blank rows between rows: skipped, row numbers kept',
    raw: () => withHamMy([MODEL_HEADER, rowFor(validRow()), [], ['', ' '], rowFor(validRow({ id: 'HM-02', place: 'Thôn 2', sector: 'x' }))]),
    expect: (r) => {
      expect(r.rows.map((x) => x.record.row)).toEqual([2, 5]);
      expect(codesAt(r, 5)).toEqual(['E03']);
    },
  },
  {
    name: 'a row with only Kiểm tra filled is blank',
    raw: () => withHamMy([MODEL_HEADER, rowFor({ check: '✓' })]),
    expect: (r) => expect(r.rows).toEqual([]),
  },
  {
    name: 'a row with only a user column filled is a row (all required columns empty)',
    raw: () => {
      const h = ['STT', ...MODEL_HEADER];
      const row = rowFor({}, h);
      row[0] = 7;
      return withHamMy([h, row]);
    },
    expect: (r) => expect(codes(r)).toEqual(['E01', 'E01', 'E01', 'E01', 'E01', 'E01']),
  },
  {
    name: 'ragged rows (shorter than the header)',
    raw: () => withHamMy([MODEL_HEADER, rowFor(validRow()).slice(0, 7)]),
    expect: (r) => {
      // Tình trạng is beyond the cut: empty; Ngày ra mắt (7th) kept.
      expect(codes(r)).toEqual(['E01', 'W02', 'W03']);
      expect(r.issues[0].column).toBe('Tình trạng');
    },
  },
  {
    name: 'rows longer than the header',
    raw: () => withHamMy([MODEL_HEADER, [...rowFor(validRow()), 'x', 'y', 'z']]),
    expect: (r) => expect(r.issues).toEqual([]),
  },
  {
    name: 'NFD Vietnamese values match',
    raw: () => workbook({ hamMy: [validRow({ form: 'Xây dựng mới'.normalize('NFD'), type: 'Khu dân cư phòng chống tội phạm'.normalize('NFD'), status: 'Đang hoạt động'.normalize('NFD') })] }),
    expect: (r) => {
      expect(r.issues).toEqual([]);
      expect(r.rows[0].record.form).toBe('Xây dựng mới');
    },
  },
  {
    name: 'non-breaking spaces in values match',
    raw: () => workbook({ hamMy: [validRow({ sector: 'Khu\u00a0dân\u00a0cư\u00a0', cycle: '\u00a0Hằng tháng' })] }),
    expect: (r) => expect(r.issues).toEqual([]),
  },
  {
    name: 'accents stripped: E03 with suggestion',
    raw: () => workbook({ hamMy: [validRow({ status: 'Cung co' })] }),
    expect: (r) => {
      expect(codes(r)).toEqual(['E03']);
      expect(r.issues[0].message).toContain('Có phải bạn muốn nhập: "Củng cố"?');
    },
  },
  {
    name: 'wrong case matches',
    raw: () => workbook({ hamMy: [validRow({ sector: 'KHU DÂN CƯ', form: 'xây dựng mới', rating: 'hiệu QUẢ' })] }),
    expect: (r) => {
      expect(r.issues).toEqual([]);
      expect(r.rows[0].record.rating).toBe('Hiệu quả');
    },
  },
  {
    name: 'a typo one letter off gets a suggestion',
    raw: () => workbook({ hamMy: [validRow({ form: 'Nhân rộg' })] }),
    expect: (r) => expect(r.issues[0].message).toContain('"Nhân rộng"?'),
  },
  ...(
    [
      ['d/m/yyyy', '5/3/2018', '2018-03-05'],
      ['dd/mm/yyyy', '05/03/2018', '2018-03-05'],
      ['yyyy-mm-dd', '2018-03-05', '2018-03-05'],
      ['dd-mm-yyyy', '05-03-2018', '2018-03-05'],
      ['dd.mm.yyyy', '05.03.2018', '2018-03-05'],
    ] as const
  ).map(([format, text, iso]): Case => ({
    name: `date as text ${format}`,
    raw: () => workbook({ hamMy: [validRow({ launchDate: text })] }),
    expect: (r) => {
      expect(r.issues).toEqual([]);
      expect(r.rows[0].record.launchDate).toBe(iso);
    },
  })),
  {
    name: '31/02/2019 is not a date',
    raw: () => workbook({ hamMy: [validRow({ lastAnnualReview: '31/02/2019' })] }),
    expect: (r) => {
      expect(codes(r)).toEqual(['E04']);
      expect(r.rows[0].record.lastAnnualReview).toBeNull();
    },
  },
  {
    name: 'mm/dd (US) order read day first: 12/25/2018 is invalid',
    raw: () => workbook({ hamMy: [validRow({ lastAnnualReview: '12/25/2018' })] }),
    expect: (r) => expect(codes(r)).toEqual(['E04']),
  },
  {
    name: 'future dates: E05',
    raw: () => workbook({ hamMy: [validRow({ lastMeeting: day('2019-05-01'), lastInterimReview: '2030-01-01' })] }),
    expect: (r) => expect(codes(r)).toEqual(['E05', 'E05']),
  },
  {
    name: 'numbers in date columns: E04',
    raw: () => workbook({ hamMy: [validRow({ launchDate: 43115 })] }),
    expect: (r) => {
      expect(codes(r)).toEqual(['E04']);
      expect(r.issues[0].message).toBe(
        'Cột "Ngày ra mắt": "43115" là một con số, không phải ngày (có thể ô đã mất định dạng ngày). Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 24/04/2019.',
      );
    },
  },
  {
    name: 'a time alone (Date on 30/12/1899) in a date column: E04',
    raw: () => workbook({ hamMy: [validRow({ lastMeeting: new Date(Date.UTC(1899, 11, 30, 1, 30)) })] }),
    expect: (r) => {
      expect(codes(r)).toEqual(['E04']);
      expect(r.issues[0].value).toBe('30/12/1899');
    },
  },
  {
    name: 'an invalid Date object: E04',
    raw: () => workbook({ hamMy: [validRow({ lastMeeting: new Date(NaN) })] }),
    expect: (r) => expect(codes(r)).toEqual(['E04']),
  },
  {
    name: 'a Date late in the day UTC is the next day in UTC+7',
    raw: () => workbook({ hamMy: [validRow({ launchDate: new Date(Date.UTC(2018, 0, 14, 17, 0)) })] }),
    expect: (r) => expect(r.rows[0].record.launchDate).toBe('2018-01-15'),
  },
  {
    name: 'booleans in text columns',
    raw: () => workbook({ hamMy: [validRow({ place: true, sector: false, note: true })] }),
    expect: (r) => {
      expect(codes(r)).toEqual(['E03']);
      expect(r.issues[0].value).toBe('FALSE');
      expect(r.rows[0].record.place).toBe('TRUE');
    },
  },
  {
    name: 'negative and fractional member counts',
    raw: () => workbook({ hamMy: [validRow({ members: -5 }), validRow({ id: '2', place: 'b', members: 3.5 })] }),
    expect: (r) => expect(codes(r)).toEqual(['E09', 'E09']),
  },
  {
    name: 'a 50,000-character cell: read, message shortened',
    raw: () => workbook({ hamMy: [validRow({ note: 'x'.repeat(50_000), sector: 'y'.repeat(50_000) })] }),
    expect: (r) => {
      expect(codes(r)).toEqual(['E03']);
      expect(r.issues[0].message.length).toBeLessThan(300);
      expect(r.issues[0].value).toHaveLength(50_000);
      expect(r.rows[0].record.note).toHaveLength(50_000);
    },
  },
  {
    name: 'duplicate IDs across tabs: E08 on both',
    raw: () => workbook({ hamMy: [validRow({ id: 'MH-7' })], hamCan: [validRow({ id: 'MH-7' })] }),
    expect: (r) => expect(issuesOf(r, 'E08').map((i) => i.sheet)).toEqual(['Hàm Mỹ', 'Hàm Cần']),
  },
  {
    name: 'a unit in Đơn vị with no tab: S01',
    raw: () => workbook({ units: [...DEFAULT_UNITS, ['TAN_LAP', 'Tân Lập', '', 'Xã', '', '', '']] }),
    expect: (r) => {
      expect(codes(r)).toEqual(['S01']);
      expect(r.issues[0].message).toContain('Đơn vị "Tân Lập" (mã TAN_LAP) chưa có trang tính "Tân Lập".');
    },
  },
  {
    name: 'a tab for no unit: ignored (may be the user\'s own sheet)',
    raw: () => workbook({ extra: [tab('Mương Mán', [validRow({ id: 'MM-1', sector: 'sai' })])] }),
    expect: (r) => {
      expect(r.issues).toEqual([]);
      expect(r.rows).toHaveLength(1);
    },
  },
  {
    name: 'an unfollowed unit\'s tab is not checked',
    raw: () => workbook({ units: [['HAM_MY', 'Hàm Mỹ', '', 'Xã', '', '', 'Không'], DEFAULT_UNITS[1]], hamMy: [validRow({ sector: 'sai' })] }),
    expect: (r) => {
      expect(r.issues).toEqual([]);
      expect(r.rows).toEqual([]);
    },
  },
  {
    name: 'the tab found by Tên trang tính, in another case',
    raw: () => {
      const raw = workbook({ units: [['HAM_MY', 'Xã Hàm Mỹ', 'hàm mỹ', 'Xã', '', '', ''], DEFAULT_UNITS[1]] });
      return raw;
    },
    expect: (r) => {
      expect(r.issues).toEqual([]);
      expect(r.rows[0].record.unitCode).toBe('HAM_MY');
    },
  },
  {
    name: 'an empty catalog: S03 once, every row E02',
    raw: () => workbook({ types: [] }),
    expect: (r) => {
      expect(codes(r)).toEqual(['S03', 'E02']);
      expect(r.issues[0].message).toBe('Trang "Loại mô hình" chưa có dòng nào. Hãy nhập danh mục vào trang này.');
    },
  },
  {
    name: 'Đơn vị with its header and no unit (a new workbook): W06 only, a warning',
    raw: () => {
      const raw = workbook();
      raw.sheets[1] = { name: 'Đơn vị', values: [raw.sheets[1].values[0]] };
      return raw;
    },
    expect: (r) => {
      expect(r.issues.map((i) => [i.code, i.severity, i.message])).toEqual([
        ['W06', 'Cảnh báo', 'Trang "Đơn vị" chưa có đơn vị nào. Hãy nhập mỗi xã, phường, thị trấn (và khối cơ quan, doanh nghiệp, nhà trường) một dòng, rồi chạy "Thiết lập / sửa bảng tính" (menu "Mô hình ANTT") để tạo trang nhập liệu cho từng đơn vị.'],
      ]);
    },
  },
  {
    name: 'empty Đơn vị sheet [[""]]: S03 for each missing column, W06 for no unit, no tabs',
    raw: () => {
      const raw = workbook();
      raw.sheets[1] = { name: 'Đơn vị', values: [['']] };
      return raw;
    },
    expect: (r) => {
      expect(codes(r)).toEqual(['S03', 'S03', 'S03', 'W06']);
      expect(r.rows).toEqual([]);
    },
  },
  {
    name: 'duplicate unit names: one S03, the tab belongs to the first',
    raw: () => workbook({ units: [...DEFAULT_UNITS, ['HAM_MY_2', 'Hàm Mỹ', '', 'Xã', '', '', '']] }),
    expect: (r) => {
      expect(codes(r)).toEqual(['S03']);
      expect(r.issues[0].column).toBe('Tên đơn vị');
      expect(r.rows[0].record.unitCode).toBe('HAM_MY');
    },
  },
  {
    name: 'formula-looking text is just data',
    raw: () => workbook({ hamMy: [validRow({ name: '=IMPORTXML("http://x","//a")', place: '=IMPORTXML(A1)' })] }),
    expect: (r) => {
      expect(r.issues).toEqual([]);
      expect(r.rows[0].record.place).toBe('=IMPORTXML(A1)');
    },
  },
  {
    name: 'formula-looking text in a list column: E03 quoting it',
    raw: () => workbook({ hamMy: [validRow({ form: '=1+1' })] }),
    expect: (r) => expect(r.issues[0].message.startsWith('Cột "Hình thức": "=1+1"')).toBe(true),
  },
  {
    name: 'a workbook without Cấu hình and Khen thưởng',
    raw: () => {
      const raw = workbook();
      raw.sheets = raw.sheets.filter((s) => s.name !== 'Cấu hình');
      return raw;
    },
    expect: (r) => expect(r.issues).toEqual([]),
  },
  {
    name: 'missing Loại mô hình sheet: S03 missing sheet, rows E02',
    raw: () => {
      const raw = workbook();
      raw.sheets = raw.sheets.filter((s) => s.name !== 'Loại mô hình');
      return raw;
    },
    expect: (r) => {
      expect(codes(r)).toEqual(['S03', 'E02']);
      expect(r.issues[0].message).toContain('chưa có trang "Loại mô hình"');
    },
  },
  {
    name: 'sheet names typed NFD, upper case, with spaces',
    raw: () => ({
      sheets: [
        { ...unitsSheet(DEFAULT_UNITS), name: ' ĐƠN  VỊ '.normalize('NFD') },
        { ...typesSheet(), name: 'loại mô hình' },
        { ...tab('Hàm Mỹ', [validRow()]), name: 'HÀM MỸ'.normalize('NFD') },
        tab('Hàm Cần', []),
      ],
    }),
    expect: (r) => {
      expect(r.issues).toEqual([]);
      expect(r.rows[0].record.sheet).toBe('HÀM MỸ'.normalize('NFD'));
    },
  },
  {
    name: 'a unit tab named like a tool sheet: S03, not S01',
    raw: () => workbook({ units: [...DEFAULT_UNITS, ['X', 'Tổng hợp', '', 'Xã', '', '', '']] }),
    expect: (r) => {
      expect(codes(r)).toEqual(['S03']);
      expect(r.issues[0].message).toContain('trùng tên một trang của công cụ');
    },
  },
  {
    name: 'a unit name longer than 31 characters without a tab name',
    raw: () => workbook({
      units: [...DEFAULT_UNITS, ['KHOI', 'Khối cơ quan, doanh nghiệp, nhà trường', '', 'Khối cơ quan', '', '', '']],
      extra: [tab('Khối cơ quan, doanh nghiệp, nhà trường', [])],
    }),
    expect: (r) => {
      expect(codes(r)).toEqual(['S03']);
      expect(r.issues[0].message).toContain('Cột "Tên trang tính" đang trống nên tên đơn vị');
      expect(r.issues[0].message).toContain('dài 38 ký tự, quá 31 ký tự');
    },
  },
  {
    name: 'Đang theo dõi as an unticked checkbox means not followed',
    raw: () => {
      const raw = workbook({ units: [DEFAULT_UNITS[0], ['HAM_CAN', 'Hàm Cần', '', 'Xã', '', '', false]] });
      raw.sheets = raw.sheets.filter((s) => s.name !== 'Hàm Cần');
      return raw;
    },
    expect: (r) => expect(r.issues).toEqual([]),
  },
  {
    name: 'e-mails separated by semicolons and new lines are accepted; a bad one is S03',
    raw: () => workbook({ units: [['HAM_MY', 'Hàm Mỹ', '', 'Xã', 'a@x.vn; b@x.vn\nc@x.vn', '', ''], ['HAM_CAN', 'Hàm Cần', '', 'Xã', 'Nguyễn Văn A', '', '']] }),
    expect: (r) => {
      expect(codes(r)).toEqual(['S03', 'S03', 'S03']);
      expect(r.issues.map((i) => i.value)).toEqual(['Nguyễn', 'Văn', 'A']);
    },
  },
  {
    name: 'unknown sector in Khối áp dụng: S03 with suggestion',
    raw: () => workbook({ types: [['Khu dân cư phòng chống tội phạm', '', 'Khu dan cu, Trường học']] }),
    expect: (r) => {
      expect(codes(r)).toEqual(['S03', 'S03', 'E10']);
      expect(r.issues[0].message).toContain('Có phải bạn muốn nhập: "Khu dân cư"?');
    },
  },
  {
    name: 'Settings sheet with odd rows does not matter to validation',
    raw: () => {
      const raw = workbook();
      raw.sheets[0] = settingsSheet([['Hạn cập nhật (ngày trong tháng)', 25], [true, new Date(0)], []]);
      return raw;
    },
    expect: (r) => expect(r.issues).toEqual([]),
  },
  {
    name: 'null and undefined cells (defensive)',
    raw: () => withHamMy([MODEL_HEADER, rowFor(validRow()).map((v, i) => (i === 1 ? (null as unknown as string) : v))]),
    expect: (r) => expect(r.issues).toEqual([]),
  },
  {
    name: 'a header that is numbers and dates',
    raw: () => withHamMy([[1, new Date(0), true, ...MODEL_HEADER], [1, '', false, ...rowFor(validRow())]]),
    expect: (r) => expect(r.issues).toEqual([]),
  },
  {
    name: 'Mã mô hình as a number',
    raw: () => workbook({ hamMy: [validRow({ id: 7 })], hamCan: [validRow({ id: '7' })] }),
    expect: (r) => expect(codes(r)).toEqual(['E08', 'E08']),
  },
  {
    name: 'a retired model without a date and an overdue meeting: E06 only',
    raw: () => workbook({ hamMy: [validRow({ status: 'Thanh loại', lastMeeting: day('2018-02-01'), lastInterimReview: '' })] }),
    expect: (r) => expect(codes(r)).toEqual(['E06']),
  },
  {
    name: 'errors come before warnings in each row',
    raw: () => workbook({ hamMy: [validRow({ phone: '123', members: 0, lastInterimReview: '', lastAnnualReview: '' })] }),
    expect: (r) => expect(r.rows[0].issues.map((i) => i.code)).toEqual(['E09', 'W03', 'W05']),
  },
];

describe('odd-input corpus', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const raw = c.raw();
    let result: ValidationResult | undefined;
    expect(() => {
      result = check(raw);
    }).not.toThrow();
    c.expect(result as ValidationResult);
  });
});
