/** The live check (`onEdit` simple trigger) through the bundle. */
import type { Emulator } from '../../emulator/emulator';
import type { EmuSheet } from '../../emulator/spreadsheet';
import { SHEETS } from '../../src/core/schema';
import { book, CHECK, emulator, sampleWithRowsPerTab, sheetOf, valuesOf } from './harness';

const TAB = 'Hàm Mỹ';
const SENTINEL = 'chưa kiểm tra';
/** Services a simple trigger may not use (they need authorisation). */
const AUTHORISED = /^(DocumentApp|DriveApp|Drive|MailApp|GmailApp|UrlFetchApp|ScriptApp|Document|File|Folder)\./;

function col(sheet: EmuSheet, header: string): number {
  const i = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String).indexOf(header);
  if (i < 0) throw new Error(`${sheet.getName()}: no column ${header}`);
  return i + 1;
}

/** Fills the whole Kiểm tra column (data rows) with a sentinel, to see which cells the check rewrites. */
function markAll(sheet: EmuSheet): void {
  const rows = sheet.getLastRow() - 1;
  sheet.getRange(2, col(sheet, CHECK), rows, 1).setValues(Array.from({ length: rows }, () => [SENTINEL]));
}

function checkColumn(sheet: EmuSheet): string[] {
  return sheet.getRange(2, col(sheet, CHECK), sheet.getLastRow() - 1, 1).getValues().map((r) => String(r[0]));
}

function onEdit(emu: Emulator, range: ReturnType<EmuSheet['getRange']>, value?: unknown): void {
  const event: Record<string, unknown> = { range, source: book(emu) };
  if (value !== undefined) event.value = value;
  emu.runSimpleTrigger('onEdit', event);
}

describe('onEdit of one cell', () => {
  let emu: Emulator;
  let sheet: EmuSheet;
  beforeAll(() => {
    emu = emulator();
    emu.run('menuSetup');
    sheet = sheetOf(emu, TAB);
    markAll(sheet);
    const cell = sheet.getRange(5, col(sheet, 'Hình thức'));
    cell.setValue('Xay dung moi');
    emu.calls.reset();
    onEdit(emu, cell, 'Xay dung moi');
  });

  test('re-checks only the edited row', () => {
    const after = checkColumn(sheet);
    const changed = after.map((v, i) => (v === SENTINEL ? null : i + 2)).filter((r) => r !== null);
    expect(changed).toEqual([5]);
    expect(after[5 - 2]).toMatch(/^✗/);
    expect(after[5 - 2]).toContain('Xay dung moi');
  });

  test('runs in LIMITED mode with no service that needs authorisation', () => {
    const used = Object.keys(emu.calls.snapshot());
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((k) => AUTHORISED.test(k))).toEqual([]);
    expect(emu.calls.get('Range.setValues')).toBe(1);
  });

  test('a fix turns the row back to ✓ or ⚠', () => {
    const cell = sheet.getRange(5, col(sheet, 'Hình thức'));
    cell.setValue('Nhân rộng');
    onEdit(emu, cell, 'Nhân rộng');
    expect(checkColumn(sheet)[5 - 2]).toMatch(/^[✓⚠]/);
  });
});

describe('onEdit of a 5,000-row paste (no e.value)', () => {
  test('updates exactly the pasted rows, with a bounded number of calls', () => {
    const emu = emulator(sampleWithRowsPerTab(5_100));
    emu.run('menuSetup');
    const sheet = sheetOf(emu, TAB);
    markAll(sheet);
    const first = 40;
    const pasted = sheet.getRange(first, 1, 5_000, col(sheet, 'Ghi chú'));
    pasted.setValues(pasted.getValues()); // the paste: same shape, written in one go
    emu.calls.reset();
    onEdit(emu, pasted);
    const after = checkColumn(sheet);
    const changed = after.map((v, i) => (v === SENTINEL ? 0 : i + 2)).filter((r) => r > 0);
    expect(changed).toHaveLength(5_000);
    expect(changed[0]).toBe(first);
    expect(changed.at(-1)).toBe(first + 4_999);
    expect(after.slice(first - 2, first - 2 + 5_000).every((v) => /^[✓⚠✗]/.test(v))).toBe(true);
    expect(emu.calls.get('Range.setValues')).toBe(1);
    expect(emu.calls.total()).toBeLessThan(60);
    expect(Object.keys(emu.calls.snapshot()).filter((k) => AUTHORISED.test(k))).toEqual([]);
  });
});

describe('onEdit outside unit tabs', () => {
  test('editing a catalog sheet changes nothing', () => {
    const emu = emulator();
    emu.run('menuSetup');
    emu.run('validateAll');
    const catalog = sheetOf(emu, SHEETS.types);
    const cell = catalog.getRange(2, 1);
    cell.setValue('Loại mới');
    const snapshot = () => book(emu).getSheets().map((s) => ({ name: s.getName(), values: valuesOf(emu, s.getName()) }));
    const before = snapshot();
    emu.calls.reset();
    onEdit(emu, cell, 'Loại mới');
    expect(snapshot()).toEqual(before);
    expect(emu.calls.get('Range.setValues') + emu.calls.get('Range.setValue')).toBe(0);
  });

  test('finds a catalog sheet renamed in another case or spacing, as the full check does', () => {
    const emu = emulator();
    emu.run('menuSetup');
    sheetOf(emu, SHEETS.types).setName(' loại  MÔ hình ');
    emu.run('validateAll');
    const sheet = sheetOf(emu, TAB);
    const full = checkColumn(sheet);
    const row = full.findIndex((c) => c === '✓') + 2;
    expect(row).toBeGreaterThan(1);
    markAll(sheet);
    const cell = sheet.getRange(row, col(sheet, 'Loại mô hình'));
    onEdit(emu, cell, cell.getValue());
    expect(checkColumn(sheet)[row - 2]).toBe('✓');
  });

  test('editing the Kiểm tra column itself does not rewrite it', () => {
    const emu = emulator();
    emu.run('menuSetup');
    const sheet = sheetOf(emu, TAB);
    markAll(sheet);
    const cell = sheet.getRange(3, col(sheet, CHECK));
    emu.calls.reset();
    onEdit(emu, cell, SENTINEL);
    expect(checkColumn(sheet).every((v) => v === SENTINEL)).toBe(true);
  });
});
