/**
 * The reminder job's settings and recipients at their edges, through the bundle: a
 * `Nhắc trước hạn` that is not a number, a unit whose tab was deleted, and a unit without an
 * address when no admin address is set either (the send is logged as failed, never thrown).
 */
import type { Emulator } from '../../emulator/emulator';
import { buildSampleWorkbook } from '../../emulator/sample';
import { SETTINGS, SHEETS } from '../../src/core/schema';
import { book, sheetOf } from './harness';
import { formatTable, remindEmulator, sendTable, withEmails } from './remind-harness';

function setSetting(emu: Emulator, key: string, value: string): void {
  const label = SETTINGS.find((s) => s.key === key)?.label;
  const sheet = sheetOf(emu, SHEETS.settings);
  const labels = sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues().map((r) => String(r[0]));
  sheet.getRange(labels.indexOf(String(label)) + 1, 2).setValue(value);
}

const truocHan = (emu: Emulator) => sendTable(emu).filter((r) => r.stage === 'truoc-han').length;

describe('reminder settings and recipients', () => {
  test('"Nhắc trước hạn" not a number: the default 5 days (first reminders on the 20th, not the 19th)', () => {
    const emu = remindEmulator(buildSampleWorkbook(), '2019-05-19T09:00:00+07:00');
    setSetting(emu, 'remindDaysBefore', 'năm ngày');
    emu.call('sendRemindersNow', []);
    expect(truocHan(emu)).toBe(0);
    emu.advanceTo('2019-05-20T09:00:00+07:00');
    emu.call('sendRemindersNow', []);
    expect(truocHan(emu)).toBe(14);
  });

  test('a unit whose tab was deleted: its reminder links to the workbook itself', () => {
    const emu = remindEmulator(buildSampleWorkbook(), '2019-05-20T09:00:00+07:00');
    book(emu).deleteSheet(sheetOf(emu, 'Hàm Cần'));
    emu.call('sendRemindersNow', []);
    const mail = emu.mail.outbox.find((m) => m.to.includes('hamcan.cat@example.gov.vn'));
    expect(mail?.body).toContain(`Trang dữ liệu của đơn vị: ${book(emu).getUrl()}\n`);
    const other = emu.mail.outbox.find((m) => m.subject.includes('Hàm Kiệm'));
    expect(other?.body).toMatch(/Trang dữ liệu của đơn vị: \S+#gid=\d+\n/);
  });

  test('no address for the unit and no admin address: that send is logged as failed, the others go', () => {
    const emu = remindEmulator(withEmails(buildSampleWorkbook(), 'MY_THANH', 'chua-co-email'), '2019-05-20T09:00:00+07:00');
    setSetting(emu, 'adminEmails', '');
    emu.call('sendRemindersNow', []);
    const rows = formatTable(sendTable(emu)).split('\n');
    expect(rows.filter((r) => r.includes('MY_THANH'))).toEqual(['2019-05-20 MY_THANH   truoc-han  0 lỗi']);
    expect(rows.filter((r) => r.endsWith('đã gửi'))).toHaveLength(13);
    expect(emu.mail.outbox).toHaveLength(13);
  });
});
