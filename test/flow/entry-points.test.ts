/**
 * Every entry point of dist/Code.js through the bundle, on the paths the other flow tests do
 * not take: the menu each trigger builds, a workbook that was never set up, dates that are
 * not dates, and the lock held by another run. A last test checks that every top-level
 * function of the bundle is called by some flow test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator } from '../../emulator/emulator';
import { BUNDLE, emulator } from './harness';

const UNUSABLE = 'Bảng tính thiếu trang "Đơn vị", "Loại mô hình". Hãy chạy "Thiết lập / sửa bảng tính" trước.';
const BUSY = 'Một thao tác khác của tiện ích (kiểm tra, tổng hợp, thiết lập hoặc tạo báo cáo) đang chạy trên bảng tính này. Vui lòng đợi khoảng một phút rồi thử lại.';
const bad = (text: string) => `"${text}" không phải là ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 24/04/2019.`;

/** A spreadsheet someone made without running set-up. */
const bare = (): Emulator => emulator({ sheets: [{ name: 'Trang tính1', values: [['Tên', 'Số'], ['Hàm Mỹ', 7]] }] });

function setUp(): Emulator {
  const emu = emulator();
  emu.run('menuSetup');
  return emu;
}

describe('onOpen and onInstall build the menu', () => {
  const ITEMS = [
    { caption: 'Thiết lập / sửa bảng tính', functionName: 'menuSetup' },
    { caption: 'Kiểm tra dữ liệu', functionName: 'menuValidate' },
    { caption: 'Tổng hợp số liệu', functionName: 'menuTotals' },
    { caption: 'Tạo báo cáo sơ kết', functionName: 'menuReport' },
  ];
  // The items other features add come after these four.
  test('onOpen in a bound sheet (LIMITED): "Mô hình ANTT" in the menu bar', () => {
    const emu = emulator();
    emu.runSimpleTrigger('onOpen', { authMode: 'LIMITED' });
    expect(emu.ui.menus.map((m) => [m.title, m.addon, m.items.slice(0, 4)])).toEqual([['Mô hình ANTT', false, ITEMS]]);
  });
  test('onOpen before the add-on is enabled (NONE) and onInstall: the add-on menu, same items', () => {
    const none = emulator();
    none.runSimpleTrigger('onOpen', { authMode: 'NONE' });
    const install = emulator();
    install.run('onInstall', { authMode: 'FULL' });
    for (const emu of [none, install]) {
      expect(emu.ui.menus.map((m) => [m.addon, m.items.slice(0, 4)])).toEqual([[true, ITEMS]]);
    }
  });
});

describe('a workbook that was never set up', () => {
  test.each([
    ['getTotals', []], ['updateTotals', ['24/04/2019']], ['makeReport', []], ['validateAll', []],
  ] as const)('%s: { error, missing } naming the two sheets', (name, args) => {
    expect(bare().call(name, [...args])).toEqual({ error: UNUSABLE, missing: ['Đơn vị', 'Loại mô hình'] });
  });

  test('menuTotals: the same error in an alert, nothing written', () => {
    const emu = bare();
    emu.ui.answer({ button: 'OK', text: '' }, { button: 'OK', text: '' });
    expect(emu.run('menuTotals')).toEqual({ error: UNUSABLE, missing: ['Đơn vị', 'Loại mô hình'] });
    expect(emu.ui.alerts.map((a) => a.prompt)).toEqual([UNUSABLE]);
    expect(emu.spreadsheet?.getSheets().map((s) => s.getName())).toEqual(['Trang tính1']);
  });

  test('menuReport: the error in an alert titled like the menu, no Doc', () => {
    const emu = bare();
    emu.ui.answer({ button: 'OK', text: '' }, { button: 'OK', text: '' }, { button: 'NO' });
    expect(emu.run('menuReport')).toEqual({ error: UNUSABLE, missing: ['Đơn vị', 'Loại mô hình'] });
    expect(emu.ui.alerts.at(-1)).toEqual({ title: 'Tạo báo cáo sơ kết', prompt: UNUSABLE, buttons: 'OK', response: 'OK' });
    expect(emu.drive.files()).toEqual([]);
  });
});

describe('dates given to the endpoints', () => {
  let emu: Emulator;
  beforeAll(() => {
    emu = setUp();
  });
  test('a day that does not exist, a word, a period that ends before it starts: { error }, nothing written', () => {
    expect(emu.call('updateTotals', ['31/02/2019'])).toEqual({ error: bad('31/02/2019') });
    expect(emu.call('updateTotals', ['2019-04-24', 'hôm qua'])).toEqual({ error: bad('hôm qua') });
    expect(emu.call('getTotals', ['2019-04-24', '2019-05-01'])).toEqual({ error: 'Ngày bắt đầu kỳ phải trước ngày tính số liệu. Hãy chạy lại và nhập lại hai ngày.' });
    expect(emu.call('makeReport', ['2019-04-24', 'hôm qua'])).toEqual({ error: bad('hôm qua') });
    expect(emu.spreadsheet?.getSheetByName('Tổng hợp')?.getLastRow()).toBe(0);
    expect(emu.drive.files().filter((f) => f.content.kind === 'document')).toEqual([]);
  });
  test('getTotals with dd/mm/yyyy dates: the period they name', () => {
    const result = emu.call('getTotals', ['31/12/2018', '01/07/2018']) as { totals: { asOf: string; from: string } };
    expect([result.totals.asOf, result.totals.from]).toEqual(['2018-12-31', '2018-07-01']);
  });
});

describe('menus while another run holds the lock, and typed answers', () => {
  test('menuValidate: the busy message in an alert, nothing written', () => {
    const emu = setUp();
    emu.locks.holdByOther(true);
    expect(emu.run('menuValidate')).toEqual({ busy: BUSY });
    expect(emu.ui.alerts.map((a) => a.prompt)).toEqual([BUSY]);
    expect(emu.spreadsheet?.getSheetByName('Lỗi dữ liệu')?.getLastRow()).toBe(1);
  });

  test('menuTotals: a period start that is not a date is refused at the second prompt', () => {
    const emu = setUp();
    emu.ui.answer({ button: 'OK', text: '24/4/2019' }, { button: 'OK', text: 'abc' });
    expect(emu.run('menuTotals')).toBeNull();
    expect(emu.ui.alerts.map((a) => a.prompt)).toEqual([bad('abc')]);
    expect(emu.spreadsheet?.getSheetByName('Tổng hợp')?.getLastRow()).toBe(0);
  });

  test('menuTotals: Cancel at the second prompt writes nothing', () => {
    const emu = setUp();
    emu.ui.answer({ button: 'OK', text: '' }, { button: 'CANCEL' });
    expect(emu.run('menuTotals')).toBeNull();
    expect(emu.ui.alerts).toEqual([]);
  });
});

test('every top-level function of dist/Code.js is called by a flow test', () => {
  const code = readFileSync(BUNDLE, 'utf8');
  const entries = [...code.slice(code.indexOf('// Top-level entry points')).matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
  expect(entries).toEqual(expect.arrayContaining(['menuSetup', 'menuValidate', 'menuTotals', 'menuReport', 'onOpen', 'onEdit']));
  const sources = readdirSync(__dirname).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(__dirname, f), 'utf8')).join('\n');
  const uncalled = entries.filter((name) => !new RegExp(`(run|call|runSimpleTrigger)\\(\\s*'${name}'|\\['${name}',`).test(sources));
  expect(uncalled).toEqual([]);
});
