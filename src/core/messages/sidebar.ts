// Vietnamese user text of the sidebar ("Mở bảng điều khiển"). The page's client script
// bundles this file; identifiers English, text NFC.

export const SIDEBAR = {
  title: 'Mô hình ANTT – Bảng điều khiển',
  tabsLabel: 'Các phần của bảng điều khiển',
  tabs: { check: 'Kiểm tra', report: 'Báo cáo', remind: 'Nhắc việc' },
  loading: 'Đang tải…',
  serverError: (detail: string) => `Không thực hiện được yêu cầu: ${detail}. Hãy thử lại; nếu vẫn lỗi, báo cho cán bộ quản trị bảng tính.`,
  noConnection: 'Mất kết nối với bảng tính. Hãy tải lại trang (F5) rồi thử lại.',
} as const;

export const SIDEBAR_CHECK = {
  heading: 'Kiểm tra dữ liệu',
  recheck: 'Kiểm tra lại',
  checking: 'Đang kiểm tra toàn bộ bảng tính…',
  filterLabel: 'Xem đơn vị',
  allUnits: 'Tất cả đơn vị',
  summary: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
  none: 'Không có lỗi hay cảnh báo nào. Dữ liệu đã sẵn sàng để tổng hợp.',
  groupCounts: (errors: number, warnings: number) => `${errors} lỗi · ${warnings} cảnh báo`,
  error: 'Lỗi',
  warning: 'Cảnh báo',
  where: (sheet: string, row: number | null, column: string) =>
    [`Trang ${sheet}`, row === null ? '' : `dòng ${row}`, column ? `cột ${column}` : ''].filter(Boolean).join(', '),
  value: (value: string) => `Giá trị: ${value}`,
  emptyValue: 'Giá trị: (trống)',
  more: (shown: number, left: number) => `Xem thêm ${shown} (còn ${left})`,
  selected: (sheet: string, cell: string) => `Đã chọn ô ${cell} trang ${sheet}.`,
  selectHint: 'Bấm (hoặc Enter) vào một dòng để chọn ô đó trên bảng tính.',
} as const;

export const SIDEBAR_REPORT = {
  heading: 'Báo cáo sơ kết',
  asOf: 'Số liệu đến ngày',
  from: 'Đầu kỳ báo cáo (từ ngày)',
  pdf: 'Lưu thêm bản PDF',
  make: 'Tạo báo cáo',
  making: 'Đang tạo báo cáo… (có thể mất một phút)',
  done: (name: string) => `Đã tạo báo cáo "${name}".`,
  open: 'Mở báo cáo',
  openPdf: 'Mở bản PDF',
  figures: 'Số liệu của kỳ',
  figuresLoading: 'Đang tính số liệu…',
  period: (from: string, asOf: string) => `Từ ${from} đến ${asOf}`,
  sites: 'Tổng số điểm mô hình',
  types: 'Số loại mô hình',
  unitsWithSites: 'Số xã, thị trấn có mô hình',
  newSites: 'Xây dựng mới',
  replicated: 'Nhân rộng',
  invalidRows: 'Dòng còn lỗi (chưa tính)',
  chart: 'Số điểm mô hình theo đơn vị',
  chartRow: (unit: string, sites: number) => `${unit}: ${sites} điểm`,
} as const;

export const SIDEBAR_SELECT = {
  noSheet: (sheet: string) => `Không tìm thấy trang "${sheet}": có thể trang đã bị đổi tên hoặc xoá. Bấm "Kiểm tra lại" để cập nhật danh sách.`,
  badCell: (cell: string) => `Ô "${cell}" không hợp lệ. Bấm "Kiểm tra lại" để cập nhật danh sách.`,
} as const;

export const SIDEBAR_REMIND = {
  heading: 'Nhắc việc',
  loading: 'Đang tải tình hình nhắc việc…',
  schedule: 'Lịch nhắc tự động',
  scheduleToggle: 'Gửi nhắc việc tự động mỗi ngày',
  scheduleOn: (hour: number) => `Đang bật: mỗi ngày khoảng ${hour} giờ (giờ Việt Nam).`,
  scheduleOff: 'Đang tắt: chỉ gửi khi bấm "Gửi ngay".',
  scheduleSaving: 'Đang đổi lịch nhắc…',
  units: (period: string) => `Xác nhận số liệu kỳ ${period}`,
  noUnits: 'Chưa có đơn vị nào theo dõi.',
  preview: (n: number) => `Thư nhắc hôm nay (${n})`,
  to: 'Gửi:',
  cc: 'Đồng gửi:',
  district: 'Toàn huyện',
  send: 'Gửi ngay',
  confirmSend: (messages: number, recipients: number) => `Gửi ngay ${messages} thư nhắc việc tới ${recipients} người nhận?`,
  confirmYes: (messages: number) => `Gửi ${messages} thư`,
  cancel: 'Huỷ',
  cancelled: 'Đã huỷ, chưa gửi thư nào.',
  sending: 'Đang gửi thư nhắc…',
  sends: 'Kết quả gửi',
  notTried: 'chưa gửi (lần chạy sau)',
  lastSends: 'Lần gửi gần đây (Nhật ký)',
  noSends: 'Chưa có lần gửi nào.',
  sendLine: (unit: string, stage: string) => `${unit} – ${stage}`,
} as const;
