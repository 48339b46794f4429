/**
 * Template mode: the `{{name}}` placeholders a user's template Doc may hold, and their
 * values. Every totals figure has one; per-unit figures are `{{figure.UNIT_CODE}}`.
 */
import type { Totals, UnitFigures } from '../totals';
import { PLACEHOLDER_TEXT } from '../messages/report';
import { formatShortDate, formatPercent, describeChange } from './format';
import { REPORT_TEXT } from '../messages/report';
import type { ReportModel } from './model';

export interface PlaceholderDoc {
  /** Placeholder name without braces; `<MÃ ĐƠN VỊ>` stands for a unit code. */
  name: string;
  /** What it is replaced with, in Vietnamese (for the README and the sidebar). */
  meaning: string;
}

/** The documented list, in the order the README prints it. */
export const PLACEHOLDERS: readonly PlaceholderDoc[] = Object.keys(PLACEHOLDER_TEXT).map((name) => ({
  name,
  meaning: PLACEHOLDER_TEXT[name],
}));

/** Placeholders that stand alone in a paragraph and become tables. */
export const TABLE_PLACEHOLDERS = { units: 'bang_don_vi', types: 'bang_loai_mo_hinh' } as const;

/** Agency block = sites in these sectors ("khối cơ quan, doanh nghiệp, nhà trường"). */
export const AGENCY_SECTORS = ['Cơ quan', 'Doanh nghiệp', 'Nhà trường'] as const;

export function agencySites(bySector: Record<string, number>): number {
  return AGENCY_SECTORS.reduce((n, s) => n + (bySector[s] ?? 0), 0);
}

function count(n: number | undefined): string {
  return String(n ?? 0);
}

/** Per-unit figures, named `<figure>.<code>`. */
export const UNIT_FIGURES: Record<string, (u: UnitFigures) => number> = {
  so_diem: (u) => u.sites,
  so_loai: (u) => u.types,
  xay_dung_moi: (u) => u.newSites,
  nhan_rong: (u) => u.replicatedSites,
  dang_hoat_dong: (u) => u.byStatus['Đang hoạt động'] ?? 0,
  cung_co_kien_toan: (u) => (u.byStatus['Củng cố'] ?? 0) + (u.byStatus['Kiện toàn'] ?? 0),
  thanh_loai_trong_ky: (u) => u.retiredInPeriod,
  sinh_hoat_dung_ky: (u) => u.meetingsOnTime,
  dong_loi: (u) => u.invalidRows,
};

/**
 * The figures of a totals object as placeholder values. Counts are written plainly
 * ("9", not "09"): a template's author decides the wording around them.
 */
export function totalsValues(t: Totals): Record<string, string> {
  const d = t.district;
  const v: Record<string, string> = {
    so_diem: count(d.sites),
    so_loai: count(d.types),
    so_xa_co_mo_hinh: count(d.unitsWithSites),
    tong_so_xa: count(d.unitsTotal),
    khoi_co_quan: count(agencySites(d.bySector)),
    xay_dung_moi: count(d.newSites),
    nhan_rong: count(d.replicatedSites),
    ra_mat_trong_ky: count(d.launchedInPeriod),
    thanh_loai_trong_ky: count(d.retiredInPeriod),
    dang_hoat_dong: count(d.byStatus['Đang hoạt động']),
    cung_co: count(d.byStatus['Củng cố']),
    kien_toan: count(d.byStatus['Kiện toàn']),
    khu_dan_cu: count(d.bySector['Khu dân cư']),
    co_quan: count(d.bySector['Cơ quan']),
    doanh_nghiep: count(d.bySector['Doanh nghiệp']),
    nha_truong: count(d.bySector['Nhà trường']),
    hieu_qua: count(d.byRating['Hiệu quả']),
    trung_binh: count(d.byRating['Trung bình']),
    kem: count(d.byRating['Kém']),
    chua_danh_gia: count(d.byRating['Chưa đánh giá']),
    sinh_hoat_dung_ky: count(d.meetingsOnTime),
    ty_le_sinh_hoat: formatPercent(d.meetingsOnTime, d.sites),
    dong_loi: count(d.invalidRows),
    tap_the: count(d.awards['Tập thể']),
    ca_nhan: count(d.awards['Cá nhân']),
    so_don_vi: count(t.units.length),
    don_vi_xac_nhan_dung_han: count(t.units.filter((u) => u.confirmed === 'on-time').length),
    so_diem_ky_truoc: count(t.previous.sites),
    so_loai_ky_truoc: count(t.previous.types),
    so_xa_ky_truoc: count(t.previous.unitsWithSites),
    ngay_ky_truoc: formatShortDate(t.previous.asOf),
    tang_giam_so_diem: describeChange(d.sites - t.previous.sites, REPORT_TEXT.unitSites),
    tang_giam_so_loai: describeChange(d.types - t.previous.types, REPORT_TEXT.unitTypes),
    tu_ngay: formatShortDate(t.from),
    den_ngay: formatShortDate(t.asOf),
  };
  for (const u of t.units) {
    for (const [name, get] of Object.entries(UNIT_FIGURES)) v[`${name}.${u.code}`] = String(get(u));
  }
  return v;
}

function isModel(source: ReportModel | Totals): source is ReportModel {
  return 'header' in source;
}

/**
 * Values for template mode: from a report model, everything (figures, header, settings
 * text, sentences); from a bare totals object, the figures only.
 */
export function placeholderValues(source: ReportModel | Totals): Record<string, string> {
  return isModel(source) ? { ...source.values } : totalsValues(source);
}
