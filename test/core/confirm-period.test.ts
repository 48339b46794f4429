/**
 * The period's edges with written-out values: the month a day belongs to, its deadline (the
 * settings' day, clamped to 1–28), how a period is shown, and the replay of a unit's events
 * where a confirmation or a return comes twice or out of turn.
 */
import {
  confirmationEvents, decideReturn, deadlineDayOf, deadlineOf, formatPeriodVi, isAdmin, periodOf, unitConfirmation,
  type ConfirmationEvent,
} from '../../src/core/confirm';
import { at, logLines } from './log-fixtures';

describe('the period and its deadline', () => {
  test.each([
    ['2019-04-30', '2019-04'], ['2019-02-29', ''], ['2019-13-01', ''], ['30/04/2019', ''], ['', ''],
  ])('periodOf(%p) = %p', (day, period) => expect(periodOf(day)).toBe(period));

  test.each([
    ['2019-04', 25, '2019-04-25'],
    ['2019-04-10', 25, '2019-04-25'],
    ['2019-02', 31, '2019-02-28'],
    ['2019-04', 0, '2019-04-01'],
    ['2019-04', 12.7, '2019-04-12'],
    ['2019-04', Number.NaN, '2019-04-25'],
    ['2019-4', 25, ''],
    ['x2019-04', 25, ''],
    ['2019-04x', 25, ''],
    ['2019-00', 25, ''],
    ['', 25, ''],
  ])('deadlineOf(%p, %p) = %p', (day, deadlineDay, deadline) => expect(deadlineOf(day, deadlineDay)).toBe(deadline));

  test('the default deadline day is the 25th', () => expect(deadlineOf('2019-04')).toBe('2019-04-25'));

  test.each([
    ['10', 10], [' 5 ', 5], ['', 25], ['   ', 25], [undefined, 25], ['ngày 10', 25], ['Infinity', 25],
  ])('deadlineDayOf(%p) = %p', (setting, day) => expect(deadlineDayOf(setting)).toBe(day));

  test('a period as users see it', () => {
    expect(formatPeriodVi('2019-04')).toBe('04/2019');
    expect(formatPeriodVi('2020-12')).toBe('12/2020');
  });
});

describe('events as read from Nhật ký', () => {
  const read = (rows: unknown[][]) => confirmationEvents(logLines(rows));

  test('every field of a confirmation and of a return', () => {
    expect(read([
      [at('2019-04-20'), 'Xác nhận số liệu', 'HAM_CAN', 'a@x.vn', 'Kỳ 2019-04 · đúng hạn (hạn 25/04/2019)'],
      [at('2019-04-22'), 'trả lại số liệu', 'HAM_CAN', 'b@x.vn', 'Kỳ 2019-04 · lý do:  thiếu số liệu '],
    ])).toEqual([
      { kind: 'confirm', unitCode: 'HAM_CAN', period: '2019-04', day: '2019-04-20', onTime: true, user: 'a@x.vn', reason: '' },
      { kind: 'return', unitCode: 'HAM_CAN', period: '2019-04', day: '2019-04-22', onTime: false, user: 'b@x.vn', reason: 'thiếu số liệu' },
    ]);
  });

  test('what is not a confirmation line is skipped', () => {
    expect(read([
      [at('2019-04-20'), 'Tổng hợp số liệu', 'HAM_CAN', 'a@x.vn', 'Kỳ 2019-04 · đúng hạn'],
      [at('2019-04-20'), 'Xác nhận số liệu', '', 'a@x.vn', 'Kỳ 2019-04 · đúng hạn'],
      ['', 'Xác nhận số liệu', 'HAM_CAN', 'a@x.vn', 'Kỳ 2019-04 · đúng hạn'],
      [at('2019-04-20'), 'Xác nhận số liệu', 'HAM_CAN', 'a@x.vn', 'Kỳ 2019-4 · đúng hạn'],
      [at('2019-04-20'), 'Xác nhận số liệu', 'HAM_CAN', 'a@x.vn', 'Kỳ 2019-04đúng hạn'],
    ])).toEqual([]);
  });

  test('the words after the period decide: "chậm hạn … đúng hạn" is late; a return\'s "đúng hạn" is no reason', () => {
    expect(read([
      [at('2019-04-27'), 'Xác nhận số liệu', 'HAM_CAN', 'a@x.vn', 'Kỳ 2019-04 · chậm hạn (đúng hạn là 25/04/2019)'],
      [at('2019-04-28'), 'Trả lại số liệu', 'HAM_CAN', 'b@x.vn', 'Kỳ 2019-04 · đúng hạn'],
      [at('2019-04-29'), 'Xác nhận số liệu', 'HAM_CAN', 'a@x.vn', 'Kỳ 2019-04 · lý do: x'],
      [at('2019-04-30'), 'Xác nhận số liệu', 'HAM_CAN', 'a@x.vn', 'Kỳ 2019-04'],
    ]).map((e) => [e.kind, e.onTime, e.reason])).toEqual([
      ['confirm', false, ''], ['return', false, ''], ['confirm', false, ''], ['confirm', false, ''],
    ]);
  });
});

describe('replaying a unit\'s events', () => {
  const event = (kind: 'confirm' | 'return', day: string, over: Partial<ConfirmationEvent> = {}): ConfirmationEvent =>
    ({ kind, unitCode: 'HAM_CAN', period: '2019-04', day, onTime: day <= '2019-04-25', user: 'a@x.vn', reason: kind === 'return' ? 'sai' : '', ...over });

  test('a second confirmation without a return does not move the day that counts', () => {
    expect(unitConfirmation([event('confirm', '2019-04-20'), event('confirm', '2019-04-27')], 'HAM_CAN', '2019-04'))
      .toEqual({ state: 'on-time', confirmedOn: '2019-04-20', returned: null });
  });

  test('a return of nothing confirmed is no return', () => {
    expect(unitConfirmation([event('return', '2019-04-19'), event('confirm', '2019-04-20')], 'HAM_CAN', '2019-04', '2019-04-19'))
      .toEqual({ state: 'missing', confirmedOn: null, returned: null });
  });

  test('events of another unit, another period or after the day asked are not read', () => {
    const events = [event('confirm', '2019-04-20', { unitCode: 'HAM_MY' }), event('confirm', '2019-04-21', { period: '2019-03' }), event('confirm', '2019-04-26')];
    expect(unitConfirmation(events, 'HAM_CAN', '2019-04', '2019-04-25')).toEqual({ state: 'missing', confirmedOn: null, returned: null });
    expect(unitConfirmation(events, 'ham_can', '2019-04')).toEqual({ state: 'late', confirmedOn: '2019-04-26', returned: null });
  });
});

describe('who is an admin', () => {
  test('any listed address, in any case; anyone when the address is unknown', () => {
    expect(isAdmin('B@x.vn', ['a@x.vn', 'b@x.vn'])).toBe(true);
    expect(isAdmin('c@x.vn', ['a@x.vn', 'b@x.vn'])).toBe(false);
    expect(isAdmin('', [])).toBe(true);
    expect(isAdmin('a@x.vn', [])).toBe(false);
  });

  test('a return by an unknown address is allowed and says so', () => {
    const events = [{ kind: 'confirm' as const, unitCode: 'HAM_CAN', period: '2019-04', day: '2019-04-20', onTime: true, user: 'f@x.vn', reason: '' }];
    const unit = { code: 'HAM_CAN', name: 'Hàm Cần', emails: [] };
    expect(decideReturn({ unit, user: '', admins: ['a@x.vn'], today: '2019-04-24', events, reason: 'sai' }))
      .toEqual({ kind: 'return', period: '2019-04', reason: 'sai', userKnown: false });
  });
});
