// The `antt` command line's own text: every line is Vietnamese, then " / ", then English
// (product.md, "Command-line contract"). The bundle never shows these.
import { SETUP } from './validation';

/** One CLI line: Vietnamese first, English after a slash. */
export function cliLine(vi: string, en: string): string {
  return `${vi} / ${en}`;
}

const HELP_HINT = '(antt --help)';
const DATE_FORMAT = 'YYYY-MM-DD, ví dụ 2019-04-24';
const DATE_FORMAT_EN = 'YYYY-MM-DD, e.g. 2019-04-24';

const SETUP_COMMAND = 'antt setup FILE.xlsx --out OUT.xlsx';
const SETUP_OFFLINE = `chạy "${SETUP_COMMAND}"`;

/**
 * An add-on message as the CLI prints it: where it tells the user to run the Sheets menu's
 * set-up, the command that applies on this computer is named instead.
 */
export function offlineMessage(message: string): string {
  return message.split(SETUP).join(SETUP_OFFLINE);
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const CLI_TEXT = {
  noCommand: cliLine(`Thiếu lệnh ${HELP_HINT}`, `missing command ${HELP_HINT}`),
  unknownCommand: (c: string) => cliLine(`Lệnh không hỗ trợ: ${c} ${HELP_HINT}`, `unknown command: ${c} ${HELP_HINT}`),
  unknownOption: (o: string) => cliLine(`Tùy chọn không hỗ trợ: ${o} ${HELP_HINT}`, `unknown option: ${o} ${HELP_HINT}`),
  optionNotFor: (o: string, c: string) =>
    cliLine(`Tùy chọn ${o} không dùng được với lệnh "antt ${c}" ${HELP_HINT}`, `option ${o} does not apply to "antt ${c}" ${HELP_HINT}`),
  optionTwice: (o: string) => cliLine(`Tùy chọn ${o} được nhập hai lần: chỉ nhập một lần`, `option ${o} given twice: give it once`),
  missingValue: (o: string, v: string) => cliLine(`Tùy chọn ${o} cần một giá trị (${o} ${v})`, `option ${o} needs a value (${o} ${v})`),
  emptyValue: (o: string, v: string) => cliLine(`Giá trị của ${o} đang trống (cần ${o} ${v})`, `empty value for ${o} (expected ${o} ${v})`),
  flagValue: (o: string) => cliLine(`Tùy chọn ${o} không nhận giá trị`, `option ${o} takes no value`),
  missingOption: (o: string, v: string, c: string) =>
    cliLine(`Lệnh "antt ${c}" cần ${o} ${v}`, `"antt ${c}" needs ${o} ${v}`),
  missingFile: (name: string, c: string) =>
    cliLine(`Thiếu tên tệp ${name} (antt ${c} ${name})`, `missing ${name} argument (antt ${c} ${name})`),
  extraArgument: (a: string, c: string) =>
    cliLine(`Thừa tham số "${a}": lệnh "antt ${c}" không nhận thêm tệp ${HELP_HINT}`, `unexpected argument "${a}": "antt ${c}" takes no more files ${HELP_HINT}`),
  exclusive: (a: string, b: string, c: string) =>
    cliLine(`Lệnh "antt ${c}" nhận ${a} hoặc ${b}, không nhận cả hai`, `"antt ${c}" takes ${a} or ${b}, not both`),

  badDateFormat: (o: string, v: string) =>
    cliLine(`Ngày không hợp lệ cho ${o}: "${v}" (cần dạng ${DATE_FORMAT})`, `invalid date for ${o}: "${v}" (expected ${DATE_FORMAT_EN})`),
  noSuchMonth: (o: string, v: string, month: number) =>
    cliLine(`Ngày không tồn tại cho ${o}: ${v} (không có tháng ${month}; cần dạng ${DATE_FORMAT})`, `no such date for ${o}: ${v} (there is no month ${month}; expected ${DATE_FORMAT_EN})`),
  noSuchDay: (o: string, v: string, year: number, month: number, days: number) =>
    cliLine(
      `Ngày không tồn tại cho ${o}: ${v} (tháng ${month} năm ${year} có ${days} ngày; cần dạng ${DATE_FORMAT})`,
      `no such date for ${o}: ${v} (${MONTHS_EN[month - 1]} ${year} has ${days} days; expected ${DATE_FORMAT_EN})`,
    ),
  fromAfterAsOf: (from: string, asOf: string) =>
    cliLine(
      `Ngày đầu kỳ --from ${from} sau ngày chốt số liệu ${asOf}: --from phải trước hoặc bằng --as-of (dạng ${DATE_FORMAT})`,
      `the period start --from ${from} is after the as-of date ${asOf}: --from must be on or before --as-of (format ${DATE_FORMAT_EN})`,
    ),

  outputIsDirectory: (p: string) => cliLine(`Không ghi được ${p}: đây là một thư mục, cần tên tệp`, `cannot write ${p}: it is a folder, a file name is needed`),
  outputNotDirectory: (p: string) => cliLine(`Không ghi được vào ${p}: đây là một tệp, cần tên thư mục`, `cannot write into ${p}: it is a file, a folder is needed`),
  outputNoFolder: (p: string, dir: string) =>
    cliLine(`Không ghi được ${p}: thư mục ${dir} không tồn tại`, `cannot write ${p}: folder ${dir} does not exist`),
  outputNotWritable: (p: string, code: string) =>
    cliLine(`Không ghi được ${p}: không có quyền ghi hoặc ổ đĩa chỉ đọc (${code})`, `cannot write ${p}: no permission or read-only disk (${code})`),
  outputExists: (p: string) =>
    cliLine(`Không ghi đè ${p}: tệp đã có; chọn tên tệp khác`, `will not overwrite ${p}: the file exists; choose another name`),
  outputExtension: (o: string, p: string, ext: string) =>
    cliLine(`Tên tệp cho ${o} phải có đuôi ${ext}: ${p}`, `the file for ${o} must end in ${ext}: ${p}`),
  writeFailed: (p: string, code: string) => cliLine(`Không ghi được tệp ${p} (${code})`, `cannot write file ${p} (${code})`),

  unusableWorkbook: (missing: readonly string[]) =>
    cliLine(
      `Bảng tính thiếu trang ${missing.map((m) => `"${m}"`).join(', ')}. Hãy ${SETUP_OFFLINE} trước`,
      `unusable workbook, missing sheet(s): ${missing.join(', ')}; run "${SETUP_COMMAND}" first`,
    ),
  setupNeedsInput: cliLine(
    `Lệnh "antt setup" cần FILE.xlsx --out OUT.xlsx (sửa một bảng tính) hoặc --new OUT.xlsx (tạo bảng tính mới)`,
    `"antt setup" needs FILE.xlsx --out OUT.xlsx (repair a workbook) or --new OUT.xlsx (a new workbook)`,
  ),
  refused: (vi: string) => cliLine(vi, 'the add-on refused the request (see the Vietnamese message)'),
  /** A scope the manifest lacks (AS36), as the CLI user sees it: the service, the call, the scope. */
  permission: (service: string, call: string, scopes: readonly string[]) =>
    cliLine(
      `Tiện ích thiếu quyền: ${service} cần phạm vi ${scopes.join(' hoặc ')} (lệnh ${call}); thêm phạm vi này vào "oauthScopes" của appsscript.json rồi build lại`,
      `missing permission: ${service} needs the scope ${scopes.join(' or ')} (${call}); add it to "oauthScopes" in appsscript.json and build again`,
    ),
  doctorSummary: (ok: number, fix: number, offline: number) =>
    `${ok} mục ổn, ${fix} mục cần sửa, ${offline} mục không kiểm tra được ngoại tuyến / ${ok} ok, ${fix} to fix, ${offline} not checkable offline`,
  internal: cliLine(
    'Lỗi nội bộ của antt, xin báo lại cho nhóm phát triển (chạy lại với --debug để xem chi tiết)',
    'internal error in antt, please report it (run again with --debug for details)',
  ),

  period: (from: string, asOf: string) => `Kỳ / period: ${from} → ${asOf}`,
  demo: {
    setup: (m: string) => `Thiết lập: ${m}`,
    check: (errors: number, warnings: number) => `Kiểm tra: ${errors} lỗi, ${warnings} cảnh báo`,
    unit: (unit: string, errors: number, warnings: number) => `  ${unit}: ${errors} lỗi, ${warnings} cảnh báo`,
    totals: (day: string, line: string) => `Tổng hợp đến ${day}: ${line}`,
    report: (name: string) => `Báo cáo: ${name}`,
    mail: (n: number, dir: string) => `Nhắc việc: ${n} thư → ${dir}`,
  },
  /** Where `Nhật ký` offline says the report went. */
  reportFile: (p: string) => `tệp ${p}`,
  written: (p: string) => `Đã ghi / written: ${p}`,
  noLibreOffice: cliLine(
    'Không tìm thấy LibreOffice (lệnh soffice) nên không tạo được bản PDF; hãy cài LibreOffice hoặc bỏ --pdf',
    'LibreOffice (the soffice command) was not found, so no PDF can be made; install LibreOffice or leave out --pdf',
  ),
  summary: (errors: number, warnings: number) =>
    `${errors} lỗi, ${warnings} cảnh báo / ${errors} errors, ${warnings} warnings`,
  badQuota: (v: string) => cliLine(`--quota cần một số nguyên không âm: "${v}"`, `--quota needs a whole number ≥ 0: "${v}"`),
  badState: (p: string) =>
    cliLine(`Tệp trạng thái ${p} hỏng (không phải tệp --state của antt remind); xoá hoặc chọn tệp khác`, `state file ${p} is damaged (not an antt remind --state file); delete it or choose another`),
  remindSummary: (sent: number, total: number) => `Đã gửi ${sent}/${total} thư / sent ${sent} of ${total} messages`,
  remindStopped: (n: number) =>
    cliLine(`${n} thư chưa gửi vì dừng trước giới hạn thời gian; chạy lại để gửi`, `${n} messages not tried (stopped before the time limit); run again to send them`),
} as const;
