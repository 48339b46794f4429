/** `antt confirm` and `antt remind` as a user runs them: exit codes, files, --state between days. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { antt } from './harness';

interface Send { unit: string | null; stage: string; to: string[]; cc: string[]; subject: string; status: string; file?: string }

describe('antt confirm and antt remind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'antt-remind-'));
  const book = join(dir, 'demo', 'workbook.xlsx');
  beforeAll(() => {
    expect(antt('demo', '--out', join(dir, 'demo')).code).toBe(0);
  });

  test('antt demo also writes DIR/mail/*.eml for the review day (truoc-han, 20–25 April)', async () => {
    const files = readdirSync(join(dir, 'demo', 'mail'));
    expect(files).toHaveLength(14);
    const mail = await simpleParser(readFileSync(join(dir, 'demo', 'mail', '2019-04-24-ham-can-truoc-han.eml')));
    expect(mail.subject).toBe('[Mô hình ANTT] Nhắc cập nhật số liệu kỳ 04/2019 – Hàm Cần (hạn 25/04/2019)');
    expect(mail.text).toContain('(còn 1 ngày)');
    expect(String(mail.html)).toContain('<ul>');
  });

  test('confirm: 0 on the deadline day (on time), 1 refused with errors or a stranger, 2 unusable', () => {
    const ok = antt('confirm', book, '--unit', 'HAM_CAN', '--today', '2019-04-25', '--as', 'hamcan.cat@example.gov.vn', '--out', join(dir, 'c.xlsx'));
    expect(ok).toMatchObject({ code: 0, stdout: 'Đã xác nhận số liệu kỳ 04/2019 của Hàm Cần: đúng hạn (hạn 25/04/2019).\n' });
    const errors = antt('confirm', book, '--unit', 'HAM_MY', '--today', '2019-04-25', '--out', join(dir, 'e.xlsx'));
    expect(errors.code).toBe(1);
    expect(errors.stdout).toContain('Chưa xác nhận được số liệu của Hàm Mỹ: trang dữ liệu còn 2 lỗi.');
    expect(existsSync(join(dir, 'e.xlsx'))).toBe(false);
    const stranger = antt('confirm', book, '--unit', 'HAM_CAN', '--today', '2019-04-25', '--as', 'x@example.gov.vn', '--out', join(dir, 's.xlsx'));
    expect(stranger.code).toBe(1);
    expect(antt('confirm', book, '--unit', 'NOPE', '--today', '2019-04-25', '--out', join(dir, 'n.xlsx')).code).toBe(2);
    expect(antt('confirm', book, '--unit', 'HAM_CAN', '--out', join(dir, 'n.xlsx')).code).toBe(2);
  });

  test('the confirmation lives in OUT: totals read it back', () => {
    const totals = antt('totals', join(dir, 'c.xlsx'), '--as-of', '2019-04-30', '--json');
    const units = (JSON.parse(totals.stdout) as { units: { code: string; confirmed: string }[] }).units;
    expect(units.find((u) => u.code === 'HAM_CAN')?.confirmed).toBe('on-time');
  });

  test('remind on consecutive days with --state: quota, waiting first, nothing twice', async () => {
    const state = join(dir, 'state.json');
    const box = join(dir, 'box');
    const run = (day: string, ...more: string[]) => {
      const r = antt('remind', join(dir, 'c.xlsx'), '--today', day, '--outbox', box, '--state', state, '--json', ...more);
      expect(r.code).toBe(0);
      return (JSON.parse(r.stdout) as { sends: Send[] }).sends;
    };
    const first = run('2019-05-20', '--quota', '5');
    expect(first.filter((s) => s.status === 'đã gửi').reduce((n, s) => n + s.to.length + s.cc.length, 0)).toBeLessThanOrEqual(5);
    const waiting = first.filter((s) => s.status === 'chờ hạn mức');
    expect(waiting.length).toBeGreaterThan(0);
    for (const s of waiting) expect(s.file).toBeUndefined();
    const second = run('2019-05-21');
    expect(second.slice(0, waiting.length).map((s) => `${s.unit} ${s.stage}`)).toEqual(waiting.map((s) => `${s.unit} ${s.stage}`));
    expect(second.every((s) => s.status === 'đã gửi')).toBe(true);
    expect(run('2019-05-21')).toEqual([]);
    const sent = [...first, ...second].filter((s) => s.status === 'đã gửi');
    expect(new Set(sent.map((s) => `${s.unit}|${s.stage}|${s.subject}`)).size).toBe(sent.length);
    const eml = await simpleParser(readFileSync(sent[0].file as string));
    expect(eml.subject).toBe(sent[0].subject);
  });

  test('a damaged state file or a bad quota is the user\'s mistake (exit 2)', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"log": 3}');
    expect(antt('remind', join(dir, 'c.xlsx'), '--today', '2019-05-20', '--outbox', join(dir, 'b2'), '--state', bad).code).toBe(2);
    expect(antt('remind', join(dir, 'c.xlsx'), '--today', '2019-05-20', '--outbox', join(dir, 'b2'), '--quota', 'abc').code).toBe(2);
  });
});
