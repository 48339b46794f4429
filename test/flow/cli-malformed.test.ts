/**
 * `antt` on malformed invocations and files, run as a user runs it (node bin/antt.js): every
 * mistake is one Vietnamese + English line with exit 2, a damaged cell or sheet is reported
 * by the check (exit 0 or 1), and no output line ever looks like a stack frame.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { buildSampleWorkbook } from '../../emulator/sample';
import type { DataCell, SheetData, WorkbookData } from '../../emulator/workbook-data';
import { writeXlsx, writeXlsxBuffer } from '../../emulator/xlsx';
import { handXlsx, worksheetXml } from '../fixtures/hand-xlsx';

const BIN = join(__dirname, '..', '..', 'bin', 'antt.js');
const run = promisify(execFile);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function antt(args: readonly string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: typeof err.code === 'number' ? err.code : -1, stdout: String(err.stdout), stderr: String(err.stderr) };
  }
}

const STACK_FRAME = /^\s*at\s+\S.*(:\d+:\d+\)?|\((native|index \d+)\)|<anonymous>\)?)\s*$/m;
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
const ENGLISH = /\b(the|is|not|no|missing|unknown|option|cannot|file|invalid|needs|given|takes|run|unusable|will|empty|folder|date|must|there|unexpected|damaged|found)\b/;

/** Exit 2, one line on stderr: Vietnamese, " / ", English; nothing on stdout. */
function expectUserLine(o: Outcome, args: readonly string[], contains?: string): void {
  expect(o.stdout + o.stderr).not.toMatch(STACK_FRAME);
  const lines = o.stderr.trim().split('\n');
  const [vi, en] = [lines[0].split(' / ')[0], lines[0].split(' / ').slice(1).join(' / ')];
  expect({ args, code: o.code, lines: lines.length, stdout: o.stdout, vi: VIETNAMESE.test(vi), en: ENGLISH.test(en) })
    .toEqual({ args, code: 2, lines: 1, stdout: '', vi: true, en: true });
  if (contains) expect(o.stderr).toContain(contains);
}

function sheetOf(wb: WorkbookData, name: string): SheetData {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The sample with one cell of Hàm Mỹ's first data row replaced (by header). */
function sampleWith(header: string, value: DataCell, format = ''): WorkbookData {
  const wb = buildSampleWorkbook();
  const tab = sheetOf(wb, 'Hàm Mỹ');
  const c = tab.values[0].indexOf(header);
  if (c < 0) throw new Error(`no column ${header}`);
  tab.values[1][c] = value;
  if (tab.numberFormats) tab.numberFormats[1][c] = format;
  return wb;
}

describe('antt on malformed input', () => {
  let dir: string;
  let base: string;
  const at = (name: string) => join(dir, name);
  const cases: { args: string[]; check: (o: Outcome, args: string[]) => void }[] = [];
  const user = (args: string[], contains?: string) => cases.push({ args, check: (o, a) => expectUserLine(o, a, contains) });
  /** A check that found something in the cells: exit 0 or 1, and the JSON issues for more checks. */
  const checked = (args: string[], more: (issues: { code: string; message: string }[], o: Outcome) => void) =>
    cases.push({ args, check: (o, a) => {
      expect(o.stdout + o.stderr).not.toMatch(STACK_FRAME);
      expect({ a, code: [0, 1].includes(o.code), stderr: o.stderr }).toEqual({ a, code: true, stderr: '' });
      more((JSON.parse(o.stdout) as { issues: { code: string; message: string }[] }).issues, o);
    } });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'antt-malformed-'));
    base = at('mau.xlsx');
    await writeXlsx(buildSampleWorkbook(), base);
    writeFileSync(at('notes.txt'), 'không phải bảng tính\n');
    writeFileSync(at('empty.xlsx'), '');
    writeFileSync(at('picture.xlsx'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    writeFileSync(at('zip.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const good = await writeXlsxBuffer(buildSampleWorkbook());
    writeFileSync(at('truncated.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
    writeFileSync(at('no-ref.xlsx'), await handXlsx([['Đơn vị', worksheetXml('<row r="1"><c t="inlineStr"><is><t>x</t></is></c></row>')]]));
    writeFileSync(at('bad-xml.xlsx'), await handXlsx([['Đơn vị', '<worksheet><sheetData><row r="1"><c r="A1"']]));
    await writeXlsx({ sheets: [{ name: 'Trang tính1', values: [['Tên'], ['Hàm Mỹ']] }] }, at('bare.xlsx'));
    mkdirSync(at('a-folder.xlsx'));
    mkdirSync(at('folder'));
    writeFileSync(at('file'), 'x');
    writeFileSync(at('existing.xlsx'), 'x');
    await writeXlsx(sampleWith('Ngày ra mắt', 20190424, 'dd/mm/yyyy'), at('serial.xlsx'));
    await writeXlsx(sampleWith('Ngày ra mắt', 1e308, 'dd/mm/yyyy'), at('huge.xlsx'));
    await writeXlsx(sampleWith('Ngày ra mắt', 1e8, 'dd/mm/yyyy'), at('1e8.xlsx'));
    await writeXlsx(sampleWith('Ngày ra mắt', -5, 'dd/mm/yyyy'), at('negative.xlsx'));
    await writeXlsx(sampleWith('Ngày ra mắt', '#N/A'), at('na.xlsx'));
    await writeXlsx(sampleWith('Số thành viên', 'mười hai'), at('members.xlsx'));
    await writeXlsx(sampleWith('Tên mô hình', 'Đ'.repeat(50_000)), at('long.xlsx'));
    const noHeader = buildSampleWorkbook();
    sheetOf(noHeader, 'Hàm Mỹ').values = [];
    await writeXlsx(noHeader, at('no-header.xlsx'));
    const twice = buildSampleWorkbook();
    sheetOf(twice, 'Hàm Mỹ').values[0][1] = 'Mã mô hình';
    await writeXlsx(twice, at('twice.xlsx'));
    const noUnits = buildSampleWorkbook();
    sheetOf(noUnits, 'Đơn vị').values.splice(1);
    noUnits.sheets = noUnits.sheets.filter((s) => ['Cấu hình', 'Đơn vị', 'Loại mô hình', 'Khen thưởng'].includes(s.name));
    await writeXlsx(noUnits, at('no-units.xlsx'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Arguments.
  user([], 'Thiếu lệnh');
  user(['frobnicate'], 'unknown command: frobnicate');
  user(['VALIDATE'], 'unknown command: VALIDATE');
  user(['validate'], 'missing FILE.xlsx');
  user(['totals'], 'missing FILE.xlsx');
  user(['report', 'FILE'], 'needs --out R.docx');
  user(['validate', 'A', 'B'], 'unexpected argument "B"');
  user(['demo', 'extra'], 'unexpected argument "extra"');
  user(['validate', 'A', '--as-of', '2019-04-24'], 'does not apply to "antt validate"');
  user(['validate', 'A', '--from', '2019-01-01'], 'does not apply to "antt validate"');
  user(['totals', 'A', '--out', 'x.xlsx'], 'does not apply to "antt totals"');
  user(['demo', '--json'], 'does not apply to "antt demo"');
  user(['report', 'A', '--out', 'r.docx', '--json'], 'does not apply to "antt report"');
  user(['setup', 'A', '--json'], 'does not apply to "antt setup"');
  user(['totals', 'A', '--json', '--json'], 'option --json given twice');
  user(['totals', 'A', '--as-of', '2019-04-24', '--as-of', '2019-04-25'], 'option --as-of given twice');
  user(['validate', 'A', '--today', '2019-04-24', '--today=2019-04-24'], 'option --today given twice');
  user(['totals', 'A', '--as-of', ''], 'empty value for --as-of');
  user(['report', 'A', '--out', ''], 'empty value for --out');
  user(['validate', 'A', '--today='], 'empty value for --today');
  user(['validate', 'A', '--out'], 'option --out needs a value');
  user(['totals', 'A', '--as-of'], 'option --as-of needs a value');
  user(['totals', 'A', '--as-of', '--json'], 'option --as-of needs a value');
  user(['validate', 'A', '--json=yes'], 'option --json takes no value');
  user(['validate', 'A', '--zzz'], 'unknown option: --zzz');
  user(['validate', 'A', '-x'], 'unknown option: -x');
  user(['validate', 'A', '--today', '2019-13-01'], 'there is no month 13');
  user(['validate', 'A', '--today', '2019-02-30'], 'February 2019 has 28 days');
  user(['validate', 'A', '--today', '2019-00-10'], 'there is no month 0');
  user(['validate', 'A', '--today', '2019-04-31'], 'April 2019 has 30 days');
  user(['totals', 'A', '--today', '2100-02-29'], 'February 2100 has 28 days');
  user(['validate', 'A', '--today', '2019-4-24'], 'expected YYYY-MM-DD');
  user(['validate', 'A', '--today', '24/04/2019'], 'expected YYYY-MM-DD');
  user(['totals', 'A', '--as-of', 'today'], 'invalid date for --as-of: "today"');
  user(['totals', 'A', '--from', '2019-05-01', '--as-of', '2019-04-24'], '--from must be on or before --as-of');
  user(['totals', 'A', '--from', '2019-04-25', '--today', '2019-04-24'], 'is after the as-of date 2019-04-24');
  user(['report', 'A', '--out', 'r.docx', '--from', '2020-02-30'], 'February 2020 has 29 days');
  user(['validate', ''], 'missing FILE.xlsx');
  user(['setup'], '"antt setup" needs FILE.xlsx --out OUT.xlsx');
  user(['setup', 'A'], '"antt setup" needs FILE.xlsx --out OUT.xlsx');

  test('arguments', async () => {
    for (const c of cases.splice(0)) c.check(await antt(c.args), c.args);
  }, 240_000);

  test('paths', async () => {
    user(['validate', at('missing.xlsx')], 'file not found');
    user(['validate', at('folder')], 'is a folder');
    user(['validate', base, '--out', at('a-folder.xlsx')], 'it is a folder, a file name is needed');
    user(['validate', base, '--out', at('no/such/out.xlsx')], 'does not exist');
    user(['validate', base, '--out', join(at('file'), 'out.xlsx')], 'does not exist');
    user(['report', base, '--out', at('R.txt')], 'must end in .docx');
    user(['validate', base, '--out', at('out.docx')], 'must end in .xlsx');
    user(['report', base, '--out', '/proc/antt-report.docx'], 'cannot write /proc/antt-report.docx');
    user(['demo', '--out', at('existing.xlsx')], 'it is a file, a folder is needed');
    user(['setup', '--new', at('existing.xlsx')], 'will not overwrite');
    user(['setup', base, '--new', at('n.xlsx')], 'not both');
    user(['setup', '--new', at('n.xlsx'), '--out', at('m.xlsx')], 'not both');
    for (const c of cases.splice(0)) c.check(await antt(c.args), c.args);
  }, 240_000);

  test('files that are not usable workbooks', async () => {
    user(['validate', at('notes.txt')], 'not a zip archive');
    user(['totals', at('empty.xlsx')], 'the file is empty');
    user(['validate', at('picture.xlsx')], 'not a zip archive');
    user(['validate', at('zip.xlsx')], 'Cannot read .xlsx file');
    user(['report', at('truncated.xlsx'), '--out', at('t.docx')], 'Cannot read .xlsx file');
    user(['validate', at('no-ref.xlsx')], 'damaged file or not an Excel workbook');
    user(['validate', at('bad-xml.xlsx')], 'Cannot read .xlsx file');
    user(['validate', at('bare.xlsx')], 'run "antt setup FILE.xlsx --out OUT.xlsx" first');
    user(['totals', at('bare.xlsx')], 'missing sheet(s): Đơn vị, Loại mô hình');
    user(['report', at('bare.xlsx'), '--out', at('bare.docx')], 'missing sheet(s): Đơn vị, Loại mô hình');
    for (const c of cases.splice(0)) c.check(await antt(c.args), c.args);
  }, 240_000);

  test('cell values and sheet shapes: found by the check, never a crash', async () => {
    const e04 = (value: string) => (issues: { code: string; message: string }[]) =>
      expect(issues.filter((i) => i.code === 'E04').map((i) => i.message)).toContain(
        `Cột "Ngày ra mắt": "${value}" là một con số, không phải ngày (có thể ô đã mất định dạng ngày). Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 24/04/2019.`);
    checked(['validate', at('serial.xlsx'), '--json', '--today', '2019-04-24'], e04('20190424'));
    checked(['validate', at('huge.xlsx'), '--json', '--today', '2019-04-24'], e04('1e+308'));
    checked(['validate', at('1e8.xlsx'), '--json', '--today', '2019-04-24'], e04('100000000'));
    checked(['validate', at('negative.xlsx'), '--json', '--today', '2019-04-24'], (issues) => expect(issues.map((i) => i.code)).toContain('E04'));
    checked(['validate', at('na.xlsx'), '--json', '--today', '2019-04-24'], (issues) => expect(issues.map((i) => i.code)).toContain('E04'));
    checked(['validate', at('members.xlsx'), '--json', '--today', '2019-04-24'], (issues) => expect(issues.map((i) => i.code)).toContain('E09'));
    checked(['validate', at('long.xlsx'), '--json', '--today', '2019-04-24'], (issues) => expect(issues.length).toBeGreaterThan(0));
    checked(['validate', at('no-header.xlsx'), '--json', '--today', '2019-04-24'], (issues) => expect(issues.map((i) => i.code)).toContain('S02'));
    checked(['validate', at('twice.xlsx'), '--json', '--today', '2019-04-24'], (issues) => expect(issues.map((i) => i.code)).toContain('S02'));
    checked(['validate', at('no-units.xlsx'), '--json'], (issues, o) => {
      expect(issues.map((i) => i.code)).toEqual(['W06']);
      expect(o.code).toBe(0);
    });
    for (const c of cases.splice(0)) c.check(await antt(c.args), c.args);
    for (const args of [['totals', at('huge.xlsx'), '--today', '2019-04-24'], ['report', at('huge.xlsx'), '--today', '2019-04-24', '--out', at('huge.docx')]]) {
      const o = await antt(args);
      expect({ args, code: o.code }).toEqual({ args, code: 0 });
      expect(o.stdout + o.stderr).not.toMatch(STACK_FRAME);
    }
  }, 360_000);

  test('the stack-frame pattern the cases are checked with catches Node\'s frames', () => {
    expect('Error: boom\n    at main (/work/build/cli.cjs:12:5)').toMatch(STACK_FRAME);
    expect('    at async Promise.all (index 0)\n    at <anonymous>').toMatch(STACK_FRAME);
  });
});
