/**
 * Sent mail as `.eml` files (RFC 5322, MIME), written with nodemailer's composer so the
 * headers, encoded words and multipart/alternative structure are a well-kept library's,
 * not hand-built. Mail clients open them; tests read them back with mailparser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { SentMail } from './services/mail';

/** One message as MIME bytes; the sender's name is the MailApp `name` option. */
export function emlOf(mail: SentMail): Promise<Buffer> {
  return new MailComposer({
    from: mail.name ? { name: mail.name, address: mail.from } : mail.from,
    to: mail.to,
    cc: mail.cc.length > 0 ? mail.cc : undefined,
    bcc: mail.bcc.length > 0 ? mail.bcc : undefined,
    replyTo: mail.replyTo,
    subject: mail.subject,
    text: mail.body,
    html: mail.htmlBody,
    date: new Date(mail.at),
  }).compile().build();
}

/** Writes each message as `DIR/NNN-<slug>.eml` and returns the paths, in order. */
export async function writeEmlFiles(dir: string, mails: readonly SentMail[], names: readonly string[]): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < mails.length; i++) {
    const path = join(dir, `${names[i]}.eml`);
    writeFileSync(path, await emlOf(mails[i]));
    paths.push(path);
  }
  return paths;
}
