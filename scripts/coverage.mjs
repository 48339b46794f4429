// `npm run coverage`: the whole suite with coverage, the flow tests included. The bundle the
// flow tests run in the emulator's vm is swapped for an instrumented copy (build/coverage/,
// ANTT_BUNDLE), whose counters join jest's own in one record per source file. Writes
// coverage/coverage-summary.json (istanbul json-summary), coverage/coverage-final.json, then prints one row per folder, each folder counting everything
// below it. Extra arguments go to jest (`npm run coverage -- test/flow`). The two test files
// that drive the `antt` CLI in child processes are left out: a child's counters never reach
// jest, and they are the slowest files of the suite.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KINDS = ['lines', 'branches', 'functions', 'statements'];

function run(args, env = {}) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

/** Per folder (recursive) totals of a json-summary: { folder: { lines: {total, covered}, ... } }. */
function byFolder(summary) {
  const folders = new Map();
  for (const [file, counts] of Object.entries(summary)) {
    if (file === 'total') continue;
    const parts = relative(root, file).split(/[\\/]/).slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      const sum = folders.get(folder) ?? Object.fromEntries(KINDS.map((k) => [k, { total: 0, covered: 0 }]));
      for (const k of KINDS) {
        sum[k].total += counts[k].total;
        sum[k].covered += counts[k].covered;
      }
      folders.set(folder, sum);
    }
  }
  return [...folders].sort(([a], [b]) => a.localeCompare(b));
}

const pct = ({ total, covered }) => (total === 0 ? '100.0' : ((100 * covered) / total).toFixed(1));

function table(rows) {
  const head = ['folder', 'lines %', 'branches %', 'functions %', 'statements %', 'lines', 'branches'];
  const body = rows.map(([folder, s]) => [
    folder, ...KINDS.map((k) => pct(s[k])),
    `${s.lines.covered}/${s.lines.total}`, `${s.branches.covered}/${s.branches.total}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-' : '') + '-'.repeat(w) + (i === 0 ? '-' : ':')).join('|')}|`, ...body.map(line)].join('\n');
}

let status = run(['scripts/build.mjs']) || run(['scripts/build.mjs', '--coverage']);
if (status === 0) {
  status = run(
    // Test paths first: jest's array options would swallow them.
    [
      join(root, 'node_modules/jest/bin/jest.js'), ...process.argv.slice(2),
      '--testPathIgnorePatterns', '/node_modules/', 'test/flow/cli\\.test\\.ts', 'test/flow/foreign-xlsx\\.test\\.ts',
      '--coverage', '--coverageReporters=json-summary', '--coverageReporters=json',
    ],
    { ANTT_BUNDLE: join(root, 'build/coverage/Code.js') },
  );
  const summary = JSON.parse(readFileSync(join(root, 'coverage/coverage-summary.json'), 'utf8'));
  console.log(`\n${table([...byFolder(summary), ['all files', summary.total]])}`);
}
process.exit(status);
