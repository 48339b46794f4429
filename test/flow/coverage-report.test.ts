/**
 * makeReport's other paths through the bundle: a template whose placeholders are all known
 * (no warning) with a bulleted list, an empty template, the Advanced Docs service missing,
 * and the add-on's report folder trashed between two reports.
 */
import { createDocument, type Document } from '../../emulator/document/document';
import { Emulator } from '../../emulator/emulator';
import { buildSampleWorkbook } from '../../emulator/sample';
import { SETTINGS, SHEETS } from '../../src/core/schema';
import type { ReportResult } from '../../src/gas/report/create-report';
import { AS_OF, BUNDLE, NOW, emulator, sheetOf } from './harness';

const FOLDER_MIME = 'application/vnd.google-apps.folder';


/** A user's Doc (not the add-on's) built by `fill`. */
function userDoc(emu: Emulator, fill: (body: GoogleAppsScript.Document.Body) => void): Document {
  const doc = createDocument(emu.drive, 'Mẫu của huyện');
  doc.record.createdByApp = false;
  fill(doc.getBody());
  doc.saveAndClose();
  return doc;
}

function setSetting(emu: Emulator, key: string, value: string): void {
  const label = SETTINGS.find((s) => s.key === key)?.label ?? '';
  const sheet = sheetOf(emu, SHEETS.settings);
  const labels = sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues().map((r) => String(r[0]));
  sheet.getRange(labels.indexOf(label) + 1, 2).setValue(value);
}

function reportBody(emu: Emulator, id: string): GoogleAppsScript.Document.Body {
  const record = emu.drive.get(id);
  if (!record || record.content.kind !== 'document') throw new Error(`no report ${id}`);
  return (record.content.document as Document).getBody();
}

function reportText(emu: Emulator, id: string): string[] {
  const body = reportBody(emu, id);
  const out: string[] = [];
  for (let i = 0; i < body.getNumChildren(); i++) {
    const c = body.getChild(i);
    const type = String(c.getType());
    out.push(`${type}: ${type === 'LIST_ITEM' ? c.asListItem().getText() : c.asParagraph().getText()}`);
  }
  return out;
}

describe('template mode', () => {
  test('only known placeholders, in paragraphs and bullets: filled, bullets kept as list items, no warning', () => {
    const emu = emulator();
    emu.run('menuSetup');
    const template = userDoc(emu, (body) => {
      body.getChild(0).asParagraph().setText('BÁO CÁO');
      body.appendListItem('Số điểm: {{so_diem}}');
      body.appendListItem('Số loại: {{so_loai}}');
    });
    setSetting(emu, 'templateDocId', template.getId());
    const result = emu.call('makeReport', [AS_OF]) as ReportResult;
    expect(result.unknownPlaceholders).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(reportText(emu, result.id)).toEqual(['PARAGRAPH: BÁO CÁO', 'LIST_ITEM: Số điểm: 82', 'LIST_ITEM: Số loại: 20']);
  });

  test('an empty value is written as nothing; a table placeholder alone in a cell gets the table there; in a bullet it stays, listed', () => {
    const emu = emulator();
    emu.run('menuSetup');
    setSetting(emu, 'strengths', '');
    const template = userDoc(emu, (body) => {
      body.getChild(0).asParagraph().setText('Ưu điểm: {{uu_diem}}.');
      body.appendListItem('{{bang_don_vi}}');
      body.appendTable([['Kết quả theo loại'], ['{{bang_loai_mo_hinh}}']]);
      body.appendParagraph('Hết.');
    });
    setSetting(emu, 'templateDocId', template.getId());
    const result = emu.call('makeReport', [AS_OF]) as ReportResult;
    expect(result.unknownPlaceholders).toEqual(['bang_don_vi']);
    const body = reportBody(emu, result.id);
    expect(body.getChild(0).asParagraph().getText()).toBe('Ưu điểm: .');
    expect(body.getChild(1).asListItem().getText()).toBe('{{bang_don_vi}}');
    const cell = body.getChild(2).asTable().getCell(1, 0);
    expect(String(cell.getChild(0).getType())).toBe('TABLE');
    expect(cell.getChild(0).asTable().getRow(0).getCell(1).getText()).toBe('Loại mô hình');
  });

  test('an empty template: the report is the new Doc\'s one empty paragraph, no warning', () => {
    const emu = emulator();
    emu.run('menuSetup');
    const template = userDoc(emu, () => undefined);
    setSetting(emu, 'templateDocId', template.getId());
    const result = emu.call('makeReport', [AS_OF]) as ReportResult;
    expect(result.warnings).toEqual([]);
    expect(reportText(emu, result.id)).toEqual(['PARAGRAPH: ']);
  });
});

describe('services and folders', () => {
  test('the Advanced Docs service not enabled: the report is made and the warning says what to enable', () => {
    const emu = new Emulator({ now: NOW, data: buildSampleWorkbook() });
    delete emu.services.Docs;
    emu.load(BUNDLE);
    emu.run('menuSetup');
    const result = emu.call('makeReport', [AS_OF]) as ReportResult;
    expect(result.warnings).toEqual([
      'Dự án Apps Script chưa bật dịch vụ nâng cao "Google Docs API" (Docs): báo cáo đã tạo nhưng bảng chưa lặp dòng tiêu đề ở mỗi trang và số liệu chưa căn phải. Người quản trị bật dịch vụ này (README, mục triển khai) rồi tạo lại báo cáo.',
    ]);
    expect(emu.drive.get(result.id)?.content.kind).toBe('document');
  });

  test('the report folder trashed after the first report: the second makes a new folder and goes there', () => {
    const emu = emulator();
    emu.run('menuSetup');
    const first = emu.call('makeReport', [AS_OF]) as ReportResult;
    const folders = () => emu.drive.files().filter((f) => f.mimeType === FOLDER_MIME && f.name === 'Báo cáo mô hình ANTT');
    const [old] = folders();
    expect(emu.drive.get(first.id)?.parents).toEqual([old.id]);
    old.trashed = true;
    const second = emu.call('makeReport', [AS_OF]) as ReportResult;
    expect(second.warnings).toEqual([]);
    const fresh = folders().filter((f) => !f.trashed);
    expect(fresh).toHaveLength(1);
    expect(fresh[0].id).not.toBe(old.id);
    expect(emu.drive.get(second.id)?.parents).toEqual([fresh[0].id]);
  });
});
