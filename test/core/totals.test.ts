import { deadlineOf } from '../../src/core/confirm';
import { computeTotals, compareTypeNames, meetingOnTimeAt, totalsForJson } from '../../src/core/totals';
import { AS_OF, FROM, award, model, modelType, row, totalsOf, unit, workbook } from './totals-fixtures';

const CT = 'Khu dân cư phòng chống tội phạm';
const CAM = 'Camera an ninh phòng, chống tội phạm';
const LIGHT = 'Ánh sáng an ninh';
const RAIL = 'Tuyến đường sắt an toàn về ANTT';

describe('computeTotals: shape', () => {
  test('empty workbook: every key present, zeroes, previous is F − 1', () => {
    const t = totalsOf(workbook([]), []);
    expect(t).toEqual({
      asOf: AS_OF, from: FROM,
      district: {
        sites: 0, types: 0, unitsWithSites: 0, unitsTotal: 0, newSites: 0, replicatedSites: 0,
        launchedInPeriod: 0, retiredInPeriod: 0,
        byStatus: { 'Đang hoạt động': 0, 'Củng cố': 0, 'Kiện toàn': 0 },
        bySector: { 'Khu dân cư': 0, 'Cơ quan': 0, 'Doanh nghiệp': 0, 'Nhà trường': 0 },
        byRating: { 'Hiệu quả': 0, 'Trung bình': 0, 'Kém': 0, 'Chưa đánh giá': 0 },
        meetingsOnTime: 0, invalidRows: 0, awards: { 'Tập thể': 0, 'Cá nhân': 0 },
      },
      units: [], byType: [],
      previous: { asOf: '2018-10-24', sites: 0, types: 0, unitsWithSites: 0 },
    });
  });

  test('keys in workbook.md order, JSON-safe, totalsForJson is an equal fresh copy', () => {
    const t = totalsOf(workbook([unit('A')]), [row(model('A'))]);
    expect(Object.keys(t)).toEqual(['asOf', 'from', 'district', 'units', 'byType', 'previous']);
    expect(Object.keys(t.district)).toEqual([
      'sites', 'types', 'unitsWithSites', 'unitsTotal', 'newSites', 'replicatedSites', 'launchedInPeriod',
      'retiredInPeriod', 'byStatus', 'bySector', 'byRating', 'meetingsOnTime', 'invalidRows', 'awards',
    ]);
    expect(Object.keys(t.units[0])).toEqual([
      'code', 'name', 'sites', 'types', 'newSites', 'replicatedSites', 'launchedInPeriod', 'retiredInPeriod',
      'byStatus', 'bySector', 'byRating', 'meetingsOnTime', 'invalidRows', 'confirmed',
    ]);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
    const copy = totalsForJson(t);
    expect(copy).toEqual(t);
    expect(copy.district.byStatus).not.toBe(t.district.byStatus);
  });
});

describe('computeTotals: which rows are sites', () => {
  const wb = workbook([unit('A')]);

  test('launch exactly on D counts, launch after D does not; launch on F is in the period', () => {
    const t = totalsOf(wb, [
      row(model('A', { launchDate: AS_OF })),
      row(model('A', { launchDate: '2019-04-25' })),
      row(model('A', { launchDate: FROM })),
      row(model('A', { launchDate: '2018-10-24' })),
    ]);
    expect(t.district.sites).toBe(3);
    expect(t.district.launchedInPeriod).toBe(2);
    expect(t.previous.sites).toBe(1);
  });

  test('retired exactly on D: not a site at D, counted in retiredInPeriod; a site the day before', () => {
    const r = model('A', { status: 'Thanh loại', retiredDate: AS_OF });
    const t = totalsOf(wb, [row(r)]);
    expect(t.district.sites).toBe(0);
    expect(t.district.retiredInPeriod).toBe(1);
    expect(t.previous.sites).toBe(1);
    const dayBefore = totalsOf(wb, [row(r)], { asOf: '2019-04-23' });
    expect(dayBefore.district.sites).toBe(1);
    expect(dayBefore.district.retiredInPeriod).toBe(0);
    expect(dayBefore.district.byStatus['Đang hoạt động']).toBe(1);
  });

  test('retired on F counts in the period, retired on F − 1 does not (and is not a previous site)', () => {
    const t = totalsOf(wb, [
      row(model('A', { status: 'Thanh loại', retiredDate: FROM })),
      row(model('A', { status: 'Thanh loại', retiredDate: '2018-10-24' })),
    ]);
    expect(t.district.retiredInPeriod).toBe(1);
    expect(t.previous.sites).toBe(1);
  });

  test('Thanh loại without a date (no error flagged) is never a site nor a retirement in the period', () => {
    const t = totalsOf(wb, [row(model('A', { status: 'Thanh loại', retiredDate: null }))]);
    expect(t.district.sites).toBe(0);
    expect(t.district.retiredInPeriod).toBe(0);
    expect(t.previous.sites).toBe(0);
  });

  test('Thanh loại with the date left undefined is retired since always, like a null date', () => {
    const t = totalsOf(wb, [row(model('A', { status: 'Thanh loại', retiredDate: undefined }))]);
    expect(t.district.sites).toBe(0);
    expect(t.previous.sites).toBe(0);
  });

  test('retirement date with another status (W04) does not retire the row', () => {
    const t = totalsOf(wb, [row(model('A', { status: 'Củng cố', retiredDate: '2019-01-01' }))]);
    expect(t.district.sites).toBe(1);
    expect(t.district.retiredInPeriod).toBe(0);
    expect(t.district.byStatus['Củng cố']).toBe(1);
  });

  test('invalid rows are excluded and counted; rows with warnings only count', () => {
    const warned = row(model('A', { status: 'Củng cố', retiredDate: '2019-01-01' }));
    warned.issues = [{
      code: 'W04', severity: 'Cảnh báo', sheet: 'A', row: 2, column: 'Ngày thanh loại', columnIndex: 17,
      value: '1/1/2019', message: '', unitCode: 'A',
    }];
    const t = totalsOf(wb, [
      row(model('A'), true),
      row(model('A', { status: 'Thanh loại', retiredDate: '2019-01-01' }), true),
      warned,
    ]);
    expect(t.district.sites).toBe(1);
    expect(t.district.invalidRows).toBe(2);
    expect(t.district.retiredInPeriod).toBe(0);
    expect(t.units[0].invalidRows).toBe(2);
  });

  test('a row with no launch date (no error flagged) is not a site', () => {
    const t = totalsOf(wb, [row(model('A', { launchDate: null }))]);
    expect(t.district.sites).toBe(0);
  });
});

describe('computeTotals: units and coverage', () => {
  test('unit order, a unit with no rows, a unit not followed, coverage by unit type', () => {
    const wb = workbook([
      unit('B', 'Thị trấn'), unit('EMPTY', 'Xã'), unit('OLD', 'Xã', false), unit('KHOI', 'Khối cơ quan'),
      unit('A', 'Phường'),
    ]);
    const t = totalsOf(wb, [
      row(model('A')), row(model('B')), row(model('KHOI', { sector: 'Cơ quan' })),
      row(model('OLD')), row(model('OLD'), true), row(model('NOWHERE')),
    ]);
    expect(t.units.map((u) => u.code)).toEqual(['B', 'EMPTY', 'KHOI', 'A']);
    expect(t.units.find((u) => u.code === 'EMPTY')).toMatchObject({ name: 'Tên EMPTY', sites: 0, types: 0, invalidRows: 0 });
    expect(t.district.sites).toBe(3);
    expect(t.district.invalidRows).toBe(0);
    expect(t.district.unitsTotal).toBe(3);
    expect(t.district.unitsWithSites).toBe(2);
    expect(t.previous.unitsWithSites).toBe(2);
  });

  test('a code listed twice is listed once (first row), so nothing is counted twice', () => {
    const wb = workbook([unit('A'), { ...unit('a'), name: 'Trùng' }]);
    const t = totalsOf(wb, [row(model('A'))]);
    expect(t.units).toHaveLength(1);
    expect(t.units[0].name).toBe('Tên A');
    expect(t.district.sites).toBe(1);
  });
});

describe('computeTotals: breakdowns', () => {
  const wb = workbook([unit('A'), unit('B')]);
  const rows = [
    row(model('A', { type: CT, form: 'Xây dựng mới', sector: 'Khu dân cư', status: 'Đang hoạt động', rating: 'Hiệu quả' })),
    row(model('A', { type: CT, form: 'Nhân rộng', sector: 'Nhà trường', status: 'Củng cố', rating: '' })),
    row(model('A', { type: CAM, form: 'Nhân rộng', sector: 'Doanh nghiệp', status: 'Kiện toàn', rating: 'Kém' })),
    row(model('B', { type: CT, form: 'Nhân rộng', sector: 'Cơ quan', status: 'Đang hoạt động', rating: 'Trung bình' })),
    row(model('B', { type: RAIL, form: 'Xây dựng mới', rating: 'Chưa đánh giá' })),
    row(model('B', { type: LIGHT, status: 'Thanh loại', retiredDate: '2019-01-01' })),
  ];
  // Computed in each test, not in beforeAll: Stryker's per-test coverage does not see a hook's run.
  const totals = () => totalsOf(wb, rows);

  test('district figures', () => {
    const t = totals();
    expect(t.district).toMatchObject({
      sites: 5, types: 3, newSites: 2, replicatedSites: 3, retiredInPeriod: 1,
      byStatus: { 'Đang hoạt động': 3, 'Củng cố': 1, 'Kiện toàn': 1 },
      bySector: { 'Khu dân cư': 2, 'Cơ quan': 1, 'Doanh nghiệp': 1, 'Nhà trường': 1 },
      byRating: { 'Hiệu quả': 1, 'Trung bình': 1, 'Kém': 1, 'Chưa đánh giá': 2 },
    });
  });

  test('unit figures', () => {
    const t = totals();
    expect(t.units[0]).toMatchObject({ code: 'A', sites: 3, types: 2, newSites: 1, replicatedSites: 2, retiredInPeriod: 0 });
    expect(t.units[1]).toMatchObject({ code: 'B', sites: 2, types: 2, newSites: 1, replicatedSites: 1, retiredInPeriod: 1 });
  });

  test('byType: sites descending then name; catalog field; units counted once; no zero-site types', () => {
    const t = totals();
    expect(t.byType).toEqual([
      { type: CT, field: 'Phòng chống tội phạm', sites: 3, units: 2 },
      { type: CAM, field: 'Phòng chống tội phạm', sites: 1, units: 1 },
      { type: RAIL, field: 'Trật tự an toàn giao thông', sites: 1, units: 1 },
    ]);
    expect(t.byType.some((b) => b.type === LIGHT || b.type === 'Tiếng kẻng an ninh')).toBe(false);
  });

  test('type names ordered accent-folded: "Ánh" before "Camera", "Đ" with "D", raw text breaking ties both ways', () => {
    expect(compareTypeNames('Ánh sáng', 'Camera')).toBeLessThan(0);
    expect(compareTypeNames('Đèn', 'Dân')).toBeGreaterThan(0);
    expect(compareTypeNames('Dan', 'Dân')).toBe(-1);
    expect(compareTypeNames('Dân', 'Dan')).toBe(1);
    expect(compareTypeNames('x', 'x')).toBe(0);
    const t2 = totalsOf(wb, [row(model('A', { type: CAM })), row(model('A', { type: LIGHT }))]);
    expect(t2.byType.map((b) => b.type)).toEqual([LIGHT, CAM]);
  });

  test('NFD and case variants of a type are one type, shown in the catalog spelling', () => {
    const t2 = totalsOf(wb, [
      row(model('A', { type: CT.normalize('NFD') })),
      row(model('B', { type: `  ${CT.toUpperCase()} ` })),
      row(model('B', { type: CT })),
    ]);
    expect(t2.district.types).toBe(1);
    expect(t2.units[1].types).toBe(1);
    expect(t2.byType).toEqual([{ type: CT, field: 'Phòng chống tội phạm', sites: 3, units: 2 }]);
  });

  test('a type missing from the catalog (no error flagged) keeps its spelling and an empty field', () => {
    const t2 = totalsOf(wb, [row(model('A', { type: 'Tổ tuần tra' }))]);
    expect(t2.byType).toEqual([{ type: 'Tổ tuần tra', field: '', sites: 1, units: 1 }]);
  });

  test('values outside their lists: the site counts, in none of the status, sector, form and rating breakdowns', () => {
    const t2 = totalsOf(wb, [row(model('A', { status: 'Tạm dừng', sector: 'Biển', form: 'Khác', rating: 'A+' }))]);
    expect(t2.district).toMatchObject({ sites: 1, newSites: 0, replicatedSites: 0 });
    expect(t2.district.byStatus).toEqual({ 'Đang hoạt động': 0, 'Củng cố': 0, 'Kiện toàn': 0 });
    expect(t2.district.bySector).toEqual({ 'Khu dân cư': 0, 'Cơ quan': 0, 'Doanh nghiệp': 0, 'Nhà trường': 0 });
    expect(t2.district.byRating).toEqual({ 'Hiệu quả': 0, 'Trung bình': 0, 'Kém': 0, 'Chưa đánh giá': 0 });
  });

  test('an empty, null or undefined rating is Chưa đánh giá', () => {
    const t2 = totalsOf(wb, [
      row(model('A', { rating: '' })),
      row(model('A', { rating: null as unknown as string })),
      row(model('A', { rating: undefined as unknown as string })),
    ]);
    expect(t2.district.byRating).toEqual({ 'Hiệu quả': 0, 'Trung bình': 0, 'Kém': 0, 'Chưa đánh giá': 3 });
  });

  test('a site with no type counts as a site but adds no type, now or at F − 1', () => {
    const t2 = totalsOf(wb, [
      row(model('A', { type: '', launchDate: '2018-01-10' })),
      row(model('B', { type: CT, launchDate: '2018-01-10' })),
    ]);
    expect(t2.district.sites).toBe(2);
    expect(t2.district.types).toBe(1);
    expect(t2.units.map((u) => u.types)).toEqual([0, 1]);
    expect(t2.byType).toEqual([{ type: CT, field: 'Phòng chống tội phạm', sites: 1, units: 1 }]);
    expect(t2.previous).toEqual({ asOf: '2018-10-24', sites: 2, types: 1, unitsWithSites: 2 });
  });

  test('previous.types counts the distinct types of the sites at F − 1', () => {
    const t2 = totalsOf(wb, [
      row(model('A', { type: CT, launchDate: '2018-01-10' })),
      row(model('B', { type: CT.toUpperCase(), launchDate: '2018-02-10' })),
      row(model('B', { type: CAM, launchDate: '2018-03-10' })),
      row(model('B', { type: RAIL, launchDate: FROM })),
    ]);
    expect(t2.previous).toEqual({ asOf: '2018-10-24', sites: 3, types: 2, unitsWithSites: 2 });
    expect(t2.district.types).toBe(3);
  });

  test('a type missing from the catalog is shown trimmed', () => {
    const t2 = totalsOf(wb, [row(model('A', { type: '  Tổ tuần tra ' }))]);
    expect(t2.byType).toEqual([{ type: 'Tổ tuần tra', field: '', sites: 1, units: 1 }]);
  });

  test('a type listed twice in the catalog: the first row gives spelling and field; a missing field is empty', () => {
    const twice = workbook([unit('A')], [
      modelType(CT, 'Phòng chống tội phạm'), modelType(CT.toUpperCase(), 'Khác'),
      { row: 0, name: CAM, field: undefined as unknown as string, sectors: [] },
    ]);
    const t2 = totalsOf(twice, [row(model('A', { type: CT })), row(model('A', { type: CAM }))]);
    expect(t2.byType).toEqual([
      { type: CAM, field: '', sites: 1, units: 1 },
      { type: CT, field: 'Phòng chống tội phạm', sites: 1, units: 1 },
    ]);
  });

  test('a catalog type with no sites changes nothing', () => {
    const more = workbook([unit('A'), unit('B')], [modelType('Giáo xứ bình yên'), ...wb.types]);
    expect(totalsOf(more, rows)).toEqual(totals());
  });
});

describe('computeTotals: meetings on time', () => {
  const wb = workbook([unit('A')]);
  const count = (over: Parameters<typeof model>[1]): number =>
    totalsOf(wb, [row(model('A', { launchDate: '2018-01-01', ...over }))]).district.meetingsOnTime;

  test('monthly (default): a meeting up to 31 days before D', () => {
    expect(count({ lastMeeting: '2019-03-24' })).toBe(1);
    expect(count({ lastMeeting: '2019-03-23' })).toBe(0);
    expect(count({ lastMeeting: '2019-03-24', cycle: 'Hằng tháng' })).toBe(1);
    expect(count({ lastMeeting: null })).toBe(0);
  });

  test('quarterly: up to 92 days', () => {
    expect(count({ cycle: 'Hằng quý', lastMeeting: '2019-01-22' })).toBe(1);
    expect(count({ cycle: 'hằng  QUÝ', lastMeeting: '2019-01-22' })).toBe(1);
    expect(count({ cycle: 'Hằng quý', lastMeeting: '2019-01-21' })).toBe(0);
  });

  test('launched within the cycle counts without a meeting', () => {
    expect(count({ launchDate: '2019-03-24' })).toBe(1);
    expect(count({ launchDate: '2019-03-23' })).toBe(0);
    expect(count({ launchDate: '2019-01-22', cycle: 'Hằng quý' })).toBe(1);
  });

  test('a meeting after D does not count for D', () => {
    expect(count({ lastMeeting: '2019-04-25' })).toBe(0);
    expect(count({ lastMeeting: AS_OF })).toBe(1);
  });
});

describe('meetingOnTimeAt (the report\'s overdue list)', () => {
  test('with its default key: a quarterly cycle is read, whatever its spelling', () => {
    expect(meetingOnTimeAt(model('A', { launchDate: '2018-01-01', cycle: 'Hằng quý', lastMeeting: '2019-01-22' }), AS_OF)).toBe(true);
    expect(meetingOnTimeAt(model('A', { launchDate: '2018-01-01', cycle: ' hằng QUÝ', lastMeeting: '2019-01-22' }), AS_OF)).toBe(true);
    expect(meetingOnTimeAt(model('A', { launchDate: '2018-01-01', cycle: 'Hằng quý', lastMeeting: '2019-01-21' }), AS_OF)).toBe(false);
    expect(meetingOnTimeAt(model('A', { launchDate: '2018-01-01', cycle: null as unknown as string, lastMeeting: '2019-03-24' }), AS_OF)).toBe(true);
  });

  test('no launch date: only the meeting decides, nothing throws', () => {
    expect(meetingOnTimeAt(model('A', { launchDate: null, lastMeeting: '2019-04-10' }), AS_OF)).toBe(true);
    expect(meetingOnTimeAt(model('A', { launchDate: null, lastMeeting: null }), AS_OF)).toBe(false);
  });

  test('a month without a day ("2019-04") is no meeting date', () => {
    expect(meetingOnTimeAt(model('A', { launchDate: '2018-01-01', lastMeeting: '2019-04' }), AS_OF)).toBe(false);
  });
});

describe('computeTotals: awards', () => {
  test('commendations dated in [F, D] by recipient type', () => {
    const wb = workbook([], undefined, [
      award('Tập thể', FROM), award('Tập thể', AS_OF), award('tập  thể', '2019-01-01'),
      award('Cá nhân', '2019-02-02'), award('Cá nhân', '2018-10-24'), award('Cá nhân', '2019-04-25'),
      award('Cá nhân', null), award('Khác', '2019-01-01'),
    ]);
    expect(totalsOf(wb, []).district.awards).toEqual({ 'Tập thể': 3, 'Cá nhân': 1 });
  });

  test('a period with no commendations', () => {
    const wb = workbook([], undefined, [award('Tập thể', '2017-01-01')]);
    expect(totalsOf(wb, []).district.awards).toEqual({ 'Tập thể': 0, 'Cá nhân': 0 });
  });
});

describe('computeTotals: confirmations', () => {
  const wb = workbook([unit('A'), unit('B'), unit('C'), unit('D'), unit('E')]);
  const event = (kind: 'confirm' | 'return', unitCode: string, period: string, day: string, onTime = false) =>
    ({ kind, unitCode, period, day, onTime, user: '', reason: kind === 'return' ? 'thiếu' : '' });
  const confirmations = [
    event('confirm', 'A', '2019-04', '2019-04-10', true),
    event('confirm', 'B', '2019-04', '2019-04-26'),
    event('confirm', 'C', '2019-03', '2019-03-24', true), // another period
    event('confirm', 'D', '2019-04', '2019-04-27'),
    event('confirm', 'E', '2019-04', '2019-04-20', true),
    event('return', 'E', '2019-04', '2019-04-22'),
  ];
  const at = (asOf: string) => totalsOf(wb, [], { asOf, confirmations }).units.map((u) => u.confirmed);

  test('the period of D\'s month, as recorded; events after D and returned ones do not count', () => {
    expect(at('2019-04-30')).toEqual(['on-time', 'late', 'missing', 'late', 'missing']);
    expect(at('2019-04-21')).toEqual(['on-time', 'missing', 'missing', 'missing', 'on-time']);
    expect(at('2019-03-31')).toEqual(['missing', 'missing', 'on-time', 'missing', 'missing']);
  });

  test('deadline of the period: clamped to 1–28, the default for odd values', () => {
    expect(deadlineOf('2019-02-10', 31)).toBe('2019-02-28');
    expect(deadlineOf('2019-02-10', 0)).toBe('2019-02-01');
    expect(deadlineOf('2019-02-10', NaN)).toBe('2019-02-25');
    expect(deadlineOf('2019-02', 5)).toBe('2019-02-05');
    expect(deadlineOf('garbage')).toBe('');
  });

  test('no confirmations given: every unit missing', () => {
    expect(totalsOf(wb, []).units.every((u) => u.confirmed === 'missing')).toBe(true);
  });
});

describe('computeTotals: odd input never throws', () => {
  test('garbage dates and values', () => {
    const wb = workbook([unit('A'), unit('')]);
    const odd = model('A', {
      launchDate: 'soon', lastMeeting: '', retiredDate: 'x', status: '', sector: 'Biển', form: '?', rating: 'A+',
      cycle: 'hằng năm', type: '',
    });
    const rows = [row(odd), row(model(''))];
    expect(() => computeTotals({ workbook: wb, validation: { issues: [], rows }, asOf: 'today', from: '' })).not.toThrow();
    const t = totalsOf(wb, rows);
    expect(t.district.sites).toBe(1); // 'soon' is no day: not a site
    expect(t.district.types).toBe(1);
  });

  test('null entries in every list are skipped', () => {
    const wb = workbook(
      [null as unknown as ReturnType<typeof unit>, unit('A')],
      [null as unknown as ReturnType<typeof modelType>, modelType(CT)],
      [null as unknown as ReturnType<typeof award>, award('Cá nhân', '2019-01-01')],
    );
    const rows = [
      null as unknown as ReturnType<typeof row>,
      { record: undefined as unknown as ReturnType<typeof model>, hasError: false, issues: [] },
      row(model('A')),
    ];
    const t = totalsOf(wb, rows, { confirmations: [null as unknown as never] });
    expect(t.district.sites).toBe(1);
    expect(t.byType).toEqual([{ type: CT, field: 'Phòng chống tội phạm', sites: 1, units: 1 }]);
    expect(t.district.awards).toEqual({ 'Tập thể': 0, 'Cá nhân': 1 });
    expect(t.units.map((u) => u.confirmed)).toEqual(['missing']);
  });

  test('a type read as a number is the type of that text', () => {
    const t = totalsOf(workbook([unit('A')]), [row(model('A', { type: 2019 as unknown as string }))]);
    expect(t.district.types).toBe(1);
    expect(t.byType).toEqual([{ type: '2019', field: '', sites: 1, units: 1 }]);
  });

  test('confirmation events without a unit code or a day are skipped', () => {
    const base = { kind: 'confirm' as const, period: '2019-04', onTime: true, user: '', reason: '' };
    const confirmations = [
      { ...base, unitCode: null as unknown as string, day: '2019-04-10' },
      { ...base, unitCode: 'A', day: null as unknown as string },
    ];
    const t = totalsOf(workbook([unit('A')]), [], { confirmations });
    expect(t.units.map((u) => u.confirmed)).toEqual(['missing']);
  });

  test('D empty: no row is a site or retired in the period, not even one without dates', () => {
    const t = totalsOf(workbook([unit('A')]), [
      row(model('A')),
      row(model('A', { launchDate: null })),
      row(model('A', { status: 'Thanh loại', retiredDate: null })),
    ], { asOf: '', from: '' });
    expect(t.district.sites).toBe(0);
    expect(t.district.retiredInPeriod).toBe(0);
    expect(t.previous).toEqual({ asOf: '', sites: 0, types: 0, unitsWithSites: 0 });
  });

  test('D or F not a day: F − 1 is F itself, every unit missing its confirmation', () => {
    const confirmations = [{ kind: 'confirm' as const, unitCode: 'A', period: '', day: '2019-04-10', onTime: true, user: '', reason: '' }];
    const t = totalsOf(workbook([unit('A')]), [], { asOf: 'hôm nay', from: 'tháng trước', confirmations });
    expect(t.previous.asOf).toBe('tháng trước');
    expect(t.units.map((u) => u.confirmed)).toEqual(['missing']);
    expect(() => totalsOf(workbook([unit('A')]), [row(model('A'))], { from: null as unknown as string })).not.toThrow();
  });

  test('F after D: an empty period', () => {
    const t = totalsOf(workbook([unit('A')]), [row(model('A', { launchDate: AS_OF }))], { from: '2019-05-01' });
    expect(t.district.launchedInPeriod).toBe(0);
    expect(t.previous.asOf).toBe('2019-04-30');
  });
});
