/**
 * The exported workbook outside Google Sheets: unit tabs editable except the header and
 * `Kiểm tra`, owned sheets read-only, `#gid=` links as internal links, wrapping and
 * alignment kept, print set-up on every sheet. Read back with exceljs, cell by cell.
 */
import ExcelJS from 'exceljs';
import { writeXlsxBuffer } from '../../emulator/xlsx';
import type { SheetData, WorkbookData } from '../../emulator/workbook-data';

const UNIT = 'Mô hình ANTT – dữ liệu của Hàm Mỹ';
const OWNED = 'Mô hình ANTT – trang do tiện ích ghi, không sửa tay: Lỗi dữ liệu';

function book(): WorkbookData {
  const unitTab: SheetData = {
    name: 'Hàm Mỹ',
    sheetId: 7,
    values: [['Mã mô hình', 'Tên mô hình', 'Kiểm tra'], ['HMY-001', 'Camera', '✓']],
    wraps: [[true, true, true]],
    frozenRows: 1,
    columnWidths: [300, 300, 300],
    columnCount: 5,
    protections: [{ description: UNIT, warningOnly: false, editors: ['a@example.gov.vn'] }],
  };
  const issues: SheetData = {
    name: 'Lỗi dữ liệu',
    sheetId: 9,
    values: [['Nội dung', 'Mở ô', 'Số'], ['Thiếu tên', '', 95]],
    formulas: [['', '', ''], ['', '=HYPERLINK("#gid=7&range=B2","Mở ô")', '']],
    horizontalAlignments: [[null, null, null], [null, null, 'center']],
    frozenRows: 1,
    protections: [{ description: OWNED, warningOnly: true, editors: [] }],
  };
  return { sheets: [unitTab, issues, { name: 'Ghi chú', values: [['x']] }] };
}

async function exported(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await writeXlsxBuffer(book(), {
    dataEntry: { isDataSheet: (p) => p.description.startsWith('Mô hình ANTT – dữ liệu của '), lockedHeaders: ['Kiểm tra'] },
  }) as unknown as ArrayBuffer);
  return wb;
}

function locked(ws: ExcelJS.Worksheet, a1: string): boolean {
  // Excel's default for a cell without its own protection is locked.
  return ws.getCell(a1).protection?.locked !== false;
}

describe('exported workbook', () => {
  test('a unit tab: protected without password, data cells editable (also below the data), header and Kiểm tra locked', async () => {
    const ws = (await exported()).getWorksheet('Hàm Mỹ') as ExcelJS.Worksheet;
    expect((ws as unknown as { sheetProtection: { sheet: boolean; password?: string } }).sheetProtection.sheet).toBe(true);
    expect((ws as unknown as { sheetProtection: { password?: string } }).sheetProtection.password).toBeUndefined();
    expect(locked(ws, 'A2')).toBe(false);
    expect(locked(ws, 'B2')).toBe(false);
    expect(locked(ws, 'C2')).toBe(true);
    expect(locked(ws, 'A1')).toBe(true);
    expect(ws.getColumn(1).protection).toMatchObject({ locked: false });
    expect(ws.getColumn(3).protection).toBeUndefined();
    expect(ws.getColumn(5).protection).toMatchObject({ locked: false });
  });

  test('an owned sheet is read-only; an unprotected sheet stays unprotected', async () => {
    const wb = await exported();
    const issues = wb.getWorksheet('Lỗi dữ liệu') as ExcelJS.Worksheet;
    expect((issues as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(locked(issues, 'A2')).toBe(true);
    expect((wb.getWorksheet('Ghi chú') as unknown as { sheetProtection?: unknown }).sheetProtection).toBeFalsy();
  });

  test('"Mở ô" is an internal link to the cell; wrapping and alignment are kept', async () => {
    const wb = await exported();
    const issues = wb.getWorksheet('Lỗi dữ liệu') as ExcelJS.Worksheet;
    expect(issues.getCell('B2').value).toEqual({ formula: 'HYPERLINK("#\'Hàm Mỹ\'!B2","Mở ô")', result: 'Mở ô' });
    expect(issues.getCell('C2').alignment).toEqual({ horizontal: 'center' });
    expect((wb.getWorksheet('Hàm Mỹ') as ExcelJS.Worksheet).getCell('B1').alignment).toEqual({ wrapText: true });
  });

  test('print set-up: A4, one page wide, the header repeated, landscape for a wide sheet', async () => {
    const wb = await exported();
    const unit = wb.getWorksheet('Hàm Mỹ') as ExcelJS.Worksheet;
    expect(unit.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect((wb.getWorksheet('Ghi chú') as ExcelJS.Worksheet).pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
  });
});
