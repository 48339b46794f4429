/** The review report (`makeReport`) through the bundle, read back as .docx. */
import JSZip from 'jszip';
import { buildLargeSample } from '../../emulator/sample';
import { documentToDocx } from '../../emulator/docx';
import type { Document } from '../../emulator/document/document';
import type { Emulator } from '../../emulator/emulator';
import { SHEETS } from '../../src/core/schema';
import { AS_OF, emulator, expectSameCalls, valuesOf } from './harness';
import type { ReportResult } from '../../src/gas/report/create-report';


const DOCS = /^(Body|Paragraph|Table|Text|TableCell|TableRow|Document|DocumentApp|Docs\.Documents)\./;

function setUp(factor = 1): Emulator {
  const emu = emulator(buildLargeSample(factor));
  emu.run('menuSetup');
  return emu;
}

async function documentXml(emu: Emulator, id: string): Promise<string> {
  const record = emu.drive.get(id);
  if (!record || record.content.kind !== 'document') throw new Error(`no document ${id} in the emulated Drive`);
  const zip = await JSZip.loadAsync(await documentToDocx(record.content.document as Document));
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('no word/document.xml');
  return file.async('string');
}

/** The document's paragraphs as plain text, one per line. */
function paragraphs(xml: string): string[] {
  return xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '').split('\n').map((l) => l.trim()).filter(Boolean);
}

describe('makeReport on the sample as of 2019-04-24', () => {
  let emu: Emulator;
  let first: ReportResult;
  let second: ReportResult;
  let xml: string;
  let lines: string[];
  beforeAll(async () => {
    emu = setUp();
    first = emu.call('makeReport', [AS_OF]) as ReportResult;
    second = emu.call('makeReport', [AS_OF]) as ReportResult;
    xml = await documentXml(emu, first.id);
    lines = paragraphs(xml);
  });

  test('a new Doc in Drive each run', () => {
    expect(first.id).not.toBe(second.id);
    for (const r of [first, second]) {
      const record = emu.drive.get(r.id);
      expect(record?.content.kind).toBe('document');
      expect(record?.trashed).toBe(false);
    }
    expect(emu.drive.files().filter((f) => f.content.kind === 'document')).toHaveLength(2);
  });

  test('the administrative header and the date line', () => {
    for (const s of ['Hàm Thuận Nam, ngày 24 tháng 4 năm 2019', 'UBND HUYỆN HÀM THUẬN NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']) {
      expect(lines.some((l) => l.includes(s))).toBe(true);
    }
  });

  test('the figures sentence: 20 types, 82 sites, 13/13; commendations 09 + 05', () => {
    const figures = lines.find((l) => l.includes('20 loại mô hình'));
    expect(figures).toBeDefined();
    expect(figures).toContain('82 điểm');
    expect(figures).toContain('13/13');
    expect(lines.some((l) => l.includes('09 tập thể và 05 cá nhân'))).toBe(true);
  });

  test('the unit table with a Tổng cộng row, page margins and Times New Roman', () => {
    const tables = xml.split('<w:tbl>').slice(1).map((t) => t.slice(0, t.indexOf('</w:tbl>')));
    const unitTable = tables.find((t) => t.includes('Hàm Mỹ') && t.includes('Khối cơ quan'));
    expect(unitTable).toBeDefined();
    const rows = (unitTable ?? '').split('<w:tr>').slice(1).map((r) => r.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
    const total = rows.at(-1) ?? '';
    expect(total).toMatch(/^Tổng cộng\b/);
    expect(total).toMatch(/\b82\b/);
    expect(rows).toHaveLength(1 + 14 + 1);
    expect(xml).toMatch(/<w:pgMar [^>]*w:top="\d+"/);
    expect(xml).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/);
  });

  test('AS42 print properties reach the .docx: the header row repeats, rows and the signature block do not split, headings keep with the next', () => {
    const tables = xml.split('<w:tbl>').slice(1);
    const unitTable = tables.find((t) => t.includes('Hàm Mỹ') && t.includes('Khối cơ quan')) ?? '';
    expect(unitTable.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(unitTable.match(/<w:cantSplit\/>/g)).toHaveLength(16);
    const signature = tables.find((t) => t.includes('Nơi nhận:')) ?? '';
    expect(signature).toContain('<w:cantSplit/>');
    const heading = xml.split('<w:p>').find((p) => p.includes('II. ĐÁNH GIÁ CHUNG')) ?? '';
    expect(heading).toContain('<w:keepNext/>');
  });

  test('each report is logged in Nhật ký, with the invalid rows for the staff; the body leaves them out', () => {
    const log = valuesOf(emu, SHEETS.log).slice(1).map((r) => r.map(String).join(' | '));
    const logged = log.filter((l) => l.includes(first.name) || l.includes(second.name));
    expect(logged).toHaveLength(2);
    const note = 'Còn 09 dòng dữ liệu có lỗi, chưa được tính vào số liệu báo cáo: Hàm Mỹ (02 dòng), Mương Mán (02 dòng), Tân Lập (03 dòng), Khối cơ quan, doanh nghiệp, nhà trường (02 dòng).';
    for (const l of logged) expect(l).toContain(note);
    expect(first.notes).toEqual([note]);
    expect(lines.some((l) => l.includes('dòng dữ liệu có lỗi'))).toBe(false);
  });

  test('the .docx: Times New Roman 14 by default, its author the Cơ quan ban hành setting', async () => {
    const record = emu.drive.get(first.id);
    const doc = record?.content.kind === 'document' ? (record.content.document as Document) : null;
    const zip = await JSZip.loadAsync(await documentToDocx(doc as Document, { creator: first.author }));
    const styles = await zip.file('word/styles.xml')?.async('string') ?? '';
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="28"\/>/);
    const core = await zip.file('docProps/core.xml')?.async('string') ?? '';
    expect(core).toContain('<dc:creator>BAN CHỈ ĐẠO PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ VÀ PHÒNG, CHỐNG TỘI PHẠM, TỆ NẠN XÃ HỘI</dc:creator>');
  });

  test('Nghị định 30 header: "Số: …/BC-BCĐ" and the place-date line on one table row', () => {
    const header = (xml.split('<w:tbl>')[1] ?? '').split('</w:tbl>')[0];
    const rows = header.split('<w:tr>').slice(1).map((r) => r.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
    expect(rows).toHaveLength(2);
    expect(rows[1]).toBe('Số: …/BC-BCĐ Hàm Thuận Nam, ngày 24 tháng 4 năm 2019');
  });
});

describe('makeReport', () => {
  test('with the lock held by another run: busy, no Doc', () => {
    const emu = setUp();
    emu.locks.holdByOther(true);
    const result = emu.call('makeReport', [AS_OF]) as { busy?: string };
    expect(result.busy).toContain('thử lại');
    expect(emu.drive.files().filter((f) => f.content.kind === 'document')).toHaveLength(0);
  });

  test('the sample report takes at most 400 service calls of all services', () => {
    const emu = setUp();
    emu.calls.reset();
    emu.call('makeReport', [AS_OF]);
    expect(emu.calls.total()).toBeLessThanOrEqual(400);
    expect(emu.calls.get('Docs.Documents.batchUpdate')).toBe(1);
    expect(emu.calls.get('Table.getCell')).toBeLessThan(10);
  });

  test('Docs service calls the same and characters bounded: the sample and buildLargeSample(10)', () => {
    const run = (emu: Emulator) => {
      emu.calls.reset();
      const report = emu.call('makeReport', [AS_OF]) as ReportResult;
      const snap = Object.fromEntries(Object.entries(emu.calls.snapshot()).filter(([k]) => DOCS.test(k)));
      const doc = emu.drive.get(report.id)?.content;
      const chars = doc?.kind === 'document' ? (doc.document as Document).body.getText().length : 0;
      return { calls: { total: Object.values(snap).reduce((a, b) => a + b, 0), snapshot: snap }, chars };
    };
    const small = run(setUp(1));
    const large = run(setUp(10));
    expect(small.calls.total).toBeGreaterThan(50);
    expectSameCalls(small.calls, large.calls);
    // 95 rows and 950 rows: the lists are capped (LIST_CAPS), so only "và N … khác" grows.
    expect(small.chars).toBeGreaterThan(5000);
    expect(large.chars).toBeLessThan(12000);
    expect(large.chars - small.chars).toBeLessThan(1500);
  });
});
