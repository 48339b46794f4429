// Vietnamese user text for the validation feature. Identifiers English, text NFC.
//
// Every message names the column (or sheet) and the value, and says what to do. The
// templates take named slots; `src/core/validate/rules.ts` ties each rule code to its
// severity and template, and the validator fills the slots. Values are quoted as typed
// (shortened when long); dates are dd/mm/yyyy.
import { MENU } from './ui';

/** Rule titles, for the `Lỗi dữ liệu` sheet, the sidebar and the docs. */
export const RULE_TITLES = {
  E01: 'Thiếu thông tin bắt buộc',
  E02: 'Loại mô hình không có trong danh mục',
  E03: 'Giá trị không có trong danh sách',
  E04: 'Ngày không hợp lệ',
  E05: 'Ngày sau hôm nay',
  E06: 'Thanh loại nhưng thiếu ngày thanh loại',
  E07: 'Ngày trước ngày ra mắt',
  E08: 'Trùng mã mô hình',
  E09: 'Số thành viên không hợp lệ',
  E10: 'Khối không áp dụng cho loại mô hình',
  W01: 'Trùng mô hình cùng loại, cùng địa bàn',
  W02: 'Quá hạn sinh hoạt định kỳ',
  W03: 'Quá hạn sơ kết 6 tháng',
  W04: 'Có ngày thanh loại nhưng chưa thanh loại',
  W05: 'Số điện thoại không đúng dạng',
  W06: 'Danh mục đơn vị chưa có đơn vị nào',
  S01: 'Đơn vị chưa có trang tính',
  S02: 'Trang tính thiếu cột hoặc trùng cột',
  S03: 'Danh mục đơn vị / loại mô hình có lỗi',
} as const;

/** Longest value quoted in a message; a 50,000-character cell must not flood the message. */
const MAX_QUOTED = 60;

/** A user's value for a message: shortened with "…" when long. */
export function quoteValue(value: string): string {
  if (value.length <= MAX_QUOTED) return value;
  let end = MAX_QUOTED - 1;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // never split a surrogate pair
  return `${value.slice(0, end)}…`;
}

function q(value: string): string {
  return `"${quoteValue(value)}"`;
}

function didYouMean(suggestion: string | null): string {
  return suggestion ? ` Có phải bạn muốn nhập: "${suggestion}"?` : '';
}

function listText(list: readonly string[]): string {
  return list.join(', ');
}

/** How to run set-up, as said in Google Sheets; the offline CLI names its own command instead. */
export const SETUP = `chạy "${MENU.setup}" (menu "${MENU.title}")`;
const DAY_FORMAT = 'dd/mm/yyyy, ví dụ 24/04/2019';

/** What a required but empty column needs, by kind of column. */
export type EmptyHint =
  | { kind: 'list'; list: readonly string[] }
  | { kind: 'catalog'; catalogSheet: string }
  | { kind: 'date' }
  | { kind: 'place' }
  | { kind: 'text' };

export type DateProblemKind = 'number' | 'boolean' | 'impossible' | 'text';

/** S03: what is wrong in a catalog sheet. */
export type CatalogProblem =
  | { kind: 'missingSheet' }
  | { kind: 'emptyCatalog' }
  | { kind: 'missingColumn'; column: string }
  | { kind: 'duplicateColumn'; column: string; first: string; second: string }
  | { kind: 'missingValue'; column: string }
  | { kind: 'duplicate'; column: string; value: string; firstRow: number }
  | { kind: 'tabTooLong'; value: string; length: number; max: number; defaulted: boolean }
  | { kind: 'tabForbiddenChar'; value: string; defaulted: boolean }
  | { kind: 'tabReserved'; value: string; defaulted: boolean }
  | { kind: 'badEmail'; column: string; value: string }
  | { kind: 'notInList'; column: string; value: string; list: readonly string[]; suggestion: string | null };

/** The named slots of each rule's message. */
export interface MessageSlots {
  E01: { column: string; hint: EmptyHint };
  E02: { column: string; value: string; catalogSheet: string; suggestion: string | null };
  E03: { column: string; value: string; list: readonly string[]; suggestion: string | null };
  E04: { column: string; value: string; problem: DateProblemKind };
  E05: { column: string; date: string; today: string };
  E06: { statusColumn: string; status: string; dateColumn: string };
  E07: { column: string; date: string; launchColumn: string; launchDate: string };
  E08: { column: string; value: string; otherSheet: string; otherRow: number; others: number };
  E09: { column: string; value: string };
  E10: { column: string; value: string; type: string; allowed: readonly string[] };
  W01: { typeColumn: string; type: string; placeColumn: string; place: string; otherRow: number };
  W02: { column: string; lastDate: string | null; days: number; cycle: string };
  W03: { column: string; lastDate: string | null; days: number };
  W04: { column: string; date: string; statusColumn: string; status: string; retired: string };
  W05: { column: string; value: string; lostZero: boolean };
  W06: { sheet: string };
  S01: { unit: string; code: string; tab: string; unitsSheet: string; tabColumn: string; suggestion: string | null };
  S02:
    | { kind: 'noHeader'; sheet: string; columns: readonly string[] }
    | { kind: 'missingColumn'; sheet: string; column: string }
    | { kind: 'duplicateColumn'; sheet: string; column: string; first: string; second: string };
  S03: { sheet: string; row: number | null; problem: CatalogProblem };
}

export type MessageTemplates = { [C in keyof MessageSlots]: (slots: MessageSlots[C]) => string };

function emptyHint(h: EmptyHint): string {
  switch (h.kind) {
    case 'list':
      return `Hãy chọn một giá trị từ danh sách thả xuống (${listText(h.list)}).`;
    case 'catalog':
      return `Hãy chọn một loại trong danh mục của trang "${h.catalogSheet}" (danh sách thả xuống).`;
    case 'date':
      return `Hãy nhập ngày theo dạng ${DAY_FORMAT}.`;
    case 'place':
      return 'Hãy nhập tên thôn, khu phố, hoặc tên cơ quan, doanh nghiệp, nhà trường.';
    case 'text':
      return 'Hãy nhập giá trị cho cột này.';
  }
}

function dateProblem(p: DateProblemKind): string {
  switch (p) {
    case 'number':
      return 'là một con số, không phải ngày (có thể ô đã mất định dạng ngày)';
    case 'boolean':
      return 'là giá trị đúng/sai, không phải ngày';
    case 'impossible':
      return 'không phải là một ngày có thật';
    case 'text':
      return 'không phải là ngày hợp lệ';
  }
}

const TAB_COLUMN = 'Tên trang tính';

/** The tab name is `Tên trang tính`, or the unit name when that column is empty. */
function tabSubject(p: { value: string; defaulted: boolean }): string {
  return p.defaulted
    ? `Cột "${TAB_COLUMN}" đang trống nên tên đơn vị ${q(p.value)} được dùng làm tên trang tính, nhưng tên này`
    : `Cột "${TAB_COLUMN}": ${q(p.value)}`;
}

function tabFix(p: { defaulted: boolean }): string {
  return p.defaulted ? `Hãy nhập vào cột "${TAB_COLUMN}" một tên` : 'Hãy đặt tên';
}

function catalogProblem(p: CatalogProblem, sheet: string): string {
  switch (p.kind) {
    case 'missingSheet':
      return `Bảng tính chưa có trang "${sheet}". Hãy ${SETUP} để tạo trang này.`;
    case 'emptyCatalog':
      return `Trang "${sheet}" chưa có dòng nào. Hãy nhập danh mục vào trang này.`;
    case 'missingColumn':
      return `Trang "${sheet}" thiếu cột "${p.column}". Hãy thêm cột này ở dòng tiêu đề (dòng 1), hoặc ${SETUP}.`;
    case 'duplicateColumn':
      return `Trang "${sheet}" có cột "${p.column}" hai lần (cột ${p.first} và ${p.second}). Hãy xóa hoặc đổi tên một cột; công cụ đang đọc cột ${p.first}.`;
    case 'missingValue':
      return `Cột "${p.column}" đang trống. Hãy nhập giá trị cho cột này.`;
    case 'duplicate':
      return `Cột "${p.column}": ${q(p.value)} trùng với dòng ${p.firstRow}. Mỗi dòng cần một giá trị riêng: hãy sửa một trong hai dòng.`;
    case 'tabTooLong':
      return `${tabSubject(p)} dài ${p.length} ký tự, quá ${p.max} ký tự (giới hạn của Excel). ${tabFix(p)} ngắn hơn.`;
    case 'tabForbiddenChar':
      return `${tabSubject(p)} có ký tự không được dùng trong tên trang tính (: \\ / ? * [ ]). ${tabFix(p)} không có các ký tự này.`;
    case 'tabReserved':
      return `${tabSubject(p)} trùng tên một trang của công cụ. ${tabFix(p)} khác.`;
    case 'badEmail':
      return `Cột "${p.column}": ${q(p.value)} không phải địa chỉ e-mail hợp lệ. Hãy sửa lại; nhiều địa chỉ thì cách nhau bằng dấu phẩy.`;
    case 'notInList':
      return `Cột "${p.column}": ${q(p.value)} không có trong danh sách (${listText(p.list)}).${didYouMean(p.suggestion)} Hãy chọn từ danh sách thả xuống.`;
  }
}

export const VALIDATION_MESSAGES: MessageTemplates = {
  E01: ({ column, hint }) => `Cột "${column}" đang trống. ${emptyHint(hint)}`,
  E02: ({ column, value, catalogSheet, suggestion }) =>
    `Cột "${column}": ${q(value)} không có trong danh mục của trang "${catalogSheet}".${didYouMean(suggestion)} Hãy chọn từ danh sách thả xuống, hoặc nhờ cán bộ huyện thêm loại này vào danh mục.`,
  E03: ({ column, value, list, suggestion }) =>
    `Cột "${column}": ${q(value)} không có trong danh sách (${listText(list)}).${didYouMean(suggestion)} Hãy chọn từ danh sách thả xuống.`,
  E04: ({ column, value, problem }) =>
    `Cột "${column}": ${q(value)} ${dateProblem(problem)}. Hãy nhập ngày theo dạng ${DAY_FORMAT}.`,
  E05: ({ column, date, today }) =>
    `Cột "${column}": ${date} là ngày sau hôm nay (${today}). Hãy kiểm tra và nhập lại đúng ngày.`,
  E06: ({ statusColumn, status, dateColumn }) =>
    `Cột "${statusColumn}" là "${status}" nhưng cột "${dateColumn}" đang trống. Hãy nhập ngày thanh loại theo dạng ${DAY_FORMAT}.`,
  E07: ({ column, date, launchColumn, launchDate }) =>
    `Cột "${column}": ${date} trước ngày ra mắt (cột "${launchColumn}": ${launchDate}). Hãy kiểm tra lại hai ngày này.`,
  E08: ({ column, value, otherSheet, otherRow, others }) =>
    `Cột "${column}": ${q(value)} trùng với mã ở dòng ${otherRow} của trang tính "${otherSheet}"` +
    `${others > 1 ? ` (và ${others - 1} dòng khác)` : ''}. Mỗi mô hình cần một mã riêng: hãy sửa để các mã khác nhau.`,
  E09: ({ column, value }) =>
    `Cột "${column}": ${q(value)} không hợp lệ. Hãy nhập một số nguyên từ 1 trở lên.`,
  E10: ({ column, value, type, allowed }) =>
    `Cột "${column}": ${q(value)} không áp dụng cho loại mô hình ${q(type)} (chỉ áp dụng cho: ${listText(allowed)}). Hãy chọn lại khối hoặc loại mô hình.`,
  W01: ({ typeColumn, type, placeColumn, place, otherRow }) =>
    `Cột "${typeColumn}": ${q(type)} và cột "${placeColumn}": ${q(place)} trùng với dòng ${otherRow} của trang này. Nếu là cùng một mô hình, hãy xóa dòng thừa; nếu là hai mô hình khác nhau, hãy ghi rõ địa bàn.`,
  W02: ({ column, lastDate, days, cycle }) =>
    (lastDate
      ? `Cột "${column}": lần sinh hoạt gần nhất là ${lastDate}, đã quá ${days} ngày (chu kỳ ${cycle.toLowerCase()}).`
      : `Cột "${column}" đang trống: chưa ghi nhận lần sinh hoạt nào trong ${days} ngày qua (chu kỳ ${cycle.toLowerCase()}).`) +
    ' Hãy tổ chức sinh hoạt và cập nhật ngày sinh hoạt gần nhất.',
  W03: ({ column, lastDate, days }) =>
    (lastDate
      ? `Cột "${column}": lần sơ kết gần nhất là ${lastDate}, đã quá ${days} ngày.`
      : `Cột "${column}" đang trống: mô hình đã ra mắt hơn ${days} ngày nhưng chưa ghi nhận lần sơ kết nào.`) +
    ' Hãy tổ chức sơ kết 6 tháng và cập nhật ngày sơ kết gần nhất.',
  W04: ({ column, date, statusColumn, status, retired }) =>
    `Cột "${column}" có ngày ${date} nhưng cột "${statusColumn}" là "${status}". Nếu mô hình đã thanh loại, hãy chọn "${retired}"; nếu chưa, hãy xóa ngày thanh loại.`,
  W05: ({ column, value, lostZero }) =>
    lostZero
      ? `Cột "${column}": ${value} đã mất số 0 ở đầu vì ô đang lưu dạng số. Hãy định dạng cột là văn bản thuần (Định dạng → Số → Văn bản thuần) rồi nhập lại "0${value}".`
      : `Cột "${column}": ${q(value)} không phải số điện thoại 10 chữ số bắt đầu bằng 0. Hãy kiểm tra và nhập lại.`,
  S01: ({ unit, code, tab, unitsSheet, tabColumn, suggestion }) =>
    `Đơn vị "${unit}"${code ? ` (mã ${code})` : ''} chưa có trang tính "${tab}".` +
    (suggestion
      ? ` Có phải là trang tính "${suggestion}"? Nếu đúng, hãy sửa cột "${tabColumn}" trong trang "${unitsSheet}" cho khớp; nếu không, hãy ${SETUP} để tạo trang.`
      : ` Hãy ${SETUP} để tạo trang, hoặc sửa cột "${tabColumn}" trong trang "${unitsSheet}".`),
  S02: (s) => {
    switch (s.kind) {
      case 'noHeader':
        return `Trang tính "${s.sheet}" chưa có dòng tiêu đề (dòng 1) với các cột ${listText(s.columns)}. Hãy ${SETUP} để thêm tiêu đề.`;
      case 'missingColumn':
        return `Trang tính "${s.sheet}" thiếu cột bắt buộc "${s.column}". Hãy ${SETUP} để thêm cột, hoặc sửa lại tiêu đề ở dòng 1. Các dòng của trang này chưa được tính vào tổng hợp cho đến khi sửa.`;
      case 'duplicateColumn':
        return `Trang tính "${s.sheet}" có cột "${s.column}" hai lần (cột ${s.first} và ${s.second}). Hãy xóa hoặc đổi tên một cột; công cụ đang đọc cột ${s.first}. Các dòng của trang này chưa được tính vào tổng hợp cho đến khi sửa.`;
    }
  },
  S03: ({ sheet, problem }) => catalogProblem(problem, sheet),
  W06: ({ sheet }) =>
    `Trang "${sheet}" chưa có đơn vị nào. Hãy nhập mỗi xã, phường, thị trấn (và khối cơ quan, doanh nghiệp, nhà trường) một dòng, rồi ${SETUP} để tạo trang nhập liệu cho từng đơn vị.`,
};

/** Shown after a live (onEdit) check: the rules that need the whole workbook wait for the full check. */
export const LIVE_CHECK_NOTE = `Trùng mã mô hình và trùng mô hình cùng địa bàn được kiểm tra khi chạy "${MENU.validate}".`;

/** The `Kiểm tra` cell of a row without issues. */
export const CHECK_OK = '✓';
