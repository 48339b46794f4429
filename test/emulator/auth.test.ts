/** AS36 the scope table, through script text: every service, each with Google's message. */
import { Emulator } from '../../emulator/emulator';
import { MANIFEST_SCOPES } from '../../emulator/drive/scopes';
import { thrownText } from './thrown';

const AUTH = 'https://www.googleapis.com/auth/';
const CODE = `
  function mail() { MailApp.sendEmail('a@example.com', 's', 'b'); }
  function quota() { return MailApp.getRemainingDailyQuota(); }
  function trigger() { ScriptApp.newTrigger('remind').timeBased().everyDays(1).atHour(8).create(); }
  function triggers() { return ScriptApp.getProjectTriggers().length; }
  function folder() { return Drive.Files.create({ name: 'x', mimeType: 'application/vnd.google-apps.folder' }).name; }
  function doc() { return DocumentApp.create('x').getName(); }
  function me() { return Session.getActiveUser().getEmail(); }
  function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>x</p>')); }
  function free() { return [Utilities.formatDate(new Date(0), 'UTC', 'yyyy'), Session.getScriptTimeZone(), ScriptApp.getScriptId().length > 0]; }`;

function run(fn: string, scopes: readonly string[]): string {
  const emu = new Emulator({ now: '2019-04-24T08:00:00+07:00', scopes }).loadCode(CODE);
  emu.register('MailApp', { serviceName: 'MailApp', sendEmail: () => undefined, getRemainingDailyQuota: () => 100 });
  return thrownText(() => emu.run(fn));
}

const message = (call: string, scope: string) => `Exception: Specified permissions are not sufficient to call ${call}. Required permissions: ${scope}`;

describe('AS36 scopes from the manifest', () => {
  test.each([
    ['mail', 'MailApp.sendEmail', `${AUTH}script.send_mail`],
    ['quota', 'MailApp.getRemainingDailyQuota', `${AUTH}script.send_mail`],
    ['trigger', 'ScriptApp.newTrigger', `${AUTH}script.scriptapp`],
    ['triggers', 'ScriptApp.getProjectTriggers', `${AUTH}script.scriptapp`],
  ])('%s without its scope (the shipped manifest less that scope): %s', (fn, call, scope) => {
    const without = MANIFEST_SCOPES.filter((s) => s !== scope);
    expect(run(fn, without)).toBe(message(call, scope));
    expect(run(fn, [...without, scope])).toBe('no error');
  });

  test('Drive.Files needs drive or drive.file', () => {
    const noDrive = MANIFEST_SCOPES.filter((s) => s !== `${AUTH}drive.file`);
    expect(run('folder', noDrive)).toBe(message('Drive.Files.create', `(${AUTH}drive || ${AUTH}drive.file)`));
    expect(run('folder', [...noDrive, `${AUTH}drive`])).toBe('no error');
  });

  test('DocumentApp, Session e-mail, Ui dialogs each name their scope', () => {
    expect(run('doc', [])).toBe(message('DocumentApp.create', `${AUTH}documents`));
    expect(run('me', [])).toBe(message('Session.getActiveUser', `${AUTH}userinfo.email`));
    expect(run('sidebar', [`${AUTH}spreadsheets.currentonly`])).toBe(message('Ui.showSidebar', `${AUTH}script.container.ui`));
  });

  test('services that need no scope work with none', () => {
    const emu = new Emulator({ scopes: [] }).loadCode(CODE);
    expect(emu.run('free')).toEqual(['1970', 'Asia/Ho_Chi_Minh', true]);
  });
});
