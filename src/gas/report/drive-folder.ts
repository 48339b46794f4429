/**
 * Where reports go. The manifest asks for `drive.file` only (files the add-on created), so
 * DriveApp's folder calls are out of reach (AS22): the add-on creates its own folder with
 * the Advanced Drive service, remembers it in the document properties, and moves each new
 * report there. A folder named in settings is used when the add-on may write to it.
 */
import { REPORT_UI } from '../../core/messages';

/** Document property holding the add-on's own report folder (the self-check reads it too). */
export const FOLDER_KEY = 'reportFolderId';

/**
 * Whether the Advanced Drive service is enabled in the project (appsscript.json `Drive`,
 * v3). Without it the global does not exist at all: `typeof`, not a bare reference, which
 * would throw ReferenceError.
 */
export function driveServiceEnabled(): boolean {
  return typeof Drive !== 'undefined' && !!Drive && !!Drive.Files;
}

/** Callers check `driveServiceEnabled()` first. */
function files(): GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection {
  return (Drive as NonNullable<typeof Drive>).Files;
}

/** Metadata-only update: Apps Script takes `null` media, which the typings do not allow. */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;
const FOLDER_MIME = 'application/vnd.google-apps.folder';

export interface FolderChoice {
  id: string;
  /** A message when the folder named in settings could not be used. */
  warning?: string;
}

function ownFolder(): string {
  const props = PropertiesService.getDocumentProperties();
  const known = props.getProperty(FOLDER_KEY);
  if (known) {
    try {
      const file = files().get(known, { fields: 'id,trashed' });
      if (file && !file.trashed) return known;
    } catch {
      // deleted or no longer ours: make a new one
    }
  }
  const created = files().create({ name: REPORT_UI.folderName, mimeType: FOLDER_MIME });
  props.setProperty(FOLDER_KEY, created.id!);
  return created.id!;
}

/** Moves a file the add-on created into the report folder (settings' folder, else its own). */
export function fileIntoReportFolder(fileId: string, configuredFolderId: string): FolderChoice {
  const move = (folderId: string) => {
    const parents = files().get(fileId, { fields: 'parents' }).parents ?? [];
    files().update({}, fileId, NO_MEDIA, { addParents: folderId, removeParents: parents.join(',') });
  };
  if (configuredFolderId) {
    try {
      move(configuredFolderId);
      return { id: configuredFolderId };
    } catch {
      const id = ownFolder();
      move(id);
      return { id, warning: REPORT_UI.folderMissing(configuredFolderId) };
    }
  }
  const id = ownFolder();
  move(id);
  return { id };
}

/** Saves a PDF of the (closed) document beside it (in My Drive without a folder). Returns the PDF's link. */
export function savePdf(doc: GoogleAppsScript.Document.Document, name: string, folderId: string | null): string {
  const pdf = doc.getAs('application/pdf').setName(`${name}.pdf`);
  const file = files().create({ name: `${name}.pdf`, ...(folderId ? { parents: [folderId] } : {}), mimeType: 'application/pdf' }, pdf);
  return `https://drive.google.com/file/d/${file.id}/view`;
}
