/**
 * `npm run bench:calls`: speed and service calls of each action at growing sizes, in the emulator,
 * through dist/Code.js exactly as Apps Script runs it; plus the pure core alone. Prints a
 * table: the service calls must stay flat as rows grow; rows per second is the throughput.
 */
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { Emulator } from '../emulator/emulator';
import { buildLargeSample, largeSampleFactorFor, SAMPLE_EXPECTED } from '../emulator/sample';
import type { WorkbookData } from '../emulator/workbook-data';
import type { EmuSpreadsheet } from '../emulator/spreadsheet';
import { readWorkbook } from '../src/core/workbook';
import { validateWorkbook } from '../src/core/validate';
import { computeTotals } from '../src/core/totals';
import type { RawWorkbook } from '../src/core/raw';

const BUNDLE = join(__dirname, '..', 'dist', 'Code.js');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);

interface Row {
  rows: number;
  action: string;
  calls: number;
  ms: number;
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

function dataRows(data: WorkbookData): number {
  return data.sheets.filter((s) => !['Cấu hình', 'Đơn vị', 'Loại mô hình', 'Khen thưởng'].includes(s.name)).reduce((n, s) => n + s.values.length - 1, 0);
}

function benchBundle(data: WorkbookData, rows: number): Row[] {
  const emu = new Emulator({ data, now: `${SAMPLE_EXPECTED.asOf}T09:00:00+07:00` });
  emu.load(BUNDLE);
  const out: Row[] = [];
  const step = (action: string, fn: () => unknown, stepRows = rows) => {
    emu.calls.reset();
    const { ms } = timed(fn);
    out.push({ rows: stepRows, action, calls: emu.calls.total(), ms });
  };
  step('set-up (menuSetup)', () => emu.run('menuSetup'));
  step('full check (validateAll)', () => emu.run('validateAll'));
  step('totals (updateTotals)', () => emu.call('updateTotals', [SAMPLE_EXPECTED.asOf]));
  step('report (makeReport)', () => emu.call('makeReport', [SAMPLE_EXPECTED.asOf]));
  // The live check of a paste into the largest tab (capped at 5,000 rows), as onEdit sees it.
  const book = emu.spreadsheet as EmuSpreadsheet;
  const tab = book.getSheetByName('Hàm Mỹ')!;
  const pasted = tab.getRange(2, 1, Math.min(5_000, tab.getLastRow() - 1), tab.getLastColumn());
  step('live check (onEdit paste)', () => emu.runSimpleTrigger('onEdit', { range: pasted, source: book }), pasted.getNumRows());
  return out;
}

/** The pure core alone: the first (cold, JIT warming up) run and the best of three more. */
function benchCore(data: WorkbookData, rows: number): Row[] {
  const raw: RawWorkbook = { sheets: data.sheets.map((s) => ({ name: s.name, values: s.values })) };
  const ctx = { today: SAMPLE_EXPECTED.asOf, tzOffsets: [420] };
  const once = () => {
    const check = timed(() => validateWorkbook(readWorkbook(raw, ctx), ctx));
    const workbook = readWorkbook(raw, ctx);
    const totals = timed(() => computeTotals({ workbook, validation: check.value, asOf: SAMPLE_EXPECTED.asOf, from: SAMPLE_EXPECTED.from }));
    return { check: check.ms, totals: totals.ms };
  };
  const cold = once();
  const warm = [once(), once(), once()];
  const best = (k: 'check' | 'totals') => Math.min(...warm.map((w) => w[k]));
  return [
    { rows, action: 'core: read + validate, cold', calls: 0, ms: cold.check },
    { rows, action: 'core: read + validate, warm', calls: 0, ms: best('check') },
    { rows, action: 'core: totals, warm', calls: 0, ms: best('totals') },
  ];
}

const results: Row[] = [];
const memory: string[] = [];
for (const size of SIZES) {
  const data = buildLargeSample(largeSampleFactorFor(size));
  const rows = dataRows(data);
  results.push(...benchCore(data, rows), ...benchBundle(data, rows));
  // Peak-ish memory of a size: the workbook, the emulator's copy and every action's output.
  const { heapUsed, rss } = process.memoryUsage();
  memory.push(`${rows} rows: heap ${Math.round(heapUsed / 1e6)} MB, rss ${Math.round(rss / 1e6)} MB`);
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`${'rows'.padStart(8)}  ${'action'.padEnd(30)} ${pad('calls', 7)} ${pad('ms', 9)} ${pad('µs/row', 8)} ${pad('rows/s', 10)}`);
for (const r of results) {
  const perRow = (r.ms * 1000) / r.rows;
  const rate = r.ms > 0 ? Math.round(r.rows / (r.ms / 1000)) : Infinity;
  console.log(`${pad(r.rows, 8)}  ${r.action.padEnd(30)} ${pad(r.calls, 7)} ${pad(r.ms.toFixed(1), 9)} ${pad(perRow.toFixed(2), 8)} ${pad(rate, 10)}`);
}
for (const line of memory) console.log(`memory after ${line}`);
