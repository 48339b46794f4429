/**
 * The renderer and template mode against the emulated DocumentApp (emulator/document): the
 * Nghị định 30 layout, and Docs calls that do not grow with the number of sites.
 */
import { DocumentAppService } from '../../emulator/document/document';
import { DriveStore } from '../../emulator/drive/store';
import { Blob } from '../../emulator/services/blob';
import { wrap } from '../../emulator/runtime/boundary';
import { CallCounter } from '../../emulator/runtime/calls';
import { buildReportModel, placeholderValues, type ReportModel } from '../../src/core/report';
import { renderReport, PAGE, TEXT_WIDTH, FONT, FIRST_LINE_INDENT } from '../../src/gas/report/render';
import { fillTemplate, placeholdersIn, safeReplacement } from '../../src/gas/report/template';
import { applyPrintProperties } from '../../src/gas/report/print-properties';
import { AdvancedDocs } from '../../emulator/document/docs-api';
import type { CheckedRow, Issue } from '../../src/core/issue';
import { AGENCY, checked, code, COMMUNES, record, sampleTotals, settings, w02 } from '../core/report-fixtures';

type Doc = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;
type Paragraph = GoogleAppsScript.Document.Paragraph;

const globals = globalThis as unknown as { DocumentApp?: GoogleAppsScript.Document.DocumentApp; Docs?: GoogleAppsScript.Docs };

/** The emulated DocumentApp and Advanced Docs service as the bundle sees them: every call counted at the boundary. */
function docs(): { app: GoogleAppsScript.Document.DocumentApp; calls: CallCounter } {
  const calls = new CallCounter();
  const store = new DriveStore();
  const app = wrap(new DocumentAppService(store) as unknown as GoogleAppsScript.Document.DocumentApp, calls);
  globals.DocumentApp = app;
  globals.Docs = wrap(new AdvancedDocs(store) as unknown as GoogleAppsScript.Docs, calls);
  return { app, calls };
}

// The renderer reads the globals, as on Apps Script; the last docs() call's services stay installed.
afterAll(() => {
  delete globals.DocumentApp;
  delete globals.Docs;
});

/** A PNG header is all the emulator reads (IHDR width and height). */
function png(width: number, height: number): GoogleAppsScript.Base.Blob {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return new Blob(bytes, 'image/png', 'chart.png') as unknown as GoogleAppsScript.Base.Blob;
}

/** Validation rows for `scale` × 82 sites: some effective with highlights, some weak, some overdue. */
function validationFor(scale: number): { issues: Issue[]; rows: CheckedRow[] } {
  const rows: CheckedRow[] = [];
  const issues: Issue[] = [];
  const units = [...COMMUNES, AGENCY];
  for (let i = 0; i < 82 * scale; i++) {
    const unit = code(units[i % units.length]);
    const rating = i % 5 === 0 ? 'Hiệu quả' : i % 7 === 0 ? 'Kém' : 'Trung bình';
    const rec = record(unit, { rating, highlight: i % 5 === 0 ? `Kết quả ${i}` : '', place: `Thôn ${i}`, lastInterimReview: i % 2 ? '2019-01-10' : null });
    const row = checked(rec, false, []);
    if (i % 3 === 0) {
      const issue = w02(rec);
      row.issues.push(issue);
      issues.push(issue);
    }
    rows.push(row);
  }
  return { issues, rows };
}

function model(scale = 1): ReportModel {
  return buildReportModel({ totals: sampleTotals(scale), settings: settings(), validation: validationFor(scale) });
}

function render(m: ReportModel, chart?: GoogleAppsScript.Base.Blob): { doc: Doc; body: Body; calls: CallCounter } {
  const { app, calls } = docs();
  const doc = app.create('Báo cáo');
  calls.reset();
  const marks = renderReport(doc, m, chart);
  doc.saveAndClose();
  expect(applyPrintProperties(doc.getId(), marks)).toBe(true);
  const body = doc.getBody();
  return { doc, body, calls };
}

function children(body: Body): GoogleAppsScript.Document.Element[] {
  const out: GoogleAppsScript.Document.Element[] = [];
  for (let i = 0; i < body.getNumChildren(); i++) out.push(body.getChild(i));
  return out;
}

function tables(body: Body): Table[] {
  return children(body).filter((c) => c.getType() === DocumentApp.ElementType.TABLE).map((c) => c.asTable());
}

function paragraphs(body: Body): Paragraph[] {
  return children(body).filter((c) => c.getType() === DocumentApp.ElementType.PARAGRAPH).map((c) => c.asParagraph());
}

function cellParagraphs(cell: GoogleAppsScript.Document.TableCell): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < cell.getNumChildren(); i++) out.push(cell.getChild(i).asParagraph());
  return out;
}

function byText(ps: Paragraph[], text: string): Paragraph {
  const p = ps.find((x) => x.getText() === text);
  if (!p) throw new Error(`no paragraph "${text}" in ${JSON.stringify(ps.map((x) => x.getText()))}`);
  return p;
}

function rowTexts(t: Table, r: number): string[] {
  const row = t.getRow(r);
  const out: string[] = [];
  for (let c = 0; c < row.getNumCells(); c++) out.push(row.getCell(c).getText());
  return out;
}

describe('renderReport', () => {
  let m: ReportModel;
  let body: Body;
  beforeAll(() => {
    m = model();
    ({ body } = render(m, png(1200, 600)));
  });

  test('A4 page, Nghị định 30 margins', () => {
    expect(body.getPageWidth()).toBeCloseTo(PAGE.width, 2);
    expect(body.getPageHeight()).toBeCloseTo(841.89, 2);
    expect(body.getMarginTop()).toBeCloseTo(56.7, 1);
    expect(body.getMarginBottom()).toBeCloseTo(56.7, 1);
    expect(body.getMarginLeft()).toBeCloseTo(85.05, 1);
    expect(body.getMarginRight()).toBeCloseTo(42.525, 1);
  });

  test('the header is a borderless two-row, two-column table first in the document; Số and the date line share row 2', () => {
    const first = body.getChild(0);
    expect(first.getType()).toBe(DocumentApp.ElementType.TABLE);
    const header = first.asTable();
    expect(header.getBorderWidth()).toBe(0);
    expect(header.getNumRows()).toBe(2);
    expect(header.getRow(0).getNumCells()).toBe(2);
    const left = cellParagraphs(header.getCell(0, 0));
    const right = cellParagraphs(header.getCell(0, 1));
    expect(left.map((p) => p.getText())).toEqual([m.header.parentBody, m.header.issuingBody, expect.stringMatching(/^_+$/)]);
    expect(right.map((p) => p.getText())).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', expect.stringMatching(/^_+$/)]);
    const number = cellParagraphs(header.getCell(1, 0));
    const date = cellParagraphs(header.getCell(1, 1));
    expect([number.map((p) => p.getText()), date.map((p) => p.getText())]).toEqual([['Số: …/BC-BCĐ'], ['Hàm Thuận Nam, ngày 24 tháng 4 năm 2019']]);
    const t = (p: Paragraph) => p.editAsText();
    // Parent body and national title at 12 pt (Nghị định 30: 12–13) so each fits on one line.
    expect([t(left[0]).isBold(0), t(left[0]).getFontSize(0)]).toEqual([false, 12]);
    expect([t(left[1]).isBold(0), t(left[1]).getFontSize(0)]).toEqual([true, 13]);
    expect(t(number[0]).getFontSize(0)).toBe(13);
    expect([t(right[0]).isBold(0), t(right[0]).getFontSize(0)]).toEqual([true, 12]);
    expect([t(right[1]).isBold(0), t(right[1]).getFontSize(0)]).toEqual([true, 14]);
    expect([t(date[0]).isItalic(0), t(date[0]).getFontSize(0)]).toEqual([true, 14]);
    for (const p of [...left, ...right, ...number, ...date]) expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
  });

  test('title block centred and bold; no stray empty paragraph before it', () => {
    const second = body.getChild(1).asParagraph();
    expect(second.getText()).toBe('BÁO CÁO');
    expect(second.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
    expect(second.editAsText().isBold(0)).toBe(true);
    const subject = body.getChild(2).asParagraph();
    expect(subject.getText()).toBe(m.title.subject);
    expect(subject.editAsText().isBold(0)).toBe(true);
    expect(body.getChild(3).asParagraph().getText()).toBe('(Từ ngày 25/10/2018 đến ngày 24/4/2019)');
  });

  test('body paragraphs: Times New Roman 14 pt, justified, 1.27 cm first line, ≥ 6 pt after', () => {
    const overview = byText(paragraphs(body), 'Đã triển khai nhân rộng, xây dựng được 20 loại mô hình, tại 82 điểm, ở 13/13 xã, thị trấn; trong đó khối cơ quan, doanh nghiệp, nhà trường có 13 mô hình.');
    expect(overview.getAlignment()).toBe(DocumentApp.HorizontalAlignment.JUSTIFY);
    expect(overview.getIndentFirstLine()).toBe(FIRST_LINE_INDENT);
    expect(overview.getSpacingAfter()).toBeGreaterThanOrEqual(6);
    expect(overview.editAsText().getFontSize(0)).toBe(14);
    const heading = byText(paragraphs(body), 'I. KẾT QUẢ THỰC HIỆN');
    expect(heading.editAsText().isBold(0)).toBe(true);
  });

  test('Times New Roman everywhere, tables included', () => {
    const all: Paragraph[] = [...paragraphs(body)];
    for (const t of tables(body)) {
      for (let r = 0; r < t.getNumRows(); r++) {
        for (let c = 0; c < t.getRow(r).getNumCells(); c++) all.push(...cellParagraphs(t.getCell(r, c)));
      }
    }
    const fonts = new Set(all.filter((p) => p.getText() !== '').map((p) => p.editAsText().getFontFamily(0)));
    expect([...fonts]).toEqual([FONT]);
  });

  test('bold spans inside a list line', () => {
    const line = paragraphs(body).find((p) => p.getText().startsWith('- Thị trấn Thuận Nam: mô hình'));
    expect(line).toBeDefined();
    const text = (line as Paragraph).editAsText();
    expect(text.isBold(0)).toBe(false); // the dash
    expect(text.isBold(2)).toBe(true); // the unit name
    expect(text.isBold('- Thị trấn Thuận Nam: '.length)).toBe(false);
  });

  test('unit table: header, 14 units, bold total row, numbers on the right', () => {
    const t = tables(body).find((x) => rowTexts(x, 0)[1] === 'Đơn vị') as Table;
    expect(t).toBeDefined();
    expect(t.getNumRows()).toBe(16);
    expect(rowTexts(t, 0)[0]).toBe('STT');
    expect(rowTexts(t, 1)).toEqual(['1', 'Thị trấn Thuận Nam', '7', '5', '3', '4', '7', '0', '0', '7']);
    expect(rowTexts(t, 15)).toEqual(['', 'Tổng cộng', '82', '20', '37', '45', '79', '3', '2', '70']);
    expect(t.getBorderWidth()).toBeGreaterThan(0);
    expect(t.getCell(0, 4).editAsText().isBold(0)).toBe(true);
    expect(t.getCell(15, 1).editAsText().isBold(0)).toBe(true);
    expect(t.getCell(3, 1).editAsText().isBold(0)).toBe(false);
    expect(t.getCell(3, 2).getChild(0).asParagraph().getAlignment()).toBe(DocumentApp.HorizontalAlignment.RIGHT);
    let width = 0;
    for (let c = 0; c < 10; c++) width += t.getColumnWidth(c);
    expect(width).toBeCloseTo(TEXT_WIDTH, 1);
  });

  test('type table with its total; the chart centred under it, within the text width', () => {
    const t = tables(body).find((x) => rowTexts(x, 0)[1] === 'Loại mô hình') as Table;
    expect(t.getNumRows()).toBe(22);
    expect(rowTexts(t, 21)).toEqual(['', 'Tổng cộng', '', '82', '14']);
    const imgs = body.getImages();
    expect(imgs).toHaveLength(1);
    expect(imgs[0].getWidth()).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(imgs[0].getHeight()).toBe(Math.floor(600 * TEXT_WIDTH / 1200));
    const holder = imgs[0].getParent().asParagraph();
    expect(holder.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
    // The empty paragraph Docs keeps after the table is the one holding the chart.
    expect(body.getChildIndex(holder)).toBe(body.getChildIndex(t) + 1);
  });

  test('no empty paragraph between a table and what follows, except the last one', () => {
    const kids = children(body);
    kids.forEach((k, i) => {
      if (k.getType() !== DocumentApp.ElementType.TABLE || i === kids.length - 2) return;
      const next = kids[i + 1];
      expect(next.getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
      expect(next.asParagraph().getText() !== '' || next.asParagraph().getNumChildren() > 0).toBe(true);
    });
    expect(kids[kids.length - 1].getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
  });

  test('closing, then the signature block as a borderless two-column table', () => {
    const closing = byText(paragraphs(body), m.closing.spans[0].text);
    const sig = tables(body).at(-1) as Table;
    expect(body.getChildIndex(sig)).toBe(body.getChildIndex(closing) + 1);
    expect(sig.getBorderWidth()).toBe(0);
    const left = cellParagraphs(sig.getCell(0, 0));
    expect(left.map((p) => p.getText())).toEqual(['Nơi nhận:', ...m.recipients.lines]);
    expect([left[0].editAsText().isBold(0), left[0].editAsText().isItalic(0), left[0].editAsText().getFontSize(0)]).toEqual([true, true, 12]);
    expect(left[1].editAsText().getFontSize(0)).toBe(11);
    const right = cellParagraphs(sig.getCell(0, 1));
    expect(right[0].getText()).toBe('TM. BAN CHỈ ĐẠO');
    expect(right[1].getText()).toBe('TRƯỞNG BAN');
    expect(right.at(-1)?.getText()).toBe('Trần Ngọc Diệp');
    expect(right.slice(2, -1).every((p) => p.getText() === '')).toBe(true);
    for (const p of [right[0], right[1], right.at(-1) as Paragraph]) expect(p.editAsText().isBold(0)).toBe(true);
  });

  test('without a chart picture the chart is left out', () => {
    expect(render(model()).body.getImages()).toHaveLength(0);
  });

  test('rendering twice into the same document starts afresh', () => {
    const { app } = docs();
    const doc = app.create('x');
    renderReport(doc, m);
    const n = doc.getBody().getNumChildren();
    renderReport(doc, m);
    expect(doc.getBody().getNumChildren()).toBe(n);
  });
});

describe('Docs calls do not grow with sites', () => {
  test('14 units and 20 types: the same calls for 82 and 8,200 sites', () => {
    const small = model(1);
    const large = model(100);
    expect(small.body.filter((b) => b.kind !== 'paragraph').length).toBe(large.body.filter((b) => b.kind !== 'paragraph').length);
    const a = render(small, png(800, 400)).calls;
    const b = render(large, png(800, 400)).calls;
    expect(a.total()).toBeGreaterThan(100);
    expect(b.snapshot()).toEqual(a.snapshot());
  });
});

describe('fillTemplate', () => {
  function template(lines: string[]): { doc: Doc; body: Body; calls: CallCounter } {
    const { app, calls } = docs();
    const doc = app.create('Mẫu');
    const body = doc.getBody();
    body.getChild(0).asParagraph().setText(lines[0]);
    for (const l of lines.slice(1)) body.appendParagraph(l);
    calls.reset();
    return { doc, body, calls };
  }

  test('placeholders found in text', () => {
    expect(placeholdersIn('a {{so_diem}} b {{ so_loai }} {{so_diem}} {{so_diem.HAM_MY}} {x}')).toEqual(['so_diem', 'so_loai', 'so_diem.HAM_MY']);
  });

  test('values replaced, tables placed, unknown placeholders kept and listed', () => {
    const m = model();
    const { doc, body } = template([
      'Tổng cộng {{so_diem}} điểm, {{ so_loai }} loại, {{so_xa_co_mo_hinh}}/{{tong_so_xa}} {{xa_phuong_thi_tran}}.',
      '{{dong_ngay_thang}}',
      '{{bang_don_vi}}',
      'Theo loại:',
      '  {{bang_loai_mo_hinh}} ',
      'Hàm Mỹ có {{so_diem.U6}} điểm. {{khong_ro}} và {{khong_ro}}.',
    ]);
    const result = fillTemplate(body, m, placeholderValues(m));
    expect(result).toMatchObject({ unknown: ['khong_ro'], misplaced: [] });
    expect(result.tables.map((t) => t.id)).toEqual(['units', 'types']);
    const ps = paragraphs(body).map((p) => p.getText());
    expect(ps[0]).toBe('Tổng cộng 82 điểm, 20 loại, 13/13 xã, thị trấn.');
    expect(ps).toContain('Hàm Thuận Nam, ngày 24 tháng 4 năm 2019');
    expect(ps).toContain('Hàm Mỹ có 7 điểm. {{khong_ro}} và {{khong_ro}}.');
    expect(ps.some((p) => p.includes('bang_'))).toBe(false);
    const ts = tables(body);
    expect(ts).toHaveLength(2);
    expect(rowTexts(ts[0], 0)[1]).toBe('Đơn vị');
    expect(rowTexts(ts[1], 0)[1]).toBe('Loại mô hình');
    expect(body.getChildIndex(ts[0])).toBe(2);
    doc.saveAndClose();
    applyPrintProperties(doc.getId(), { keepWithNext: [], unsplit: [], tables: result.tables });
    expect(ts[0].getCell(15, 1).editAsText().isBold(0)).toBe(true);
    expect(ts[1].getCell(3, 3).getChild(0).asParagraph().getAlignment()).toBe(DocumentApp.HorizontalAlignment.RIGHT);
  });

  test('a table placeholder in the last paragraph: the paragraph is emptied, not removed', () => {
    const m = model();
    const { body } = template(['Bảng:', '{{bang_don_vi}}']);
    expect(fillTemplate(body, m, placeholderValues(m)).unknown).toEqual([]);
    const kids = children(body);
    expect(kids.map((k) => String(k.getType()))).toEqual(['PARAGRAPH', 'TABLE', 'PARAGRAPH']);
    expect(kids[2].asParagraph().getText()).toBe('');
  });

  test('a table placeholder not alone in its paragraph is left and reported', () => {
    const m = model();
    const { body } = template(['Xem {{bang_don_vi}} dưới đây']);
    expect(fillTemplate(body, m, placeholderValues(m))).toMatchObject({ unknown: [], misplaced: ['bang_don_vi'] });
    expect(body.getText()).toBe('Xem {{bang_don_vi}} dưới đây');
    expect(tables(body)).toHaveLength(0);
  });

  test('no type rows: the placeholder becomes the "nothing to show" sentence', () => {
    const t = sampleTotals();
    t.byType = [];
    const m = buildReportModel({ totals: t, settings: settings(), validation: { issues: [], rows: [] } });
    const { body } = template(['{{bang_loai_mo_hinh}}', 'x']);
    fillTemplate(body, m, placeholderValues(m));
    expect(paragraphs(body)[0].getText()).toBe('Chưa có loại mô hình nào có điểm hoạt động.');
  });

  test('values with $ and \\ are written literally; regex specials in names are escaped', () => {
    const m = model();
    expect(safeReplacement('82')).toBe(true);
    expect(safeReplacement('$1')).toBe(false);
    const values = { ...placeholderValues(m), gia: 'US$2.99 và $1 \\n', 'a.b': 'ab', 'a+b': 'plus' };
    const { body } = template(['Giá {{gia}}; lại {{gia}}!', '{{a.b}} {{axb}} {{a+b}}']);
    const result = fillTemplate(body, m, values);
    expect(paragraphs(body)[0].getText()).toBe('Giá US$2.99 và $1 \\n; lại US$2.99 và $1 \\n!');
    expect(paragraphs(body)[1].getText()).toBe('ab {{axb}} plus');
    expect(result.unknown).toEqual(['axb']);
  });

  test('only the placeholders present cost Docs calls', () => {
    const m = model();
    const { body, calls } = template(['{{so_diem}} {{so_loai}}']);
    fillTemplate(body, m, placeholderValues(m));
    expect(calls.get('Body.replaceText')).toBe(2);
    expect(calls.get('Body.getText')).toBe(1);
  });
});
