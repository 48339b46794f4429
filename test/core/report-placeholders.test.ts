/**
 * Template placeholder values of a bare totals object (src/core/report/placeholders.ts): the
 * per-unit status figures, the units that confirmed on time, and the change against last period.
 */
import { placeholderValues } from '../../src/core/report';
import { code, sampleTotals } from './report-fixtures';

describe('placeholder values from totals', () => {
  test('per-unit operating and "củng cố, kiện toàn" figures add the two statuses; a missing status counts 0', () => {
    const t = sampleTotals();
    t.units[5].byStatus = { 'Đang hoạt động': 4, 'Củng cố': 2, 'Kiện toàn': 1 }; // Hàm Mỹ
    t.units[6].byStatus = {}; // Hàm Thạnh
    const v = placeholderValues(t);
    expect([v[`dang_hoat_dong.${code('Hàm Mỹ')}`], v[`cung_co_kien_toan.${code('Hàm Mỹ')}`]]).toEqual(['4', '3']);
    expect([v[`dang_hoat_dong.${code('Hàm Thạnh')}`], v[`cung_co_kien_toan.${code('Hàm Thạnh')}`]]).toEqual(['0', '0']);
  });

  test('units that confirmed on time: late and missing ones are not counted', () => {
    const t = sampleTotals();
    t.units[0].confirmed = 'late';
    t.units[1].confirmed = 'missing';
    t.units[2].confirmed = 'late';
    expect(placeholderValues(t).don_vi_xac_nhan_dung_han).toBe('11');
  });

  test('change against the previous period: 82 − 70 sites, 20 − 17 types; a fall is written "giảm"', () => {
    const t = sampleTotals();
    expect(placeholderValues(t)).toMatchObject({ tang_giam_so_diem: 'tăng 12 điểm', tang_giam_so_loai: 'tăng 03 loại' });
    t.previous.sites = 90;
    t.previous.types = 20;
    expect(placeholderValues(t)).toMatchObject({ tang_giam_so_diem: 'giảm 08 điểm', tang_giam_so_loai: 'không thay đổi' });
  });
});
