// CI summary: `node scripts/jest-summary.mjs REPORT.json` prints `jest: N passed, N failed` from
// jest's `--json` report. "failed" counts failed tests plus suites that failed without a failed
// test (an import error, a throw at describe level, a failing hook): jest reports those with no
// test at all, so counting tests alone would print "0 failed" for a broken file.
// Exit 1 when anything failed, when jest itself reported failure, when no test ran, or when the
// report is missing or unreadable (then the line is `jest: 0 passed, 1 failed`, so a stale or
// absent report can never look green).
import { readFileSync } from 'node:fs';

/** Counts of a parsed jest JSON report, or a reason it cannot be trusted. */
function summarise(report) {
  if (!report || typeof report !== 'object' || !Array.isArray(report.testResults) ||
    typeof report.numPassedTests !== 'number' || typeof report.numFailedTests !== 'number') {
    return { error: 'not a jest --json report (no testResults / numPassedTests / numFailedTests)' };
  }
  const brokenSuites = report.testResults.filter(
    (s) => s.status === 'failed' && !(s.assertionResults ?? []).some((a) => a.status === 'failed'),
  );
  const failed = report.numFailedTests + brokenSuites.length;
  const notes = brokenSuites.map((s) => `suite failed to run: ${s.name}: ${firstLine(s.message ?? s.testExecError?.message ?? '')}`);
  if (failed === 0 && report.success === false) notes.push('jest reported failure (success: false) without a failed test');
  if (report.numPassedTests + failed === 0) notes.push('no test ran');
  return { passed: report.numPassedTests, failed, notes, ok: notes.length === 0 && failed === 0 };
}

function firstLine(message) {
  return message.replace(/^\s*●\s*Test suite failed to run\s*/, '').trim().split('\n')[0].trim();
}

function main(path) {
  let report;
  try {
    report = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return fail(`jest report ${path} missing or unreadable: ${e.message}`);
  }
  const s = summarise(report);
  if (s.error) return fail(`jest report ${path}: ${s.error}`);
  for (const note of s.notes) console.error(note);
  // A run that cannot be trusted (jest failed without a failed test, no test ran) never prints
  // "0 failed".
  console.log(`jest: ${s.passed} passed, ${s.ok ? 0 : Math.max(s.failed, 1)} failed`);
  return s.ok ? 0 : 1;
}

function fail(reason) {
  console.error(reason);
  console.log('jest: 0 passed, 1 failed');
  return 1;
}

if (process.argv.length !== 3) {
  console.error('usage: node scripts/jest-summary.mjs REPORT.json');
  process.exit(2);
}
process.exit(main(process.argv[2]));
