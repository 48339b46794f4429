import {
  CONFIRMATION_LABELS, FIGURE_LABELS, coverageLabelOf, describeCountChange, formatAwards, formatChangeLine,
  formatCountChange, formatDistrictLine, formatPeriod, formatSiteChange, formatTypeChange, nonResidentialSites,
} from '../../src/core/messages/totals';
import * as messages from '../../src/core/messages';
import type { Totals } from '../../src/core/totals';
import { AS_OF, FROM, award, model, row, totalsOf, unit, workbook } from './totals-fixtures';

/** The review of 24/4/2019 (domain.md), as a totals object. */
function sample(): Totals {
  const t = totalsOf(workbook([]), []);
  t.district = {
    ...t.district, sites: 82, types: 20, unitsWithSites: 13, unitsTotal: 13,
    bySector: { 'Khu dân cư': 69, 'Cơ quan': 6, 'Doanh nghiệp': 2, 'Nhà trường': 5 },
    awards: { 'Tập thể': 9, 'Cá nhân': 5 },
  };
  t.previous = { asOf: '2018-10-24', sites: 70, types: 17, unitsWithSites: 12 };
  return t;
}

describe('totals messages', () => {
  test('the district line reads like the review', () => {
    expect(formatDistrictLine(sample())).toBe(
      '20 loại mô hình, 82 điểm, 13/13 xã, thị trấn có mô hình; khối cơ quan, doanh nghiệp, nhà trường có 13 mô hình',
    );
    expect(nonResidentialSites(sample())).toBe(13);
  });

  test('no agency-block clause when all sites are residential; other coverage label', () => {
    const t = totalsOf(workbook([unit('A', 'Phường')]), [row(model('A'))]);
    expect(formatDistrictLine(t, coverageLabelOf(['Phường']))).toBe('1 loại mô hình, 1 điểm, 1/1 phường có mô hình');
  });

  test('coverage label from unit types, in Xã, Thị trấn, Phường order', () => {
    expect(coverageLabelOf(['Thị trấn', 'Xã', 'Khối cơ quan', 'Xã'])).toBe('xã, thị trấn');
    expect(coverageLabelOf(['PHƯỜNG'.normalize('NFD'), 'Xã'])).toBe('xã, phường');
    expect(coverageLabelOf([])).toBe('xã, thị trấn');
  });

  test('changes since the period before', () => {
    const t = sample();
    expect(formatSiteChange(t)).toBe('+12 điểm');
    expect(formatTypeChange(t)).toBe('+3 loại');
    expect(formatChangeLine(t)).toBe('So với ngày 24/10/2018: +12 điểm, +3 loại.');
    expect(formatCountChange(-2, 'điểm')).toBe('-2 điểm');
    expect(formatCountChange(0, 'loại')).toBe('0 loại');
    expect(describeCountChange(12, 'điểm')).toBe('tăng 12 điểm');
    expect(describeCountChange(-1, 'điểm')).toBe('giảm 1 điểm');
    expect(describeCountChange(0, 'điểm')).toBe('không thay đổi');
  });

  test('awards and period', () => {
    expect(formatAwards(sample())).toBe('9 tập thể và 5 cá nhân');
    const none = totalsOf(workbook([], undefined, [award('Tập thể', '2010-01-01')]), []);
    expect(formatAwards(none)).toBe('Trong kỳ không có khen thưởng.');
    expect(formatPeriod({ from: FROM, asOf: AS_OF })).toBe('Từ 25/10/2018 đến 24/04/2019');
  });

  test('labels are NFC and re-exported from the messages module', () => {
    for (const s of [...Object.values(CONFIRMATION_LABELS), ...Object.values(FIGURE_LABELS)]) {
      expect(s).toBe(s.normalize('NFC'));
    }
    expect(messages.formatDistrictLine).toBe(formatDistrictLine);
    expect(CONFIRMATION_LABELS.late).toBe('Trễ hạn');
  });
});
