/** District totals (`getTotals`, `updateTotals`, `menuTotals`) through the bundle. */
import { buildLargeSample, SAMPLE_EXPECTED } from '../../emulator/sample';
import type { Emulator } from '../../emulator/emulator';
import { SHEETS } from '../../src/core/schema';
import { AS_OF, book, emulator, expectSameCalls, isObject, measure, sheetOf, valuesOf } from './harness';

interface TotalsView {
  totals: Record<string, unknown> & { district: Record<string, unknown> & { bySector: Record<string, number>; awards: Record<string, number> } };
  line: string;
}

const DISTRICT_KEYS = [
  'sites', 'types', 'unitsWithSites', 'unitsTotal', 'newSites', 'replicatedSites', 'launchedInPeriod', 'retiredInPeriod',
  'byStatus', 'bySector', 'byRating', 'meetingsOnTime', 'invalidRows', 'awards',
];
const UNIT_KEYS = ['code', 'name', 'confirmed', ...DISTRICT_KEYS.filter((k) => !['unitsWithSites', 'unitsTotal', 'awards'].includes(k))];
const sorted = (o: unknown) => (isObject(o) ? Object.keys(o).sort() : []);

function setUp(factor = 1): Emulator {
  const emu = emulator(buildLargeSample(factor));
  emu.run('menuSetup');
  return emu;
}

describe('getTotals on the sample as of 2019-04-24', () => {
  let result: TotalsView;
  beforeAll(() => {
    result = setUp().call('getTotals', [AS_OF]) as TotalsView;
  });

  test('the review figures: 82 sites, 20 types, 13/13, 13 in the agency block, 9 + 5 awards', () => {
    const d = result.totals.district;
    expect({ sites: d.sites, types: d.types, unitsWithSites: d.unitsWithSites, unitsTotal: d.unitsTotal })
      .toEqual({ sites: 82, types: 20, unitsWithSites: 13, unitsTotal: 13 });
    expect(d.bySector['Cơ quan'] + d.bySector['Doanh nghiệp'] + d.bySector['Nhà trường']).toBe(13);
    expect(d.awards).toEqual({ 'Tập thể': 9, 'Cá nhân': 5 });
    expect(d.invalidRows).toBe(SAMPLE_EXPECTED.invalidRows);
    expect(result.totals.asOf).toBe(AS_OF);
    expect(result.totals.from).toBe(SAMPLE_EXPECTED.from);
    expect(result.line).toContain('82 điểm');
  });

  test('the JSON has exactly the keys of workbook.md and survives a JSON round trip', () => {
    const t = result.totals;
    expect(sorted(t)).toEqual(['asOf', 'byType', 'district', 'from', 'previous', 'units']);
    expect(sorted(t.district)).toEqual([...DISTRICT_KEYS].sort());
    expect(sorted(t.district.byStatus)).toEqual(['Đang hoạt động', 'Củng cố', 'Kiện toàn'].sort());
    expect(sorted(t.district.bySector)).toEqual(['Khu dân cư', 'Cơ quan', 'Doanh nghiệp', 'Nhà trường'].sort());
    expect(sorted(t.district.byRating)).toEqual(['Hiệu quả', 'Trung bình', 'Kém', 'Chưa đánh giá'].sort());
    expect(sorted(t.district.awards)).toEqual(['Cá nhân', 'Tập thể']);
    const units = t.units as Record<string, unknown>[];
    expect(units).toHaveLength(14);
    for (const u of units) {
      expect(sorted(u)).toEqual([...UNIT_KEYS].sort());
      expect(['on-time', 'late', 'missing']).toContain(u.confirmed);
    }
    for (const b of t.byType as Record<string, unknown>[]) expect(sorted(b)).toEqual(['field', 'sites', 'type', 'units']);
    expect(t.previous).toEqual(SAMPLE_EXPECTED.previous);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('updateTotals writes Tổng hợp', () => {
  let emu: Emulator;
  beforeAll(() => {
    emu = setUp();
    emu.call('updateTotals', [AS_OF]);
    emu.call('updateTotals', [AS_OF]);
  });

  test('title, district figures as numbers, one chart after two runs', () => {
    const values = valuesOf(emu, SHEETS.totals);
    expect(values[0][0]).toBe('TỔNG HỢP MÔ HÌNH TỰ PHÒNG, TỰ QUẢN');
    const row = (label: string) => values.find((r) => r[1] === label)?.[2];
    expect(row('Số điểm')).toBe(82);
    expect(row('Số loại')).toBe(20);
    expect(typeof row('Xây dựng mới')).toBe('number');
    const sheet = sheetOf(emu, SHEETS.totals);
    expect(sheet.getCharts()).toHaveLength(1);
    // No formula crept into the owned sheet (user text neutralised).
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
  });

  test('the district block names the level of the settings; the rate has a decimal comma; figures centred', () => {
    const values = valuesOf(emu, SHEETS.totals);
    expect(values.map((r) => r[0])).toContain('TOÀN HUYỆN');
    expect(values.find((r) => r[1] === 'Tỷ lệ sinh hoạt đúng kỳ')?.[2]).toBe('95,1%');
    const sheet = sheetOf(emu, SHEETS.totals);
    const sitesRow = values.findIndex((r) => r[1] === 'Số điểm') + 1;
    expect(sheet.fmt.horizontalAlignment.get(sitesRow - 1, 2)).toBe('center');
    expect(sheet.fmt.horizontalAlignment.get(sitesRow - 1, 1)).toBeUndefined();
  });

  test('each run is logged in Nhật ký', () => {
    const log = valuesOf(emu, SHEETS.log);
    expect(log.slice(1).filter((r) => String(r[4]).includes('82 điểm'))).toHaveLength(2);
  });
});

describe('menuTotals', () => {
  test('empty answers take today and six months: the sample figures and a toast', () => {
    const emu = setUp();
    emu.ui.answer({ button: 'OK', text: '' }, { button: 'OK', text: '' });
    const result = emu.run('menuTotals') as TotalsView;
    expect(emu.ui.pending()).toBe(0);
    expect(emu.ui.prompts).toHaveLength(2);
    expect(result.totals.asOf).toBe(AS_OF);
    expect(result.totals.from).toBe(SAMPLE_EXPECTED.from);
    expect(result.totals.district.sites).toBe(82);
    expect(book(emu).toasts.at(-1)?.message).toContain('82 điểm');
    expect(sheetOf(emu, SHEETS.totals).getCharts()).toHaveLength(1);
  });

  test('Cancel at the first prompt writes nothing', () => {
    const emu = setUp();
    emu.ui.answer({ button: 'CANCEL' });
    expect(emu.run('menuTotals')).toBeNull();
    expect(sheetOf(emu, SHEETS.totals).getLastRow()).toBe(0);
  });

  test('with the lock held by another run: busy, an alert, nothing written', () => {
    const emu = setUp();
    emu.locks.holdByOther(true);
    emu.ui.answer({ button: 'OK', text: '' }, { button: 'OK', text: '' });
    const result = emu.run('menuTotals') as { busy?: string };
    expect(result.busy).toContain('thử lại');
    expect(emu.ui.alerts.at(-1)?.prompt).toContain('thử lại');
    expect(sheetOf(emu, SHEETS.totals).getLastRow()).toBe(0);
  });
});

describe('service calls of totals', () => {
  test('updateTotals and getTotals: the same at 1× and 10× the sample', () => {
    const small = setUp(1);
    const large = setUp(10);
    expectSameCalls(measure(small, () => small.call('updateTotals', [AS_OF])), measure(large, () => large.call('updateTotals', [AS_OF])));
    expectSameCalls(measure(small, () => small.call('getTotals', [AS_OF])), measure(large, () => large.call('getTotals', [AS_OF])));
    const big = large.call('getTotals', [AS_OF]) as TotalsView;
    expect(big.totals.district.sites).toBe(820);
  });
});
