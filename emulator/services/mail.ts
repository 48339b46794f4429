/**
 * MailApp (AS23, AS24). Sent messages go to an outbox (`emu.mail.outbox`) instead of the
 * network. The daily quota counts recipients (to + cc + bcc), as Apps Script does, and
 * resets at midnight in the script's time zone; over it, `sendEmail` throws Apps Script's
 * text and sends nothing. At most 50 recipients per message.
 *
 * Test hooks: `setRemainingToday(n)` (the CLI's `--quota`), `failOnSend(k, error)` (the
 * k-th send from now throws), `sendLatencyMs` (each send takes emulated time, so the
 * execution-time limit can be reached).
 */
import { gasError } from '../runtime/errors';
import { localParts } from '../runtime/zone';
import type { ExecutionContext } from './context';

/** Consumer accounts: 100 recipients a day (Workspace: 1,500). */
export const CONSUMER_DAILY_RECIPIENTS = 100;
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const OVER_QUOTA = 'Service invoked too many times for one day: email.';
const TOO_MANY_RECIPIENTS = 'Limit Exceeded: Email Recipients Per Message.';
const ADDRESS = /^[^\s@,;"<>]+@[^\s@,;"<>]+\.[^\s@,;"<>]+$/;

export interface SentMail {
  /** Epoch ms of the send (emulator clock). */
  at: number;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
}

/** The mail state kept across runs, as Google keeps it (`emu.mail`). */
export class MailOutbox {
  readonly outbox: SentMail[] = [];
  dailyRecipients = CONSUMER_DAILY_RECIPIENTS;
  sendLatencyMs = 0;
  private readonly usedByDay = new Map<string, number>();
  /** Sends still to go before an injected failure, with the failure. */
  private failure: { countdown: number; error: Error } | null = null;

  constructor(private readonly context: ExecutionContext) {}

  /** The day a send counts against: the script's time zone decides when the quota resets. */
  private dayKey(): string {
    const p = localParts(this.context.clock.now(), this.context.scriptTimeZone);
    return `${p.year}-${p.month}-${p.day}`;
  }

  remaining(): number {
    return Math.max(0, this.dailyRecipients - (this.usedByDay.get(this.dayKey()) ?? 0));
  }

  /** Sets what is left today (the rest of the day's quota counts as used). */
  setRemainingToday(n: number): void {
    this.usedByDay.set(this.dayKey(), Math.max(0, this.dailyRecipients - n));
  }

  /** The k-th `sendEmail` from now (1 = the next) throws `error` instead of sending. */
  failOnSend(k: number, error: Error): void {
    this.failure = { countdown: k, error };
  }

  record(mail: Omit<SentMail, 'at' | 'from'>): void {
    if (this.failure && --this.failure.countdown === 0) {
      const { error } = this.failure;
      this.failure = null;
      throw error;
    }
    const recipients = mail.to.length + mail.cc.length + mail.bcc.length;
    if (recipients === 0) throw gasError('Failed to send email: no recipient');
    if (recipients > MAX_RECIPIENTS_PER_MESSAGE) throw gasError(TOO_MANY_RECIPIENTS);
    for (const a of [...mail.to, ...mail.cc, ...mail.bcc]) if (!ADDRESS.test(a)) throw gasError(`Invalid email: ${a}`);
    if (recipients > this.remaining()) throw gasError(OVER_QUOTA);
    this.context.clock.advance(this.sendLatencyMs);
    this.context.checkDeadline();
    const day = this.dayKey();
    this.usedByDay.set(day, (this.usedByDay.get(day) ?? 0) + recipients);
    this.outbox.push({ ...mail, at: this.context.clock.now(), from: this.context.userEmail });
  }
}

type MailOptions = GoogleAppsScript.Mail.MailAdvancedParameters;

/** Comma-separated recipients as MailApp reads them. */
function addresses(list: unknown): string[] {
  if (list === undefined || list === null || list === '') return [];
  return String(list).split(',').map((a) => a.trim()).filter((a) => a !== '');
}

export class MailApp implements Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota'> {
  static readonly serviceName = 'MailApp';

  constructor(private readonly box: MailOutbox) {}

  getRemainingDailyQuota(): number {
    return this.box.remaining();
  }

  /** `sendEmail(message)` or `sendEmail(recipient, subject, body[, options])`. */
  sendEmail(first: MailOptions | string, subject?: string, body?: string, options?: Partial<MailOptions>): void {
    const m: Partial<MailOptions> = typeof first === 'string' ? { ...options, to: first, subject, body } : first;
    if (typeof m.subject !== 'string') throw gasError('Invalid argument: subject');
    this.box.record({
      to: addresses(m.to),
      cc: addresses(m.cc),
      bcc: addresses(m.bcc),
      subject: m.subject,
      body: String(m.body ?? ''),
      ...(m.htmlBody === undefined ? {} : { htmlBody: String(m.htmlBody) }),
      ...(m.name === undefined ? {} : { name: String(m.name) }),
      ...(m.replyTo === undefined ? {} : { replyTo: String(m.replyTo) }),
    });
  }
}
