import { Emulator } from '../../emulator/emulator';
import { DocumentAppService } from '../../emulator/document/document';
import { AdvancedDrive } from '../../emulator/drive/advanced-drive';
import { DriveAppService } from '../../emulator/drive/drive-app';
import { Scopes, MANIFEST_SCOPES } from '../../emulator/drive/scopes';
import { DriveStore, FOLDER_MIME } from '../../emulator/drive/store';
import { thrownText } from './thrown';

function setup(granted: readonly string[] = MANIFEST_SCOPES) {
  const store = new DriveStore(() => Date.UTC(2019, 3, 24));
  const scopes = new Scopes(granted);
  return {
    store,
    DocumentApp: new DocumentAppService(store) as unknown as GoogleAppsScript.Document.DocumentApp,
    DriveApp: new DriveAppService(store, { scopes }) as unknown as GoogleAppsScript.Drive.DriveApp,
    Drive: new AdvancedDrive(store, { scopes }),
  };
}


describe('Drive', () => {
  test('AS22 DriveApp folder calls need the full drive scope', () => {
    const code = `function folder() { return DriveApp.createFolder('Báo cáo').getName(); }
      function root() { return DriveApp.getRootFolder(); }
      function byId() { return DriveApp.getFolderById('x'); }`;
    const emu = new Emulator({ scopes: MANIFEST_SCOPES }).loadCode(code);
    expect(thrownText(() => emu.run('folder'))).toBe(
      'Exception: Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive',
    );
    expect(thrownText(() => emu.run('root'))).toMatch(/DriveApp\.getRootFolder/);
    expect(thrownText(() => emu.run('byId'))).toMatch(/DriveApp\.getFolderById/);
    const full = new Emulator({ scopes: [...MANIFEST_SCOPES, 'https://www.googleapis.com/auth/drive'] }).loadCode(code);
    expect(full.run('folder')).toBe('Báo cáo');
  });

  test('AS22 with drive.file: Advanced Drive makes the folder and moves the report into it', () => {
    const { DocumentApp, Drive, store } = setup();
    const folder = Drive.Files.create({ name: 'Báo cáo ANTT', mimeType: FOLDER_MIME });
    expect(folder).toEqual({ kind: 'drive#file', id: folder.id, name: 'Báo cáo ANTT', mimeType: FOLDER_MIME });
    const doc = DocumentApp.create('Báo cáo sơ kết');
    expect(Drive.Files.get(doc.getId(), { fields: 'parents' }).parents).toEqual([store.rootId]);
    Drive.Files.update({}, doc.getId(), null, { addParents: folder.id, removeParents: 'root' });
    expect(Drive.Files.get(doc.getId(), { fields: 'parents' }).parents).toEqual([folder.id]);
    const listed = Drive.Files.list({ q: `'${folder.id}' in parents and trashed = false` });
    expect(listed.files?.map((f) => f.name)).toEqual(['Báo cáo sơ kết']);
    expect(Drive.Files.list({ q: `name = 'Báo cáo ANTT' and mimeType = '${FOLDER_MIME}'` }).files).toHaveLength(1);
    expect(thrownText(() => Drive.Files.get('missing'))).toBe('GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: missing.');
  });

  test('drive.file reaches only files the add-on created', () => {
    const { DriveApp, Drive, store } = setup();
    const foreign = store.add({ name: 'Mẫu báo cáo', mimeType: 'application/pdf', content: { kind: 'folder' }, createdByApp: false });
    expect(thrownText(() => DriveApp.getFileById(foreign.id))).toBe(
      'Exception: No item with the given ID could be found, or you do not have permission to access it.',
    );
    expect(thrownText(() => Drive.Files.get(foreign.id))).toMatch(/File not found/);
  });

  test('DriveApp.getFileById on a created doc: name, url, PDF, makeCopy with its saved content', () => {
    const { DocumentApp, DriveApp, Drive, store } = setup();
    const doc = DocumentApp.create('Mẫu');
    doc.getBody().appendParagraph('Số điểm: {{so_diem}}');
    doc.saveAndClose();
    const file = DriveApp.getFileById(doc.getId());
    expect(file.getName()).toBe('Mẫu');
    expect(file.getMimeType()).toBe('application/vnd.google-apps.document');
    expect(file.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit?usp=drivesdk`);
    expect(file.getAs('application/pdf').getName()).toBe('Mẫu.pdf');
    const copy = file.makeCopy('Báo cáo');
    const opened = DocumentApp.openById(copy.getId());
    expect(opened.getName()).toBe('Báo cáo');
    expect(opened.getBody().getText()).toBe('\nSố điểm: {{so_diem}}');
    opened.getBody().replaceText('\\{\\{so_diem\\}\\}', '82');
    expect(DocumentApp.openById(doc.getId()).getBody().getText()).toContain('{{so_diem}}');
    // A PDF beside it, through the Advanced service.
    const pdf = Drive.Files.create({ name: 'Báo cáo.pdf', parents: [store.rootId] }, file.getAs('application/pdf'));
    expect(pdf.mimeType).toBe('application/pdf');
    expect(store.files().map((f) => f.name)).toEqual(['Mẫu', 'Báo cáo', 'Báo cáo.pdf']);
  });
});
