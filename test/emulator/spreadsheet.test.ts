import { expectGasError, setup } from './spreadsheet-helpers';

const ROWS_MISMATCH = (n: number, m: number) => `The number of rows in the data does not match the number of rows in the range. The data has ${n} but the range has ${m}.`;
const COLS_MISMATCH = (n: number, m: number) => `The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${m}.`;

describe('SpreadsheetApp emulator: Apps Script behaviours', () => {
  test('AS08 getRange with zero rows or columns, or outside the sheet', () => {
    const { sheet } = setup();
    expectGasError(() => sheet.getRange(2, 1, 0, 3), 'The number of rows in the range must be at least 1.');
    expectGasError(() => sheet.getRange(2, 1, 3, 0), 'The number of columns in the range must be at least 1.');
    expectGasError(() => sheet.getRange(1000, 1, 2, 1), 'The coordinates of the range are outside the dimensions of the sheet.');
    expectGasError(() => sheet.getRange(1, 27), 'The coordinates of the range are outside the dimensions of the sheet.');
    expectGasError(() => sheet.getRange('A1:AA1'), 'The coordinates of the range are outside the dimensions of the sheet.');
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  test('AS09 empty sheet: last row/column 0, data range A1 with [[""]]', () => {
    const { sheet, calls } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    const data = sheet.getDataRange();
    expect(data.getA1Notation()).toBe('A1');
    expect(data.getValues()).toEqual([['']]);
    sheet.getRange('C5').setValue('x');
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
    expect(calls.get('Sheet.getLastRow')).toBe(2);
  });

  test('AS10 getValues types, formulas and display values', () => {
    const { sheet, app, calls, clock } = setup();
    const when = new Date('2019-04-23T17:00:00Z'); // 24/04/2019 00:00 in Hà Nội time
    sheet.getRange(1, 1, 1, 5).setValues([[12.5, true, when, 'chữ', '']]);
    sheet.getRange('F1').setFormula('=SUM(A1:A3)');
    const row = sheet.getRange(1, 1, 1, 5).getValues()[0];
    expect(row).toEqual([12.5, true, when, 'chữ', '']);
    // AS41: no formula engine for SUM: reading it fails naming the formula, never ''.
    expect(() => sheet.getRange(1, 1, 1, 6).getValues()).toThrow("Emulator: cannot compute the formula =SUM(A1:A3) in 'Sheet1'!F1");
    expect(row[2]).toBeInstanceOf(clock.DateClass); // made in the bundle's realm
    expect((row[2] as Date).getTime()).toBe(when.getTime());
    // The formula's text comes back from getFormulas.
    expect(sheet.getRange(1, 1, 1, 6).getFormulas()[0]).toEqual(['', '', '', '', '', '=SUM(A1:A3)']);
    expect(sheet.getRange(1, 1, 1, 5).getDisplayValues()[0]).toEqual(['12.5', 'TRUE', '24/04/2019', 'chữ', '']);
    sheet.getRange('C1').setNumberFormat('d/m/yyyy');
    expect(sheet.getRange('C1').getDisplayValue()).toBe('24/4/2019');
    // AS37: the cell holds a day, not an instant: another zone shows the same day.
    app.getActiveSpreadsheet().setSpreadsheetTimeZone('UTC');
    expect(sheet.getRange('C1').getDisplayValue()).toBe('24/4/2019');
    sheet.getRange('A1').setNumberFormat('#,##0.00');
    sheet.getRange('A1').setValue(1234.5);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1.234,50');
    expect(calls.get('Range.getValues')).toBe(2);
    expect(calls.get('Range.getDisplayValues')).toBe(1);
    // A returned Date is a copy: mutating it does not change the cell.
    (row[2] as Date).setFullYear(2000);
    // …and after the zone change the same day is UTC midnight (AS37).
    expect((sheet.getRange('C1').getValue() as Date).toISOString()).toBe('2019-04-24T00:00:00.000Z');
  });

  test('AS11 setValues shape mismatch', () => {
    const { sheet } = setup();
    expectGasError(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]]), ROWS_MISMATCH(1, 2));
    expectGasError(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]]), COLS_MISMATCH(1, 2));
    expectGasError(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]]), COLS_MISMATCH(3, 2));
    expect(sheet.getLastRow()).toBe(0);
  });

  test('AS12 strings are parsed as if typed, unless the cell is plain text', () => {
    const { sheet } = setup();
    const inputs = ['=2*3', '0912345678', '1.000', '$2.99', '12%', '-5', 'true', 'FALSE', '24/4/2019', '05/04/2019', '2019-04-24', "'0912", '31/02/2019', '- BCĐ tỉnh', 'Hàm Mỹ'];
    const r = sheet.getRange(1, 1, 1, inputs.length);
    r.setValues([inputs]);
    const v = r.getValues()[0];
    const localMidnight = (iso: string) => new Date(`${iso}T00:00:00+07:00`).getTime();
    expect(v[0]).toBe(6); // AS41: a formula reads back its value
    expect(r.getFormulas()[0][0]).toBe('=2*3');
    expect(v.slice(1, 8)).toEqual([912345678, 1000, 2.99, 0.12, -5, true, false]);
    expect((v[8] as Date).getTime()).toBe(localMidnight('2019-04-24'));
    expect((v[9] as Date).getTime()).toBe(localMidnight('2019-04-05')); // day first in vi_VN
    expect((v[10] as Date).getTime()).toBe(localMidnight('2019-04-24'));
    expect(v.slice(11)).toEqual(['0912', '31/02/2019', '- BCĐ tỉnh', 'Hàm Mỹ']);
    // vi_VN: the comma is the decimal separator.
    sheet.getRange('A2').setValue('1,5');
    expect(sheet.getRange('A2').getValue()).toBe(1.5);

    // Plain text (@) keeps strings as they are; non-strings stay what they are.
    const text = sheet.getRange(3, 1, 1, 4);
    text.setNumberFormat('@');
    text.setValues([['0912345678', '=A1', 'TRUE', 7]]);
    expect(text.getValues()).toEqual([['0912345678', '=A1', 'TRUE', 7]]);
    expect(text.getFormulas()).toEqual([['', '', '', '']]);
  });

  test('AS12 en_US reads month first and comma grouping', () => {
    const { sheet } = setup({ locale: 'en_US' });
    sheet.getRange(1, 1, 1, 2).setValues([['05/04/2019', '1,000']]);
    const [d, n] = sheet.getRange(1, 1, 1, 2).getValues()[0];
    expect((d as Date).getTime()).toBe(new Date('2019-05-04T00:00:00+07:00').getTime());
    expect(n).toBe(1000);
  });

  test('AS13 2-D format setters take the range shape; null resets', () => {
    const { sheet, calls } = setup();
    const r = sheet.getRange(1, 1, 2, 2);
    r.setBackgrounds([['#ff0000', null], [null, '#00ff00']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ffffff'], ['#ffffff', '#00ff00']]);
    r.setFontColors([['#111111', '#222222'], [null, null]]);
    expect(r.getFontColors()[0]).toEqual(['#111111', '#222222']);
    r.setNotes([['a', ''], [null, 'd']]);
    expect(r.getNotes()).toEqual([['a', ''], ['', 'd']]);
    r.setNumberFormats([['@', '0'], ['dd/mm/yyyy', null]]);
    expect(r.getNumberFormats()).toEqual([['@', '0'], ['dd/mm/yyyy', 'General']]);
    r.setFontWeights([['bold', null], [null, 'bold']]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal'], ['normal', 'bold']]);
    r.setBackgrounds([[null, null], [null, null]]);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff'], ['#ffffff', '#ffffff']]);
    expectGasError(() => r.setBackgrounds([['#fff', '#fff']]), ROWS_MISMATCH(1, 2));
    expectGasError(() => r.setNotes([['a'], ['b']]), COLS_MISMATCH(1, 2));
    expectGasError(() => r.setFontColors([['a', 'b', 'c'], ['a', 'b', 'c']]), COLS_MISMATCH(3, 2));
    expectGasError(() => r.setNumberFormats([]), ROWS_MISMATCH(0, 2));
    expectGasError(() => r.setFontWeights([['bold']]), ROWS_MISMATCH(1, 2));
    expect(calls.get('Range.setBackgrounds')).toBe(3);
  });

  test('AS14 data validation: list and range rules, defaults, regions', () => {
    const { app, sheet, spreadsheet, calls } = setup();
    const list = app.newDataValidation().requireValueInList(['Xây dựng mới', 'Nhân rộng']).setHelpText('Chọn').build();
    expect(list.getAllowInvalid()).toBe(true);
    expect(list.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(list.getCriteriaValues()).toEqual([['Xây dựng mới', 'Nhân rộng'], true]);
    const catalog = app.getActiveSpreadsheet().insertSheet('Loại mô hình');
    const source = catalog.getRange('A2:A50');
    const byRange = app.newDataValidation().requireValueInRange(source, false).setAllowInvalid(false).build();
    expect(byRange.getCriteriaType()).toBe('VALUE_IN_RANGE');
    const [rangeArg, dropdown] = byRange.getCriteriaValues() as [{ getA1Notation(): string }, boolean];
    expect(rangeArg.getA1Notation()).toBe('A2:A50');
    expect(dropdown).toBe(false);
    expect(byRange.getAllowInvalid()).toBe(false);

    sheet.setName('Hàm Mỹ');
    // A rule over 100,000 rows is one region, not 100,000 objects.
    sheet.insertRowsAfter(1000, 99_000);
    sheet.getRange(2, 6, 99_999, 1).setDataValidation(list);
    const internal = spreadsheet.getSheetByName('Hàm Mỹ');
    expect(internal?.validations.regions.length).toBe(1);
    expect(sheet.getRange('F50000').getDataValidation()?.getHelpText()).toBe('Chọn');
    expect(sheet.getRange('F1').getDataValidation()).toBeNull();
    // Cutting a hole splits the region; clearing removes it.
    sheet.getRange('F10').setDataValidation(null);
    expect(sheet.getRange(9, 6, 3, 1).getDataValidations().map((l) => l[0] === null)).toEqual([false, true, false]);
    sheet.getRange('F2:F100000').clearDataValidations();
    expect(internal?.validations.regions.length).toBe(0);

    // setDataValidations: equal rules cell by cell merge into rectangles.
    const copy = list.copy().build();
    sheet.getRange(2, 1, 3, 2).setDataValidations([[list, byRange], [copy, byRange], [null, byRange]]);
    expect(internal?.validations.regions.length).toBe(2);
    const got = sheet.getRange(2, 1, 3, 2).getDataValidations();
    expect(got[1][0]?.getCriteriaValues()[0]).toEqual(['Xây dựng mới', 'Nhân rộng']);
    expect(got[2][0]).toBeNull();
    expect(got[2][1]?.getCriteriaType()).toBe('VALUE_IN_RANGE');
    expectGasError(() => sheet.getRange(2, 1, 3, 2).setDataValidations([[list, list]]), ROWS_MISMATCH(1, 3));
    expect(calls.get('DataValidationBuilder.build')).toBe(3);
    expect(calls.get('DataValidation.copy')).toBe(1);
  });

  test('AS15 protections: editors, warning-only, domain edit, types', () => {
    const { app, sheet, ss } = setup({ ownerEmail: 'owner@gmail.com', activeUserEmail: 'user@gmail.com' });
    const p = sheet.protect().setDescription('Do add-on quản lý').setWarningOnly(true);
    expect(sheet.protect()).toBe(p);
    expect(p.isWarningOnly()).toBe(true);
    expect(p.getDescription()).toBe('Do add-on quản lý');
    expect(p.getProtectionType()).toBe(app.ProtectionType.SHEET);
    expect(p.canEdit()).toBe(true);

    const rp = sheet.getRange('A2:U100').protect();
    rp.addEditors(['a@xa.vn', 'b@xa.vn']).addEditor('c@xa.vn');
    rp.removeEditors(['a@xa.vn', 'owner@gmail.com', 'user@gmail.com']);
    rp.removeEditor('c@xa.vn');
    expect(rp.getEditors().map((u) => u.getEmail()).sort()).toEqual(['b@xa.vn', 'owner@gmail.com', 'user@gmail.com']);
    expect(rp.canEdit()).toBe(true);
    expect(rp.getRange().getA1Notation()).toBe('A2:U100');
    expect(rp.getProtectionType()).toBe('RANGE');
    expectGasError(() => rp.setDomainEdit(true), 'You cannot enable domain editing for a spreadsheet owned by a consumer account.');

    expect(ss.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    rp.remove();
    expect(ss.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);

    const work = setup({ ownerEmail: 'admin@huyen.gov.vn' });
    const wp = work.sheet.protect().setDomainEdit(true);
    expect(wp.canDomainEdit()).toBe(true);
  });

  test('AS16 sheet names are unique ignoring case; getSheetByName gives null', () => {
    const { ss, sheet } = setup();
    const units = ss.insertSheet('Đơn vị');
    expect(ss.getActiveSheet().getName()).toBe('Đơn vị');
    expectGasError(() => ss.insertSheet('Đơn vị'), 'A sheet with the name "Đơn vị" already exists. Please enter another name.');
    expectGasError(() => ss.insertSheet('ĐƠN VỊ'), 'A sheet with the name "ĐƠN VỊ" already exists. Please enter another name.');
    expectGasError(() => sheet.setName('đơn vị'), 'A sheet with the name "đơn vị" already exists. Please enter another name.');
    units.setName('Đơn Vị'); // renaming a sheet to itself with other case is fine
    expect(ss.getSheetByName('Không có')).toBeNull();
    expect(ss.getSheetByName('Đơn Vị')?.getSheetId()).toBe(units.getSheetId());
  });

  test('AS17 50,000 characters per cell and 10,000,000 cells per spreadsheet', () => {
    const { sheet, ss } = setup();
    const long = 'x'.repeat(50_001);
    expectGasError(() => sheet.getRange('A1').setValue(long), 'Your input contains more than the maximum of 50000 characters in a single cell.');
    expectGasError(() => sheet.getRange(1, 1, 1, 2).setValues([['ok', long]]), 'Your input contains more than the maximum of 50000 characters in a single cell.');
    expect(sheet.getRange('A1').getValue()).toBe(''); // nothing written by the failed call
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    const cellsLimit = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
    // 26,000 cells now; 384 more columns of 1000 rows stay under, 385 go over.
    sheet.insertColumnsAfter(26, 384);
    expect(sheet.getMaxColumns() * sheet.getMaxRows()).toBe(410_000);
    expectGasError(() => sheet.insertRowsAfter(1000, 23_400), cellsLimit);
    sheet.insertRowsAfter(1000, 23_390);
    expectGasError(() => ss.insertSheet('Thêm'), cellsLimit);
  });

  test('AS18 AS37 time zone of the spreadsheet decides the instant of a date cell, not its day', () => {
    const { ss, sheet } = setup();
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(ss.getSpreadsheetLocale()).toBe('vi_VN');
    sheet.getRange('A1').setValue('24/04/2019');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2019-04-23T17:00:00.000Z');
    ss.setSpreadsheetTimeZone('America/New_York');
    sheet.getRange('A2').setValue('2019-04-24');
    expect((sheet.getRange('A2').getValue() as Date).toISOString()).toBe('2019-04-24T04:00:00.000Z');
    // Sheets keeps the serial day number: 24/04/2019 stays on screen, the instant moves to
    // New York's midnight (AS37).
    expect(sheet.getRange('A1').getDisplayValue()).toBe('24/04/2019');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2019-04-24T04:00:00.000Z');
    // A Date written is stored as the day and time it is in the zone at that moment.
    sheet.getRange('A3').setValue(new Date('2019-04-24T02:30:00Z'));
    expect(sheet.getRange('A3').getDisplayValue()).toBe('23/04/2019 22:30:00');
    ss.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh');
    expect(sheet.getRange('A3').getDisplayValue()).toBe('23/04/2019 22:30:00');
    expect((sheet.getRange('A3').getValue() as Date).toISOString()).toBe('2019-04-23T15:30:00.000Z');
  });
});
