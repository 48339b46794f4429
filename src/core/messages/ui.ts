// Vietnamese user text for menus, dialogs, toasts and the log. Identifiers English, text NFC.

export const MENU = {
  title: 'Mô hình ANTT',
  setup: 'Thiết lập / sửa bảng tính',
  validate: 'Kiểm tra dữ liệu',
  totals: 'Tổng hợp số liệu',
  report: 'Tạo báo cáo sơ kết',
  confirm: 'Xác nhận số liệu kỳ này',
  returnData: 'Trả lại số liệu',
  schedule: 'Bật/Tắt lịch nhắc tự động',
  preview: 'Xem trước nhắc việc',
  sendNow: 'Gửi nhắc việc ngay',
  sidebar: 'Mở bảng điều khiển',
  doctor: 'Kiểm tra cài đặt',
} as const;

/** Descriptions of the protections set-up owns (found again by these on the next run). */
export const PROTECTION = {
  unitTab: (unit: string) => `Mô hình ANTT – dữ liệu của ${unit}`,
  owned: (sheet: string) => `Mô hình ANTT – trang do tiện ích ghi, không sửa tay: ${sheet}`,
  prefix: 'Mô hình ANTT – ',
} as const;

export const LOCK_BUSY = 'Một thao tác khác của tiện ích (kiểm tra, tổng hợp, thiết lập hoặc tạo báo cáo) đang chạy trên bảng tính này. Vui lòng đợi khoảng một phút rồi thử lại.';

export const HELP_TEXT = {
  list: (values: readonly string[]) => `Chọn một giá trị trong danh sách: ${values.join(', ')}.`,
  catalogType: 'Chọn một loại mô hình trong trang "Loại mô hình". Nếu chưa có, nhờ cán bộ huyện bổ sung danh mục.',
  date: 'Nhập ngày dạng ngày/tháng/năm, ví dụ 24/04/2019.',
} as const;

export const LOG_ACTIONS = {
  setup: 'Thiết lập bảng tính',
  validate: 'Kiểm tra dữ liệu',
  totals: 'Tổng hợp số liệu',
  report: 'Tạo báo cáo',
  confirm: 'Xác nhận số liệu',
  returned: 'Trả lại số liệu',
  remind: 'Nhắc việc',
  doctor: 'Kiểm tra cài đặt',
} as const;

export const SETUP_TEXT = {
  started: 'Đang thiết lập bảng tính…',
  done: (created: number, columns: number, tabs: number) =>
    `Đã thiết lập xong: tạo mới ${created} trang tính, bổ sung ${columns} cột, ${tabs} trang đơn vị. Dữ liệu đã nhập được giữ nguyên.`,
  skippedUnit: (unit: string, tab: string) =>
    `Không tạo được trang tính "${tab}" cho đơn vị "${unit}": tên trang tính trống, trùng, dài quá 31 ký tự hoặc có ký tự : \\ / ? * [ ]. Hãy sửa cột "Tên trang tính" trong trang "Đơn vị" rồi chạy lại "${MENU.setup}".`,
  title: 'Thiết lập bảng tính',
  zoneDiffers: (zone: string, wanted: string) =>
    `Múi giờ của bảng tính là "${zone}", khác múi giờ Việt Nam (${wanted}). Ngày "hôm nay", hạn sinh hoạt và ngày trong báo cáo được tính theo múi giờ của bảng tính. Đặt múi giờ của bảng tính thành ${wanted}? (Các ngày đã nhập vẫn giữ nguyên; có thể đổi lại trong Tệp → Cài đặt.)`,
  zoneSet: (wanted: string) => `Đã đặt múi giờ của bảng tính thành ${wanted}.`,
} as const;

export const VALIDATE_TEXT = {
  title: 'Kiểm tra dữ liệu',
  progress: (n: number, total: number, unit: string) => `Đang kiểm tra ${n}/${total}: ${unit}…`,
  summary: (errors: number, warnings: number) =>
    errors + warnings === 0
      ? 'Không phát hiện lỗi hay cảnh báo nào. Dữ liệu đã sẵn sàng để tổng hợp.'
      : `Đã kiểm tra xong: ${errors} lỗi, ${warnings} cảnh báo. Xem trang "Lỗi dữ liệu" và cột "Kiểm tra" của từng đơn vị.`,
  perUnit: (unit: string, errors: number, warnings: number) => `• ${unit}: ${errors} lỗi, ${warnings} cảnh báo`,
  workbookLevel: 'Cấu trúc bảng tính và danh mục',
  openCell: 'Mở ô',
  noIssues: 'Không có lỗi.',
  unusable: (missing: readonly string[]) =>
    `Bảng tính thiếu trang ${missing.map((m) => `"${m}"`).join(', ')}. Hãy chạy "${MENU.setup}" trước.`,
} as const;

export const TOTALS_PROMPT = {
  title: 'Tổng hợp số liệu',
  asOf: (today: string) => `Tính số liệu đến ngày nào? Nhập dd/mm/yyyy, hoặc để trống để lấy hôm nay (${today}).`,
  from: (start: string) => `Kỳ báo cáo bắt đầu từ ngày nào? Nhập dd/mm/yyyy, hoặc để trống để lấy ${start} (6 tháng).`,
  badDate: (text: string) => `"${text}" không phải là ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 24/04/2019.`,
  fromAfterAsOf: 'Ngày bắt đầu kỳ phải trước ngày tính số liệu. Hãy chạy lại và nhập lại hai ngày.',
  done: (line: string) => `Đã ghi trang "Tổng hợp": ${line}.`,
} as const;

export const REPORT_UI = {
  title: 'Tạo báo cáo sơ kết',
  askPdf: 'Có lưu thêm một bản PDF bên cạnh báo cáo không?',
  folderName: 'Báo cáo mô hình ANTT',
  done: (name: string) => `Đã tạo báo cáo "${name}".`,
  open: 'Mở báo cáo',
  openPdf: 'Mở bản PDF',
  unknownPlaceholders: (names: readonly string[]) =>
    `Mẫu báo cáo có ${names.length} chỗ điền không nhận ra, được giữ nguyên để bạn sửa tay: ${names.map((n) => `{{${n}}}`).join(', ')}.`,
  templateMissing: (id: string) =>
    `Không mở được mẫu báo cáo có ID "${id}" (ô "Mẫu báo cáo (ID Google Docs)" trong trang "Cấu hình"). Hãy kiểm tra ID và quyền xem tài liệu, hoặc xóa ô đó để dùng mẫu chuẩn.`,
  folderMissing: (id: string) =>
    `Không ghi được vào thư mục có ID "${id}" (ô "Thư mục báo cáo (ID Google Drive)" trong trang "Cấu hình"). Báo cáo đã được lưu trong thư mục "Báo cáo mô hình ANTT" của tiện ích.`,
  notFiled: (reason: string) =>
    `Báo cáo chưa chuyển được vào thư mục báo cáo nên vẫn nằm trong "Drive của tôi" (My Drive), nơi Google Docs tạo nó; bạn có thể tự kéo nó vào thư mục mong muốn. Lý do: ${reason}`,
  driveServiceMissing:
    'Dự án Apps Script chưa bật dịch vụ nâng cao "Drive API" (Drive): báo cáo đã tạo và nằm trong "Drive của tôi", chưa chuyển vào thư mục báo cáo, chưa lưu được bản PDF. Người quản trị mở Tiện ích mở rộng → Apps Script → Dịch vụ (+) → chọn "Drive API", phiên bản v3, mã nhận dạng "Drive" → Thêm, rồi tạo lại báo cáo.',
  pdfNotSaved: (reason: string) => `Chưa lưu được bản PDF. Lý do: ${reason}`,
  docsServiceMissing:
    'Dự án Apps Script chưa bật dịch vụ nâng cao "Google Docs API" (Docs): báo cáo đã tạo nhưng bảng chưa lặp dòng tiêu đề ở mỗi trang và số liệu chưa căn phải. Người quản trị bật dịch vụ này (README, mục triển khai) rồi tạo lại báo cáo.',
} as const;
