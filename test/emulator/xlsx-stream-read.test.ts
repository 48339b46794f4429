/**
 * The lean read (readXlsx with cellsOnly, exceljs's streaming reader) gives the bundle the
 * same cells as the whole-workbook read, whatever order the package's parts come in.
 */
import JSZip from 'jszip';
import { buildSampleWorkbook } from '../../emulator/sample';
import { DEFAULT_TIME_ZONE, readXlsx, writeXlsxBuffer } from '../../emulator/xlsx';
import { assignSheets, readCellsStreaming } from '../../emulator/xlsx-stream-read';
import { handXlsx, worksheetXml } from '../fixtures/hand-xlsx';

/** The package re-zipped with the shared strings last, as Excel and LibreOffice write them. */
async function sharedStringsLast(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const out = new JSZip();
  for (const n of [...names.filter((x) => x !== 'xl/sharedStrings.xml'), 'xl/sharedStrings.xml']) {
    out.file(n, await zip.files[n].async('nodebuffer'));
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function cellsOf(wb: Awaited<ReturnType<typeof readXlsx>>) {
  return wb.sheets.map((s) => ({ name: s.name, values: s.values, formulas: s.formulas, formats: s.numberFormats, bold: s.fontWeights }));
}

describe('readXlsx cellsOnly', () => {
  test('the sample as exceljs writes it: every sheet with the values written', async () => {
    const sample = buildSampleWorkbook();
    const lean = await readXlsx(await writeXlsxBuffer(sample), { cellsOnly: true });
    expect(lean.sheets.length).toBeGreaterThan(5);
    expect(lean.sheets.map((s) => [s.name, s.values])).toEqual(sample.sheets.map((s) => [s.name, s.values]));
  });

  test('shared strings after the sheets (Excel\'s order): every sheet read, in the workbook\'s order', async () => {
    const original = await writeXlsxBuffer(buildSampleWorkbook());
    const lean = await readXlsx(await sharedStringsLast(original), { cellsOnly: true });
    expect(cellsOf(lean)).toEqual(cellsOf(await readXlsx(original, { cellsOnly: true })));
  });

  test('inline rich text (no shared strings): every run of the text kept', async () => {
    const bytes = await handXlsx([['Một', worksheetXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><r><t xml:space="preserve">Tân </t></r><r><rPr><b/></rPr><t>Lập</t></r></is></c></row>')]]);
    expect((await readXlsx(bytes, { cellsOnly: true })).sheets.map((s) => [s.name, s.values])).toEqual([['Một', [['Tân Lập']]]]);
  });
});

describe('readCellsStreaming with a worker thread (large packages)', () => {
  test('two and three threads give exactly the sheets one thread reads, in the workbook\'s order', async () => {
    const bytes = await writeXlsxBuffer(buildSampleWorkbook());
    const one = await readCellsStreaming(bytes, DEFAULT_TIME_ZONE, { threads: 1 });
    expect(one?.threads).toBe(1);
    for (const threads of [2, 3]) {
      const many = await readCellsStreaming(bytes, DEFAULT_TIME_ZONE, { threads });
      expect(many?.threads).toBe(threads);
      expect(many?.sheets).toEqual(one?.sheets);
    }
    expect(one?.sheets.slice(0, 4).map((s) => s.name)).toEqual(['Cấu hình', 'Đơn vị', 'Loại mô hình', 'Khen thưởng']);
  });

  test('a damaged sheet in the worker\'s share fails the read (no hang, no half workbook)', async () => {
    const zip = await JSZip.loadAsync(await writeXlsxBuffer(buildSampleWorkbook()));
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const broken = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</c>';
    // The first sheet that, once damaged, the worker (thread 1 of 2) would read.
    const sizes = await Promise.all(sheets.map(async (x) => (await zip.files[x].async('nodebuffer')).length));
    const target = sheets.findIndex((_, i) => assignSheets(sizes.map((n, k) => (k === i ? broken.length : n)), 2)[i] === 1);
    expect(target).toBeGreaterThanOrEqual(0);
    zip.file(sheets[target], broken);
    const damaged = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    await expect(readCellsStreaming(damaged, DEFAULT_TIME_ZONE, { threads: 2 })).rejects.toThrow();
  });
});

describe('assignSheets: which thread reads each worksheet', () => {
  test('the largest first, each to the least-loaded thread, ties to the main thread', () => {
    // Sizes of the sample ×1053's tabs (bytes inflated): one tab outweighs the four others.
    expect(assignSheets([3068, 5157, 4866489, 11277957, 3558367], 2)).toEqual([1, 1, 1, 0, 1]);
    expect(assignSheets([6, 5, 4, 3], 2)).toEqual([0, 1, 1, 0]);
    expect(assignSheets([5, 5], 2)).toEqual([0, 1]);
    expect(assignSheets([1, 1, 1, 1], 3)).toEqual([0, 1, 2, 0]);
    expect(assignSheets([7, 2], 1)).toEqual([0, 0]);
  });
});
