/**
 * DocumentApp and Document. A Document lives in the shared DriveStore (DocumentApp.create puts
 * it in My Drive's root, as Docs does); `getAs('application/pdf')` sees the content as of the
 * last `saveAndClose()` (AS21: changes not yet saved are not in the PDF).
 */
import { Blob } from '../services/blob';
import { DOCUMENT_MIME, type DriveFileRecord, type DriveStore } from '../drive/store';
import { gasError } from '../runtime/errors';
import { CLOSED_MESSAGE, type Api, type DocState } from './element';
import { Body, FooterSection, HeaderSection } from './elements';
import * as enums from './enums';
import { textPdf } from './pdf';

export const MISSING_DOCUMENT_MESSAGE = "Document is missing (perhaps it was deleted, or you don't have read access?)";

/** The document's content at one moment: what the PDF and the .docx writer read. */
export interface DocumentSnapshot {
  name: string;
  body: Body;
  header: HeaderSection | null;
  footer: FooterSection | null;
}

/** A PDF made from a document: carries the snapshot so the CLI can render it properly. */
export class PdfBlob extends Blob {
  constructor(bytes: Uint8Array, name: string, readonly snapshot: DocumentSnapshot) {
    super(bytes, 'application/pdf', name);
  }
}

export class Document implements DocState, Api<GoogleAppsScript.Document.Document,
  'getId' | 'getName' | 'setName' | 'getUrl' | 'getBody' | 'getHeader' | 'addHeader' | 'getFooter' | 'addFooter' |
  'saveAndClose' | 'getAs' | 'getBlob'> {
  static readonly serviceName = 'Document';
  closed = false;
  edited = false;
  readonly body: Body;
  header: HeaderSection | null = null;
  footer: FooterSection | null = null;
  private saved: DocumentSnapshot;

  constructor(readonly record: DriveFileRecord<Document>, private readonly onChange: () => void = () => undefined) {
    this.body = new Body(this);
    this.saved = this.snapshot();
  }

  /** The live content (what the .docx writer exports for a document still open). */
  snapshot(): DocumentSnapshot {
    return { name: this.record.name, body: this.body.copy(), header: this.header?.copy() ?? null, footer: this.footer?.copy() ?? null };
  }

  /** The content as of the last saveAndClose (what Drive, and so getAs, sees). */
  savedSnapshot(): DocumentSnapshot {
    return this.saved;
  }

  getId(): string {
    return this.record.id;
  }

  getName(): string {
    return this.record.name;
  }

  setName(name: string): this {
    this.record.name = String(name);
    this.onChange();
    return this;
  }

  getUrl(): string {
    return `https://docs.google.com/open?id=${this.record.id}`;
  }

  getBody(): GoogleAppsScript.Document.Body {
    return this.body as unknown as GoogleAppsScript.Document.Body;
  }

  getHeader(): GoogleAppsScript.Document.HeaderSection {
    return this.header as unknown as GoogleAppsScript.Document.HeaderSection;
  }

  getFooter(): GoogleAppsScript.Document.FooterSection {
    return this.footer as unknown as GoogleAppsScript.Document.FooterSection;
  }

  addHeader(): GoogleAppsScript.Document.HeaderSection {
    if (this.closed) throw gasError(CLOSED_MESSAGE);
    // Unconfirmed wording; Docs refuses a second header.
    if (this.header) throw gasError('Document tab already contains a header.');
    this.header = new HeaderSection(this);
    return this.header as unknown as GoogleAppsScript.Document.HeaderSection;
  }

  addFooter(): GoogleAppsScript.Document.FooterSection {
    if (this.closed) throw gasError(CLOSED_MESSAGE);
    if (this.footer) throw gasError('Document tab already contains a footer.');
    this.footer = new FooterSection(this);
    return this.footer as unknown as GoogleAppsScript.Document.FooterSection;
  }

  saveAndClose(): void {
    this.saved = this.snapshot();
    this.closed = true;
    this.edited = false;
    this.onChange();
  }

  /** Saves pending changes without closing: what Apps Script does when the execution ends. */
  flush(): void {
    if (!this.closed) this.saved = this.snapshot();
    this.edited = false;
  }

  /** A change made on the server (the Docs API): the live content and the saved one alike. */
  serverChanged(): void {
    this.saved = this.snapshot();
    this.onChange();
  }

  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== 'application/pdf') {
      throw gasError(`Converting from ${DOCUMENT_MIME} to ${contentType} is not supported.`);
    }
    const s = this.saved;
    const text = [s.header?.getText(), s.body.getText(), s.footer?.getText()].filter((t) => t).join('\n');
    return new PdfBlob(textPdf(s.name, text), `${s.name}.pdf`, s) as unknown as GoogleAppsScript.Base.Blob;
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    return this.getAs('application/pdf');
  }

  /** A copy with the same saved content (DriveApp makeCopy, Drive.Files.copy). */
  copyInto(record: DriveFileRecord<Document>): Document {
    const copy = new Document(record);
    const src = this.saved;
    copy.body.replaceContentWith(src.body);
    copy.body.page = { ...src.body.page };
    if (src.header) (copy.header = new HeaderSection(copy)).replaceContentWith(src.header);
    if (src.footer) (copy.footer = new FooterSection(copy)).replaceContentWith(src.footer);
    copy.saved = copy.snapshot();
    return copy;
  }
}

export class DocumentAppService implements Api<GoogleAppsScript.Document.DocumentApp, 'create' | 'openById' | 'openByUrl' | 'getActiveDocument'> {
  static readonly serviceName = 'DocumentApp';
  readonly Attribute = enums.Attribute;
  readonly ElementType = enums.ElementType;
  readonly FontFamily = enums.FontFamily;
  readonly GlyphType = enums.GlyphType;
  readonly HorizontalAlignment = enums.HorizontalAlignment;
  readonly ParagraphHeading = enums.ParagraphHeading;
  readonly PositionedLayout = enums.PositionedLayout;
  readonly TextAlignment = enums.TextAlignment;
  readonly VerticalAlignment = enums.VerticalAlignment;

  constructor(private readonly drive: DriveStore) {}

  create(name: string): GoogleAppsScript.Document.Document {
    if (typeof name !== 'string' || name.length === 0) throw gasError('Invalid argument: name');
    return createDocument(this.drive, name) as unknown as GoogleAppsScript.Document.Document;
  }

  openById(id: string): GoogleAppsScript.Document.Document {
    const record = this.drive.get(String(id));
    if (!record || record.trashed || record.content.kind !== 'document') throw gasError(MISSING_DOCUMENT_MESSAGE);
    const doc = record.content.document as Document;
    // A new handle on the same file: editable again.
    doc.closed = false;
    return doc as unknown as GoogleAppsScript.Document.Document;
  }

  openByUrl(url: string): GoogleAppsScript.Document.Document {
    const id = /\/d\/([\w-]+)/.exec(url)?.[1] ?? /[?&]id=([\w-]+)/.exec(url)?.[1];
    if (!id) throw gasError(MISSING_DOCUMENT_MESSAGE);
    return this.openById(id);
  }

  /** A Sheets add-on is not bound to a document. */
  getActiveDocument(): GoogleAppsScript.Document.Document {
    return null as unknown as GoogleAppsScript.Document.Document;
  }

  /** Every document in the store (tests, CLI export). */
  documents(): Document[] {
    return this.drive.files().flatMap((r) => (r.content.kind === 'document' && !r.trashed ? [r.content.document as Document] : []));
  }
}

/** A new Google Doc in My Drive's root, created by the add-on. */
export function createDocument(drive: DriveStore, name: string, parents?: string[]): Document {
  const record = drive.add<Document>({ name, mimeType: DOCUMENT_MIME, parents, content: { kind: 'folder' } as never, createdByApp: true });
  const doc = new Document(record, () => drive.touch(record as never));
  record.content = { kind: 'document', document: doc };
  return doc;
}
