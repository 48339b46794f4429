import {
  buildReportModel, committeeLevel, coverageWording, describeChange, formatPercent, formatShortDate,
  normaliseRecipients, padCount, PLACEHOLDERS, placeholderValues, reportFileName, TABLE_PLACEHOLDERS,
  UNIT_FIGURES, type Block, type ReportModel, type TableBlock,
} from '../../src/core/report';
import { formatDateLine } from '../../src/core/dates';
import type { Totals } from '../../src/core/totals';
import {
  AGENCY, checked, code, COMMUNES, EMPTY_VALIDATION, record, sampleTotals, settings, w02,
} from './report-fixtures';

function build(over: Partial<Parameters<typeof buildReportModel>[0]> = {}): ReportModel {
  return buildReportModel({ totals: sampleTotals(), settings: settings(), validation: EMPTY_VALIDATION, ...over });
}

function texts(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(b.spans.map((s) => s.text).join(''));
    else if (b.kind === 'heading') out.push(b.text);
    else if (b.kind === 'list') for (const item of b.items) out.push(item.map((s) => s.text).join(''));
  }
  return out;
}

function allText(m: ReportModel): string {
  return texts([...m.opening, ...m.body, m.closing]).join('\n');
}

function table(m: ReportModel, id: 'units' | 'types'): TableBlock | undefined {
  return m.body.find((b): b is TableBlock => b.kind === 'table' && b.id === id);
}

function unitTableOf(m: ReportModel): TableBlock {
  const u = table(m, 'units');
  if (!u) throw new Error('no unit table');
  return u;
}

function zeroTotals(): Totals {
  const t = sampleTotals(0);
  t.district.awards = { 'Tập thể': 0, 'Cá nhân': 0 };
  t.byType = [];
  t.district.types = 0;
  t.district.unitsWithSites = 0;
  return t;
}

describe('padCount', () => {
  test.each([
    [0, '0'], [1, '01'], [5, '05'], [9, '09'], [10, '10'], [13, '13'], [82, '82'], [100, '100'], [-3, '-3'], [2.5, '2.5'],
  ])('%p → %p', (n, s) => expect(padCount(n)).toBe(s));
});

describe('dates in the report', () => {
  test.each([
    ['2020-02-05', 'Hàm Thuận Nam, ngày 05 tháng 02 năm 2020'],
    ['2019-04-24', 'Hàm Thuận Nam, ngày 24 tháng 4 năm 2019'],
    ['2021-01-01', 'Hàm Thuận Nam, ngày 01 tháng 01 năm 2021'],
    ['2019-12-10', 'Hàm Thuận Nam, ngày 10 tháng 12 năm 2019'],
    ['2019-10-09', 'Hàm Thuận Nam, ngày 09 tháng 10 năm 2019'],
    ['2019-03-31', 'Hàm Thuận Nam, ngày 31 tháng 3 năm 2019'],
  ])('date line %s', (iso, line) => {
    expect(formatDateLine('Hàm Thuận Nam', iso)).toBe(line);
    expect(build({ generatedAt: iso }).header.dateLine).toBe(line);
  });

  test.each([
    ['2018-10-25', '25/10/2018'], ['2019-04-24', '24/4/2019'], ['2020-02-05', '05/02/2020'], ['2019-10-09', '09/10/2019'],
    ['2019-12-10', '10/12/2019'], ['2019-03-01', '01/3/2019'], ['2019-01-31', '31/01/2019'],
  ])('short date %s → %s', (iso, s) => expect(formatShortDate(iso)).toBe(s));

  test('the date line defaults to the as-of day; the period line spans from–to', () => {
    const m = build();
    expect(m.reportDate).toBe('2019-04-24');
    expect(m.title.period).toBe('(Từ ngày 25/10/2018 đến ngày 24/4/2019)');
  });

  test('no place: the line starts with "Ngày"', () => {
    expect(build({ settings: settings({ place: '' }) }).header.dateLine).toBe('Ngày 24 tháng 4 năm 2019');
  });
});

describe('percent and change', () => {
  test.each([[70, 82, '85,4%'], [82, 82, '100%'], [0, 82, '0%'], [1, 3, '33,3%'], [2, 3, '66,7%'], [5, 0, '0%']])(
    '%p/%p → %p', (n, d, s) => expect(formatPercent(n, d)).toBe(s),
  );
  test('change wording', () => {
    expect(describeChange(12, 'điểm')).toBe('tăng 12 điểm');
    expect(describeChange(-3, 'điểm')).toBe('giảm 03 điểm');
    expect(describeChange(0, 'điểm')).toBe('không thay đổi');
  });
});

describe('header, title, opening, closing', () => {
  let m: ReportModel;
  beforeEach(() => {
    m = build();
  });
  test('header blocks', () => {
    expect(m.header).toEqual({
      parentBody: 'UBND HUYỆN HÀM THUẬN NAM',
      issuingBody: 'BAN CHỈ ĐẠO PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ VÀ PHÒNG, CHỐNG TỘI PHẠM, TỆ NẠN XÃ HỘI',
      docNumber: 'Số: …/BC-BCĐ',
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      dateLine: 'Hàm Thuận Nam, ngày 24 tháng 4 năm 2019',
    });
  });
  test('parent and issuing bodies are written in capitals whatever the user typed', () => {
    const h = build({ settings: settings({ parentBody: 'Ubnd huyện Hàm Thuận Nam', issuingBody: 'Ban chỉ đạo', docSymbol: 'BC-UBND' }) }).header;
    expect(h.parentBody).toBe('UBND HUYỆN HÀM THUẬN NAM');
    expect(h.issuingBody).toBe('BAN CHỈ ĐẠO');
    expect(h.docNumber).toBe('Số: …/BC-UBND');
  });
  test('title block', () => {
    expect(m.title.label).toBe('BÁO CÁO');
    expect(m.title.subject).toBe('Sơ kết công tác nhân rộng và xây dựng mới mô hình “Tự phòng, tự quản” bảo đảm an ninh trật tự');
    expect(build({ kind: 'tổng kết' }).title.subject.startsWith('Tổng kết công tác')).toBe(true);
  });
  test('a basis ending in a comma runs on into "Ban Chỉ đạo huyện báo cáo kết quả như sau:"', () => {
    const opening = texts(m.opening);
    expect(opening).toHaveLength(1);
    expect(opening[0]).toMatch(/^Thực hiện Quyết định số 1383\/QĐ-BCĐ .*trật tự, Ban Chỉ đạo huyện báo cáo kết quả như sau:$/);
  });
  test('a basis ending its sentence stays its own paragraph', () => {
    const opening = texts(build({ settings: settings({ basis: 'Căn cứ Kế hoạch số 12/KH-BCĐ.' }) }).opening);
    expect(opening).toEqual(['Căn cứ Kế hoạch số 12/KH-BCĐ.', 'Ban Chỉ đạo huyện báo cáo kết quả như sau:']);
  });
  test('the committee level follows the parent body', () => {
    expect(committeeLevel('UBND HUYỆN HÀM THUẬN NAM')).toBe('huyện');
    expect(committeeLevel('UBND XÃ HÀM MỸ')).toBe('xã');
    expect(committeeLevel('UBND THỊ XÃ LA GI')).toBe('thị xã');
    expect(committeeLevel('UBND PHƯỜNG PHÚ THỦY')).toBe('phường');
    expect(committeeLevel('')).toBe('huyện');
    const opening = texts(build({ settings: settings({ parentBody: 'UBND XÃ HÀM THUẬN' }) }).opening);
    expect(opening[opening.length - 1]).toMatch(/, Ban Chỉ đạo xã báo cáo kết quả như sau:$/);
  });
  test('closing and signature', () => {
    expect(m.closing.spans[0].text).toBe('Trên đây là báo cáo sơ kết công tác nhân rộng và xây dựng mới mô hình “Tự phòng, tự quản” bảo đảm an ninh trật tự của Ban Chỉ đạo huyện./.');
    expect(m.signature).toEqual({ authority: 'TM. BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN', name: 'Trần Ngọc Diệp' });
  });
  test('the model is plain data (survives JSON)', () => {
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});

describe('section I', () => {
  test('overview sentence with the sample figures', () => {
    expect(allText(build())).toContain(
      'Đã triển khai nhân rộng, xây dựng được 20 loại mô hình, tại 82 điểm, ở 13/13 xã, thị trấn; trong đó khối cơ quan, doanh nghiệp, nhà trường có 13 mô hình.',
    );
  });
  test('overview pads small counts and names wards when the catalog has them', () => {
    const t = sampleTotals();
    Object.assign(t.district, { types: 5, sites: 9, unitsWithSites: 3, unitsTotal: 4, bySector: { 'Khu dân cư': 7, 'Cơ quan': 0, 'Doanh nghiệp': 0, 'Nhà trường': 2 } });
    const units = [
      { code: 'A', unitType: 'Xã', followed: true }, { code: 'B', unitType: 'Phường', followed: true },
      { code: 'C', unitType: 'Thị trấn', followed: true }, { code: 'D', unitType: 'Khối cơ quan', followed: true },
    ];
    expect(allText(build({ totals: t, units }))).toContain(
      'Đã triển khai nhân rộng, xây dựng được 05 loại mô hình, tại 09 điểm, ở 03/04 xã, phường, thị trấn; trong đó khối cơ quan, doanh nghiệp, nhà trường có 02 mô hình.',
    );
  });
  test('coverage wording', () => {
    const t = sampleTotals();
    expect(coverageWording(t)).toBe('xã, thị trấn');
    expect(coverageWording(t, [{ code: 'A', unitType: 'xã', followed: true }])).toBe('xã');
    expect(coverageWording(t, [{ code: 'A', unitType: 'Phường', followed: true }, { code: 'B', unitType: 'Phường', followed: false }])).toBe('phường');
    expect(coverageWording(t, [{ code: 'A', unitType: 'Phường', followed: true }, { code: 'B', unitType: 'Xã', followed: true }])).toBe('xã, phường');
    t.units[0].name = 'Phường Phú Thủy';
    expect(coverageWording(t)).toBe('xã, phường, thị trấn');
  });
  test('no agency sites', () => {
    const t = sampleTotals();
    t.district.bySector = { 'Khu dân cư': 82, 'Cơ quan': 0, 'Doanh nghiệp': 0, 'Nhà trường': 0 };
    expect(allText(build({ totals: t }))).toContain('ở 13/13 xã, thị trấn; khối cơ quan, doanh nghiệp, nhà trường chưa có mô hình.');
  });
  test('forms, launches, statuses, retirements', () => {
    const text = allText(build());
    expect(text).toContain('Trong đó, xây dựng mới 37 điểm, nhân rộng 45 điểm. Trong kỳ đã ra mắt 09 điểm mô hình.');
    expect(text).toContain('Hiện có 79 điểm đang hoạt động, 02 điểm đang củng cố, 01 điểm đang kiện toàn. Trong kỳ thanh loại 02 mô hình.');
  });
  test('unit table: header, one row per unit, total row', () => {
    const u = table(build(), 'units') as TableBlock;
    expect(u.header).toEqual(['STT', 'Đơn vị', 'Số điểm', 'Số loại', 'Xây dựng mới', 'Nhân rộng', 'Đang hoạt động', 'Củng cố, kiện toàn', 'Thanh loại trong kỳ', 'Sinh hoạt đúng kỳ']);
    expect(u.rows).toHaveLength(14);
    expect(u.rows[0]).toEqual(['1', 'Thị trấn Thuận Nam', '7', '5', '3', '4', '7', '0', '0', '7']);
    expect(u.rows[13][1]).toBe(AGENCY);
    expect(u.total).toEqual(['', 'Tổng cộng', '82', '20', '37', '45', '79', '3', '2', '70']);
    expect(u.widths).toHaveLength(u.header.length);
    for (const r of [...u.rows, u.total as string[]]) {
      expect(r).toHaveLength(u.header.length);
      for (const c of r) expect(typeof c).toBe('string');
    }
  });
  test('type table and chart', () => {
    const m = build();
    const ty = table(m, 'types') as TableBlock;
    expect(ty.header).toEqual(['STT', 'Loại mô hình', 'Lĩnh vực', 'Số điểm', 'Số đơn vị']);
    expect(ty.rows).toHaveLength(20);
    expect(ty.rows[0]).toEqual(['1', 'Khu dân cư phòng chống tội phạm', 'Phòng chống tội phạm', '12', '12']);
    expect(ty.total).toEqual(['', 'Tổng cộng', '', '82', '14']);
    const chart = m.body.find((b) => b.kind === 'chart');
    expect(chart).toMatchObject({ kind: 'chart', labels: sampleTotals().units.map((u) => u.name), values: [7, 5, 6, 5, 6, 7, 5, 4, 5, 6, 5, 4, 4, 13] });
  });
  test('activity: meetings, ratings, confirmations, change against the previous period', () => {
    const t = sampleTotals();
    t.units[1].confirmed = 'late';
    t.units[2].confirmed = 'missing';
    const text = allText(build({ totals: t }));
    expect(text).toContain('Có 70/82 điểm mô hình sinh hoạt định kỳ đúng kỳ (đạt 85,4%).');
    expect(text).toContain('Kết quả xếp loại: 30 điểm hiệu quả, 40 điểm trung bình, 02 điểm kém, 10 điểm chưa đánh giá.');
    expect(text).toContain('Có 12/14 đơn vị xác nhận số liệu đúng hạn. Xác nhận chậm: Hàm Cần. Chưa xác nhận số liệu: Hàm Cường.');
    expect(text).toContain('Tổng số điểm mô hình tăng 12 điểm so với kỳ trước (tính đến ngày 24/10/2018 có 70 điểm); số loại mô hình tăng 03 loại; số xã, thị trấn có mô hình tăng 01 đơn vị.');
    t.previous = { asOf: '2018-10-24', sites: 90, types: 20, unitsWithSites: 13 };
    const down = allText(build({ totals: t }));
    expect(down).toContain('giảm 08 điểm so với kỳ trước');
    expect(down).toContain('số loại mô hình không thay đổi');
  });
  test('reviews held in the period are read off the checked rows', () => {
    const rows = [
      checked(record(code('Hàm Mỹ'), { lastInterimReview: '2019-01-15' })),
      checked(record(code('Hàm Mỹ'), { lastInterimReview: '2018-06-01' })),
      checked(record(code('Hàm Mỹ'), { lastInterimReview: '2019-02-01' }), true), // an error: not a site
    ];
    expect(allText(build({ validation: { issues: [], rows } }))).toContain('Có 01/82 điểm mô hình đã tổ chức sơ kết trong kỳ.');
    const none = [checked(record(code('Hàm Mỹ')))];
    expect(allText(build({ validation: { issues: [], rows: none }, kind: 'tổng kết' }))).toContain('Trong kỳ chưa có điểm mô hình nào tổ chức tổng kết.');
  });
  test('outstanding models: effective sites with a highlight, one line per unit', () => {
    const my = code('Hàm Mỹ');
    const rows = [
      checked(record(my, { rating: 'Hiệu quả', highlight: 'Phát hiện 03 vụ trộm cắp.', place: 'thôn Phú Mỹ' })),
      checked(record(my, { rating: 'hiệu quả', highlight: 'Hòa giải 05 vụ', type: 'Camera an ninh phòng, chống tội phạm', place: 'thôn Ku Kê' })),
      checked(record(my, { rating: 'Hiệu quả', highlight: '' })),
      checked(record(my, { rating: 'Trung bình', highlight: 'x' })),
      checked(record(my, { rating: 'Hiệu quả', highlight: 'retired', status: 'Thanh loại', retiredDate: '2019-01-01' })),
      checked(record(code(AGENCY), { rating: 'Hiệu quả', highlight: 'Không có học sinh vi phạm', type: 'Vì mái trường không có ma túy', place: 'Trường THCS Hàm Cường', sector: 'Nhà trường' })),
    ];
    const m = build({ validation: { issues: [], rows } });
    const list = m.body.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items.length).toBe(2);
    const text = allText(m);
    expect(text).toContain('Hàm Mỹ: mô hình “Khu dân cư phòng chống tội phạm” tại thôn Phú Mỹ: phát hiện 03 vụ trộm cắp; mô hình “Camera an ninh phòng, chống tội phạm” tại thôn Ku Kê: hòa giải 05 vụ.');
    expect(text).toContain(`${AGENCY}: mô hình “Vì mái trường không có ma túy” tại Trường THCS Hàm Cường: không có học sinh vi phạm.`);
    expect(text).not.toContain('retired');
  });
  test('commendations: counts from totals, names from the records of the period', () => {
    const awards = [
      { row: 2, recipientType: 'Tập thể', name: 'Công an xã Hàm Mỹ', unit: 'Hàm Mỹ', form: 'Giấy khen', level: 'UBND huyện', decision: '', date: '2019-04-24', achievement: '' },
      { row: 3, recipientType: 'Cá nhân', name: 'Nguyễn Văn A', unit: 'Hàm Cần', form: 'Giấy khen', level: 'UBND huyện', decision: '', date: '2019-04-24', achievement: '' },
      { row: 4, recipientType: 'Cá nhân', name: 'Lê Văn Cũ', unit: '', form: 'Giấy khen', level: '', decision: '', date: '2018-01-01', achievement: '' },
    ];
    const text = allText(build({ awards }));
    expect(text).toContain('Trong kỳ, đã khen thưởng 09 tập thể và 05 cá nhân có thành tích xuất sắc trong xây dựng, nhân rộng mô hình.');
    expect(text).toContain('Hình thức khen thưởng: Giấy khen UBND huyện.');
    expect(text).toContain('Hàm Cần: cá nhân Nguyễn Văn A.');
    expect(text).toContain('Hàm Mỹ: tập thể Công an xã.');
    expect(text.indexOf('Hàm Cần: cá nhân')).toBeLessThan(text.indexOf('Hàm Mỹ: tập thể')); // units in the totals' order
    expect(text).not.toContain('Lê Văn Cũ');
  });
  test('only collectives', () => {
    const t = sampleTotals();
    t.district.awards = { 'Tập thể': 3, 'Cá nhân': 0 };
    expect(allText(build({ totals: t }))).toContain('đã khen thưởng 03 tập thể có thành tích');
  });
});

describe('section II and III', () => {
  test('settings prose, one paragraph per line, then generated facts', () => {
    const my = code('Hàm Mỹ');
    const late1 = record(my);
    const late2 = record(code('Tân Lập'));
    const weak = record(my, { rating: 'Kém', type: 'Tiếng kẻng an ninh', place: 'thôn Lập Phước', lastMeeting: '2019-04-01' });
    const t = sampleTotals();
    t.district.invalidRows = 3;
    t.units[5].invalidRows = 2; // Hàm Mỹ
    t.units[9].invalidRows = 1; // Tân Lập
    const m = build({
      totals: t,
      settings: settings({ strengths: 'Cấp ủy quan tâm.\nNhân dân đồng thuận.', weaknesses: 'Một số mô hình hoạt động hình thức.', directions: '1. Tiếp tục nhân rộng.\n2. Khen thưởng kịp thời.', reportInvalidRows: 'Có' }),
      validation: { issues: [w02(late1), w02(late1), w02(late2)], rows: [checked(late1), checked(late2), checked(weak)] },
    });
    const text = texts(m.body);
    const at = (s: string): number => text.indexOf(s);
    expect(at('Cấp ủy quan tâm.')).toBeGreaterThan(at('1. Ưu điểm'));
    expect(at('Nhân dân đồng thuận.')).toBe(at('Cấp ủy quan tâm.') + 1);
    expect(at('Một số mô hình hoạt động hình thức.')).toBeGreaterThan(at('2. Tồn tại, hạn chế'));
    expect(text).toContain('Còn 02 đơn vị có 02 điểm mô hình chưa sinh hoạt định kỳ đúng kỳ: Hàm Mỹ (01 điểm), Tân Lập (01 điểm).');
    expect(text).toContain('Có 01 điểm mô hình xếp loại kém, cần củng cố, kiện toàn hoặc thanh loại:');
    expect(text).toContain('Hàm Mỹ: mô hình “Tiếng kẻng an ninh” tại thôn Lập Phước.');
    expect(text).toContain('Còn 03 dòng dữ liệu có lỗi, chưa được tính vào số liệu báo cáo: Hàm Mỹ (02 dòng), Tân Lập (01 dòng).');
    expect(at('1. Tiếp tục nhân rộng.')).toBeGreaterThan(at('III. PHƯƠNG HƯỚNG, NHIỆM VỤ'));
    expect(at('2. Khen thưởng kịp thời.')).toBe(at('1. Tiếp tục nhân rộng.') + 1);
  });
  test('headings in order', () => {
    const m = build();
    const headings = m.body.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? `${b.level}:${b.text}` : ''));
    expect(headings).toEqual([
      '1:I. KẾT QUẢ THỰC HIỆN', '2:1. Kết quả xây dựng, nhân rộng mô hình', '2:2. Kết quả theo đơn vị',
      '2:3. Kết quả theo loại mô hình', '2:4. Hoạt động của các mô hình', '2:5. Mô hình tiêu biểu', '2:6. Công tác khen thưởng',
      '1:II. ĐÁNH GIÁ CHUNG', '2:1. Ưu điểm', '2:2. Tồn tại, hạn chế', '1:III. PHƯƠNG HƯỚNG, NHIỆM VỤ',
    ]);
  });
});

describe('empty parts say so', () => {
  let m: ReportModel;
  let text: string;
  beforeEach(() => {
    m = build({ totals: zeroTotals(), settings: settings({ strengths: '', weaknesses: '', directions: '', reportInvalidRows: 'có' }) });
    text = allText(m);
  });
  test.each([
    'Tính đến thời điểm báo cáo, chưa có điểm mô hình nào được ghi nhận.',
    'Chưa có loại mô hình nào có điểm hoạt động.',
    'Trong kỳ chưa có mô hình được xếp loại hiệu quả có kết quả nổi bật.',
    'Trong kỳ chưa có khen thưởng.',
    'Các điểm mô hình đều sinh hoạt định kỳ đúng kỳ.',
    'Không có mô hình xếp loại kém.',
    'Số liệu của các đơn vị đều hợp lệ.',
  ])('%s', (s) => expect(text).toContain(s));
  test('no type table, no chart; prompts in italics where the committee writes', () => {
    expect(table(m, 'types')).toBeUndefined();
    expect(m.body.some((b) => b.kind === 'chart')).toBe(false);
    const prompts = m.body.filter((b) => b.kind === 'paragraph' && b.italic);
    expect(prompts).toHaveLength(3);
  });
  test('no retirement in the period', () => {
    const t = sampleTotals();
    t.district.retiredInPeriod = 0;
    expect(allText(build({ totals: t }))).toContain('Trong kỳ không có mô hình thanh loại.');
  });
  test('no units at all: no unit table', () => {
    const t = zeroTotals();
    t.units = [];
    t.district.unitsTotal = 0;
    const mm = build({ totals: t });
    expect(table(mm, 'units')).toBeUndefined();
    expect(allText(mm)).toContain('Chưa có đơn vị nào được theo dõi trong bảng tính.');
  });
});

describe('Nơi nhận', () => {
  test('the default setting is kept as written', () => {
    expect(build().recipients).toEqual({
      label: 'Nơi nhận:',
      lines: ['- BCĐ tỉnh (b/c);', '- Thường trực Huyện ủy (b/c);', '- UBND huyện (b/c);', '- Các xã, thị trấn;', '- Lưu: VT.'],
    });
  });
  test('bare lines get dashes and semicolons, the archive entry is added', () => {
    expect(normaliseRecipients('BCĐ tỉnh (b/c)\nUBND huyện (b/c)\n\n  Các xã,   thị trấn.  ')).toEqual([
      '- BCĐ tỉnh (b/c);', '- UBND huyện (b/c);', '- Các xã, thị trấn;', '- Lưu: VT.',
    ]);
  });
  test('one line with semicolons; the archive entry moves last; other dashes are accepted', () => {
    expect(normaliseRecipients('- Lưu: VT, CAH; – BCĐ tỉnh (b/c); • UBND huyện (b/c)')).toEqual([
      '- BCĐ tỉnh (b/c);', '- UBND huyện (b/c);', '- Lưu: VT, CAH.',
    ]);
  });
  test('a "Nơi nhận:" label line and Windows line ends are dropped; the ellipsis survives', () => {
    expect(normaliseRecipients('Nơi nhận:\r\n- Như trên;\r\n- Lưu: VT, ….')).toEqual(['- Như trên;', '- Lưu: VT, ….']);
  });
  test('empty setting falls back to the default list', () => {
    expect(build({ settings: settings({ recipients: '' }) }).recipients.lines.at(-1)).toBe('- Lưu: VT.');
  });
});

describe('file name', () => {
  test('period and time', () => {
    const m = build();
    expect(reportFileName(m, '2019-04-24T09:30:12+07:00')).toBe('Báo cáo sơ kết mô hình ANTT – 25/10/2018 đến 24/4/2019 – 2019-04-24 09:30');
    expect(reportFileName({ ...m, kind: 'tổng kết' }, '2019-04-24 09:30')).toBe('Báo cáo tổng kết mô hình ANTT – 25/10/2018 đến 24/4/2019 – 2019-04-24 09:30');
  });
  test('spaces around the time are dropped before it is read; a time not at the start or in another form is kept as typed', () => {
    const m = build();
    expect(reportFileName(m, '  2019-04-24T09:30:12+07:00 ')).toBe('Báo cáo sơ kết mô hình ANTT – 25/10/2018 đến 24/4/2019 – 2019-04-24 09:30');
    expect(reportFileName(m, 'lúc 2019-04-24 09:30')).toBe('Báo cáo sơ kết mô hình ANTT – 25/10/2018 đến 24/4/2019 – lúc 2019-04-24 09:30');
    expect(reportFileName(m, ' 24/4/2019 9:30  ')).toBe('Báo cáo sơ kết mô hình ANTT – 25/10/2018 đến 24/4/2019 – 24/4/2019 9:30');
  });
});

describe('placeholders', () => {
  let m: ReportModel;
  let values: ReturnType<typeof placeholderValues>;
  let documented: Set<string>;
  beforeEach(() => {
    m = build();
    values = placeholderValues(m);
    documented = new Set(PLACEHOLDERS.map((p) => p.name));
  });

  test('every documented name has a meaning; names are unique', () => {
    expect(documented.size).toBe(PLACEHOLDERS.length);
    for (const p of PLACEHOLDERS) expect(p.meaning.length).toBeGreaterThan(5);
  });

  test('the names the spec lists are documented', () => {
    for (const n of ['so_diem', 'so_loai', 'so_xa_co_mo_hinh', 'tong_so_xa', 'ngay_bao_cao', 'tu_ngay', 'den_ngay', 'khoi_co_quan', 'tap_the', 'ca_nhan', TABLE_PLACEHOLDERS.units, TABLE_PLACEHOLDERS.types]) {
      expect(documented).toContain(n);
    }
  });

  test('every value has a documented name (per-unit ones by pattern), and every documented name a value', () => {
    for (const name of Object.keys(values)) {
      const generic = name.includes('.') ? `${name.split('.')[0]}.<MÃ ĐƠN VỊ>` : name;
      expect(documented).toContain(generic);
    }
    for (const name of documented) {
      if (name.includes('<') || name === TABLE_PLACEHOLDERS.units || name === TABLE_PLACEHOLDERS.types) continue;
      expect(values).toHaveProperty([name]);
    }
    for (const name of Object.keys(UNIT_FIGURES)) expect(documented).toContain(`${name}.<MÃ ĐƠN VỊ>`);
  });

  test('every totals figure has a placeholder', () => {
    const t = sampleTotals();
    const d = t.district;
    // A distinct prime-ish value per figure, so a value can only come from its figure.
    const figures: [string, () => void, string][] = [
      ['so_diem', () => { d.sites = 101; }, '101'],
      ['so_loai', () => { d.types = 102; }, '102'],
      ['so_xa_co_mo_hinh', () => { d.unitsWithSites = 103; }, '103'],
      ['tong_so_xa', () => { d.unitsTotal = 104; }, '104'],
      ['xay_dung_moi', () => { d.newSites = 105; }, '105'],
      ['nhan_rong', () => { d.replicatedSites = 106; }, '106'],
      ['ra_mat_trong_ky', () => { d.launchedInPeriod = 107; }, '107'],
      ['thanh_loai_trong_ky', () => { d.retiredInPeriod = 108; }, '108'],
      ['sinh_hoat_dung_ky', () => { d.meetingsOnTime = 109; }, '109'],
      ['dong_loi', () => { d.invalidRows = 110; }, '110'],
      ['so_diem_ky_truoc', () => { t.previous.sites = 111; }, '111'],
      ['so_loai_ky_truoc', () => { t.previous.types = 112; }, '112'],
      ['so_xa_ky_truoc', () => { t.previous.unitsWithSites = 113; }, '113'],
      ['ngay_ky_truoc', () => { t.previous.asOf = '2018-03-05'; }, '05/3/2018'],
      ['tu_ngay', () => { t.from = '2018-11-02'; }, '02/11/2018'],
      ['den_ngay', () => { t.asOf = '2019-05-01'; }, '01/5/2019'],
    ];
    for (const [, set] of figures) set();
    for (const [k, n] of Object.entries({ 'Đang hoạt động': 201, 'Củng cố': 202, 'Kiện toàn': 203 })) d.byStatus[k] = n;
    for (const [k, n] of Object.entries({ 'Khu dân cư': 301, 'Cơ quan': 302, 'Doanh nghiệp': 303, 'Nhà trường': 304 })) d.bySector[k] = n;
    for (const [k, n] of Object.entries({ 'Hiệu quả': 401, 'Trung bình': 402, 'Kém': 403, 'Chưa đánh giá': 404 })) d.byRating[k] = n;
    d.awards = { 'Tập thể': 501, 'Cá nhân': 502 };
    const v = placeholderValues(t);
    for (const [name, , expected] of figures) expect([name, v[name]]).toEqual([name, expected]);
    expect(v).toMatchObject({
      dang_hoat_dong: '201', cung_co: '202', kien_toan: '203',
      khu_dan_cu: '301', co_quan: '302', doanh_nghiep: '303', nha_truong: '304', khoi_co_quan: String(302 + 303 + 304),
      hieu_qua: '401', trung_binh: '402', kem: '403', chua_danh_gia: '404', tap_the: '501', ca_nhan: '502',
    });
    // Every number of the district figures appears in some placeholder.
    const shown = new Set(Object.values(v));
    const numbers = (o: object): number[] => Object.values(o).flatMap((x) => (typeof x === 'number' ? [x] : x && typeof x === 'object' ? numbers(x) : []));
    for (const n of numbers(d)) expect([n, shown.has(String(n))]).toEqual([n, true]);
  });

  test('per-unit figures', () => {
    expect(values[`so_diem.${code('Hàm Mỹ')}`]).toBe('7');
    expect(values['so_diem.KHOI_CQ']).toBe('13');
    expect(values[`sinh_hoat_dung_ky.${code('Hàm Mỹ')}`]).toBe('7');
  });

  test('model values: header, dates, settings, sentences', () => {
    expect(values).toMatchObject({
      so_diem: '82', so_loai: '20', so_xa_co_mo_hinh: '13', tong_so_xa: '13', khoi_co_quan: '13', tap_the: '9', ca_nhan: '5',
      ngay_bao_cao: '24/4/2019', tu_ngay: '25/10/2018', den_ngay: '24/4/2019',
      dong_ngay_thang: 'Hàm Thuận Nam, ngày 24 tháng 4 năm 2019', so_ky_hieu: 'Số: …/BC-BCĐ', nguoi_ky: 'Trần Ngọc Diệp',
      tang_giam_so_diem: 'tăng 12 điểm', ty_le_sinh_hoat: '85,4%', loai_bao_cao: 'sơ kết', xa_phuong_thi_tran: 'xã, thị trấn',
      cau_tong_quan: 'Đã triển khai nhân rộng, xây dựng được 20 loại mô hình, tại 82 điểm, ở 13/13 xã, thị trấn; trong đó khối cơ quan, doanh nghiệp, nhà trường có 13 mô hình.',
    });
    expect(values.noi_nhan.split('\n').at(-1)).toBe('- Lưu: VT.');
    expect(placeholderValues(m)).not.toBe(m.values); // a copy: callers may add their own
  });
});

describe('bounded lists (LIST_CAPS): per unit and for the district, then "và N … khác"', () => {
  const units = [...COMMUNES, AGENCY];
  const listLines = (m: ReportModel, after: string): string[] => {
    const at = m.body.findIndex((b) => b.kind === 'heading' && b.text === after);
    const list = m.body.slice(at).find((b) => b.kind === 'list');
    return list && list.kind === 'list' ? list.items.map((i) => i.map((x) => x.text).join('')) : [];
  };
  test('outstanding: 5 per unit in 14 units → every unit once, the first twice: 15 in all', () => {
    const rows = units.flatMap((u) => [1, 2, 3, 4, 5].map((k) => checked(record(code(u), { rating: 'Hiệu quả', highlight: `Kết quả ${k}`, place: `Thôn ${k}` }))));
    const lines = listLines(build({ validation: { issues: [], rows } }), '5. Mô hình tiêu biểu');
    expect(lines).toHaveLength(14);
    expect(lines[0]).toBe('Thị trấn Thuận Nam: mô hình “Khu dân cư phòng chống tội phạm” tại Thôn 1: kết quả 1; mô hình “Khu dân cư phòng chống tội phạm” tại Thôn 2: kết quả 2; và 03 mô hình khác.');
    expect(lines[1]).toBe('Hàm Cần: mô hình “Khu dân cư phòng chống tội phạm” tại Thôn 1: kết quả 1; và 04 mô hình khác.');
  });
  test('weak: one in each of 14 units → 12 lines, then the two units left out', () => {
    const rows = units.map((u) => checked(record(code(u), { rating: 'Kém', lastMeeting: '2019-04-20' })));
    const m = build({ validation: { issues: [], rows } });
    expect(listLines(m, '2. Tồn tại, hạn chế')).toHaveLength(12);
    expect(allText(m)).toContain('Ngoài ra, còn 02 mô hình khác ở 02 đơn vị.');
  });
  test('overdue meetings: ten units named, the rest counted', () => {
    const rows = units.map((u) => checked(record(code(u))));
    expect(allText(build({ validation: { issues: [], rows } }))).toContain(
      'Còn 14 đơn vị có 14 điểm mô hình chưa sinh hoạt định kỳ đúng kỳ: Thị trấn Thuận Nam (01 điểm), Hàm Cần (01 điểm), Hàm Cường (01 điểm), Hàm Kiệm (01 điểm), Hàm Minh (01 điểm), Hàm Mỹ (01 điểm), Hàm Thạnh (01 điểm), Mương Mán (01 điểm), Mỹ Thạnh (01 điểm), Tân Lập (01 điểm), và 04 đơn vị khác (04 điểm).',
    );
  });
  test('overdue meetings are judged at D by the meetingsOnTime rule, not by the warnings of the real today', () => {
    const onTimeAtD = record(code('Hàm Mỹ'), { lastMeeting: '2019-04-10' });
    const meetingAfterD = record(code('Tân Lập'), { lastMeeting: '2019-05-02' });
    const text = allText(build({ validation: { issues: [w02(onTimeAtD)], rows: [checked(onTimeAtD), checked(meetingAfterD)] } }));
    expect(text).toContain('Còn 01 đơn vị có 01 điểm mô hình chưa sinh hoạt định kỳ đúng kỳ: Tân Lập (01 điểm).');
  });
  test('commendations: four names per unit', () => {
    const awards = [1, 2, 3, 4, 5, 6].map((k) => ({ row: k, recipientType: k < 3 ? 'Tập thể' : 'Cá nhân', name: `Người ${k}`, unit: 'Hàm Mỹ', form: 'Giấy khen', level: '', decision: '', date: '2019-04-24', achievement: '' }));
    expect(allText(build({ awards }))).toContain('Hàm Mỹ: tập thể Người 1, Người 2; cá nhân Người 3, Người 4; và 02 tập thể, cá nhân khác.');
  });
});

describe('wording an officer would not edit', () => {
  const highlight = (h: string, place: string) => {
    const rows = [checked(record(code('Hàm Mỹ'), { rating: 'Hiệu quả', highlight: h, place }))];
    return allText(build({ validation: { issues: [], rows } })).split('\n').find((l) => l.startsWith('Hàm Mỹ:')) ?? '';
  };
  test.each([
    ['Thôn Phú Mỹ ba năm liền không có tội phạm.', 'Thôn Phú Mỹ', 'tại Thôn Phú Mỹ: ba năm liền không có tội phạm.'],
    ['thôn phú mỹ, ba năm liền', 'Thôn Phú Mỹ', 'tại Thôn Phú Mỹ: ba năm liền.'],
    ['Hình ảnh camera giúp Công an xã', 'Khu phố Lập Hòa', 'tại Khu phố Lập Hòa: hình ảnh camera giúp Công an xã.'],
    ['Hàm Mỹ ba năm liền', 'Thôn 1', 'tại Thôn 1: Hàm Mỹ ba năm liền.'],
    ['ANTT được bảo đảm', 'Thôn 1', 'tại Thôn 1: ANTT được bảo đảm.'],
    ['100% học sinh cam kết', 'Thôn 1', 'tại Thôn 1: 100% học sinh cam kết.'],
    ['Thôn Phú Mỹ', 'Thôn Phú Mỹ', 'tại Thôn Phú Mỹ: Thôn Phú Mỹ.'],
  ])('highlight %p at %p', (h, place, expected) => expect(highlight(h, place)).toContain(expected));
  test('a long highlight is cut at a word, with "…"', () => {
    const line = highlight(`Tuần tra ${'ban đêm '.repeat(100)}`, 'Thôn 1');
    const cut = line.slice(line.indexOf('Thôn 1: ') + 8);
    expect(cut.length).toBeLessThanOrEqual(302);
    expect(cut).toMatch(/^tuần tra ban đêm .*đêm…\.$/);
  });
  test.each([
    ['Hàm Mỹ (Hàm Mỹ)', 'Hàm Mỹ'],
    ['Thôn Kiệm Bình (Giáo xứ Kiệm Bình)', 'Thôn Kiệm Bình (Giáo xứ Kiệm Bình)'],
    ['Khu phố 1 (khu phố 1)', 'Khu phố 1'],
    ['Xóm Mới (Mới)', 'Xóm Mới'],
    ['Thôn Lập Hòa (Hòa An)', 'Thôn Lập Hòa (Hòa An)'],
    ['Thôn Ahòa (hòa)', 'Thôn Ahòa (hòa)'],
    ['(Hàm Mỹ)', '(Hàm Mỹ)'],
  ])('a place %p is written %p', (place, expected) => {
    const rows = [checked(record(code('Hàm Mỹ'), { rating: 'Kém', place, lastMeeting: '2019-04-20' }))];
    expect(allText(build({ validation: { issues: [], rows } }))).toContain(`Hàm Mỹ: mô hình “Khu dân cư phòng chống tội phạm” tại ${expected}.`);
  });
  test('commendations: a unit named once per line, an award to the unit itself, awards without a unit', () => {
    const award = (name: string, unit: string, recipientType = 'Tập thể') => ({ row: 0, recipientType, name, unit, form: 'Giấy khen', level: '', decision: '', date: '2019-04-24', achievement: '' });
    const text = allText(build({ awards: [award('Hàm Mỹ', 'Hàm Mỹ'), award('Công an xã Hàm Mỹ', 'hàm mỹ'), award('Hội Hàm Mỹ Trẻ', 'Hàm Mỹ'), award('Trần Văn B', '', 'Cá nhân'), award('Tổ tự quản', 'U3')] }));
    expect(text).toContain('Hàm Mỹ: tập thể đơn vị, Công an xã, Hội Hàm Mỹ Trẻ.');
    expect(text).toContain('Hàm Cường: tập thể Tổ tự quản.');
    expect(text).toContain('Cá nhân Trần Văn B.');
    expect(text).not.toMatch(/\(Hàm Mỹ\)/);
  });
});

describe('the invalid-rows sentence is for the district staff', () => {
  const t = sampleTotals();
  t.district.invalidRows = 9;
  t.units[5].invalidRows = 9; // Hàm Mỹ
  const sentence = 'Còn 09 dòng dữ liệu có lỗi, chưa được tính vào số liệu báo cáo: Hàm Mỹ (09 dòng).';
  test('by default: out of the body, in the staff notes', () => {
    const m = build({ totals: t });
    expect(allText(m)).not.toContain('dòng dữ liệu có lỗi');
    expect(m.staffNotes).toEqual([sentence]);
  });
  test('the setting "Ghi số dòng lỗi vào báo cáo" = Có puts it back in section II', () => {
    expect(allText(build({ totals: t, settings: settings({ reportInvalidRows: 'Có' }) }))).toContain(sentence);
  });
  test('no invalid rows: no note', () => {
    expect(build().staffNotes).toEqual([]);
  });
});

describe('layout of the unit table header', () => {
  test('no header word is wider than its column (Times New Roman bold ≈ 0.6 em a letter at most)', () => {
    const u = unitTableOf(build());
    const weight = u.widths.reduce((a, b) => a + b, 0);
    const textWidth = 595.28 - 30 * 2.835 - 15 * 2.835;
    u.header.forEach((h, i) => {
      const column = (textWidth * u.widths[i]) / weight - 10; // Docs' 5 pt cell padding each side
      for (const word of h.split(/\s+/)) expect({ word, fits: word.length * u.fontSize * 0.6 <= column }).toEqual({ word, fits: true });
    });
  });
});
