/**
 * The sample workbook against the review of 24/4/2019, counted here independently of the
 * core: a small reading of workbook.md's rules and totals definitions, so a bug in the core
 * and a bug in the sample cannot hide each other.
 */
import { buildLargeSample, buildSampleWorkbook, largeSampleFactorFor, SAMPLE_DATA_ROWS, SAMPLE_EXPECTED } from '../../emulator/sample';
import type { DataCell, SheetData, WorkbookData } from '../../emulator/workbook-data';

const D = SAMPLE_EXPECTED.asOf;
const F = SAMPLE_EXPECTED.from;
const SECTORS = ['Khu dân cư', 'Cơ quan', 'Doanh nghiệp', 'Nhà trường'];
const FORMS = ['Xây dựng mới', 'Nhân rộng'];
const STATUSES = ['Đang hoạt động', 'Củng cố', 'Kiện toàn', 'Thanh loại'];
const RATINGS = ['Hiệu quả', 'Trung bình', 'Kém', 'Chưa đánh giá'];
const CYCLES = ['Hằng tháng', 'Hằng quý'];
const DATE_HEADERS = ['Ngày ra mắt', 'Sinh hoạt gần nhất', 'Sơ kết gần nhất', 'Tổng kết gần nhất', 'Ngày thanh loại'];

/** The day a Date cell shows in Asia/Ho_Chi_Minh, or a valid d/m/yyyy text; else 'bad'. */
function dayOf(v: DataCell): string | null | 'bad' {
  if (v === '') return null;
  if (v instanceof Date) return new Date(v.getTime() + 7 * 3600e3).toISOString().slice(0, 10);
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(String(v).trim());
  if (!m) return 'bad';
  const dt = new Date(Date.UTC(+m[3], +m[2] - 1, +m[1]));
  if (dt.getUTCDate() !== +m[1] || dt.getUTCMonth() !== +m[2] - 1) return 'bad';
  return dt.toISOString().slice(0, 10);
}

function sheet(wb: WorkbookData, name: string): SheetData {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function records(s: SheetData): Record<string, DataCell>[] {
  const header = s.values[0].map(String);
  return s.values.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

interface Row {
  sheet: string;
  row: number;
  unitType: string;
  unitCode: string;
  cells: Record<string, DataCell>;
  errors: string[];
}

function analyse(wb: WorkbookData): Row[] {
  const units = records(sheet(wb, 'Đơn vị'));
  const types = new Map(records(sheet(wb, 'Loại mô hình')).map((t) => [
    String(t['Tên loại mô hình']),
    String(t['Khối áp dụng']).split(',').map((x) => x.trim()).filter(Boolean),
  ]));
  const rows: Row[] = [];
  for (const u of units) {
    const s = sheet(wb, String(u['Tên trang tính'] || u['Tên đơn vị']));
    records(s).forEach((cells, i) => {
      if (Object.values(cells).every((v) => v === '')) return;
      rows.push({ sheet: s.name, row: i + 2, unitType: String(u['Loại đơn vị']), unitCode: String(u['Mã đơn vị']), cells, errors: [] });
    });
  }
  const idCount = new Map<string, number>();
  for (const r of rows) {
    const id = String(r.cells['Mã mô hình']);
    if (id) idCount.set(id, (idCount.get(id) ?? 0) + 1);
  }
  for (const r of rows) {
    const c = r.cells;
    const e = new Set<string>();
    for (const h of ['Loại mô hình', 'Khối', 'Địa bàn', 'Hình thức', 'Ngày ra mắt', 'Tình trạng']) if (c[h] === '') e.add('E01');
    const allowed = types.get(String(c['Loại mô hình']));
    if (c['Loại mô hình'] !== '' && !allowed) e.add('E02');
    const lists: [string, string[]][] = [['Khối', SECTORS], ['Hình thức', FORMS], ['Tình trạng', STATUSES], ['Xếp loại', RATINGS], ['Chu kỳ sinh hoạt', CYCLES]];
    for (const [h, list] of lists) if (c[h] !== '' && !list.includes(String(c[h]))) e.add('E03');
    const days = new Map(DATE_HEADERS.map((h) => [h, dayOf(c[h])]));
    for (const d of days.values()) {
      if (d === 'bad') e.add('E04');
      else if (d && d > D) e.add('E05');
    }
    if (c['Tình trạng'] === 'Thanh loại' && c['Ngày thanh loại'] === '') e.add('E06');
    const launch = days.get('Ngày ra mắt');
    for (const h of DATE_HEADERS.slice(1)) {
      const d = days.get(h);
      if (launch && launch !== 'bad' && d && d !== 'bad' && d < launch) e.add('E07');
    }
    if ((idCount.get(String(c['Mã mô hình'])) ?? 0) > 1) e.add('E08');
    const members = c['Số thành viên'];
    if (members !== '' && !(typeof members === 'number' && Number.isInteger(members) && members >= 1)) e.add('E09');
    if (allowed && allowed.length > 0 && !allowed.includes(String(c['Khối']))) e.add('E10');
    r.errors = [...e].sort();
  }
  return rows;
}

function retiredBy(r: Row, day: string): boolean {
  const d = dayOf(r.cells['Ngày thanh loại']);
  return r.cells['Tình trạng'] === 'Thanh loại' && typeof d === 'string' && d !== 'bad' && d <= day;
}

function counted(rows: Row[], day: string): Row[] {
  return rows.filter((r) => {
    const launch = dayOf(r.cells['Ngày ra mắt']);
    return r.errors.length === 0 && typeof launch === 'string' && launch !== 'bad' && launch <= day && !retiredBy(r, day);
  });
}

describe('sample workbook (Hàm Thuận Nam, 24/4/2019)', () => {
  let wb: ReturnType<typeof buildSampleWorkbook>;
  let rows: Row[];
  let sites: Row[];
  beforeAll(() => {
    wb = buildSampleWorkbook();
    rows = analyse(wb);
    sites = counted(rows, D);
  });

  test('reproduces the review figures', () => {
    expect(sites).toHaveLength(SAMPLE_EXPECTED.sites);
    expect(new Set(sites.map((r) => r.cells['Loại mô hình'])).size).toBe(SAMPLE_EXPECTED.types);
    const communes = records(sheet(wb, 'Đơn vị')).filter((u) => ['Xã', 'Thị trấn', 'Phường'].includes(String(u['Loại đơn vị'])));
    expect(communes).toHaveLength(SAMPLE_EXPECTED.unitsTotal);
    const withSites = new Set(sites.filter((r) => r.unitType !== 'Khối cơ quan').map((r) => r.unitCode));
    expect(withSites.size).toBe(SAMPLE_EXPECTED.unitsWithSites);
    const agency = sites.filter((r) => r.unitType === 'Khối cơ quan');
    expect(agency).toHaveLength(SAMPLE_EXPECTED.agencySites);
    expect(agency.every((r) => ['Cơ quan', 'Doanh nghiệp', 'Nhà trường'].includes(String(r.cells['Khối'])))).toBe(true);
  });

  test('awards in the period: 9 collectives, 5 individuals; older ones outside', () => {
    const awards = records(sheet(wb, 'Khen thưởng'));
    const inPeriod: Record<string, number> = {};
    for (const a of awards) {
      const d = dayOf(a['Ngày']);
      if (typeof d === 'string' && d >= F && d <= D) inPeriod[String(a['Đối tượng'])] = (inPeriod[String(a['Đối tượng'])] ?? 0) + 1;
    }
    expect(inPeriod).toEqual(SAMPLE_EXPECTED.awards);
    expect(awards.length).toBeGreaterThan(14);
  });

  test('the rows with errors are exactly the listed wrong rows, each with its own error only', () => {
    const found = rows.filter((r) => r.errors.length > 0).map((r) => ({ sheet: r.sheet, row: r.row, codes: r.errors }));
    const listed = SAMPLE_EXPECTED.wrongRows.map((w) => ({ sheet: w.sheet, row: w.row, codes: [w.code] }));
    expect(found).toEqual(listed);
    expect(found).toHaveLength(SAMPLE_EXPECTED.invalidRows);
    expect(new Set(found.map((f) => f.sheet)).size).toBeGreaterThanOrEqual(3);
  });

  test('each wrong row is wrong in its own terms', () => {
    const at = (sheetName: string, row: number) => rows.find((r) => r.sheet === sheetName && r.row === row)?.cells;
    for (const w of SAMPLE_EXPECTED.wrongRows) {
      const c = at(w.sheet, w.row);
      if (!c) throw new Error(`no row ${w.sheet}!${w.row}`);
      switch (w.code) {
        case 'E02': expect(c['Loại mô hình']).toBe('Camara an ninh phòng, chống tội phạm'); break;
        case 'E03': expect(c['Hình thức']).toBe('Xay dung moi'); break;
        case 'E04': expect(c['Ngày ra mắt']).toBe('31/02/2019'); break;
        case 'E05': expect(dayOf(c['Ngày ra mắt'])).toBe('2019-06-01'); break;
        case 'E06': expect([c['Tình trạng'], c['Ngày thanh loại']]).toEqual(['Thanh loại', '']); break;
        case 'E08': expect(rows.filter((r) => r.cells['Mã mô hình'] === c['Mã mô hình'])).toHaveLength(2); break;
        case 'E09': expect(c['Số thành viên']).toBe(-3); break;
        case 'E10': expect([c['Loại mô hình'], c['Khối']]).toEqual(['Vì mái trường không có ma túy', 'Cơ quan']); break;
        default: throw new Error(`unexpected code ${w.code}`);
      }
    }
    // Both rows of the duplicate are listed.
    expect(SAMPLE_EXPECTED.wrongRows.filter((w) => w.code === 'E08')).toHaveLength(2);
  });

  test('secondary figures (period, sectors, units)', () => {
    const launched = sites.filter((r) => { const d = dayOf(r.cells['Ngày ra mắt']); return typeof d === 'string' && d >= F; });
    expect(launched).toHaveLength(SAMPLE_EXPECTED.launchedInPeriod);
    const retired = rows.filter((r) => r.errors.length === 0 && r.cells['Tình trạng'] === 'Thanh loại'
      && (() => { const d = dayOf(r.cells['Ngày thanh loại']); return typeof d === 'string' && d >= F && d <= D; })());
    expect(retired).toHaveLength(SAMPLE_EXPECTED.retiredInPeriod);
    const bySector: Record<string, number> = {};
    for (const r of sites) bySector[String(r.cells['Khối'])] = (bySector[String(r.cells['Khối'])] ?? 0) + 1;
    expect(bySector).toEqual(SAMPLE_EXPECTED.bySector);
    const byUnit: Record<string, number> = {};
    for (const r of sites) byUnit[r.unitCode] = (byUnit[r.unitCode] ?? 0) + 1;
    expect(byUnit).toEqual(SAMPLE_EXPECTED.unitSites);
    expect(sites.filter((r) => r.cells['Hình thức'] === 'Xây dựng mới')).toHaveLength(SAMPLE_EXPECTED.newSites);
    expect(sites.filter((r) => r.cells['Hình thức'] === 'Nhân rộng')).toHaveLength(SAMPLE_EXPECTED.replicatedSites);
    const before = counted(rows, SAMPLE_EXPECTED.previous.asOf);
    expect(before).toHaveLength(SAMPLE_EXPECTED.previous.sites);
    expect(new Set(before.map((r) => r.cells['Loại mô hình'])).size).toBe(SAMPLE_EXPECTED.previous.types);
    // Some retired rows exist and are not counted; two of the catalog's types have no site.
    expect(rows.filter((r) => r.errors.length === 0 && retiredBy(r, D)).length).toBe(4);
    expect(records(sheet(wb, 'Loại mô hình')).length).toBeGreaterThanOrEqual(22);
  });

  test('is typed as a district would: NFC text, text phones, local-midnight dates, valid tab names', () => {
    const units = records(sheet(wb, 'Đơn vị'));
    expect(units).toHaveLength(14);
    for (const u of units) {
      const tab = String(u['Tên trang tính']);
      expect(tab.length).toBeLessThanOrEqual(31);
      expect(tab).not.toMatch(/[:\\/?*[\]]/);
      expect(String(u['Email đầu mối'])).toMatch(/^[a-z.]+@example\.gov\.vn/);
    }
    for (const s of wb.sheets) {
      for (const row of s.values) {
        for (const v of row) {
          if (typeof v === 'string') expect(v).toBe(v.normalize('NFC'));
          if (v instanceof Date) expect((v.getTime() + 7 * 3600e3) % 86400e3).toBe(0);
        }
      }
    }
    for (const r of rows) {
      expect(r.cells['Kiểm tra']).toBeUndefined();
      const p = r.cells['Điện thoại'];
      expect(typeof p).toBe('string');
      expect(String(p)).toMatch(/^0\d{9,10}$/);
    }
    const settings = records(sheet(wb, 'Cấu hình'));
    expect(settings.find((s) => s['Mục'] === 'Người ký')?.['Giá trị']).toBe('Trần Ngọc Diệp');
    expect(settings.find((s) => s['Mục'] === 'Cơ quan cấp trên')?.['Giá trị']).toBe('UBND HUYỆN HÀM THUẬN NAM');
    // Launches 2015–2019, both forms, several effective ratings with highlights.
    const launchYears = new Set(sites.map((r) => String(dayOf(r.cells['Ngày ra mắt'])).slice(0, 4)));
    expect([...launchYears].sort()).toEqual(['2015', '2016', '2017', '2018', '2019']);
    expect(sites.filter((r) => r.cells['Xếp loại'] === 'Hiệu quả' && r.cells['Kết quả nổi bật'] !== '').length).toBeGreaterThanOrEqual(8);
    expect(sites.filter((r) => r.cells['Xếp loại'] === 'Kém').length).toBeGreaterThanOrEqual(1);
  });

  test('is deterministic', () => {
    expect(buildSampleWorkbook()).toEqual(wb);
  });
});

describe('large sample', () => {
  test('repeats each tab 10 times with unique codes and scales the figures', () => {
    const big = buildLargeSample(10);
    const rows = analyse(big);
    expect(rows).toHaveLength(SAMPLE_DATA_ROWS * 10);
    expect(counted(rows, D)).toHaveLength(SAMPLE_EXPECTED.sites * 10);
    expect(new Set(counted(rows, D).map((r) => r.cells['Loại mô hình'])).size).toBe(SAMPLE_EXPECTED.types);
    expect(rows.filter((r) => r.errors.length > 0)).toHaveLength(SAMPLE_EXPECTED.invalidRows * 10);
  });

  test('reaches 100,000 rows', () => {
    const factor = largeSampleFactorFor(100_000);
    const big = buildLargeSample(factor);
    const dataRows = big.sheets.slice(4).reduce((n, s) => n + s.values.length - 1, 0);
    expect(dataRows).toBeGreaterThanOrEqual(100_000);
    expect(dataRows).toBe(SAMPLE_DATA_ROWS * factor);
  });
});
