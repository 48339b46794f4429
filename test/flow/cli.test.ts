/** The `antt` command line, run as a user runs it (node bin/antt.js). */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

  test('report --out R.docx --as-of: exit 0 and the file', () => {
    const out = join(dir, 'R.docx');
    const r = antt('report', workbook, '--out', out, '--as-of', '2019-04-24');
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});
