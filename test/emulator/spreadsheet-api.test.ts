import { setup } from './spreadsheet-helpers';

describe('SpreadsheetApp emulator: plain API', () => {
  test('spreadsheet: ids, sheets, active sheet, A1 with sheet names, toasts, moving', () => {
    const { app, ss, clock, spreadsheet, calls } = setup({ id: 'abc', name: 'Sổ' });
    expect(ss.getId()).toBe('abc');
    expect(ss.getUrl()).toBe('https://docs.google.com/spreadsheets/d/abc/edit');
    expect(app.getActive().getName()).toBe('Sổ');
    expect(app.getUi()).toEqual({ kind: 'ui' });
    const a = ss.insertSheet('Đơn vị');
    const b = ss.insertSheet('Cấu hình', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Cấu hình', 'Sheet1', 'Đơn vị']);
    expect(b.getIndex()).toBe(1);
    a.activate();
    expect(app.getActiveSheet().getName()).toBe('Đơn vị');
    ss.moveActiveSheet(1);
    expect(ss.getSheets()[0].getName()).toBe('Đơn vị');
    ss.setActiveSheet(b);
    expect(ss.getActiveSheet().getName()).toBe('Cấu hình');
    a.getRange('B2').setValue(5);
    expect(ss.getRange("'Đơn vị'!B2").getValue()).toBe(5);
    expect(ss.getRange('Sheet1!A1:B2').getA1Notation()).toBe('A1:B2');
    expect(a.getParent().getId()).toBe('abc');
    ss.deleteSheet(ss.getSheetByName('Sheet1') as NonNullable<ReturnType<typeof ss.getSheetByName>>);
    expect(ss.getSheets()).toHaveLength(2);
    clock.advance(1000);
    ss.toast('Đã cập nhật', 'ANTT', 3);
    ss.toast('Xong');
    expect(spreadsheet.toasts).toEqual([
      { message: 'Đã cập nhật', title: 'ANTT', timeoutSeconds: 3, at: clock.now() },
      { message: 'Xong', title: '', timeoutSeconds: 5, at: clock.now() },
    ]);
    app.flush();
    expect(calls.get('Spreadsheet.toast')).toBe(2);
    expect(calls.get('SpreadsheetApp.flush')).toBe(1);
  });

  test('sheet: rows and columns, appendRow, clearing, frozen rows, widths, hiding', () => {
    const { sheet, ss } = setup();
    sheet.getRange(1, 1, 3, 3).setValues([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    sheet.getRange('A2:C2').setBackground('#ff0000');
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A4').getValue()).toBe(4);
    expect(sheet.getRange('A4').getBackground()).toBe('#ff0000');
    sheet.deleteRows(2, 2);
    expect(sheet.getRange(1, 1, 3, 1).getValues()).toEqual([[1], [4], [7]]);
    sheet.insertColumnAfter(1);
    expect(sheet.getRange(1, 1, 1, 4).getValues()).toEqual([[1, '', 2, 3]]);
    sheet.deleteColumn(2);
    sheet.insertColumnsAfter(3, 2);
    sheet.deleteColumns(4, 2);
    expect(sheet.getMaxColumns()).toBe(26);
    sheet.appendRow(['a', 'b']);
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getRange('A4').getValue()).toBe('a');
    // appendRow grows a full sheet.
    const small = ss.insertSheet('Nhỏ');
    small.deleteRows(3, 998);
    small.getRange('A2').setValue('x');
    small.appendRow(['y']);
    expect(small.getMaxRows()).toBe(3);
    expect(small.getRange('A3').getValue()).toBe('y');

    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getFrozenColumns()).toBe(2);
    sheet.setColumnWidths(1, 3, 150).setColumnWidth(2, 80);
    expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([150, 80, 150, 100]);
    sheet.setTabColor('#00ff00');
    small.hideSheet();
    expect(small.isSheetHidden()).toBe(true);
    small.showSheet();

    sheet.getRange('A1').setNote('n');
    sheet.clearContents();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1').getNote()).toBe('n');
    expect(sheet.getRange('A2').getBackground()).toBe('#ff0000');
    sheet.clearFormats();
    expect(sheet.getRange('A2').getBackground()).toBe('#ffffff');
    sheet.clearNotes();
    expect(sheet.getRange('A1').getNote()).toBe('');
    sheet.getRange('B2').setValue(1);
    sheet.clear();
    expect(sheet.getRange('B2').isBlank()).toBe(true);
  });

  test('range: geometry, offset, formulas, formats, clearing, merge, rich text', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2:D5');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([2, 2, 4, 3, 5, 4]);
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:E6');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(r.getSheet().getName()).toBe('Sheet1');
    expect(r.isBlank()).toBe(true);
    r.setValue(0);
    expect(r.getValues()).toEqual(new Array(4).fill([0, 0, 0]));
    r.setFormulas([['=1', '', '=2'], ['', '', ''], ['', '', ''], ['', '', '=3']]);
    expect(r.getFormulas()[0]).toEqual(['=1', '', '=2']);
    // AS41: a formula reads back its value; an empty formula clears the cell.
    expect(r.getValues()[0]).toEqual([1, '', 2]);
    expect(r.getValues()[1]).toEqual(['', '', '']);
    r.setFormula('=ROW()');
    expect(r.getFormula()).toBe('=ROW()');
    r.setValues([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]);
    expect(r.getFormulas()[0]).toEqual(['', '', '']);
    r.setFontWeight('bold').setFontColor('#123456').setHorizontalAlignment('center').setVerticalAlignment('middle').setWrap(true).setFontSize(11).setFontStyle('italic');
    expect(r.getFontWeight()).toBe('bold');
    expect(r.getFontColor()).toBe('#123456');
    r.setNumberFormat('0.0');
    expect(r.getDisplayValue()).toBe('1,0');
    r.clearFormat();
    expect(r.getFontWeights()[0]).toEqual(['normal', 'normal', 'normal']);
    r.setNote('ghi chú');
    r.clearNote();
    expect(r.getNote()).toBe('');
    r.merge();
    r.breakApart();
    r.clearContent();
    expect(r.isBlank()).toBe(true);
    r.setValue('x');
    r.clear();
    expect(r.isBlank()).toBe(true);
    r.activate();
    expect(sheet.getActiveRange().getA1Notation()).toBe('B2:D5');
    // Writing a value clears the cell's link.
    const rt = sheet.getRange('A1').setRichTextValue(r.getRichTextValue().copy().setText('đi').setLinkUrl(0, 2, 'https://x').build());
    expect(rt.getRichTextValues()[0][0].getText()).toBe('đi');
    expect(rt.getRichTextValue().getLinkUrl()).toBe('https://x');
    rt.setValue('khác');
    expect(rt.getRichTextValue().getLinkUrl()).toBeNull();
  });

  test('boundary: every call counted once, internals not counted', () => {
    const { sheet, calls } = setup();
    const r = sheet.getRange(1, 1, 10, 3);
    r.setValues(Array.from({ length: 10 }, () => ['a', 'b', 'c']));
    r.getValues();
    r.getValues();
    sheet.getDataRange().getDisplayValues();
    expect(calls.snapshot()).toEqual({
      'Range.getDisplayValues': 1,
      'Range.getValues': 2,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 1,
      'SpreadsheetApp.getActiveSheet': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
  });
});
