/** Reminder sends as `Nhật ký` lines and back: the keys that make a send happen at most once. */
import { keyText, sendRecords, sendResult, sendState, type SendRecord } from '../../src/core/remind';
import type { LogLine } from '../../src/core/log-lines';

function line(result: string, unit = 'HAM_CAN', action = 'Nhắc việc', at: number | null = 1000): LogLine {
  return { day: '2019-04-20', at, action, unit, user: 'a@x.vn', result };
}

function rec(status: SendRecord['status'], unit: string | null = 'U1', stage: SendRecord['stage'] = 'truoc-han', period = '2019-04'): SendRecord {
  return { unit, period, stage, status, at: null };
}

describe('send log', () => {
  test('keyText: the unit without case or spaces, the period and the stage; the summary has no unit', () => {
    expect(keyText({ unit: ' Ham_Can ', period: '2019-04', stage: 'qua-han' })).toBe('ham_can|2019-04|qua-han');
    expect(keyText({ unit: null, period: '2019-04', stage: 'tong-hop' })).toBe('|2019-04|tong-hop');
  });

  test('sendResult lists the recipients after the status, or nothing', () => {
    expect(sendResult({ unit: 'U1', period: '2019-04', stage: 'truoc-han' }, 'đã gửi', ['a@x.vn', 'b@x.vn']))
      .toBe('Kỳ 2019-04 · truoc-han · đã gửi · a@x.vn, b@x.vn');
    expect(sendResult({ unit: null, period: '2019-04', stage: 'tong-hop' }, 'chờ hạn mức', [])).toBe('Kỳ 2019-04 · tong-hop · chờ hạn mức');
  });

  test('sendRecords reads the send lines of the remind action only, in order', () => {
    const lines = [
      line('Kỳ 2019-04 · truoc-han · đã gửi · a@x.vn'),
      line('Kỳ 2019-04 · qua-han · lỗi', 'HAM_MY', ' nhắc VIỆC ', null),
      line('Kỳ 2019-04 · tong-hop · chờ hạn mức', ''),
      line('Kỳ 2019-04 · truoc-han · đã gửi', 'HAM_CAN', 'Xác nhận số liệu'),
      line('Nhắc việc: dừng trước giới hạn 6 phút; 3 thư sẽ gửi lần sau.'),
      line('Kỳ 2019-04 · khac · đã gửi'),
      line('Kỳ 2019-04 · truoc-han · đã gửixyz'),
      line('xKỳ 2019-04 · truoc-han · đã gửi'),
      line('Kỳ 19-04 · truoc-han · đã gửi'),
    ];
    expect(sendRecords(lines)).toEqual([
      { unit: 'HAM_CAN', period: '2019-04', stage: 'truoc-han', status: 'đã gửi', at: 1000 },
      { unit: 'HAM_MY', period: '2019-04', stage: 'qua-han', status: 'lỗi', at: null },
      { unit: null, period: '2019-04', stage: 'tong-hop', status: 'chờ hạn mức', at: 1000 },
    ]);
  });

  test('sendState: sent once any line says sent; waiting until sent; a failure is neither', () => {
    const s = sendState([
      rec('chờ hạn mức', 'U1'),
      rec('đã gửi', 'u1'),
      rec('chờ hạn mức', 'U1'),
      rec('chờ hạn mức', 'U2'),
      rec('lỗi', 'U3'),
      rec('đã gửi', 'U4'),
      rec('lỗi', 'U4'),
      rec('chờ hạn mức', null, 'tong-hop'),
    ]);
    expect([...s.sent]).toEqual(['u1|2019-04|truoc-han', 'u4|2019-04|truoc-han']);
    expect([...s.waiting]).toEqual(['u2|2019-04|truoc-han', '|2019-04|tong-hop']);
  });
});
