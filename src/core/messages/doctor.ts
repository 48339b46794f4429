// Vietnamese text of the self-check "Kiểm tra cài đặt" (menu, dialog, `Nhật ký`, antt doctor).
import { MENU } from './ui';
import { SETUP } from './validation';

const LIST_MAX = 5;

/** At most five items, then "và N khác": a dialog line stays readable with 200 units. */
function listed(items: readonly string[]): string {
  const shown = items.slice(0, LIST_MAX).map((i) => `"${i}"`).join(', ');
  return items.length > LIST_MAX ? `${shown} và ${items.length - LIST_MAX} mục khác` : shown;
}

const SCHEDULE_MENU = `"${MENU.title} → ${MENU.schedule}"`;

export const DOCTOR_TEXT = {
  title: MENU.doctor,
  ok: 'ok',
  fix: 'cần sửa',
  offline: 'không kiểm tra được ngoại tuyến / not checkable offline',
  line: (status: string, label: string, text: string) => `${status} – ${label}: ${text}`,
  summary: (ok: number, fix: number) =>
    fix === 0 ? `Tất cả ${ok} mục đều ổn.` : `${ok} mục ổn, ${fix} mục cần sửa (xem các dòng "cần sửa").`,
  notLogged: 'Kết quả chưa ghi được vào trang "Nhật ký" vì khóa tài liệu đang bận; chạy lại sau ít phút.',
  keep: 'Người dùng đầu tiên của một bản triển khai mới: hãy lưu lại kết quả này (nó cũng được ghi vào trang "Nhật ký").',

  labels: {
    timeZone: 'Múi giờ',
    scopes: 'Quyền truy cập',
    folder: 'Thư mục báo cáo trên Drive',
    unitTabs: 'Trang của các đơn vị',
    emails: 'Địa chỉ email',
    protections: 'Bảo vệ trang đơn vị',
    editors: 'Người được sửa trang đơn vị',
    ownedSheets: 'Trang do tiện ích ghi',
    trigger: 'Lịch nhắc hằng ngày',
    quota: 'Hạn mức gửi thư',
    lock: 'Khóa tài liệu',
  },

  /** A check whose service call failed: what failed, in Vietnamese when it is a permission. */
  failed: (reason: string) => `không kiểm tra được (${reason}).`,
  missingScope: (call: string, scopes: readonly string[]) => `thiếu quyền ${scopes.join(' hoặc ')} để gọi ${call}`,
  unusable: (missing: readonly string[]) => `bảng tính thiếu trang ${listed(missing)}. Hãy ${SETUP} trước.`,

  zoneOk: (zone: string) => `bảng tính và dự án Apps Script đều dùng ${zone}.`,
  zoneSheet: (zone: string, wanted: string) =>
    `múi giờ của bảng tính là "${zone}", không phải ${wanted}: "hôm nay", hạn và ngày trong báo cáo lệch theo. Hãy ${SETUP} (tiện ích sẽ đề nghị đặt lại) hoặc chọn Tệp → Cài đặt → Múi giờ.`,
  zoneScript: (zone: string, wanted: string) =>
    `múi giờ của dự án Apps Script là "${zone}", không phải ${wanted}. Người quản trị mở Tiện ích mở rộng → Apps Script → Cài đặt dự án → Múi giờ và chọn ${wanted}.`,

  scopesOk: 'đã cấp đủ các quyền tiện ích cần.',
  scopesRequired: (url: string) =>
    `người dùng chưa cấp đủ quyền cho tiện ích. Hãy mở lại một mục của menu "${MENU.title}" và chấp nhận mọi quyền Google hỏi${url ? `, hoặc mở ${url}` : ''}.`,
  scopesMissing: (problems: readonly string[]) =>
    `${problems.join('; ')}. Tệp appsscript.json của dự án thiếu phạm vi (oauthScopes) này: người quản trị thêm nó, triển khai lại, rồi mở lại menu để cấp quyền.`,

  driveMissing:
    'dự án chưa bật dịch vụ nâng cao "Drive API" nên báo cáo không chuyển được vào thư mục. Người quản trị mở Tiện ích mở rộng → Apps Script → Dịch vụ (+) → chọn "Drive API", phiên bản v3, mã nhận dạng "Drive" → Thêm.',
  folderOk: (name: string) => `tạo được tệp thử, chuyển vào thư mục "${name}" và xóa (vào thùng rác) được.`,
  folderNone: 'chưa có thư mục báo cáo; tạo và xóa được tệp thử trong "Drive của tôi". Lần tạo báo cáo đầu tiên sẽ tạo thư mục "Báo cáo mô hình ANTT".',
  folderUnreachable: (id: string, reason: string) =>
    `không mở được thư mục có ID "${id}" (ô "Thư mục báo cáo (ID Google Drive)" trong trang "Cấu hình"): ${reason}. Báo cáo sẽ được lưu vào thư mục riêng của tiện ích. Hãy kiểm tra ID, hoặc xóa ô đó.`,
  folderNotFolder: (id: string) => `ID "${id}" trong ô "Thư mục báo cáo (ID Google Drive)" là một tệp, không phải thư mục. Hãy dán ID của một thư mục.`,
  myDrive: 'Drive của tôi',
  folderStep: (step: string, name: string, reason: string) =>
    `không ${step} tệp thử với thư mục "${name}": ${reason}. Báo cáo có thể không vào được thư mục này; kiểm tra quyền của bạn trên thư mục (cần quyền chỉnh sửa).`,
  steps: { create: 'tạo được', move: 'chuyển được', trash: 'xóa được' },
  trashLeft: (name: string) => `Tệp thử "${name}" còn lại trên Drive, có thể xóa tay.`,
  probeName: 'Mô hình ANTT – tệp thử của Kiểm tra cài đặt (xóa được)',

  unitTabsOk: (n: number) => `đủ trang cho ${n} đơn vị được theo dõi.`,
  unitTabsMissing: (units: readonly string[]) => `chưa có trang của ${listed(units)}. Hãy ${SETUP}.`,
  noUnits: 'trang "Đơn vị" chưa có đơn vị nào được theo dõi. Hãy nhập các đơn vị rồi chạy lại.',

  emailsOk: (units: number, admins: number) => `${units} đơn vị đều có email đầu mối hợp lệ; ${admins} email quản trị hợp lệ.`,
  noFocal: (units: readonly string[]) => `đơn vị ${listed(units)} chưa có "Email đầu mối" hợp lệ (trang "Đơn vị"): trang của đơn vị chỉ được bảo vệ dạng cảnh báo và không có ai nhận thư nhắc.`,
  badFocal: (items: readonly string[]) => `địa chỉ không hợp lệ trong "Email đầu mối": ${listed(items)}. Hãy sửa trong trang "Đơn vị" (các địa chỉ cách nhau bằng dấu phẩy).`,
  noAdmin: 'chưa có "Email quản trị" hợp lệ trong trang "Cấu hình": không ai nhận thư tổng hợp và trang đơn vị chỉ có đầu mối được sửa.',
  badAdmin: (items: readonly string[]) => `địa chỉ không hợp lệ trong "Email quản trị": ${listed(items)}. Hãy sửa trong trang "Cấu hình".`,

  protectionsOk: (n: number) => `${n} trang đơn vị đều được bảo vệ.`,
  editorsOk: (n: number) => `${n} trang đơn vị chỉ cho đầu mối, quản trị và bạn sửa.`,
  unprotected: (tabs: readonly string[]) => `trang ${listed(tabs)} chưa được bảo vệ. Hãy ${SETUP}.`,
  warningOnly: (tabs: readonly string[]) => `trang ${listed(tabs)} chỉ được bảo vệ dạng cảnh báo dù đã có email. Hãy ${SETUP}.`,
  editorsMissing: (tab: string, emails: readonly string[]) => `trang "${tab}" thiếu người được sửa ${listed(emails)}`,
  editorsExtra: (tab: string, emails: readonly string[]) => `trang "${tab}" còn cho ${listed(emails)} sửa`,
  domainEdit: (tab: string) => `trang "${tab}" cho cả tên miền sửa`,
  editorsFix: (problems: readonly string[]) => `${problems.join('; ')}. Hãy ${SETUP} để đặt lại người được sửa.`,

  ownedOk: (n: number) => `${n} trang do tiện ích ghi đều có và được bảo vệ.`,
  ownedMissing: (sheets: readonly string[]) => `thiếu trang ${listed(sheets)}. Hãy ${SETUP}.`,
  ownedUnprotected: (sheets: readonly string[]) => `trang ${listed(sheets)} chưa được bảo vệ. Hãy ${SETUP}.`,

  triggerOk: (user: string) => `đã bật một lần, chạy khoảng 8 giờ sáng, thư gửi từ tài khoản ${user || 'của bạn'}.`,
  triggerNone: `chưa bật cho tài khoản của bạn (nếu người khác đã bật, chỉ người đó thấy). Người sẽ gửi thư nhắc chọn ${SCHEDULE_MENU}.`,
  triggerMany: (n: number) => `có ${n} lịch chạy cùng việc nhắc, thư sẽ gửi ${n} lần. Hãy chọn ${SCHEDULE_MENU} hai lần (tắt rồi bật) để còn một lịch.`,

  quotaOk: (left: number, needed: number) => `còn gửi được ${left} người nhận hôm nay (một lượt nhắc cần tối đa ${needed}).`,
  quotaLow: (left: number, needed: number) =>
    `hôm nay chỉ còn gửi được ${left} người nhận, một lượt nhắc cần tối đa ${needed}: thư còn lại chờ đến ngày mai. Dùng tài khoản Google Workspace (1.500 người nhận/ngày) nếu thường thiếu.`,

  lockOk: 'lấy được khóa tài liệu; không có thao tác nào khác đang chạy.',
  lockBusy: 'một thao tác khác của tiện ích đang giữ khóa tài liệu. Đợi vài phút rồi chạy lại; nếu vẫn bận, xem trang "Nhật ký" hoặc Apps Script → Các lần thực thi.',

  offlineWhat: {
    scopes: 'quyền cấp cho tiện ích thuộc tài khoản Google',
    folder: 'tệp .xlsx không có Drive',
    editors: 'tệp .xlsx không lưu người được sửa',
    trigger: 'lịch chạy nằm trong dự án Apps Script',
    quota: 'hạn mức thuộc tài khoản Google',
    lock: 'khóa chỉ có khi chạy trên Google Sheets',
  },
  offlineHint: `chạy "${MENU.title} → ${MENU.doctor}" trên Google Sheets.`,
} as const;
