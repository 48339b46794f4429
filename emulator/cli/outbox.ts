/** The mail a run sent, as .eml files: one per `đã gửi` send, named day-unit-stage. */
import { SEND_STATUS } from '../../src/core/messages';
import type { SendOutcome } from '../../src/gas/remind/send';
import type { Emulator } from '../emulator';

/** Writes the outbox; returns, per send, the file written (undefined for one not sent). */
export async function writeOutbox(emu: Emulator, dir: string, day: string, sends: readonly SendOutcome[]): Promise<(string | undefined)[]> {
  const sent = sends.filter((s) => s.status === SEND_STATUS.sent);
  // The emulator's outbox holds exactly this run's sends, in order.
  const mails = emu.mail.outbox.slice(emu.mail.outbox.length - sent.length);
  const names = sent.map((s) => `${day}-${(s.unit ?? 'huyen').toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${s.stage}`);
  // Loaded here: the mail composer is needed by `remind --outbox` alone.
  const { writeEmlFiles } = await import('../eml');
  const paths = sent.length === 0 ? [] : await writeEmlFiles(dir, mails, names);
  let i = 0;
  return sends.map((s) => (s.status === SEND_STATUS.sent ? paths[i++] : undefined));
}
