/** The live check (`onEdit`) through the bundle, at its edges: what it must leave alone. */
import type { Emulator } from '../../emulator/emulator';
import type { EmuSheet } from '../../emulator/spreadsheet';
import { book, emulator, sheetOf } from './harness';

const TAB = 'Hàm Mỹ';
const MARK = 'chưa kiểm tra';

function header(sheet: EmuSheet): string[] {
  return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
}

function col(sheet: EmuSheet, name: string): number {
  return header(sheet).indexOf(name) + 1;
}

/** Set-up, then every Kiểm tra cell of the tab marked, to see which ones the check rewrites. */
function setUp(): { emu: Emulator; sheet: EmuSheet } {
  const emu = emulator();
  emu.run('menuSetup');
  const sheet = sheetOf(emu, TAB);
  const rows = sheet.getLastRow() - 1;
  sheet.getRange(2, col(sheet, 'Kiểm tra'), rows, 1).setValues(Array.from({ length: rows }, () => [MARK]));
  return { emu, sheet };
}

const checkCells = (sheet: EmuSheet): string[] =>
  sheet.getRange(2, col(sheet, 'Kiểm tra'), sheet.getLastRow() - 1, 1).getValues().map((r) => String(r[0]));

function onEdit(emu: Emulator, event: Record<string, unknown>): void {
  emu.runSimpleTrigger('onEdit', { source: book(emu), ...event });
}

test('an edit of the header row only: no cell rewritten', () => {
  const { emu, sheet } = setUp();
  onEdit(emu, { range: sheet.getRange(1, 1, 1, 3) });
  expect(new Set(checkCells(sheet))).toEqual(new Set([MARK]));
});

test('an event without a range (as some add-on calls send): nothing happens, no error', () => {
  const { emu, sheet } = setUp();
  expect(() => onEdit(emu, {})).not.toThrow();
  expect(new Set(checkCells(sheet))).toEqual(new Set([MARK]));
});

test('a row the user emptied: its Kiểm tra cell is cleared, the rows around it untouched', () => {
  const { emu, sheet } = setUp();
  const width = col(sheet, 'Kiểm tra') - 1;
  const row = sheet.getRange(4, 1, 1, sheet.getLastColumn());
  sheet.getRange(4, 1, 1, width).clearContent();
  onEdit(emu, { range: row });
  expect(checkCells(sheet).slice(0, 4)).toEqual([MARK, MARK, '', MARK]);
});

test('a paste reaching past the last row: only the rows that exist are checked', () => {
  const { emu, sheet } = setUp();
  const last = sheet.getLastRow();
  onEdit(emu, { range: sheet.getRange(last - 1, 1, 10, 3) });
  const cells = checkCells(sheet);
  expect(cells.slice(0, -2).every((c) => c === MARK)).toBe(true);
  expect(cells.slice(-2).map((c) => /^[✓⚠✗]/.test(c))).toEqual([true, true]);
  expect(sheet.getLastRow()).toBe(last);
});

test('while another run holds the document lock: nothing written (the full check rewrites the column anyway)', () => {
  const { emu, sheet } = setUp();
  emu.locks.holdByOther(true);
  onEdit(emu, { range: sheet.getRange(3, col(sheet, 'Hình thức')) });
  expect(new Set(checkCells(sheet))).toEqual(new Set([MARK]));
});

test('a unit tab whose Kiểm tra column was deleted: the live check writes nothing', () => {
  const { emu, sheet } = setUp();
  sheet.deleteColumn(col(sheet, 'Kiểm tra'));
  const before = sheet.getDataRange().getValues();
  onEdit(emu, { range: sheet.getRange(3, col(sheet, 'Hình thức')) });
  expect(sheet.getDataRange().getValues()).toEqual(before);
});
