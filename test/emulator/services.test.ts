import { Emulator } from '../../emulator/emulator';
import { GasException } from '../../emulator/runtime/errors';
import { Blob } from '../../emulator/services/blob';
import { Properties } from '../../emulator/services/properties';
import type { Utilities } from '../../emulator/services/utilities';
import { thrown } from './thrown';

/** A script's text, loaded into a fresh emulator: services are exercised through the bundle's view. */
function emulatorWith(code: string, options: ConstructorParameters<typeof Emulator>[0] = {}): Emulator {
  return new Emulator({ now: '2019-04-24T08:00:00+07:00', owner: 'owner@example.com', user: 'user@example.com', ...options }).loadCode(code);
}


describe('PropertiesService', () => {
  test('stores survive runs and keep values as strings', () => {
    const emu = emulatorWith(`
      function save() { PropertiesService.getScriptProperties().setProperty('n', 5).setProperties({ a: 'x', b: 'y' }); }
      function read() { return PropertiesService.getScriptProperties().getProperties(); }
      function wipe() { PropertiesService.getScriptProperties().deleteProperty('a'); return PropertiesService.getScriptProperties().getKeys(); }`);
    emu.run('save');
    expect(emu.run('read')).toEqual({ n: '5', a: 'x', b: 'y' });
    expect(emu.run('wipe')).toEqual(['n', 'b']);
    expect(emu.calls.get('Properties.setProperty')).toBe(1);
  });

  test('user properties are per user; document properties are null outside a bound document', () => {
    const emu = new Emulator({ bound: false, user: 'a@example.com' }).loadCode(`function doc() { return PropertiesService.getDocumentProperties(); }`);
    expect(emu.run('doc')).toBeNull();
    expect(emu.properties.user('a@example.com')).not.toBe(emu.properties.user('b@example.com'));
  });

  test('AS30 a value over 9 KB exceeds the property storage quota', () => {
    const emu = emulatorWith(`function big(n) { PropertiesService.getDocumentProperties().setProperty('k', new Array(n + 1).join('x')); }`);
    expect(() => emu.call('big', [9 * 1024])).not.toThrow();
    const e = thrown(() => emu.call('big', [9 * 1024 + 1]));
    expect(e).toBeInstanceOf(GasException);
    expect(e.message).toBe('You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(String(e)).toBe('Exception: You have exceeded the property storage quota. Please remove some properties and try again.');
  });

  test('AS30 a store over 500 KB exceeds the quota and keeps its previous content', () => {
    const store = new Properties();
    const value = 'x'.repeat(8 * 1024);
    for (let i = 0; i < 62; i++) store.setProperty(`k${i}`, value); // 62 × (8 KB + key) < 500 KB
    expect(() => store.setProperty('k62', value)).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(store.getProperty('k62')).toBeNull();
    expect(store.getKeys()).toHaveLength(62);
    // Replacing with deleteAllOthers frees the space.
    store.setProperties({ only: value }, true);
    expect(store.getKeys()).toEqual(['only']);
  });
});

describe('CacheService', () => {
  test('AS31 keys over 250 characters and values over 100 KB are too large', () => {
    const emu = emulatorWith(`
      function put(k, v) { CacheService.getScriptCache().put(k, v, 60); }
      function get(k) { return CacheService.getScriptCache().get(k); }`);
    emu.call('put', ['k'.repeat(250), 'v'.repeat(100 * 1024)]);
    expect(emu.call('get', ['k'.repeat(250)])).toHaveLength(100 * 1024);
    expect(thrown(() => emu.call('put', ['k', 'v'.repeat(100 * 1024 + 1)])).message).toBe('Argument too large: value');
    expect(String(thrown(() => emu.call('put', ['k'.repeat(251), 'v'])))).toBe('Exception: Argument too large: key');
  });

  test('AS31 entries expire on the emulator clock, at most after 21,600 s', () => {
    const emu = emulatorWith(`
      function put(s) { CacheService.getDocumentCache().putAll({ a: '1', b: '2' }, s); }
      function get() { return CacheService.getDocumentCache().getAll(['a', 'b', 'c']); }`);
    emu.call('put', [60]);
    emu.clock.advance(59_000);
    expect(emu.run('get')).toEqual({ a: '1', b: '2' });
    emu.clock.advance(1_000);
    expect(emu.run('get')).toEqual({});
    emu.call('put', [100_000]);
    emu.clock.advance(21_600_000 - 1);
    expect(emu.run('get')).toEqual({ a: '1', b: '2' });
    emu.clock.advance(1);
    expect(emu.run('get')).toEqual({});
  });
});

describe('LockService', () => {
  const LOCKING = `
    function tryIt(ms) { var l = LockService.getDocumentLock(); var ok = l.tryLock(ms); return [ok, l.hasLock()]; }
    function waitIt(ms) { LockService.getDocumentLock().waitLock(ms); return 'got it'; }
    function hold() { var l = LockService.getScriptLock(); l.waitLock(1000); return l.hasLock(); }
    function released() { var l = LockService.getScriptLock(); l.waitLock(10); l.releaseLock(); return l.hasLock(); }`;

  test('AS29 tryLock returns false and waits the timeout while another execution holds the lock', () => {
    const emu = emulatorWith(LOCKING);
    emu.locks.holdByOther(true);
    const before = emu.clock.now();
    expect(emu.call('tryIt', [5000])).toEqual([false, false]);
    expect(emu.clock.now() - before).toBe(5000);
    emu.locks.holdByOther(false);
    expect(emu.call('tryIt', [5000])).toEqual([true, true]);
  });

  test('AS29 waitLock times out while another execution holds the lock', () => {
    const emu = emulatorWith(LOCKING);
    emu.locks.holdByOther(true);
    const e = thrown(() => emu.call('waitIt', [30_000]));
    expect(e).toBeInstanceOf(GasException);
    expect(String(e)).toBe('Exception: Lock timeout: another process was holding the lock for too long.');
  });

  test('AS29 waitLock gets the lock when the other execution lets go in time', () => {
    const emu = emulatorWith(LOCKING);
    emu.locks.holdByOther({ forMs: 2000 });
    const before = emu.clock.now();
    expect(emu.call('waitIt', [10_000])).toBe('got it');
    expect(emu.clock.now() - before).toBe(2000);
  });

  test('AS29 locks are released when the run ends, and releaseLock releases', () => {
    const emu = emulatorWith(LOCKING);
    expect(emu.run('hold')).toBe(true);
    expect(emu.locks.heldByRun('script')).toBe(false);
    expect(emu.run('hold')).toBe(true); // a later run gets it again
    expect(emu.run('released')).toBe(false);
  });

  test('AS29 getDocumentLock is null outside a bound document', () => {
    const emu = new Emulator({ bound: false }).loadCode(`function doc() { return LockService.getDocumentLock(); }`);
    expect(emu.run('doc')).toBeNull();
  });

  test('AS05 waiting past the execution time limit fails the run', () => {
    const emu = emulatorWith(LOCKING);
    emu.locks.holdByOther(true);
    expect(String(thrown(() => emu.call('tryIt', [7 * 60 * 1000])))).toBe('Exception: Exceeded maximum execution time');
  });
});

describe('Session and simple triggers', () => {
  const WHO = `
    function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getScriptTimeZone(), Session.getActiveUserLocale()]; }
    function onOpen(e) { return [String(e.authMode), Session.getActiveUser().getEmail(), e.authMode === ScriptApp.AuthMode.LIMITED]; }
    function install() { ScriptApp.newTrigger('who').timeBased().everyDays(1).atHour(8).create(); }
    function mail() { MailApp.sendEmail('a@example.com', 's', 'b'); }
    function docProps() { return PropertiesService.getDocumentProperties().getKeys(); }
    function scriptProps() { return PropertiesService.getScriptProperties().getKeys(); }
    function scriptCache() { return CacheService.getScriptCache().get('k'); }
    function menu() { SpreadsheetApp.getUi().createAddonMenu().addItem('Mở', 'open').addToUi(); }
    function active() { return SpreadsheetApp.getActiveSpreadsheet().getId(); }
    function sidebar() { SpreadsheetApp.getUi().showSidebar({ getContent: function () { return '<p>x</p>'; } }); }`;

  test('full runs (a menu) see the user as active and effective user, the script time zone and the locale', () => {
    const emu = emulatorWith(WHO);
    expect(emu.run('who')).toEqual(['user@example.com', 'user@example.com', 'Asia/Ho_Chi_Minh', 'vi']);
  });

  test('AS25 simple triggers see no active user and cannot use services that need authorisation', () => {
    const emu = emulatorWith(WHO);
    emu.register('MailApp', { serviceName: 'MailApp', sendEmail: () => undefined });
    expect(emu.runSimpleTrigger('onOpen')).toEqual(['LIMITED', '', true]);
    expect(emu.runSimpleTrigger('who')).toEqual(['', '', 'Asia/Ho_Chi_Minh', 'vi']);
    expect(thrown(() => emu.runSimpleTrigger('install')).message).toBe(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
    expect(String(thrown(() => emu.runSimpleTrigger('mail')))).toBe(
      'Exception: You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    // The refused call still counts: the bundle made it.
    expect(emu.calls.get('MailApp.sendEmail')).toBe(1);
    // LIMITED may read the bound document and its properties.
    expect(emu.runSimpleTrigger('docProps')).toEqual([]);
    expect(typeof emu.runSimpleTrigger('active')).toBe('string');
    // The same functions work in a full run.
    expect(() => emu.run('install')).not.toThrow();
    expect(() => emu.run('mail')).not.toThrow();
  });

  test('AS26 AS40 AuthMode.NONE refuses the document, every property store, the caches and dialogs', () => {
    const emu = emulatorWith(WHO);
    const none = { authMode: 'NONE' };
    expect(thrown(() => emu.runSimpleTrigger('active', none)).message).toBe(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
    );
    expect(thrown(() => emu.runSimpleTrigger('docProps', none)).message).toMatch(/^You do not have permission to call PropertiesService.getDocumentProperties\./);
    expect(thrown(() => emu.runSimpleTrigger('sidebar', none)).message).toBe(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    expect(thrown(() => emu.runSimpleTrigger('scriptProps', none)).message).toBe(
      'You do not have permission to call PropertiesService.getScriptProperties. Required permissions: https://www.googleapis.com/auth/script.storage',
    );
    expect(thrown(() => emu.runSimpleTrigger('scriptCache', none)).message).toBe(
      'You do not have permission to call CacheService.getScriptCache. Required permissions: https://www.googleapis.com/auth/script.storage',
    );
    // The menu itself is built in NONE, and the same stores open in LIMITED.
    expect(emu.runSimpleTrigger('menu', none)).toBeUndefined();
    expect(emu.runSimpleTrigger('scriptProps')).toEqual([]);
    expect(emu.runSimpleTrigger('scriptCache')).toBeNull();
    expect(emu.run('sidebar', { authMode: 'FULL' })).toBeUndefined();
    expect(emu.ui.dialogs).toEqual([{ kind: 'sidebar', title: '', html: '<p>x</p>' }]);
    // run() takes the auth mode from the event too.
    expect(() => emu.run('active', none)).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
  });

  test('AS05 a simple trigger that runs past 30 s fails', () => {
    const emu = emulatorWith(`function onEdit() { Utilities.sleep(31000); } function slow() { Utilities.sleep(31000); }`);
    expect(String(thrown(() => emu.runSimpleTrigger('onEdit')))).toBe('Exception: Exceeded maximum execution time');
    expect(() => emu.run('slow')).not.toThrow();
  });
});

describe('ScriptApp triggers', () => {
  const TRIGGERS = `
    function daily() { return ScriptApp.newTrigger('remind').timeBased().everyDays(1).atHour(8).nearMinute(30).inTimezone('Asia/Ho_Chi_Minh').create().getUniqueId(); }
    function weekly() { ScriptApp.newTrigger('remind').timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(7).create(); }
    function onEditTrigger() { ScriptApp.newTrigger('edited').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create(); }
    function list() { return ScriptApp.getProjectTriggers().map(function (t) { return [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource())]; }); }
    function forSheet() { return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).length; }
    function removeAll(handler) { ScriptApp.getProjectTriggers().forEach(function (t) { if (t.getHandlerFunction() === handler) ScriptApp.deleteTrigger(t); }); }
    function badMinutes() { ScriptApp.newTrigger('remind').timeBased().everyMinutes(7).create(); }`;

  test('AS27 clock and spreadsheet triggers are recorded with their schedule', () => {
    const emu = emulatorWith(TRIGGERS);
    const id = emu.run('daily');
    emu.run('weekly');
    emu.run('onEditTrigger');
    expect(emu.run('list')).toEqual([
      ['remind', 'CLOCK', 'CLOCK'],
      ['remind', 'CLOCK', 'CLOCK'],
      ['edited', 'ON_EDIT', 'SPREADSHEETS'],
    ]);
    const [first, second] = emu.triggers.list();
    expect(first.id).toBe(id);
    expect(first.schedule).toEqual({ everyDays: 1, atHour: 8, nearMinute: 30, timeZone: 'Asia/Ho_Chi_Minh' });
    expect(second.schedule).toEqual({ onWeekDay: 'MONDAY', atHour: 7 });
    expect(first.ownerEmail).toBe('user@example.com');
    expect(emu.run('forSheet')).toBe(1);
    expect(() => emu.run('badMinutes')).toThrow(GasException);
  });

  test('AS27 at most 20 triggers per user per script; installing twice duplicates', () => {
    const emu = emulatorWith(TRIGGERS);
    for (let i = 0; i < 20; i++) emu.run('daily');
    expect(emu.triggers.list()).toHaveLength(20);
    expect(String(thrown(() => emu.run('daily')))).toBe(
      'Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    emu.call('removeAll', ['remind']);
    expect(emu.triggers.list()).toHaveLength(0);
    expect(() => emu.run('daily')).not.toThrow();
  });

  test('AS27 the limit is per user', () => {
    const shared = emulatorWith(TRIGGERS, { user: 'a@example.com' });
    for (let i = 0; i < 20; i++) shared.run('daily');
    // Another user's triggers do not count against this one (same registry, different user).
    expect(shared.triggers.list('b@example.com')).toHaveLength(0);
    expect(() => shared.triggers.add('remind', 'CLOCK', 'CLOCK', '', 'b@example.com', { everyDays: 1 }, 0)).not.toThrow();
  });
});

describe('Ui', () => {
  const UI = `
    function onOpen() {
      var ui = SpreadsheetApp.getUi();
      ui.createMenu('Tools').addItem('Check', 'check').addSeparator().addSubMenu(ui.createMenu('More').addItem('Report', 'report')).addToUi();
      ui.createAddonMenu().addItem('Setup', 'setup').addToUi();
    }
    function ask() {
      var ui = SpreadsheetApp.getUi();
      var r = ui.prompt('Name', 'Your name?', ui.ButtonSet.OK_CANCEL);
      var b = ui.alert('Sure?', 'Delete ' + r.getResponseText() + '?', ui.ButtonSet.YES_NO);
      return [String(r.getSelectedButton()), r.getResponseText(), b === ui.Button.YES];
    }
    function notify() { return String(SpreadsheetApp.getUi().alert('Done')); }`;

  test('menus are recorded with their items, submenus and separators', () => {
    const emu = emulatorWith(UI, { addonTitle: 'ANTT' });
    emu.runSimpleTrigger('onOpen', { authMode: 'NONE' });
    emu.runSimpleTrigger('onOpen'); // rebuilding replaces, as reopening the file does
    expect(emu.ui.menus).toEqual([
      { title: 'Tools', addon: false, items: [{ caption: 'Check', functionName: 'check' }, { separator: true }, { caption: 'More', submenu: { title: 'More', addon: false, items: [{ caption: 'Report', functionName: 'report' }] } }] },
      { title: 'ANTT', addon: true, items: [{ caption: 'Setup', functionName: 'setup' }] },
    ]);
    expect(emu.ui.functionNames()).toEqual(['check', 'report', 'setup']);
  });

  test('alerts and prompts take scripted answers in order, then defaults', () => {
    const emu = emulatorWith(UI);
    emu.ui.answer({ button: 'OK', text: 'Lan' }, { button: 'NO' });
    expect(emu.run('ask')).toEqual(['OK', 'Lan', false]);
    expect(emu.ui.pending()).toBe(0);
    expect(emu.run('ask')).toEqual(['OK', '', true]);
    emu.ui.answer('typed');
    expect(emu.run('ask')).toEqual(['OK', 'typed', true]);
    expect(emu.run('notify')).toBe('OK');
    expect(emu.ui.prompts[0]).toEqual({ title: 'Name', prompt: 'Your name?', buttons: 'OK_CANCEL', response: 'OK', text: 'Lan' });
    expect(emu.ui.alerts[0]).toEqual({ title: 'Sure?', prompt: 'Delete Lan?', buttons: 'YES_NO', response: 'NO' });
    expect(emu.ui.alerts[3]).toEqual({ prompt: 'Done', buttons: 'OK', response: 'OK' });
    emu.ui.answer({ button: 'CLOSE' });
    expect(emu.run('notify')).toBe('CLOSE');
  });

  test('a scripted button the dialog does not have is a test error', () => {
    const emu = emulatorWith(UI);
    emu.ui.answer({ button: 'YES' });
    expect(() => emu.run('notify')).toThrow('Emulator: scripted answer YES is not a button of ButtonSet.OK');
  });
});

describe('Utilities', () => {
  let emu: ReturnType<typeof emulatorWith>;
  let u: Utilities;
  beforeAll(() => {
    emu = emulatorWith('');
    u = emu.services.Utilities as Utilities;
  });
  // 2019-04-24 01:02:03.004 UTC, a Wednesday.
  const d = new Date(Date.UTC(2019, 3, 24, 1, 2, 3, 4));

  test('AS18 formatDate renders the day in the given time zone', () => {
    expect(u.formatDate(d, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm:ss')).toBe('24/04/2019 08:02:03');
    expect(u.formatDate(new Date(Date.UTC(2019, 3, 23, 17, 0)), 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy')).toBe('24/04/2019');
    expect(u.formatDate(new Date(Date.UTC(2019, 3, 23, 17, 0)), 'UTC', 'dd/MM/yyyy')).toBe('23/04/2019');
    expect(u.formatDate(d, 'America/New_York', 'yyyy-MM-dd HH:mm')).toBe('2019-04-23 21:02');
  });

  test('AS18 formatDate pattern letters', () => {
    const f = (p: string, tz = 'Asia/Ho_Chi_Minh') => u.formatDate(d, tz, p);
    expect(f('y yy yyyy')).toBe('2019 19 2019');
    expect(f('M MM MMM MMMM')).toBe('4 04 Apr April');
    expect(f('d dd')).toBe('24 24');
    expect(f('H HH h hh a')).toBe('8 08 8 08 AM');
    expect(f('h a', 'America/New_York')).toBe('9 PM');
    expect(f('m mm s ss S SSS')).toBe('2 02 3 03 4 004');
    expect(f('E EEE EEEE')).toBe('Wed Wed Wednesday');
    expect(f('z Z X XX XXX')).toBe('ICT +0700 +07 +0700 +07:00');
    expect(f('z Z X XXX', 'UTC')).toBe('UTC +0000 Z Z');
    expect(f("yyyy-MM-dd'T'HH:mm:ss'Z'", 'UTC')).toBe('2019-04-24T01:02:03Z');
    expect(f("'o''clock' h '' 'it''s'")).toBe("o'clock 8 ' it's");
    expect(f('dd/MM/yyyy, HH:mm')).toBe('24/04/2019, 08:02');
    expect(() => f('q')).toThrow("Illegal pattern character 'q'");
  });

  test('AS18 formatDate across daylight saving time in America/New_York', () => {
    const ny = (iso: string, p = 'yyyy-MM-dd HH:mm z Z XXX') => u.formatDate(new Date(iso), 'America/New_York', p);
    // Spring forward: 2019-03-10 02:00 EST → 03:00 EDT.
    expect(ny('2019-03-10T06:59:00Z')).toBe('2019-03-10 01:59 EST -0500 -05:00');
    expect(ny('2019-03-10T07:00:00Z')).toBe('2019-03-10 03:00 EDT -0400 -04:00');
    // Fall back: 2019-11-03 02:00 EDT → 01:00 EST; 01:30 happens twice.
    expect(ny('2019-11-03T05:30:00Z')).toBe('2019-11-03 01:30 EDT -0400 -04:00');
    expect(ny('2019-11-03T06:30:00Z')).toBe('2019-11-03 01:30 EST -0500 -05:00');
    // Ho Chi Minh City has no DST: the same offset all year.
    expect(u.formatDate(new Date('2019-01-15T00:00:00Z'), 'Asia/Ho_Chi_Minh', 'Z')).toBe('+0700');
    expect(u.formatDate(new Date('2019-07-15T00:00:00Z'), 'Asia/Ho_Chi_Minh', 'Z')).toBe('+0700');
  });

  test('AS18 YYYY is the week year: 30 December 2019 prints 2020', () => {
    const dec30 = new Date('2019-12-30T05:00:00Z');
    expect(u.formatDate(dec30, 'Asia/Ho_Chi_Minh', 'dd/MM/YYYY')).toBe('30/12/2020');
    expect(u.formatDate(dec30, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy')).toBe('30/12/2019');
  });

  test('formatDate of a bundle Date (emulator clock realm) works', () => {
    const e = emulatorWith(`function today() { return Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'dd/MM/yyyy HH:mm'); }`);
    expect(e.run('today')).toBe('24/04/2019 08:00');
  });

  test('formatString, sleep, uuid', () => {
    expect(u.formatString('%s có %d đơn vị (%.1f%%)', 'Xã A', 12.7, 45.66)).toBe('Xã A có 12 đơn vị (45.7%)');
    const before = emu.clock.now();
    u.sleep(1500);
    expect(emu.clock.now() - before).toBe(1500);
    expect(u.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('blobs, base64 and digests use signed bytes', () => {
    const blob = u.newBlob('Tự phòng', 'text/plain', 'a.txt');
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.getDataAsString()).toBe('Tự phòng');
    expect(blob.getBytes().some((b) => b < 0)).toBe(true);
    expect(blob.getName()).toBe('a.txt');
    expect(blob.copyBlob().setName('b.txt').getName()).toBe('b.txt');
    expect(blob.getName()).toBe('a.txt');
    expect(blob.getAs('text/plain').getDataAsString()).toBe('Tự phòng');
    expect(() => blob.getAs('application/pdf')).toThrow('Converting from text/plain to application/pdf is not supported.');
    expect(u.newBlob(blob.getBytes()).getDataAsString()).toBe('Tự phòng');
    expect(new Blob('x', null, 'r.csv').setContentTypeFromExtension().getContentType()).toBe('text/csv');

    const encoded = u.base64Encode('Tự phòng');
    expect(encoded).toBe(Buffer.from('Tự phòng').toString('base64'));
    expect(u.newBlob(u.base64Decode(encoded)).getDataAsString()).toBe('Tự phòng');
    expect(u.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(u.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);

    const hex = (bytes: number[]) => bytes.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('');
    expect(hex(u.computeDigest(u.DigestAlgorithm.MD5, 'abc'))).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(hex(u.computeDigest(u.DigestAlgorithm.SHA_256, 'abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('parseCsv handles quotes, embedded delimiters and newlines', () => {
    expect(u.parseCsv('a,b\n"x, y","say ""hi"""\r\n"multi\nline",3\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', '3'],
    ]);
    expect(u.parseCsv('a;b', ';')).toEqual([['a', 'b']]);
  });
});

describe('Logger and console', () => {
  test('write into the execution log, not stdout', () => {
    const emu = emulatorWith(`function go() { Logger.log('%s rows', 3); Logger.log({ a: 1 }); console.log('plain', 2); console.warn('careful'); console.error('bad'); return Logger.getLog(); }`);
    const spy = jest.spyOn(process.stdout, 'write');
    expect(emu.run('go')).toBe('3 rows\n{"a":1}\n');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(emu.log).toEqual(['3 rows', '{"a":1}', 'plain 2', 'Warning: careful', 'Error: bad']);
    expect(emu.calls.get('Logger.log')).toBe(2);
  });
});
