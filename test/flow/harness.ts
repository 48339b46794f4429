/**
 * Flow-test harness: the built bundle (dist/Code.js) in the emulator, driven through its
 * global functions as Apps Script would. Reads of the emulated spreadsheet from the tests go
 * to the unwrapped objects, so they are not counted as service calls of the bundle.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { IssueView, ValidateReport } from '../../src/gas/actions/validate-action';
import { Emulator } from '../../emulator/emulator';
import { buildSampleWithRowsPerTab, buildSampleWorkbook, UNITS } from '../../emulator/sample';
import type { EmuSheet, EmuSpreadsheet } from '../../emulator/spreadsheet';
import type { WorkbookData } from '../../emulator/workbook-data';

export const BUNDLE = join(__dirname, '..', '..', 'dist', 'Code.js');
export const NOW = '2019-04-24T09:00:00+07:00';
export const AS_OF = '2019-04-24';
export const UNIT_TABS: readonly string[] = UNITS.map((u) => u.tabName);
export const CHECK = 'Kiểm tra';

export function emulator(data: WorkbookData = buildSampleWorkbook(), now: string = NOW): Emulator {
  const emu = new Emulator({ now, data });
  emu.load(BUNDLE);
  return emu;
}

export function book(emu: Emulator): EmuSpreadsheet {
  if (!emu.spreadsheet) throw new Error('no bound spreadsheet');
  return emu.spreadsheet;
}

export function sheetOf(emu: Emulator, name: string): EmuSheet {
  const sheet = book(emu).getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The whole used area of a sheet (header = row 0). */
export function valuesOf(emu: Emulator, name: string): unknown[][] {
  const sheet = sheetOf(emu, name);
  if (sheet.getLastRow() === 0) return [];
  return sheet.getDataRange().getValues();
}

export function formulasOf(emu: Emulator, name: string): string[][] {
  const sheet = sheetOf(emu, name);
  if (sheet.getLastRow() === 0) return [];
  return sheet.getDataRange().getFormulas();
}

export function headerOf(emu: Emulator, name: string): string[] {
  return (valuesOf(emu, name)[0] ?? []).map(String);
}

/** Values without the given column (found by header), trailing empty cells trimmed. */
export function withoutColumn(values: unknown[][], header: string): unknown[][] {
  const col = (values[0] ?? []).map(String).indexOf(header);
  const rows = values.map((r) => (col < 0 ? [...r] : r.filter((_, i) => i !== col)));
  return trim(rows.map((r) => r.map(plain)));
}

/** Dates as epoch ms so toEqual compares instants; trailing blank rows/cells dropped. */
function plain(v: unknown): unknown {
  return v instanceof Date ? { date: v.getTime() } : v;
}

function trim(rows: unknown[][]): unknown[][] {
  const out = rows.map((r) => {
    let n = r.length;
    while (n > 0 && r[n - 1] === '') n--;
    return r.slice(0, n);
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

/** Service-call differences of two snapshots, for failure messages. */
export function callDiff(a: Record<string, number>, b: Record<string, number>): string[] {
  const out: string[] = [];
  for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (a[k] !== b[k]) out.push(`${k}: ${a[k] ?? 0} vs ${b[k] ?? 0}`);
  }
  return out;
}

/** Runs `fn` and returns the service calls it made. */
export function measure(emu: Emulator, fn: () => unknown): { total: number; snapshot: Record<string, number> } {
  emu.calls.reset();
  fn();
  return { total: emu.calls.total(), snapshot: emu.calls.snapshot() };
}

/** Asserts equal call totals, printing the per-method difference when they differ. */
export function expectSameCalls(small: { total: number; snapshot: Record<string, number> }, large: { total: number; snapshot: Record<string, number> }): void {
  const diff = callDiff(small.snapshot, large.snapshot);
  expect({ total: large.total, diff }).toEqual({ total: small.total, diff: [] });
}

/** The sample with each unit tab holding exactly `rows` data rows. */
export const sampleWithRowsPerTab = buildSampleWithRowsPerTab;

export type { IssueView };

/** What `validateAll` returns when it ran (the bundle's own type). */
export type ValidateView = ValidateReport;

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export const BIN = join(__dirname, '..', '..', 'bin', 'antt.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the `antt` command as a user would, with its exit code and both outputs. */
export function antt(...args: string[]): CliRun {
  try {
    const stdout = execFileSync(process.execPath, [BIN, ...args], { cwd: join(__dirname, '..', '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number | null; stdout: string; stderr: string };
    return { code: err.status ?? -1, stdout: String(err.stdout), stderr: String(err.stderr) };
  }
}
