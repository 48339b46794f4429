/**
 * The lean read (readXlsx with cellsOnly, exceljs's streaming reader) gives the bundle the
 * same cells as the whole-workbook read, whatever order the package's parts come in.
 */
import { buildSampleWorkbook } from '../../emulator/sample';
import { readXlsx, writeXlsxBuffer } from '../../emulator/xlsx';
import { handXlsx, worksheetXml, XLSX_STYLE } from '../fixtures/hand-xlsx';

describe('readXlsx cellsOnly', () => {
  test('the sample as exceljs writes it: same sheets, values, formulas and number formats as the whole read', async () => {
    const bytes = await writeXlsxBuffer(buildSampleWorkbook());
    const whole = await readXlsx(bytes);
    const lean = await readXlsx(bytes, { cellsOnly: true });
    expect(lean.sheets.map((s) => s.name)).toEqual(whole.sheets.map((s) => s.name));
    for (const [i, s] of lean.sheets.entries()) {
      const w = whole.sheets[i];
      expect({ name: s.name, values: s.values, formulas: s.formulas, formats: s.numberFormats, bold: s.fontWeights })
        .toEqual({ name: w.name, values: w.values, formulas: w.formulas, formats: w.numberFormats, bold: w.fontWeights });
    }
  });

  test('a package without shared strings, sheets before styles: every sheet read, dates and gaps kept', async () => {
    const bytes = await handXlsx([
      ['Một', worksheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="3"><c r="B3"><v>2</v></c></row>')],
      ['Hai', worksheetXml(`<row r="1"><c r="A1" s="${XLSX_STYLE.date}"><v>43579</v></c></row>`)],
      ['Ba', worksheetXml('<row r="2"><c r="C2" t="inlineStr"><is><t>Hàm Mỹ</t></is></c></row>')],
    ]);
    const lean = await readXlsx(bytes, { cellsOnly: true });
    expect(lean.sheets.map((s) => [s.name, s.values])).toEqual([
      ['Một', [['x', ''], ['', ''], ['', 2]]],
      ['Hai', [[new Date('2019-04-24T00:00:00+07:00')]]],
      ['Ba', [['', '', ''], ['', '', 'Hàm Mỹ']]],
    ]);
  });

  test('a worksheet part cut short is a damaged file, not an empty sheet', async () => {
    const bytes = await handXlsx([['Một', '<worksheet><sheetData><row r="1"><c r="A1"']]);
    await expect(readXlsx(bytes, { cellsOnly: true })).rejects.toThrow('damaged file or not an Excel workbook (xl/worksheets/sheet1.xml is cut short)');
  });
});
