// Vietnamese text of the reminders: e-mails, menus, dialogs and `Nhật ký` statuses.
import { formatDayVi } from '../dates';
import { formatPeriodVi } from '../confirm/period';

export const SEND_STATUS = { sent: 'đã gửi', failed: 'lỗi', waiting: 'chờ hạn mức' } as const;
export type SendStatus = (typeof SEND_STATUS)[keyof typeof SEND_STATUS];

/** How many problems a reminder lists before "và N vấn đề khác". */
export const MAX_LISTED_PROBLEMS = 20;

/** The sender name of every reminder. */
export const MAIL_SENDER_NAME = 'Mô hình ANTT';

const TAG = '[Mô hình ANTT]';
const CONFIRM_MENU = '"Mô hình ANTT → Xác nhận số liệu kỳ này"';

export const MAIL_TEXT = {
  subjectBefore: (unit: string, period: string, deadline: string) =>
    `${TAG} Nhắc cập nhật số liệu kỳ ${formatPeriodVi(period)} – ${unit} (hạn ${formatDayVi(deadline)})`,
  subjectOverdue: (unit: string, period: string) => `${TAG} Quá hạn cập nhật số liệu kỳ ${formatPeriodVi(period)} – ${unit}`,
  subjectNoAddress: (unit: string, period: string) => `${TAG} ${unit} chưa có email đầu mối hợp lệ – kỳ ${formatPeriodVi(period)}`,
  subjectSummary: (period: string) => `${TAG} Tổng hợp xác nhận số liệu kỳ ${formatPeriodVi(period)}`,
  greetingUnit: (unit: string) => `Kính gửi đầu mối ${unit},`,
  greetingAdmins: 'Kính gửi Ban Chỉ đạo huyện,',
  deadlineAhead: (period: string, deadline: string, days: number) =>
    `Hạn cập nhật và xác nhận số liệu mô hình "Tự phòng, tự quản" kỳ ${formatPeriodVi(period)} là ngày ${formatDayVi(deadline)}${days === 0 ? ' (hôm nay)' : ` (còn ${days} ngày)`}.`,
  deadlinePassed: (period: string, deadline: string, days: number) =>
    `Hạn cập nhật và xác nhận số liệu mô hình "Tự phòng, tự quản" kỳ ${formatPeriodVi(period)} là ngày ${formatDayVi(deadline)}, đã quá ${days} ngày.`,
  state: (label: string) => `Tình trạng xác nhận số liệu: ${label}.`,
  returned: (day: string, reason: string) => `Số liệu đã xác nhận bị trả lại ngày ${formatDayVi(day)}. Lý do: ${reason}`,
  problemsTitle: (count: number) => `Các vấn đề cần xử lý (${count}):`,
  noProblems: 'Không còn lỗi dữ liệu nào.',
  more: (n: number) => `và ${n} vấn đề khác.`,
  link: 'Trang dữ liệu của đơn vị:',
  todo: (tab: string) =>
    `Việc cần làm: sửa các lỗi trên trang "${tab}", cập nhật ngày sinh hoạt, sơ kết, tổng kết của các mô hình, rồi mở trang của đơn vị và chọn ${CONFIRM_MENU}.`,
  footer: 'Thư này do tiện ích Mô hình ANTT gửi tự động từ bảng tính theo dõi của huyện.',
  reviewDue: (sheet: string, row: number, model: string, annual: boolean, due: string) =>
    `${sheet}, dòng ${row}: mô hình "${model}" đến hạn ${annual ? 'tổng kết năm' : 'sơ kết 6 tháng'} ngày ${formatDayVi(due)}.`,
  issueLine: (sheet: string, row: number | null, message: string) => `${sheet}${row === null ? '' : `, dòng ${row}`}: ${message}`,
  noAddress: (unit: string, values: readonly string[]) =>
    `${unit} không có địa chỉ email đầu mối hợp lệ (cột "Email đầu mối" trong trang "Đơn vị": ${values.length === 0 ? 'để trống' : values.map((v) => `"${v}"`).join(', ')}), nên thư nhắc của đơn vị không gửi được.`,
  reasonsTitle: 'Lý do cần nhắc đơn vị:',
  reasonErrors: (n: number) => `còn ${n} lỗi dữ liệu`,
  reasonMeetings: (n: number) => `${n} mô hình quá hạn sinh hoạt`,
  reasonReviews: (n: number) => `${n} mô hình đến hạn sơ kết, tổng kết trong tháng tới`,
  reasonUnconfirmed: 'chưa xác nhận số liệu kỳ này',
  todoNoAddress: (unit: string) =>
    `Việc cần làm: bổ sung email đầu mối của ${unit} vào trang "Đơn vị" (nhiều địa chỉ cách nhau bằng dấu phẩy) rồi chạy "Thiết lập / sửa bảng tính", và báo đơn vị nội dung trên.`,
  summaryIntro: (period: string, deadline: string) =>
    `Tình hình xác nhận số liệu kỳ ${formatPeriodVi(period)} sau hạn ${formatDayVi(deadline)}:`,
  summaryCounts: (onTime: number, late: number, missing: number) =>
    `Đúng hạn: ${onTime} đơn vị; trễ hạn: ${late}; chưa xác nhận: ${missing}.`,
  summaryLine: (unit: string, state: string, errors: number, meetings: number) =>
    `${unit}: ${state}; ${errors} lỗi; ${meetings} mô hình quá hạn sinh hoạt.`,
  workbookLink: 'Bảng tính theo dõi của huyện:',
  summaryTodo: `Việc cần làm: nhắc các đơn vị chưa xác nhận; khi cần trả lại số liệu, dùng menu "Mô hình ANTT → Trả lại số liệu".`,
} as const;

export const REMIND_UI = {
  title: 'Nhắc việc',
  previewTitle: 'Xem trước nhắc việc',
  previewEmpty: 'Hôm nay không có thư nhắc nào đến hạn.',
  previewLine: (stage: string, to: string, subject: string) => `• ${stage} → ${to}: ${subject}`,
  confirmSend: (n: number, recipients: number, quota: number) =>
    `Gửi ngay ${n} thư nhắc việc (${recipients} người nhận; hạn mức còn ${quota} người nhận hôm nay)?`,
  nothingToSend: 'Không có thư nhắc nào cần gửi hôm nay.',
  sent: (sent: number, waiting: number, failed: number, stopped: number) =>
    `Đã gửi ${sent} thư.${waiting > 0 ? ` ${waiting} thư chờ hạn mức, sẽ gửi trước trong lần chạy sau.` : ''}${failed > 0 ? ` ${failed} thư lỗi, xem "Nhật ký".` : ''}${stopped > 0 ? ` Dừng trước giới hạn thời gian chạy; ${stopped} thư còn lại sẽ gửi trong lần chạy sau.` : ''}`,
  busy: 'Đợt nhắc việc khác đang chạy; lần chạy này dừng, không gửi gì.',
  scheduleOn: (hour: number) => `Đã bật lịch nhắc tự động: mỗi ngày khoảng ${hour} giờ (giờ Việt Nam).`,
  scheduleAlreadyOn: (hour: number) => `Lịch nhắc tự động đã bật (mỗi ngày khoảng ${hour} giờ); đã cài lại một lịch duy nhất.`,
  scheduleOff: 'Đã tắt lịch nhắc tự động.',
  scheduleWasOff: 'Lịch nhắc tự động chưa bật nên không có gì để tắt.',
  askToggleOn: 'Lịch nhắc tự động đang tắt. Bật lịch gửi nhắc việc mỗi ngày khoảng 8 giờ?',
  askToggleOff: (hour: number) => `Lịch nhắc tự động đang bật (mỗi ngày khoảng ${hour} giờ). Tắt lịch?`,
  tooManyTriggers:
    'Không bật được lịch nhắc: tài khoản của bạn đã có 20 lịch chạy tự động (trigger) cho tiện ích này, là mức tối đa Google cho phép. Vào Apps Script → Trình kích hoạt (Triggers), xoá các lịch không dùng rồi thử lại.',
  addonClockLimit:
    'Không bật được lịch nhắc: với tiện ích (add-on), Google chỉ cho mỗi người dùng một lịch chạy theo giờ trong một bảng tính. Hãy tắt lịch đang có (có thể do người khác hoặc bản cài trước tạo) rồi thử lại.',
  triggerFailed: (message: string) => `Không bật được lịch nhắc: ${message}`,
  logBusy: 'Nhắc việc: đợt khác đang giữ khoá, lần chạy này kết thúc không gửi gì.',
  logStopped: (left: number) => `Nhắc việc: dừng trước giới hạn 6 phút; ${left} thư sẽ gửi lần sau.`,
} as const;

export const STAGE_LABELS = {
  'truoc-han': 'Nhắc trước hạn',
  'qua-han': 'Nhắc quá hạn',
  'tong-hop': 'Tổng hợp gửi huyện',
} as const;
