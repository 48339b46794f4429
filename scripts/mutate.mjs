// `npm run mutate [folder ...]`: one Stryker run per folder of src/core (stryker.config.mjs reads
// STRYKER_FOLDER), then a table per folder and per file from reports/mutation/<folder>.json.
// Folders: the subfolders of src/core (messages aside) and '.', the files directly in src/core.
// Extra arguments after `--` go to Stryker (`npm run mutate -- totals -- --concurrency 2`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const split = args.indexOf('--');
const asked = split < 0 ? args : args.slice(0, split);
const strykerArgs = split < 0 ? [] : args.slice(split + 1);
const all = [
  ...readdirSync(join(root, 'src/core'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'messages')
    .map((e) => e.name),
  '.',
];
const folders = asked.length ? asked : all;

/** Counts per status of the mutants of one report file entry. */
function tally(mutants) {
  const n = { Killed: 0, Survived: 0, NoCoverage: 0, Timeout: 0, Ignored: 0, CompileError: 0, RuntimeError: 0 };
  for (const m of mutants) n[m.status] = (n[m.status] ?? 0) + 1;
  return n;
}

/** Stryker's score: killed and timed out over every mutant that is neither ignored nor an error. */
function row(label, n) {
  const valid = n.Killed + n.Timeout + n.Survived + n.NoCoverage;
  const score = valid ? ((100 * (n.Killed + n.Timeout)) / valid).toFixed(1) : '-';
  return `| ${label} | ${valid + n.Ignored} | ${n.Killed} | ${n.Survived} | ${n.NoCoverage} | ${n.Timeout} | ${n.Ignored} | ${score} % |`;
}

let failed = 0;
const lines = ['| folder / file | mutants | killed | survived | no coverage | timeout | ignored (equivalent, static) | score |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
for (const folder of folders) {
  if (!all.includes(folder)) {
    console.error(`unknown folder ${folder}: one of ${all.join(', ')}`);
    process.exit(2);
  }
  const stryker = join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js');
  const r = spawnSync(process.execPath, [stryker, 'run', ...strykerArgs], { cwd: root, stdio: 'inherit', env: { ...process.env, STRYKER_FOLDER: folder } });
  if (r.status !== 0) failed++;
  const report = join(root, 'reports/mutation', `${folder === '.' ? 'top' : folder}.json`);
  if (!existsSync(report)) continue;
  const files = Object.entries(JSON.parse(readFileSync(report, 'utf8')).files);
  const sum = tally(files.flatMap(([, f]) => f.mutants));
  lines.push(row(`\`src/core/${folder === '.' ? '*.ts' : folder}\``, sum));
  for (const [path, f] of files.sort(([a], [b]) => a.localeCompare(b))) lines.push(row(`… \`${path.split('/').pop()}\``, tally(f.mutants)));
}
console.log(`\n${lines.join('\n')}`);
process.exit(failed ? 1 : 0);
