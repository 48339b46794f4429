/**
 * AS41 through dist/Code.js: the HYPERLINK formulas the add-on writes in `Lỗi dữ liệu` read
 * back their label (as on Sheets), keep it as the cached result in an exported file, and the
 * add-on runs again on that file without meeting an unreadable formula.
 */
import { SHEETS } from '../../src/core/schema';
import { exportWorkbook } from '../../emulator/spreadsheet';
import { readXlsx, writeXlsxBuffer } from '../../emulator/xlsx';
import { book, emulator, formulasOf, valuesOf } from './harness';

function linkColumn(values: unknown[][], formulas: string[][]): { value: unknown; formula: string }[] {
  const col = values[0].map(String).indexOf('Mở ô');
  expect(col).toBeGreaterThan(0);
  return values.slice(1).map((row, i) => ({ value: row[col], formula: formulas[i + 1][col] }));
}

describe('AS41 the add-on\'s HYPERLINK cells read back their label', () => {
  test('AS41 Lỗi dữ liệu links read "Mở ô" in the sheet and after an xlsx round trip', async () => {
    const emu = emulator();
    emu.run('menuSetup');
    emu.run('validateAll');
    const links = linkColumn(valuesOf(emu, SHEETS.issues), formulasOf(emu, SHEETS.issues));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).toEqual({ value: 'Mở ô', formula: expect.stringMatching(/^=HYPERLINK\("#gid=\d+&range=[A-Z]+\d+","Mở ô"\)$/) });

    const data = await readXlsx(new Uint8Array(await writeXlsxBuffer(exportWorkbook(book(emu)))));
    const again = emulator(data);
    // The file's links point inside the workbook (`#'Tab'!K8`); the cached label comes back.
    const loaded = linkColumn(valuesOf(again, SHEETS.issues), formulasOf(again, SHEETS.issues));
    expect(loaded.map((l) => l.value)).toEqual(links.map((l) => l.value));
    for (const l of loaded) expect(l.formula).toMatch(/^=HYPERLINK\(".+","Mở ô"\)$/);
    again.run('validateAll');
    expect(linkColumn(valuesOf(again, SHEETS.issues), formulasOf(again, SHEETS.issues))).toEqual(links);
  });
});
