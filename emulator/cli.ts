/**
 * `antt`: the offline runtime's command line (product.md, "Command-line contract"). Every
 * command loads dist/Code.js into the emulator and calls the bundle's global functions, as
 * Apps Script would; none calls the core modules directly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Emulator } from './emulator';
import { buildSampleWorkbook, SAMPLE_EXPECTED } from './sample';
import { readXlsx, writeXlsx, XlsxReadError } from './xlsx';
import type { WorkbookData } from './workbook-data';
import type { EmuSpreadsheet } from './spreadsheet';
import { documentToDocx } from './docx';
import { withChartImages } from './charts/embedded';
import type { Document } from './document/document';
// The bundle's result types: the CLI reads exactly what Apps Script's callers receive.
import type { ValidateReport } from '../src/gas/actions/validate-action';
import type { TotalsReport } from '../src/gas/actions/totals-action';
import type { ReportResult } from '../src/gas/report/create-report';

const BUNDLE = join(__dirname, '..', 'dist', 'Code.js');

const HELP = `antt — mô hình "Tự phòng, tự quản" ngoại tuyến / offline runtime of the Sheets add-on

Usage:
  antt demo [--out DIR]                                   sample → DIR/workbook.xlsx, DIR/report.docx
  antt validate FILE.xlsx [--today D] [--json] [--out OUT.xlsx]
  antt totals FILE.xlsx [--as-of D] [--from D] [--json]
  antt report FILE.xlsx --out R.docx [--as-of D] [--from D]
  antt --help

Dates D are YYYY-MM-DD. Exit codes: 0 ok; 1 validation errors found; 2 unusable input.`;

/** A one-line Vietnamese + English error and exit code 2 (unusable input). */
class UsageError extends Error {}

interface BundleError {
  error: string;
  /** Set when the workbook lacks the sheets nothing works without. */
  missing?: string[];
}

function isBundleError(v: unknown): v is BundleError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** Noon of day D in Vietnam: the clock for `--today D`. */
function noonOf(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new UsageError(`Ngày không hợp lệ: ${day} (cần YYYY-MM-DD) / invalid date: ${day} (expected YYYY-MM-DD)`);
  return `${day}T12:00:00+07:00`;
}

function emulatorFor(data: WorkbookData, now?: string): Emulator {
  const emu = new Emulator({ data, now: now ?? Date.now(), timeZone: data.timeZone });
  emu.load(BUNDLE);
  return emu;
}

async function open(file: string | undefined, now?: string): Promise<Emulator> {
  if (!file) throw new UsageError('Thiếu tên tệp .xlsx / missing FILE.xlsx argument');
  return emulatorFor(await readXlsx(file), now);
}

/** Runs a global function; a result `{ error }` (unusable workbook, bad date) ends with exit 2. */
function call<T>(emu: Emulator, name: string, ...args: unknown[]): T {
  const result = emu.call(name, args) as T | BundleError;
  if (isBundleError(result)) {
    const english = result.missing ? ` / unusable workbook, missing sheet(s): ${result.missing.join(', ')}` : '';
    throw new UsageError(`${result.error}${english}`);
  }
  return result as T;
}

async function save(emu: Emulator, path: string): Promise<void> {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  await writeXlsx(withChartImages((emu.spreadsheet as EmuSpreadsheet).toWorkbookData()), path);
}




/** Writes the Doc the bundle created (found in the emulated Drive by id) as .docx. */
async function saveReport(emu: Emulator, report: ReportResult, path: string): Promise<void> {
  const record = emu.drive.get(report.id);
  if (!record || record.content.kind !== 'document') throw new Error(`report ${report.id} not found in the emulated Drive`);
  mkdirSync(dirname(resolve(path)), { recursive: true });
  // Page numbers (top centre, none on page 1) as Nghị định 30 asks: an offline extra, since
  // Apps Script cannot insert a page-number field into the Doc (README, "Known limits").
  writeFileSync(path, await documentToDocx(record.content.document as Document, { pageNumbers: true }));
}

async function reportCommand(file: string | undefined, opts: { out?: string; asOf?: string; from?: string }): Promise<number> {
  if (!opts.out) throw new UsageError('Thiếu --out R.docx / missing --out R.docx');
  if (opts.asOf) noonOf(opts.asOf);
  if (opts.from) noonOf(opts.from);
  const emu = await open(file);
  const report = call<ReportResult>(emu, 'makeReport', opts.asOf, opts.from);
  await saveReport(emu, report, opts.out);
  for (const w of report.warnings) console.error(w);
  console.log(`${report.name}\nĐã ghi / written: ${opts.out}`);
  return 0;
}

async function demo(out: string): Promise<number> {
  const emu = emulatorFor(buildSampleWorkbook(), `${SAMPLE_EXPECTED.asOf}T09:00:00+07:00`);
  emu.run('onOpen', { authMode: 'LIMITED' });
  const setup = call<{ message: string }>(emu, 'menuSetup');
  console.log(`Thiết lập: ${setup.message}`);
  const check = call<ValidateReport>(emu, 'validateAll');
  console.log(`Kiểm tra: ${check.errors} lỗi, ${check.warnings} cảnh báo`);
  for (const u of check.byUnit) console.log(`  ${u.unit}: ${u.errors} lỗi, ${u.warnings} cảnh báo`);
  const totals = call<TotalsReport>(emu, 'updateTotals', SAMPLE_EXPECTED.asOf);
  console.log(`Tổng hợp đến ${SAMPLE_EXPECTED.asOf}: ${totals.line}`);
  const report = call<ReportResult>(emu, 'makeReport', SAMPLE_EXPECTED.asOf);
  const docx = join(out, 'report.docx');
  await saveReport(emu, report, docx);
  console.log(`Báo cáo: ${report.name}`);
  console.log(`Đã ghi / written: ${docx}`);
  const workbook = join(out, 'workbook.xlsx');
  await save(emu, workbook);
  console.log(`Đã ghi / written: ${workbook}`);
  return 0;
}

async function validate(file: string | undefined, opts: { today?: string; json?: boolean; out?: string }): Promise<number> {
  const emu = await open(file, opts.today ? noonOf(opts.today) : undefined);
  const result = call<ValidateReport>(emu, 'validateAll');
  if (opts.json) {
    console.log(JSON.stringify({ issues: result.issues.map(({ sheet, row, column, code, severity, message }) => ({ sheet, row, column, code, severity, message })) }, null, 2));
  } else {
    for (const i of result.issues) console.log(`${i.severity}\t${i.code}\t${i.sheet}${i.row === null ? '' : `!${i.row}`}\t${i.column}\t${i.message}`);
    console.log(`${result.errors} lỗi, ${result.warnings} cảnh báo / ${result.errors} errors, ${result.warnings} warnings`);
  }
  if (opts.out) await save(emu, opts.out);
  return result.errors > 0 ? 1 : 0;
}

async function totals(file: string | undefined, opts: { asOf?: string; from?: string; json?: boolean }): Promise<number> {
  if (opts.asOf) noonOf(opts.asOf);
  if (opts.from) noonOf(opts.from);
  const emu = await open(file);
  const result = call<TotalsReport>(emu, 'getTotals', opts.asOf, opts.from);
  if (opts.json) console.log(JSON.stringify(result.totals, null, 2));
  else printTotals(result);
  return 0;
}

function printTotals(result: TotalsReport): void {
  console.log(result.line);
  const t = result.totals;
  console.log(`Kỳ / period: ${t.from} → ${t.asOf}`);
  const width = Math.max(...t.units.map((u) => u.name.length), 6);
  console.log(`${'Đơn vị'.padEnd(width)}  điểm  loại  dòng lỗi`);
  for (const u of t.units) console.log(`${u.name.padEnd(width)}  ${String(u.sites).padStart(4)}  ${String(u.types).padStart(4)}  ${String(u.invalidRows).padStart(8)}`);
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      outbox: { type: 'string' },
      state: { type: 'string' },
      today: { type: 'string' },
      'as-of': { type: 'string' },
      from: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, file] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return 0;
  }
  switch (command) {
    case 'demo':
      return demo(values.out ?? 'out/demo');
    case 'validate':
      return validate(file, { today: values.today, json: values.json, out: values.out });
    case 'totals':
      return totals(file, { asOf: values['as-of'], from: values.from, json: values.json });
    case 'report':
      return reportCommand(file, { out: values.out, asOf: values['as-of'], from: values.from });
    default:
      throw new UsageError(`Lệnh không hỗ trợ: ${command} / unknown command: ${command} (antt --help)`);
  }
}

export function run(argv: string[]): void {
  // `antt … | head` closes the pipe early: stop quietly, as command-line tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof UsageError || e instanceof XlsxReadError) {
        console.error(e.message);
        process.exitCode = 2;
      } else if (e instanceof TypeError && String((e as { code?: string }).code).startsWith('ERR_PARSE_ARGS')) {
        console.error(`Tham số không hợp lệ / invalid arguments: ${e.message}`);
        process.exitCode = 2;
      } else {
        throw e;
      }
    },
  );
}

if (require.main === module) run(process.argv.slice(2));
