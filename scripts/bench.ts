/**
 * `npm run bench`: the offline runtime as a user runs it. Each action is a fresh process
 * (`node bin/antt.js …`), run BENCH_RUNS times (default 3): wall time min and median, peak
 * RSS. The baseline is a plain read-only exceljs pass over the same file. Sizes are the
 * sample ×11 (≈ 1,000 rows), ×106 (≈ 10,000) and ×1053 (≈ 100,000); BENCH_FACTORS overrides.
 * Writes docs/bench.json (the README's table is made from it) and prints the table; sizes not
 * run this time (BENCH_FACTORS=1053 runs only ≈ 100,000 rows) keep their earlier results, each
 * result saying when it was measured and how loaded the machine was (1-minute load average).
 * Service calls per action: `npm run bench:calls`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildLargeSample, SAMPLE_EXPECTED } from '../emulator/sample';
import type { WorkbookData } from '../emulator/workbook-data';
import { writeXlsx } from '../emulator/xlsx';

const ROOT = join(__dirname, '..');
const FACTORS = (process.env.BENCH_FACTORS ?? '11,106,1053').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const OUT = process.env.BENCH_OUT ?? join(ROOT, 'docs', 'bench.json');
const DAY = SAMPLE_EXPECTED.asOf;

interface Measure {
  action: string;
  rows: number;
  fileMB: number;
  runs: number;
  minS: number;
  medianS: number;
  peakRssMB: number;
  exit: number;
  measured?: string;
  loadAverage?: number;
}

function dataRows(data: WorkbookData): number {
  return data.sheets.filter((s) => !['Cấu hình', 'Đơn vị', 'Loại mô hình', 'Khen thưởng'].includes(s.name)).reduce((n, s) => n + s.values.length - 1, 0);
}

/** One fresh process: wall seconds, peak RSS (MB) and exit code. */
function once(args: string[], dir: string): { s: number; rssMB: number; exit: number } {
  const rssFile = join(dir, 'rss');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', join(ROOT, 'scripts', 'bench-rss.cjs'), ...args], {
    cwd: ROOT, env: { ...process.env, BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26,
  });
  const s = (performance.now() - t0) / 1000;
  return { s, rssMB: Number(readFileSync(rssFile, 'utf8')) / 1024, exit: r.status ?? -1 };
}

function measure(action: string, args: string[], rows: number, file: string, dir: string): Measure {
  const runs = Array.from({ length: RUNS }, () => once(args, dir));
  const times = runs.map((r) => r.s).sort((a, b) => a - b);
  return {
    action, rows, fileMB: Math.round(statSync(file).size / 1e5) / 10, runs: RUNS,
    minS: Math.round(times[0] * 100) / 100, medianS: Math.round(times[Math.floor(times.length / 2)] * 100) / 100,
    peakRssMB: Math.round(Math.max(...runs.map((r) => r.rssMB))), exit: runs[0].exit,
    measured: new Date().toISOString().slice(0, 16).replace('T', ' '), loadAverage: Math.round(loadavg()[0] * 10) / 10,
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'antt-bench-'));
  const bin = join(ROOT, 'bin', 'antt.js');
  const results: Measure[] = [];
  try {
    for (const factor of FACTORS) {
      const file = join(dir, `sample-x${factor}.xlsx`);
      const data = buildLargeSample(factor);
      const rows = dataRows(data);
      await writeXlsx(data, file);
      const actions: [string, string[]][] = [
        ['plain exceljs read (baseline)', [join(ROOT, 'scripts', 'bench-plain-read.cjs'), file]],
        ['antt validate', [bin, 'validate', file, '--json', '--today', DAY]],
        ['antt validate --out', [bin, 'validate', file, '--today', DAY, '--out', join(dir, 'out.xlsx')]],
        ['antt totals', [bin, 'totals', file, '--json', '--today', DAY]],
        ['antt report', [bin, 'report', file, '--today', DAY, '--out', join(dir, 'r.docx')]],
      ];
      for (const [action, args] of actions) {
        const m = measure(action, args, rows, file, dir);
        results.push(m);
        console.error(`${rows} rows, ${action}: min ${m.minS} s, median ${m.medianS} s, peak RSS ${m.peakRssMB} MB (exit ${m.exit})`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const sizes = new Set(results.map((m) => m.rows));
  const earlier: Measure[] = existsSync(OUT) ? (JSON.parse(readFileSync(OUT, 'utf8')) as { results: Measure[] }).results : [];
  const kept = earlier.filter((m) => !sizes.has(m.rows));
  const all = [...kept, ...results].sort((a, b) => a.rows - b.rows);
  writeFileSync(OUT, `${JSON.stringify({ machine: `${process.platform} ${process.arch}, node ${process.version}`, runs: RUNS, results: all }, null, 2)}\n`);
  console.log('| rows | action | min s | median s | peak RSS MB | exit |\n| --- | --- | --- | --- | --- | --- |');
  for (const m of all) console.log(`| ${m.rows.toLocaleString('en-US')} | ${m.action} | ${m.minS} | ${m.medianS} | ${m.peakRssMB} | ${m.exit} |`);
}

void main();
