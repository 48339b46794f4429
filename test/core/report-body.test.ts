/**
 * The report body block by block, in order, for the districts the report must handle: the
 * sample with its lists, a district with nothing yet, units without sites, sites without a
 * unit catalog. Each block as one line: its kind, bold spans in **…**, italic prompts in _…_.
 * The expected lines are written out (Vietnamese as the district reads it), never rebuilt
 * from the messages module.
 */
import { buildReportModel, committeeLevel, coverageWording, typeTable, unitTable, type Block, type ReportModel, type TableBlock } from '../../src/core/report';
import type { AwardRecord } from '../../src/core/workbook-model';
import { checked, code, EMPTY_VALIDATION, record, sampleTotals, settings } from './report-fixtures';

function spans(list: { text: string; bold?: boolean }[]): string {
  return list.map((s) => (s.bold ? `**${s.text}**` : s.text)).join('');
}

/** One line per block (a list gives one line per item). */
function shape(blocks: Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'heading': return [`h${b.level} ${b.text}`];
      case 'paragraph': return [b.italic ? `p _${spans(b.spans)}_` : `p ${spans(b.spans)}`];
      case 'list': return b.items.map((i) => `li ${spans(i)}`);
      case 'table': return [`table ${b.id} ${b.rows.length} rows`];
      case 'chart': return [`chart ${b.title}: ${b.values.join(',')}`];
      default: return [`? ${JSON.stringify(b)}`];
    }
  });
}

const MY = code('Hàm Mỹ');
const CAN = code('Hàm Cần');
const LAP = code('Tân Lập');
const MET = { lastMeeting: '2019-04-20' };

/** The report of the sample totals with the sample settings and no rows; override what a test is about. */
function build(over: Partial<Parameters<typeof buildReportModel>[0]> = {}): ReportModel {
  return buildReportModel({ totals: sampleTotals(), settings: settings(), validation: EMPTY_VALIDATION, ...over });
}

/** A commendation dated in the period, with no form or level unless given. */
function award(recipientType: string, name: string, unit: string, over: Partial<AwardRecord> = {}): AwardRecord {
  return { row: 0, recipientType, name, unit, form: '', level: '', decision: '', date: '2019-01-10', achievement: '', ...over };
}

/** The sample district with rows for every list, awards of every kind, and the settings' prose. */
function sampleWithRows(): ReportModel {
  const t = sampleTotals();
  t.units[1].confirmed = 'late';
  t.units[2].confirmed = 'missing';
  t.district.invalidRows = 3;
  t.units[5].invalidRows = 2;
  t.units[9].invalidRows = 1;
  const rows = [
    checked(record(MY, { ...MET, rating: 'Hiệu quả', place: 'Thôn 3', highlight: 'Thôn 3 bắt 2 đối tượng; thu 3 xe..', lastInterimReview: '2018-10-25' })),
    checked(record(MY, { ...MET, rating: 'Hiệu quả', place: 'Thôn 5', highlight: 'UBND xã khen thưởng tổ tự quản.', lastInterimReview: '2018-10-24' })),
    checked(record(LAP, { ...MET, rating: 'hiệu quả', place: 'Thôn 1', highlight: 'Camera ghi hình 2 vụ trộm', lastInterimReview: '2019-04-24' })),
    checked(record(LAP, { ...MET, rating: 'Hiệu quả', place: 'Thôn 2', highlight: '   ' })),
    checked(record(CAN, { ...MET, rating: 'Kém', place: 'Thôn 2', lastAnnualReview: '2019-01-05' })),
    checked(record(CAN, { ...MET, rating: 'Kém', place: 'Thôn 6' }), true),
    checked(record(CAN, { ...MET, rating: 'Kém', place: 'Thôn 7', launchDate: null })),
    checked(record(CAN, { ...MET, rating: 'Kém', place: 'Thôn 8', status: 'Thanh loại', retiredDate: null })),
    checked(record(LAP, { place: 'Thôn 9' })),
    checked(record(LAP, { place: 'Thôn 10', lastMeeting: '2019-01-02' })),
    checked(record(MY, { place: 'Thôn 11' })),
  ];
  const gk = { form: 'Giấy khen', level: 'Chủ tịch UBND huyện' };
  const awards = [
    award('Tập thể', 'Công an xã Hàm Mỹ', 'Hàm Mỹ', { ...gk, date: '2019-01-10' }),
    award('Cá nhân', 'Nguyễn Văn A', MY, { ...gk, date: '2018-10-25' }),
    award('Tập thể', 'Hàm Mỹ', 'hàm mỹ', { ...gk, date: '2019-02-01' }),
    award('Tập thể', 'Tổ tự quản thôn 3', 'Hàm Mỹ', { ...gk, date: '2019-02-02' }),
    award('Cá nhân', 'Trần Thị B', '', { date: '2019-03-01', form: 'Bằng khen' }),
    award('Hộ gia đình', 'Hộ ông C', 'Hàm Kiệm', { date: '2019-03-02' }),
    award('Tập thể', 'Đoàn thanh niên', 'Tân Lập', { date: '2019-04-25', form: 'Kỷ niệm chương' }),
    award('Tập thể', '  ', 'Tân Lập', { date: '2019-04-01', form: 'Giấy chứng nhận' }),
    award('Tập thể', 'Hội phụ nữ', 'Tân Lập', { date: null, form: 'Thư khen' }),
  ];
  return build({
    totals: t, validation: { issues: [], rows }, awards,
    settings: settings({
      strengths: '  Các xã chủ động.  \n\n\r\nNhân dân đồng tình.', weaknesses: 'Một số mô hình chưa sinh hoạt.',
      directions: 'Tiếp tục nhân rộng.\rSơ kết vào tháng 10.', reportInvalidRows: 'Có',
    }),
  });
}

/** A district that has set up its units and nothing else: no sites, no types, no awards, no prose. */
function nothingYet(): ReportModel {
  const t = sampleTotals(0);
  Object.assign(t.district, { types: 0, unitsWithSites: 0, awards: { 'Tập thể': 0, 'Cá nhân': 0 } });
  t.byType = [];
  t.previous = { asOf: '2018-10-24', sites: 0, types: 0, unitsWithSites: 0 };
  return build({ totals: t, settings: settings({ strengths: ' ', weaknesses: '', directions: '\n' }) });
}

/** Sites counted without a unit catalog: no unit table, no chart, no confirmations. */
function noUnitCatalog(): ReportModel {
  const t = sampleTotals();
  t.units = [];
  Object.assign(t.district, { unitsTotal: 0, launchedInPeriod: 0, retiredInPeriod: 0, awards: { 'Tập thể': 0, 'Cá nhân': 5 } });
  return build({ totals: t });
}

/** Sections II and III of a district that wrote no prose in the settings and has nothing to list. */
const SECTIONS_2_3_UNWRITTEN = [
  'h1 II. ĐÁNH GIÁ CHUNG',
  'h2 1. Ưu điểm',
  'p _(Ban Chỉ đạo bổ sung nội dung ưu điểm tại mục “Đánh giá ưu điểm” trong trang Cấu hình.)_',
  'h2 2. Tồn tại, hạn chế',
  'p _(Ban Chỉ đạo bổ sung nội dung tồn tại, hạn chế tại mục “Tồn tại, hạn chế” trong trang Cấu hình.)_',
  'p Các điểm mô hình đều sinh hoạt định kỳ đúng kỳ.',
  'p Không có mô hình xếp loại kém.',
  'h1 III. PHƯƠNG HƯỚNG, NHIỆM VỤ',
  'p _(Ban Chỉ đạo bổ sung phương hướng, nhiệm vụ tại mục “Phương hướng, nhiệm vụ” trong trang Cấu hình.)_',
];
const SECTION_1_HEAD = ['h1 I. KẾT QUẢ THỰC HIỆN', 'h2 1. Kết quả xây dựng, nhân rộng mô hình'];
const CHANGES = 'p Tổng số điểm mô hình tăng 12 điểm so với kỳ trước (tính đến ngày 24/10/2018 có 70 điểm); số loại mô hình tăng 03 loại; số xã, thị trấn có mô hình tăng 01 đơn vị.';

describe('the body, block by block', () => {
  test('the sample with rows for every list, awards of every kind and the settings\' prose', () => {
    expect(shape(sampleWithRows().body)).toEqual([
      ...SECTION_1_HEAD,
      'p Đã triển khai nhân rộng, xây dựng được 20 loại mô hình, tại 82 điểm, ở 13/13 xã, thị trấn; trong đó khối cơ quan, doanh nghiệp, nhà trường có 13 mô hình.',
      'p Trong đó, xây dựng mới 37 điểm, nhân rộng 45 điểm. Trong kỳ đã ra mắt 09 điểm mô hình.',
      'p Hiện có 79 điểm đang hoạt động, 02 điểm đang củng cố, 01 điểm đang kiện toàn. Trong kỳ thanh loại 02 mô hình.',
      'h2 2. Kết quả theo đơn vị',
      'p Kết quả cụ thể theo từng đơn vị như sau:',
      'table units 14 rows',
      'h2 3. Kết quả theo loại mô hình',
      'p Kết quả theo từng loại mô hình như sau:',
      'table types 20 rows',
      'chart Biểu đồ: Số điểm mô hình theo đơn vị: 7,5,6,5,6,7,5,4,5,6,5,4,4,13',
      'h2 4. Hoạt động của các mô hình',
      'p Có 70/82 điểm mô hình sinh hoạt định kỳ đúng kỳ (đạt 85,4%).',
      // Interim reviews on F and on D count; the one the day before F does not.
      'p Có 02/82 điểm mô hình đã tổ chức sơ kết trong kỳ.',
      'p Kết quả xếp loại: 30 điểm hiệu quả, 40 điểm trung bình, 02 điểm kém, 10 điểm chưa đánh giá.',
      'p Có 12/14 đơn vị xác nhận số liệu đúng hạn. Xác nhận chậm: Hàm Cần. Chưa xác nhận số liệu: Hàm Cường.',
      CHANGES,
      'h2 5. Mô hình tiêu biểu',
      'p Một số mô hình được xếp loại hiệu quả, có kết quả nổi bật:',
      // The place said again, the end dots and a blank highlight are dropped; "UBND" keeps its capitals.
      'li **Hàm Mỹ**: mô hình “Khu dân cư phòng chống tội phạm” tại Thôn 3: bắt 2 đối tượng; thu 3 xe; mô hình “Khu dân cư phòng chống tội phạm” tại Thôn 5: UBND xã khen thưởng tổ tự quản.',
      'li **Tân Lập**: mô hình “Khu dân cư phòng chống tội phạm” tại Thôn 1: camera ghi hình 2 vụ trộm.',
      'h2 6. Công tác khen thưởng',
      'p Trong kỳ, đã khen thưởng 09 tập thể và 05 cá nhân có thành tích xuất sắc trong xây dựng, nhân rộng mô hình.',
      // Forms of the awards in [F, D] with a name, each once; none from the award after D, the
      // nameless one, the undated one or the one with neither form nor level.
      'p Hình thức khen thưởng: Giấy khen Chủ tịch UBND huyện, Bằng khen.',
      // Filed by unit name or code; the unit's own name dropped; the unknown recipient type not listed.
      'li **Hàm Mỹ**: tập thể Công an xã, đơn vị, Tổ tự quản thôn 3; cá nhân Nguyễn Văn A.',
      'li Cá nhân Trần Thị B.',
      'h1 II. ĐÁNH GIÁ CHUNG',
      'h2 1. Ưu điểm',
      'p Các xã chủ động.',
      'p Nhân dân đồng tình.',
      'h2 2. Tồn tại, hạn chế',
      'p Một số mô hình chưa sinh hoạt.',
      'p Còn 02 đơn vị có 03 điểm mô hình chưa sinh hoạt định kỳ đúng kỳ: Hàm Mỹ (01 điểm), Tân Lập (02 điểm).',
      // Not the row with an error, the one without a launch date, the one retired without a date.
      'p Có 01 điểm mô hình xếp loại kém, cần củng cố, kiện toàn hoặc thanh loại:',
      'li **Hàm Cần**: mô hình “Khu dân cư phòng chống tội phạm” tại Thôn 2.',
      'p Còn 03 dòng dữ liệu có lỗi, chưa được tính vào số liệu báo cáo: Hàm Mỹ (02 dòng), Tân Lập (01 dòng).',
      'h1 III. PHƯƠNG HƯỚNG, NHIỆM VỤ',
      'p Tiếp tục nhân rộng.',
      'p Sơ kết vào tháng 10.',
    ]);
  });

  test('a "tổng kết" counts the annual reviews', () => {
    const m = build({
      kind: 'tổng kết',
      validation: { issues: [], rows: [checked(record(CAN, { lastAnnualReview: '2019-01-05', lastInterimReview: '2019-01-05' })), checked(record(CAN, { lastInterimReview: '2019-02-01' }))] },
    });
    expect(shape(m.body)).toContain('p Có 01/82 điểm mô hình đã tổ chức tổng kết trong kỳ.');
  });

  test('a district that has set up its units and nothing else', () => {
    expect(shape(nothingYet().body)).toEqual([
      ...SECTION_1_HEAD,
      'p Tính đến thời điểm báo cáo, chưa có điểm mô hình nào được ghi nhận.',
      'h2 2. Kết quả theo đơn vị',
      'p Kết quả cụ thể theo từng đơn vị như sau:',
      'table units 14 rows',
      'h2 3. Kết quả theo loại mô hình',
      'p Chưa có loại mô hình nào có điểm hoạt động.',
      // Units but no sites: no chart, no meeting, review or rating sentence.
      'h2 4. Hoạt động của các mô hình',
      'p Có 14/14 đơn vị xác nhận số liệu đúng hạn.',
      'p Tổng số điểm mô hình không thay đổi so với kỳ trước (tính đến ngày 24/10/2018 có 0 điểm); số loại mô hình không thay đổi; số xã, thị trấn có mô hình không thay đổi.',
      'h2 5. Mô hình tiêu biểu',
      'p Trong kỳ chưa có mô hình được xếp loại hiệu quả có kết quả nổi bật.',
      'h2 6. Công tác khen thưởng',
      'p Trong kỳ chưa có khen thưởng.',
      ...SECTIONS_2_3_UNWRITTEN,
    ]);
  });

  test('sites counted without a unit catalog: no unit table, chart or confirmations; individuals only', () => {
    expect(shape(noUnitCatalog().body)).toEqual([
      ...SECTION_1_HEAD,
      'p Đã triển khai nhân rộng, xây dựng được 20 loại mô hình, tại 82 điểm.',
      'p Trong đó, xây dựng mới 37 điểm, nhân rộng 45 điểm. Trong kỳ không có điểm mô hình nào ra mắt.',
      'p Hiện có 79 điểm đang hoạt động, 02 điểm đang củng cố, 01 điểm đang kiện toàn. Trong kỳ không có mô hình thanh loại.',
      'h2 2. Kết quả theo đơn vị',
      'p Chưa có đơn vị nào được theo dõi trong bảng tính.',
      'h2 3. Kết quả theo loại mô hình',
      'p Kết quả theo từng loại mô hình như sau:',
      'table types 20 rows',
      'h2 4. Hoạt động của các mô hình',
      'p Có 70/82 điểm mô hình sinh hoạt định kỳ đúng kỳ (đạt 85,4%).',
      'p Kết quả xếp loại: 30 điểm hiệu quả, 40 điểm trung bình, 02 điểm kém, 10 điểm chưa đánh giá.',
      CHANGES,
      'h2 5. Mô hình tiêu biểu',
      'p Trong kỳ chưa có mô hình được xếp loại hiệu quả có kết quả nổi bật.',
      'h2 6. Công tác khen thưởng',
      'p Trong kỳ, đã khen thưởng 05 cá nhân có thành tích xuất sắc trong xây dựng, nhân rộng mô hình.',
      ...SECTIONS_2_3_UNWRITTEN,
    ]);
  });

  test('as many collectives as individuals: both counted', () => {
    const t = sampleTotals();
    t.district.awards = { 'Tập thể': 3, 'Cá nhân': 3 };
    expect(shape(build({ totals: t }).body)).toContain(
      'p Trong kỳ, đã khen thưởng 03 tập thể và 03 cá nhân có thành tích xuất sắc trong xây dựng, nhân rộng mô hình.',
    );
  });

  test('invalid rows only in tabs of no unit: the staff note ends with a full stop', () => {
    const t = sampleTotals();
    t.district.invalidRows = 4;
    expect(build({ totals: t }).staffNotes).toEqual([
      'Còn 04 dòng dữ liệu có lỗi, chưa được tính vào số liệu báo cáo.',
    ]);
  });
});

describe('settings as the report reads them', () => {
  test('blank or missing settings read as their defaults; values are trimmed', () => {
    const over = settings({ docSymbol: '   ', signerName: '  Lê Văn C  ', signAuthority: 'kt. trưởng ban', signerTitle: 'phó trưởng ban' });
    delete (over as Partial<typeof over>).issuingBody;
    const m = build({ settings: over });
    expect(m.header.docNumber).toBe('Số: …/BC-BCĐ');
    expect(m.header.issuingBody).toBe('BAN CHỈ ĐẠO PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ VÀ PHÒNG, CHỐNG TỘI PHẠM, TỆ NẠN XÃ HỘI');
    expect(m.signature).toEqual({ authority: 'KT. TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Lê Văn C' });
  });

  test('the template values taken from the settings and the overview', () => {
    const m = build({
      settings: settings({ docSymbol: 'BC-UBND', strengths: 'Ưu 1\nƯu 2', weaknesses: 'Tồn tại 1', directions: 'Hướng 1', recipients: 'BCĐ tỉnh; Lưu: VT' }),
    });
    expect({
      ky_hieu: m.values.ky_hieu, dia_danh: m.values.dia_danh, uu_diem: m.values.uu_diem, ton_tai: m.values.ton_tai,
      phuong_huong: m.values.phuong_huong, noi_nhan: m.values.noi_nhan, cau_tong_quan: m.values.cau_tong_quan,
    }).toEqual({
      ky_hieu: 'BC-UBND', dia_danh: 'Hàm Thuận Nam', uu_diem: 'Ưu 1\nƯu 2', ton_tai: 'Tồn tại 1', phuong_huong: 'Hướng 1',
      noi_nhan: '- BCĐ tỉnh;\n- Lưu: VT.',
      cau_tong_quan: 'Đã triển khai nhân rộng, xây dựng được 20 loại mô hình, tại 82 điểm, ở 13/13 xã, thị trấn; trong đó khối cơ quan, doanh nghiệp, nhà trường có 13 mô hình.',
    });
  });
});

describe('the committee level and the coverage wording', () => {
  test.each([
    ['Xã Hàm Mỹ', 'xã'],
    ['UBND XÃ,HÀM MỸ', 'xã'],
    // A commune's parent body that names its district: the first level named is the body's own.
    ['UBND XÃ HÀM MỸ, HUYỆN HÀM THUẬN NAM', 'xã'],
    ['UBND THỊ TRẤN THUẬN NAM', 'thị trấn'],
    ['Sở Công an', 'huyện'],
  ])('%s → %s', (body, level) => expect(committeeLevel(body)).toBe(level));

  test('an empty unit catalog reads the unit names; one without communes, wards or towns gives the default', () => {
    const t = sampleTotals();
    expect(coverageWording(t, [])).toBe('xã, thị trấn');
    expect(coverageWording(t, [{ code: 'K', unitType: 'Khối cơ quan', followed: true }])).toBe('xã, thị trấn');
    expect(coverageWording(t, [{ code: 'A', unitType: 'thị trấn', followed: true }])).toBe('thị trấn');
    expect(coverageWording(t, [{ code: 'A', unitType: 'Xã', followed: true }, { code: 'B', unitType: 'Phường', followed: false }])).toBe('xã');
    t.units[0].name = 'Phường Phú Thủy';
    expect(coverageWording(t, [])).toBe('xã, phường, thị trấn');
  });
});

describe('the tables\' layout', () => {
  test('unit table: the numeric columns and widths', () => {
    const u = unitTable(sampleTotals()) as TableBlock;
    expect(u.numeric).toEqual([0, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(u.widths).toEqual([7, 17, 9, 9, 10, 10, 10, 10, 10, 10]);
    expect(u.fontSize).toBe(11);
  });

  test('type table: the numeric columns; its total counts the units with sites, not all units', () => {
    const t = sampleTotals();
    t.units[12].sites = 0;
    const ty = typeTable(t) as TableBlock;
    expect(ty.numeric).toEqual([0, 3, 4]);
    expect(ty.widths).toEqual([7, 43, 28, 11, 11]);
    expect(ty.total).toEqual(['', 'Tổng cộng', '', '82', '13']);
  });
});

describe('awards lists at their edges', () => {
  test('awards only of an unknown recipient type: counted in the figures, no list', () => {
    const m = build({ awards: [award('Hộ gia đình', 'Hộ ông C', 'Hàm Kiệm')] });
    const from = m.body.findIndex((b) => b.kind === 'heading' && b.text === '6. Công tác khen thưởng');
    const to = m.body.findIndex((b, i) => i > from && b.kind === 'heading');
    expect(shape(m.body.slice(from, to))).toEqual([
      'h2 6. Công tác khen thưởng',
      'p Trong kỳ, đã khen thưởng 09 tập thể và 05 cá nhân có thành tích xuất sắc trong xây dựng, nhân rộng mô hình.',
    ]);
    expect(m.body.slice(from, to).map((b) => b.kind)).toEqual(['heading', 'paragraph']);
  });

  test('past the district cap of 20 names: the units left out are counted, a unit with no name to list is not', () => {
    const awards = Array.from({ length: 22 }, (_, i) => award('Cá nhân', `Người ${i + 1}`, `Tổ ${i + 1}`));
    awards.splice(5, 0, award('Hộ gia đình', 'Hộ ông C', 'Tổ rỗng'));
    const lines = shape(build({ awards }).body);
    expect(lines.filter((l) => l.startsWith('li **Tổ'))).toHaveLength(20);
    // Names, not models: the sentence says what the list holds.
    expect(lines).toContain('p Ngoài ra, còn 02 tập thể, cá nhân khác ở 02 đơn vị được khen thưởng.');
  });
});

test('an award whose unit name was typed with extra spaces: the unit\'s name is still dropped once', () => {
  const t = sampleTotals();
  t.units[5].name = 'Hàm   Mỹ';
  const lines = shape(build({ totals: t, awards: [award('Tập thể', 'Công an xã Hàm Mỹ', MY)] }).body);
  expect(lines).toContain('li **Hàm   Mỹ**: tập thể Công an xã.');
});
