/**
 * writeXlsx (exceljs's streaming writer) and writeXlsxBuffer (the whole-workbook writer) make
 * the same workbook: every cell with its style and protection, and each sheet's validations,
 * conditional formats, protection, widths, frozen panes and print set-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildSampleWorkbook } from '../../emulator/sample';
import type { WorkbookData } from '../../emulator/workbook-data';
import { writeXlsx, writeXlsxBuffer, type WriteXlsxOptions } from '../../emulator/xlsx';

type Json = Record<string, unknown>;

function sheetModel(ws: ExcelJS.Worksheet): Json {
  const cells: Json[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => {
    cells.push({ a: c.address, v: c.value, f: c.numFmt, p: c.protection, b: c.font?.bold, fill: c.fill, al: c.alignment });
  }));
  const m = ws as unknown as { dataValidations: { model: Json }; conditionalFormattings: unknown; sheetProtection: unknown };
  return {
    name: ws.name, state: ws.state, views: (ws.views ?? []).map((v) => ({ state: v.state, xSplit: (v as Json).xSplit, ySplit: (v as Json).ySplit })),
    page: { paperSize: ws.pageSetup.paperSize, orientation: ws.pageSetup.orientation, fitToWidth: ws.pageSetup.fitToWidth, fitToHeight: ws.pageSetup.fitToHeight, titles: ws.pageSetup.printTitlesRow },
    widths: (ws.columns ?? []).map((c) => c.width), validations: m.dataValidations.model, rules: m.conditionalFormattings,
    protection: m.sheetProtection, cells,
  };
}

async function models(bytes: Buffer | string): Promise<{ sheets: Json[]; names: unknown }> {
  const wb = new ExcelJS.Workbook();
  if (typeof bytes === 'string') await wb.xlsx.readFile(bytes);
  else await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { sheets: wb.worksheets.map(sheetModel), names: (wb.definedNames as unknown as { model: unknown }).model };
}

describe('writeXlsx streams the same workbook writeXlsxBuffer builds', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'antt-xlsx-stream-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function same(data: WorkbookData, options: WriteXlsxOptions): Promise<{ sheets: Json[]; names: unknown }> {
    const file = join(dir, 'out.xlsx');
    await writeXlsx(data, file, options);
    const streamed = await models(file);
    expect(streamed).toEqual(await models(await writeXlsxBuffer(data, options)));
    return streamed;
  }

  test('the sample, unit tabs for data entry', async () => {
    const streamed = await same(buildSampleWorkbook(), {
      dataEntry: { isDataSheet: () => true, lockedHeaders: ['Kiểm tra'] },
    });
    // What is compared is there: every sheet, their cells.
    expect(streamed.sheets.length).toBeGreaterThan(5);
    expect(streamed.sheets.every((s) => (s.cells as Json[]).length > 0)).toBe(true);
  });

  test('frozen rows, widths, a long list on the hidden list sheet, a conditional format and protection', async () => {
    const list = Array.from({ length: 40 }, (_, i) => `Mục số ${i + 1}, dài`);
    const streamed = await same({
      sheets: [{
        name: 'Hàm Mỹ', values: [['Mã', 'Loại', 'Kiểm tra'], ['M1', 'Mục số 1, dài', '✗ lỗi']], frozenRows: 1, columnWidths: [120, 200, 90],
        validations: [{ row: 2, column: 2, numRows: 10, numColumns: 1, list, showDropdown: true, allowInvalid: false }],
        conditionalRules: [{ ranges: [{ row: 2, column: 1, numRows: 10, numColumns: 3 }], formula: '=LEFT($C2;1)="✗"', background: '#f4cccc' }],
        protections: [{ description: '', warningOnly: false, editors: [] }],
        wraps: [[null, null, true]], fontWeights: [['bold', 'bold', 'bold']],
      }],
    }, { dataEntry: { isDataSheet: () => true, lockedHeaders: ['Kiểm tra'] } });
    expect(streamed.sheets.map((s) => s.name)).toEqual(['Hàm Mỹ', 'Danh sách chọn']);
    const [tab] = streamed.sheets;
    expect(tab.page).toEqual({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0, titles: '1:1' });
    expect(Object.keys(tab.validations as Json)).toHaveLength(10);
    expect(tab.rules).toHaveLength(1);
    expect(tab.protection).toEqual(expect.objectContaining({ sheet: true }));
    expect(tab.views).toEqual([{ state: 'frozen', xSplit: 0, ySplit: 1 }]);
  });
});
