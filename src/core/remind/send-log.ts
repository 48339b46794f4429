/**
 * Reminder sends as `Nhật ký` lines, and back: the log is what makes a send happen at most
 * once. Each line carries its key (unit, period, stage) and status; a key is done once any
 * of its lines says `đã gửi`, and waiting (`chờ hạn mức`) keys go first on the next run.
 */
import type { LogLine } from '../log-lines';
import { LOG_ACTIONS, SEND_STATUS, type SendStatus } from '../messages';
import { normKey } from '../normalise';
import type { Period } from '../confirm';

export const STAGES = ['truoc-han', 'qua-han', 'tong-hop'] as const;
export type Stage = (typeof STAGES)[number];

export interface SendKey {
  /** The unit's code; null for the district summary (`tong-hop`). */
  unit: string | null;
  period: Period;
  stage: Stage;
}

export interface SendRecord extends SendKey {
  status: SendStatus;
  /** When the line was written (epoch ms), null when `Thời gian` is not a Date. */
  at: number | null;
}

/** The key as one string, for sets and maps. */
export function keyText(k: SendKey): string {
  return `${k.unit === null ? '' : normKey(k.unit)}|${k.period}|${k.stage}`;
}

const STATUSES: readonly string[] = Object.values(SEND_STATUS);
const LINE = new RegExp(`^Kỳ (\\d{4}-\\d{2}) · (${STAGES.join('|')}) · (${STATUSES.join('|')})(?: · |$)`);
const REMIND_KEY = normKey(LOG_ACTIONS.remind);

/** The `Kết quả` text of a send line. */
export function sendResult(k: SendKey, status: SendStatus, recipients: readonly string[]): string {
  return `Kỳ ${k.period} · ${k.stage} · ${status}${recipients.length > 0 ? ` · ${recipients.join(', ')}` : ''}`;
}

/** The send lines among `Nhật ký` lines, in log order. */
export function sendRecords(lines: readonly LogLine[]): SendRecord[] {
  const out: SendRecord[] = [];
  for (const line of lines) {
    if (normKey(line.action) !== REMIND_KEY) continue;
    const m = LINE.exec(line.result);
    if (!m) continue;
    out.push({ unit: line.unit === '' ? null : line.unit, period: m[1], stage: m[2] as Stage, status: m[3] as SendStatus, at: line.at });
  }
  return out;
}

/** Keys already sent, and keys waiting for quota (not sent since), from the records. */
export function sendState(records: readonly SendRecord[]): { sent: Set<string>; waiting: Set<string> } {
  const sent = new Set<string>();
  const waiting = new Set<string>();
  for (const r of records) {
    const k = keyText(r);
    if (r.status === SEND_STATUS.sent) {
      sent.add(k);
      waiting.delete(k);
    } else if (r.status === SEND_STATUS.waiting && !sent.has(k)) waiting.add(k);
  }
  return { sent, waiting };
}
