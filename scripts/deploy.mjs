// `npm run deploy`: build, check, then `clasp push` — but never with the placeholder script id.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const clasp = JSON.parse(readFileSync(new URL('../.clasp.json', import.meta.url), 'utf8'));
if (!clasp.scriptId || clasp.scriptId.startsWith('PASTE_')) {
  console.error(
    'Chưa có Script ID: mở Google Sheet → Tiện ích mở rộng → Apps Script → Cài đặt dự án → sao chép Script ID vào .clasp.json.\n' +
      'No script id yet: copy your Script ID (Extensions → Apps Script → Project settings) into .clasp.json "scriptId".',
  );
  process.exit(1);
}
const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
run('npm run typecheck');
run('npm run lint');
run('npm test');
run('npx clasp push --force');
