import JSZip from 'jszip';
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DocumentAppService } from '../../emulator/document/document';
import type { Document } from '../../emulator/document/document';
import { DriveStore } from '../../emulator/drive/store';
import { documentToDocx } from '../../emulator/docx';
import { ChartsService } from '../../emulator/charts/charts';

const MM = 2.835;

/** A Nghị định 30 report skeleton, built through the Apps Script API as the add-on does. */
function buildReport() {
  const app = new DocumentAppService(new DriveStore());
  const DocumentApp = app as unknown as GoogleAppsScript.Document.DocumentApp;
  const Charts = new ChartsService() as unknown as GoogleAppsScript.Charts.Charts;
  const A = DocumentApp.Attribute;
  const doc = DocumentApp.create('Báo cáo sơ kết');
  const body = doc.getBody();
  body.setPageWidth(595.276).setPageHeight(841.89).setMarginTop(20 * MM).setMarginBottom(20 * MM).setMarginLeft(30 * MM).setMarginRight(15 * MM);
  body.setAttributes({ [A.FONT_FAMILY]: 'Times New Roman', [A.FONT_SIZE]: 13 });

  const header = body.insertTable(0, [['UBND HUYỆN HÀM THUẬN NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]);
  header.setBorderWidth(0).setColumnWidth(0, 200);
  const left = header.getCell(0, 0);
  left.getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  left.appendParagraph('BAN CHỈ ĐẠO').setAlignment(DocumentApp.HorizontalAlignment.CENTER).editAsText().setBold(true);
  left.appendParagraph('Số: 15/BC-BCĐ').setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  const right = header.getCell(0, 1);
  right.getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER).editAsText().setBold(true).setFontSize(12);
  right.appendParagraph('Độc lập - Tự do - Hạnh phúc').setAlignment(DocumentApp.HorizontalAlignment.CENTER).editAsText().setBold(true);
  right.appendParagraph('Hàm Thuận Nam, ngày 24 tháng 4 năm 2019').setAlignment(DocumentApp.HorizontalAlignment.CENTER).editAsText().setItalic(true);

  body.appendParagraph('BÁO CÁO').setAlignment(DocumentApp.HorizontalAlignment.CENTER).setSpacingBefore(12).editAsText().setBold(true).setFontSize(14);
  body.appendParagraph('Sơ kết công tác nhân rộng và xây dựng mới mô hình "Tự phòng, tự quản"').setAlignment(DocumentApp.HorizontalAlignment.CENTER).editAsText().setBold(true);
  body.appendHorizontalRule();
  body.appendParagraph('I. KẾT QUẢ THỰC HIỆN').editAsText().setBold(true);
  const para = body.appendParagraph('Đã triển khai nhân rộng, xây dựng được 20 loại mô hình, tại 82 điểm, ở 13/13 xã, thị trấn.');
  para.setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY).setIndentFirstLine(36).setSpacingAfter(6).setLineSpacing(1.15);
  const at = para.getText().indexOf('82 điểm,');
  para.editAsText().setBold(at, at + 7, true).setUnderline(at, at + 7, true);
  const table = body.appendTable([['STT', 'Đơn vị', 'Số điểm'], ['1', 'Hàm Mỹ', '8'], ['2', 'Hàm Kiệm', '6']]);
  table.getRow(0).editAsText().setBold(true);
  table.getCell(0, 0).setBackgroundColor('#D9D9D9');
  const chart = Charts.newColumnChart()
    .setDataTable(Charts.newDataTable().addColumn(Charts.ColumnType.STRING, 'Đơn vị').addColumn(Charts.ColumnType.NUMBER, 'Số điểm').addRow(['Hàm Mỹ', 8]).addRow(['Hàm Kiệm', 6]))
    .setTitle('Số điểm theo đơn vị').setDimensions(480, 260).build();
  body.appendImage(chart.getAs('image/png')).setWidth(400).setHeight(217);
  body.appendPageBreak();
  body.appendParagraph('Trên đây là báo cáo …./.');
  body.appendListItem('UBND huyện;');
  body.appendListItem('Lưu: VT.');
  doc.addHeader().appendParagraph('Đầu trang');
  return { doc: doc as unknown as Document, app };
}

async function documentXml(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  return { zip, xml };
}

describe('documentToDocx', () => {
  test('writes page size, margins, fonts, runs, alignment and indents', async () => {
    const { doc } = buildReport();
    const { xml } = await documentXml(await documentToDocx(doc));
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('<w:sz w:val="26"/>');
    expect(xml).toContain('<w:sz w:val="28"/>');
    expect(xml).toContain('<w:t xml:space="preserve">BÁO CÁO</w:t>');
    expect(xml).toContain('<w:jc w:val="both"/>');
    expect(xml).toContain('<w:jc w:val="center"/>');
    expect(xml).toContain('w:firstLine="720"');
    expect(xml).toContain('<w:spacing w:after="120" w:line="276" w:lineRule="auto"/>');
    expect(xml).toMatch(/<w:b\/>.*?<w:u w:val="single"\/>.*?<w:t xml:space="preserve">82 điểm,<\/w:t>/);
    expect(xml).toContain('<w:i/>');
    expect(xml).toContain('<w:br w:type="page"/>');
  });

  test('tables: cell texts, widths, shading; the header table is borderless', async () => {
    const { doc } = buildReport();
    const { xml } = await documentXml(await documentToDocx(doc));
    const tables = xml.split('<w:tbl>').slice(1).map((t) => t.split('</w:tbl>')[0]);
    expect(tables).toHaveLength(2);
    const [header, data] = tables;
    expect(header).toContain('UBND HUYỆN HÀM THUẬN NAM');
    expect(header).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(header).toContain('<w:gridCol w:w="4000"/>');
    const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/.exec(header)![1];
    expect(borders).not.toMatch(/w:val="single"/);
    expect(borders.match(/w:val="(nil|none)"/g)).toHaveLength(6);
    expect(data).toMatch(/<w:tblBorders>.*w:val="single".*<\/w:tblBorders>/);
    expect(data).toContain('w:fill="D9D9D9"');
    expect(data).toContain('Hàm Kiệm');
  });

  test('the chart image, the rule, list numbering and the header are present', async () => {
    const { doc } = buildReport();
    const { zip, xml } = await documentXml(await documentToDocx(doc, { pageNumbers: true }));
    const media = Object.keys(zip.files).filter((f) => /^word\/media\/.*\.png$/.test(f));
    expect(media).toHaveLength(1);
    expect(xml).toContain('<wp:extent cx="3810000" cy="2066925"/>');
    expect(xml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    expect(xml).toContain('<w:numPr>');
    const headers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(headers.some((h) => h.includes('Đầu trang') && h.includes('PAGE'))).toBe(true);
    expect(xml).toContain('<w:titlePg/>');
  });

  test('a document with no font set gets Google Docs defaults (Arial 11)', async () => {
    const app = new DocumentAppService(new DriveStore());
    const doc = app.create('x');
    doc.getBody().appendParagraph('Plain');
    const zip = await JSZip.loadAsync(await documentToDocx(doc as unknown as Document));
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Arial".*<w:sz w:val="22"\/>/s);
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  (soffice && process.env.DOCX_RENDER ? test : test.skip)('renders with LibreOffice (DOCX_RENDER=1)', async () => {
    const { doc } = buildReport();
    const dir = mkdtempSync(join(tmpdir(), 'docx-'));
    writeFileSync(join(dir, 'report.docx'), await documentToDocx(doc, { pageNumbers: true }));
    execFileSync(soffice as string, ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.docx')], { stdio: 'ignore' });
    expect(existsSync(join(dir, 'report.pdf'))).toBe(true);
    // Pages as pictures in the test's own folder, for a person to look at.
    execFileSync('pdftoppm', ['-png', '-r', '60', join(dir, 'report.pdf'), join(dir, 'page')]);
    expect(existsSync(join(dir, 'page-1.png'))).toBe(true);
  }, 120000);
});
