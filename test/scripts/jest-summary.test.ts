/** `scripts/jest-summary.mjs`: the CI line counts broken suites, and a missing or stale report is never green. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'jest-reports');

function summary(path: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'jest-summary.mjs'), path], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test.each([
  ['all-passed.json', 'jest: 5 passed, 0 failed\n', 0],
  ['failed-test.json', 'jest: 3 passed, 1 failed\n', 1],
  ['import-error.json', 'jest: 1 passed, 1 failed\n', 1],
  ['describe-throw.json', 'jest: 2 passed, 1 failed\n', 1],
  ['after-all-hook.json', 'jest: 2 passed, 1 failed\n', 1],
  ['mixed.json', 'jest: 6 passed, 4 failed\n', 1],
  ['no-tests.json', 'jest: 0 passed, 1 failed\n', 1],
  ['not-a-report.json', 'jest: 0 passed, 1 failed\n', 1],
  ['truncated.json', 'jest: 0 passed, 1 failed\n', 1],
])('%s → %j, exit %d', (file, line, status) => {
  const r = summary(join(FIXTURES, file));
  expect(r.stdout).toBe(line);
  expect(r.status).toBe(status);
});

test('a suite that fails to run is named on stderr with its first message line', () => {
  const r = summary(join(FIXTURES, 'import-error.json'));
  expect(r.stderr).toBe("suite failed to run: /repo/test/flow/import.test.ts: Cannot find module './missing-module' from 'test/flow/import.test.ts'\n");
});

test('no test ran, and success false without a failure, are reported on stderr', () => {
  expect(summary(join(FIXTURES, 'no-tests.json')).stderr).toBe(
    'jest reported failure (success: false) without a failed test\nno test ran\n',
  );
});

test('a missing report (the build failed before jest ran) prints 1 failed and exits 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jest-summary-'));
  try {
    const r = summary(join(dir, 'jest-report.json'));
    expect(r.stdout).toBe('jest: 0 passed, 1 failed\n');
    expect(r.stderr).toContain('missing or unreadable');
    expect(r.status).toBe(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without exactly one argument: usage on stderr, exit 2', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'jest-summary.mjs')], { encoding: 'utf8' });
  expect(r.stderr).toBe('usage: node scripts/jest-summary.mjs REPORT.json\n');
  expect(r.status).toBe(2);
});
