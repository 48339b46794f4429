/**
 * `antt remind --state S.json`: what the real workbook and Google would keep between two
 * daily runs and an .xlsx given again does not: the reminder lines of `Nhật ký` (the send
 * log) and the script and document properties. Confirmations stay in the workbook.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { LOG_ACTIONS } from '../../src/core/messages';
import { LOG_COLUMNS, SHEETS } from '../../src/core/schema';
import { CLI_TEXT } from '../../src/core/messages/cli';
import type { Emulator } from '../emulator';
import type { EmuSpreadsheet } from '../spreadsheet';
import { CliError } from './errors';

export interface RemindState {
  /** `Nhật ký` reminder lines: ISO time, then action, unit, user, result as shown. */
  log: [string, string, string, string, string][];
  properties: { script: Record<string, string>; document: Record<string, string> };
}

const EMPTY: RemindState = { log: [], properties: { script: {}, document: {} } };

function isState(v: unknown): v is RemindState {
  const s = v as RemindState;
  return typeof s === 'object' && s !== null && Array.isArray(s.log) && s.log.every((r) => Array.isArray(r) && r.length === 5 && r.every((c) => typeof c === 'string'))
    && typeof s.properties === 'object' && s.properties !== null;
}

/** The state file, or an empty state when it does not exist yet; a damaged one is the user's line. */
export function loadState(path: string): RemindState {
  if (!existsSync(path)) return EMPTY;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new CliError(CLI_TEXT.badState(path));
  }
  if (!isState(parsed)) throw new CliError(CLI_TEXT.badState(path));
  return parsed;
}

function book(emu: Emulator): EmuSpreadsheet {
  return emu.spreadsheet as EmuSpreadsheet;
}

/** Puts the carried send log into `Nhật ký` and the properties into their stores, before the run. */
export function restoreState(emu: Emulator, state: RemindState): void {
  emu.properties.script.setProperties(state.properties.script ?? {});
  emu.properties.document?.setProperties(state.properties.document ?? {});
  if (state.log.length === 0) return;
  const ss = book(emu);
  const sheet = ss.getSheetByName(SHEETS.log) ?? ss.addSheet(SHEETS.log);
  if (sheet.getLastRow() === 0) sheet.getRange(1, 1, 1, LOG_COLUMNS.length).setValues([[...LOG_COLUMNS]]);
  const rows = state.log.map(([time, ...rest]) => [new Date(time), ...rest.map((t) => (t === '' ? '' : `'${t}`))]);
  sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, LOG_COLUMNS.length).setValues(rows);
}

/** The reminder lines of `Nhật ký` and the properties, after the run. */
export function snapshotState(emu: Emulator): RemindState {
  const sheet = book(emu).getSheetByName(SHEETS.log);
  const values = sheet && sheet.getLastRow() > 0 ? sheet.getDataRange().getValues() : [];
  const log = values.slice(1).filter((r) => r[1] === LOG_ACTIONS.remind).map((r) => {
    const t = r[0];
    return [t instanceof Date ? t.toISOString() : String(t), ...r.slice(1, 5).map(String)] as RemindState['log'][number];
  });
  return { log, properties: { script: emu.properties.script.getProperties(), document: emu.properties.document?.getProperties() ?? {} } };
}

export function saveState(path: string, state: RemindState): void {
  writeFileSync(path, `${JSON.stringify(state, null, 2)}\n`);
}
