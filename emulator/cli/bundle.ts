/**
 * What every command does with the bundle: load a workbook into the emulator with the
 * clock of --today, call one of dist/Code.js's global functions, write the results.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CLI_TEXT } from '../../src/core/messages/cli';
import { withChartImages } from '../charts/embedded';
import type { Document } from '../document/document';
import { Emulator } from '../emulator';
import type { EmuSpreadsheet } from '../spreadsheet';
import type { WorkbookData } from '../workbook-data';
import { DEFAULT_TIME_ZONE, readXlsx, writeXlsx, XlsxReadError } from '../xlsx';
import type { ReportResult } from '../../src/gas/report/create-report';
import { PROTECTION } from '../../src/core/messages';
import { MODEL_COLUMNS, OWNED_SHEETS, SHEETS } from '../../src/core/schema';
import type { DataEntryPolicy } from '../xlsx-sheet-setup';
import { noonOf } from './dates';

const CHECK_HEADER = MODEL_COLUMNS.find((c) => c.key === 'check')?.header ?? '';
import { CliError } from './errors';
import { writeAtomically } from './paths';
import type { Invocation } from './spec';

const BUNDLE = join(__dirname, '..', 'dist', 'Code.js');

/** A result the bundle's endpoints return instead of throwing (unusable workbook, busy, bad date). */
interface BundleRefusal {
  error?: string;
  busy?: string;
  /** Set when the workbook lacks the sheets nothing works without. */
  missing?: string[];
}

function isRefusal(v: unknown): v is BundleRefusal {
  return typeof v === 'object' && v !== null && ('error' in v || 'busy' in v);
}

/**
 * The bundle in the emulator on `data`, the clock at noon of --today (default: now); `user`
 * is who runs it ('' when Apps Script would not tell, `antt confirm` without --as).
 */
export function emulatorFor(data: WorkbookData, today: string | undefined, user?: string): Emulator {
  const timeZone = data.timeZone ?? DEFAULT_TIME_ZONE;
  const emu = new Emulator({ data, now: today ? noonOf(today, timeZone) : Date.now(), timeZone: data.timeZone, ...(user === undefined ? {} : { user }) });
  emu.load(BUNDLE);
  return emu;
}

/**
 * Reads the invocation's FILE.xlsx; an unreadable file is the user's line (exit 2).
 * `cellsOnly` when the command never writes the workbook back: the lean streaming read.
 */
export async function readWorkbook(file: string, cellsOnly = false): Promise<WorkbookData> {
  try {
    return await readXlsx(file, { cellsOnly });
  } catch (e) {
    if (e instanceof XlsxReadError) throw new CliError(e.message);
    throw e;
  }
}

export async function openWorkbook(inv: Invocation, cellsOnly = false): Promise<Emulator> {
  if (inv.file === undefined) throw new Error('openWorkbook: the command declares no FILE');
  return emulatorFor(await readWorkbook(inv.file, cellsOnly), inv.today);
}

/** Runs a global function; a refusal (unusable workbook, bad date) ends with exit 2. */
export function callBundle<T>(emu: Emulator, name: string, ...args: unknown[]): T {
  const result = emu.call(name, args) as T | BundleRefusal;
  if (isRefusal(result)) {
    if (result.busy !== undefined) throw new Error(`${name}: busy in a single-process run: ${result.busy}`);
    throw new CliError(result.missing ? CLI_TEXT.unusableWorkbook(result.missing) : CLI_TEXT.refused(String(result.error)));
  }
  return result as T;
}

/**
 * The unit tabs are for data entry in Excel and LibreOffice too; the add-on's own sheets
 * are read-only. A protection read back from an .xlsx has no description: any protected
 * sheet but the owned ones is then a unit tab.
 */
const DATA_ENTRY: DataEntryPolicy = {
  isDataSheet: (p, sheet) => p.description.startsWith(PROTECTION.unitTab('')) || (p.description === '' && !(OWNED_SHEETS as readonly string[]).includes(sheet.name)),
  lockedHeaders: [CHECK_HEADER],
};

/** Writes the emulated spreadsheet as .xlsx. */
export async function saveWorkbook(emu: Emulator, path: string): Promise<void> {
  const data = withChartImages((emu.spreadsheet as EmuSpreadsheet).toWorkbookData());
  await writeAtomically(path, (tmp) => writeXlsx(data, tmp, { dataEntry: DATA_ENTRY }));
}

/** Writes the Doc the bundle created (found in the emulated Drive by id) as .docx. */
export async function saveReport(emu: Emulator, report: ReportResult, path: string): Promise<void> {
  const record = emu.drive.get(report.id);
  if (!record || record.content.kind !== 'document') throw new Error(`report ${report.id} not found in the emulated Drive`);
  // Page numbers (top centre, none on page 1) as Nghị định 30 asks: an offline extra, since
  // Apps Script cannot insert a page-number field into the Doc (README, "Known limits").
  // Loaded here: docx is needed by `report` alone (about 50 ms of every other command's start).
  const { documentToDocx } = await import('../docx');
  const bytes = await documentToDocx(record.content.document as Document, { pageNumbers: true, creator: report.author });
  await writeAtomically(path, async (tmp) => writeFileSync(tmp, bytes));
  logReportFile(emu, report.url, path);
}

/**
 * Offline, the report is a file, not a Google Doc: `Nhật ký`'s line for it names the file
 * written instead of the emulated Doc's link (edited in the emulated sheet, outside the
 * bundle, which cannot know where the CLI writes).
 */
function logReportFile(emu: Emulator, url: string, path: string): void {
  const log = (emu.spreadsheet as EmuSpreadsheet).getSheetByName(SHEETS.log);
  if (!log) return;
  for (let r = log.values.rows.length - 1; r >= 1; r--) {
    const row = log.values.rows[r];
    const i = row?.findIndex((v) => typeof v === 'string' && v.includes(url)) ?? -1;
    if (row && i >= 0) {
      row[i] = (row[i] as string).replace(url, CLI_TEXT.reportFile(resolve(path)));
      return;
    }
  }
}
