import { confirmationEvents, decideConfirmation, decideReturn, periodOf, unitConfirmation } from '../../src/core/confirm';
import type { Issue } from '../../src/core/issue';
import { readLogLines } from '../../src/core/log-lines';
import { at, logLines as lines } from './log-fixtures';

describe('confirmations read back from Nhật ký', () => {
  // Read in each test, not while the file is collected: a throw stays one test's failure, and
  // Stryker's per-test coverage sees the reading.
  const events = () => confirmationEvents(lines([
    [at('2019-04-20'), 'Xác nhận số liệu', 'HAM_CAN', 'a@x.vn', 'Kỳ 2019-04 · đúng hạn (hạn 25/04/2019)'],
    [at('2019-04-21'), 'Tổng hợp số liệu', '', 'a@x.vn', 'Kỳ 2019-04 · đúng hạn'],
    [at('2019-04-22'), 'Trả lại số liệu', 'HAM_CAN', 'b@x.vn', 'Kỳ 2019-04 · lý do: thiếu số liệu'],
    [at('2019-04-27'), 'Xác nhận số liệu', 'ham_can', 'a@x.vn', 'Kỳ 2019-04 · chậm hạn (hạn 25/04/2019)'],
    ['not a date', 'Xác nhận số liệu', 'HAM_MY', 'a@x.vn', 'Kỳ 2019-04 · đúng hạn'],
    [at('2019-04-23'), 'Xác nhận số liệu', 'HAM_MY', 'a@x.vn', 'free text'],
  ]));

  test('only confirmation and return lines with a day and a period count', () => {
    expect(events().map((e) => [e.kind, e.unitCode, e.period, e.day, e.onTime, e.reason])).toEqual([
      ['confirm', 'HAM_CAN', '2019-04', '2019-04-20', true, ''],
      ['return', 'HAM_CAN', '2019-04', '2019-04-22', false, 'thiếu số liệu'],
      ['confirm', 'ham_can', '2019-04', '2019-04-27', false, ''],
    ]);
  });

  test('replayed in order, as of a day', () => {
    expect(unitConfirmation(events(), 'HAM_CAN', '2019-04', '2019-04-21')).toEqual({ state: 'on-time', confirmedOn: '2019-04-20', returned: null });
    expect(unitConfirmation(events(), 'HAM_CAN', '2019-04', '2019-04-25')).toEqual({
      state: 'missing', confirmedOn: null, returned: { day: '2019-04-22', reason: 'thiếu số liệu', user: 'b@x.vn' },
    });
    expect(unitConfirmation(events(), 'HAM_CAN', '2019-04')).toEqual({ state: 'late', confirmedOn: '2019-04-27', returned: null });
    expect(unitConfirmation(events(), 'HAM_CAN', '2019-05').state).toBe('missing');
  });

  test('a sheet without the log headers reads as no lines', () => {
    expect(readLogLines([['a', 'b'], [1, 2]], [420])).toEqual([]);
    expect(readLogLines([], [420])).toEqual([]);
  });
});

describe('decisions', () => {
  const unit = { code: 'HAM_CAN', name: 'Hàm Cần', emails: ['Focal@x.vn'] };
  const error = { severity: 'Lỗi' } as Issue;
  const warning = { severity: 'Cảnh báo' } as Issue;
  const base = { unit, issues: [warning], user: 'focal@x.vn', admins: ['admin@x.vn'], today: '2019-04-25', deadlineDay: 25, events: [] };

  test('the deadline day is on time, the next day late; warnings do not block', () => {
    expect(decideConfirmation(base)).toEqual({ kind: 'confirm', period: '2019-04', deadline: '2019-04-25', onTime: true, userKnown: true });
    expect(decideConfirmation({ ...base, today: '2019-04-26' })).toMatchObject({ onTime: false });
    expect(decideConfirmation({ ...base, deadlineDay: 5, today: '2019-04-05' })).toMatchObject({ onTime: true, deadline: '2019-04-05' });
  });

  test('who may confirm: focal addresses and admins (any case); anyone when the address is unknown', () => {
    expect(decideConfirmation({ ...base, user: 'ADMIN@x.vn' }).kind).toBe('confirm');
    expect(decideConfirmation({ ...base, user: 'other@x.vn' }).kind).toBe('not-allowed');
    expect(decideConfirmation({ ...base, user: '' })).toMatchObject({ kind: 'confirm', userKnown: false });
  });

  test('errors refuse, listing them', () => {
    expect(decideConfirmation({ ...base, issues: [warning, error] })).toEqual({ kind: 'errors', errors: [error] });
  });

  test('returns: admins only, with a reason, of a confirmed period', () => {
    const events = confirmationEvents(lines([[at('2019-04-20'), 'Xác nhận số liệu', 'HAM_CAN', 'focal@x.vn', 'Kỳ 2019-04 · đúng hạn']]));
    const ret = { unit, user: 'admin@x.vn', admins: ['admin@x.vn'], today: '2019-04-24', events, reason: ' sai ' };
    expect(decideReturn(ret)).toEqual({ kind: 'return', period: '2019-04', reason: 'sai', userKnown: true });
    expect(decideReturn({ ...ret, user: 'focal@x.vn' }).kind).toBe('not-admin');
    expect(decideReturn({ ...ret, reason: '' }).kind).toBe('no-reason');
    expect(decideReturn({ ...ret, events: [] }).kind).toBe('not-confirmed');
    expect(decideConfirmation({ ...base, events, today: '2019-04-24' })).toEqual({ kind: 'already', period: '2019-04', day: '2019-04-20' });
  });

  test('periodOf', () => {
    expect(periodOf('2019-04-30')).toBe('2019-04');
    expect(periodOf('30/04/2019')).toBe('');
  });
});
