/**
 * The workbook contract of `shared/docs/workbook.md`: sheet names, columns and value lists.
 * Everything that names a sheet or a column reads it from here.
 */

export const SHEETS = {
  settings: 'Cấu hình',
  units: 'Đơn vị',
  types: 'Loại mô hình',
  awards: 'Khen thưởng',
  totals: 'Tổng hợp',
  issues: 'Lỗi dữ liệu',
  log: 'Nhật ký',
} as const;

/** Sheets the add-on rewrites; users may look but get a warning when they edit. */
export const OWNED_SHEETS = [SHEETS.totals, SHEETS.issues, SHEETS.log] as const;

export const SECTORS = ['Khu dân cư', 'Cơ quan', 'Doanh nghiệp', 'Nhà trường'] as const;
export const FORMS = ['Xây dựng mới', 'Nhân rộng'] as const;
export const STATUSES = ['Đang hoạt động', 'Củng cố', 'Kiện toàn', 'Thanh loại'] as const;
export const RETIRED = 'Thanh loại';
export const RATINGS = ['Hiệu quả', 'Trung bình', 'Kém', 'Chưa đánh giá'] as const;
export const DEFAULT_RATING = 'Chưa đánh giá';
export const CYCLES = ['Hằng tháng', 'Hằng quý'] as const;
export const DEFAULT_CYCLE = 'Hằng tháng';
/** Days a meeting may lie back, per cycle (W02). */
export const CYCLE_DAYS: Record<string, number> = { 'Hằng tháng': 31, 'Hằng quý': 92 };
/** Days an interim (6-month) review may lie back (W03). */
export const INTERIM_REVIEW_DAYS = 184;
export const UNIT_TYPES = ['Xã', 'Thị trấn', 'Phường', 'Khối cơ quan'] as const;
/** Unit types that count for coverage ("13/13 xã, thị trấn"). */
export const COVERAGE_UNIT_TYPES = ['Xã', 'Thị trấn', 'Phường'] as const;
export const YES_NO = ['Có', 'Không'] as const;
export const RECIPIENT_TYPES = ['Tập thể', 'Cá nhân'] as const;

/** Excel's sheet-name limit; Google allows 100, but the workbook must export to .xlsx. */
export const MAX_TAB_NAME = 31;
export const FORBIDDEN_TAB_CHARS = /[:\\/?*[\]]/;

export type ColumnKind = 'text' | 'date' | 'integer' | 'check';

export interface ColumnSpec<K extends string = string> {
  key: K;
  header: string;
  kind: ColumnKind;
  required: boolean;
  /** Allowed values (matched after normalisation); the first-class dropdown of set-up. */
  list?: readonly string[];
  /** Width in pixels set-up gives the column when it creates it (default 100). */
  width?: number;
}

export type ModelField =
  | 'id' | 'name' | 'type' | 'sector' | 'place' | 'form' | 'launchDate' | 'decision'
  | 'members' | 'leader' | 'phone' | 'cycle' | 'lastMeeting' | 'lastInterimReview'
  | 'lastAnnualReview' | 'status' | 'retiredDate' | 'rating' | 'highlight' | 'note' | 'check';

/** Columns of a unit's data tab, in the order set-up lays them out. */
export const MODEL_COLUMNS: readonly ColumnSpec<ModelField>[] = [
  { key: 'id', header: 'Mã mô hình', kind: 'text', required: false, width: 90 },
  { key: 'name', header: 'Tên mô hình', kind: 'text', required: false, width: 200 },
  { key: 'type', header: 'Loại mô hình', kind: 'text', required: true, width: 240 },
  { key: 'sector', header: 'Khối', kind: 'text', required: true, list: SECTORS, width: 110 },
  { key: 'place', header: 'Địa bàn', kind: 'text', required: true, width: 170 },
  { key: 'form', header: 'Hình thức', kind: 'text', required: true, list: FORMS, width: 110 },
  { key: 'launchDate', header: 'Ngày ra mắt', kind: 'date', required: true, width: 95 },
  { key: 'decision', header: 'Số quyết định', kind: 'text', required: false, width: 120 },
  { key: 'members', header: 'Số thành viên', kind: 'integer', required: false },
  { key: 'leader', header: 'Người phụ trách', kind: 'text', required: false, width: 150 },
  { key: 'phone', header: 'Điện thoại', kind: 'text', required: false, width: 105 },
  { key: 'cycle', header: 'Chu kỳ sinh hoạt', kind: 'text', required: false, list: CYCLES, width: 110 },
  { key: 'lastMeeting', header: 'Sinh hoạt gần nhất', kind: 'date', required: false, width: 95 },
  { key: 'lastInterimReview', header: 'Sơ kết gần nhất', kind: 'date', required: false, width: 95 },
  { key: 'lastAnnualReview', header: 'Tổng kết gần nhất', kind: 'date', required: false, width: 95 },
  { key: 'status', header: 'Tình trạng', kind: 'text', required: true, list: STATUSES, width: 120 },
  { key: 'retiredDate', header: 'Ngày thanh loại', kind: 'date', required: false, width: 95 },
  { key: 'rating', header: 'Xếp loại', kind: 'text', required: false, list: RATINGS, width: 110 },
  { key: 'highlight', header: 'Kết quả nổi bật', kind: 'text', required: false, width: 280 },
  { key: 'note', header: 'Ghi chú', kind: 'text', required: false, width: 180 },
  { key: 'check', header: 'Kiểm tra', kind: 'check', required: false, width: 380 },
];

export type UnitField = 'code' | 'name' | 'tabName' | 'unitType' | 'emails' | 'manager' | 'followed';
export const UNIT_COLUMNS: readonly ColumnSpec<UnitField>[] = [
  { key: 'code', header: 'Mã đơn vị', kind: 'text', required: true, width: 110 },
  { key: 'name', header: 'Tên đơn vị', kind: 'text', required: true, width: 260 },
  { key: 'tabName', header: 'Tên trang tính', kind: 'text', required: false, width: 180 },
  { key: 'unitType', header: 'Loại đơn vị', kind: 'text', required: true, list: UNIT_TYPES, width: 110 },
  { key: 'emails', header: 'Email đầu mối', kind: 'text', required: false, width: 280 },
  { key: 'manager', header: 'Người phụ trách', kind: 'text', required: false, width: 160 },
  { key: 'followed', header: 'Đang theo dõi', kind: 'text', required: false, list: YES_NO },
];

export type TypeField = 'name' | 'field' | 'sectors';
export const TYPE_COLUMNS: readonly ColumnSpec<TypeField>[] = [
  { key: 'name', header: 'Tên loại mô hình', kind: 'text', required: true, width: 380 },
  { key: 'field', header: 'Lĩnh vực', kind: 'text', required: false, width: 220 },
  { key: 'sectors', header: 'Khối áp dụng', kind: 'text', required: false, width: 260 },
];

export type AwardField = 'recipientType' | 'name' | 'unit' | 'form' | 'level' | 'decision' | 'date' | 'achievement';
export const AWARD_COLUMNS: readonly ColumnSpec<AwardField>[] = [
  { key: 'recipientType', header: 'Đối tượng', kind: 'text', required: true, list: RECIPIENT_TYPES },
  { key: 'name', header: 'Tên', kind: 'text', required: true, width: 260 },
  { key: 'unit', header: 'Đơn vị', kind: 'text', required: false, width: 220 },
  { key: 'form', header: 'Hình thức khen', kind: 'text', required: false, width: 140 },
  { key: 'level', header: 'Cấp khen', kind: 'text', required: false, width: 140 },
  { key: 'decision', header: 'Số quyết định', kind: 'text', required: false, width: 120 },
  { key: 'date', header: 'Ngày', kind: 'date', required: true },
  { key: 'achievement', header: 'Thành tích', kind: 'text', required: false, width: 320 },
];

export const SETTINGS_HEADERS = ['Mục', 'Giá trị'] as const;

export type SettingKey =
  | 'parentBody' | 'issuingBody' | 'docSymbol' | 'place' | 'signAuthority' | 'signerTitle'
  | 'signerName' | 'recipients' | 'adminEmails' | 'deadlineDay' | 'remindDaysBefore'
  | 'templateDocId' | 'reportFolderId' | 'basis' | 'strengths' | 'weaknesses' | 'directions'
  | 'reportInvalidRows';

/** Settings rows of `Cấu hình`, with the defaults set-up writes when a key is missing. */
export const SETTINGS: readonly { key: SettingKey; label: string; default: string }[] = [
  { key: 'parentBody', label: 'Cơ quan cấp trên', default: 'UBND HUYỆN' },
  { key: 'issuingBody', label: 'Cơ quan ban hành', default: 'BAN CHỈ ĐẠO PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ VÀ PHÒNG, CHỐNG TỘI PHẠM, TỆ NẠN XÃ HỘI' },
  { key: 'docSymbol', label: 'Ký hiệu văn bản', default: 'BC-BCĐ' },
  { key: 'place', label: 'Địa danh', default: '' },
  { key: 'signAuthority', label: 'Quyền hạn ký', default: 'TM. BAN CHỈ ĐẠO' },
  { key: 'signerTitle', label: 'Chức vụ người ký', default: 'TRƯỞNG BAN' },
  { key: 'signerName', label: 'Người ký', default: '' },
  { key: 'recipients', label: 'Nơi nhận', default: '- BCĐ tỉnh (b/c);\n- Thường trực Huyện ủy (b/c);\n- UBND huyện (b/c);\n- Các xã, thị trấn;\n- Lưu: VT.' },
  { key: 'adminEmails', label: 'Email quản trị', default: '' },
  { key: 'deadlineDay', label: 'Hạn cập nhật (ngày trong tháng)', default: '25' },
  { key: 'remindDaysBefore', label: 'Nhắc trước hạn (số ngày)', default: '5' },
  { key: 'templateDocId', label: 'Mẫu báo cáo (ID Google Docs)', default: '' },
  { key: 'reportFolderId', label: 'Thư mục báo cáo (ID Google Drive)', default: '' },
  { key: 'basis', label: 'Căn cứ', default: 'Thực hiện Quyết định số 1383/QĐ-BCĐ ngày 25/5/2017 của Ban Chỉ đạo tỉnh về quy trình xây dựng, nhân rộng và củng cố mô hình tự quản, tự phòng bảo đảm an ninh trật tự,' },
  { key: 'strengths', label: 'Đánh giá ưu điểm', default: '' },
  { key: 'weaknesses', label: 'Tồn tại, hạn chế', default: '' },
  { key: 'directions', label: 'Phương hướng, nhiệm vụ', default: '' },
  // The count of invalid rows is for the district staff: shown in the result dialog and
  // Nhật ký; "Có" also writes it into the report's section II.
  { key: 'reportInvalidRows', label: 'Ghi số dòng lỗi vào báo cáo', default: 'Không' },
];

export const ISSUE_COLUMNS = ['Đơn vị', 'Trang tính', 'Dòng', 'Cột', 'Giá trị', 'Mã', 'Mức độ', 'Nội dung', 'Mở ô'] as const;
export const LOG_COLUMNS = ['Thời gian', 'Thao tác', 'Đơn vị', 'Người thực hiện', 'Kết quả'] as const;

/**
 * Column widths (px) of an owned list sheet, its long-text column (1-based), which wraps,
 * and its short columns shown centred (a right-aligned row number would touch the next text).
 */
export interface ListSheetLayout {
  widths: readonly number[];
  wrapColumn: number;
  centred: readonly number[];
}
export const ISSUE_LAYOUT: ListSheetLayout = { widths: [150, 130, 50, 150, 180, 50, 80, 480, 70], wrapColumn: 8, centred: [3, 6, 7] };
export const LOG_LAYOUT: ListSheetLayout = { widths: [150, 170, 150, 210, 520], wrapColumn: 5, centred: [] };
