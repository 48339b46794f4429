// Vietnamese text of period confirmation and its return (menus, CLI, `Nhật ký`).
import { formatDayVi } from '../dates';
import { formatPeriodVi } from '../confirm/period';

/** Who is recorded when Apps Script does not give the user's address. */
export const UNKNOWN_USER = 'không xác định';

/** How many errors a refusal lists before "và N lỗi khác". */
export const MAX_LISTED_ERRORS = 10;

export const CONFIRM_TEXT = {
  title: 'Xác nhận số liệu kỳ này',
  askUnit: (codes: string) =>
    `Trang đang mở không phải trang dữ liệu của một đơn vị. Nhập mã đơn vị cần xác nhận số liệu (${codes}):`,
  unknownUnit: (value: string) =>
    `Không có đơn vị đang theo dõi nào mã "${value}" trong trang "Đơn vị". Nhập đúng mã đơn vị (cột "Mã đơn vị") rồi thử lại.`,
  hasErrors: (unit: string, count: number, lines: readonly string[], more: number) =>
    [
      `Chưa xác nhận được số liệu của ${unit}: trang dữ liệu còn ${count} lỗi. Sửa các lỗi dưới đây rồi xác nhận lại.`,
      ...lines,
      ...(more > 0 ? [`và ${more} lỗi khác.`] : []),
    ].join('\n'),
  errorLine: (sheet: string, row: number | null, message: string) => `- ${sheet}${row === null ? '' : `, dòng ${row}`}: ${message}`,
  notAllowed: (email: string, unit: string) =>
    `Tài khoản ${email} không phải email đầu mối của ${unit} (cột "Email đầu mối" trong trang "Đơn vị") cũng không phải quản trị huyện ("Email quản trị" trong "Cấu hình"), nên không xác nhận được. Nhờ đầu mối của đơn vị hoặc quản trị xác nhận.`,
  done: (unit: string, period: string, onTime: boolean, deadline: string) =>
    `Đã xác nhận số liệu kỳ ${formatPeriodVi(period)} của ${unit}: ${onTime ? 'đúng hạn' : 'chậm hạn'} (hạn ${formatDayVi(deadline)}).`,
  unknownUser: `Apps Script không cho biết địa chỉ email của bạn, nên người xác nhận được ghi là "${UNKNOWN_USER}".`,
  already: (unit: string, period: string, day: string) =>
    `${unit} đã xác nhận số liệu kỳ ${formatPeriodVi(period)} ngày ${formatDayVi(day)}; không cần xác nhận lại.`,
  logResult: (period: string, onTime: boolean, deadline: string) =>
    `Kỳ ${period} · ${onTime ? ON_TIME_WORD : LATE_WORD} (hạn ${formatDayVi(deadline)})`,
} as const;

export const ON_TIME_WORD = 'đúng hạn';
export const LATE_WORD = 'chậm hạn';

export const RETURN_TEXT = {
  title: 'Trả lại số liệu',
  askUnit: (codes: string) => `Nhập mã đơn vị cần trả lại số liệu đã xác nhận (${codes}):`,
  askReason: 'Lý do trả lại (được ghi vào "Nhật ký" và gửi kèm lần nhắc việc tiếp theo của đơn vị):',
  noReason: 'Cần ghi lý do trả lại để đơn vị biết phải sửa gì. Chưa trả lại số liệu.',
  notAdmin: (email: string) =>
    `Chỉ quản trị huyện ("Email quản trị" trong trang "Cấu hình") mới trả lại được số liệu; tài khoản ${email} không có trong danh sách đó.`,
  notConfirmed: (unit: string, period: string) =>
    `${unit} chưa xác nhận số liệu kỳ ${formatPeriodVi(period)} nên không có gì để trả lại.`,
  done: (unit: string, period: string, reason: string) =>
    `Đã trả lại số liệu kỳ ${formatPeriodVi(period)} của ${unit}. Lý do: ${reason}. Đơn vị cần sửa và xác nhận lại.`,
  logResult: (period: string, reason: string) => `Kỳ ${period} · ${REASON_WORD} ${reason}`,
} as const;

export const REASON_WORD = 'lý do:';
