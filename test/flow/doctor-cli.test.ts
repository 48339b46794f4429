/**
 * `antt doctor FILE.xlsx` (exit 0 all good, 1 something to fix, 2 unusable) and a scope the
 * bundle's manifest lacks reaching a CLI user: one line naming the service and the scope,
 * exit 3, no stack trace. Run as a user runs it (node bin/antt.js).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx, writeXlsx } from '../../emulator/xlsx';
import { antt, BIN, BUNDLE, type CliRun } from './harness';

const OFFLINE = 'không kiểm tra được ngoại tuyến / not checkable offline';
const HINT = 'chạy "Mô hình ANTT → Kiểm tra cài đặt" trên Google Sheets.';
const AUTH = 'https://www.googleapis.com/auth/';

let dir: string;
let workbook: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'antt-doctor-cli-'));
  workbook = join(dir, 'workbook.xlsx');
  expect(antt('demo', '--out', dir).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('antt doctor', () => {
  test('the demo workbook: the file checks ok, the live ones not checkable offline, exit 0', () => {
    const r = antt('doctor', workbook);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'ok – Múi giờ: bảng tính và dự án Apps Script đều dùng Asia/Ho_Chi_Minh.',
      'ok – Trang của các đơn vị: đủ trang cho 14 đơn vị được theo dõi.',
      'ok – Địa chỉ email: 14 đơn vị đều có email đầu mối hợp lệ; 2 email quản trị hợp lệ.',
      'ok – Bảo vệ trang đơn vị: 14 trang đơn vị đều được bảo vệ.',
      `${OFFLINE} – Người được sửa trang đơn vị: tệp .xlsx không lưu người được sửa; ${HINT}`,
      'ok – Trang do tiện ích ghi: 3 trang do tiện ích ghi đều có và được bảo vệ.',
      `${OFFLINE} – Quyền truy cập: quyền cấp cho tiện ích thuộc tài khoản Google; ${HINT}`,
      `${OFFLINE} – Thư mục báo cáo trên Drive: tệp .xlsx không có Drive; ${HINT}`,
      `${OFFLINE} – Lịch nhắc hằng ngày: lịch chạy nằm trong dự án Apps Script; ${HINT}`,
      `${OFFLINE} – Hạn mức gửi thư: hạn mức thuộc tài khoản Google; ${HINT}`,
      `${OFFLINE} – Khóa tài liệu: khóa chỉ có khi chạy trên Google Sheets; ${HINT}`,
      '5 mục ổn, 0 mục cần sửa, 6 mục không kiểm tra được ngoại tuyến / 5 ok, 0 to fix, 6 not checkable offline',
    ]);
    expect(r.stderr).toBe('');
  });

  test('an unprotected unit tab and a missing owned sheet: exit 1, the fix names the offline set-up', async () => {
    const data = await readXlsx(workbook);
    const tab = data.sheets.find((s) => s.name === 'Hàm Cần');
    if (tab) tab.protections = [];
    data.sheets = data.sheets.filter((s) => s.name !== 'Lỗi dữ liệu');
    const broken = join(dir, 'broken.xlsx');
    await writeXlsx(data, broken);
    const r = antt('doctor', broken);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain('cần sửa – Bảo vệ trang đơn vị: trang "Hàm Cần" chưa được bảo vệ. Hãy chạy "antt setup FILE.xlsx --out OUT.xlsx".');
    expect(lines).toContain('cần sửa – Trang do tiện ích ghi: thiếu trang "Lỗi dữ liệu". Hãy chạy "antt setup FILE.xlsx --out OUT.xlsx".');
    expect(lines.at(-1)).toBe('3 mục ổn, 2 mục cần sửa, 6 mục không kiểm tra được ngoại tuyến / 3 ok, 2 to fix, 6 not checkable offline');
  });

  test('a workbook without Đơn vị: exit 2, one line, nothing on stdout', async () => {
    const data = await readXlsx(workbook);
    data.sheets = data.sheets.filter((s) => s.name !== 'Đơn vị');
    const unusable = join(dir, 'unusable.xlsx');
    await writeXlsx(data, unusable);
    const r = antt('doctor', unusable);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      'Bảng tính thiếu trang "Đơn vị". Hãy chạy "antt setup FILE.xlsx --out OUT.xlsx" trước / unusable workbook, missing sheet(s): Đơn vị; run "antt setup FILE.xlsx --out OUT.xlsx" first',
    ]);
  });

  test('--help lists it', () => {
    expect(antt('--help').stdout).toContain('antt doctor FILE.xlsx');
  });
});

/** `antt` with the bundle swapped for a copy beside a manifest lacking `scope`. */
function anttWithout(scope: string, ...args: string[]): CliRun {
  const bundleDir = mkdtempSync(join(dir, 'bundle-'));
  copyFileSync(BUNDLE, join(bundleDir, 'Code.js'));
  const manifest = JSON.parse(readFileSync(join(BUNDLE, '..', 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
  writeFileSync(join(bundleDir, 'appsscript.json'), JSON.stringify({ ...manifest, oauthScopes: manifest.oauthScopes.filter((s) => s !== `${AUTH}${scope}`) }));
  try {
    const stdout = execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ANTT_BUNDLE: join(bundleDir, 'Code.js') } });
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number | null; stdout: string; stderr: string };
    return { code: err.status ?? -1, stdout: String(err.stdout), stderr: String(err.stderr) };
  }
}

describe('a scope missing from the manifest reaches the CLI user', () => {
  test('antt validate without spreadsheets.currentonly: one line naming SpreadsheetApp and the scope, exit 3', () => {
    const r = anttWithout('spreadsheets.currentonly', 'validate', workbook);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toEqual([
      `Tiện ích thiếu quyền: SpreadsheetApp cần phạm vi ${AUTH}spreadsheets.currentonly hoặc ${AUTH}spreadsheets (lệnh SpreadsheetApp.getActiveSpreadsheet); thêm phạm vi này vào "oauthScopes" của appsscript.json rồi build lại / missing permission: SpreadsheetApp needs the scope ${AUTH}spreadsheets.currentonly or ${AUTH}spreadsheets (SpreadsheetApp.getActiveSpreadsheet); add it to "oauthScopes" in appsscript.json and build again`,
    ]);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  test('antt report without documents: the line names DocumentApp and the documents scope', () => {
    const r = anttWithout('documents', 'report', workbook, '--as-of', '2019-04-24', '--out', join(dir, 'r.docx'));
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toEqual([
      `Tiện ích thiếu quyền: DocumentApp cần phạm vi ${AUTH}documents (lệnh DocumentApp.create); thêm phạm vi này vào "oauthScopes" của appsscript.json rồi build lại / missing permission: DocumentApp needs the scope ${AUTH}documents (DocumentApp.create); add it to "oauthScopes" in appsscript.json and build again`,
    ]);
  });
});
