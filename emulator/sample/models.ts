/**
 * The model rows of each unit's tab. Only what makes a row particular is written here;
 * `index.ts` fills the ordinary cells (leader, phone, decision, members, meeting and review
 * dates) from a seeded generator, so the sample is the same on every run.
 *
 * Rows marked `wrong` are the deliberate mistakes of SAMPLE_EXPECTED.wrongRows: each breaks
 * exactly one rule of workbook.md and nothing else.
 */
import type { RuleCode } from '../../src/core/issue';
import { T } from './catalog';

export const NEW = 'Xây dựng mới';
export const REPLICATED = 'Nhân rộng';
export const MONTHLY = 'Hằng tháng';
export const QUARTERLY = 'Hằng quý';

export interface ModelSpec {
  type: string;
  place: string;
  /** `Xây dựng mới` / `Nhân rộng`, or a misspelling for a wrong row. */
  form: string;
  /** `YYYY-MM-DD` → a Date cell; anything else is written as text (a wrong row). */
  launch: string;
  sector?: string;
  name?: string;
  cycle?: string;
  /** Explicit dates override the generated ones; null leaves the cell empty. */
  meeting?: string | null;
  interim?: string | null;
  annual?: string | null;
  status?: string;
  retired?: string;
  rating?: string;
  highlight?: string;
  note?: string;
  members?: number;
  phone?: string;
  /** A `Mã mô hình` taken from another row (the duplicate of E08). */
  id?: string;
  wrong?: { code: RuleCode; why: string };
}

const R = REPLICATED;
const N = NEW;

const SCHOOL = 'Nhà trường';
const AGENCY = 'Cơ quan';
const ENTERPRISE = 'Doanh nghiệp';

/** By unit code, in sheet row order (row 2 = first spec). */
export const MODELS: Record<string, ModelSpec[]> = {
  THUAN_NAM: [
    { type: T.CAMERA, place: 'Khu phố Lập Hòa', form: N, launch: '2017-03-15', rating: 'Hiệu quả', highlight: 'Hình ảnh camera giúp Công an thị trấn làm rõ 03 vụ trộm cắp tài sản và 01 vụ cố ý gây thương tích.' },
    { type: T.KDC_CLEAN, place: 'Khu phố Nam Tân', form: R, launch: '2016-08-20' },
    { type: T.FIRE, place: 'Khu phố Nam Thành (chợ Thuận Nam)', form: N, launch: '2018-04-10', rating: 'Hiệu quả', highlight: 'Dập tắt kịp thời 01 vụ cháy ki-ốt tại chợ Thuận Nam, không để cháy lan.' },
    { type: T.LIGHTS, place: 'Khu phố Phú Sơn', form: R, launch: '2017-11-05' },
    { type: T.STRIKE_TEAM, place: 'Khu phố Phú Khánh', form: N, launch: '2019-01-18' },
    { type: T.REINTEGRATION, place: 'Khu phố Lập Hòa', form: R, launch: '2016-05-12', cycle: QUARTERLY },
    // W05: a pre-2018 eleven-digit mobile number nobody converted.
    { type: T.TRAFFIC, place: 'Khu phố Nam Tân (Quốc lộ 1A)', form: R, launch: '2018-09-01', phone: '01689123456' },
  ],
  HAM_CAN: [
    { type: T.FARMERS, place: 'Thôn 1', form: R, launch: '2016-07-08' },
    { type: T.PEOPLE_TEAM, place: 'Thôn 2', form: R, launch: '2017-04-22', cycle: QUARTERLY },
    { type: T.CAMERA, place: 'Thôn 3 (trung tâm xã)', form: R, launch: '2018-12-20' },
    // W02: last meeting in January; weak and being consolidated.
    { type: T.PATROL, place: 'Thôn 4', form: R, launch: '2017-09-10', meeting: '2019-01-15', status: 'Củng cố', rating: 'Kém', note: 'Nhiều thành viên đi làm ăn xa, BCĐ xã đang củng cố lại tổ.' },
    // Retired inside the period.
    { type: T.PATROL, place: 'Thôn 1', form: N, launch: '2016-05-15', meeting: '2018-11-20', interim: '2018-06-18', annual: '2017-12-22', status: 'Thanh loại', retired: '2019-01-20', rating: 'Kém', note: 'Hoạt động kém hiệu quả, thanh loại theo Quyết định số 05/QĐ-BCĐ của BCĐ xã.' },
  ],
  HAM_CUONG: [
    { type: T.KDC_PCTP, place: 'Thôn Phú Điền', form: R, launch: '2016-03-18', rating: 'Hiệu quả', highlight: 'Nhân dân cung cấp 05 nguồn tin giúp Công an xã bắt quả tang 02 vụ đánh bạc.' },
    { type: T.DRAGON_FRUIT, place: 'Thôn Phú Khánh', form: N, launch: '2017-06-25', rating: 'Hiệu quả', highlight: 'Không để xảy ra trộm cắp thanh long trong vụ trái vụ 2018–2019.' },
    { type: T.CAMERA, place: 'Thôn Phú Lập', form: R, launch: '2018-04-15' },
    { type: T.CLERGY, place: 'Thôn Phú Thuận', form: N, launch: '2017-10-02', cycle: QUARTERLY },
    { type: T.LIGHTS, place: 'Thôn Phú Điền', form: R, launch: '2018-03-08' },
  ],
  HAM_KIEM: [
    { type: T.FIRE, place: 'Thôn Hiệp Hòa (KCN Hàm Kiệm)', form: R, launch: '2018-06-14' },
    { type: T.KDC_CLEAN, place: 'Thôn Kiệm Hiệp', form: R, launch: '2015-11-20', rating: 'Hiệu quả', highlight: 'Ba năm liền không có người nghiện ma túy mới, không có tội phạm hình sự.' },
    { type: T.PARISH, place: 'Thôn Kiệm Bình (Giáo xứ Kiệm Bình)', form: N, launch: '2016-12-10', cycle: QUARTERLY, rating: 'Hiệu quả', highlight: 'Giáo dân tố giác 02 đối tượng trộm cắp; không có giáo dân vi phạm pháp luật.' },
    { type: T.CAMERA, place: 'Thôn Hiệp Nghĩa', form: R, launch: '2019-02-26' },
    // W03: the last 6-month review was in June 2018.
    { type: T.STRIKE_TEAM, place: 'Thôn Dân Thuận', form: R, launch: '2017-08-08', interim: '2018-06-20' },
    { type: T.ZALO, place: 'Thôn Kiệm Hiệp', form: N, launch: '2018-07-30' },
  ],
  HAM_MINH: [
    { type: T.DRAGON_FRUIT, place: 'Thôn Minh Tiến', form: N, launch: '2016-01-12', rating: 'Hiệu quả', highlight: 'Tuần tra 126 lượt vườn thanh long, bàn giao 03 đối tượng trộm cắp cho Công an xã.' },
    { type: T.FARMERS, place: 'Thôn Minh Hòa', form: R, launch: '2016-09-09' },
    { type: T.CAMERA, place: 'Thôn Minh Thành', form: R, launch: '2018-05-19' },
    { type: T.KDC_PCTP, place: 'Thôn Minh Hưng', form: R, launch: '2017-02-14' },
    { type: T.PEOPLE_TEAM, place: 'Thôn Minh An', form: R, launch: '2017-12-01', cycle: QUARTERLY },
    { type: T.GATES, place: 'Thôn Minh Thành', form: R, launch: '2019-03-22' },
  ],
  HAM_MY: [
    { type: T.KDC_PCTP, place: 'Thôn Phú Mỹ', form: N, launch: '2015-08-18', members: 35, rating: 'Hiệu quả', highlight: 'Thôn Phú Mỹ ba năm liền không có tội phạm hình sự; hòa giải thành 12 vụ mâu thuẫn trong nhân dân.' },
    { type: T.CAMERA, place: 'Thôn Phú Mỹ', form: R, launch: '2017-07-20', rating: 'Hiệu quả', highlight: '12 mắt camera phủ các tuyến đường chính của thôn, hỗ trợ điều tra 02 vụ trộm cắp.' },
    { type: T.DRAGON_FRUIT, place: 'Thôn Phú Sơn', form: R, launch: '2016-10-11' },
    // W02: no meeting since February.
    { type: T.LIGHTS, place: 'Thôn Ích Cường', form: R, launch: '2016-04-30', meeting: '2019-02-02' },
    { type: T.REINTEGRATION, place: 'Thôn Phú Hòa', form: N, launch: '2017-05-05', cycle: QUARTERLY },
    { type: T.FIRE, place: 'Thôn Văn Thánh', form: R, launch: '2018-08-15' },
    { type: T.TRAFFIC, place: 'Thôn Phú Hòa', form: R, launch: '2019-04-05' },
    { type: 'Camara an ninh phòng, chống tội phạm', place: 'Thôn Phú Hòa', form: R, launch: '2019-03-10', wrong: { code: 'E02', why: 'Loại mô hình gõ sai chính tả ("Camara"), không có trong danh mục / type misspelt, not in the catalog' } },
    { type: T.PEOPLE_TEAM, place: 'Thôn Văn Thánh', form: 'Xay dung moi', launch: '2018-11-20', wrong: { code: 'E03', why: 'Hình thức gõ không dấu "Xay dung moi" / form typed without accents' } },
  ],
  HAM_THANH: [
    { type: T.DRAGON_FRUIT, place: 'Thôn Dân Phú', form: R, launch: '2016-06-16' },
    { type: T.FARMERS, place: 'Thôn Dân Hòa', form: N, launch: '2015-12-05', rating: 'Trung bình' },
    { type: T.KDC_CLEAN, place: 'Thôn Dân Thạnh', form: R, launch: '2017-03-03', cycle: QUARTERLY },
    { type: T.CLERGY, place: 'Thôn Dân Cường', form: R, launch: '2018-02-10', cycle: QUARTERLY, status: 'Kiện toàn', note: 'Kiện toàn Ban điều hành do thay đổi trụ trì chùa.' },
    { type: T.CAMERA, place: 'Thôn Dân Hòa', form: R, launch: '2019-01-08' },
    // Retired before the period.
    { type: T.GONG, place: 'Thôn Dân Phú', form: N, launch: '2016-02-20', meeting: '2018-05-10', interim: '2017-12-20', annual: '2017-12-20', status: 'Thanh loại', retired: '2018-06-15', rating: 'Kém', note: 'Không còn phù hợp với tình hình địa bàn.' },
  ],
  MUONG_MAN: [
    { type: T.RAILWAY, place: 'Thôn Xuân Phong (ga Mương Mán)', form: N, launch: '2017-08-30', rating: 'Hiệu quả', highlight: 'Tuyến đường sắt qua xã không xảy ra tai nạn do lấn chiếm hành lang; phát hiện, báo tin 02 vụ ném đá lên tàu.' },
    { type: T.RAILWAY, place: 'Thôn Xuân Hòa', form: R, launch: '2018-10-28' },
    { type: T.CAMERA, place: 'Thôn Xuân Phong', form: R, launch: '2018-07-12' },
    { type: T.TRAFFIC, place: 'Thôn Xuân Hòa', form: R, launch: '2016-11-22' },
    { type: T.PEOPLE_TEAM, place: 'Thôn Xuân Hội', form: R, launch: '2017-01-19', status: 'Củng cố', rating: 'Trung bình' },
    { type: T.FARMERS, place: 'Thôn Xuân Phong', form: R, launch: '2016-05-25', status: 'Thanh loại', wrong: { code: 'E06', why: 'Tình trạng "Thanh loại" nhưng trống Ngày thanh loại / retired without a retirement date' } },
    { type: T.DRAGON_FRUIT, place: 'Thôn Xuân Hội', form: R, launch: '2016-07-27' },
    { type: T.STRIKE_TEAM, place: 'Thôn Xuân Hòa', form: R, launch: '2018-03-14', members: -3, wrong: { code: 'E09', why: 'Số thành viên -3 / member count not a whole number ≥ 1' } },
  ],
  MY_THANH: [
    { type: T.FARMERS, place: 'Thôn 1', form: R, launch: '2016-10-05', cycle: QUARTERLY },
    // W02: quarterly, last meeting in December.
    { type: T.PEOPLE_TEAM, place: 'Thôn 2', form: R, launch: '2017-05-17', cycle: QUARTERLY, meeting: '2018-12-10' },
    { type: T.LIGHTS, place: 'Thôn 3', form: R, launch: '2018-01-25' },
    { type: T.REINTEGRATION, place: 'Thôn 1', form: R, launch: '2018-03-29', cycle: QUARTERLY },
  ],
  TAN_LAP: [
    { type: T.DRAGON_FRUIT, place: 'Thôn Lập Phước', form: R, launch: '2016-08-03', rating: 'Hiệu quả', highlight: 'Tổ chức 98 lượt tuần tra ban đêm mùa thanh long trái vụ, không để xảy ra mất trộm.' },
    { type: T.KDC_PCTP, place: 'Thôn Lập Sơn', form: R, launch: '2017-04-04' },
    { type: T.FIRE, place: 'Thôn Lập Sơn', form: N, launch: '2018-05-08', wrong: { code: 'E08', why: 'Mã mô hình trùng với một dòng của trang Khối CQ-DN-NT (cả hai dòng bị loại) / code used twice, both rows' } },
    { type: T.GATES, place: 'Thôn Lập Vinh', form: N, launch: '2018-03-27' },
    { type: T.CAMERA, place: 'Thôn Lập Nghĩa', form: R, launch: '2018-09-18' },
    { type: T.LIGHTS, place: 'Thôn Lập Vinh', form: R, launch: '31/02/2019', meeting: null, interim: null, annual: null, wrong: { code: 'E04', why: 'Ngày ra mắt "31/02/2019" không có thật / launch date does not exist' } },
    { type: T.REINTEGRATION, place: 'Thôn Lập Phước', form: R, launch: '2017-10-16', cycle: QUARTERLY },
    { type: T.STRIKE_TEAM, place: 'Thôn Lập Sơn', form: N, launch: '2019-06-01', meeting: null, interim: null, annual: null, note: 'Dự kiến ra mắt tháng 6/2019.', wrong: { code: 'E05', why: 'Ngày ra mắt 01/06/2019 sau ngày 24/04/2019 / launch date in the future' } },
  ],
  TAN_THANH: [
    { type: T.CAMERA, place: 'Thôn Thạnh Mỹ', form: R, launch: '2017-12-12' },
    { type: T.PARISH, place: 'Thôn Thạnh Phú', form: R, launch: '2018-04-28', cycle: QUARTERLY },
    { type: T.STRIKE_TEAM, place: 'Thôn Hòa An', form: N, launch: '2016-06-06', rating: 'Hiệu quả', highlight: 'Bảo đảm ANTT khu du lịch Mũi Kê Gà dịp Tết Kỷ Hợi, không xảy ra trộm cắp tài sản của du khách.' },
    { type: T.KDC_PCTP, place: 'Thôn Thạnh Mỹ', form: R, launch: '2016-12-28' },
    { type: T.ZALO, place: 'Thôn Thạnh Phú', form: R, launch: '2019-02-14' },
  ],
  TAN_THUAN: [
    { type: T.DRAGON_FRUIT, place: 'Thôn Thuận Hòa', form: R, launch: '2016-03-30' },
    { type: T.CAMERA, place: 'Thôn Thuận Phong', form: R, launch: '2018-06-22' },
    // W02 and weak: being consolidated.
    { type: T.KDC_CLEAN, place: 'Thôn Hòa Bình', form: R, launch: '2017-07-07', meeting: '2019-01-28', status: 'Củng cố', rating: 'Kém', note: 'Còn 02 người nghiện ma túy trên địa bàn chưa được cai nghiện.' },
    { type: T.CLERGY, place: 'Thôn Thuận Phong', form: R, launch: '2018-05-26', cycle: QUARTERLY },
    { type: T.FARMERS, place: 'Thôn Hòa Bình', form: N, launch: '2016-10-20' },
    // Retired inside the period: replaced by the camera system.
    { type: T.LIGHTS, place: 'Thôn Thuận Hòa', form: R, launch: '2017-04-11', meeting: '2019-02-20', interim: '2018-07-05', annual: '2018-12-21', status: 'Thanh loại', retired: '2019-03-05', note: 'Đã lắp hệ thống camera an ninh thay thế.' },
  ],
  THUAN_QUY: [
    { type: T.STRIKE_TEAM, place: 'Thôn Phú Sơn (khu du lịch ven biển)', form: R, launch: '2017-06-10' },
    { type: T.KDC_PCTP, place: 'Thôn Phú Lâm', form: R, launch: '2016-11-11' },
    // Launched nine days before the review: no meeting yet, and none due.
    { type: T.CAMERA, place: 'Thôn Phú Hiệp', form: R, launch: '2019-04-15' },
    { type: T.DRAGON_FRUIT, place: 'Thôn Phú Lâm', form: R, launch: '2017-09-27', cycle: QUARTERLY },
  ],
  KHOI_CQ: [
    { type: T.SCHOOL_DRUGS, sector: SCHOOL, place: 'Trường THCS Hàm Cường', form: N, launch: '2017-09-05', rating: 'Hiệu quả', highlight: '100% học sinh ký cam kết không sử dụng ma túy; hai năm học liền không có học sinh vi phạm pháp luật.' },
    { type: T.SOCIAL_BOARD, sector: SCHOOL, place: 'Trường THCS Hàm Minh', form: N, launch: '2018-09-10', rating: 'Hiệu quả', highlight: 'Quản lý 15 nhóm Zalo, Facebook của các lớp; ngăn chặn kịp thời 04 vụ hẹn đánh nhau, nói xấu nhau trên mạng.' },
    { type: T.SCHOOL_DRUGS, sector: SCHOOL, place: 'Trường THCS Tân Lập', form: R, launch: '2018-10-29' },
    { type: T.SCHOOL_DRUGS, sector: SCHOOL, place: 'Trường THCS Hàm Kiệm', form: R, launch: '2018-02-01' },
    { type: T.YOUTH_CLUB, sector: SCHOOL, place: 'Trường THCS Thuận Nam', form: R, launch: '2017-03-26', cycle: QUARTERLY },
    { type: T.CAMERA, sector: SCHOOL, place: 'Trường THCS Hàm Mỹ', form: R, launch: '2018-08-20' },
    // W05: an agency's landline (0252 + 7 digits).
    { type: T.GATES, sector: AGENCY, place: 'Kho bạc Nhà nước Hàm Thuận Nam', form: R, launch: '2016-10-14', cycle: QUARTERLY, phone: '02523867215' },
    { type: T.CAMERA, sector: ENTERPRISE, place: 'Chi nhánh Ngân hàng Nông nghiệp và PTNT huyện Hàm Thuận Nam', form: R, launch: '2017-05-22' },
    { type: T.FIRE, sector: ENTERPRISE, place: 'Công ty TNHH May Hàm Kiệm (KCN Hàm Kiệm)', form: N, launch: '2018-01-16' },
    { type: T.STRIKE_TEAM, sector: ENTERPRISE, place: 'Công ty TNHH Thanh long xuất khẩu Hàm Minh', form: R, launch: '2018-06-05' },
    { type: T.ZALO, sector: AGENCY, place: 'Trung tâm Y tế huyện Hàm Thuận Nam', form: R, launch: '2019-03-12' },
    { type: T.SOCIAL_BOARD, sector: AGENCY, place: 'Huyện Đoàn Hàm Thuận Nam', form: R, launch: '2018-12-03' },
    { type: T.GATES, sector: ENTERPRISE, place: 'Khu du lịch núi Tà Cú', form: R, launch: '2017-11-08', cycle: QUARTERLY },
    // Retired before the period.
    { type: T.GATES, sector: AGENCY, place: 'Chi cục Thuế huyện Hàm Thuận Nam', form: R, launch: '2016-09-12', cycle: QUARTERLY, meeting: '2018-06-28', interim: '2018-06-28', annual: '2017-12-26', status: 'Thanh loại', retired: '2018-09-10', note: 'Cơ quan chuyển trụ sở, thanh loại mô hình.' },
    { type: T.FIRE, sector: ENTERPRISE, place: 'Cửa hàng xăng dầu Hàm Kiệm', form: R, launch: '2018-11-06', id: 'TLA-003', wrong: { code: 'E08', why: 'Dùng lại Mã mô hình TLA-003 của xã Tân Lập (cả hai dòng bị loại) / code used twice, both rows' } },
    { type: T.SCHOOL_DRUGS, sector: AGENCY, place: 'Phòng Giáo dục và Đào tạo huyện', form: R, launch: '2018-12-18', wrong: { code: 'E10', why: 'Loại "Vì mái trường không có ma túy" chỉ áp dụng cho Nhà trường, không cho Cơ quan / sector not allowed for the type' } },
  ],
};
