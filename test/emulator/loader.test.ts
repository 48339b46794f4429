import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator } from '../../emulator/emulator';
import { bundleFile, LoadedScript } from '../../emulator/loader';
import { CallCounter } from '../../emulator/runtime/calls';
import { Clock } from '../../emulator/runtime/clock';

function script(code: string, services: Record<string, object> = {}) {
  const calls = new CallCounter();
  const clock = new Clock('2019-04-24T01:00:00Z');
  const lines: string[] = [];
  const loaded = LoadedScript.fromCode(code, { services, calls, clock, console: { log: (m: string) => lines.push(m) } });
  return { loaded, calls, clock, lines };
}

test('AS06 the script sees no Node globals: setTimeout, require, process, Buffer, fetch are undefined', () => {
  const { loaded } = script('');
  for (const name of ['setTimeout', 'setInterval', 'setImmediate', 'require', 'process', 'Buffer', 'fetch', 'module', 'exports', 'global', '__dirname']) {
    expect([name, loaded.evaluate(`typeof ${name}`)]).toEqual([name, 'undefined']);
  }
  // The language itself is there.
  expect(loaded.evaluate('typeof JSON.stringify + typeof Intl.DateTimeFormat + typeof Promise')).toBe('functionfunctionfunction');
});

test('AS06 the globals are only the registered services, console and Date', () => {
  const service = { serviceName: 'Thing', ping: () => 'pong' };
  const { loaded, calls, lines } = script('function go() { console.log(Thing.ping()); return Thing.ping(); }', { Thing: service });
  expect(loaded.run('go')).toBe('pong');
  expect(calls.snapshot()).toEqual({ 'Thing.ping': 2 });
  expect(lines).toEqual(['pong']);
  const emu = new Emulator().loadCode('');
  const names = Object.keys(emu.services).sort();
  expect(names).toEqual(expect.arrayContaining(['CacheService', 'LockService', 'Logger', 'PropertiesService', 'ScriptApp', 'Session', 'Utilities']));
});

test("AS06 the script's Date is the emulator clock's", () => {
  const { loaded, clock } = script('function now() { return [new Date().toISOString(), Date.now(), new Date(0).getTime()]; }');
  expect(loaded.run('now')).toEqual(['2019-04-24T01:00:00.000Z', Date.parse('2019-04-24T01:00:00Z'), 0]);
  clock.advance(60_000);
  expect(loaded.run('now')).toEqual(['2019-04-24T01:01:00.000Z', Date.parse('2019-04-24T01:01:00Z'), 0]);
  expect(loaded.evaluate('new Date() instanceof Date')).toBe(true);
});

test('AS03 every run starts from a fresh global scope: the top level runs again, globals set by a run are gone', () => {
  const emu = new Emulator().loadCode(`
    var counter = 0;
    Logger.log('top level');
    function bump() { counter++; return counter; }`);
  expect(emu.log).toEqual(['top level']); // load ran it once
  expect(emu.run('bump')).toBe(1); // the first run reuses that evaluation
  expect(emu.run('bump')).toBe(1); // a global set by one execution is gone in the next
  expect(emu.log).toEqual(['top level', 'top level']);
});

test('AS03 service calls at load time are counted, so the bundle tests can forbid them', () => {
  const emu = new Emulator().loadCode(`var tz = Session.getScriptTimeZone(); function f() {}`);
  expect(emu.calls.snapshot()).toEqual({ 'Session.getScriptTimeZone': 1 });
});

test('AS02 run calls top-level functions, declared or assigned to var/let/const (not names only put on globalThis); else "Script function not found"', () => {
  const { loaded } = script(`
    function declared(a, b) { return a + b; }
    var viaVar = function () { return 'var'; };
    const viaConst = () => 'const';
    globalThis.onlyOnGlobal = function () { return 'global'; };
    var notAFunction = 3;`);
  expect(loaded.run('declared', 2, 3)).toBe(5);
  expect(loaded.run('viaVar')).toBe('var');
  expect(loaded.run('viaConst')).toBe('const');
  expect(loaded.has('notAFunction')).toBe(false);
  expect(() => loaded.run('onlyOnGlobal')).toThrow('Script function not found: onlyOnGlobal');
  expect(() => loaded.run('missing')).toThrow('Script function not found: missing');
  expect(() => loaded.run('notAFunction')).toThrow('Script function not found: notAFunction');
  expect(() => loaded.run('declared); process.exit(')).toThrow('Script function not found');
});

test('a top-level error surfaces at load, with the file name in its stack', () => {
  expect(() => LoadedScript.fromCode('throw new Error("boom")', { services: {}, calls: new CallCounter(), clock: new Clock(), console: {}, filename: 'Code.js' })).toThrow(
    expect.objectContaining({ message: 'boom', stack: expect.stringContaining('Code.js:1') }),
  );
});

test('services registered after load become globals of later runs', () => {
  const emu = new Emulator().loadCode(`function cal() { return CalendarApp.getName(); }`);
  expect(() => emu.run('cal')).toThrow(/CalendarApp is not defined/);
  emu.register('CalendarApp', { serviceName: 'CalendarApp', getName: () => 'Lịch' });
  expect(emu.run('cal')).toBe('Lịch');
  expect(emu.calls.get('CalendarApp.getName')).toBe(1);
});

test('run before load is a clear error', () => {
  expect(() => new Emulator().run('x')).toThrow('Emulator: load() the bundle first');
});

describe('ANTT_BUNDLE (npm run coverage)', () => {
  const saved = process.env.ANTT_BUNDLE;
  const host = globalThis as { __coverage__?: Record<string, unknown> };
  const hostCoverage = host.__coverage__;
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'antt-bundle-'));
    writeFileSync(join(dir, 'Code.js'), 'var __seen = (__coverage__.probe = (__coverage__.probe || 0) + 1);\nfunction which() { return "instrumented copy"; }\n');
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.ANTT_BUNDLE;
    else process.env.ANTT_BUNDLE = saved;
    if (hostCoverage === undefined) delete host.__coverage__;
    else host.__coverage__ = hostCoverage;
    rmSync(dir, { recursive: true, force: true });
  });

  test("replaces only the project's dist/Code.js, and the script counts into the host's __coverage__", () => {
    process.env.ANTT_BUNDLE = join(dir, 'Code.js');
    host.__coverage__ = {};
    expect(bundleFile(join(__dirname, '..', '..', 'dist', 'Code.js'))).toBe(join(dir, 'Code.js'));
    expect(bundleFile(join(dir, 'other', 'Code.js'))).toBe(join(dir, 'other', 'Code.js'));
    const emu = new Emulator().load(join(__dirname, '..', '..', 'dist', 'Code.js'));
    expect(emu.run('which')).toBe('instrumented copy');
    expect(host.__coverage__).toEqual({ probe: 1 });
    emu.run('which'); // AS03: a second run evaluates the file again, in a new context, same record
    expect(host.__coverage__).toEqual({ probe: 2 });
  });

  test('unset: dist/Code.js is itself', () => {
    delete process.env.ANTT_BUNDLE;
    expect(bundleFile('dist/Code.js')).toBe(join(__dirname, '..', '..', 'dist', 'Code.js'));
  });
});
