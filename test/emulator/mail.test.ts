/** MailApp (AS23, AS24) and clock triggers firing as the clock advances (AS27). */
import { Emulator } from '../../emulator/emulator';
import { thrownText } from './thrown';

const SCRIPT = `
function send(to, cc) { MailApp.sendEmail({ to: to, cc: cc, subject: 'Nhắc việc', body: 'Xin chào', htmlBody: '<p>Xin chào</p>', name: 'Mô hình ANTT' }); }
function left() { return MailApp.getRemainingDailyQuota(); }
function tick() { Logger.log('tick ' + new Date().toISOString()); }
function daily() { ScriptApp.newTrigger('tick').timeBased().everyDays(1).atHour(8).inTimezone('Asia/Ho_Chi_Minh').create(); }
function once(ms) { ScriptApp.newTrigger('tick').timeBased().after(ms).create(); }
function hourly() { ScriptApp.newTrigger('tick').timeBased().everyHours(6).create(); }
`;

function emu(now = '2019-05-20T23:00:00+07:00'): Emulator {
  return new Emulator({ now, owner: 'admin@example.gov.vn', scriptTimeZone: 'Asia/Ho_Chi_Minh' }).loadCode(SCRIPT);
}

const list = (n: number) => Array.from({ length: n }, (_, i) => `u${i}@example.gov.vn`).join(',');

describe('AS23 AS24 MailApp', () => {
  test('the quota counts recipients (to + cc); over it: Apps Script\'s error and nothing sent', () => {
    const e = emu();
    expect(e.call('left', [])).toBe(100);
    e.call('send', [list(40), list(10)]);
    expect(e.call('left', [])).toBe(50);
    e.call('send', [list(49), 'x@example.gov.vn']);
    expect(e.call('left', [])).toBe(0);
    expect(thrownText(() => e.call('send', ['a@example.gov.vn', '']))).toBe('Exception: Service invoked too many times for one day: email.');
    expect(e.mail.outbox).toHaveLength(2);
    expect(e.mail.outbox[0]).toMatchObject({ from: 'admin@example.gov.vn', subject: 'Nhắc việc', body: 'Xin chào', htmlBody: '<p>Xin chào</p>', name: 'Mô hình ANTT' });
    expect(e.mail.outbox[0].cc).toHaveLength(10);
  });

  test('the quota resets at midnight in the script\'s time zone, not UTC', () => {
    const e = emu('2019-05-20T23:30:00+07:00');
    e.mail.setRemainingToday(0);
    expect(e.call('left', [])).toBe(0);
    e.clock.set('2019-05-21T00:10:00+07:00'); // still 20 May in UTC
    expect(e.call('left', [])).toBe(100);
  });

  test('at most 50 recipients per message; bad addresses refused', () => {
    const e = emu();
    expect(thrownText(() => e.call('send', [list(50), 'x@example.gov.vn']))).toBe('Exception: Limit Exceeded: Email Recipients Per Message.');
    expect(thrownText(() => e.call('send', ['không-phải-email', '']))).toBe('Exception: Invalid email: không-phải-email');
    expect(e.mail.outbox).toHaveLength(0);
    expect(e.call('left', [])).toBe(100);
  });

  test('an injected failure hits exactly the k-th send', () => {
    const e = emu();
    e.mail.failOnSend(2, new Error('boom'));
    e.call('send', ['a@example.gov.vn', '']);
    expect(thrownText(() => e.call('send', ['b@example.gov.vn', '']))).toContain('boom');
    e.call('send', ['c@example.gov.vn', '']);
    expect(e.mail.outbox.map((m) => m.to[0])).toEqual(['a@example.gov.vn', 'c@example.gov.vn']);
  });

  test('MailApp needs script.send_mail in the manifest', () => {
    const e = new Emulator({ scopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] }).loadCode(SCRIPT);
    expect(thrownText(() => e.call('left', []))).toContain('Required permissions: https://www.googleapis.com/auth/script.send_mail');
  });
});

describe('AS27 clock triggers fire as the emulator clock advances', () => {
  test('daily at 08:00 Viet Nam, each day once, in order; the handler sees the firing time', () => {
    const e = emu('2019-05-20T09:00:00+07:00');
    e.call('daily', []);
    const fired = e.advanceTo('2019-05-23T07:59:00+07:00');
    expect(fired.map((f) => [new Date(f.at).toISOString(), f.handler])).toEqual([
      ['2019-05-21T01:00:00.000Z', 'tick'], ['2019-05-22T01:00:00.000Z', 'tick'],
    ]);
    expect(e.log.at(-1)).toBe('tick 2019-05-22T01:00:00.000Z');
    expect(e.clock.now()).toBe(Date.parse('2019-05-23T07:59:00+07:00'));
    expect(e.advanceTo('2019-05-23T08:00:00+07:00')).toHaveLength(1);
  });

  test('a one-off trigger fires once and is gone; every-6-hours fires on its multiples', () => {
    const e = emu('2019-05-20T00:30:00Z');
    e.call('once', [90 * 60_000]);
    e.call('hourly', []);
    const fired = e.advanceTo('2019-05-20T12:30:00Z').map((f) => new Date(f.at).toISOString());
    expect(fired).toEqual(['2019-05-20T02:00:00.000Z', '2019-05-20T06:00:00.000Z', '2019-05-20T12:00:00.000Z']);
    expect(e.triggers.list().map((t) => t.schedule)).toEqual([{ everyHours: 6 }]);
  });

  test('a handler that throws is recorded and the clock moves on', () => {
    const e = new Emulator({ now: '2019-05-20T09:00:00+07:00' }).loadCode(`function boom() { throw new Error('hỏng'); }
      function arm() { ScriptApp.newTrigger('boom').timeBased().everyDays(1).atHour(8).create(); }`);
    e.call('arm', []);
    expect(e.advanceTo('2019-05-21T09:00:00+07:00')).toEqual([{ at: Date.parse('2019-05-21T08:00:00+07:00'), handler: 'boom', error: 'hỏng' }]);
  });

  test('the clock never goes back', () => {
    expect(() => emu().advanceTo('2019-01-01T00:00:00Z')).toThrow('Emulator: the clock only moves forward');
  });
});
