/**
 * The Advanced Drive service, v3 (`Drive.Files.*`), which works with the `drive.file` scope on
 * files the add-on created: the add-on uses it to make its report folder and move documents
 * into it. Errors read as Apps Script reports API failures
 * (`API call to drive.files.get failed with error: File not found: <id>`).
 * Responses carry v3's default fields (kind, id, name, mimeType) unless `fields` asks for more.
 */
import { createDocument } from '../document/document';
import { gasError } from '../runtime/errors';
import type { Api } from '../document/element';
import { Blob, blobBytes } from '../services/blob';
import { copyRecord } from './drive-app';
import { SCOPE, Scopes } from './scopes';
import { DOCUMENT_MIME, FOLDER_MIME, type DriveFileRecord, type DriveStore } from './store';

type Schema = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type Files = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type Args = Record<string, unknown>;

export class GoogleJsonResponseException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoogleJsonResponseException';
  }
}

function apiError(method: string, detail: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(`API call to drive.files.${method} failed with error: ${detail}`);
}

export class DriveFilesApi implements Api<Files, 'create' | 'get' | 'update' | 'copy' | 'list' | 'remove'> {
  static readonly serviceName = 'Drive.Files';

  toString(): string {
    return DRIVE_IDENTIFIER;
  }

  constructor(private readonly store: DriveStore, private readonly scopes: Scopes, private readonly date: (ms: number) => Date) {}

  /** A file the scopes reach, or the API's 404. */
  private reachable(method: string, id: string): DriveFileRecord {
    const r = this.store.get(String(id));
    if (!r || !(this.scopes.has(SCOPE.drive) || r.createdByApp || r.id === this.store.rootId)) throw apiError(method, `File not found: ${id}.`);
    return r;
  }

  private resource(r: DriveFileRecord, args?: Args): Schema {
    const full: Schema = {
      kind: 'drive#file', id: r.id, name: r.name, mimeType: r.mimeType, parents: r.parents.slice(), trashed: r.trashed,
      createdTime: this.date(r.created).toISOString(), modifiedTime: this.date(r.updated).toISOString(),
      webViewLink: r.mimeType === FOLDER_MIME ? `https://drive.google.com/drive/folders/${r.id}` : r.mimeType === DOCUMENT_MIME ? `https://docs.google.com/document/d/${r.id}/edit?usp=drivesdk` : `https://drive.google.com/file/d/${r.id}/view?usp=drivesdk`,
      size: r.content.kind === 'blob' ? String(r.content.blob.data().length) : undefined,
    };
    const fields = typeof args?.fields === 'string' ? args.fields : '';
    if (fields.includes('*')) return full;
    const wanted = new Set(['kind', 'id', 'name', 'mimeType', ...fields.split(',').map((f) => f.trim()).filter(Boolean)]);
    return Object.fromEntries(Object.entries(full).filter(([k, v]) => wanted.has(k) && v !== undefined)) as Schema;
  }

  private parentIds(method: string, ids: unknown): string[] {
    if (ids === undefined || ids === null) return [this.store.rootId];
    return (Array.isArray(ids) ? ids : String(ids).split(',')).map((id) => this.reachable(method, String(id).trim()).id);
  }

  create(resource: Schema, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs?: Args): Schema {
    checkMedia(mediaData);
    const parents = this.parentIds('create', resource.parents);
    let record: DriveFileRecord;
    if (resource.mimeType === FOLDER_MIME) {
      record = this.store.add({ name: resource.name ?? 'Untitled folder', mimeType: FOLDER_MIME, parents, content: { kind: 'folder' }, createdByApp: true });
    } else if (resource.mimeType === DOCUMENT_MIME && !mediaData) {
      record = createDocument(this.store, resource.name ?? 'Untitled document', parents).record as DriveFileRecord;
    } else {
      const blob = new Blob(mediaData ? blobBytes(mediaData) : new Uint8Array(0), mediaData?.getContentType() ?? resource.mimeType ?? null, resource.name ?? mediaData?.getName() ?? 'Untitled');
      record = this.store.add({ name: resource.name ?? mediaData?.getName() ?? 'Untitled', mimeType: resource.mimeType ?? blob.getContentType() ?? 'application/octet-stream', parents, content: { kind: 'blob', blob }, createdByApp: true });
    }
    return this.resource(record, optionalArgs);
  }

  get(fileId: string, optionalArgs?: Args): Schema {
    const r = this.reachable('get', fileId);
    if (optionalArgs?.alt === 'media') throw apiError('get', 'alt=media is not emulated.');
    return this.resource(r, optionalArgs);
  }

  update(resource: Schema, fileId: string, mediaData?: GoogleAppsScript.Base.Blob | null, optionalArgs?: Args): Schema {
    checkMedia(mediaData);
    const r = this.reachable('update', fileId);
    if (mediaData) {
      // AS51: new media replaces the content and the file takes the media's type.
      if (r.content.kind !== 'blob') throw new Error(`Emulator: Drive.Files.update with media on a ${r.mimeType} file is not emulated.`);
      const blob = new Blob(blobBytes(mediaData), mediaData.getContentType() ?? r.mimeType, r.name);
      r.content = { kind: 'blob', blob };
      r.mimeType = resource?.mimeType ?? blob.getContentType() ?? r.mimeType;
    }
    if (resource?.name !== undefined) r.name = resource.name;
    if (resource?.trashed !== undefined) r.trashed = resource.trashed;
    if (optionalArgs?.addParents) {
      for (const id of this.parentIds('update', optionalArgs.addParents)) if (!r.parents.includes(id)) r.parents.push(id);
    }
    if (optionalArgs?.removeParents) {
      const remove = String(optionalArgs.removeParents).split(',').map((id) => (id.trim() === 'root' ? this.store.rootId : id.trim()));
      r.parents = r.parents.filter((id) => !remove.includes(id));
    }
    this.store.touch(r);
    return this.resource(r, optionalArgs);
  }

  copy(resource: Schema, fileId: string, optionalArgs?: Args): Schema {
    const r = this.reachable('copy', fileId);
    const parents = resource?.parents ? this.parentIds('copy', resource.parents) : r.parents.slice();
    return this.resource(copyRecord(this.store, r, resource?.name ?? `Copy of ${r.name}`, parents), optionalArgs);
  }

  /** `q` supports clauses joined by `and`: name = / contains, mimeType = / !=, 'id' in parents, trashed =. */
  list(optionalArgs?: Args): GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList {
    const q = typeof optionalArgs?.q === 'string' ? optionalArgs.q : '';
    const tests = q.split(/\s+and\s+/i).filter((c) => c.trim()).map((clause) => this.clause(clause.trim()));
    const files = this.store.files()
      .filter((r) => this.scopes.has(SCOPE.drive) || r.createdByApp)
      .filter((r) => tests.every((t) => t(r)));
    const fileFields = /files\(([^)]*)\)/.exec(String(optionalArgs?.fields ?? ''))?.[1];
    return { kind: 'drive#fileList', incompleteSearch: false, files: files.map((r) => this.resource(r, fileFields ? { fields: fileFields } : undefined)) };
  }

  private clause(clause: string): (r: DriveFileRecord) => boolean {
    const str = (s: string) => s.replace(/\\'/g, "'");
    let m: RegExpExecArray | null;
    if ((m = /^name\s*(=|!=|contains)\s*'((?:[^'\\]|\\.)*)'$/.exec(clause))) {
      const [, op, v] = m;
      return (r) => (op === 'contains' ? r.name.includes(str(v)) : (r.name === str(v)) === (op === '='));
    }
    if ((m = /^mimeType\s*(=|!=)\s*'([^']*)'$/.exec(clause))) {
      const [, op, v] = m;
      return (r) => (r.mimeType === v) === (op === '=');
    }
    if ((m = /^'([^']*)'\s+in\s+parents$/.exec(clause))) {
      const id = m[1] === 'root' ? this.store.rootId : m[1];
      return (r) => r.parents.includes(id);
    }
    if ((m = /^trashed\s*=\s*(true|false)$/.exec(clause))) {
      const v = m[1] === 'true';
      return (r) => r.trashed === v;
    }
    throw apiError('list', `Invalid Value (emulator: unsupported query clause "${clause}")`);
  }

  remove(fileId: string, _optionalArgs?: Args): void {
    this.store.remove(this.reachable('remove', fileId).id);
  }
}

export interface AdvancedDriveOptions {
  scopes?: Scopes;
  date?: (ms: number) => Date;
}

/** AS51: media must be a Blob (a string or other object is refused before the request). */
function checkMedia(mediaData: unknown): void {
  if (mediaData === undefined || mediaData === null) return;
  if (typeof (mediaData as { getBytes?: unknown }).getBytes !== 'function') throw gasError('The mediaData parameter only supports Blob types for upload.');
}

/** What `String(Drive)` and `String(Drive.Files)` give on Apps Script (AS46). */
export const DRIVE_IDENTIFIER = 'AdvancedServiceIdentifier{name=drive, version=v3}';

/** The `Drive` global. */
export class AdvancedDrive {
  static readonly serviceName = 'Drive';
  readonly Files: DriveFilesApi;

  constructor(store: DriveStore, options: AdvancedDriveOptions = {}) {
    this.Files = new DriveFilesApi(store, options.scopes ?? new Scopes(), options.date ?? ((ms) => new Date(ms)));
  }

  /** AS46: an advanced service prints as its identifier. */
  toString(): string {
    return DRIVE_IDENTIFIER;
  }
}
