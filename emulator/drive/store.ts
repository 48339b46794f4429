/**
 * The emulated Drive: an in-memory map of files by id. DocumentApp, DriveApp and the Advanced
 * Drive service share one store; tests and the CLI read it (`files()`) to export what the
 * add-on produced.
 */
import type { Blob } from '../services/blob';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOCUMENT_MIME = 'application/vnd.google-apps.document';

/** What a Drive file holds. `document` is an emulated Document (kept opaque to avoid a cycle). */
export type DriveContent<Doc = unknown> =
  | { kind: 'document'; document: Doc }
  | { kind: 'blob'; blob: Blob }
  | { kind: 'folder' };

export interface DriveFileRecord<Doc = unknown> {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  content: DriveContent<Doc>;
  /** Created (or opened) by the add-on: what the `drive.file` scope can reach. */
  createdByApp: boolean;
  trashed: boolean;
  created: number;
  updated: number;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export class DriveStore {
  private readonly records = new Map<string, DriveFileRecord>();
  private counter = 0;
  readonly rootId: string;

  constructor(private readonly now: () => number = Date.now) {
    this.rootId = this.newId();
    this.records.set(this.rootId, {
      id: this.rootId, name: 'My Drive', mimeType: FOLDER_MIME, parents: [], content: { kind: 'folder' },
      createdByApp: false, trashed: false, created: now(), updated: now(),
    });
  }

  /** Ids shaped like Drive's (44 characters), deterministic per store so runs can be compared. */
  newId(): string {
    let x = (++this.counter * 2654435761) >>> 0;
    let id = '1';
    for (let i = 0; i < 43; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      id += ID_ALPHABET[(x >>> 16) % 64];
    }
    return id;
  }

  add<Doc>(fields: Omit<DriveFileRecord<Doc>, 'id' | 'created' | 'updated' | 'trashed' | 'parents'> & { parents?: string[]; id?: string }): DriveFileRecord<Doc> {
    const t = this.now();
    const record: DriveFileRecord<Doc> = { trashed: false, ...fields, id: fields.id ?? this.newId(), parents: fields.parents ?? [this.rootId], created: t, updated: t };
    this.records.set(record.id, record as DriveFileRecord);
    return record;
  }

  get(id: string): DriveFileRecord | undefined {
    return this.records.get(id === 'root' ? this.rootId : id);
  }

  remove(id: string): void {
    this.records.delete(id);
  }

  touch(record: DriveFileRecord): void {
    record.updated = this.now();
  }

  /** Every file and folder except My Drive, in creation order. */
  files(): DriveFileRecord[] {
    return [...this.records.values()].filter((r) => r.id !== this.rootId);
  }

  childrenOf(folderId: string): DriveFileRecord[] {
    const id = folderId === 'root' ? this.rootId : folderId;
    return this.files().filter((r) => r.parents.includes(id));
  }
}
