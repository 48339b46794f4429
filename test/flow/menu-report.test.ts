/**
 * Menu "Tạo báo cáo sơ kết" (`menuReport`) through the bundle: the two period prompts, the PDF
 * question, the Doc (and PDF) in Drive, and the link dialog (link-dialog.ts) with its escaping.
 */
import type { Emulator } from '../../emulator/emulator';
import type { ReportResult } from '../../src/gas/report/create-report';
import { emulator, sheetOf } from './harness';

const NAME = 'Báo cáo sơ kết mô hình ANTT – 25/10/2018 đến 24/4/2019 – 2019-04-24 09:00';
const TITLE = 'Tạo báo cáo sơ kết';
const ASK_PDF = 'Có lưu thêm một bản PDF bên cạnh báo cáo không?';

function setUp(): Emulator {
  const emu = emulator();
  emu.run('menuSetup');
  return emu;
}

const files = (emu: Emulator, kind: string) => emu.drive.files().filter((f) => f.content.kind === kind);

/** Puts a value in the row of `Cấu hình` whose label is `label`, as the user would type it. */
function setSetting(emu: Emulator, label: string, value: string): void {
  const sheet = sheetOf(emu, 'Cấu hình');
  const labels = sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues().map((r) => String(r[0]));
  sheet.getRange(labels.indexOf(label) + 1, 2).setValue(value);
}

describe('menuReport: empty answers and YES to the PDF', () => {
  let emu: Emulator;
  let result: ReportResult;
  beforeAll(() => {
    emu = setUp();
    emu.ui.answer({ button: 'OK', text: '' }, { button: 'OK', text: '' }, { button: 'YES' });
    result = emu.run('menuReport') as ReportResult;
  });

  test('the prompts offer today and six months, then the PDF question (Yes / No / Cancel)', () => {
    expect(emu.ui.pending()).toBe(0);
    expect(emu.ui.prompts.map((p) => [p.title, p.prompt, p.buttons])).toEqual([
      [TITLE, 'Tính số liệu đến ngày nào? Nhập dd/mm/yyyy, hoặc để trống để lấy hôm nay (24/04/2019).', 'OK_CANCEL'],
      [TITLE, 'Kỳ báo cáo bắt đầu từ ngày nào? Nhập dd/mm/yyyy, hoặc để trống để lấy 25/10/2018 (6 tháng).', 'OK_CANCEL'],
    ]);
    expect(emu.ui.alerts.map((a) => [a.title, a.prompt, a.buttons])).toEqual([[TITLE, ASK_PDF, 'YES_NO_CANCEL']]);
  });

  test('a Doc and its PDF in Drive, named for the period and the time', () => {
    expect(result.name).toBe(NAME);
    expect(result.url).toBe(`https://docs.google.com/open?id=${result.id}`);
    expect(result.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\/[\w-]+\/view$/);
    expect(files(emu, 'document').map((f) => f.name)).toEqual([NAME]);
    expect(files(emu, 'blob').map((f) => [f.name, f.mimeType])).toEqual([[`${NAME}.pdf`, 'application/pdf']]);
  });

  test('one modal dialog, 460 × 220, with the name and both links opening in a new tab', () => {
    expect(emu.ui.dialogs).toEqual([{
      kind: 'modal',
      title: TITLE,
      width: 460,
      height: 220,
      html: '<div style="font-family:Arial,sans-serif;font-size:14px">' +
        `<p>Đã tạo báo cáo &quot;${NAME}&quot;.</p>` +
        `<p><a href="https://docs.google.com/open?id=${result.id}" target="_blank" rel="noopener">Mở báo cáo</a></p>` +
        `<p><a href="${result.pdfUrl}" target="_blank" rel="noopener">Mở bản PDF</a></p>` +
        // For the district staff, kept out of the report's body (issue 12).
        '<p>Còn 09 dòng dữ liệu có lỗi, chưa được tính vào số liệu báo cáo: Hàm Mỹ (02 dòng), Mương Mán (02 dòng), Tân Lập (03 dòng), Khối cơ quan, doanh nghiệp, nhà trường (02 dòng).</p>' +
        '</div>',
    }]);
  });
});

describe('menuReport: other answers', () => {
  test('NO to the PDF: the Doc only, and the dialog has no PDF link', () => {
    const emu = setUp();
    emu.ui.answer({ button: 'OK', text: '' }, { button: 'OK', text: '' }, { button: 'NO' });
    const result = emu.run('menuReport') as ReportResult;
    expect(result.pdfUrl).toBeNull();
    expect(files(emu, 'blob')).toEqual([]);
    expect(emu.ui.dialogs).toHaveLength(1);
    expect(emu.ui.dialogs[0].html).toContain('>Mở báo cáo</a>');
    expect(emu.ui.dialogs[0].html).not.toContain('Mở bản PDF');
  });

  test('typed dates: the period they give is in the name', () => {
    const emu = setUp();
    emu.ui.answer({ button: 'OK', text: '31/12/2018' }, { button: 'OK', text: '01/07/2018' }, { button: 'NO' });
    const result = emu.run('menuReport') as ReportResult;
    expect(result.name).toBe('Báo cáo sơ kết mô hình ANTT – 01/7/2018 đến 31/12/2018 – 2019-04-24 09:00');
    expect(emu.ui.prompts[1].prompt).toBe('Kỳ báo cáo bắt đầu từ ngày nào? Nhập dd/mm/yyyy, hoặc để trống để lấy 01/07/2018 (6 tháng).');
  });

  test.each([
    ['Cancel at the first prompt', [{ button: 'CANCEL' as const }], 0],
    ['Cancel at the second prompt', [{ button: 'OK' as const, text: '' }, { button: 'CANCEL' as const }], 0],
    ['Cancel at the PDF question', [{ button: 'OK' as const, text: '' }, { button: 'OK' as const, text: '' }, { button: 'CANCEL' as const }], 1],
    ['the PDF question closed', [{ button: 'OK' as const, text: '' }, { button: 'OK' as const, text: '' }, { button: 'CLOSE' as const }], 1],
  ])('%s: null, no Doc, no dialog', (_what, answers, alerts) => {
    const emu = setUp();
    emu.ui.answer(...answers);
    expect(emu.run('menuReport')).toBeNull();
    expect(files(emu, 'document')).toEqual([]);
    expect(emu.ui.dialogs).toEqual([]);
    expect(emu.ui.alerts).toHaveLength(alerts);
  });

  test('a date that does not exist: an alert naming it, no question about the PDF, no Doc', () => {
    const emu = setUp();
    emu.ui.answer({ button: 'OK', text: '31/02/2019' });
    expect(emu.run('menuReport')).toBeNull();
    expect(emu.ui.alerts.map((a) => a.prompt)).toEqual(['"31/02/2019" không phải là ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 24/04/2019.']);
    expect(files(emu, 'document')).toEqual([]);
  });

  test('a period start after the as-of date: the alert says so', () => {
    const emu = setUp();
    emu.ui.answer({ button: 'OK', text: '01/01/2019' }, { button: 'OK', text: '02/01/2019' });
    expect(emu.run('menuReport')).toBeNull();
    expect(emu.ui.alerts.map((a) => a.prompt)).toEqual(['Ngày bắt đầu kỳ phải trước ngày tính số liệu. Hãy chạy lại và nhập lại hai ngày.']);
  });

  test('with the lock held by another run: the busy alert, no Doc, no dialog', () => {
    const emu = setUp();
    emu.locks.holdByOther(true);
    emu.ui.answer({ button: 'OK', text: '' }, { button: 'OK', text: '' }, { button: 'NO' });
    const result = emu.run('menuReport') as { busy: string };
    expect(emu.ui.alerts.at(-1)?.prompt).toBe(result.busy);
    expect(result.busy).toContain('thử lại');
    expect(files(emu, 'document')).toEqual([]);
    expect(emu.ui.dialogs).toEqual([]);
  });

  test('a template id that cannot be opened: the error in an alert titled like the menu, no Doc', () => {
    const emu = setUp();
    setSetting(emu, 'Mẫu báo cáo (ID Google Docs)', '1KhongCoMauNay');
    emu.ui.answer({ button: 'OK', text: '' }, { button: 'OK', text: '' }, { button: 'NO' });
    const result = emu.run('menuReport') as { error: string };
    expect(result.error).toBe('Không mở được mẫu báo cáo có ID "1KhongCoMauNay" (ô "Mẫu báo cáo (ID Google Docs)" trong trang "Cấu hình"). Hãy kiểm tra ID và quyền xem tài liệu, hoặc xóa ô đó để dùng mẫu chuẩn.');
    expect(emu.ui.alerts.at(-1)).toEqual({ title: TITLE, prompt: result.error, buttons: 'OK', response: 'OK' });
    expect(files(emu, 'document')).toEqual([]);
  });

  test('a warning is shown in the dialog, its text escaped', () => {
    const emu = setUp();
    setSetting(emu, 'Thư mục báo cáo (ID Google Drive)', '1<b>ThuMuc</b>&x');
    emu.ui.answer({ button: 'OK', text: '' }, { button: 'OK', text: '' }, { button: 'NO' });
    const result = emu.run('menuReport') as ReportResult;
    expect(result.warnings).toEqual(['Không ghi được vào thư mục có ID "1<b>ThuMuc</b>&x" (ô "Thư mục báo cáo (ID Google Drive)" trong trang "Cấu hình"). Báo cáo đã được lưu trong thư mục "Báo cáo mô hình ANTT" của tiện ích.']);
    expect(emu.ui.dialogs[0].html).toContain(
      '<p style="color:#8a4b00">Không ghi được vào thư mục có ID &quot;1&lt;b&gt;ThuMuc&lt;/b&gt;&amp;x&quot; (ô &quot;Thư mục báo cáo (ID Google Drive)&quot;',
    );
    expect(emu.ui.dialogs[0].html).not.toContain('<b>');
  });
});
