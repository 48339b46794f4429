/**
 * `antt validate` and `antt totals` (node bin/antt.js) on an .xlsx NOT written by exceljs: a
 * minimal package built by hand (inline strings, no shared strings, no docProps, dates as
 * serial numbers with a date style, `@` text cells, an NFD sheet name), laid out like the
 * workbook: Đơn vị, Loại mô hình and one unit tab with three rows, one of them wrong. When
 * LibreOffice is on PATH, a copy it re-saved must give the same issues and totals.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import JSZip from 'jszip';
import { antt, type CliRun, type IssueView } from './harness';
import { XLSX_STYLE, handXlsx, worksheetXml, xmlText } from '../fixtures/hand-xlsx';
import { columnLetter } from '../../src/core/a1';

const TODAY = '2019-04-24';


/** `soffice` on PATH, if any. */
function onPath(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, cmd);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return null;
}

// ---- the hand-built package -------------------------------------------------------------------

type Cell = { s: string; style?: number } | { n: number; style?: number } | { date: string } | null;

const STYLE = { none: XLSX_STYLE.none, date: XLSX_STYLE.date, text: XLSX_STYLE.text, header: XLSX_STYLE.bold } as const;

/** Excel serial of a calendar day (1900 date system). */
function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}


function cellXml(ref: string, c: Cell): string {
  if (c === null) return '';
  if ('s' in c) return `<c r="${ref}" t="inlineStr" s="${c.style ?? STYLE.none}"><is><t xml:space="preserve">${xmlText(c.s)}</t></is></c>`;
  if ('n' in c) return `<c r="${ref}" s="${c.style ?? STYLE.none}"><v>${c.n}</v></c>`;
  return `<c r="${ref}" s="${STYLE.date}"><v>${serial(c.date)}</v></c>`;
}

/** Rows by 1-based row number (gaps allowed, as Excel writes them). */
function sheetXml(rows: [number, Cell[]][]): string {
  const body = rows.map(([r, cells]) => `<row r="${r}">${cells.map((c, i) => cellXml(`${columnLetter(i + 1)}${r}`, c)).join('')}</row>`).join('');
  return worksheetXml(body);
}

const t = (s: string): Cell => (s === '' ? null : { s });
const header = (...names: string[]): Cell[] => names.map((s) => ({ s, style: STYLE.header }));

const UNIT_HEADER = [
  'Mã mô hình', 'Tên mô hình', 'Loại mô hình', 'Khối', 'Địa bàn', 'Hình thức', 'Ngày ra mắt', 'Số quyết định',
  'Số thành viên', 'Người phụ trách', 'Điện thoại', 'Chu kỳ sinh hoạt', 'Sinh hoạt gần nhất', 'Sơ kết gần nhất',
  'Tổng kết gần nhất', 'Tình trạng', 'Ngày thanh loại', 'Xếp loại', 'Kết quả nổi bật', 'Ghi chú',
];

function modelRow(o: { id: string; type: string; place: string; form: string; launch: string; phone: string }): Cell[] {
  return [
    { s: o.id, style: STYLE.text }, t(`${o.type} ${o.place}`), t(o.type), t('Khu dân cư'), t(o.place), t(o.form),
    { date: o.launch }, { s: '12/QĐ-UBND', style: STYLE.text }, { n: 12 }, t('Nguyễn Văn An'), { s: o.phone, style: STYLE.text },
    t('Hằng tháng'), { date: '2019-04-10' }, { date: '2019-01-10' }, { date: '2018-12-20' }, t('Đang hoạt động'), null, t('Hiệu quả'),
    null, t('Ghi chú & <nhận xét>'),
  ];
}

/** The sheet and row of the one wrong row: `Hình thức` is not one of the list's values. */
const WRONG = { sheet: 'Hàm Mỹ', row: 4, column: 'Hình thức', code: 'E03' };

async function foreignXlsx(): Promise<Buffer> {
  const sheets: [string, string][] = [
    ['Đơn vị', sheetXml([
      [1, header('Mã đơn vị', 'Tên đơn vị', 'Tên trang tính', 'Loại đơn vị', 'Email đầu mối', 'Người phụ trách', 'Đang theo dõi')],
      [2, [t('HAM_MY'), t('Hàm Mỹ'), null, t('Xã'), t('hammy@example.vn'), t('Lê Văn Bình'), t('Có')]],
    ])],
    ['Loại mô hình', sheetXml([
      [1, header('Tên loại mô hình', 'Lĩnh vực', 'Khối áp dụng')],
      [2, [t('Khu dân cư phòng chống tội phạm'), t('Phòng chống tội phạm'), t('Khu dân cư')]],
      [3, [t('Camera an ninh phòng, chống tội phạm'), t('Phòng chống tội phạm'), null]],
    ])],
    // The unit tab's name in NFD, as some Mac keyboards type it.
    ['Hàm Mỹ'.normalize('NFD'), sheetXml([
      [1, header(...UNIT_HEADER)],
      [2, modelRow({ id: 'HM-01', type: 'Khu dân cư phòng chống tội phạm', place: 'Thôn Phú Mỹ', form: 'Xây dựng mới', launch: '2018-01-15', phone: '0912345678' })],
      [3, modelRow({ id: 'HM-02', type: 'Camera an ninh phòng, chống tội phạm', place: 'Thôn Ba Bàu', form: 'Nhân rộng', launch: '2018-03-05', phone: '0987654321' })],
      [WRONG.row, modelRow({ id: 'HM-03', type: 'Camera an ninh phòng, chống tội phạm', place: 'Thôn Lập Phước', form: 'Làm cho vui', launch: '2018-06-01', phone: '0911222333' })],
    ])],
  ];
  return handXlsx(sheets);
}

// ---- the checks --------------------------------------------------------------------------------


function validateJson(file: string): { run: CliRun; issues: IssueView[] } {
  const run = antt('validate', file, '--json', '--today', TODAY);
  const issues = run.stdout ? (JSON.parse(run.stdout) as { issues: IssueView[] }).issues : [];
  return { run, issues };
}

function totalsJson(file: string): { run: CliRun; totals: { asOf: string; district: { sites: number; types: number; unitsWithSites: number; invalidRows: number } } } {
  const run = antt('totals', file, '--as-of', TODAY, '--json');
  return { run, totals: run.stdout ? JSON.parse(run.stdout) : null };
}

const key = (i: IssueView) => `${i.sheet}!${i.row} ${i.column} ${i.code} ${i.severity}`;

describe('antt on a hand-built .xlsx (not written by exceljs)', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'antt-foreign-'));
    file = join(dir, 'tu-lam.xlsx');
    writeFileSync(file, await foreignXlsx());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the package is what it claims: inline strings only, no shared strings, serial dates', async () => {
    const zip = await JSZip.loadAsync(await foreignXlsx());
    expect(zip.file('xl/sharedStrings.xml')).toBeNull();
    const unitTab = await zip.file('xl/worksheets/sheet3.xml')?.async('string');
    expect(unitTab).toContain('t="inlineStr"');
    expect(unitTab).toContain(`<v>${serial('2018-01-15')}</v>`);
    expect(serial('2019-04-24')).toBe(43579);
  });

  test('validate --json: exit 1, exactly the wrong row reported, with sheet, row, column and code', () => {
    const { run, issues } = validateJson(file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(issues.map(key)).toEqual([`${WRONG.sheet}!${WRONG.row} ${WRONG.column} ${WRONG.code} Lỗi`]);
    expect(issues[0].message).toContain('Làm cho vui');
  });

  test('validate without --json: exit 1, a line per issue and the count', () => {
    const run = antt('validate', file, '--today', TODAY);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0].split('\t').slice(0, 4)).toEqual(['Lỗi', WRONG.code, `${WRONG.sheet}!${WRONG.row}`, WRONG.column]);
    expect(lines[1]).toMatch(/^1 lỗi, 0 cảnh báo/);
  });

  test('totals --json: the two valid rows counted (2 sites, 2 types, 1 unit), the wrong one left out', () => {
    const { run, totals } = totalsJson(file);
    expect(run.code).toBe(0);
    expect(totals.asOf).toBe(TODAY);
    expect(totals.district).toEqual(expect.objectContaining({ sites: 2, types: 2, unitsWithSites: 1, invalidRows: 1 }));
  });

  const soffice = onPath('soffice');
  (soffice ? test : test.skip)('a copy re-saved by LibreOffice gives the same issues and totals', async () => {
    const out = join(dir, 'lo');
    mkdirSync(out);
    execFileSync(soffice as string, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, file], { stdio: 'ignore', timeout: 60_000 });
    const copy = join(out, 'tu-lam.xlsx');
    expect(existsSync(copy)).toBe(true);
    // Really another writer's package: LibreOffice stores text as shared strings.
    const zip = await JSZip.loadAsync(readFileSync(copy));
    expect(zip.file('xl/sharedStrings.xml')).not.toBeNull();
    const original = validateJson(file);
    const converted = validateJson(copy);
    expect(converted.run.code).toBe(1);
    expect(converted.issues).toEqual(original.issues);
    expect(totalsJson(copy).totals.district).toEqual(totalsJson(file).totals.district);
  });
});
