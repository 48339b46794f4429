/**
 * AS36: the bundle runs with the scopes of the manifest it ships with. Each test copies
 * dist/Code.js next to a manifest lacking one scope and runs the flow that needs it: the
 * run fails with Apps Script's "Specified permissions are not sufficient" message.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator } from '../../emulator/emulator';
import { bundleFile } from '../../emulator/loader';
import { buildSampleWorkbook } from '../../emulator/sample';
import { thrownText } from '../emulator/thrown';
import { AS_OF, BUNDLE, NOW } from './harness';

const AUTH = 'https://www.googleapis.com/auth/';
let MANIFEST: { oauthScopes: string[] };
beforeAll(() => {
  MANIFEST = JSON.parse(readFileSync(join(BUNDLE, '..', 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The bundle, loaded from a folder whose appsscript.json has `oauthScopes` changed by `edit`. */
function bundleWith(edit: (scopes: string[]) => string[] | undefined): Emulator {
  const dir = mkdtempSync(join(tmpdir(), 'antt-scopes-'));
  dirs.push(dir);
  // bundleFile: under `npm run coverage` the instrumented copy, so these runs count too.
  copyFileSync(bundleFile(BUNDLE), join(dir, 'Code.js'));
  const manifest: Record<string, unknown> = { ...MANIFEST, oauthScopes: edit([...MANIFEST.oauthScopes]) };
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
  const emu = new Emulator({ now: NOW, data: buildSampleWorkbook() });
  return emu.load(join(dir, 'Code.js'));
}

const without = (name: string) => (scopes: string[]) => scopes.filter((s) => s !== `${AUTH}${name}`);

describe('AS36 a manifest lacking a scope', () => {
  test('the shipped manifest runs set-up, the check and the report', () => {
    const emu = bundleWith((s) => s);
    emu.run('menuSetup');
    expect(emu.run('validateAll')).toMatchObject({ errors: 9 });
    expect(emu.call('makeReport', [AS_OF])).toMatchObject({ name: expect.stringContaining('Báo cáo'), warnings: [] });
  });

  test('spreadsheets.currentonly: the check cannot open the spreadsheet', () => {
    const emu = bundleWith(without('spreadsheets.currentonly'));
    expect(thrownText(() => emu.run('validateAll'))).toBe(
      `Exception: Specified permissions are not sufficient to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (${AUTH}spreadsheets.currentonly || ${AUTH}spreadsheets)`,
    );
  });

  test('spreadsheets instead of spreadsheets.currentonly will do', () => {
    const emu = bundleWith((s) => [...without('spreadsheets.currentonly')(s), `${AUTH}spreadsheets`]);
    expect(emu.run('validateAll')).toMatchObject({ errors: 9 });
  });

  test('documents: the report cannot create its Doc', () => {
    const emu = bundleWith(without('documents'));
    expect(thrownText(() => emu.call('makeReport', [AS_OF]))).toBe(
      `Exception: Specified permissions are not sufficient to call DocumentApp.create. Required permissions: ${AUTH}documents`,
    );
  });

  test('script.container.ui: the menu check cannot show its summary', () => {
    const emu = bundleWith(without('script.container.ui'));
    expect(thrownText(() => emu.run('menuValidate'))).toBe(
      `Exception: Specified permissions are not sufficient to call Ui.alert. Required permissions: ${AUTH}script.container.ui`,
    );
    // Without dialogs the same check works.
    expect(emu.run('validateAll')).toMatchObject({ errors: 9 });
  });

  test('userinfo.email: set-up cannot read whom to keep as protection editor', () => {
    const emu = bundleWith(without('userinfo.email'));
    expect(thrownText(() => emu.run('menuSetup'))).toBe(
      `Exception: Specified permissions are not sufficient to call Session.getEffectiveUser. Required permissions: ${AUTH}userinfo.email`,
    );
  });

  test('no oauthScopes at all: Apps Script grants what the code uses', () => {
    const emu = bundleWith(() => undefined);
    expect(emu.scopes.list()).toBe('automatic');
    expect(emu.run('validateAll')).toMatchObject({ errors: 9 });
  });
});

describe('Report Drive filing degrades gracefully', () => {
  test('AS36 drive.file missing: the report is made, stays in My Drive, and the dialog and Nhật ký say why', () => {
    const emu = bundleWith(without('drive.file'));
    const result = emu.call('makeReport', [AS_OF]) as { id: string; warnings: string[] };
    expect(result.warnings).toEqual([
      `Báo cáo chưa chuyển được vào thư mục báo cáo nên vẫn nằm trong "Drive của tôi" (My Drive), nơi Google Docs tạo nó; bạn có thể tự kéo nó vào thư mục mong muốn. Lý do: Specified permissions are not sufficient to call Drive.Files.create. Required permissions: (${AUTH}drive || ${AUTH}drive.file)`,
    ]);
    expect(emu.drive.get(result.id)?.parents).toEqual([emu.drive.rootId]);
    const log = emu.spreadsheet!.getSheetByName('Nhật ký')!.getDataRange().getValues();
    expect(String(log[log.length - 1][4])).toContain('vẫn nằm trong "Drive của tôi"');
  });

  test('the advanced Drive service not enabled: a Vietnamese message on how to enable it, no ReferenceError', () => {
    const emu = new Emulator({ now: NOW, data: buildSampleWorkbook() });
    delete emu.services.Drive;
    emu.load(BUNDLE);
    const result = emu.call('makeReport', [AS_OF, undefined, true]) as { id: string; pdfUrl: string | null; warnings: string[] };
    expect(result.pdfUrl).toBeNull();
    expect(result.warnings).toEqual([expect.stringContaining('Dịch vụ (+) → chọn "Drive API", phiên bản v3, mã nhận dạng "Drive" → Thêm')]);
    expect(emu.drive.get(result.id)?.parents).toEqual([emu.drive.rootId]);
  });
});
