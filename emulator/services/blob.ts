/**
 * Blob: bytes with a content type and a name. The one Blob of the emulator, shared by the
 * services that make or take files (Utilities.newBlob, DocumentApp getAs, DriveApp, Drive,
 * Charts, inline images). Bytes cross
 * the boundary as Apps Script's signed Byte[] (-128..127).
 */
import { gasError } from '../runtime/errors';

const TYPE_BY_EXTENSION: Record<string, string> = {
  csv: 'text/csv',
  txt: 'text/plain',
  html: 'text/html',
  json: 'application/json',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Buffer → Apps Script's signed bytes. */
export function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

/** Signed or unsigned bytes, or a string as UTF-8 → Buffer. */
export function toBuffer(data: string | ArrayLike<number>, encoding: BufferEncoding = 'utf8'): Buffer {
  return typeof data === 'string' ? Buffer.from(data, encoding) : Buffer.from(Array.from(data, (b) => b & 0xff));
}

export class Blob implements GoogleAppsScript.Base.Blob {
  static readonly serviceName = 'Blob';
  private bytes: Buffer;

  constructor(
    data: string | ArrayLike<number> = '',
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    this.bytes = toBuffer(data);
  }

  /** The bytes, for emulator internals (exporters, attachments). */
  data(): Uint8Array {
    return new Uint8Array(this.bytes);
  }

  copyBlob(): Blob {
    return new Blob(this.bytes, this.contentType, this.name);
  }

  getBlob(): Blob {
    return this;
  }

  /** Only the identity conversion: real conversions belong to the service that owns the file. */
  getAs(contentType: string): Blob {
    if (contentType !== this.contentType) throw gasError(`Converting from ${this.contentType ?? 'unknown'} to ${contentType} is not supported.`);
    return this.copyBlob();
  }

  getBytes(): number[] {
    return toSignedBytes(this.bytes);
  }

  getContentType(): string | null {
    return this.contentType;
  }

  getDataAsString(charset = 'UTF-8'): string {
    return this.bytes.toString(encodingOf(charset));
  }

  getName(): string | null {
    return this.name;
  }

  /** Deprecated in Apps Script, kept because the typings still list it. */
  getAllBlobs(): Blob[] {
    return [this];
  }

  isGoogleType(): boolean {
    return false;
  }

  setBytes(data: number[]): Blob {
    this.bytes = toBuffer(data);
    return this;
  }

  setContentType(contentType: string | null): Blob {
    this.contentType = contentType;
    return this;
  }

  setContentTypeFromExtension(): Blob {
    const ext = this.name?.split('.').pop()?.toLowerCase() ?? '';
    const type = TYPE_BY_EXTENSION[ext];
    if (!type) throw gasError(`Could not determine the content type of ${this.name ?? 'the blob'}.`);
    this.contentType = type;
    return this;
  }

  setDataFromString(string: string, charset = 'UTF-8'): Blob {
    this.bytes = Buffer.from(String(string), encodingOf(charset));
    return this;
  }

  setName(name: string): Blob {
    this.name = name;
    return this;
  }
}

export function encodingOf(charset: string): BufferEncoding {
  const c = String(charset).toUpperCase().replace(/-/g, '_');
  if (c === 'UTF_8') return 'utf8';
  if (c === 'US_ASCII') return 'ascii';
  if (c === 'ISO_8859_1') return 'latin1';
  throw gasError(`Unsupported charset: ${charset}`);
}

/** Bytes of any Blob-like value the bundle hands over (ours, or another service's Blob). */
export function blobBytes(source: GoogleAppsScript.Base.BlobSource): Uint8Array {
  const blob = source.getBlob();
  if (blob instanceof Blob) return blob.data();
  return Uint8Array.from(blob.getBytes(), (b) => b & 0xff);
}
