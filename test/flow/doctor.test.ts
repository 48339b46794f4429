/**
 * Menu "Kiểm tra cài đặt" (menuDoctor) through dist/Code.js: each check's ok line, and its
 * "cần sửa" line where the emulator can produce the fault (another time zone, a scope the
 * manifest lacks or the user has not granted, an unreachable folder, a protection missing a
 * focal address, two triggers, no quota left, the lock held by another run).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator } from '../../emulator/emulator';
import { buildLargeSample, buildSampleWorkbook } from '../../emulator/sample';
import type { ScriptApp } from '../../emulator/services/script-app';
import { ProtectionType } from '../../emulator/spreadsheet/enums';
import { BUNDLE, NOW, book, emulator, expectSameCalls, measure, sheetOf, valuesOf } from './harness';

interface Line {
  check: string;
  status: string;
  text: string;
}
interface Result {
  lines: Line[];
  ok: number;
  fix: number;
  summary: string;
  logged: boolean;
}

const AUTH = 'https://www.googleapis.com/auth/';

/** The sample after set-up, with the daily reminder scheduled: every check ok. */
function readyEmulator(emu: Emulator = emulator()): Emulator {
  emu.run('menuSetup');
  emu.call('setReminderSchedule', [true]);
  return emu;
}

function doctor(emu: Emulator): Result {
  return emu.run('menuDoctor') as Result;
}

function lineOf(result: Result, check: string): string {
  const found = result.lines.find((l) => l.check === check);
  if (!found) throw new Error(`no ${check} line`);
  return found.text;
}

/** Sets `Cấu hình`'s value for a label, outside the bundle. */
function setSetting(emu: Emulator, label: string, value: string): void {
  const sheet = sheetOf(emu, 'Cấu hình');
  const row = valuesOf(emu, 'Cấu hình').findIndex((r) => r[0] === label);
  sheet.getRange(row + 1, 2).setValue(value);
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The bundle loaded beside a manifest without `scope`. */
function withoutScope(scope: string): Emulator {
  const dir = mkdtempSync(join(tmpdir(), 'antt-doctor-'));
  dirs.push(dir);
  copyFileSync(BUNDLE, join(dir, 'Code.js'));
  const manifest = JSON.parse(readFileSync(join(BUNDLE, '..', 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ ...manifest, oauthScopes: manifest.oauthScopes.filter((s) => s !== `${AUTH}${scope}`) }));
  return new Emulator({ now: NOW, data: buildSampleWorkbook() }).load(join(dir, 'Code.js'));
}

describe('menuDoctor on a ready workbook', () => {
  test('every line ok, in one dialog, and one row of Nhật ký holding them all', () => {
    const emu = readyEmulator();
    const result = doctor(emu);
    expect(result.lines.map((l) => l.text)).toEqual([
      'ok – Múi giờ: bảng tính và dự án Apps Script đều dùng Asia/Ho_Chi_Minh.',
      'ok – Trang của các đơn vị: đủ trang cho 14 đơn vị được theo dõi.',
      'ok – Địa chỉ email: 14 đơn vị đều có email đầu mối hợp lệ; 2 email quản trị hợp lệ.',
      'ok – Bảo vệ trang đơn vị: 14 trang đơn vị đều được bảo vệ.',
      'ok – Người được sửa trang đơn vị: 14 trang đơn vị chỉ cho đầu mối, quản trị và bạn sửa.',
      'ok – Trang do tiện ích ghi: 3 trang do tiện ích ghi đều có và được bảo vệ.',
      'ok – Quyền truy cập: đã cấp đủ các quyền tiện ích cần.',
      'ok – Thư mục báo cáo trên Drive: chưa có thư mục báo cáo; tạo và xóa được tệp thử trong "Drive của tôi". Lần tạo báo cáo đầu tiên sẽ tạo thư mục "Báo cáo mô hình ANTT".',
      'ok – Lịch nhắc hằng ngày: đã bật một lần, chạy khoảng 8 giờ sáng, thư gửi từ tài khoản owner@example.com.',
      'ok – Hạn mức gửi thư: còn gửi được 100 người nhận hôm nay (một lượt nhắc cần tối đa 19).',
      'ok – Khóa tài liệu: lấy được khóa tài liệu; không có thao tác nào khác đang chạy.',
    ]);
    expect(result).toMatchObject({ ok: 11, fix: 0, summary: 'Tất cả 11 mục đều ổn.', logged: true });

    const alert = emu.ui.alerts.at(-1);
    expect(alert?.title).toBe('Kiểm tra cài đặt');
    expect(alert?.prompt.split('\n')[0]).toBe('Tất cả 11 mục đều ổn.');
    expect(alert?.prompt).toContain('ok – Khóa tài liệu: lấy được khóa tài liệu');
    expect(alert?.prompt.split('\n').at(-1)).toBe('Người dùng đầu tiên của một bản triển khai mới: hãy lưu lại kết quả này (nó cũng được ghi vào trang "Nhật ký").');

    const log = valuesOf(emu, 'Nhật ký');
    const last = log.at(-1) as unknown[];
    expect(last.slice(1)).toEqual(['Kiểm tra cài đặt', '', 'owner@example.com', ['Tất cả 11 mục đều ổn.', ...result.lines.map((l) => l.text)].join('\n')]);
  });

  test('the test file is created, and left in the trash', () => {
    const emu = readyEmulator();
    doctor(emu);
    const probes = emu.drive.files().filter((f) => f.name === 'Mô hình ANTT – tệp thử của Kiểm tra cài đặt (xóa được)');
    expect(probes.map((p) => p.trashed)).toEqual([true]);
  });

  test('the report folder: the add-on\'s own, once a report made it, gets the test file moved in', () => {
    const emu = readyEmulator();
    emu.call('makeReport', ['2019-04-24']);
    const result = doctor(emu);
    expect(lineOf(result, 'folder')).toBe('ok – Thư mục báo cáo trên Drive: tạo được tệp thử, chuyển vào thư mục "Báo cáo mô hình ANTT" và xóa (vào thùng rác) được.');
    const folder = emu.drive.files().find((f) => f.name === 'Báo cáo mô hình ANTT');
    const probe = emu.drive.files().find((f) => f.name.startsWith('Mô hình ANTT – tệp thử'));
    expect(probe?.parents).toEqual([folder?.id]);
  });
});

describe('checkSetupOffline (what antt doctor calls)', () => {
  test('the file checks only: the live ones "not checkable offline", no Drive file, nothing written', () => {
    const emu = readyEmulator();
    const log = valuesOf(emu, 'Nhật ký');
    const result = emu.call('checkSetupOffline', []) as Result;
    expect(result.lines.map((l) => [l.check, l.status])).toEqual([
      ['timeZone', 'ok'], ['unitTabs', 'ok'], ['emails', 'ok'], ['protections', 'ok'], ['editors', 'offline'], ['ownedSheets', 'ok'],
      ['scopes', 'offline'], ['folder', 'offline'], ['trigger', 'offline'], ['quota', 'offline'], ['lock', 'offline'],
    ]);
    expect(valuesOf(emu, 'Nhật ký')).toEqual(log);
    expect(emu.drive.files().filter((f) => f.name.startsWith('Mô hình ANTT – tệp thử'))).toEqual([]);
  });
});

describe('menuDoctor: each fault gives its "cần sửa" line', () => {
  test('the spreadsheet in another time zone', () => {
    const emu = readyEmulator();
    book(emu).setSpreadsheetTimeZone('Europe/Berlin');
    expect(lineOf(doctor(emu), 'timeZone')).toBe(
      'cần sửa – Múi giờ: múi giờ của bảng tính là "Europe/Berlin", không phải Asia/Ho_Chi_Minh: "hôm nay", hạn và ngày trong báo cáo lệch theo. Hãy chạy "Thiết lập / sửa bảng tính" (menu "Mô hình ANTT") (tiện ích sẽ đề nghị đặt lại) hoặc chọn Tệp → Cài đặt → Múi giờ.',
    );
  });

  test('the script in another time zone', () => {
    const emu = readyEmulator(new Emulator({ now: NOW, data: buildSampleWorkbook(), scriptTimeZone: 'America/New_York' }).load(BUNDLE));
    expect(lineOf(doctor(emu), 'timeZone')).toBe(
      'cần sửa – Múi giờ: múi giờ của dự án Apps Script là "America/New_York", không phải Asia/Ho_Chi_Minh. Người quản trị mở Tiện ích mở rộng → Apps Script → Cài đặt dự án → Múi giờ và chọn Asia/Ho_Chi_Minh.',
    );
  });

  test('a scope the manifest lacks: the check that needs it and the scopes line name it; the other checks still run', () => {
    const emu = readyEmulator(withoutScope('script.send_mail'));
    const result = doctor(emu);
    expect(lineOf(result, 'quota')).toBe(
      `cần sửa – Hạn mức gửi thư: không kiểm tra được (thiếu quyền ${AUTH}script.send_mail để gọi MailApp.getRemainingDailyQuota).`,
    );
    expect(lineOf(result, 'scopes')).toBe(
      `cần sửa – Quyền truy cập: thiếu quyền ${AUTH}script.send_mail để gọi MailApp.getRemainingDailyQuota. Tệp appsscript.json của dự án thiếu phạm vi (oauthScopes) này: người quản trị thêm nó, triển khai lại, rồi mở lại menu để cấp quyền.`,
    );
    expect(result).toMatchObject({ ok: 9, fix: 2, logged: true });
  });

  test('a scope the user has not granted: getAuthorizationInfo says REQUIRED, with its URL', () => {
    const emu = readyEmulator();
    (emu.services.ScriptApp as ScriptApp).ungrantedScopes = [`${AUTH}script.send_mail`];
    expect(lineOf(doctor(emu), 'scopes')).toBe(
      'cần sửa – Quyền truy cập: người dùng chưa cấp đủ quyền cho tiện ích. Hãy mở lại một mục của menu "Mô hình ANTT" và chấp nhận mọi quyền Google hỏi, hoặc mở https://script.google.com/macros/d/emulator-script-id/authorize.',
    );
  });

  test('a report folder in settings that cannot be reached', () => {
    const emu = readyEmulator();
    setSetting(emu, 'Thư mục báo cáo (ID Google Drive)', 'no-such-folder');
    expect(lineOf(doctor(emu), 'folder')).toBe(
      'cần sửa – Thư mục báo cáo trên Drive: không mở được thư mục có ID "no-such-folder" (ô "Thư mục báo cáo (ID Google Drive)" trong trang "Cấu hình"): API call to drive.files.get failed with error: File not found: no-such-folder. Báo cáo sẽ được lưu vào thư mục riêng của tiện ích. Hãy kiểm tra ID, hoặc xóa ô đó.',
    );
  });

  test('a file\'s ID where the folder\'s should be', () => {
    const emu = readyEmulator();
    const report = emu.call('makeReport', ['2019-04-24']) as { id: string };
    setSetting(emu, 'Thư mục báo cáo (ID Google Drive)', report.id);
    expect(lineOf(doctor(emu), 'folder')).toBe(
      `cần sửa – Thư mục báo cáo trên Drive: ID "${report.id}" trong ô "Thư mục báo cáo (ID Google Drive)" là một tệp, không phải thư mục. Hãy dán ID của một thư mục.`,
    );
  });

  test('the advanced Drive service not enabled: how to enable it, no ReferenceError', () => {
    const emu = new Emulator({ now: NOW, data: buildSampleWorkbook() });
    delete emu.services.Drive;
    readyEmulator(emu.load(BUNDLE));
    expect(lineOf(doctor(emu), 'folder')).toBe(
      'cần sửa – Thư mục báo cáo trên Drive: dự án chưa bật dịch vụ nâng cao "Drive API" nên báo cáo không chuyển được vào thư mục. Người quản trị mở Tiện ích mở rộng → Apps Script → Dịch vụ (+) → chọn "Drive API", phiên bản v3, mã nhận dạng "Drive" → Thêm.',
    );
  });

  test('a focal address added after set-up is missing from the tab\'s editors', () => {
    const emu = readyEmulator();
    sheetOf(emu, 'Đơn vị').getRange(3, 5).setValue('hamcan.cat@example.gov.vn, hamcan.moi@example.gov.vn');
    expect(lineOf(doctor(emu), 'editors')).toBe(
      'cần sửa – Người được sửa trang đơn vị: trang "Hàm Cần" thiếu người được sửa "hamcan.moi@example.gov.vn". Hãy chạy "Thiết lập / sửa bảng tính" (menu "Mô hình ANTT") để đặt lại người được sửa.',
    );
  });

  test('an editor nobody configured, and domain editing turned back on', () => {
    const emu = readyEmulator();
    const protection = sheetOf(emu, 'Hàm Cần').getProtections(ProtectionType.SHEET)[0];
    protection.addEditor('nguoi.la@example.com');
    protection.setDomainEdit(true);
    expect(lineOf(doctor(emu), 'editors')).toBe(
      'cần sửa – Người được sửa trang đơn vị: trang "Hàm Cần" còn cho "nguoi.la@example.com" sửa; trang "Hàm Cần" cho cả tên miền sửa. Hãy chạy "Thiết lập / sửa bảng tính" (menu "Mô hình ANTT") để đặt lại người được sửa.',
    );
  });

  test('no valid focal address and an invalid admin address', () => {
    const emu = readyEmulator();
    sheetOf(emu, 'Đơn vị').getRange(3, 5).setValue('hamcan.cat@');
    setSetting(emu, 'Email quản trị', 'bcd.hamthuannam@example.gov.vn, thuongtruc.bcd');
    expect(lineOf(doctor(emu), 'emails')).toBe(
      'cần sửa – Địa chỉ email: đơn vị "Hàm Cần" chưa có "Email đầu mối" hợp lệ (trang "Đơn vị"): trang của đơn vị chỉ được bảo vệ dạng cảnh báo và không có ai nhận thư nhắc. địa chỉ không hợp lệ trong "Email đầu mối": "Hàm Cần: hamcan.cat@". Hãy sửa trong trang "Đơn vị" (các địa chỉ cách nhau bằng dấu phẩy). địa chỉ không hợp lệ trong "Email quản trị": "thuongtruc.bcd". Hãy sửa trong trang "Cấu hình".',
    );
  });

  test('no daily trigger, then two', () => {
    const emu = emulator();
    emu.run('menuSetup');
    expect(lineOf(doctor(emu), 'trigger')).toBe(
      'cần sửa – Lịch nhắc hằng ngày: chưa bật cho tài khoản của bạn (nếu người khác đã bật, chỉ người đó thấy). Người sẽ gửi thư nhắc chọn "Mô hình ANTT → Bật/Tắt lịch nhắc tự động".',
    );
    emu.call('setReminderSchedule', [true]);
    emu.triggers.add('runReminderJob', 'CLOCK', 'CLOCK', '', 'owner@example.com', { everyDays: 1, atHour: 8 }, emu.clock.now());
    expect(lineOf(doctor(emu), 'trigger')).toBe(
      'cần sửa – Lịch nhắc hằng ngày: có 2 lịch chạy cùng việc nhắc, thư sẽ gửi 2 lần. Hãy chọn "Mô hình ANTT → Bật/Tắt lịch nhắc tự động" hai lần (tắt rồi bật) để còn một lịch.',
    );
  });

  test('no mail quota left today', () => {
    const emu = readyEmulator();
    emu.mail.setRemainingToday(0);
    expect(lineOf(doctor(emu), 'quota')).toBe(
      'cần sửa – Hạn mức gửi thư: hôm nay chỉ còn gửi được 0 người nhận, một lượt nhắc cần tối đa 19: thư còn lại chờ đến ngày mai. Dùng tài khoản Google Workspace (1.500 người nhận/ngày) nếu thường thiếu.',
    );
  });

  test('the lock held by another run: its line, the dialog says so, nothing written to Nhật ký', () => {
    const emu = readyEmulator();
    const before = valuesOf(emu, 'Nhật ký').length;
    emu.locks.holdByOther(true);
    const result = doctor(emu);
    expect(lineOf(result, 'lock')).toBe(
      'cần sửa – Khóa tài liệu: một thao tác khác của tiện ích đang giữ khóa tài liệu. Đợi vài phút rồi chạy lại; nếu vẫn bận, xem trang "Nhật ký" hoặc Apps Script → Các lần thực thi.',
    );
    expect(result.logged).toBe(false);
    expect(emu.ui.alerts.at(-1)?.prompt.split('\n').at(-1)).toBe('Kết quả chưa ghi được vào trang "Nhật ký" vì khóa tài liệu đang bận; chạy lại sau ít phút.');
    expect(valuesOf(emu, 'Nhật ký')).toHaveLength(before);
  });

  test('a workbook without Đơn vị: one line says so, the live checks still run', () => {
    const data = buildSampleWorkbook();
    const emu = emulator({ ...data, sheets: data.sheets.filter((s) => s.name !== 'Đơn vị') });
    const result = doctor(emu);
    expect(lineOf(result, 'unitTabs')).toBe('cần sửa – Trang của các đơn vị: bảng tính thiếu trang "Đơn vị". Hãy chạy "Thiết lập / sửa bảng tính" (menu "Mô hình ANTT") trước.');
    expect(result.lines.map((l) => l.check)).toEqual(['timeZone', 'unitTabs', 'scopes', 'folder', 'trigger', 'quota', 'lock']);
  });
});

describe('service calls of menuDoctor', () => {
  test('the same on the sample and on buildLargeSample(10): per unit tab, never per row', () => {
    const small = readyEmulator(emulator(buildLargeSample(1)));
    const large = readyEmulator(emulator(buildLargeSample(10)));
    const a = measure(small, () => doctor(small));
    const b = measure(large, () => doctor(large));
    expect(a.total).toBeGreaterThan(0);
    expectSameCalls(a, b);
  });
});
