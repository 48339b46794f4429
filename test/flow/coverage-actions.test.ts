/**
 * Set-up, the sidebar's re-check and the totals menu at their other outcomes, through the
 * bundle: the document lock held by another run, the totals menu's success toast, and a unit
 * tab with nobody to give edit rights to (warning-only protection).
 */
import type { Emulator } from '../../emulator/emulator';
import { SETTINGS, SHEETS } from '../../src/core/schema';
import { book, emulator, sheetOf, valuesOf } from './harness';

const BUSY = 'Một thao tác khác của tiện ích (kiểm tra, tổng hợp, thiết lập hoặc tạo báo cáo) đang chạy trên bảng tính này. Vui lòng đợi khoảng một phút rồi thử lại.';

function setUp(): Emulator {
  const emu = emulator();
  emu.run('menuSetup');
  return emu;
}

describe('the document lock held by another run', () => {
  test('menuSetup: an alert to try again, no sheet created', () => {
    const emu = emulator();
    const before = book(emu).getSheets().map((s) => s.getName());
    emu.locks.holdByOther(true);
    expect(emu.run('menuSetup')).toEqual({ busy: BUSY });
    expect(emu.ui.alerts.map((a) => a.prompt)).toEqual([BUSY]);
    expect(book(emu).getSheets().map((s) => s.getName())).toEqual(before);
  });

  test('checkAgain (sidebar): the busy message as the result, Lỗi dữ liệu untouched', () => {
    const emu = setUp();
    const before = valuesOf(emu, SHEETS.issues);
    emu.locks.holdByOther(true);
    expect(emu.call('checkAgain', [])).toEqual({ busy: BUSY });
    expect(valuesOf(emu, SHEETS.issues)).toEqual(before);
  });
});

test('menuTotals answered with today and six months: Tổng hợp written and a toast saying so', () => {
  const emu = setUp();
  emu.ui.answer({ button: 'OK', text: '' }, { button: 'OK', text: '' });
  emu.run('menuTotals');
  expect(emu.ui.alerts).toEqual([]);
  expect(book(emu).toasts.map((t) => [t.title, t.message]).at(-1)).toEqual([
    'Tổng hợp số liệu',
    'Đã ghi trang "Tổng hợp": 20 loại mô hình, 82 điểm, 13/13 xã, thị trấn có mô hình; khối cơ quan, doanh nghiệp, nhà trường có 13 mô hình.',
  ]);
  expect(sheetOf(emu, SHEETS.totals).getLastRow()).toBeGreaterThan(1);
});

test('a unit with no valid focal address and no admin address: its tab is protected with a warning only', () => {
  const emu = setUp();
  const units = sheetOf(emu, SHEETS.units);
  const header = units.getRange(1, 1, 1, units.getLastColumn()).getValues()[0].map(String);
  const codes = units.getRange(1, 1, units.getLastRow(), 1).getValues().map((r) => String(r[0]));
  units.getRange(codes.indexOf('HAM_CAN') + 1, header.indexOf('Email đầu mối') + 1).setValue('chưa có');
  const settings = sheetOf(emu, SHEETS.settings);
  const labels = settings.getRange(1, 1, settings.getLastRow(), 1).getValues().map((r) => String(r[0]));
  settings.getRange(labels.indexOf(SETTINGS.find((s) => s.key === 'adminEmails')?.label ?? '') + 1, 2).setValue('');
  emu.run('menuSetup');
  const [hamCan] = sheetOf(emu, 'Hàm Cần').getProtections('SHEET');
  const [hamKiem] = sheetOf(emu, 'Hàm Kiệm').getProtections('SHEET');
  expect(hamCan.isWarningOnly()).toBe(true);
  expect(hamKiem.isWarningOnly()).toBe(false);
});
