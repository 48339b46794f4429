/** The `antt` command line, run as a user runs it (node bin/antt.js). */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx } from '../../emulator/xlsx';
import { antt } from './harness';



describe('antt', () => {
  let dir: string;
  let workbook: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'antt-flow-'));
    workbook = join(dir, 'workbook.xlsx');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('--help exits 0 and lists the commands', () => {
    const r = antt('--help');
    expect(r.code).toBe(0);
    for (const c of ['demo', 'validate', 'totals', 'report']) expect(r.stdout).toContain(`antt ${c}`);
  });

  test('demo --out DIR writes workbook.xlsx and report.docx', () => {
    const r = antt('demo', '--out', dir);
    expect(r.code).toBe(0);
    expect(statSync(workbook).size).toBeGreaterThan(1000);
    expect(statSync(join(dir, 'report.docx')).size).toBeGreaterThan(1000);
  });

  test('validate --json: the issues and exit 1 (the sample has errors)', () => {
    const r = antt('validate', workbook, '--json', '--today', '2019-04-24');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { issues: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['issues']);
    expect(out.issues.length).toBeGreaterThan(0);
    for (const i of out.issues) expect(Object.keys(i).sort()).toEqual(['code', 'column', 'message', 'row', 'severity', 'sheet']);
    expect(out.issues.filter((i) => i.severity === 'Lỗi')).toHaveLength(9);
  });

  test('totals --as-of --json: 82 sites', () => {
    const r = antt('totals', workbook, '--as-of', '2019-04-24', '--json');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout) as { asOf: string; district: { sites: number; types: number } };
    expect(t.asOf).toBe('2019-04-24');
    expect(t.district.sites).toBe(82);
    expect(t.district.types).toBe(20);
  });

  test('totals on a file that is not a workbook: exit 2, one line, no stack trace', () => {
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'không phải bảng tính\n');
    const r = antt('totals', notes);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(r.stdout).toBe('');
  });

  test('a workbook without Đơn vị and Loại mô hình: exit 2 from validate, totals and report, one vi/en line', async () => {
    const bare = join(dir, 'bare.xlsx');
    await writeXlsx({ sheets: [{ name: 'Trang tính1', values: [['Tên', 'Số'], ['Hàm Mỹ', 7]] }] }, bare);
    for (const args of [['validate', bare, '--json'], ['totals', bare], ['report', bare, '--out', join(dir, 'bare.docx')]]) {
      const r = antt(...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('Bảng tính thiếu trang "Đơn vị", "Loại mô hình"');
      expect(r.stderr).toContain('missing sheet(s): Đơn vị, Loại mô hình');
    }
    expect(existsSync(join(dir, 'bare.docx'))).toBe(false);
  });

  test('--today is the clock of totals: rows are checked as of that day, not the real today', () => {
    const onDay = JSON.parse(antt('totals', workbook, '--as-of', '2019-04-24', '--today', '2019-04-24', '--json').stdout) as { district: { invalidRows: number } };
    expect(onDay.district.invalidRows).toBe(9);
    const realToday = JSON.parse(antt('totals', workbook, '--as-of', '2019-04-24', '--json').stdout) as { district: { invalidRows: number } };
    expect(realToday.district.invalidRows).toBe(8);
  });

  test('an impossible day or a period ending before it starts: exit 2, both languages, the format the CLI accepts', () => {
    const month = antt('validate', workbook, '--today', '2019-13-01');
    expect(month.code).toBe(2);
    expect(month.stderr.trim()).toBe('Ngày không tồn tại cho --today: 2019-13-01 (không có tháng 13; cần dạng YYYY-MM-DD, ví dụ 2019-04-24) / no such date for --today: 2019-13-01 (there is no month 13; expected YYYY-MM-DD, e.g. 2019-04-24)');
    const day = antt('totals', workbook, '--as-of', '2019-02-30');
    expect(day.code).toBe(2);
    expect(day.stderr).toContain('tháng 2 năm 2019 có 28 ngày');
    expect(day.stderr).toContain('February 2019 has 28 days');
    const order = antt('report', workbook, '--out', join(dir, 'never.docx'), '--from', '2019-05-01', '--as-of', '2019-04-24');
    expect(order.code).toBe(2);
    expect(order.stderr).toContain('--from phải trước hoặc bằng --as-of (dạng YYYY-MM-DD');
    expect(order.stderr).toContain('--from must be on or before --as-of (format YYYY-MM-DD');
    expect(existsSync(join(dir, 'never.docx'))).toBe(false);
  });

  test('options that do not apply, given twice or empty, extra files, no command: exit 2 with one line', () => {
    const cases: [string[], string][] = [
      [[], 'Thiếu lệnh (antt --help) / missing command (antt --help)'],
      [['validate', workbook, '--as-of', '2019-04-24'], 'Tùy chọn --as-of không dùng được với lệnh "antt validate" (antt --help) / option --as-of does not apply to "antt validate" (antt --help)'],
      [['totals', workbook, '--json', '--json'], 'Tùy chọn --json được nhập hai lần: chỉ nhập một lần / option --json given twice: give it once'],
      [['totals', workbook, '--as-of', ''], 'Giá trị của --as-of đang trống (cần --as-of YYYY-MM-DD) / empty value for --as-of (expected --as-of YYYY-MM-DD)'],
      [['validate', workbook, workbook], `Thừa tham số "${workbook}": lệnh "antt validate" không nhận thêm tệp (antt --help) / unexpected argument "${workbook}": "antt validate" takes no more files (antt --help)`],
      [['totals', workbook, '--colour'], 'Tùy chọn không hỗ trợ: --colour (antt --help) / unknown option: --colour (antt --help)'],
    ];
    for (const [args, line] of cases) {
      const r = antt(...args);
      expect({ args, code: r.code, stderr: r.stderr, stdout: r.stdout }).toEqual({ args, code: 2, stderr: `${line}\n`, stdout: '' });
    }
  });

  test('output paths are checked before any work: a folder, a missing folder, demo onto a file', () => {
    const folderPath = join(dir, 'a-folder.xlsx');
    mkdirSync(folderPath);
    const folder = antt('validate', workbook, '--out', folderPath);
    expect(folder.code).toBe(2);
    expect(folder.stderr.trim()).toBe(`Không ghi được ${folderPath}: đây là một thư mục, cần tên tệp / cannot write ${folderPath}: it is a folder, a file name is needed`);
    expect(folder.stdout).toBe('');
    const missing = antt('report', workbook, '--out', join(dir, 'no-such-folder', 'R.docx'));
    expect(missing.stderr.trim()).toBe(`Không ghi được ${join(dir, 'no-such-folder', 'R.docx')}: thư mục ${join(dir, 'no-such-folder')} không tồn tại / cannot write ${join(dir, 'no-such-folder', 'R.docx')}: folder ${join(dir, 'no-such-folder')} does not exist`);
    expect(missing.stdout).toBe('');
    const onFile = antt('demo', '--out', workbook);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toContain('đây là một tệp, cần tên thư mục');
    expect(onFile.stdout).toBe('');
  });

  test('report --out R.docx --as-of: exit 0 and the file', () => {
    const out = join(dir, 'R.docx');
    const r = antt('report', workbook, '--out', out, '--as-of', '2019-04-24');
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});
