import { DocumentAppService, type Document } from '../../emulator/document/document';
import { DriveStore } from '../../emulator/drive/store';
import { Blob } from '../../emulator/services/blob';
import { renderBarChartPng } from '../../emulator/charts/render';
import { thrownText } from './thrown';

type GDoc = GoogleAppsScript.Document.Document;

function setup() {
  const drive = new DriveStore(() => Date.UTC(2019, 3, 24, 1));
  const app = new DocumentAppService(drive);
  return { drive, app, DocumentApp: app as unknown as GoogleAppsScript.Document.DocumentApp };
}


describe('DocumentApp', () => {
  test('create: a new doc in My Drive with one empty paragraph', () => {
    const { DocumentApp, drive } = setup();
    const doc = DocumentApp.create('Báo cáo');
    expect(doc.getName()).toBe('Báo cáo');
    expect(doc.getId()).toMatch(/^[\w-]{44}$/);
    expect(doc.getUrl()).toBe(`https://docs.google.com/open?id=${doc.getId()}`);
    expect(doc.getBody().getNumChildren()).toBe(1);
    expect(doc.getBody().getText()).toBe('');
    expect(drive.files().map((f) => f.parents)).toEqual([[drive.rootId]]);
    expect(DocumentApp.getActiveDocument()).toBeNull();
  });

  test('openById of an unknown id', () => {
    const { DocumentApp } = setup();
    expect(thrownText(() => DocumentApp.openById('nope'))).toBe("Exception: Document is missing (perhaps it was deleted, or you don't have read access?)");
  });

  test('AS19 appendTable takes String[][] and appends an empty paragraph after the table', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('t').getBody();
    body.appendParagraph('Trước bảng');
    const table = body.appendTable([['STT', 'Đơn vị'], ['1', 'Hàm Mỹ']]);
    expect(body.getNumChildren()).toBe(4);
    expect(body.getChild(2)).toBe(table);
    expect(body.getChild(3).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(body.getChild(3).asParagraph().getText()).toBe('');
    expect(table.getNumRows()).toBe(2);
    expect(table.getCell(1, 1).getText()).toBe('Hàm Mỹ');
    expect(table.getCell(1, 1).getNumChildren()).toBe(1);
    expect(thrownText(() => body.appendTable([['a', 1 as unknown as string]]))).toBe(
      "Exception: The parameters (String[][]) don't match the method signature for DocumentApp.Body.appendTable.",
    );
    expect(thrownText(() => body.appendTable([[1 as unknown as string]]))).toBe(
      "Exception: The parameters (number[][]) don't match the method signature for DocumentApp.Body.appendTable.",
    );
  });

  test("AS19 the last paragraph of a section can't be removed", () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('t').getBody();
    const first = body.getParagraphs()[0];
    const p = body.appendParagraph('x');
    first.removeFromParent();
    expect(body.getNumChildren()).toBe(1);
    expect(thrownText(() => body.removeChild(p))).toBe("Exception: Can't remove the last paragraph in a document section.");
    expect(thrownText(() => p.removeFromParent())).toBe("Exception: Can't remove the last paragraph in a document section.");
    body.clear();
    expect(body.getNumChildren()).toBe(1);
  });

  test('AS21 a closed document cannot be edited; the PDF holds what was saved', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('Báo cáo');
    const body = doc.getBody();
    const p = body.appendParagraph('Nội dung');
    const unsaved = doc.getAs('application/pdf');
    expect(unsaved.getContentType()).toBe('application/pdf');
    expect(unsaved.getName()).toBe('Báo cáo.pdf');
    expect(unsaved.getDataAsString()).not.toContain('Noi dung');
    doc.saveAndClose();
    const closed = 'Exception: Document is closed, its contents cannot be updated.';
    expect(thrownText(() => body.appendParagraph('x'))).toBe(closed);
    expect(thrownText(() => p.setText('y'))).toBe(closed);
    expect(thrownText(() => p.editAsText().setBold(true))).toBe(closed);
    const pdf = doc.getAs('application/pdf');
    expect(pdf.getDataAsString().startsWith('%PDF-1.4')).toBe(true);
    expect(pdf.getDataAsString()).toContain('Noi dung');
    // openById gives an editable handle again.
    DocumentApp.openById(doc.getId()).getBody().appendParagraph('Thêm');
    expect(body.getText()).toContain('Thêm');
  });

  test('AS20 attributes, margins and page size in points', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('t').getBody();
    const A = DocumentApp.Attribute;
    body.setMarginTop(56.7).setMarginLeft(85).setPageWidth(595.276).setPageHeight(841.89);
    expect(body.getMarginTop()).toBe(56.7);
    expect(body.getPageWidth()).toBe(595.276);
    const style: Record<string, unknown> = {};
    style[A.FONT_FAMILY] = 'Times New Roman';
    style[A.FONT_SIZE] = 13;
    body.setAttributes(style);
    const p = body.appendParagraph('Hello');
    p.setAttributes({ [A.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment.JUSTIFY, [A.BOLD]: true });
    expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.JUSTIFY);
    expect(p.editAsText().isBold()).toBe(true);
    expect(body.getAttributes()[String(A.FONT_FAMILY)]).toBe('Times New Roman');
    expect(body.getAttributes()[String(A.MARGIN_LEFT)]).toBe(85);
  });

  test('Text ranges, appendText, findText and replaceText (RE2 strings, literal replacement)', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('t').getBody();
    const p = body.appendParagraph('Số điểm: {{so_diem}} điểm');
    const text = p.editAsText();
    text.setBold(0, 7, true);
    expect(text.isBold(0)).toBe(true);
    expect(text.isBold(9)).toBeNull();
    expect(text.getTextAttributeIndices()).toEqual([0, 8]);
    const found = body.findText('\\{\\{so_diem\\}\\}');
    expect(found.getStartOffset()).toBe(9);
    expect(found.getEndOffsetInclusive()).toBe(19);
    expect(found.getElement().asText().getText()).toBe('Số điểm: {{so_diem}} điểm');
    expect(body.findText('điểm', found).getStartOffset()).toBe(21);
    expect(body.findText('không có')).toBeNull();
    body.replaceText('\\{\\{so_diem\\}\\}', '$1 82');
    expect(p.getText()).toBe('Số điểm: $1 82 điểm');
    expect(thrownText(() => body.replaceText('(?=x)', ''))).toMatch(/Invalid regular expression/);
    const added = p.appendText(' (tăng)');
    added.setItalic(true);
    expect(p.getNumChildren()).toBe(2);
    expect(p.getText()).toBe('Số điểm: $1 82 điểm (tăng)');
    expect(p.editAsText().isItalic(p.getText().length - 1)).toBe(true);
    expect(p.editAsText().isItalic(0)).toBeNull();
  });

  test('paragraph formatting, headings, siblings, images and rules', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('t');
    const body = doc.getBody();
    const h = body.appendParagraph('BÁO CÁO').setHeading(DocumentApp.ParagraphHeading.HEADING1).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    h.setIndentFirstLine(36).setSpacingBefore(6).setSpacingAfter(6).setLineSpacing(1.15);
    expect(h.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING1);
    expect(h.getIndentFirstLine()).toBe(36);
    expect(h.getPreviousSibling().getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(h.getParent()).toBe(body);
    const png = renderBarChartPng({ title: 'x', labels: ['a'], values: [1], width: 120, height: 80, horizontal: false });
    const img = body.appendParagraph('').appendInlineImage(new Blob(png, 'image/png', 'c.png') as unknown as GoogleAppsScript.Base.Blob);
    expect(img.getWidth()).toBe(120);
    img.setWidth(60).setHeight(40);
    expect(img.getHeight()).toBe(40);
    body.appendHorizontalRule();
    body.appendPageBreak();
    expect(body.getChild(body.getNumChildren() - 1).isAtDocumentEnd()).toBe(true);
    expect(body.getImages()).toHaveLength(1);
    const item = body.appendListItem('một');
    body.appendListItem('hai');
    expect(body.getListItems().map((i) => i.getListId())).toEqual([item.getListId(), item.getListId()]);
  });

  test('tables: rows, cells, borders, widths', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('t').getBody();
    const t = body.appendTable([['UBND HUYỆN', 'CỘNG HÒA']]);
    t.setBorderWidth(0).setColumnWidth(0, 200);
    expect(t.getBorderWidth()).toBe(0);
    expect(t.getColumnWidth(0)).toBe(200);
    const cell = t.getCell(0, 0);
    cell.appendParagraph('BAN CHỈ ĐẠO').editAsText().setBold(true);
    expect(cell.getNumChildren()).toBe(2);
    expect(cell.getChild(0).asParagraph().getText()).toBe('UBND HUYỆN');
    cell.setBackgroundColor('#eeeeee').setVerticalAlignment(DocumentApp.VerticalAlignment.CENTER).setPaddingTop(0).setWidth(200);
    const row = t.appendTableRow();
    row.appendTableCell('a');
    row.appendTableCell('b');
    row.setMinimumHeight(20);
    expect(t.getNumRows()).toBe(2);
    expect(t.getRow(1).getNumCells()).toBe(2);
    expect(body.getTables()).toHaveLength(1);
    expect(body.getParagraphs().map((p) => p.getText())).toEqual(['', 'UBND HUYỆN', 'BAN CHỈ ĐẠO', 'CỘNG HÒA', 'a', 'b', '']);
  });

  test('header and footer sections start with one empty paragraph', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('t');
    expect(doc.getHeader()).toBeNull();
    const header = doc.addHeader();
    header.appendParagraph('Trang');
    expect(header.getParagraphs().map((p) => p.getText())).toEqual(['', 'Trang']);
    header.clear();
    expect(header.getNumChildren()).toBe(1);
    expect(doc.addFooter().getNumChildren()).toBe(1);
  });

  test('documents() lists what the add-on created (CLI export)', () => {
    const { app, DocumentApp } = setup();
    DocumentApp.create('a');
    DocumentApp.create('b');
    expect(app.documents().map((d: Document) => d.getName())).toEqual(['a', 'b']);
    expect((app.documents()[0] as unknown as GDoc).getBody().getNumChildren()).toBe(1);
  });
});
