/**
 * AS41: a formula cell reads back its value. The emulator computes HYPERLINK labels and
 * arithmetic on number literals; a workbook file brings each formula's cached result; any
 * other formula written in a run fails to read with an error naming it.
 */
import ExcelJS from 'exceljs';
import { Emulator } from '../../emulator/emulator';
import { readXlsx } from '../../emulator/xlsx';
import { setup } from './spreadsheet-helpers';

describe('AS41 formula cells read back a value', () => {
  test('AS41 HYPERLINK reads back its label, with either argument separator; one argument reads the url', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:C1');
    r.setFormulas([['=HYPERLINK("#gid=7&range=B2","Mở ô")', '=hyperlink( "https://example.org" ; "say ""hi""" )', '=HYPERLINK("https://example.org")']]);
    expect(r.getValues()).toEqual([['Mở ô', 'say "hi"', 'https://example.org']]);
    expect(r.getDisplayValues()).toEqual([['Mở ô', 'say "hi"', 'https://example.org']]);
    expect(r.getFormulas()[0][0]).toBe('=HYPERLINK("#gid=7&range=B2","Mở ô")');
  });

  test('AS41 a typed formula string is a formula too (setValues / setValue)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['=HYPERLINK("#gid=0","đi")', '=(1+2)*4-2^3/2']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['đi', 8]]);
    sheet.getRange('C1').setValue('=1/0');
    expect(sheet.getRange('C1').getValue()).toBe('#DIV/0!');
  });

  test('AS41 a formula the emulator cannot compute fails to read, naming the formula and the cell', () => {
    const { sheet } = setup();
    sheet.getRange('B3').setFormula('=SUM(A1:A2)');
    const message = "Emulator: cannot compute the formula =SUM(A1:A2) in 'Sheet1'!B3";
    expect(() => sheet.getRange('A1:C3').getValues()).toThrow(message);
    expect(() => sheet.getRange('B3').getDisplayValue()).toThrow(message);
    expect(sheet.getRange('B3').getFormula()).toBe('=SUM(A1:A2)');
    // Writing a value over it makes the cell readable again.
    sheet.getRange('B3').setValue(3);
    expect(sheet.getRange('B3').getValue()).toBe(3);
  });

  test('AS41 a workbook file gives each formula its cached result; a HYPERLINK without one reads its label', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dữ liệu');
    ws.getCell('A1').value = 5;
    ws.getCell('B1').value = { formula: 'A1*2', result: 10, date1904: false };
    ws.getCell('C1').value = { formula: 'UPPER("ham_my")', result: 'HAM_MY', date1904: false };
    ws.getCell('D1').value = { formula: 'HYPERLINK("#gid=0","Mở ô")', date1904: false };
    const data = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    const emu = new Emulator({ data }).loadCode(`function read() { return SpreadsheetApp.getActive().getSheetByName('Dữ liệu').getRange('A1:D1').getValues(); }`);
    expect(emu.run('read')).toEqual([[5, 10, 'HAM_MY', 'Mở ô']]);
  });
});
