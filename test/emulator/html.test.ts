import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator } from '../../emulator/emulator';
import { thrown } from './thrown';

/** A project folder (Code.js + HTML files), loaded the way `emu.load('dist/Code.js')` is. */
function project(code: string, files: Record<string, string> = {}, options: ConstructorParameters<typeof Emulator>[0] = {}): Emulator {
  const dir = mkdtempSync(join(tmpdir(), 'html-test-'));
  writeFileSync(join(dir, 'Code.js'), code);
  for (const [name, html] of Object.entries(files)) writeFileSync(join(dir, name), html);
  return new Emulator({ now: '2019-04-24T08:00:00+07:00', ...options }).load(join(dir, 'Code.js'));
}

describe('HtmlService templates', () => {
  const PAGE = '<p title="<?= name ?>"><?= name ?></p><div><?!= raw ?></div><ul><? for (var i = 0; i < n; i++) { ?><li><?= i + 1 ?></li><? } ?></ul><i><?= greet() ?></i>';
  const CODE = `
    function greet() { return 'Xin chào & chúc mừng'; }
    function page() {
      var t = HtmlService.createTemplateFromFile('Page');
      t.name = '<img src=x onerror=alert(1)>'; t.raw = '<b>đậm</b>'; t.n = 2;
      return t.evaluate().getContent();
    }
    function code() { return HtmlService.createTemplate('a<?= b ?>').getCode(); }
    function missing() { return HtmlService.createTemplateFromFile('Nope'); }
    function show() {
      var t = HtmlService.createTemplateFromFile('Page.html');
      t.name = 'A'; t.raw = ''; t.n = 2;
      SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle('Bảng điều khiển').setWidth(300));
    }
    function onOpen() { show(); }`;
  const FILES = { 'Page.html': PAGE };

  test('AS32 <?= ?> escapes, <?!= ?> does not, <? ?> runs code, template properties are variables, script globals are visible', () => {
    const emu = project(CODE, FILES);
    expect(emu.run('page')).toBe(
      '<p title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;</p><div><b>đậm</b></div><ul><li>1</li><li>2</li></ul><i>Xin chào &amp; chúc mừng</i>',
    );
  });

  test('AS32 a template reads NAME.html next to the bundle; a missing file fails with Apps Script\'s message', () => {
    const emu = project(CODE, FILES);
    expect(String(thrown(() => emu.run('missing')))).toBe('Exception: No HTML file named Nope was found.');
    expect(emu.run('code')).toContain('output.appendUntrusted(b);');
  });

  test('AS32 AS35 showSidebar records the evaluated page, its title and width', () => {
    const emu = project(CODE, FILES);
    emu.run('show');
    expect(emu.ui.dialogs).toHaveLength(1);
    expect(emu.ui.dialogs[0]).toMatchObject({ kind: 'sidebar', title: 'Bảng điều khiển', width: 300 });
    expect(emu.ui.dialogs[0].html).toContain('<li>2</li>');
  });

  test('AS35 showSidebar is refused in a simple trigger and without script.container.ui in the manifest', () => {
    const emu = project(CODE, FILES);
    expect(thrown(() => emu.runSimpleTrigger('onOpen')).message).toBe(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    const noUi = project(CODE, FILES, { scopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    expect(thrown(() => noUi.run('show')).message).toBe(
      'Specified permissions are not sufficient to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
  });
});

describe('google.script.run', () => {
  const SERVER = `
    function echo(x) { return x; }
    function when() { return { ok: true, at: new Date(0) }; }
    function nested() { return { list: [1, undefined, 'a'], skip: undefined, deep: { n: null } }; }
    function fail() { throw new Error('Hỏng rồi'); }
    function secret_() { return 'bí mật'; }
    var order = [];
    function mark(i) { return i; }`;

  function client(options: ConstructorParameters<typeof Emulator>[0] = {}) {
    const emu = new Emulator({ now: '2019-04-24T08:00:00+07:00', ...options }).loadCode(SERVER);
    return { emu, run: emu.scriptRun() };
  }

  /** Calls `name` through the run object and resolves with what the handlers received. */
  function callOf(run: ReturnType<Emulator['scriptRun']>, name: string, ...args: unknown[]): Promise<{ ok: boolean; value: unknown; user: unknown }> {
    return new Promise((resolve) => {
      const fn = run
        .withSuccessHandler((value, user) => resolve({ ok: true, value, user }))
        .withFailureHandler((error, user) => resolve({ ok: false, value: error.message, user }))
        .withUserObject('u1')[name] as (...a: unknown[]) => void;
      fn(...args);
    });
  }

  test('AS04 names ending in _ are not on google.script.run', () => {
    const { run } = client();
    expect(run.secret_).toBeUndefined();
    expect(typeof run.echo).toBe('function');
    expect(() => (run.secret_ as () => void)()).toThrow(TypeError);
  });

  test('AS33 a Date argument fails on the client with the property that holds it, before anything runs', () => {
    const { emu, run } = client();
    const echo = run.echo as (x: unknown) => void;
    expect(thrown(() => echo(new Date(0))).message).toBe('Failed due to illegal value in property: 0');
    expect(thrown(() => echo({ period: { from: new Date(0) } })).message).toBe('Failed due to illegal value in property: from');
    expect(thrown(() => echo([1, () => 2])).message).toBe('Failed due to illegal value in property: 1');
    expect(emu.calls.total()).toBe(0);
  });

  test('AS33 a Date anywhere in a result makes the whole result null; plain data arrives unchanged', async () => {
    const { run } = client();
    await expect(callOf(run, 'when')).resolves.toEqual({ ok: true, value: null, user: 'u1' });
    await expect(callOf(run, 'echo', { a: [1, 'b', true, null] })).resolves.toEqual({ ok: true, value: { a: [1, 'b', true, null] }, user: 'u1' });
    const nested = await callOf(run, 'nested');
    expect(nested.value).toStrictEqual({ list: [1, null, 'a'], deep: { n: null } });
  });

  test('AS34 calls return nothing and answer later; a server error reaches the failure handler as its message', async () => {
    const { emu, run } = client();
    const seen: unknown[] = [];
    expect((run.withSuccessHandler((v) => seen.push(v)).echo as (x: unknown) => unknown)('x')).toBeUndefined();
    expect(seen).toEqual([]);
    await emu.scriptRunQueue.idle();
    expect(seen).toEqual(['x']);
    await expect(callOf(run, 'fail')).resolves.toEqual({ ok: false, value: 'Hỏng rồi', user: 'u1' });
    (run.fail as () => void)();
    await emu.scriptRunQueue.idle();
    expect(emu.scriptRunQueue.unhandledErrors).toEqual([{ name: 'fail', message: 'Hỏng rồi' }]);
  });

  test('AS34 the order of answers is not the order of calls', async () => {
    // The emulator's scheduler here always picks the last waiting call.
    const { emu, run } = client({ scriptRunOrder: () => 0.999 });
    const answered: unknown[] = [];
    const mark = run.withSuccessHandler((v) => answered.push(v)).mark as (i: number) => void;
    for (let i = 1; i <= 4; i++) mark(i);
    await emu.scriptRunQueue.idle();
    expect(answered).toEqual([4, 3, 2, 1]);
  });
});
