/**
 * A minimal Blob for the document, drive and chart services (emulator/services had no Blob
 * when this was written; if one appears there, this one can be replaced by it). Bytes are kept
 * as a Uint8Array; `getBytes()` returns Java-style signed bytes as Apps Script does.
 */
import { gasError } from '../runtime/errors';

const EXTENSIONS: Record<string, string> = {
  pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif',
  txt: 'text/plain', html: 'text/html', csv: 'text/csv', json: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export class Blob implements GoogleAppsScript.Base.Blob {
  static readonly serviceName = 'Blob';
  private bytes: Uint8Array;

  constructor(
    data: Uint8Array | string = new Uint8Array(0),
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    this.bytes = typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8')) : data;
  }

  /** The raw bytes, for emulator code (export, tests). */
  data(): Uint8Array {
    return this.bytes;
  }

  copyBlob(): Blob {
    return new Blob(this.bytes.slice(), this.contentType, this.name);
  }

  getAs(contentType: string): Blob {
    if (contentType === this.contentType) return this.copyBlob();
    // Image conversions and text→PDF need a renderer the emulator does not have: fail loudly
    // rather than hand back bytes that lie about their type.
    throw gasError(`Converting from ${this.contentType ?? 'application/octet-stream'} to ${contentType} is not supported.`);
  }

  /** Deprecated in Apps Script; a single blob is its own only part. */
  getAllBlobs(): Blob[] {
    return [this.copyBlob()];
  }

  getBlob(): Blob {
    return this.copyBlob();
  }

  getBytes(): number[] {
    return Array.from(this.bytes, (b) => (b > 127 ? b - 256 : b));
  }

  getContentType(): string | null {
    return this.contentType;
  }

  getDataAsString(_charset?: string): string {
    return Buffer.from(this.bytes).toString('utf8');
  }

  getName(): string | null {
    return this.name;
  }

  isGoogleType(): boolean {
    return false;
  }

  setBytes(data: number[]): Blob {
    this.bytes = Uint8Array.from(data, (b) => b & 0xff);
    return this;
  }

  setContentType(contentType: string | null): Blob {
    this.contentType = contentType;
    return this;
  }

  setContentTypeFromExtension(): Blob {
    const ext = /\.([A-Za-z0-9]+)$/.exec(this.name ?? '')?.[1]?.toLowerCase();
    const type = ext ? EXTENSIONS[ext] : undefined;
    if (!type) throw gasError(`Could not infer content type from extension of ${this.name ?? 'null'}.`);
    this.contentType = type;
    return this;
  }

  setDataFromString(text: string, _charset?: string): Blob {
    this.bytes = new Uint8Array(Buffer.from(text, 'utf8'));
    return this;
  }

  setName(name: string): Blob {
    this.name = name;
    return this;
  }
}

/** Bytes of any Blob-like value the bundle hands over (ours, or another service's Blob). */
export function blobBytes(source: GoogleAppsScript.Base.BlobSource): Uint8Array {
  const blob = source.getBlob();
  if (blob instanceof Blob) return blob.data();
  const withData = blob as unknown as { data?: () => Uint8Array };
  if (typeof withData.data === 'function') return withData.data();
  return Uint8Array.from(blob.getBytes(), (b) => b & 0xff);
}
