/**
 * DriveApp. AS22: it needs the full `drive` scope; with `drive.file` (the manifest's choice)
 * only `getFileById` on files the add-on created is allowed here (unconfirmed: kept because
 * the add-on's template and PDF flows rely on it), everything else throws Apps Script's
 * "Specified permissions are not sufficient" error.
 */
import { gasError } from '../runtime/errors';
import type { Api } from '../document/element';
import { createDocument, Document } from '../document/document';
import { Blob, blobBytes } from '../services/blob';
import { SCOPE, Scopes } from './scopes';
import { DOCUMENT_MIME, FOLDER_MIME, type DriveFileRecord, type DriveStore } from './store';

export const NO_ITEM_MESSAGE = 'No item with the given ID could be found, or you do not have permission to access it.';

type R = DriveFileRecord;

export class DriveFile implements Api<GoogleAppsScript.Drive.File,
  'getId' | 'getName' | 'setName' | 'getUrl' | 'getMimeType' | 'getBlob' | 'getAs' | 'makeCopy' | 'setTrashed' | 'isTrashed' |
  'getSize' | 'getDateCreated' | 'getLastUpdated' | 'getParents' | 'moveTo'> {
  static readonly serviceName = 'File';

  constructor(readonly record: R, private readonly app: DriveAppService) {}

  getId(): string { return this.record.id; }
  getName(): string { return this.record.name; }
  setName(name: string): this { this.record.name = String(name); this.app.store.touch(this.record); return this; }
  getMimeType(): string { return this.record.mimeType; }
  isTrashed(): boolean { return this.record.trashed; }
  setTrashed(trashed: boolean): this { this.record.trashed = trashed; return this; }
  getDateCreated(): GoogleAppsScript.Base.Date { return this.app.date(this.record.created); }
  getLastUpdated(): GoogleAppsScript.Base.Date { return this.app.date(this.record.updated); }

  getUrl(): string {
    const c = this.record.content;
    if (c.kind === 'document') return `https://docs.google.com/document/d/${this.record.id}/edit?usp=drivesdk`;
    if (c.kind === 'folder') return `https://drive.google.com/drive/folders/${this.record.id}`;
    return `https://drive.google.com/file/d/${this.record.id}/view?usp=drivesdk`;
  }

  getSize(): number {
    const c = this.record.content;
    return c.kind === 'blob' ? c.blob.data().length : 0;
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    const c = this.record.content;
    if (c.kind === 'document') return (c.document as Document).getAs('application/pdf');
    if (c.kind === 'blob') return c.blob.copyBlob().setName(this.record.name);
    throw gasError('Cannot get the blob of a folder.');
  }

  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    const c = this.record.content;
    if (c.kind === 'document') return (c.document as Document).getAs(contentType);
    return this.getBlob().getAs(contentType);
  }

  makeCopy(name?: string, destination?: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.File {
    const parents = destination ? [(destination as unknown as DriveFolder).record.id] : this.record.parents.slice();
    return this.app.wrapFile(copyRecord(this.app.store, this.record, name ?? `Copy of ${this.record.name}`, parents)) as unknown as GoogleAppsScript.Drive.File;
  }

  getParents(): GoogleAppsScript.Drive.FolderIterator {
    return new Iterator(this.record.parents.flatMap((id) => {
      const r = this.app.store.get(id);
      return r ? [new DriveFolder(r, this.app)] : [];
    })) as unknown as GoogleAppsScript.Drive.FolderIterator;
  }

  moveTo(destination: GoogleAppsScript.Drive.Folder): this {
    this.record.parents = [(destination as unknown as DriveFolder).record.id];
    return this;
  }
}

/** A copy of a file (deep for documents: the copy has the original's saved content). */
export function copyRecord(store: DriveStore, source: R, name: string, parents: string[]): R {
  const c = source.content;
  if (c.kind === 'document') {
    const copy = createDocument(store, name, parents);
    const filled = (c.document as Document).copyInto(copy.record);
    copy.record.content = { kind: 'document', document: filled };
    return copy.record as R;
  }
  if (c.kind === 'blob') return store.add({ name, mimeType: source.mimeType, parents, content: { kind: 'blob', blob: c.blob.copyBlob() }, createdByApp: true });
  return store.add({ name, mimeType: FOLDER_MIME, parents, content: { kind: 'folder' }, createdByApp: true });
}

export class DriveFolder implements Api<GoogleAppsScript.Drive.Folder,
  'getId' | 'getName' | 'getUrl' | 'createFile' | 'createFolder' | 'getFiles' | 'getFilesByName' | 'getFolders'> {
  static readonly serviceName = 'Folder';

  constructor(readonly record: R, private readonly app: DriveAppService) {}

  getId(): string { return this.record.id; }
  getName(): string { return this.record.name; }
  getUrl(): string { return `https://drive.google.com/drive/folders/${this.record.id}`; }

  createFile(blobOrName: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): GoogleAppsScript.Drive.File {
    return this.app.createFileIn(this.record.id, blobOrName, content, mimeType);
  }

  createFolder(name: string): GoogleAppsScript.Drive.Folder {
    const r = this.app.store.add({ name, mimeType: FOLDER_MIME, parents: [this.record.id], content: { kind: 'folder' }, createdByApp: true });
    return new DriveFolder(r, this.app) as unknown as GoogleAppsScript.Drive.Folder;
  }

  getFiles(): GoogleAppsScript.Drive.FileIterator {
    const files = this.app.store.childrenOf(this.record.id).filter((r) => r.mimeType !== FOLDER_MIME && !r.trashed);
    return new Iterator(files.map((r) => new DriveFile(r, this.app))) as unknown as GoogleAppsScript.Drive.FileIterator;
  }

  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    const files = this.app.store.childrenOf(this.record.id).filter((r) => r.mimeType !== FOLDER_MIME && !r.trashed && r.name === name);
    return new Iterator(files.map((r) => new DriveFile(r, this.app))) as unknown as GoogleAppsScript.Drive.FileIterator;
  }

  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    const folders = this.app.store.childrenOf(this.record.id).filter((r) => r.mimeType === FOLDER_MIME && !r.trashed);
    return new Iterator(folders.map((r) => new DriveFolder(r, this.app))) as unknown as GoogleAppsScript.Drive.FolderIterator;
  }
}

export class Iterator<T> {
  static readonly serviceName = 'Iterator';
  private i = 0;
  constructor(private readonly items: T[]) {}
  hasNext(): boolean { return this.i < this.items.length; }
  next(): T {
    if (this.i >= this.items.length) throw gasError('Cannot retrieve the next object: iterator has reached the end.');
    return this.items[this.i++];
  }
  getContinuationToken(): string { return String(this.i); }
}

export interface DriveAppOptions {
  scopes?: Scopes;
  /** Dates of the bundle's realm (clock.date). */
  date?: (ms: number) => Date;
}

export class DriveAppService implements Api<GoogleAppsScript.Drive.DriveApp,
  'getFileById' | 'getFolderById' | 'getRootFolder' | 'createFolder' | 'createFile' | 'getFilesByName' | 'getFoldersByName'> {
  static readonly serviceName = 'DriveApp';
  private readonly scopes: Scopes;
  private readonly makeDate: (ms: number) => Date;

  constructor(readonly store: DriveStore, options: DriveAppOptions = {}) {
    this.scopes = options.scopes ?? new Scopes();
    this.makeDate = options.date ?? ((ms) => new Date(ms));
  }

  date(ms: number): GoogleAppsScript.Base.Date {
    return this.makeDate(ms) as unknown as GoogleAppsScript.Base.Date;
  }

  wrapFile(record: R): DriveFile {
    return new DriveFile(record, this);
  }

  getFileById(id: string): GoogleAppsScript.Drive.File {
    const r = this.store.get(String(id));
    const reachable = r && !(r.mimeType === FOLDER_MIME) && (this.scopes.has(SCOPE.drive) || r.createdByApp);
    if (!r || !reachable) throw gasError(NO_ITEM_MESSAGE);
    return new DriveFile(r, this) as unknown as GoogleAppsScript.Drive.File;
  }

  getFolderById(id: string): GoogleAppsScript.Drive.Folder {
    const r = this.store.get(String(id));
    if (!r || r.mimeType !== FOLDER_MIME) throw gasError(NO_ITEM_MESSAGE);
    return new DriveFolder(r, this) as unknown as GoogleAppsScript.Drive.Folder;
  }

  getRootFolder(): GoogleAppsScript.Drive.Folder {
    return new DriveFolder(this.store.get(this.store.rootId) as R, this) as unknown as GoogleAppsScript.Drive.Folder;
  }

  createFolder(name: string): GoogleAppsScript.Drive.Folder {
    const r = this.store.add({ name, mimeType: FOLDER_MIME, content: { kind: 'folder' }, createdByApp: true });
    return new DriveFolder(r, this) as unknown as GoogleAppsScript.Drive.Folder;
  }

  createFile(blobOrName: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): GoogleAppsScript.Drive.File {
    return this.createFileIn(this.store.rootId, blobOrName, content, mimeType);
  }

  createFileIn(folderId: string, blobOrName: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): GoogleAppsScript.Drive.File {
    let blob: Blob;
    if (typeof blobOrName === 'string') {
      if (blobOrName === '') throw gasError('Invalid argument: name');
      blob = new Blob(content ?? '', mimeType ?? 'text/plain', blobOrName);
    } else {
      const src = blobOrName.getBlob();
      // AS51: a file made from a blob takes the blob's name, which it must have.
      if (!src.getName()) throw gasError('Blob object must have non-null name for this operation.');
      blob = new Blob(blobBytes(blobOrName), src.getContentType(), src.getName());
    }
    const name = blob.getName() ?? 'Untitled';
    const r = this.store.add({ name, mimeType: blob.getContentType() ?? 'application/octet-stream', parents: [folderId], content: { kind: 'blob', blob }, createdByApp: true });
    return new DriveFile(r, this) as unknown as GoogleAppsScript.Drive.File;
  }

  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    const files = this.store.files().filter((r) => r.name === name && r.mimeType !== FOLDER_MIME && !r.trashed);
    return new Iterator(files.map((r) => new DriveFile(r, this))) as unknown as GoogleAppsScript.Drive.FileIterator;
  }

  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    const folders = this.store.files().filter((r) => r.name === name && r.mimeType === FOLDER_MIME && !r.trashed);
    return new Iterator(folders.map((r) => new DriveFolder(r, this))) as unknown as GoogleAppsScript.Drive.FolderIterator;
  }
}

export { DOCUMENT_MIME };
