/** AS42: the Advanced Docs service (Docs.Documents.get / batchUpdate) over the emulated documents. */
import JSZip from 'jszip';
import { AdvancedDocs } from '../../emulator/document/docs-api';
import { DocumentAppService, type Document } from '../../emulator/document/document';
import { GoogleJsonResponseException } from '../../emulator/drive/advanced-drive';
import { SCOPE } from '../../emulator/drive/scopes';
import { Emulator } from '../../emulator/emulator';
import { DriveStore } from '../../emulator/drive/store';
import { documentToDocx } from '../../emulator/docx';
import type { ParagraphBase, Table } from '../../emulator/document/elements';
import { thrown, thrownText } from './thrown';

type Json = Record<string, unknown>;

function setUp(): { app: DocumentAppService; docs: AdvancedDocs; doc: Document } {
  const store = new DriveStore();
  const app = new DocumentAppService(store);
  const docs = new AdvancedDocs(store);
  const doc = app.create('Thử') as unknown as Document;
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('ab');
  body.appendTable([['x', 'yz'], ['', '😀']]);
  body.appendParagraph('Cuối');
  doc.saveAndClose();
  return { app, docs, doc };
}

const batch = (docs: AdvancedDocs, doc: Document, requests: Json[]) => docs.Documents.batchUpdate({ requests } as never, doc.getId());

describe('AS42 Docs.Documents.get: indices in UTF-16 code units', () => {
  test('section break, paragraph, table (start, rows, cells), the paragraph after', () => {
    const { docs, doc } = setUp();
    const content = docs.Documents.get(doc.getId()).body?.content as Json[];
    expect(content.map((e) => [e.startIndex, e.endIndex])).toEqual([[undefined, 1], [1, 4], [4, 21], [21, 22], [22, 27]]);
    const table = (content[2].table as { tableRows: { startIndex: number; endIndex: number; tableCells: { startIndex: number; endIndex: number }[] }[] });
    expect(table.tableRows.map((r) => [r.startIndex, r.endIndex])).toEqual([[5, 13], [13, 20]]);
    // '😀' is two code units: its cell runs [16, 20): the cell mark, 2 units, '\n'.
    expect(table.tableRows[1].tableCells.map((c) => [c.startIndex, c.endIndex])).toEqual([[14, 16], [16, 20]]);
  });
});

describe('AS42 Docs.Documents.batchUpdate', () => {
  test('pins header rows, keeps rows whole, keeps a paragraph with the next; the .docx carries them', async () => {
    const { docs, doc } = setUp();
    batch(docs, doc, [
      { pinTableHeaderRows: { tableStartLocation: { index: 4 }, pinnedHeaderRowsCount: 1 } },
      { updateTableRowStyle: { tableStartLocation: { index: 4 }, tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } },
      { updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: { keepWithNext: true }, fields: 'keepWithNext' } },
      { updateTextStyle: { range: { startIndex: 17, endIndex: 19 }, textStyle: { bold: true }, fields: 'bold' } },
      { updateParagraphStyle: { range: { startIndex: 17, endIndex: 20 }, paragraphStyle: { alignment: 'END' }, fields: 'alignment' } },
    ]);
    const table = doc.body.blocks[1] as Table;
    expect(table.pinnedHeaderRows).toBe(1);
    expect(table.rows.map((r) => r.preventOverflow)).toEqual([true, true]);
    expect((doc.body.blocks[0] as ParagraphBase).style.keepWithNext).toBe(true);
    const cell = table.rows[1].cells[1];
    expect(cell.editAsText().isBold(0)).toBe(true);
    expect(String(cell.getChild(0).asParagraph().getAlignment())).toBe('RIGHT');
    // The saved copy (what a PDF export sees) has the change too.
    expect((doc.savedSnapshot().body.blocks[1] as Table).pinnedHeaderRows).toBe(1);
    const xml = await (await JSZip.loadAsync(await documentToDocx(doc))).file('word/document.xml')?.async('string') ?? '';
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:cantSplit\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:keepNext\/>/g)).toHaveLength(1);
  });

  test.each([
    [{ updateParagraphStyle: { range: { startIndex: 1, endIndex: 28 }, paragraphStyle: { keepWithNext: true }, fields: 'keepWithNext' } },
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].updateParagraphStyle: Index 27 must be less than the end index of the referenced segment, 27.'],
    [{ updateTextStyle: { range: { startIndex: 3, endIndex: 3 }, textStyle: { bold: true }, fields: 'bold' } },
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].updateTextStyle: The range should not be empty.'],
    [{ updateTextStyle: { range: { startIndex: 1, endIndex: 3 }, textStyle: { bold: true } } },
      "API call to docs.documents.batchUpdate failed with error: Invalid requests[1].updateTextStyle: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)"],
    [{ pinTableHeaderRows: { tableStartLocation: { index: 5 }, pinnedHeaderRowsCount: 1 } },
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].pinTableHeaderRows: The provided table start location is invalid.'],
    [{ pinTableHeaderRows: { tableStartLocation: { index: 4 }, pinnedHeaderRowsCount: 3 } },
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].pinTableHeaderRows: The number of pinned header rows must be between 0 and the number of rows in the table.'],
  ])('a bad request fails with the 400 text and nothing is applied: %j', (bad, message) => {
    const { docs, doc } = setUp();
    const good = { pinTableHeaderRows: { tableStartLocation: { index: 4 }, pinnedHeaderRowsCount: 1 } };
    const e = thrown(() => batch(docs, doc, [good, bad]));
    expect(e).toBeInstanceOf(GoogleJsonResponseException);
    expect((e as Error).message).toBe(message);
    expect((doc.body.blocks[1] as Table).pinnedHeaderRows).toBe(0);
  });

  test('needs the documents scope, checked at the boundary', () => {
    const emu = new Emulator({ bound: false, scopes: [SCOPE.driveFile] });
    emu.loadCode('function f() { return Docs.Documents.get("x"); }');
    expect(thrownText(() => emu.run('f'))).toBe(
      'Exception: Specified permissions are not sufficient to call Docs.Documents.get. Required permissions: https://www.googleapis.com/auth/documents',
    );
  });

  test('an unknown document id is the API 404', () => {
    const { docs } = setUp();
    expect((thrown(() => docs.Documents.get('nope')) as Error).message).toBe('API call to docs.documents.get failed with error: Requested entity was not found.');
  });

  test('unsaved DocumentApp changes are refused (emulator guess, kept strict)', () => {
    const { app, docs, doc } = setUp();
    const reopened = app.openById(doc.getId());
    reopened.getBody().appendParagraph('mới');
    expect((thrown(() => docs.Documents.get(doc.getId())) as Error).message).toMatch(/unsaved DocumentApp changes: saveAndClose\(\) it first/);
  });
});
