/**
 * The contract between dist/Code.js and Apps Script, checked on the built bundle (`npm test`
 * builds first). Generic over the entry's exports: adding an export to src/main.ts is
 * covered without touching these tests.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Emulator } from '../../emulator/emulator';

const root = join(__dirname, '..', '..');
const bundlePath = join(root, 'dist', 'Code.js');

function bundle(): string {
  if (!existsSync(bundlePath)) throw new Error('dist/Code.js is missing: run `npm run build` (npm test does it first)');
  return readFileSync(bundlePath, 'utf8');
}

/** The entry's export names, the way scripts/build.mjs finds them (an ESM pass's metafile). */
async function entryExports(): Promise<string[]> {
  const probe = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: join(root, 'build/probe-test'),
    logLevel: 'silent',
  });
  const entry = Object.values(probe.metafile.outputs).find((o) => o.entryPoint);
  if (!entry) throw new Error('esbuild metafile has no entry output');
  return [...entry.exports].sort();
}

function loaded(): Emulator {
  return new Emulator({ now: '2019-04-24T08:00:00+07:00' }).load(bundlePath);
}

test('AS01 dist/Code.js has no import, export or require', () => {
  const code = bundle();
  expect(code).not.toMatch(/^\s*import\s*[\w{*'"]/m);
  expect(code).not.toMatch(/^\s*export\s/m);
  expect(code).not.toMatch(/\bimport\s*\(/);
  expect(code).not.toMatch(/\brequire\s*\(/);
});

test('AS02 every export of src/main.ts is a top-level function declaration of the bundle', async () => {
  const names = await entryExports();
  expect(names.length).toBeGreaterThan(0);
  const code = bundle();
  const emu = loaded();
  for (const name of names) {
    expect([name, new RegExp(`^function ${name.replace(/\$/g, '\\$')}\\(`, 'm').test(code)]).toEqual([name, true]);
    expect([name, emu.has(name)]).toEqual([name, true]);
  }
});

test('AS02 every menu item calls a top-level function of the bundle', () => {
  for (const authMode of ['NONE', 'LIMITED'] as const) {
    const emu = loaded();
    emu.runSimpleTrigger('onOpen', { authMode });
    expect(emu.ui.menus.length).toBeGreaterThan(0);
    for (const fn of emu.ui.functionNames()) expect([authMode, fn, emu.has(fn)]).toEqual([authMode, fn, true]);
  }
});

test('AS03 loading the bundle makes no service call', () => {
  const emu = loaded();
  expect(emu.calls.snapshot()).toEqual({});
  expect(emu.calls.total()).toBe(0);
  expect(emu.log).toEqual([]);
});

test('AS26 onOpen in AuthMode.NONE only builds the menu', () => {
  const emu = loaded();
  expect(() => emu.runSimpleTrigger('onOpen', { authMode: 'NONE' })).not.toThrow();
  expect(emu.ui.menus.length).toBeGreaterThan(0);
  const touched = Object.keys(emu.calls.snapshot());
  expect(touched.length).toBeGreaterThan(0);
  expect(touched.filter((key) => !/^(Ui|Menu)\./.test(key) && key !== 'SpreadsheetApp.getUi')).toEqual([]);
  expect(emu.ui.alerts).toEqual([]);
  expect(emu.ui.dialogs).toEqual([]);
});

test('AS26 the menu: add-on menu when not yet enabled and on install, menu bar in a bound sheet', () => {
  const none = loaded();
  none.runSimpleTrigger('onOpen', { authMode: 'NONE' });
  expect(none.ui.menus.map((m) => m.addon)).toEqual([true]);
  const install = loaded();
  install.run('onInstall', { authMode: 'FULL' });
  expect(install.ui.menus.map((m) => m.addon)).toEqual([true]);
  const bound = loaded();
  bound.runSimpleTrigger('onOpen', { authMode: 'LIMITED' });
  expect(bound.ui.menus.map((m) => [m.addon, m.title])).toEqual([[false, 'Mô hình ANTT']]);
  expect(bound.ui.menus[0].items.map((i) => ('caption' in i ? i.caption : ''))).toEqual([
    'Thiết lập / sửa bảng tính', 'Kiểm tra dữ liệu', 'Tổng hợp số liệu', 'Tạo báo cáo sơ kết', 'Xác nhận số liệu kỳ này', 'Trả lại số liệu',
    'Bật/Tắt lịch nhắc tự động', 'Xem trước nhắc việc', 'Gửi nhắc việc ngay',
    'Mở bảng điều khiển', 'Kiểm tra cài đặt',
  ]);
});
