/** planReminders: which mails go out on a day, to whom, once per key (deadline 25, 5 days before). */
import { planReminders, type RemindInput, type SendRecord, type UnitFacts } from '../../src/core/remind';
import type { ConfirmationEvent } from '../../src/core/confirm';

function facts(code: string, over: Partial<UnitFacts> = {}): UnitFacts {
  return {
    code, name: `Tên ${code}`, tabName: code, emails: [`${code.toLowerCase()}@x.vn`], badEmails: [],
    errors: 0, overdueMeetings: 0, reviewsDue: 0, problems: [], ...over,
  };
}

function confirmed(unitCode: string, day: string, onTime = true, period = '2019-04'): ConfirmationEvent {
  return { kind: 'confirm', unitCode, period, day, onTime, user: 'u@x.vn', reason: '' };
}

function sent(unit: string | null, stage: SendRecord['stage'], status: SendRecord['status'] = 'đã gửi', period = '2019-04'): SendRecord {
  return { unit, period, stage, status, at: null };
}

/** U1 has an error and an address shared with an admin; U2 is confirmed and clean; U3 has no address;
 * U4 an overdue meeting and U5 a review due, both confirmed. */
const UNITS = [
  facts('U1', { errors: 1, emails: ['u1@x.vn', 'boss@x.vn'] }),
  facts('U2'),
  facts('U3', { emails: [], badEmails: ['sai'] }),
  facts('U4', { overdueMeetings: 1 }),
  facts('U5', { reviewsDue: 1 }),
];
const EVENTS = [confirmed('U2', '2019-04-10'), confirmed('U4', '2019-04-11'), confirmed('U5', '2019-04-12')];

function input(today: string, over: Partial<RemindInput> = {}): RemindInput {
  return {
    today, deadlineDay: 25, remindDaysBefore: 5, admins: ['Admin@x.vn', 'admin@x.vn', 'boss@x.vn'], units: UNITS,
    events: EVENTS, records: [], linkOf: (u) => `https://x/#${u.code}`, workbookLink: 'https://x/', ...over,
  };
}

/** One line per mail: key, to, cc, and (w) when it was waiting for quota. */
function table(i: RemindInput): string[] {
  return planReminders(i).map((m) => `${m.key.unit ?? '-'} ${m.key.period} ${m.key.stage} → ${m.to.join(',')}${m.cc.length ? ` cc ${m.cc.join(',')}` : ''}${m.waiting ? ' (w)' : ''}`);
}

const BEFORE = [
  'U1 2019-04 truoc-han → u1@x.vn,boss@x.vn',
  'U3 2019-04 truoc-han → admin@x.vn,boss@x.vn',
  'U4 2019-04 truoc-han → u4@x.vn',
  'U5 2019-04 truoc-han → u5@x.vn',
];
const AFTER = [
  'U1 2019-04 qua-han → u1@x.vn,boss@x.vn cc admin@x.vn',
  'U3 2019-04 qua-han → admin@x.vn,boss@x.vn',
  '- 2019-04 tong-hop → admin@x.vn,boss@x.vn',
];

describe('planReminders', () => {
  test('before the first reminder day: nothing', () => {
    expect(table(input('2019-04-19'))).toEqual([]);
  });

  test('truoc-han from 5 days before through the deadline day, to units with errors, meetings, reviews or no confirmation', () => {
    expect(table(input('2019-04-20'))).toEqual(BEFORE);
    expect(table(input('2019-04-25'))).toEqual(BEFORE);
  });

  test('from the day after the deadline: qua-han to the unconfirmed or erroneous (admins copied), then the summary', () => {
    expect(table(input('2019-04-26'))).toEqual(AFTER);
    expect(table(input('2019-04-30'))).toEqual(AFTER);
  });

  test('a confirmation after today does not count yet; a late one counts', () => {
    const events = [confirmed('U2', '2019-04-27'), confirmed('U4', '2019-04-11'), confirmed('U5', '2019-04-12')];
    expect(table(input('2019-04-26', { events }))).toEqual([
      'U1 2019-04 qua-han → u1@x.vn,boss@x.vn cc admin@x.vn',
      'U2 2019-04 qua-han → u2@x.vn cc admin@x.vn,boss@x.vn',
      'U3 2019-04 qua-han → admin@x.vn,boss@x.vn',
      '- 2019-04 tong-hop → admin@x.vn,boss@x.vn',
    ]);
    const late = [confirmed('U2', '2019-04-26', false), ...events.slice(1)];
    expect(table(input('2019-04-26', { events: late }))).toEqual(AFTER);
  });

  test('a key sent is not sent again; a failed send is tried again', () => {
    const records = [sent('U1', 'truoc-han'), sent('U3', 'truoc-han', 'lỗi'), sent('u4', 'truoc-han')];
    expect(table(input('2019-04-21', { records }))).toEqual([
      'U3 2019-04 truoc-han → admin@x.vn,boss@x.vn',
      'U5 2019-04 truoc-han → u5@x.vn',
    ]);
  });

  test('keys waiting for quota go first, even after their window; not when no longer needed', () => {
    const records = [sent('U4', 'truoc-han', 'chờ hạn mức'), sent('U2', 'truoc-han', 'chờ hạn mức'), sent(null, 'tong-hop', 'chờ hạn mức')];
    expect(table(input('2019-04-26', { records }))).toEqual([
      'U4 2019-04 truoc-han → u4@x.vn (w)',
      '- 2019-04 tong-hop → admin@x.vn,boss@x.vn (w)',
      'U1 2019-04 qua-han → u1@x.vn,boss@x.vn cc admin@x.vn',
      'U3 2019-04 qua-han → admin@x.vn,boss@x.vn',
    ]);
  });

  test('a new month: last month\'s after-deadline stages are caught up only when the job ran last month', () => {
    expect(table(input('2019-05-02'))).toEqual([]);
    const records = [sent('U1', 'truoc-han')];
    expect(table(input('2019-05-02', { records }))).toEqual([
      'U1 2019-04 qua-han → u1@x.vn,boss@x.vn cc admin@x.vn',
      'U3 2019-04 qua-han → admin@x.vn,boss@x.vn',
      '- 2019-04 tong-hop → admin@x.vn,boss@x.vn',
    ]);
    // On 2019-05-20 both periods: April's late stages first, then May's reminders (nobody confirmed May).
    expect(table(input('2019-05-20', { records, units: [facts('U2')] }))).toEqual([
      '- 2019-04 tong-hop → admin@x.vn,boss@x.vn',
      'U2 2019-05 truoc-han → u2@x.vn',
    ]);
  });

  test('days before: negative is 0 (the deadline day only), a fraction is cut', () => {
    expect(table(input('2019-04-24', { remindDaysBefore: -3 }))).toEqual([]);
    expect(table(input('2019-04-25', { remindDaysBefore: -3 }))).toEqual(BEFORE);
    expect(table(input('2019-04-22', { remindDaysBefore: 2.9 }))).toEqual([]);
    expect(table(input('2019-04-23', { remindDaysBefore: 2.9 }))).toEqual(BEFORE);
  });

  test('the deadline day setting moves the windows', () => {
    expect(table(input('2019-04-10', { deadlineDay: 10 }))).toEqual(BEFORE);
    // U5's confirmation of the 12th is still ahead on the 11th.
    expect(table(input('2019-04-11', { deadlineDay: 10 }))).toEqual([
      'U1 2019-04 qua-han → u1@x.vn,boss@x.vn cc admin@x.vn',
      'U3 2019-04 qua-han → admin@x.vn,boss@x.vn',
      'U5 2019-04 qua-han → u5@x.vn cc admin@x.vn,boss@x.vn',
      '- 2019-04 tong-hop → admin@x.vn,boss@x.vn',
    ]);
  });

  test('not a day: nothing', () => {
    expect(planReminders(input('24/04/2019'))).toEqual([]);
  });

  test('each mail carries its content: the unit\'s own, the no-address one to the admins, the summary', () => {
    const mails = planReminders(input('2019-04-26'));
    expect(mails.map((m) => m.subject)).toEqual([
      '[Mô hình ANTT] Quá hạn cập nhật số liệu kỳ 04/2019 – Tên U1',
      '[Mô hình ANTT] Tên U3 chưa có email đầu mối hợp lệ – kỳ 04/2019',
      '[Mô hình ANTT] Tổng hợp xác nhận số liệu kỳ 04/2019',
    ]);
    expect(mails[0].text).toContain('https://x/#U1');
    expect(mails[2].text).toContain('Đúng hạn: 3 đơn vị; trễ hạn: 0; chưa xác nhận: 2.');
    expect(planReminders(input('2019-04-20'))[0].subject).toBe('[Mô hình ANTT] Nhắc cập nhật số liệu kỳ 04/2019 – Tên U1 (hạn 25/04/2019)');
  });
});
