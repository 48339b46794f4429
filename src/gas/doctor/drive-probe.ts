/**
 * The report folder, tried the way a report uses it (drive-folder.ts): a test file created
 * where Docs puts a new document (My Drive), moved into the folder, then trashed. Five Drive
 * calls at most, whatever the workbook's size.
 */
import type { FolderFacts } from '../../core/doctor';
import { DOCTOR_TEXT } from '../../core/messages';
import { driveServiceEnabled, FOLDER_KEY } from '../report/drive-folder';
import { errorMessage } from './error-message';

const FOLDER_MIME = 'application/vnd.google-apps.folder';
/** Metadata-only update: Apps Script takes `null` media, which the typings do not allow. */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

type Files = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;

/** The folder of that id, or why it cannot be used. */
function openFolder(files: Files, id: string, configured: boolean): FolderFacts['folder'] | { error: string } {
  try {
    const f = files.get(id, { fields: 'id,name,mimeType,trashed' });
    if (f.trashed) return { error: 'File not found (trashed)' };
    return { id, name: f.name ?? id, configured, isFolder: f.mimeType === FOLDER_MIME };
  } catch (e) {
    return { error: errorMessage(e) };
  }
}

/** `configuredId`: `Cấu hình`'s folder; empty means the add-on's own (if it has made one). */
export function probeReportFolder(configuredId: string): FolderFacts {
  if (!driveServiceEnabled()) return { driveEnabled: false, folder: null };
  const files = (Drive as NonNullable<typeof Drive>).Files;
  let folder: FolderFacts['folder'] = null;
  if (configuredId) {
    const opened = openFolder(files, configuredId, true);
    if (opened && 'error' in opened) return { driveEnabled: true, folder: null, unreachable: { id: configuredId, error: opened.error } };
    folder = opened;
  } else {
    const own = PropertiesService.getDocumentProperties().getProperty(FOLDER_KEY);
    const opened = own ? openFolder(files, own, false) : null;
    // A deleted own folder is no fault: the next report makes a new one.
    folder = opened && !('error' in opened) ? opened : null;
  }
  if (folder && !folder.isFolder) return { driveEnabled: true, folder };

  let step: 'create' | 'move' | 'trash' = 'create';
  try {
    const id = files.create({ name: DOCTOR_TEXT.probeName, mimeType: 'text/plain' }).id as string;
    if (folder) {
      step = 'move';
      const parents = files.get(id, { fields: 'parents' }).parents ?? [];
      files.update({}, id, NO_MEDIA, { addParents: folder.id, removeParents: parents.join(',') });
    }
    step = 'trash';
    files.update({ trashed: true }, id, NO_MEDIA);
  } catch (e) {
    return { driveEnabled: true, folder, failed: { step, error: errorMessage(e) } };
  }
  return { driveEnabled: true, folder };
}
