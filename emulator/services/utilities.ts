/** Utilities: dates, strings, bytes, digests, CSV, and sleeping on the emulator clock. */
import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from '../runtime/clock';
import { gasError } from '../runtime/errors';
import { Blob, encodingOf, toBuffer, toSignedBytes } from './blob';
import type { ExecutionContext } from './context';
import { enumOf } from './enums';
import { formatDate } from './format-date';
import { formatString } from './format-string';

type Charset = GoogleAppsScript.Utilities.Charset;
type DigestAlgorithm = GoogleAppsScript.Utilities.DigestAlgorithm;

const NODE_DIGEST: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

function bytesOf(data: string | number[], charset?: Charset): Buffer {
  return typeof data === 'string' ? toBuffer(data, encodingOf(charset === undefined ? 'UTF_8' : String(charset))) : toBuffer(data);
}

export class Utilities
  implements
    Pick<
      GoogleAppsScript.Utilities.Utilities,
      | 'Charset'
      | 'DigestAlgorithm'
      | 'formatDate'
      | 'formatString'
      | 'sleep'
      | 'newBlob'
      | 'base64Encode'
      | 'base64Decode'
      | 'base64EncodeWebSafe'
      | 'base64DecodeWebSafe'
      | 'computeDigest'
      | 'getUuid'
      | 'parseCsv'
    >
{
  static readonly serviceName = 'Utilities';
  readonly Charset = enumOf<typeof GoogleAppsScript.Utilities.Charset>(['US_ASCII', 'UTF_8']);
  readonly DigestAlgorithm = enumOf<typeof GoogleAppsScript.Utilities.DigestAlgorithm>(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);

  constructor(
    private readonly clock: Clock,
    private readonly context: ExecutionContext,
  ) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, ...args);
  }

  /** Never really sleeps: the emulator clock moves on, and the execution limit still applies. */
  sleep(milliseconds: number): void {
    this.clock.advance(Math.max(0, Number(milliseconds)));
    this.context.checkDeadline();
  }

  newBlob(data: string | number[], contentType?: string, name?: string): Blob {
    return new Blob(data, contentType ?? null, name ?? null);
  }

  base64Encode(data: string | number[], charset?: Charset): string {
    return bytesOf(data, charset).toString('base64');
  }

  base64EncodeWebSafe(data: string | number[], charset?: Charset): string {
    return bytesOf(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string, _charset?: Charset): number[] {
    return toSignedBytes(decodeBase64(encoded, /[^A-Za-z0-9+/=\s]/));
  }

  base64DecodeWebSafe(encoded: string, _charset?: Charset): number[] {
    return toSignedBytes(decodeBase64(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), /[^A-Za-z0-9+/=\s]/));
  }

  computeDigest(algorithm: DigestAlgorithm, value: string | number[], charset?: Charset): number[] {
    const name = NODE_DIGEST[String(algorithm)];
    if (!name) throw gasError(`Unsupported digest algorithm: ${String(algorithm)}`);
    return toSignedBytes(createHash(name).update(bytesOf(value, charset)).digest());
  }

  getUuid(): string {
    return randomUUID();
  }

  parseCsv(csv: string, delimiter: string = ','): string[][] {
    return parseCsv(String(csv), delimiter);
  }
}

function decodeBase64(encoded: string, invalid: RegExp): Buffer {
  // Node ignores bad characters silently; Apps Script refuses the input.
  if (invalid.test(String(encoded))) throw gasError('Could not decode string.');
  return Buffer.from(String(encoded), 'base64');
}

/** RFC 4180: quoted fields may hold the delimiter, newlines and doubled quotes. */
export function parseCsv(csv: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && csv[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
