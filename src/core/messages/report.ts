// Vietnamese user text for the report feature. Identifiers English, text NFC.
// Sentences take figures already written out (padCount etc.), so wording lives here and
// arithmetic lives in src/core/report.

export type ReportKindText = 'sơ kết' | 'tổng kết';

/** Capitalise the first letter only (locale-free: `toUpperCase` maps Vietnamese letters). */
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const REPORT_TEXT = {
  nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  /** The number is left for the clerk to write in by hand when the report is registered. */
  docNumber: (symbol: string): string => `Số: …/${symbol}`,
  docLabel: 'BÁO CÁO',
  subject: (kind: ReportKindText): string =>
    `${cap(kind)} công tác nhân rộng và xây dựng mới mô hình “Tự phòng, tự quản” bảo đảm an ninh trật tự`,
  periodLine: (from: string, to: string): string => `(Từ ngày ${from} đến ngày ${to})`,
  committee: (level: string): string => `Ban Chỉ đạo ${level}`,
  reportsAsFollows: (level: string): string => `Ban Chỉ đạo ${level} báo cáo kết quả như sau:`,

  section1: 'I. KẾT QUẢ THỰC HIỆN',
  section1Overview: '1. Kết quả xây dựng, nhân rộng mô hình',
  section1Units: '2. Kết quả theo đơn vị',
  section1Types: '3. Kết quả theo loại mô hình',
  section1Activity: '4. Hoạt động của các mô hình',
  section1Outstanding: '5. Mô hình tiêu biểu',
  section1Awards: '6. Công tác khen thưởng',
  section2: 'II. ĐÁNH GIÁ CHUNG',
  section2Strengths: '1. Ưu điểm',
  section2Weaknesses: '2. Tồn tại, hạn chế',
  section3: 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ',

  /** "Đã triển khai … ở 13/13 xã, thị trấn; trong đó khối cơ quan … có 13 mô hình." */
  overview: (types: string, sites: string, covered: string, total: string, unitWords: string, agency: number, agencyText: string): string =>
    `Đã triển khai nhân rộng, xây dựng được ${types} loại mô hình, tại ${sites} điểm, ở ${covered}/${total} ${unitWords}; ` +
    (agency > 0
      ? `trong đó khối cơ quan, doanh nghiệp, nhà trường có ${agencyText} mô hình.`
      : 'khối cơ quan, doanh nghiệp, nhà trường chưa có mô hình.'),
  overviewNoUnits: (types: string, sites: string): string =>
    `Đã triển khai nhân rộng, xây dựng được ${types} loại mô hình, tại ${sites} điểm.`,
  noSites: 'Tính đến thời điểm báo cáo, chưa có điểm mô hình nào được ghi nhận.',
  forms: (newSites: string, replicated: string): string =>
    `Trong đó, xây dựng mới ${newSites} điểm, nhân rộng ${replicated} điểm.`,
  launched: (n: string): string => `Trong kỳ đã ra mắt ${n} điểm mô hình.`,
  noneLaunched: 'Trong kỳ không có điểm mô hình nào ra mắt.',
  statuses: (operating: string, consolidating: string, reorganising: string): string =>
    `Hiện có ${operating} điểm đang hoạt động, ${consolidating} điểm đang củng cố, ${reorganising} điểm đang kiện toàn.`,
  retired: (n: string): string => `Trong kỳ thanh loại ${n} mô hình.`,
  noneRetired: 'Trong kỳ không có mô hình thanh loại.',

  unitTableHeader: [
    'STT', 'Đơn vị', 'Số điểm', 'Số loại', 'Xây dựng mới', 'Nhân rộng', 'Đang hoạt động',
    'Củng cố, kiện toàn', 'Thanh loại trong kỳ', 'Sinh hoạt đúng kỳ',
  ],
  typeTableHeader: ['STT', 'Loại mô hình', 'Lĩnh vực', 'Số điểm', 'Số đơn vị'],
  totalRow: 'Tổng cộng',
  unitTableIntro: 'Kết quả cụ thể theo từng đơn vị như sau:',
  noUnits: 'Chưa có đơn vị nào được theo dõi trong bảng tính.',
  typeTableIntro: 'Kết quả theo từng loại mô hình như sau:',
  noTypes: 'Chưa có loại mô hình nào có điểm hoạt động.',
  chartTitle: 'Biểu đồ: Số điểm mô hình theo đơn vị',

  meetings: (onTime: string, sites: string, percent: string): string =>
    `Có ${onTime}/${sites} điểm mô hình sinh hoạt định kỳ đúng kỳ (đạt ${percent}).`,
  reviews: (kind: ReportKindText, held: string, sites: string): string =>
    `Có ${held}/${sites} điểm mô hình đã tổ chức ${kind} trong kỳ.`,
  noReviews: (kind: ReportKindText): string => `Trong kỳ chưa có điểm mô hình nào tổ chức ${kind}.`,
  ratings: (effective: string, average: string, weak: string, unrated: string): string =>
    `Kết quả xếp loại: ${effective} điểm hiệu quả, ${average} điểm trung bình, ${weak} điểm kém, ${unrated} điểm chưa đánh giá.`,
  confirmations: (onTime: string, total: string): string =>
    `Có ${onTime}/${total} đơn vị xác nhận số liệu đúng hạn.`,
  confirmedLate: (names: string): string => `Xác nhận chậm: ${names}.`,
  confirmationMissing: (names: string): string => `Chưa xác nhận số liệu: ${names}.`,
  changeSites: (change: string, prevDate: string, prevSites: string): string =>
    `Tổng số điểm mô hình ${change} so với kỳ trước (tính đến ngày ${prevDate} có ${prevSites} điểm)`,
  changeTypes: (change: string): string => `số loại mô hình ${change}`,
  changeCoverage: (change: string, unitWords: string): string => `số ${unitWords} có mô hình ${change}`,
  increase: (n: string, unit: string): string => `tăng ${n} ${unit}`,
  decrease: (n: string, unit: string): string => `giảm ${n} ${unit}`,
  unchanged: 'không thay đổi',
  unitSites: 'điểm',
  unitTypes: 'loại',
  unitUnits: 'đơn vị',

  /** After a unit's capped entries: "…; và 03 mô hình khác". */
  moreModels: (n: string): string => `; và ${n} mô hình khác`,
  moreAwards: (n: string): string => `; và ${n} tập thể, cá nhân khác`,
  /** After the units a district cap left out: "Ngoài ra, còn 57 mô hình khác ở 04 đơn vị." */
  moreModelsElsewhere: (n: string, units: string): string => `Ngoài ra, còn ${n} mô hình khác ở ${units} đơn vị.`,
  moreAwardsElsewhere: (n: string, units: string): string => `Ngoài ra, còn ${n} tập thể, cá nhân khác ở ${units} đơn vị được khen thưởng.`,
  /** After a capped list of units with counts: ", và 04 đơn vị khác (09 điểm)". */
  moreUnits: (units: string, count: string): string => `, và ${units} đơn vị khác ${count}`,
  outstandingIntro: 'Một số mô hình được xếp loại hiệu quả, có kết quả nổi bật:',
  noOutstanding: 'Trong kỳ chưa có mô hình được xếp loại hiệu quả có kết quả nổi bật.',
  modelRef: (type: string, place: string): string => (place ? `mô hình “${type}” tại ${place}` : `mô hình “${type}”`),

  awardsCount: (parts: string): string =>
    `Trong kỳ, đã khen thưởng ${parts} có thành tích xuất sắc trong xây dựng, nhân rộng mô hình.`,
  collectives: (n: string): string => `${n} tập thể`,
  individuals: (n: string): string => `${n} cá nhân`,
  and: ' và ',
  awardForms: (forms: string): string => `Hình thức khen thưởng: ${forms}.`,
  /** Before a unit's first collective and first individual: "tập thể Công an xã, …; cá nhân …". */
  awardKind: { 'Tập thể': 'tập thể', 'Cá nhân': 'cá nhân' },
  /** A collective award to the unit itself, under that unit's line. */
  unitItself: 'đơn vị',
  noAwards: 'Trong kỳ chưa có khen thưởng.',

  strengthsMissing: '(Ban Chỉ đạo bổ sung nội dung ưu điểm tại mục “Đánh giá ưu điểm” trong trang Cấu hình.)',
  weaknessesNone: '(Ban Chỉ đạo bổ sung nội dung tồn tại, hạn chế tại mục “Tồn tại, hạn chế” trong trang Cấu hình.)',
  directionsMissing: '(Ban Chỉ đạo bổ sung phương hướng, nhiệm vụ tại mục “Phương hướng, nhiệm vụ” trong trang Cấu hình.)',
  overdueIntro: (units: string, sites: string): string =>
    `Còn ${units} đơn vị có ${sites} điểm mô hình chưa sinh hoạt định kỳ đúng kỳ:`,
  noOverdue: 'Các điểm mô hình đều sinh hoạt định kỳ đúng kỳ.',
  overdueUnit: (name: string, n: string): string => `${name} (${n} điểm)`,
  weakIntro: (n: string): string =>
    `Có ${n} điểm mô hình xếp loại kém, cần củng cố, kiện toàn hoặc thanh loại:`,
  noWeak: 'Không có mô hình xếp loại kém.',
  invalidIntro: (n: string): string =>
    `Còn ${n} dòng dữ liệu có lỗi, chưa được tính vào số liệu báo cáo:`,
  noInvalid: 'Số liệu của các đơn vị đều hợp lệ.',
  invalidUnit: (name: string, n: string): string => `${name} (${n} dòng)`,

  closing: (kind: ReportKindText, committee: string): string =>
    `Trên đây là báo cáo ${kind} công tác nhân rộng và xây dựng mới mô hình “Tự phòng, tự quản” bảo đảm an ninh trật tự của ${committee}./.`,
  recipientsLabel: 'Nơi nhận:',
  archiveEntry: 'Lưu: VT.',

  fileName: (kind: ReportKindText, period: string, time: string): string =>
    `Báo cáo ${kind} mô hình ANTT – ${period} – ${time}`,
  filePeriod: (from: string, to: string): string => `${from} đến ${to}`,

  /** Coverage unit types as the overview sentence names them, in this order. */
  unitWords: { 'Xã': 'xã', 'Phường': 'phường', 'Thị trấn': 'thị trấn' } as Record<string, string>,
  defaultUnitWords: 'xã, thị trấn',
  /** Level words found in the parent body ("UBND HUYỆN …" → "huyện"), checked in this order. */
  levels: ['huyện', 'thị xã', 'thành phố', 'quận', 'tỉnh', 'phường', 'thị trấn', 'xã'],
  defaultLevel: 'huyện',
} as const;

/** Descriptions of the template placeholders, shown in the README and the sidebar. */
export const PLACEHOLDER_TEXT: Record<string, string> = {
  so_diem: 'Tổng số điểm mô hình',
  so_loai: 'Số loại mô hình',
  so_xa_co_mo_hinh: 'Số xã, phường, thị trấn có mô hình',
  tong_so_xa: 'Tổng số xã, phường, thị trấn theo dõi',
  khoi_co_quan: 'Số điểm khối cơ quan, doanh nghiệp, nhà trường',
  xay_dung_moi: 'Số điểm xây dựng mới',
  nhan_rong: 'Số điểm nhân rộng',
  ra_mat_trong_ky: 'Số điểm ra mắt trong kỳ',
  thanh_loai_trong_ky: 'Số mô hình thanh loại trong kỳ',
  dang_hoat_dong: 'Số điểm đang hoạt động',
  cung_co: 'Số điểm đang củng cố',
  kien_toan: 'Số điểm đang kiện toàn',
  khu_dan_cu: 'Số điểm khối khu dân cư',
  co_quan: 'Số điểm khối cơ quan',
  doanh_nghiep: 'Số điểm khối doanh nghiệp',
  nha_truong: 'Số điểm khối nhà trường',
  hieu_qua: 'Số điểm xếp loại hiệu quả',
  trung_binh: 'Số điểm xếp loại trung bình',
  kem: 'Số điểm xếp loại kém',
  chua_danh_gia: 'Số điểm chưa đánh giá xếp loại',
  sinh_hoat_dung_ky: 'Số điểm sinh hoạt định kỳ đúng kỳ',
  ty_le_sinh_hoat: 'Tỷ lệ điểm sinh hoạt đúng kỳ (ví dụ 85,4%)',
  dong_loi: 'Số dòng dữ liệu còn lỗi (chưa tính vào số liệu)',
  tap_the: 'Số tập thể được khen thưởng trong kỳ',
  ca_nhan: 'Số cá nhân được khen thưởng trong kỳ',
  so_don_vi: 'Số đơn vị theo dõi (kể cả khối cơ quan)',
  don_vi_xac_nhan_dung_han: 'Số đơn vị xác nhận số liệu đúng hạn',
  so_diem_ky_truoc: 'Số điểm mô hình kỳ trước',
  so_loai_ky_truoc: 'Số loại mô hình kỳ trước',
  so_xa_ky_truoc: 'Số xã, phường, thị trấn có mô hình kỳ trước',
  ngay_ky_truoc: 'Ngày chốt số liệu kỳ trước (ngày/tháng/năm, như 24/4/2019, 05/02/2020)',
  tang_giam_so_diem: 'Thay đổi số điểm so với kỳ trước (“tăng 12 điểm”, “giảm 03 điểm”, “không thay đổi”)',
  tang_giam_so_loai: 'Thay đổi số loại mô hình so với kỳ trước',
  tu_ngay: 'Ngày đầu kỳ báo cáo (ngày/tháng/năm, như 24/4/2019, 05/02/2020)',
  den_ngay: 'Ngày cuối kỳ báo cáo (ngày/tháng/năm, như 24/4/2019, 05/02/2020)',
  ngay_bao_cao: 'Ngày báo cáo (ngày/tháng/năm, như 24/4/2019, 05/02/2020)',
  dong_ngay_thang: 'Dòng địa danh, ngày tháng (“Hàm Thuận Nam, ngày 24 tháng 4 năm 2019”)',
  ky_bao_cao: 'Dòng kỳ báo cáo (“(Từ ngày … đến ngày …)”)',
  loai_bao_cao: '“sơ kết” hoặc “tổng kết”',
  trich_yeu: 'Trích yếu (tên) báo cáo',
  xa_phuong_thi_tran: 'Cách gọi các đơn vị (“xã, thị trấn”, “xã, phường, thị trấn”)',
  cau_tong_quan: 'Câu tổng quan “Đã triển khai nhân rộng, xây dựng được …”',
  co_quan_cap_tren: 'Cơ quan cấp trên (chữ in hoa)',
  co_quan_ban_hanh: 'Cơ quan ban hành (chữ in hoa)',
  so_ky_hieu: 'Dòng “Số: …/BC-BCĐ”',
  ky_hieu: 'Ký hiệu văn bản (BC-BCĐ)',
  dia_danh: 'Địa danh',
  can_cu: 'Câu căn cứ',
  uu_diem: 'Đánh giá ưu điểm',
  ton_tai: 'Tồn tại, hạn chế',
  phuong_huong: 'Phương hướng, nhiệm vụ',
  quyen_han_ky: 'Quyền hạn ký (TM. BAN CHỈ ĐẠO)',
  chuc_vu_nguoi_ky: 'Chức vụ người ký',
  nguoi_ky: 'Họ tên người ký',
  noi_nhan: 'Nơi nhận (mỗi dòng một nơi)',
  bang_don_vi: 'Đặt một mình trong một đoạn: bảng kết quả theo đơn vị',
  bang_loai_mo_hinh: 'Đặt một mình trong một đoạn: bảng kết quả theo loại mô hình',
  'so_diem.<MÃ ĐƠN VỊ>': 'Số điểm của một đơn vị, ví dụ {{so_diem.HAM_MY}}',
  'so_loai.<MÃ ĐƠN VỊ>': 'Số loại mô hình của một đơn vị',
  'xay_dung_moi.<MÃ ĐƠN VỊ>': 'Số điểm xây dựng mới của một đơn vị',
  'nhan_rong.<MÃ ĐƠN VỊ>': 'Số điểm nhân rộng của một đơn vị',
  'dang_hoat_dong.<MÃ ĐƠN VỊ>': 'Số điểm đang hoạt động của một đơn vị',
  'cung_co_kien_toan.<MÃ ĐƠN VỊ>': 'Số điểm củng cố, kiện toàn của một đơn vị',
  'thanh_loai_trong_ky.<MÃ ĐƠN VỊ>': 'Số mô hình thanh loại trong kỳ của một đơn vị',
  'sinh_hoat_dung_ky.<MÃ ĐƠN VỊ>': 'Số điểm sinh hoạt đúng kỳ của một đơn vị',
  'dong_loi.<MÃ ĐƠN VỊ>': 'Số dòng còn lỗi của một đơn vị',
};
