// Vietnamese user text for menus, dialogs, toasts and the log. Identifiers English, text NFC.

export const MENU = {
  title: 'Mô hình ANTT',
  setup: 'Thiết lập / sửa bảng tính',
  validate: 'Kiểm tra dữ liệu',
  totals: 'Tổng hợp số liệu',
  report: 'Tạo báo cáo sơ kết',
} as const;
