/** The `antt` command line, run as a user runs it (node bin/antt.js). */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { readXlsx, writeXlsx } from '../../emulator/xlsx';
import { antt, BIN } from './harness';



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

  test('setup --new: a ready workbook (defaults, the common types, no unit yet) that validate accepts with one warning', async () => {
    const fresh = join(dir, 'moi.xlsx');
    const r = antt('setup', '--new', fresh);
    expect(r.code).toBe(0);
    const wb = await readXlsx(fresh);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Loại mô hình', 'Đơn vị', 'Khen thưởng', 'Tổng hợp', 'Lỗi dữ liệu', 'Nhật ký']);
    const types = wb.sheets[1].values.slice(1).map((row) => row[0]);
    expect(types).toHaveLength(20);
    expect(types).toContain('Camera an ninh phòng, chống tội phạm');
    expect(wb.sheets[2].values).toEqual([['Mã đơn vị', 'Tên đơn vị', 'Tên trang tính', 'Loại đơn vị', 'Email đầu mối', 'Người phụ trách', 'Đang theo dõi']]);
    const check = antt('validate', fresh, '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toEqual({ issues: [{
      sheet: 'Đơn vị', row: null, column: '', code: 'W06', severity: 'Cảnh báo',
      message: 'Trang "Đơn vị" chưa có đơn vị nào. Hãy nhập mỗi xã, phường, thị trấn (và khối cơ quan, doanh nghiệp, nhà trường) một dòng, rồi chạy "antt setup FILE.xlsx --out OUT.xlsx" để tạo trang nhập liệu cho từng đơn vị.',
    }] });
    const again = antt('setup', '--new', fresh);
    expect(again.code).toBe(2);
    expect(again.stderr.trim()).toBe(`Không ghi đè ${fresh}: tệp đã có; chọn tên tệp khác / will not overwrite ${fresh}: the file exists; choose another name`);
  });

  test('setup FILE --out: a workbook with only Đơn vị and Loại mô hình gets its unit tabs; the missing-sheet line names antt setup', async () => {
    const two = join(dir, 'hai-trang.xlsx');
    await writeXlsx({ sheets: [
      { name: 'Đơn vị', values: [['Mã đơn vị', 'Tên đơn vị', 'Tên trang tính', 'Loại đơn vị', 'Email đầu mối', 'Người phụ trách', 'Đang theo dõi'], ['HAM_MY', 'Hàm Mỹ', 'Hàm Mỹ', 'Xã', '', '', 'Có']] },
      { name: 'Loại mô hình', values: [['Tên loại mô hình', 'Lĩnh vực', 'Khối áp dụng'], ['Camera an ninh', '', '']] },
    ] }, two);
    const out = join(dir, 'hai-trang-da-thiet-lap.xlsx');
    const r = antt('setup', two, '--out', out);
    expect(r.code).toBe(0);
    expect((await readXlsx(out)).sheets.map((s) => s.name)).toContain('Hàm Mỹ');
    expect(antt('validate', out).code).toBe(0);
    const bare = antt('validate', join(dir, 'bare.xlsx'));
    expect(bare.stderr).toContain('Hãy chạy "antt setup FILE.xlsx --out OUT.xlsx" trước');
    expect(bare.stderr).toContain('run "antt setup FILE.xlsx --out OUT.xlsx" first');
  });

  test('report --pdf: R.pdf beside R.docx, made by LibreOffice with its own profile', () => {
    const out = join(dir, 'P.docx');
    const r = antt('report', workbook, '--out', out, '--as-of', '2019-04-24', '--pdf');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Đã ghi / written: ${join(dir, 'P.pdf')}`);
    expect(readFileSync(join(dir, 'P.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('report --pdf without LibreOffice: exit 2, one vi/en line, nothing written', () => {
    const out = join(dir, 'Q.docx');
    let code = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [BIN, 'report', workbook, '--out', out, '--pdf'], { env: { ...process.env, PATH: join(dir, 'no-bin') }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      ({ status: code, stderr } = e as { status: number; stderr: string });
    }
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('Không tìm thấy LibreOffice (lệnh soffice) nên không tạo được bản PDF; hãy cài LibreOffice hoặc bỏ --pdf / LibreOffice (the soffice command) was not found, so no PDF can be made; install LibreOffice or leave out --pdf');
    expect(existsSync(out)).toBe(false);
  });

  test('report --out R.docx --as-of: exit 0 and the file', () => {
    const out = join(dir, 'R.docx');
    const r = antt('report', workbook, '--out', out, '--as-of', '2019-04-24');
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});
