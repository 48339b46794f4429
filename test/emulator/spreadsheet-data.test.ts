import type { WorkbookData } from '../../emulator/workbook-data';
import { setup } from './spreadsheet-helpers';

const launch = new Date('2018-03-01T17:00:00Z');

function sample(): WorkbookData {
  return {
    name: 'Mô hình ANTT',
    timeZone: 'Asia/Ho_Chi_Minh',
    locale: 'vi_VN',
    sheets: [
      { name: 'Loại mô hình', values: [['Tên loại mô hình'], ['Khu dân cư phòng chống tội phạm'], ['Camera an ninh']] },
      {
        name: 'Hàm Mỹ',
        values: [
          ['Mã mô hình', 'Ngày ra mắt', 'Điện thoại', 'Tổng'],
          ['HM-01', launch, '0912345678', 3],
        ],
        formulas: [['', '', '', ''], ['', '', '', '=1+2']],
        numberFormats: [['', '', '@', ''], ['', 'dd/mm/yyyy', '@', '']],
        notes: [['Mã do add-on cấp']],
        backgrounds: [['#eeeeee', '#eeeeee', '#eeeeee', '#eeeeee']],
        fontWeights: [['bold', 'bold', 'bold', 'bold']],
        frozenRows: 1,
        columnWidths: [120, undefined, 90],
        validations: [
          { row: 2, column: 1, numRows: 999, numColumns: 1, rangeA1: "='Loại mô hình'!A2:A", showDropdown: true, allowInvalid: true },
          { row: 2, column: 5, numRows: 999, numColumns: 1, list: ['Có', 'Không'], showDropdown: true, allowInvalid: false, helpText: 'Có/Không' },
        ],
        conditionalRules: [{ ranges: [{ row: 2, column: 1, numRows: 999, numColumns: 4 }], formula: '=LEFT($U2;1)="✗"', background: '#fde0dd' }],
        protections: [{ description: 'Dữ liệu xã', warningOnly: false, editors: ['xa@hammy.vn'] }],
        charts: [
          { type: 'BAR', title: 'Số mô hình', ranges: ["'Loại mô hình'!A1:A3"], anchorRow: 2, anchorColumn: 6, options: { title: 'Số mô hình' } },
        ],
      },
    ],
  };
}

describe('SpreadsheetApp emulator: WorkbookData', () => {
  test('loads values, formulas, formats, validations, protections, rules and charts', () => {
    const { ss, app } = setup({ data: sample() });
    expect(ss.getName()).toBe('Mô hình ANTT');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Loại mô hình', 'Hàm Mỹ']);
    const sheet = ss.getSheetByName('Hàm Mỹ');
    if (!sheet) throw new Error('missing sheet');
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getColumnWidth(1)).toBe(120);
    expect(sheet.getColumnWidth(2)).toBe(100);
    const row = sheet.getRange(2, 1, 1, 4).getValues()[0];
    expect(row[0]).toBe('HM-01');
    expect((row[1] as Date).getTime()).toBe(launch.getTime());
    expect(row[2]).toBe('0912345678');
    // A loaded formula keeps the cached value it came with.
    expect(row[3]).toBe(3);
    expect(sheet.getRange('D2').getFormula()).toBe('=1+2');
    expect(sheet.getRange('B2').getDisplayValue()).toBe('02/03/2018');
    expect(sheet.getRange('A1').getNote()).toBe('Mã do add-on cấp');
    // A value typed into a plain-text cell stays text.
    sheet.getRange('C2').setValue('0987654321');
    expect(sheet.getRange('C2').getValue()).toBe('0987654321');
    sheet.getRange('C2').setValue('0912345678');

    const rule = sheet.getRange('A500').getDataValidation();
    expect(rule?.getCriteriaType()).toBe('VALUE_IN_RANGE');
    const [src] = rule?.getCriteriaValues() as [{ getA1Notation(): string; getSheet(): { getName(): string } }];
    expect(src.getA1Notation()).toBe('A2:A1000');
    expect(src.getSheet().getName()).toBe('Loại mô hình');
    expect(sheet.getRange('E2').getDataValidation()?.getAllowInvalid()).toBe(false);

    const [prot] = sheet.getProtections(app.ProtectionType.SHEET);
    expect(prot.getDescription()).toBe('Dữ liệu xã');
    expect(prot.getEditors().map((u) => u.getEmail()).sort()).toEqual(['owner@example.org', 'xa@hammy.vn']);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A2:D1000');
    const [chart] = sheet.getCharts();
    expect(chart.getOptions().get('title')).toBe('Số mô hình');
    expect(chart.getRanges()[0].getA1Notation()).toBe('A1:A3');
  });

  test('round-trips through toWorkbookData', () => {
    const data = sample();
    const first = setup({ data });
    const out = first.spreadsheet.toWorkbookData();
    const hm = out.sheets[1];
    expect(hm.values).toEqual(data.sheets[1].values);
    expect(hm.formulas).toEqual(data.sheets[1].formulas);
    expect(hm.numberFormats?.[1]).toEqual(['', 'dd/mm/yyyy', '@', '']);
    expect(hm.backgrounds?.[0]).toEqual(['#eeeeee', '#eeeeee', '#eeeeee', '#eeeeee']);
    expect(hm.validations).toEqual([
      { row: 2, column: 1, numRows: 999, numColumns: 1, rangeA1: "='Loại mô hình'!A2:A", showDropdown: true, allowInvalid: true },
      { row: 2, column: 5, numRows: 999, numColumns: 1, list: ['Có', 'Không'], showDropdown: true, allowInvalid: false, helpText: 'Có/Không' },
    ]);
    expect(hm.conditionalRules).toEqual(data.sheets[1].conditionalRules);
    expect(hm.protections?.[0].editors.sort()).toEqual(['owner@example.org', 'xa@hammy.vn']);
    expect(hm.charts?.[0]).toMatchObject({ type: 'BAR', title: 'Số mô hình', ranges: ["'Loại mô hình'!A1:A3"], anchorRow: 2, anchorColumn: 6 });

    const second = setup({ data: out });
    expect(second.spreadsheet.toWorkbookData()).toEqual(out);
  });

  test('exports what the bundle built: validations by range, rules, charts, links', () => {
    const { app, ss, sheet, spreadsheet } = setup();
    sheet.setName('Tổng hợp');
    sheet.getRange(1, 1, 3, 2).setValues([['Loại', 'Số'], ['A', 3], ['B', 5]]);
    const chart = sheet.newChart().setChartType('BAR').addRange(sheet.getRange('A1:B3')).setPosition(5, 4, 0, 0).setOption('title', 'Theo loại').build();
    sheet.insertChart(chart);
    const [placed] = sheet.getCharts();
    expect(placed.getChartId()).not.toBeNull();
    sheet.updateChart(placed.modify().setOption('title', 'Mới').build());
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Mới');
    const rule = app.newConditionalFormatRule().whenTextStartsWith('✗').setBackground('#f4cccc').setFontColor('#990000').setRanges([sheet.getRange('C2:C100')]).build();
    sheet.setConditionalFormatRules([rule, rule.copy().whenFormulaSatisfied('=$B2>4').build()]);
    const errors = ss.insertSheet('Lỗi dữ liệu');
    const link = app.newRichTextValue().setText('Hàm Mỹ!A2').setLinkUrl('#gid=0&range=A2').build();
    errors.getRange(1, 1, 1, 2).setRichTextValues([[link, app.newRichTextValue().setText('=not a formula').build()]]);
    expect(errors.getRange('A1').getRichTextValue().getLinkUrl()).toBe('#gid=0&range=A2');
    expect(errors.getRange('B1').getValue()).toBe('=not a formula');
    errors.getRange('A2').setDataValidation(app.newDataValidation().requireValueInRange(sheet.getRange('A2:A3')).build());

    const extra = sheet.newChart().setChartType('COLUMN').addRange(sheet.getRange('B1:B3')).build();
    sheet.insertChart(extra);
    expect(sheet.getCharts()).toHaveLength(2);
    sheet.removeChart(sheet.getCharts()[1]);

    const out = spreadsheet.toWorkbookData();
    const totals = out.sheets[0];
    expect(totals.charts).toEqual([{ type: 'BAR', title: 'Mới', ranges: ["'Tổng hợp'!A1:B3"], anchorRow: 5, anchorColumn: 4, offsetX: 0, offsetY: 0, options: { title: 'Mới' } }]);
    expect(totals.conditionalRules).toEqual([
      { ranges: [{ row: 2, column: 3, numRows: 99, numColumns: 1 }], formula: '=LEFT(C2,1)="✗"', textStartsWith: '✗', background: '#f4cccc', fontColor: '#990000' },
      { ranges: [{ row: 2, column: 3, numRows: 99, numColumns: 1 }], formula: '=$B2>4', background: '#f4cccc', fontColor: '#990000' },
    ]);
    expect(out.sheets[1].links).toEqual([['#gid=0&range=A2', null]]);
    expect(out.sheets[1].validations?.[0].rangeA1).toBe("='Tổng hợp'!A2:A3");
  });

  test('performance smoke: 100,000 × 21 setValues and getValues', () => {
    const { sheet, calls } = setup();
    const rows = 100_000;
    sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows() + 1);
    const data: unknown[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: unknown[] = [];
      for (let c = 0; c < 21; c++) line.push(c === 6 ? '24/4/2019' : c === 10 ? '0912345678' : c === 8 ? r : `Ô ${r}-${c}`);
      data.push(line);
    }
    const range = sheet.getRange(2, 1, rows, 21);
    range.setValues(data);
    const back = range.getValues();
    expect(back).toHaveLength(rows);
    expect(back[rows - 1][8]).toBe(rows - 1);
    expect(back[5][6]).toBeInstanceOf(Date);
    expect(back[5][10]).toBe(912345678);
    expect(sheet.getLastRow()).toBe(rows + 1);
    expect(sheet.getDataRange().getNumColumns()).toBe(21);
    expect(calls.get('Range.setValues')).toBe(1);
    expect(calls.get('Range.getValues')).toBe(1);
  });
});
