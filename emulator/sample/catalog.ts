/**
 * Catalogs of the Hàm Thuận Nam sample (domain.md): settings, units, model types and
 * commendations, as the district staff would have typed them before set-up ran.
 */
import type { SettingKey } from '../../src/core/schema';

export interface SampleUnit {
  code: string;
  name: string;
  tabName: string;
  unitType: 'Xã' | 'Thị trấn' | 'Khối cơ quan';
  /** Prefix of the unit's `Mã mô hình` (HMY-001). */
  prefix: string;
  /** Mail-box slug: `hammy.cat@example.gov.vn`. */
  slug: string;
  manager: string;
}

export const UNITS: readonly SampleUnit[] = [
  { code: 'THUAN_NAM', name: 'Thị trấn Thuận Nam', tabName: 'Thị trấn Thuận Nam', unitType: 'Thị trấn', prefix: 'TTN', slug: 'thuannam', manager: 'Lê Quốc Hưng' },
  { code: 'HAM_CAN', name: 'Hàm Cần', tabName: 'Hàm Cần', unitType: 'Xã', prefix: 'HCA', slug: 'hamcan', manager: 'Phạm Văn Lộc' },
  { code: 'HAM_CUONG', name: 'Hàm Cường', tabName: 'Hàm Cường', unitType: 'Xã', prefix: 'HCU', slug: 'hamcuong', manager: 'Nguyễn Thanh Tùng' },
  { code: 'HAM_KIEM', name: 'Hàm Kiệm', tabName: 'Hàm Kiệm', unitType: 'Xã', prefix: 'HKI', slug: 'hamkiem', manager: 'Võ Minh Khánh' },
  { code: 'HAM_MINH', name: 'Hàm Minh', tabName: 'Hàm Minh', unitType: 'Xã', prefix: 'HMI', slug: 'hamminh', manager: 'Huỳnh Đức Thắng' },
  { code: 'HAM_MY', name: 'Hàm Mỹ', tabName: 'Hàm Mỹ', unitType: 'Xã', prefix: 'HMY', slug: 'hammy', manager: 'Nguyễn Văn Hùng' },
  { code: 'HAM_THANH', name: 'Hàm Thạnh', tabName: 'Hàm Thạnh', unitType: 'Xã', prefix: 'HTH', slug: 'hamthanh', manager: 'Trương Công Danh' },
  { code: 'MUONG_MAN', name: 'Mương Mán', tabName: 'Mương Mán', unitType: 'Xã', prefix: 'MMA', slug: 'muongman', manager: 'Đặng Hữu Phước' },
  { code: 'MY_THANH', name: 'Mỹ Thạnh', tabName: 'Mỹ Thạnh', unitType: 'Xã', prefix: 'MTH', slug: 'mythanh', manager: 'Bố Văn Tâm' },
  { code: 'TAN_LAP', name: 'Tân Lập', tabName: 'Tân Lập', unitType: 'Xã', prefix: 'TLA', slug: 'tanlap', manager: 'Lâm Văn Sang' },
  { code: 'TAN_THANH', name: 'Tân Thành', tabName: 'Tân Thành', unitType: 'Xã', prefix: 'TTH', slug: 'tanthanh', manager: 'Phan Thị Kim Oanh' },
  { code: 'TAN_THUAN', name: 'Tân Thuận', tabName: 'Tân Thuận', unitType: 'Xã', prefix: 'TTU', slug: 'tanthuan', manager: 'Dương Minh Trí' },
  { code: 'THUAN_QUY', name: 'Thuận Quý', tabName: 'Thuận Quý', unitType: 'Xã', prefix: 'TQU', slug: 'thuanquy', manager: 'Hồ Văn Nghĩa' },
  // Excel allows 31 characters per tab name: the unit's full name has 38.
  { code: 'KHOI_CQ', name: 'Khối cơ quan, doanh nghiệp, nhà trường', tabName: 'Khối CQ-DN-NT', unitType: 'Khối cơ quan', prefix: 'CQ', slug: 'khoicq', manager: 'Ngô Thị Thu Hà' },
];

/** Model types, spelled once: the data tabs refer to them through these constants. */
export const T = {
  KDC_PCTP: 'Khu dân cư phòng chống tội phạm',
  RAILWAY: 'Tuyến đường sắt an toàn về ANTT',
  CAMERA: 'Camera an ninh phòng, chống tội phạm',
  SCHOOL_DRUGS: 'Vì mái trường không có ma túy',
  SOCIAL_BOARD: 'Ban quản lý thông tin mạng xã hội',
  DRAGON_FRUIT: 'Tổ thanh long tự quản, tự phòng an toàn về ANTT',
  CLERGY: 'Chức sắc tôn giáo tham gia đảm bảo ANTT',
  FARMERS: 'Nông dân tự quản, tự phòng, tự bảo vệ',
  LIGHTS: 'Ánh sáng an ninh',
  GONG: 'Tiếng kẻng an ninh',
  PEOPLE_TEAM: 'Tổ nhân dân tự quản về ANTT',
  KDC_CLEAN: 'Khu dân cư không có tội phạm, ma túy, tệ nạn xã hội',
  GATES: 'Cổng rào an ninh',
  PATROL: 'Tổ tuần tra nghĩa vụ',
  YOUTH_CLUB: 'Câu lạc bộ Tuổi trẻ với pháp luật',
  PARISH: 'Giáo xứ bình yên',
  CLAN: 'Tộc họ tự quản về ANTT',
  STRIKE_TEAM: 'Tổ an ninh xung kích',
  ZALO: 'Phòng, chống tội phạm qua mạng xã hội Zalo',
  REINTEGRATION: 'Quản lý, giáo dục, giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng',
  TRAFFIC: 'Khu dân cư thực hiện tốt an toàn giao thông',
  FIRE: 'Tổ liên gia an toàn phòng cháy chữa cháy',
} as const;

export interface SampleType {
  name: string;
  field: string;
  /** `Khối áp dụng` as typed: comma list, '' = every sector. */
  sectors: string;
}

const RESIDENTIAL = 'Khu dân cư';

export const TYPES: readonly SampleType[] = [
  { name: T.KDC_PCTP, field: 'Phòng chống tội phạm', sectors: RESIDENTIAL },
  { name: T.RAILWAY, field: 'Trật tự an toàn giao thông', sectors: RESIDENTIAL },
  { name: T.CAMERA, field: 'Phòng chống tội phạm', sectors: '' },
  { name: T.SCHOOL_DRUGS, field: 'Phòng chống ma túy, tệ nạn xã hội', sectors: 'Nhà trường' },
  { name: T.SOCIAL_BOARD, field: 'An ninh mạng', sectors: 'Cơ quan, Nhà trường' },
  { name: T.DRAGON_FRUIT, field: 'Phòng chống tội phạm', sectors: RESIDENTIAL },
  { name: T.CLERGY, field: 'Dân tộc, tôn giáo', sectors: RESIDENTIAL },
  { name: T.FARMERS, field: 'Phòng chống tội phạm', sectors: RESIDENTIAL },
  { name: T.LIGHTS, field: 'Phòng chống tội phạm', sectors: RESIDENTIAL },
  { name: T.GONG, field: 'Phòng chống tội phạm', sectors: RESIDENTIAL },
  { name: T.PEOPLE_TEAM, field: 'Phòng chống tội phạm', sectors: RESIDENTIAL },
  { name: T.KDC_CLEAN, field: 'Phòng chống ma túy, tệ nạn xã hội', sectors: RESIDENTIAL },
  { name: T.GATES, field: 'Phòng chống tội phạm', sectors: '' },
  { name: T.PATROL, field: 'Phòng chống tội phạm', sectors: RESIDENTIAL },
  { name: T.YOUTH_CLUB, field: 'Tuyên truyền, giáo dục pháp luật', sectors: 'Khu dân cư, Nhà trường' },
  { name: T.PARISH, field: 'Dân tộc, tôn giáo', sectors: RESIDENTIAL },
  { name: T.CLAN, field: 'Dân tộc, tôn giáo', sectors: RESIDENTIAL },
  { name: T.STRIKE_TEAM, field: 'Phòng chống tội phạm', sectors: 'Khu dân cư, Doanh nghiệp' },
  { name: T.ZALO, field: 'An ninh mạng', sectors: '' },
  { name: T.REINTEGRATION, field: 'Quản lý đối tượng', sectors: RESIDENTIAL },
  { name: T.TRAFFIC, field: 'Trật tự an toàn giao thông', sectors: RESIDENTIAL },
  { name: T.FIRE, field: 'Phòng cháy chữa cháy', sectors: 'Khu dân cư, Cơ quan, Doanh nghiệp' },
];

/**
 * The model types most districts follow: the sample's list without the ones tied to Hàm
 * Thuận Nam's own economy and geography (dragon-fruit farms, the railway line). `antt setup
 * --new` starts a district's catalog with them.
 */
export const COMMON_TYPES: readonly SampleType[] = TYPES.filter((t) => t.name !== T.DRAGON_FRUIT && t.name !== T.RAILWAY);

/** Values of `Cấu hình`, by key; every key of SETTINGS has one. */
export const SETTING_VALUES: Record<SettingKey, string> = {
  parentBody: 'UBND HUYỆN HÀM THUẬN NAM',
  issuingBody: 'BAN CHỈ ĐẠO PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ VÀ PHÒNG, CHỐNG TỘI PHẠM, TỆ NẠN XÃ HỘI',
  docSymbol: 'BC-BCĐ',
  place: 'Hàm Thuận Nam',
  signAuthority: 'TM. BAN CHỈ ĐẠO',
  signerTitle: 'TRƯỞNG BAN',
  signerName: 'Trần Ngọc Diệp',
  recipients: [
    '- Ban Chỉ đạo tỉnh (b/c);',
    '- Công an tỉnh (PV05) (b/c);',
    '- Thường trực Huyện ủy (b/c);',
    '- Thường trực HĐND huyện;',
    '- Chủ tịch, các Phó Chủ tịch UBND huyện;',
    '- Thành viên BCĐ huyện;',
    '- BCĐ các xã, thị trấn;',
    '- Lưu: VT, CAH.',
  ].join('\n'),
  adminEmails: 'bcd.hamthuannam@example.gov.vn, thuongtruc.bcd@example.gov.vn',
  deadlineDay: '25',
  remindDaysBefore: '5',
  templateDocId: '',
  reportFolderId: '',
  reportInvalidRows: 'Không',
  basis:
    'Thực hiện Quyết định số 1383/QĐ-BCĐ ngày 25/5/2017 của Ban Chỉ đạo tỉnh về quy trình xây dựng, nhân rộng và củng cố mô hình tự quản, tự phòng bảo đảm an ninh trật tự,',
  strengths:
    'Cấp ủy, chính quyền các xã, thị trấn quan tâm lãnh đạo, chỉ đạo; Công an huyện làm tốt vai trò tham mưu, ' +
    'hướng dẫn cơ sở thực hiện đúng quy trình của Quyết định số 1383/QĐ-BCĐ. Các mô hình được lựa chọn từ yêu cầu ' +
    'thực tế của từng địa bàn: bảo vệ vườn thanh long, tuyến đường sắt, khu du lịch ven biển, trường học. Nhiều mô ' +
    'hình duy trì sinh hoạt đều đặn, kịp thời phát hiện, tố giác tội phạm và hòa giải mâu thuẫn ngay từ cơ sở, được ' +
    'nhân dân đồng tình, tự nguyện đóng góp kinh phí. Khối cơ quan, doanh nghiệp, nhà trường chủ động nhân rộng, ' +
    'nhất là các mô hình phòng, chống ma túy và quản lý thông tin mạng xã hội trong trường học.',
  weaknesses:
    'Một số mô hình chưa duy trì sinh hoạt định kỳ theo quy định, nội dung sinh hoạt còn đơn điệu; việc sơ kết, ' +
    'rút kinh nghiệm ở một vài nơi còn chậm. Kinh phí hoạt động chủ yếu dựa vào đóng góp của nhân dân nên thiếu ổn ' +
    'định; nhiều thành viên đi làm ăn xa theo mùa vụ làm giảm hiệu quả tuần tra. Việc thống kê, cập nhật số liệu ' +
    'mô hình ở một số đơn vị còn sai sót, chưa kịp thời.',
  directions:
    'Tiếp tục củng cố, kiện toàn các mô hình hoạt động kém hiệu quả, kiên quyết thanh loại những mô hình không còn ' +
    'phù hợp; nhân rộng các mô hình đã phát huy hiệu quả như Camera an ninh, Tổ thanh long tự quản, Vì mái trường ' +
    'không có ma túy. Bảo đảm sinh hoạt hằng tháng, hằng quý, sơ kết 06 tháng và tổng kết hằng năm theo Quyết định ' +
    'số 1383/QĐ-BCĐ. Các xã, thị trấn và khối cơ quan, doanh nghiệp, nhà trường cập nhật số liệu trước ngày 25 hằng ' +
    'tháng; kịp thời đề xuất khen thưởng tập thể, cá nhân có thành tích tiêu biểu.',
};

export interface SampleAward {
  recipientType: 'Tập thể' | 'Cá nhân';
  name: string;
  unit: string;
  form: string;
  level: string;
  decision: string;
  date: string;
  achievement: string;
}

const MERIT = 'Giấy khen';
const CHAIR = 'Chủ tịch UBND huyện';
const DECISION = '1226/QĐ-UBND';
const REVIEW_DAY = '2019-04-24';
const FOR_MODELS = 'Có thành tích xuất sắc trong xây dựng, nhân rộng mô hình "Tự phòng, tự quản" bảo đảm ANTT';

function collective(name: string, unit: string): SampleAward {
  return { recipientType: 'Tập thể', name, unit, form: MERIT, level: CHAIR, decision: DECISION, date: REVIEW_DAY, achievement: FOR_MODELS };
}

function individual(name: string, unit: string, role: string): SampleAward {
  return { recipientType: 'Cá nhân', name, unit, form: MERIT, level: CHAIR, decision: DECISION, date: REVIEW_DAY, achievement: `${role}; ${FOR_MODELS.charAt(0).toLowerCase()}${FOR_MODELS.slice(1)}` };
}

/** 9 collectives and 5 individuals at the review of 24/4/2019, plus two older awards outside the period. */
export const AWARDS: readonly SampleAward[] = [
  collective('Công an xã Hàm Mỹ', 'Hàm Mỹ'),
  collective('Ban Chỉ đạo thôn Phú Mỹ', 'Hàm Mỹ'),
  collective('Công an xã Mương Mán', 'Mương Mán'),
  collective('Trường THCS Hàm Cường', 'Khối cơ quan, doanh nghiệp, nhà trường'),
  collective('Trường THCS Hàm Minh', 'Khối cơ quan, doanh nghiệp, nhà trường'),
  collective('Tổ thanh long tự quản thôn Minh Tiến', 'Hàm Minh'),
  collective('Công an xã Hàm Kiệm', 'Hàm Kiệm'),
  collective('Ban Bảo vệ dân phố khu phố Lập Hòa', 'Thị trấn Thuận Nam'),
  collective('Tổ an ninh xung kích thôn Hòa An', 'Tân Thành'),
  individual('Nguyễn Văn Hùng', 'Hàm Mỹ', 'Trưởng Công an xã Hàm Mỹ'),
  individual('Đặng Hữu Phước', 'Mương Mán', 'Phó Trưởng Công an xã Mương Mán'),
  individual('Lê Thị Ngọc Hân', 'Khối cơ quan, doanh nghiệp, nhà trường', 'Hiệu trưởng Trường THCS Hàm Cường'),
  individual('Võ Văn Thành', 'Hàm Minh', 'Tổ trưởng Tổ thanh long tự quản thôn Minh Tiến'),
  individual('Phan Minh Quang', 'Tân Thành', 'Tổ trưởng Tổ an ninh xung kích thôn Hòa An'),
  // Before the period 25/10/2018–24/4/2019: listed, but not in the review's figures.
  { recipientType: 'Tập thể', name: 'Khu dân cư thôn Phú Mỹ', unit: 'Hàm Mỹ', form: MERIT, level: CHAIR, decision: '2310/QĐ-UBND', date: '2018-10-15', achievement: 'Đạt danh hiệu "Khu dân cư an toàn về an ninh, trật tự" năm 2018' },
  { recipientType: 'Cá nhân', name: 'Huỳnh Đức Thắng', unit: 'Hàm Minh', form: MERIT, level: 'Giám đốc Công an tỉnh', decision: '1570/QĐ-CAT', date: '2018-08-19', achievement: 'Có thành tích xuất sắc trong phong trào toàn dân bảo vệ ANTQ nhân Ngày hội 19/8/2018' },
];
