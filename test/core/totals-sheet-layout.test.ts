/** The `Tổng hợp` sheet grid (totalsSheetLayout): every cell, the bold and header rows, the chart range. */
import { totalsSheetLayout, type Totals } from '../../src/core/totals';

/** A row written out to the grid's width (14 columns: the unit table's). */
const cells = (...c: (string | number)[]): (string | number)[] => [...c, ...Array<string>(14 - c.length).fill('')];

/** Distinct numbers everywhere, so a figure in the wrong cell shows. */
function sample(): Totals {
  return {
    asOf: '2019-04-24', from: '2018-10-25',
    district: {
      sites: 82, types: 20, unitsWithSites: 13, unitsTotal: 14, newSites: 30, replicatedSites: 52,
      launchedInPeriod: 9, retiredInPeriod: 2,
      byStatus: { 'Đang hoạt động': 70, 'Củng cố': 8, 'Kiện toàn': 4 },
      bySector: { 'Khu dân cư': 69, 'Cơ quan': 6, 'Doanh nghiệp': 2, 'Nhà trường': 5 },
      byRating: { 'Hiệu quả': 11, 'Trung bình': 12, 'Kém': 3, 'Chưa đánh giá': 56 },
      meetingsOnTime: 78, invalidRows: 4, awards: { 'Tập thể': 9, 'Cá nhân': 5 },
    },
    units: [
      {
        code: 'HAM_MY', name: 'Hàm Mỹ', sites: 7, types: 5, newSites: 3, replicatedSites: 4, launchedInPeriod: 1,
        retiredInPeriod: 6, byStatus: { 'Đang hoạt động': 21, 'Củng cố': 22, 'Kiện toàn': 23 },
        bySector: { 'Khu dân cư': 7, 'Cơ quan': 0, 'Doanh nghiệp': 0, 'Nhà trường': 0 },
        byRating: { 'Hiệu quả': 0, 'Trung bình': 0, 'Kém': 0, 'Chưa đánh giá': 7 },
        meetingsOnTime: 24, invalidRows: 25, confirmed: 'on-time',
      },
      {
        code: 'X', name: '=HYPERLINK("x")', sites: 31, types: 32, newSites: 33, replicatedSites: 34,
        launchedInPeriod: 35, retiredInPeriod: 36, byStatus: { 'Củng cố': 37 },
        bySector: {}, byRating: {}, meetingsOnTime: 38, invalidRows: 39, confirmed: 'late',
      },
      {
        code: 'Y', name: 'Hàm Kiệm', sites: 0, types: 0, newSites: 0, replicatedSites: 0, launchedInPeriod: 0,
        retiredInPeriod: 0, byStatus: {}, bySector: {}, byRating: {}, meetingsOnTime: 0, invalidRows: 0,
        confirmed: 'missing',
      },
    ],
    byType: [
      { type: 'Khu dân cư phòng chống tội phạm', field: 'Phòng chống tội phạm', sites: 12, units: 9 },
      { type: '+Camera', field: '', sites: 3, units: 2 },
    ],
    previous: { asOf: '2018-10-24', sites: 70, types: 17, unitsWithSites: 12 },
  };
}

/** Rows 0–33: title, subtitle, district line, the district block and the change line. */
const HEAD = (level: string, label: string, districtLine: string) => [
  cells('TỔNG HỢP MÔ HÌNH TỰ PHÒNG, TỰ QUẢN'),
  cells('Số liệu đến ngày 24/04/2019 — kỳ từ 25/10/2018 đến 24/04/2019'),
  cells(districtLine),
  cells(),
  cells(level),
  cells('', 'Chỉ tiêu', 'Số liệu'),
  cells('', 'Số điểm', 82),
  cells('', 'Số loại', 20),
  cells('', `Số ${label} có mô hình`, 13),
  cells('', `Tổng số ${label} theo dõi`, 14),
  cells('', 'Xây dựng mới', 30),
  cells('', 'Nhân rộng', 52),
  cells('', 'Ra mắt trong kỳ', 9),
  cells('', 'Thanh loại trong kỳ', 2),
  cells('', 'Tình trạng: Đang hoạt động', 70),
  cells('', 'Tình trạng: Củng cố', 8),
  cells('', 'Tình trạng: Kiện toàn', 4),
  cells('', 'Khối: Khu dân cư', 69),
  cells('', 'Khối: Cơ quan', 6),
  cells('', 'Khối: Doanh nghiệp', 2),
  cells('', 'Khối: Nhà trường', 5),
  cells('', 'Xếp loại: Hiệu quả', 11),
  cells('', 'Xếp loại: Trung bình', 12),
  cells('', 'Xếp loại: Kém', 3),
  cells('', 'Xếp loại: Chưa đánh giá', 56),
  cells('', 'Sinh hoạt đúng kỳ', 78),
  cells('', 'Tỷ lệ sinh hoạt đúng kỳ', "'95,1%"),
  cells('', 'Dòng lỗi', 4),
  cells('', 'Khen thưởng trong kỳ: Tập thể', 9),
  cells('', 'Khen thưởng trong kỳ: Cá nhân', 5),
  cells('', 'Số điểm tăng/giảm so với kỳ trước', 12),
  cells('', 'Số loại tăng/giảm so với kỳ trước', 3),
  cells('', 'So với ngày 24/10/2018: +12 điểm, +3 loại.'),
  cells(),
];

const UNIT_HEADER = cells(
  'STT', 'Đơn vị', 'Số điểm', 'Số loại', 'Xây dựng mới', 'Nhân rộng', 'Ra mắt trong kỳ', 'Thanh loại trong kỳ',
  'Đang hoạt động', 'Củng cố', 'Kiện toàn', 'Sinh hoạt đúng kỳ', 'Dòng lỗi', 'Xác nhận số liệu',
);
const TOTAL_ROW = cells('', 'Tổng cộng', 82, 20, 30, 52, 9, 2, 70, 8, 4, 78, 4, '');
const TYPE_HEADER = cells('STT', 'Loại mô hình', 'Số điểm', 'Số đơn vị', 'Lĩnh vực');

describe('totalsSheetLayout', () => {
  test('every cell of a district with units and types, for a town ("thị xã") counting wards', () => {
    const layout = totalsSheetLayout(sample(), 'phường', 'thị xã');
    expect(layout.rows).toEqual([
      ...HEAD('TOÀN THỊ XÃ', 'phường', '20 loại mô hình, 82 điểm, 13/14 phường có mô hình; khối cơ quan, doanh nghiệp, nhà trường có 13 mô hình'),
      cells('SỐ LIỆU THEO ĐƠN VỊ'),
      UNIT_HEADER,
      cells(1, "'Hàm Mỹ", 7, 5, 3, 4, 1, 6, 21, 22, 23, 24, 25, 'Đúng hạn'),
      // A status missing from byStatus is 0; a user's name is neutralised.
      cells(2, `'=HYPERLINK("x")`, 31, 32, 33, 34, 35, 36, 0, 37, 0, 38, 39, 'Trễ hạn'),
      cells(3, "'Hàm Kiệm", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'Chưa xác nhận'),
      TOTAL_ROW,
      cells(),
      cells('SỐ LIỆU THEO LOẠI MÔ HÌNH'),
      TYPE_HEADER,
      cells(1, "'Khu dân cư phòng chống tội phạm", 12, 9, "'Phòng chống tội phạm"),
      cells(2, "'+Camera", 3, 2, ''),
    ]);
    expect(layout.width).toBe(14);
    expect(layout.boldRows).toEqual([0, 4, 5, 34, 35, 39, 41, 42]);
    expect(layout.headerRows).toEqual([36, 43]);
    expect(layout.unitChart).toEqual({ firstRow: 37, lastRow: 39, nameColumn: 2, sitesColumn: 3 });
    expect(layout.districtRow).toBe(5);
  });

  test('no units and no counted types: defaults "huyện" and "xã, thị trấn", a "no sites" line, an empty chart range', () => {
    const t = { ...sample(), units: [], byType: [] };
    const layout = totalsSheetLayout(t);
    expect(layout.rows).toEqual([
      ...HEAD('TOÀN HUYỆN', 'xã, thị trấn', '20 loại mô hình, 82 điểm, 13/14 xã, thị trấn có mô hình; khối cơ quan, doanh nghiệp, nhà trường có 13 mô hình'),
      cells('SỐ LIỆU THEO ĐƠN VỊ'),
      UNIT_HEADER,
      TOTAL_ROW,
      cells(),
      cells('SỐ LIỆU THEO LOẠI MÔ HÌNH'),
      TYPE_HEADER,
      cells('', 'Chưa có mô hình nào được tính.'),
    ]);
    expect(layout.width).toBe(14);
    expect(layout.boldRows).toEqual([0, 4, 5, 34, 35, 36, 38, 39]);
    expect(layout.headerRows).toEqual([36, 40]);
    expect(layout.unitChart).toEqual({ firstRow: 37, lastRow: 36, nameColumn: 2, sitesColumn: 3 });
    expect(layout.districtRow).toBe(5);
  });

  test('district figures missing from a breakdown are 0; a drop since the period before is negative', () => {
    const t = sample();
    t.district = { ...t.district, byStatus: {}, bySector: {}, byRating: {}, meetingsOnTime: 0 };
    t.previous = { ...t.previous, sites: 90, types: 21 };
    const rows = totalsSheetLayout(t).rows;
    const value = (label: string) => rows.find((r) => r[1] === label)?.[2];
    expect(value('Tình trạng: Củng cố')).toBe(0);
    expect(value('Khối: Nhà trường')).toBe(0);
    expect(value('Xếp loại: Kém')).toBe(0);
    expect(value('Tỷ lệ sinh hoạt đúng kỳ')).toBe("'0%");
    expect(value('Số điểm tăng/giảm so với kỳ trước')).toBe(-8);
    expect(value('Số loại tăng/giảm so với kỳ trước')).toBe(-1);
    expect(rows[39]).toEqual(cells('', 'Tổng cộng', 82, 20, 30, 52, 9, 2, 0, 0, 0, 0, 4, ''));
  });
});
