/**
 * Period confirmation through the bundle: `confirmPeriod`, `returnPeriod`, the menus, and
 * what totals and the report make of it. Users are told apart by running each step in an
 * emulator started as that user on the workbook the previous step left.
 */
import type { Document } from '../../emulator/document/document';
import { Emulator } from '../../emulator/emulator';
import { exportWorkbook } from '../../emulator/spreadsheet';
import { SHEETS } from '../../src/core/schema';
import type { ConfirmOutcome } from '../../src/gas/confirm/confirm-unit';
import { BUNDLE, book, emulator, sheetOf, valuesOf } from './harness';

const ADMIN = 'bcd.hamthuannam@example.gov.vn';
const HAM_CAN = 'hamcan.cat@example.gov.vn';

/** The same workbook, opened by `user` on `day` at 09:00 in Vietnam. */
function as(prev: Emulator, user: string, day: string): Emulator {
  const emu = new Emulator({ now: `${day}T09:00:00+07:00`, data: exportWorkbook(book(prev)), user });
  emu.load(BUNDLE);
  return emu;
}

function setUp(): Emulator {
  const emu = emulator();
  emu.run('menuSetup');
  return emu;
}

/** `Nhật ký` lines of an action, without the time column. */
function logLines(emu: Emulator, action: string): string[][] {
  return valuesOf(emu, SHEETS.log).slice(1).filter((r) => r[1] === action).map((r) => r.slice(2).map(String));
}

function confirmedOf(emu: Emulator, asOf: string): Record<string, string> {
  const result = emu.call('getTotals', [asOf]) as { totals: { units: { code: string; confirmed: string }[] } };
  return Object.fromEntries(result.totals.units.map((u) => [u.code, u.confirmed]));
}

describe('confirmPeriod', () => {
  test('a focal address confirms before the deadline: on time, one line in Nhật ký, totals say on-time', () => {
    const emu = as(setUp(), HAM_CAN, '2019-04-24');
    const out = emu.call('confirmPeriod', ['HAM_CAN']) as ConfirmOutcome;
    expect(out).toMatchObject({ status: 'confirmed', unit: 'HAM_CAN', period: '2019-04', onTime: true });
    expect(out.message).toBe('Đã xác nhận số liệu kỳ 04/2019 của Hàm Cần: đúng hạn (hạn 25/04/2019).');
    expect(logLines(emu, 'Xác nhận số liệu')).toEqual([['HAM_CAN', HAM_CAN, 'Kỳ 2019-04 · đúng hạn (hạn 25/04/2019)']]);
    const confirmed = confirmedOf(emu, '2019-04-24');
    expect(confirmed.HAM_CAN).toBe('on-time');
    expect(Object.values(confirmed).filter((c) => c === 'missing')).toHaveLength(13);
  });

  test('a confirmation dated exactly on the deadline day is on time; the day after is late', () => {
    const onDeadline = as(setUp(), HAM_CAN, '2019-04-25');
    expect(onDeadline.call('confirmPeriod', ['HAM_CAN'])).toMatchObject({ status: 'confirmed', onTime: true });
    const late = as(setUp(), HAM_CAN, '2019-04-26');
    expect(late.call('confirmPeriod', ['HAM_CAN'])).toMatchObject({ status: 'confirmed', onTime: false });
    expect(logLines(late, 'Xác nhận số liệu')).toEqual([['HAM_CAN', HAM_CAN, 'Kỳ 2019-04 · chậm hạn (hạn 25/04/2019)']]);
    expect(confirmedOf(late, '2019-04-30').HAM_CAN).toBe('late');
    expect(confirmedOf(late, '2019-05-01').HAM_CAN).toBe('missing'); // a new period
  });

  test('confirming twice in a period writes one line and says when it was done', () => {
    const emu = as(setUp(), HAM_CAN, '2019-04-20');
    emu.call('confirmPeriod', ['HAM_CAN']);
    const again = as(emu, ADMIN, '2019-04-22');
    const out = again.call('confirmPeriod', ['ham_can']) as ConfirmOutcome;
    expect(out).toMatchObject({ status: 'already', period: '2019-04' });
    expect(out.message).toBe('Hàm Cần đã xác nhận số liệu kỳ 04/2019 ngày 20/04/2019; không cần xác nhận lại.');
    expect(logLines(again, 'Xác nhận số liệu')).toHaveLength(1);
  });

  test('a unit with errors is refused, listing the first 10 and "và N lỗi khác"; nothing is logged', () => {
    const emu = setUp();
    const tab = sheetOf(emu, 'Hàm Cần');
    const launch = tab.getRange(1, 1, 1, tab.getLastColumn()).getValues()[0].indexOf('Ngày ra mắt') + 1;
    for (let r = 2; r <= 13; r++) tab.getRange(r, launch).setValue('hôm qua');
    const focal = as(emu, HAM_CAN, '2019-04-24');
    const out = focal.call('confirmPeriod', ['HAM_CAN']) as ConfirmOutcome;
    expect(out.status).toBe('refused');
    expect(out.errors.filter((e) => e.code === 'E04' && e.column === 'Ngày ra mắt')).toHaveLength(12);
    const lines = out.message.split('\n');
    expect(lines[0]).toBe(`Chưa xác nhận được số liệu của Hàm Cần: trang dữ liệu còn ${out.errors.length} lỗi. Sửa các lỗi dưới đây rồi xác nhận lại.`);
    expect(lines.filter((l) => l.startsWith('- Hàm Cần, dòng '))).toHaveLength(10);
    expect(lines[11]).toBe(`và ${out.errors.length - 10} lỗi khác.`);
    expect(logLines(focal, 'Xác nhận số liệu')).toEqual([]);
  });

  test('warnings do not block a confirmation', () => {
    const emu = setUp();
    const issues = (emu.call('validateAll', []) as { issues: { sheet: string; severity: string }[] }).issues.filter((i) => i.sheet === 'Hàm Cần');
    expect(issues.some((i) => i.severity === 'Cảnh báo') || issues.length === 0).toBe(true);
    expect(issues.filter((i) => i.severity === 'Lỗi')).toEqual([]);
    expect(as(emu, HAM_CAN, '2019-04-24').call('confirmPeriod', ['HAM_CAN'])).toMatchObject({ status: 'confirmed' });
  });

  test('someone who is neither a focal address nor an admin is refused; an admin may confirm any unit', () => {
    const stranger = as(setUp(), 'hamkiem.cat@example.gov.vn', '2019-04-24');
    const out = stranger.call('confirmPeriod', ['HAM_CAN']) as ConfirmOutcome;
    expect(out.status).toBe('refused');
    expect(out.message).toContain('Tài khoản hamkiem.cat@example.gov.vn không phải email đầu mối của Hàm Cần');
    expect(logLines(stranger, 'Xác nhận số liệu')).toEqual([]);
    const admin = as(stranger, ADMIN.toUpperCase(), '2019-04-24');
    expect(admin.call('confirmPeriod', ['HAM_CAN'])).toMatchObject({ status: 'confirmed' });
  });

  test('an unknown user (Apps Script gives no address) is recorded as "không xác định", and told so', () => {
    const emu = as(setUp(), '', '2019-04-24');
    const out = emu.call('confirmPeriod', ['HAM_CAN']) as ConfirmOutcome;
    expect(out.status).toBe('confirmed');
    expect(out.message).toContain('người xác nhận được ghi là "không xác định"');
    expect(logLines(emu, 'Xác nhận số liệu')).toEqual([['HAM_CAN', 'không xác định', 'Kỳ 2019-04 · đúng hạn (hạn 25/04/2019)']]);
  });

  test('an unknown unit code is named in the message', () => {
    expect(as(setUp(), ADMIN, '2019-04-24').call('confirmPeriod', ['XYZ'])).toEqual({
      error: 'Không có đơn vị đang theo dõi nào mã "XYZ" trong trang "Đơn vị". Nhập đúng mã đơn vị (cột "Mã đơn vị") rồi thử lại.',
    });
  });
});

describe('returnPeriod', () => {
  test('an admin returns a confirmation with a reason: the unit is unconfirmed again, the reason logged; it can confirm again (late)', () => {
    const confirmed = as(setUp(), HAM_CAN, '2019-04-20');
    confirmed.call('confirmPeriod', ['HAM_CAN']);
    const focalTries = as(confirmed, HAM_CAN, '2019-04-24');
    expect(focalTries.call('returnPeriod', ['HAM_CAN', 'x'])).toMatchObject({ status: 'refused' });
    const admin = as(focalTries, ADMIN, '2019-04-24');
    expect(admin.call('returnPeriod', ['HAM_CAN', '   '])).toMatchObject({ status: 'refused', message: 'Cần ghi lý do trả lại để đơn vị biết phải sửa gì. Chưa trả lại số liệu.' });
    const out = admin.call('returnPeriod', ['HAM_CAN', 'Thiếu 2 mô hình thôn Lập Sơn']) as ConfirmOutcome;
    expect(out).toMatchObject({ status: 'returned', period: '2019-04' });
    expect(logLines(admin, 'Trả lại số liệu')).toEqual([['HAM_CAN', ADMIN, 'Kỳ 2019-04 · lý do: Thiếu 2 mô hình thôn Lập Sơn']]);
    expect(confirmedOf(admin, '2019-04-24').HAM_CAN).toBe('missing');
    expect(confirmedOf(admin, '2019-04-21').HAM_CAN).toBe('on-time'); // as of a day before the return
    expect(admin.call('returnPeriod', ['HAM_CAN', 'again'])).toMatchObject({ status: 'refused' });
    const again = as(admin, HAM_CAN, '2019-04-27');
    expect(again.call('confirmPeriod', ['HAM_CAN'])).toMatchObject({ status: 'confirmed', onTime: false });
    expect(confirmedOf(again, '2019-04-30').HAM_CAN).toBe('late');
  });
});

describe('menus', () => {
  test('"Xác nhận số liệu kỳ này" on a unit tab confirms that unit; elsewhere it asks which', () => {
    const emu = as(setUp(), ADMIN, '2019-04-24');
    book(emu).setActiveSheet(sheetOf(emu, 'Hàm Cần'));
    emu.run('menuConfirm');
    expect(emu.ui.prompts).toHaveLength(0);
    expect(emu.ui.alerts.at(-1)?.prompt).toBe('Đã xác nhận số liệu kỳ 04/2019 của Hàm Cần: đúng hạn (hạn 25/04/2019).');
    book(emu).setActiveSheet(sheetOf(emu, SHEETS.totals));
    emu.ui.answer({ button: 'OK', text: 'HAM_KIEM' });
    emu.run('menuConfirm');
    expect(emu.ui.prompts.at(-1)?.prompt).toContain('Nhập mã đơn vị cần xác nhận số liệu (THUAN_NAM, HAM_CAN,');
    expect(logLines(emu, 'Xác nhận số liệu').map((l) => l[0])).toEqual(['HAM_CAN', 'HAM_KIEM']);
  });

  test('"Trả lại số liệu" asks for the reason; Cancel writes nothing', () => {
    const emu = as(setUp(), ADMIN, '2019-04-24');
    emu.call('confirmPeriod', ['HAM_CAN']);
    book(emu).setActiveSheet(sheetOf(emu, 'Hàm Cần'));
    emu.ui.answer({ button: 'CANCEL' });
    expect(emu.run('menuReturn')).toBeNull();
    emu.ui.answer({ button: 'OK', text: 'Sai ngày ra mắt' });
    emu.run('menuReturn');
    expect(emu.ui.alerts.at(-1)?.prompt).toBe('Đã trả lại số liệu kỳ 04/2019 của Hàm Cần. Lý do: Sai ngày ra mắt. Đơn vị cần sửa và xác nhận lại.');
    expect(logLines(emu, 'Trả lại số liệu')).toHaveLength(1);
  });
});

describe('totals and the report use the confirmations', () => {
  test('Tổng hợp shows each unit\'s state and the report says how many confirmed on time', () => {
    const emu = as(setUp(), ADMIN, '2019-04-24');
    emu.call('confirmPeriod', ['HAM_CAN']);
    emu.call('confirmPeriod', ['HAM_KIEM']);
    emu.call('updateTotals', ['2019-04-24']);
    const rows = valuesOf(emu, SHEETS.totals).map((r) => r.map(String));
    const row = (name: string) => rows.find((r) => r[1] === name) ?? [];
    expect(row('Hàm Cần').at(-1)).toBe('Đúng hạn');
    expect(row('Hàm Mỹ').at(-1)).toBe('Chưa xác nhận');
    const report = emu.call('makeReport', ['2019-04-24']) as { id: string };
    const record = emu.drive.get(report.id);
    if (!record || record.content.kind !== 'document') throw new Error('no report document');
    const body = (record.content.document as Document).getBody().getText();
    expect(body).toContain('Có 02/14 đơn vị xác nhận số liệu đúng hạn. Chưa xác nhận số liệu: Thị trấn Thuận Nam, Hàm Cường,');
  });
});
