/**
 * Report template mode (`Cấu hình` → `Mẫu báo cáo (ID Google Docs)`) through the bundle: the
 * user's template Doc is opened by id, its body copied into a new Doc, the placeholders
 * filled and the table placeholders replaced by tables; the template itself never changes.
 */
import { createDocument, type Document } from '../../emulator/document/document';
import type { Emulator } from '../../emulator/emulator';
import { SETTINGS, SHEETS } from '../../src/core/schema';
import { AS_OF, emulator, sheetOf, valuesOf } from './harness';
import type { ReportResult } from '../../src/gas/report/create-report';

type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;


const TEMPLATE_LABEL = SETTINGS.find((s) => s.key === 'templateDocId')?.label ?? '';

/** A Doc the user made in Drive (not by the add-on), with placeholders and a table of theirs. */
function userTemplate(emu: Emulator): Document {
  const doc = createDocument(emu.drive, 'Mẫu báo cáo sơ kết (của huyện)');
  // createDocument marks the file as the add-on's; a user's own Doc is not (drive.file cannot
  // reach it, only DocumentApp.openById with the documents scope can).
  doc.record.createdByApp = false;
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('BÁO CÁO SƠ KẾT MÔ HÌNH');
  body.appendParagraph('Toàn huyện có {{so_diem}} điểm mô hình thuộc {{so_loai}} loại.');
  body.appendParagraph('Ngày báo cáo: {{ngay_bao_cao}}. Ghi chú riêng: {{khong_co}}.');
  body.appendParagraph('{{bang_don_vi}}');
  body.appendParagraph('Kết quả theo loại mô hình:');
  body.appendParagraph('{{bang_loai_mo_hinh}}');
  body.appendTable([['Chỉ tiêu', 'Số liệu'], ['Số điểm', '{{so_diem}}'], ['Người lập', 'Nguyễn Văn An']]);
  body.appendParagraph('Hết.');
  doc.saveAndClose();
  return doc;
}

/** Puts `id` in the `Mẫu báo cáo (ID Google Docs)` row of `Cấu hình`, as the user would. */
function setTemplateId(emu: Emulator, id: string): void {
  const sheet = sheetOf(emu, SHEETS.settings);
  const labels = sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues().map((r) => String(r[0]));
  const row = labels.indexOf(TEMPLATE_LABEL);
  if (row < 0) throw new Error(`no row ${TEMPLATE_LABEL} in ${SHEETS.settings}`);
  sheet.getRange(row + 1, 2).setValue(id);
}

function childrenOf(body: Body): GoogleAppsScript.Document.Element[] {
  const out: GoogleAppsScript.Document.Element[] = [];
  for (let i = 0; i < body.getNumChildren(); i++) out.push(body.getChild(i));
  return out;
}

function tablesOf(body: Body): Table[] {
  return childrenOf(body).filter((c) => String(c.getType()) === 'TABLE').map((c) => c.asTable());
}

function rowsOf(table: Table): string[][] {
  const rows: string[][] = [];
  for (let r = 0; r < table.getNumRows(); r++) {
    const row = table.getRow(r);
    const cells: string[] = [];
    for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
    rows.push(cells);
  }
  return rows;
}

/** Type and text of every body child: what "unchanged" compares. */
function shape(body: Body): string[] {
  return childrenOf(body).map((c) => {
    const type = String(c.getType());
    return `${type}: ${type === 'TABLE' ? rowsOf(c.asTable()).map((r) => r.join('|')).join(' / ') : c.asParagraph().getText()}`;
  });
}

function documents(emu: Emulator) {
  return emu.drive.files().filter((f) => f.content.kind === 'document');
}

describe('makeReport with a template Doc of the user', () => {
  let emu: Emulator;
  let template: Document;
  let templateBefore: string[];
  let result: ReportResult;
  let body: Body;
  let text: string;
  beforeAll(() => {
    emu = emulator();
    emu.run('menuSetup');
    template = userTemplate(emu);
    templateBefore = shape(template.getBody());
    setTemplateId(emu, template.getId());
    result = emu.call('makeReport', [AS_OF]) as ReportResult;
    const record = emu.drive.get(result.id);
    if (!record || record.content.kind !== 'document') throw new Error(`no report ${JSON.stringify(result)}`);
    body = (record.content.document as Document).getBody();
    text = body.getText();
  });

  test('a new Doc, not the template, made by the add-on', () => {
    expect(result).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String), url: expect.any(String) }));
    expect(result.id).not.toBe(template.getId());
    expect(documents(emu).map((f) => f.id).sort()).toEqual([template.getId(), result.id].sort());
    expect(emu.drive.get(result.id)?.createdByApp).toBe(true);
    expect(emu.drive.get(result.id)?.trashed).toBe(false);
  });

  test('figures in place of the placeholders: 82 sites, 20 types, the report date', () => {
    expect(text).toContain('Toàn huyện có 82 điểm mô hình thuộc 20 loại.');
    // Nghị định 30's date rule (formatShortDate): a leading zero only for days < 10 and
    // months 1–2, so April is "4" (the README's "dd/mm/yyyy" for this placeholder is loose).
    expect(text).toContain('Ngày báo cáo: 24/4/2019.');
    expect(text).toContain('BÁO CÁO SƠ KẾT MÔ HÌNH');
    expect(text).toContain('Hết.');
    for (const known of ['so_diem', 'so_loai', 'ngay_bao_cao', 'bang_don_vi', 'bang_loai_mo_hinh']) {
      expect(text).not.toContain(`{{${known}}}`);
    }
  });

  test('the unknown placeholder stays visible and is listed, with a warning', () => {
    expect(text).toContain('Ghi chú riêng: {{khong_co}}.');
    expect(result.unknownPlaceholders).toEqual(['khong_co']);
    expect(result.warnings.some((w) => w.includes('{{khong_co}}'))).toBe(true);
  });

  test('tables where the two table placeholders stood, in order, the user table kept and filled', () => {
    const tables = tablesOf(body).map(rowsOf);
    expect(tables).toHaveLength(3);
    const [units, types, own] = tables;
    // The unit table: a header, the 14 units (13 communes and the agency block), Tổng cộng with 82.
    expect(units).toHaveLength(1 + 14 + 1);
    expect(units.flat()).toEqual(expect.arrayContaining(['Hàm Mỹ']));
    const total = units[units.length - 1];
    expect(total.slice(0, 3)).toEqual(['', 'Tổng cộng', '82']); // STT empty, then the label and the sites
    expect(units.slice(1, -1).map((r) => Number(r[2])).reduce((a, b) => a + b, 0)).toBe(82);
    // The type table lists model types (20 in use).
    expect(types).toHaveLength(1 + 20 + 1);
    expect(types.flat()).toContain('Khu dân cư phòng chống tội phạm');
    expect(types[types.length - 1].slice(0, 4)).toEqual(['', 'Tổng cộng', '', '82']);
    // The user's own table, copied, its placeholder filled.
    expect(own).toEqual([['Chỉ tiêu', 'Số liệu'], ['Số điểm', '82'], ['Người lập', 'Nguyễn Văn An']]);
    // Each table sits where its placeholder paragraph was.
    const order = shape(body).map((s) => (s.startsWith('TABLE: ') ? 'TABLE' : s));
    const at = (s: string) => order.findIndex((x) => x.includes(s));
    expect(order[at('Ngày báo cáo') + 1]).toBe('TABLE');
    expect(order[at('Kết quả theo loại mô hình') + 1]).toBe('TABLE');
  });

  test('the template is unchanged and still the user\'s', () => {
    expect(shape(template.getBody())).toEqual(templateBefore);
    expect(template.getBody().getText()).toContain('{{so_diem}}');
    const record = emu.drive.get(template.getId());
    expect(record?.createdByApp).toBe(false);
    expect(record?.trashed).toBe(false);
    expect(record?.name).toBe('Mẫu báo cáo sơ kết (của huyện)');
  });

  test('the report is logged in Nhật ký', () => {
    const log = valuesOf(emu, SHEETS.log).slice(1).map((r) => r.map(String).join(' | '));
    expect(log.filter((l) => l.includes(result.name))).toHaveLength(1);
  });
});

describe('makeReport with a template id that cannot be opened', () => {
  test.each([
    ['does not exist', (_emu: Emulator) => '1KhongTonTaiMauBaoCaoNay0000000000000000000'],
    ['is in the trash', (emu: Emulator) => {
      const doc = userTemplate(emu);
      (emu.drive.get(doc.getId()) as { trashed: boolean }).trashed = true;
      return doc.getId();
    }],
  ])('a template that %s: { error } naming the id, no new Doc, nothing logged', (_what, make) => {
    const emu = emulator();
    emu.run('menuSetup');
    const id = make(emu);
    setTemplateId(emu, id);
    const docsBefore = documents(emu).map((f) => f.id);
    const logBefore = valuesOf(emu, SHEETS.log).length;
    const result = emu.call('makeReport', [AS_OF]) as { error?: string };
    expect(Object.keys(result)).toEqual(['error']);
    expect(result.error).toContain(`"${id}"`);
    expect(result.error).toContain('Không mở được mẫu báo cáo');
    expect(result.error).toContain('Cấu hình');
    expect(documents(emu).map((f) => f.id)).toEqual(docsBefore);
    expect(valuesOf(emu, SHEETS.log)).toHaveLength(logBefore);
  });
});

describe('makeReport with a table placeholder that does not stand alone', () => {
  test('left visible, listed, no table made for it; the figures still filled', () => {
    const emu = emulator();
    emu.run('menuSetup');
    const doc = createDocument(emu.drive, 'Mẫu lệch');
    doc.record.createdByApp = false;
    doc.getBody().getChild(0).asParagraph().setText('Xem {{bang_don_vi}} dưới đây; tổng {{so_diem}} điểm.');
    setTemplateId(emu, doc.getId());
    const result = emu.call('makeReport', [AS_OF]) as ReportResult;
    const record = emu.drive.get(result.id);
    const body = (record?.content as { document: Document }).document.getBody();
    expect(body.getText()).toBe('Xem {{bang_don_vi}} dưới đây; tổng 82 điểm.');
    expect(tablesOf(body)).toHaveLength(0);
    expect(result.unknownPlaceholders).toEqual(['bang_don_vi']);
  });
});
