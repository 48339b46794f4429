/** The sample district's totals as of 24/4/2019 (domain.md), hand-made for the report tests. */
import { model } from './totals-fixtures';
import type { Totals, UnitFigures, Figures } from '../../src/core/totals';
import type { SettingKey } from '../../src/core/schema';
import { SETTINGS } from '../../src/core/schema';
import type { CheckedRow, Issue, ValidationResult } from '../../src/core/issue';
import type { ModelRecord } from '../../src/core/workbook-model';

export const COMMUNES = [
  'Thị trấn Thuận Nam', 'Hàm Cần', 'Hàm Cường', 'Hàm Kiệm', 'Hàm Minh', 'Hàm Mỹ', 'Hàm Thạnh',
  'Mương Mán', 'Mỹ Thạnh', 'Tân Lập', 'Tân Thành', 'Tân Thuận', 'Thuận Quý',
];
const COMMUNE_SITES = [7, 5, 6, 5, 6, 7, 5, 4, 5, 6, 5, 4, 4]; // 69
export const AGENCY = 'Khối cơ quan, doanh nghiệp, nhà trường';

export const TYPE_NAMES = [
  'Khu dân cư phòng chống tội phạm', 'Tuyến đường sắt an toàn về ANTT', 'Camera an ninh phòng, chống tội phạm',
  'Vì mái trường không có ma túy', 'Ban quản lý thông tin mạng xã hội', 'Tổ thanh long tự quản, tự phòng an toàn về ANTT',
  'Chức sắc tôn giáo tham gia đảm bảo ANTT', 'Nông dân tự quản, tự phòng, tự bảo vệ', 'Ánh sáng an ninh',
  'Tiếng kẻng an ninh', 'Tổ nhân dân tự quản về ANTT', 'Khu dân cư không có tội phạm, ma túy, tệ nạn xã hội',
  'Cổng rào an ninh', 'Tổ tuần tra nghĩa vụ', 'Câu lạc bộ Tuổi trẻ với pháp luật', 'Giáo xứ bình yên',
  'Tộc họ tự quản về ANTT', 'Tổ an ninh xung kích', 'Phòng, chống tội phạm qua mạng xã hội Zalo',
  'Tổ liên gia an toàn phòng cháy chữa cháy',
];
const TYPE_SITES = [12, 8, 7, 6, 5, 5, 4, 4, 4, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2]; // 82

export function code(name: string): string {
  return name === AGENCY ? 'KHOI_CQ' : `U${COMMUNES.indexOf(name) + 1}`;
}

function figures(sites: number, over: Partial<Figures> = {}): Figures {
  return {
    sites, types: Math.min(sites, 5), newSites: Math.floor(sites / 2), replicatedSites: sites - Math.floor(sites / 2),
    launchedInPeriod: 0, retiredInPeriod: 0,
    byStatus: { 'Đang hoạt động': sites, 'Củng cố': 0, 'Kiện toàn': 0 },
    bySector: { 'Khu dân cư': sites, 'Cơ quan': 0, 'Doanh nghiệp': 0, 'Nhà trường': 0 },
    byRating: { 'Hiệu quả': 0, 'Trung bình': 0, 'Kém': 0, 'Chưa đánh giá': sites },
    meetingsOnTime: sites, invalidRows: 0, ...over,
  };
}

/** The sample totals; `scale` multiplies every site count (8,200 sites at 100). */
export function sampleTotals(scale = 1): Totals {
  const units: UnitFigures[] = COMMUNES.map((name, i) => ({
    code: code(name), name, confirmed: 'on-time' as const, ...figures(COMMUNE_SITES[i] * scale),
  }));
  const agencySites = 13 * scale;
  units.push({
    code: code(AGENCY), name: AGENCY, confirmed: 'on-time', ...figures(agencySites, {
      bySector: { 'Khu dân cư': 0, 'Cơ quan': 5 * scale, 'Doanh nghiệp': 3 * scale, 'Nhà trường': 5 * scale },
    }),
  });
  const sites = 82 * scale;
  const newSites = units.reduce((n, u) => n + u.newSites, 0);
  return {
    asOf: '2019-04-24', from: '2018-10-25',
    district: {
      ...figures(sites, {
        types: 20, newSites, replicatedSites: sites - newSites, launchedInPeriod: 9 * scale, retiredInPeriod: 2 * scale,
        byStatus: { 'Đang hoạt động': sites - 3 * scale, 'Củng cố': 2 * scale, 'Kiện toàn': scale },
        bySector: { 'Khu dân cư': 69 * scale, 'Cơ quan': 5 * scale, 'Doanh nghiệp': 3 * scale, 'Nhà trường': 5 * scale },
        byRating: { 'Hiệu quả': 30 * scale, 'Trung bình': 40 * scale, 'Kém': 2 * scale, 'Chưa đánh giá': 10 * scale },
        meetingsOnTime: 70 * scale,
      }),
      unitsWithSites: 13, unitsTotal: 13,
      awards: { 'Tập thể': 9, 'Cá nhân': 5 },
    },
    units,
    byType: TYPE_NAMES.map((type, i) => ({ type, field: 'Phòng chống tội phạm', sites: TYPE_SITES[i] * scale, units: Math.min(14, TYPE_SITES[i]) })),
    previous: { asOf: '2018-10-24', sites: 70 * scale, types: 17, unitsWithSites: 12 },
  };
}

export function settings(over: Partial<Record<SettingKey, string>> = {}): Record<SettingKey, string> {
  const out = {} as Record<SettingKey, string>;
  for (const s of SETTINGS) out[s.key] = s.default;
  out.parentBody = 'UBND HUYỆN HÀM THUẬN NAM';
  out.place = 'Hàm Thuận Nam';
  out.signerName = 'Trần Ngọc Diệp';
  return { ...out, ...over };
}

/** A valid model record (the totals tests' builder). */
export const record = model;

export function checked(rec: ModelRecord, hasError = false, issues: Issue[] = []): CheckedRow {
  return { record: rec, hasError, issues };
}

export function w02(rec: ModelRecord): Issue {
  return {
    code: 'W02', severity: 'Cảnh báo', sheet: rec.sheet, row: rec.row, column: 'Sinh hoạt gần nhất', columnIndex: 13,
    value: '', message: 'quá hạn', unitCode: rec.unitCode,
  };
}

export const EMPTY_VALIDATION: ValidationResult = { issues: [], rows: [] };
