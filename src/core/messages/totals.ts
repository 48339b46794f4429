// Vietnamese user text for the totals feature. Identifiers English, text NFC.
import { formatDayVi } from '../dates';
import { normKey } from '../normalise';
import type { Confirmation, Figures, Totals } from '../totals/model';

/** How a unit's period confirmation is shown (`Tổng hợp`, sidebar, report). */
export const CONFIRMATION_LABELS: Record<Confirmation, string> = {
  'on-time': 'Đúng hạn',
  late: 'Trễ hạn',
  missing: 'Chưa xác nhận',
};

/** Column headers for the scalar figures, keyed as in `Figures`. */
export const FIGURE_LABELS: Record<Exclude<keyof Figures, 'byStatus' | 'bySector' | 'byRating'>, string> = {
  sites: 'Số điểm',
  types: 'Số loại',
  newSites: 'Xây dựng mới',
  replicatedSites: 'Nhân rộng',
  launchedInPeriod: 'Ra mắt trong kỳ',
  retiredInPeriod: 'Thanh loại trong kỳ',
  meetingsOnTime: 'Sinh hoạt đúng kỳ',
  invalidRows: 'Dòng lỗi',
};

/** Headers and fixed text of the `Tổng hợp` sheet. */
export const TOTALS_TEXT = {
  title: 'TỔNG HỢP MÔ HÌNH TỰ PHÒNG, TỰ QUẢN',
  serial: 'STT',
  unit: 'Đơn vị',
  unitCode: 'Mã đơn vị',
  confirmed: 'Xác nhận số liệu',
  total: 'Tổng cộng',
  type: 'Loại mô hình',
  field: 'Lĩnh vực',
  typeUnits: 'Số đơn vị',
  noSites: 'Chưa có mô hình nào được tính.',
  chartTitle: 'Số điểm mô hình theo đơn vị',
} as const;

/** Coverage label by default: the sample district's wording ("13/13 xã, thị trấn"). */
export const DEFAULT_COVERAGE_LABEL = 'xã, thị trấn';

/** "Từ 25/10/2018 đến 24/04/2019". */
export function formatPeriod(t: Pick<Totals, 'from' | 'asOf'>): string {
  return `Từ ${formatDayVi(t.from)} đến ${formatDayVi(t.asOf)}`;
}

/** A signed count with its noun: "+12 điểm", "-2 loại", "0 điểm". */
export function formatCountChange(diff: number, noun: string): string {
  const sign = diff > 0 ? '+' : diff < 0 ? '-' : '';
  return `${sign}${Math.abs(diff)} ${noun}`;
}

/** Sites since the period before: "+12 điểm". */
export function formatSiteChange(t: Totals): string {
  return formatCountChange(t.district.sites - t.previous.sites, 'điểm');
}

/** Types since the period before: "+3 loại". */
export function formatTypeChange(t: Totals): string {
  return formatCountChange(t.district.types - t.previous.types, 'loại');
}

/** In a sentence: "tăng 12 điểm", "giảm 2 điểm", "không thay đổi". */
export function describeCountChange(diff: number, noun: string): string {
  if (diff > 0) return `tăng ${diff} ${noun}`;
  if (diff < 0) return `giảm ${-diff} ${noun}`;
  return 'không thay đổi';
}

/** "So với ngày 24/10/2018: +12 điểm, +3 loại." */
export function formatChangeLine(t: Totals): string {
  return `So với ngày ${formatDayVi(t.previous.asOf)}: ${formatSiteChange(t)}, ${formatTypeChange(t)}.`;
}

/** Sites outside residential areas: agencies, enterprises and schools ("13 mô hình"). */
export function nonResidentialSites(t: Totals): number {
  return Object.entries(t.district.bySector)
    .filter(([sector]) => sector !== 'Khu dân cư')
    .reduce((sum, [, n]) => sum + n, 0);
}

/**
 * One line of district figures, as the review states them:
 * "20 loại mô hình, 82 điểm, 13/13 xã, thị trấn có mô hình; khối cơ quan, doanh nghiệp, nhà
 * trường có 13 mô hình". `coverageLabel` names the unit types counted for coverage, which the
 * totals do not carry (a ward-level district says "phường").
 */
export function formatDistrictLine(t: Totals, coverageLabel: string = DEFAULT_COVERAGE_LABEL): string {
  const d = t.district;
  const parts = [
    `${d.types} loại mô hình, ${d.sites} điểm, ${d.unitsWithSites}/${d.unitsTotal} ${coverageLabel} có mô hình`,
  ];
  const others = nonResidentialSites(t);
  if (others > 0) parts.push(`khối cơ quan, doanh nghiệp, nhà trường có ${others} mô hình`);
  return parts.join('; ');
}

/** "xã, thị trấn" from the followed units' types (in the order Xã, Thị trấn, Phường). */
export function coverageLabelOf(unitTypes: readonly string[]): string {
  const present = new Set(unitTypes.map(normKey));
  const label = ['xã', 'thị trấn', 'phường'].filter((s) => present.has(s));
  return label.length > 0 ? label.join(', ') : DEFAULT_COVERAGE_LABEL;
}

/** Commendations: "9 tập thể và 5 cá nhân", or a plain "no commendations" sentence. */
export function formatAwards(t: Totals): string {
  const group = t.district.awards['Tập thể'] ?? 0;
  const person = t.district.awards['Cá nhân'] ?? 0;
  if (group === 0 && person === 0) return 'Trong kỳ không có khen thưởng.';
  return `${group} tập thể và ${person} cá nhân`;
}

/** Labels of the district block of `Tổng hợp`. */
export const TOTALS_SHEET_TEXT = {
  subtitle: (t: Pick<Totals, 'from' | 'asOf'>) => `Số liệu đến ngày ${formatDayVi(t.asOf)} — kỳ ${formatPeriod(t).toLowerCase()}`,
  /** The district block's title, from the committee's level ("huyện" → "TOÀN HUYỆN"). */
  district: (level: string) => `TOÀN ${level.toLocaleUpperCase('vi-VN')}`,
  figure: 'Chỉ tiêu',
  value: 'Số liệu',
  unitsWithSites: (label: string) => `Số ${label} có mô hình`,
  unitsTotal: (label: string) => `Tổng số ${label} theo dõi`,
  byStatus: (s: string) => `Tình trạng: ${s}`,
  bySector: (s: string) => `Khối: ${s}`,
  byRating: (s: string) => `Xếp loại: ${s}`,
  meetingsRate: 'Tỷ lệ sinh hoạt đúng kỳ',
  awards: (s: string) => `Khen thưởng trong kỳ: ${s}`,
  changeSites: 'Số điểm tăng/giảm so với kỳ trước',
  changeTypes: 'Số loại tăng/giảm so với kỳ trước',
  byUnit: 'SỐ LIỆU THEO ĐƠN VỊ',
  byType: 'SỐ LIỆU THEO LOẠI MÔ HÌNH',
  change: 'So với kỳ trước',
} as const;
