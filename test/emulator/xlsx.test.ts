/**
 * .xlsx in and out: round trips through exceljs, files written by other programs (a
 * hand-built minimal package; LibreOffice when installed), and unusable input.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { readXlsx, writeXlsx, writeXlsxBuffer, XlsxReadError, LIST_SHEET } from '../../emulator/xlsx';
import { buildSampleWorkbook, localDate } from '../../emulator/sample';
import type { DataCell, SheetData, WorkbookData } from '../../emulator/workbook-data';
import { handXlsx, worksheetXml, XLSX_STYLE } from '../fixtures/hand-xlsx';

/** 1×1 red PNG. */
const PNG = Uint8Array.from(Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'));

function sheetOf(wb: WorkbookData, name: string): SheetData {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Dates compared by instant, everything else as is. */
function comparable(values: DataCell[][]): unknown[][] {
  return values.map((r) => r.map((v) => (v instanceof Date ? { date: v.toISOString() } : v)));
}

const NFD_NAME = 'Hàm Thuận Nam'.normalize('NFD');

function demoWorkbook(): WorkbookData {
  const header = ['Tên', 'Ngày', 'Điện thoại', 'Số', 'Đúng', 'Tổng'];
  return {
    name: 'Thử nghiệm',
    timeZone: 'Asia/Ho_Chi_Minh',
    sheets: [
      {
        name: 'Dữ liệu',
        values: [
          header,
          ['Khu dân cư phòng chống tội phạm', localDate('2019-04-24'), '0912345678', 3.5, true, 7],
          [NFD_NAME, localDate('2019-01-01'), '', 42, false, 84],
          ['', '', '0252 3867 215', 0, '', ''],
          ['Cuối', new Date(Date.UTC(2019, 3, 24, 3, 30)), '', -1.25, '', ''],
        ],
        formulas: [
          ['', '', '', '', '', ''],
          ['', '', '', '', '', '=D2*2'],
          ['', '', '', '', '', '=D3*2'],
          ['', '', '', '', '', ''],
          ['', '', '', '', '', ''],
        ],
        numberFormats: [
          ['', '', '', '', '', ''],
          ['', 'dd/mm/yyyy', '@', '0.00', '', '0'],
          ['', 'dd/mm/yyyy', '@', '0.00', '', '0'],
          ['', '', '@', '', '', ''],
        ],
        notes: [['Tên mô hình', '', '', '', '', '']],
        backgrounds: [['#d9ead3', '#d9ead3', null, null, null, null]],
        fontWeights: [['bold', 'bold', 'bold', 'bold', 'bold', 'bold']],
        frozenRows: 1,
        frozenColumns: 1,
        columnWidths: [300, 110, undefined, 75],
        validations: [
          { row: 2, column: 5, numRows: 999, numColumns: 1, list: ['Có', 'Không'], showDropdown: true, allowInvalid: false, helpText: 'Chọn Có hoặc Không' },
          { row: 2, column: 1, numRows: 999, numColumns: 1, rangeA1: "='Loại mô hình'!A2:A", showDropdown: true, allowInvalid: true },
          // Commas inside items and > 255 characters: Excel needs a range.
          { row: 2, column: 3, numRows: 10, numColumns: 2, list: ['Khu dân cư không có tội phạm, ma túy, tệ nạn xã hội', 'x'.repeat(300)], showDropdown: true, allowInvalid: false },
        ],
        conditionalRules: [
          { ranges: [{ row: 2, column: 1, numRows: 999, numColumns: 6 }], formula: '=LEFT($F2;1)="✗"', background: '#f4cccc', fontColor: '#990000' },
        ],
        images: [{ row: 7, column: 2, png: PNG, width: 320, height: 200 }],
      },
      { name: 'Loại mô hình', values: [['Tên loại mô hình'], ['Camera an ninh phòng, chống tội phạm']] },
      { name: 'Nhật ký', values: [['Thời gian']], hidden: true, protections: [{ description: 'Sheet của add-on', warningOnly: false, editors: [] }] },
      { name: 'Tổng hợp', values: [['Chỉ tiêu']], protections: [{ description: 'Chỉ cảnh báo', warningOnly: true, editors: [] }] },
      { name: 'Trống', values: [] },
    ],
  };
}

describe('writeXlsx → readXlsx round trip', () => {
  let back: WorkbookData;
  let data: WorkbookData;
  beforeAll(async () => {
    data = demoWorkbook();
    back = await readXlsx(await writeXlsxBuffer(data));
  });

  test('values: text (NFC), leading-zero phone text, dates (same day in Asia/Ho_Chi_Minh), numbers, booleans, empty cells', () => {
    const s = sheetOf(back, 'Dữ liệu');
    const expected = demoWorkbook().sheets[0].values.map((r) => r.map((v) => (typeof v === 'string' ? v.normalize('NFC') : v)));
    expect(comparable(s.values)).toEqual(comparable(expected));
    expect(s.values[1][2]).toBe('0912345678');
    expect(s.values[2][0]).toBe('Hàm Thuận Nam'.normalize('NFC'));
    const d = s.values[1][1] as Date;
    expect(new Date(d.getTime() + 7 * 3600e3).toISOString().slice(0, 10)).toBe('2019-04-24');
  });

  test('formulas and number formats', () => {
    const s = sheetOf(back, 'Dữ liệu');
    expect(s.formulas?.[1][5]).toBe('=D2*2');
    expect(s.formulas?.[2][5]).toBe('=D3*2');
    expect(s.formulas?.[1][0]).toBe('');
    expect(s.numberFormats?.[1][2]).toBe('@');
    expect(s.numberFormats?.[1][1]).toBe('dd/mm/yyyy');
    expect(s.numberFormats?.[3][2]).toBe('@');
    // A date without a format gets dd/mm/yyyy, or a time when it is not local midnight.
    expect(s.numberFormats?.[4][1]).toBe('dd/mm/yyyy hh:mm:ss');
  });

  test('formatting: bold header, backgrounds, notes, frozen panes, column widths', () => {
    const s = sheetOf(back, 'Dữ liệu');
    expect(s.fontWeights?.[0]).toEqual(['bold', 'bold', 'bold', 'bold', 'bold', 'bold']);
    expect(s.backgrounds?.[0].slice(0, 2)).toEqual(['#d9ead3', '#d9ead3']);
    expect(s.notes?.[0][0]).toBe('Tên mô hình');
    expect(s.frozenRows).toBe(1);
    expect(s.frozenColumns).toBe(1);
    expect(s.columnWidths?.[0]).toBe(300);
    expect(s.columnWidths?.[1]).toBe(110);
    expect(s.columnWidths?.[3]).toBe(75);
  });

  test('list validations, range validations and long lists through a hidden list sheet', () => {
    const s = sheetOf(back, 'Dữ liệu');
    const v = s.validations ?? [];
    const yesNo = v.find((x) => x.column === 5);
    expect(yesNo).toMatchObject({ row: 2, numRows: 999, numColumns: 1, list: ['Có', 'Không'], allowInvalid: false, helpText: 'Chọn Có hoặc Không' });
    const types = v.find((x) => x.column === 1);
    expect(types).toMatchObject({ row: 2, numRows: 999, rangeA1: "='Loại mô hình'!A2:A1048576", allowInvalid: true });
    const long = v.find((x) => x.column === 3);
    expect(long).toMatchObject({ row: 2, numRows: 10, numColumns: 2 });
    expect(long?.rangeA1).toMatch(/^='Danh sách chọn'!A1:A2$/);
    const lists = sheetOf(back, LIST_SHEET);
    expect(lists.hidden).toBe(true);
    expect(lists.values.map((r) => r[0])).toEqual(['Khu dân cư không có tội phạm, ma túy, tệ nạn xã hội', 'x'.repeat(300)]);
  });

  test('conditional formats, images, hidden sheets, protection, empty sheets', () => {
    const s = sheetOf(back, 'Dữ liệu');
    expect(s.conditionalRules).toEqual([
      { ranges: [{ row: 2, column: 1, numRows: 999, numColumns: 6 }], formula: '=LEFT($F2,1)="✗"', background: '#f4cccc', fontColor: '#990000' },
    ]);
    expect(s.images).toHaveLength(1);
    expect(s.images?.[0]).toMatchObject({ row: 7, column: 2, width: 320, height: 200 });
    expect(Buffer.from(s.images?.[0].png ?? []).equals(Buffer.from(PNG))).toBe(true);
    expect(sheetOf(back, 'Nhật ký').hidden).toBe(true);
    expect(sheetOf(back, 'Nhật ký').protections).toEqual([{ description: '', warningOnly: false, editors: [] }]);
    // Warning-only protection is a protection without password: lifted on purpose, as a Sheets warning is.
    expect(sheetOf(back, 'Tổng hợp').protections).toEqual([{ description: '', warningOnly: false, editors: [] }]);
    expect(sheetOf(back, 'Tổng hợp').values).toEqual([['Chỉ tiêu']]);
    expect(sheetOf(back, 'Trống').values).toEqual([]);
    expect(back.name).toBe('Thử nghiệm');
    expect(back.sheets.map((x) => x.name)).toEqual(['Dữ liệu', 'Loại mô hình', 'Nhật ký', 'Tổng hợp', 'Trống', LIST_SHEET]);
  });

  test('the sample workbook survives a file round trip', async () => {
    const sample = buildSampleWorkbook();
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
    try {
      const path = join(dir, 'mau.xlsx');
      await writeXlsx(sample, path);
      const read = await readXlsx(path);
      expect(read.sheets.map((s) => s.name)).toEqual(sample.sheets.map((s) => s.name));
      for (const s of sample.sheets) {
        const r = sheetOf(read, s.name);
        expect(comparable(r.values)).toEqual(comparable(s.values));
        expect(r.frozenRows).toBe(s.frozenRows);
      }
      const hamMy = sheetOf(read, 'Hàm Mỹ');
      const phoneCol = hamMy.values[0].indexOf('Điện thoại');
      expect(hamMy.numberFormats?.[1][phoneCol]).toBe('@');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('reading in another zone moves the instant, not the day shown', async () => {
    const utc = await readXlsx(await writeXlsxBuffer(demoWorkbook()), { timeZone: 'UTC' });
    expect((sheetOf(utc, 'Dữ liệu').values[1][1] as Date).toISOString()).toBe('2019-04-24T00:00:00.000Z');
  });
});

/** A minimal package as other writers make it: inline strings, no sharedStrings part, built-in and custom date styles. */
async function handBuiltXlsx(): Promise<Buffer> {
  const inline = (ref: string, text: string, s = 0) => `<c r="${ref}" t="inlineStr" s="${s}"><is><t>${text}</t></is></c>`;
  // Styles: 1 = built-in date (14), 2 = text (@), 3 = custom dd/mm/yyyy (test/fixtures/hand-xlsx.ts).
  return handXlsx([['Đơn vị'.normalize('NFD'), worksheetXml(`
<row r="1">${inline('A1', 'Tên')}${inline('B1', 'Ngày')}${inline('C1', 'Điện thoại')}${inline('D1', 'Số')}${inline('E1', 'Đúng')}${inline('F1', 'Tổng')}</row>
<row r="2">${inline('A2', 'Hàm Mỹ'.normalize('NFD'))}<c r="B2" s="1"><v>43579</v></c>${inline('C2', '0912345678', 2)}<c r="D2"><v>42</v></c><c r="E2" t="b"><v>1</v></c><c r="F2"><f>D2*2</f><v>84</v></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><r><t xml:space="preserve">Tân </t></r><r><rPr><b/></rPr><t>Lập</t></r></is></c><c r="B4" s="3"><v>42234</v></c><c r="D4" t="e"><v>#N/A</v></c></row>
`)]]);
}

describe('reading files not written by exceljs', () => {
  test('a minimal package with inline strings and date styles', async () => {
    const wb = await readXlsx(await handBuiltXlsx());
    expect(wb.sheets).toHaveLength(1);
    const s = wb.sheets[0];
    expect(s.name).toBe('Đơn vị'.normalize('NFC'));
    expect(s.values[0]).toEqual(['Tên', 'Ngày', 'Điện thoại', 'Số', 'Đúng', 'Tổng']);
    expect(s.values[1][0]).toBe('Hàm Mỹ'.normalize('NFC'));
    expect((s.values[1][1] as Date).getTime()).toBe(localDate('2019-04-24').getTime());
    expect(s.values[1].slice(2)).toEqual(['0912345678', 42, true, 84]);
    expect(s.values[2]).toEqual(['', '', '', '', '', '']);
    expect(s.values[3][0]).toBe('Tân Lập');
    expect((s.values[3][1] as Date).getTime()).toBe(localDate('2015-08-18').getTime());
    expect(s.values[3][3]).toBe('#N/A');
    expect(s.formulas?.[1][5]).toBe('=D2*2');
    expect(s.numberFormats?.[1][2]).toBe('@');
    expect(s.numberFormats?.[3][1]).toBe('dd/mm/yyyy');
  });

  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
  const calc = existsSync('/usr/lib/libreoffice/program/libsclo.so');
  (soffice && calc ? test : test.skip)('a file converted by LibreOffice Calc', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lo-'));
    try {
      const cell = (text: string) => `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
      writeFileSync(join(dir, 'mau.fods'), `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="N1"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
<number:text-style style:name="N2"><number:text-content/></number:text-style>
<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>
<style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="Đơn vị">
<table:table-row>${cell('Tên')}${cell('Ngày')}${cell('Điện thoại')}${cell('Số')}${cell('Công thức')}</table:table-row>
<table:table-row>${cell('Hàm Mỹ'.normalize('NFD'))}<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2019-04-24"><text:p>24/04/2019</text:p></table:table-cell><table:table-cell table:style-name="ce2" office:value-type="string"><text:p>0912345678</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="42"><text:p>42</text:p></table:table-cell><table:table-cell table:formula="of:=[.D2]*2" office:value-type="float" office:value="84"><text:p>84</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell/><table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2015-08-18"><text:p>18/08/2015</text:p></table:table-cell></table:table-row>
</table:table>
<table:table table:name="Loại mô hình"><table:table-row>${cell('Tên loại mô hình')}</table:table-row></table:table>
</office:spreadsheet></office:body></office:document>`);
      execFileSync(soffice as string, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', dir, join(dir, 'mau.fods')], { stdio: 'ignore', timeout: 50_000 });
      const wb = await readXlsx(readFileSync(join(dir, 'mau.xlsx')));
      expect(wb.sheets.map((s) => s.name)).toEqual(['Đơn vị', 'Loại mô hình']);
      const s = wb.sheets[0];
      expect(s.values[1][0]).toBe('Hàm Mỹ'.normalize('NFC'));
      expect((s.values[1][1] as Date).getTime()).toBe(localDate('2019-04-24').getTime());
      expect(s.values[1].slice(2)).toEqual(['0912345678', 42, 84]);
      expect(s.formulas?.[1][4]).toBe('=D2*2');
      expect((s.values[2][1] as Date).getTime()).toBe(localDate('2015-08-18').getTime());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('numbers in date-formatted cells that are no day', () => {
  test('a serial past 31/12/9999 (20190424) or past the Date range (1e8, 1e308) reads as the number typed and writes back unchanged', async () => {
    const cells = ['45000', '20190424', '100000000', '1e308'].map((v, i) => `<c r="${'ABCD'[i]}1" t="n" s="${XLSX_STYLE.date}"><v>${v}</v></c>`).join('');
    const wb = await readXlsx(await handXlsx([['Ngày', worksheetXml(`<row r="1">${cells}</row>`)]]));
    const [first, ...rest] = wb.sheets[0].values[0];
    expect((first as Date).toISOString()).toBe('2023-03-14T17:00:00.000Z');
    expect(rest).toEqual([20190424, 100000000, 1e308]);
    const again = await readXlsx(await writeXlsxBuffer(wb));
    expect(again.sheets[0].values[0].slice(1)).toEqual([20190424, 100000000, 1e308]);
    expect(again.sheets[0].numberFormats?.[0][3]).toBe('dd/mm/yyyy');
  });
});

describe('unusable input', () => {
  const oneLine = /^Không đọc được tệp \.xlsx: [^\n]+ \/ Cannot read \.xlsx file: [^\n]+$/;

  test('not a zip', async () => {
    const err = await readXlsx(Buffer.from('Mã đơn vị,Tên đơn vị\nHAM_MY,Hàm Mỹ\n')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XlsxReadError);
    expect((err as Error).message).toMatch(oneLine);
    expect((err as Error).message).toContain('not a zip');
  });

  test('a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'xin chào');
    const err = await readXlsx(await zip.generateAsync({ type: 'nodebuffer' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XlsxReadError);
    expect((err as Error).message).toMatch(oneLine);
  });

  test('a missing file and an empty file', async () => {
    const missing = await readXlsx('/nonexistent/khong-co.xlsx').catch((e: unknown) => e);
    expect((missing as Error).message).toMatch(oneLine);
    expect((missing as Error).message).toContain('file not found');
    const empty = await readXlsx(new Uint8Array(0)).catch((e: unknown) => e);
    expect((empty as Error).message).toMatch(oneLine);
  });

  test('a truncated .xlsx', async () => {
    const buf = await writeXlsxBuffer(demoWorkbook());
    const err = await readXlsx(buf.subarray(0, Math.floor(buf.length / 2))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XlsxReadError);
    expect((err as Error).message).toMatch(oneLine);
  });
});
