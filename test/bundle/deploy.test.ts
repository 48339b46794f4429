/** `npm run deploy` refuses to push while `.clasp.json` holds the placeholder script id. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

test('.clasp.json: rootDir dist and the placeholder script id', () => {
  const clasp = JSON.parse(readFileSync(join(ROOT, '.clasp.json'), 'utf8')) as { rootDir: string; scriptId: string };
  expect(clasp.rootDir).toBe('dist');
  expect(clasp.scriptId).toMatch(/^PASTE_/);
});

test('deploy refuses with a clear message before running anything', () => {
  let status = 0;
  let stderr = '';
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts/deploy.mjs')], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { status: number; stderr: string };
    status = err.status;
    stderr = err.stderr;
  }
  expect(status).toBe(1);
  expect(stderr).toContain('Chưa có Script ID');
  expect(stderr).toContain('.clasp.json');
});

test('appsscript.json: V8, Asia/Ho_Chi_Minh, explicit scopes without the full drive scope', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as { runtimeVersion: string; timeZone: string; oauthScopes: string[] };
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
  expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
  expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
  expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
  // The reminders: MailApp and the daily trigger (README, "OAuth scopes").
  expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/script.send_mail');
  expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/script.scriptapp');
});
