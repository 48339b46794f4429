/**
 * The confirmation and reminder menus' other answers through the bundle: Cancel at each
 * prompt, an unknown code, the document or script lock held elsewhere, a workbook that was
 * never set up, nothing to send, the schedule turned off from the menu, and a `Nhật ký` send
 * line whose time a user overwrote.
 */
import type { Emulator } from '../../emulator/emulator';
import { SHEETS } from '../../src/core/schema';
import type { ReminderStatus } from '../../src/gas/actions/remind-action';
import { book, emulator, sheetOf, valuesOf } from './harness';
import { remindEmulator } from './remind-harness';

const LOCK_BUSY = 'Một thao tác khác của tiện ích (kiểm tra, tổng hợp, thiết lập hoặc tạo báo cáo) đang chạy trên bảng tính này. Vui lòng đợi khoảng một phút rồi thử lại.';
const UNUSABLE = 'Bảng tính thiếu trang "Đơn vị", "Loại mô hình". Hãy chạy "Thiết lập / sửa bảng tính" trước.';
const unknown = (code: string) => `Không có đơn vị đang theo dõi nào mã "${code}" trong trang "Đơn vị". Nhập đúng mã đơn vị (cột "Mã đơn vị") rồi thử lại.`;

function setUp(): Emulator {
  const emu = emulator();
  emu.run('menuSetup');
  book(emu).setActiveSheet(sheetOf(emu, SHEETS.totals));
  return emu;
}

const logOf = (emu: Emulator) => valuesOf(emu, SHEETS.log).slice(1).map((r) => String(r[1]));
const neverSetUp = () => emulator({ sheets: [{ name: 'Trang tính1', values: [['Tên'], ['Hàm Mỹ']] }] });

describe('Xác nhận / Trả lại số liệu: the other answers', () => {
  test('Cancel at the unit prompt: null, no alert, nothing logged', () => {
    const emu = setUp();
    const before = logOf(emu);
    emu.ui.answer({ button: 'CANCEL' });
    expect(emu.run('menuConfirm')).toBeNull();
    emu.ui.answer({ button: 'CANCEL' });
    expect(emu.run('menuReturn')).toBeNull();
    expect(emu.ui.prompts.map((p) => p.title)).toEqual(['Xác nhận số liệu kỳ này', 'Trả lại số liệu']);
    expect(emu.ui.alerts).toEqual([]);
    expect(logOf(emu)).toEqual(before);
  });

  test('an unknown code typed at the prompt: the alert names it', () => {
    const emu = setUp();
    emu.ui.answer({ button: 'OK', text: ' KHONG_CO ' });
    expect(emu.run('menuConfirm')).toEqual({ error: unknown('KHONG_CO') });
    expect(emu.ui.alerts.map((a) => a.prompt)).toEqual([unknown('KHONG_CO')]);
  });

  test('the document lock held by another run: the alert says to try again, nothing logged', () => {
    const emu = setUp();
    const before = logOf(emu);
    emu.locks.holdByOther(true);
    emu.ui.answer({ button: 'OK', text: 'HAM_CAN' });
    expect(emu.run('menuConfirm')).toEqual({ busy: LOCK_BUSY });
    expect(emu.ui.alerts.map((a) => a.prompt)).toEqual([LOCK_BUSY]);
    expect(logOf(emu)).toEqual(before);
  });

  test('without arguments (google.script.run sends null): an unknown empty code, no throw', () => {
    const emu = setUp();
    expect(emu.call('confirmPeriod', [])).toEqual({ error: unknown('') });
    expect(emu.call('returnPeriod', [])).toEqual({ error: unknown('') });
  });

  test('a workbook never set up: the menus ask, then say what is missing', () => {
    const emu = neverSetUp();
    emu.ui.answer({ button: 'OK', text: 'HAM_CAN' });
    expect(emu.run('menuConfirm')).toEqual({ error: UNUSABLE, missing: ['Đơn vị', 'Loại mô hình'] });
    expect(emu.ui.alerts.map((a) => a.prompt)).toEqual([UNUSABLE]);
  });
});

describe('Nhắc việc menus: the other answers', () => {
  test('a workbook never set up: Xem trước and Gửi ngay alert what is missing and send nothing', () => {
    const emu = neverSetUp();
    expect(emu.run('menuPreview')).toEqual({ error: UNUSABLE, missing: ['Đơn vị', 'Loại mô hình'] });
    expect(emu.run('menuSendNow')).toEqual({ error: UNUSABLE, missing: ['Đơn vị', 'Loại mô hình'] });
    expect(emu.ui.alerts.map((a) => a.prompt)).toEqual([UNUSABLE, UNUSABLE]);
    expect(emu.mail.outbox).toHaveLength(0);
  });

  test('a day with nothing due: the preview says so and lists the units; Gửi ngay asks nothing', () => {
    const emu = remindEmulator(undefined, '2019-05-05T09:00:00+07:00');
    const status = emu.run('menuPreview') as ReminderStatus;
    expect(status.preview).toEqual([]);
    const alert = emu.ui.alerts.at(-1);
    expect(alert?.title).toBe('Xem trước nhắc việc');
    expect(alert?.prompt.split('\n').slice(0, 3)).toEqual(['Hôm nay không có thư nhắc nào đến hạn.', '', 'Thị trấn Thuận Nam: Chưa xác nhận']);
    expect(emu.run('menuSendNow')).toBeNull();
    expect(emu.ui.alerts.at(-1)?.prompt).toBe('Không có thư nhắc nào cần gửi hôm nay.');
    expect(emu.mail.outbox).toHaveLength(0);
  });

  test('Gửi ngay while another reminder run holds the script lock: the alert says so, nothing sent', () => {
    const emu = remindEmulator(undefined, '2019-05-20T09:00:00+07:00');
    emu.locks.holdByOther(true, 'script');
    emu.ui.answer({ button: 'YES' });
    expect(emu.run('menuSendNow')).toEqual({ busy: 'Đợt nhắc việc khác đang chạy; lần chạy này dừng, không gửi gì.' });
    expect(emu.ui.alerts.at(-1)?.prompt).toBe('Đợt nhắc việc khác đang chạy; lần chạy này dừng, không gửi gì.');
    expect(emu.mail.outbox).toHaveLength(0);
  });

  test('Bật/Tắt when on asks to turn it off; Có removes the trigger', () => {
    const emu = remindEmulator();
    emu.call('setReminderSchedule', [true]);
    emu.ui.answer({ button: 'YES' });
    expect(emu.run('menuSchedule')).toEqual({ ok: true, message: 'Đã tắt lịch nhắc tự động.' });
    expect(emu.ui.alerts.map((a) => a.prompt)).toEqual(['Lịch nhắc tự động đang bật (mỗi ngày khoảng 8 giờ). Tắt lịch?', 'Đã tắt lịch nhắc tự động.']);
    expect(emu.triggers.list()).toEqual([]);
    expect(emu.call('setReminderSchedule', [false])).toEqual({ ok: true, message: 'Lịch nhắc tự động chưa bật nên không có gì để tắt.' });
  });

  test('a send line whose time was overwritten with text: the status shows it without a time', () => {
    const emu = remindEmulator(undefined, '2019-05-20T09:00:00+07:00');
    emu.call('sendRemindersNow', []);
    const log = sheetOf(emu, SHEETS.log);
    log.getRange(log.getLastRow(), 1).setValue('hôm qua');
    const status = emu.call('getReminderStatus', []) as ReminderStatus;
    expect(status.lastSends[0]).toEqual({ time: '', unit: 'KHOI_CQ', stage: 'truoc-han', status: 'đã gửi' });
    expect(status.lastSends[1].time).toBe('2019-05-20T02:00:00.000Z');
  });
});
