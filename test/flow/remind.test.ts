/**
 * The reminder job through the bundle: a month (May 2019) simulated day by day with the
 * daily trigger firing at 08:00, then the quota, failures, time limit, locks and triggers.
 * The sample's MY_THANH has no valid address; the admin confirms, returns and confirms late
 * at noon on the days below, after that day's run.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Emulator } from '../../emulator/emulator';
import { writeEmlFiles } from '../../emulator/eml';
import { buildLargeSample, buildSampleWorkbook } from '../../emulator/sample';
import type { WorkbookData } from '../../emulator/workbook-data';
import { SHEETS } from '../../src/core/schema';
import type { ReminderStatus } from '../../src/gas/actions/remind-action';
import type { SendOutcome } from '../../src/gas/remind/send';
import { expectSameCalls, measure } from './harness';
import { ADMIN, ADMIN_2, formatTable, onDay, remindEmulator, sendTable, sentKeys, withEmails, type SendRow } from './remind-harness';

const RETURN_REASON = 'Thiếu mô hình <Camera> thôn Lập Sơn';

/** May 2019 as the scenario; `quota` recipients a day. */
function simulateMay(quota: number): { emu: Emulator; table: SendRow[] } {
  const emu = remindEmulator(withEmails(buildSampleWorkbook(), 'MY_THANH', 'chua-co-email'));
  emu.mail.dailyRecipients = quota;
  emu.call('setReminderSchedule', [true]);
  onDay(emu, '2019-05-18', () => emu.call('confirmPeriod', ['HAM_CAN']));
  onDay(emu, '2019-05-21', () => emu.call('confirmPeriod', ['HAM_KIEM']));
  onDay(emu, '2019-05-23', () => emu.call('returnPeriod', ['HAM_KIEM', RETURN_REASON]));
  onDay(emu, '2019-05-27', () => emu.call('confirmPeriod', ['THUAN_NAM']));
  emu.advanceTo('2019-06-03T23:00:00+07:00');
  return { emu, table: sendTable(emu) };
}

const lines = (table: readonly SendRow[]) => formatTable(table).split('\n');

describe('a month day by day (deadline 25, first reminder 5 days before, 100 recipients a day)', () => {
  let emu: Emulator;
  let table: SendRow[];
  beforeAll(() => {
    ({ emu, table } = simulateMay(100));
  });

  test('the send table: truoc-han on the 20th, qua-han and the summary on the 26th, nothing in June', () => {
    expect(lines(table)).toEqual([
    '2019-05-20 THUAN_NAM  truoc-han  2 đã gửi',
    '2019-05-20 HAM_CAN    truoc-han  1 đã gửi',
    '2019-05-20 HAM_CUONG  truoc-han  1 đã gửi',
    '2019-05-20 HAM_KIEM   truoc-han  1 đã gửi',
    '2019-05-20 HAM_MINH   truoc-han  1 đã gửi',
    '2019-05-20 HAM_MY     truoc-han  2 đã gửi',
    '2019-05-20 HAM_THANH  truoc-han  1 đã gửi',
    '2019-05-20 MUONG_MAN  truoc-han  2 đã gửi',
    '2019-05-20 MY_THANH   truoc-han  2 đã gửi',
    '2019-05-20 TAN_LAP    truoc-han  1 đã gửi',
    '2019-05-20 TAN_THANH  truoc-han  1 đã gửi',
    '2019-05-20 TAN_THUAN  truoc-han  1 đã gửi',
    '2019-05-20 THUAN_QUY  truoc-han  1 đã gửi',
    '2019-05-20 KHOI_CQ    truoc-han  1 đã gửi',
    '2019-05-26 THUAN_NAM  qua-han    4 đã gửi',
    '2019-05-26 HAM_CUONG  qua-han    3 đã gửi',
    '2019-05-26 HAM_KIEM   qua-han    3 đã gửi',
    '2019-05-26 HAM_MINH   qua-han    3 đã gửi',
    '2019-05-26 HAM_MY     qua-han    4 đã gửi',
    '2019-05-26 HAM_THANH  qua-han    3 đã gửi',
    '2019-05-26 MUONG_MAN  qua-han    4 đã gửi',
    '2019-05-26 MY_THANH   qua-han    2 đã gửi',
    '2019-05-26 TAN_LAP    qua-han    3 đã gửi',
    '2019-05-26 TAN_THANH  qua-han    3 đã gửi',
    '2019-05-26 TAN_THUAN  qua-han    3 đã gửi',
    '2019-05-26 THUAN_QUY  qua-han    3 đã gửi',
    '2019-05-26 KHOI_CQ    qua-han    3 đã gửi',
    '2019-05-26 (huyện)    tong-hop   2 đã gửi',
    ]);
  });

  test('nothing twice, the summary once, every send in the outbox once', () => {
    const keys = sentKeys(table);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.endsWith('|tong-hop'))).toEqual(['(huyện)|tong-hop']);
    expect(emu.mail.outbox).toHaveLength(28);
    expect(new Set(emu.mail.outbox.map((m) => `${m.at} ${m.subject}`)).size).toBe(28);
  });

  test('qua-han copies the admins; HAM_CAN (confirmed, no errors) gets none; the trigger ran every day', () => {
    const overdue = emu.mail.outbox.filter((m) => m.subject.includes('Quá hạn') && !m.subject.includes('Mỹ Thạnh'));
    expect(overdue).toHaveLength(12);
    for (const m of overdue) expect(m.cc).toEqual([ADMIN, ADMIN_2]);
    expect(emu.mail.outbox.some((m) => m.subject === '[Mô hình ANTT] Quá hạn cập nhật số liệu kỳ 05/2019 – Hàm Cần')).toBe(false);
  });

  test('a returned confirmation: HAM_KIEM is overdue again and its reminder carries the reason, escaped in HTML', () => {
    const mail = emu.mail.outbox.find((m) => m.subject === '[Mô hình ANTT] Quá hạn cập nhật số liệu kỳ 05/2019 – Hàm Kiệm');
    expect(mail?.body).toContain(`Số liệu đã xác nhận bị trả lại ngày 23/05/2019. Lý do: ${RETURN_REASON}`);
    expect(mail?.htmlBody).toContain('Lý do: Thiếu mô hình &lt;Camera&gt; thôn Lập Sơn');
    expect(mail?.htmlBody).not.toContain('<Camera>');
  });

  test('a unit with no valid address: the admins get a mail naming it and its reasons, on its reminder days', () => {
    const mails = emu.mail.outbox.filter((m) => m.subject === '[Mô hình ANTT] Mỹ Thạnh chưa có email đầu mối hợp lệ – kỳ 05/2019');
    expect(mails.map((m) => [new Date(m.at + 7 * 3600e3).toISOString().slice(0, 10), m.to])).toEqual([
      ['2019-05-20', [ADMIN, ADMIN_2]], ['2019-05-26', [ADMIN, ADMIN_2]],
    ]);
    expect(mails[0].body).toContain('Mỹ Thạnh không có địa chỉ email đầu mối hợp lệ (cột "Email đầu mối" trong trang "Đơn vị": "chua-co-email")');
    expect(mails[0].body).toContain('- chưa xác nhận số liệu kỳ này');
  });

  test('the summary lists each unit\'s confirmation, errors and overdue meetings; a late confirmation shows as late', () => {
    const summary = emu.mail.outbox.find((m) => m.subject === '[Mô hình ANTT] Tổng hợp xác nhận số liệu kỳ 05/2019');
    expect(summary?.to).toEqual([ADMIN, ADMIN_2]);
    expect(summary?.body).toContain('Đúng hạn: 1 đơn vị; trễ hạn: 0; chưa xác nhận: 13.');
    expect(summary?.body).toMatch(/- Hàm Cần: Đúng hạn; 0 lỗi; \d+ mô hình quá hạn sinh hoạt\./);
    const status = emu.call('getReminderStatus', []) as ReminderStatus;
    expect(status.units.find((u) => u.code === 'THUAN_NAM')?.confirmed).toBe('missing'); // June now
    const may = emu.call('getTotals', ['2019-05-31']) as { totals: { units: { code: string; confirmed: string }[] } };
    expect(Object.fromEntries(may.totals.units.map((u) => [u.code, u.confirmed]))).toMatchObject({ HAM_CAN: 'on-time', THUAN_NAM: 'late', HAM_KIEM: 'missing' });
  });

  test('each mail has a Vietnamese subject, a plain-text body and HTML, the deadline, the link to the tab and what to do', () => {
    const m = emu.mail.outbox[1];
    expect(m.subject).toBe('[Mô hình ANTT] Nhắc cập nhật số liệu kỳ 05/2019 – Hàm Cần (hạn 25/05/2019)');
    expect(m.name).toBe('Mô hình ANTT');
    expect(m.body).toContain('Hạn cập nhật và xác nhận số liệu mô hình "Tự phòng, tự quản" kỳ 05/2019 là ngày 25/05/2019 (còn 5 ngày).');
    expect(m.body).toContain('Tình trạng xác nhận số liệu: Đúng hạn.');
    expect(m.body).toMatch(/Trang dữ liệu của đơn vị: https:\/\/docs\.google\.com\/spreadsheets\/d\/\S+#gid=\d+/);
    expect(m.body).toContain('chọn "Mô hình ANTT → Xác nhận số liệu kỳ này"');
    expect(m.htmlBody).toMatch(/<a href="https:\/\/docs\.google\.com\/spreadsheets\/d\/\S+#gid=\d+">/);
  });
});

describe('quota: 10 recipients a day', () => {
  let table: SendRow[];
  let unlimited: SendRow[];
  beforeAll(() => {
    table = simulateMay(10).table;
    unlimited = simulateMay(100).table;
  });

  test('the send table: what does not fit waits (chờ hạn mức) and goes first the next day', () => {
    expect(lines(table)).toEqual([
    '2019-05-20 THUAN_NAM  truoc-han  2 đã gửi',
    '2019-05-20 HAM_CAN    truoc-han  1 đã gửi',
    '2019-05-20 HAM_CUONG  truoc-han  1 đã gửi',
    '2019-05-20 HAM_KIEM   truoc-han  1 đã gửi',
    '2019-05-20 HAM_MINH   truoc-han  1 đã gửi',
    '2019-05-20 HAM_MY     truoc-han  2 đã gửi',
    '2019-05-20 HAM_THANH  truoc-han  1 đã gửi',
    '2019-05-20 MUONG_MAN  truoc-han  2 chờ hạn mức',
    '2019-05-20 MY_THANH   truoc-han  2 chờ hạn mức',
    '2019-05-20 TAN_LAP    truoc-han  1 chờ hạn mức',
    '2019-05-20 TAN_THANH  truoc-han  1 chờ hạn mức',
    '2019-05-20 TAN_THUAN  truoc-han  1 chờ hạn mức',
    '2019-05-20 THUAN_QUY  truoc-han  1 chờ hạn mức',
    '2019-05-20 KHOI_CQ    truoc-han  1 chờ hạn mức',
    '2019-05-21 MUONG_MAN  truoc-han  2 đã gửi',
    '2019-05-21 MY_THANH   truoc-han  2 đã gửi',
    '2019-05-21 TAN_LAP    truoc-han  1 đã gửi',
    '2019-05-21 TAN_THANH  truoc-han  1 đã gửi',
    '2019-05-21 TAN_THUAN  truoc-han  1 đã gửi',
    '2019-05-21 THUAN_QUY  truoc-han  1 đã gửi',
    '2019-05-21 KHOI_CQ    truoc-han  1 đã gửi',
    '2019-05-26 THUAN_NAM  qua-han    4 đã gửi',
    '2019-05-26 HAM_CUONG  qua-han    3 đã gửi',
    '2019-05-26 HAM_KIEM   qua-han    3 đã gửi',
    '2019-05-26 HAM_MINH   qua-han    3 chờ hạn mức',
    '2019-05-26 HAM_MY     qua-han    4 chờ hạn mức',
    '2019-05-26 HAM_THANH  qua-han    3 chờ hạn mức',
    '2019-05-26 MUONG_MAN  qua-han    4 chờ hạn mức',
    '2019-05-26 MY_THANH   qua-han    2 chờ hạn mức',
    '2019-05-26 TAN_LAP    qua-han    3 chờ hạn mức',
    '2019-05-26 TAN_THANH  qua-han    3 chờ hạn mức',
    '2019-05-26 TAN_THUAN  qua-han    3 chờ hạn mức',
    '2019-05-26 THUAN_QUY  qua-han    3 chờ hạn mức',
    '2019-05-26 KHOI_CQ    qua-han    3 chờ hạn mức',
    '2019-05-26 (huyện)    tong-hop   2 chờ hạn mức',
    '2019-05-27 HAM_MINH   qua-han    3 đã gửi',
    '2019-05-27 HAM_MY     qua-han    4 đã gửi',
    '2019-05-27 HAM_THANH  qua-han    3 đã gửi',
    '2019-05-27 MUONG_MAN  qua-han    4 chờ hạn mức',
    '2019-05-27 MY_THANH   qua-han    2 chờ hạn mức',
    '2019-05-27 TAN_LAP    qua-han    3 chờ hạn mức',
    '2019-05-27 TAN_THANH  qua-han    3 chờ hạn mức',
    '2019-05-27 TAN_THUAN  qua-han    3 chờ hạn mức',
    '2019-05-27 THUAN_QUY  qua-han    3 chờ hạn mức',
    '2019-05-27 KHOI_CQ    qua-han    3 chờ hạn mức',
    '2019-05-27 (huyện)    tong-hop   2 chờ hạn mức',
    '2019-05-28 MUONG_MAN  qua-han    4 đã gửi',
    '2019-05-28 MY_THANH   qua-han    2 đã gửi',
    '2019-05-28 TAN_LAP    qua-han    3 đã gửi',
    '2019-05-28 TAN_THANH  qua-han    3 chờ hạn mức',
    '2019-05-28 TAN_THUAN  qua-han    3 chờ hạn mức',
    '2019-05-28 THUAN_QUY  qua-han    3 chờ hạn mức',
    '2019-05-28 KHOI_CQ    qua-han    3 chờ hạn mức',
    '2019-05-28 (huyện)    tong-hop   2 chờ hạn mức',
    '2019-05-29 TAN_THANH  qua-han    3 đã gửi',
    '2019-05-29 TAN_THUAN  qua-han    3 đã gửi',
    '2019-05-29 THUAN_QUY  qua-han    3 đã gửi',
    '2019-05-29 KHOI_CQ    qua-han    3 chờ hạn mức',
    '2019-05-29 (huyện)    tong-hop   2 chờ hạn mức',
    '2019-05-30 KHOI_CQ    qua-han    3 đã gửi',
    '2019-05-30 (huyện)    tong-hop   2 đã gửi',
    ]);
  });

  test('the union of sends over the month equals the unlimited run\'s, each key once', () => {
    const keys = sentKeys(table);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...sentKeys(unlimited)].sort());
  });

  test('no day goes over the quota', () => {
    const perDay = new Map<string, number>();
    for (const r of table.filter((x) => x.status === 'đã gửi')) perDay.set(r.day, (perDay.get(r.day) ?? 0) + r.recipients);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(10);
  });
});

describe('never twice, failures and limits', () => {
  const on20 = () => remindEmulator(buildSampleWorkbook(), '2019-05-20T09:00:00+07:00');
  const statuses = (r: unknown) => (r as { sends: SendOutcome[] }).sends.map((s) => s.status);

  test('the same job again the same day sends nothing new', () => {
    const emu = on20();
    expect(statuses(emu.call('sendRemindersNow', []))).toHaveLength(14);
    expect(emu.call('sendRemindersNow', [])).toEqual({ sends: [] });
    expect(emu.mail.outbox).toHaveLength(14);
  });

  test('an exception injected mid-run: the log says exactly which 3 went out; the next run sends only the rest', () => {
    const emu = on20();
    emu.mail.failOnSend(4, new Error('Service unavailable: Gmail'));
    expect(statuses(emu.call('sendRemindersNow', []))).toEqual(['đã gửi', 'đã gửi', 'đã gửi', 'lỗi', ...Array(10).fill('đã gửi')]);
    expect(sendTable(emu).filter((r) => r.status === 'lỗi').map((r) => r.unit)).toEqual(['HAM_KIEM']);
    emu.advanceTo('2019-05-21T09:00:00+07:00');
    const next = emu.call('sendRemindersNow', []) as { sends: SendOutcome[] };
    expect(next.sends.map((s) => [s.unit, s.status])).toEqual([['HAM_KIEM', 'đã gửi']]);
    expect(emu.mail.outbox).toHaveLength(14);
  });

  test('an execution-time stop: sends stop well before 6 minutes and resume on the next run', () => {
    const emu = on20();
    emu.mail.sendLatencyMs = 60_000;
    const first = (emu.call('sendRemindersNow', []) as { sends: SendOutcome[] }).sends;
    const sent = first.filter((s) => s.status === 'đã gửi').length;
    expect(sent).toBe(5);
    expect(first.filter((s) => s.status === null)).toHaveLength(9);
    expect(emu.log.at(-1)).toBe('Nhắc việc: dừng trước giới hạn 6 phút; 9 thư sẽ gửi lần sau.');
    expect(sendTable(emu)).toHaveLength(5);
    emu.mail.sendLatencyMs = 0;
    emu.advanceTo('2019-05-21T09:00:00+07:00');
    const rest = (emu.call('sendRemindersNow', []) as { sends: SendOutcome[] }).sends;
    expect(rest.map((s) => s.status)).toEqual(Array(9).fill('đã gửi'));
    expect(new Set(emu.mail.outbox.map((m) => m.subject)).size).toBe(14);
  });

  test('two overlapping runs: the second exits with a log line and sends nothing', () => {
    const emu = on20();
    emu.locks.holdByOther(true, 'script');
    expect(emu.call('sendRemindersNow', [])).toEqual({ busy: 'Đợt nhắc việc khác đang chạy; lần chạy này dừng, không gửi gì.' });
    expect(emu.log).toContain('Nhắc việc: đợt khác đang giữ khoá, lần chạy này kết thúc không gửi gì.');
    expect(emu.mail.outbox).toHaveLength(0);
  });

  test('MailApp over quota mid-run (another script used it): that one and the rest wait', () => {
    const emu = on20();
    emu.mail.setRemainingToday(3);
    expect(statuses(emu.call('sendRemindersNow', []))).toEqual(['đã gửi', 'đã gửi', ...Array(12).fill('chờ hạn mức')]);
  });
});

describe('the daily trigger', () => {
  test('AS27 installing twice leaves one trigger at 08:00 Asia/Ho_Chi_Minh; turning it off removes it', () => {
    const emu = remindEmulator();
    expect(emu.call('setReminderSchedule', [true])).toEqual({ ok: true, message: 'Đã bật lịch nhắc tự động: mỗi ngày khoảng 8 giờ (giờ Việt Nam).' });
    expect(emu.call('setReminderSchedule', [true])).toEqual({ ok: true, message: 'Lịch nhắc tự động đã bật (mỗi ngày khoảng 8 giờ); đã cài lại một lịch duy nhất.' });
    const mine = emu.triggers.list().map((t) => [t.getHandlerFunction(), t.schedule]);
    expect(mine).toEqual([['runReminderJob', { everyDays: 1, atHour: 8, timeZone: 'Asia/Ho_Chi_Minh' }]]);
    expect(emu.advanceTo('2019-05-03T12:00:00+07:00').map((f) => new Date(f.at).toISOString())).toEqual(['2019-05-01T01:00:00.000Z', '2019-05-02T01:00:00.000Z', '2019-05-03T01:00:00.000Z']);
    expect(emu.call('setReminderSchedule', [false])).toEqual({ ok: true, message: 'Đã tắt lịch nhắc tự động.' });
    expect(emu.triggers.list()).toEqual([]);
  });

  test('AS27 the 20-trigger limit and the add-on one-clock-trigger rule give Vietnamese messages', () => {
    const emu = remindEmulator();
    for (let i = 0; i < 20; i++) emu.triggers.add(`other${i}`, 'CLOCK', 'CLOCK', '', ADMIN, { everyHours: 1 }, 0);
    const full = emu.call('setReminderSchedule', [true]) as { ok: boolean; message: string };
    expect(full).toEqual({ ok: false, message: expect.stringContaining('đã có 20 lịch chạy tự động') });
    const addon = remindEmulator();
    addon.triggers.addonMode = true;
    addon.triggers.add('someOtherClock', 'CLOCK', 'CLOCK', '', ADMIN, { everyHours: 1 }, 0);
    expect(addon.call('setReminderSchedule', [true])).toEqual({ ok: false, message: expect.stringContaining('Google chỉ cho mỗi người dùng một lịch chạy theo giờ') });
  });

  test('menus: Bật/Tắt asks first; Xem trước sends nothing; Gửi ngay sends only after Có', () => {
    const emu = remindEmulator(buildSampleWorkbook(), '2019-05-20T09:00:00+07:00');
    emu.ui.answer({ button: 'NO' });
    expect(emu.run('menuSchedule')).toBeNull();
    expect(emu.triggers.list()).toEqual([]);
    emu.ui.answer({ button: 'YES' });
    emu.run('menuSchedule');
    expect(emu.triggers.list()).toHaveLength(1);
    emu.run('menuPreview');
    expect(emu.mail.outbox).toHaveLength(0);
    expect(emu.ui.alerts.at(-1)?.prompt).toContain('• Nhắc trước hạn → hamcan.cat@example.gov.vn: [Mô hình ANTT] Nhắc cập nhật số liệu kỳ 05/2019 – Hàm Cần (hạn 25/05/2019)');
    emu.ui.answer({ button: 'NO' });
    expect(emu.run('menuSendNow')).toBeNull();
    expect(emu.mail.outbox).toHaveLength(0);
    emu.ui.answer({ button: 'YES' });
    emu.run('menuSendNow');
    expect(emu.mail.outbox).toHaveLength(14);
    expect(emu.ui.alerts.at(-1)?.prompt).toBe('Đã gửi 14 thư.');
  });
});

describe('the sidebar endpoint', () => {
  test('getReminderStatus: plain values only, survives a JSON round trip', () => {
    const emu = remindEmulator(buildSampleWorkbook(), '2019-05-20T09:00:00+07:00');
    emu.call('setReminderSchedule', [true]);
    emu.call('sendRemindersNow', []);
    const status = emu.call('getReminderStatus', []) as ReminderStatus;
    expect(JSON.parse(JSON.stringify(status))).toEqual(status);
    expect(status).toMatchObject({ scheduled: true, hour: 8, period: '2019-05', preview: [] });
    expect(status.units).toHaveLength(14);
    expect(status.lastSends).toHaveLength(14);
    expect(status.lastSends[0]).toEqual({ time: '2019-05-20T02:00:00.000Z', unit: 'KHOI_CQ', stage: 'truoc-han', status: 'đã gửi' });
  });

  test('the job\'s service calls do not grow with rows (sample ×1 and ×10)', () => {
    const run = (factor: number) => {
      const emu = remindEmulator(buildLargeSample(factor), '2019-05-20T09:00:00+07:00');
      return measure(emu, () => emu.call('sendRemindersNow', []));
    };
    const small = run(1);
    expect(small.total).toBeGreaterThan(0);
    expectSameCalls(small, run(10));
  });
});

describe('HTML injection and .eml', () => {
  function injected(): WorkbookData {
    const data = buildSampleWorkbook();
    const units = data.sheets.find((s) => s.name === SHEETS.units);
    const row = units?.values.find((r) => r[0] === 'HAM_CAN');
    if (!row) throw new Error('no HAM_CAN');
    row[1] = 'Hàm <b>Cần</b> & "Co"';
    const tab = data.sheets.find((s) => s.name === 'Hàm Cần');
    if (!tab) throw new Error('no tab');
    const type = tab.values[0].indexOf('Loại mô hình');
    tab.values[1][type] = '<img src=x onerror=alert(1)>';
    return data;
  }

  test('a model name and a unit name with markup are escaped in the HTML part, plain in the text part, and read back from .eml', async () => {
    const emu = remindEmulator(injected(), '2019-05-20T09:00:00+07:00');
    emu.call('sendRemindersNow', []);
    const mail = emu.mail.outbox.find((m) => m.to.includes('hamcan.cat@example.gov.vn'));
    if (!mail) throw new Error('no mail to Hàm Cần');
    const dir = mkdtempSync(join(tmpdir(), 'antt-eml-'));
    const [path] = await writeEmlFiles(dir, [mail], ['ham-can']);
    const parsed = await simpleParser(readFileSync(path));
    expect(parsed.subject).toBe('[Mô hình ANTT] Nhắc cập nhật số liệu kỳ 05/2019 – Hàm <b>Cần</b> & "Co" (hạn 25/05/2019)');
    expect(parsed.from?.value).toEqual([{ name: 'Mô hình ANTT', address: ADMIN }]);
    expect(parsed.text).toContain('Kính gửi đầu mối Hàm <b>Cần</b> & "Co",');
    expect(parsed.text).toContain('<img src=x onerror=alert(1)>');
    const html = String(parsed.html);
    expect(html).toContain('Kính gửi đầu mối Hàm &lt;b&gt;Cần&lt;/b&gt; &amp; &quot;Co&quot;,');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(readFileSync(path, 'utf8')).toMatch(/Content-Type: multipart\/alternative/);
  });
});
