/**
 * The report's day boundaries, each side of them: a site counts in the lists from the day it is
 * launched up to D included and stops on the day it is retired; a review counts from F to D,
 * both included; a "tổng kết" reads the annual review, a "sơ kết" the 6-month one.
 * The sample totals run from F = 25/10/2018 to D = 24/4/2019.
 */
import { buildReportModel, type ReportKind, type ReportModel } from '../../src/core/report';
import type { ModelRecord } from '../../src/core/workbook-model';
import { checked, code, record, sampleTotals, settings } from './report-fixtures';

function report(records: ModelRecord[], kind?: ReportKind): ReportModel {
  return buildReportModel({ totals: sampleTotals(), settings: settings(), validation: { issues: [], rows: records.map((r) => checked(r)) }, kind });
}

/** The body's paragraphs and list lines as text, in order. */
function lines(m: ReportModel): string[] {
  return m.body.flatMap((b) => {
    if (b.kind === 'paragraph') return [b.spans.map((s) => s.text).join('')];
    if (b.kind === 'list') return b.items.map((i) => i.map((s) => s.text).join(''));
    return [];
  });
}

const MY = code('Hàm Mỹ');
const outstanding = (over: Partial<ModelRecord>) => record(MY, { rating: 'Hiệu quả', highlight: 'Ba năm liền không có tội phạm', place: 'Thôn 3', ...over });
const weak = (over: Partial<ModelRecord>) => record(MY, { rating: 'Kém', place: 'Thôn 4', lastMeeting: '2019-04-20', ...over });
const OUTSTANDING_LINE = 'Hàm Mỹ: mô hình “Khu dân cư phòng chống tội phạm” tại Thôn 3: ba năm liền không có tội phạm.';
const WEAK_LINE = 'Hàm Mỹ: mô hình “Khu dân cư phòng chống tội phạm” tại Thôn 4.';

describe('a site in the report lists: launched on or before D, not retired by D', () => {
  test('launched on D: in the outstanding list and in the weak list', () => {
    const text = lines(report([outstanding({ launchDate: '2019-04-24' }), weak({ launchDate: '2019-04-24' })]));
    expect(text).toContain(OUTSTANDING_LINE);
    expect(text).toContain('Có 01 điểm mô hình xếp loại kém, cần củng cố, kiện toàn hoặc thanh loại:');
    expect(text).toContain(WEAK_LINE);
  });

  test('launched the day after D: in neither list', () => {
    const text = lines(report([outstanding({ launchDate: '2019-04-25' }), weak({ launchDate: '2019-04-25' })]));
    expect(text).not.toContain(OUTSTANDING_LINE);
    expect(text).not.toContain(WEAK_LINE);
    expect(text).toContain('Không có mô hình xếp loại kém.');
  });

  test('retired on D: no longer a site; retired the day after D: still one at D', () => {
    const retiredOnD = lines(report([outstanding({ status: 'Thanh loại', retiredDate: '2019-04-24' })]));
    expect(retiredOnD).not.toContain(OUTSTANDING_LINE);
    const retiredAfter = lines(report([outstanding({ status: 'Thanh loại', retiredDate: '2019-04-25' })]));
    expect(retiredAfter).toContain(OUTSTANDING_LINE);
  });

  test('a site without a meeting, launched on D, is not overdue at D; one launched 32 days before D is', () => {
    expect(lines(report([record(MY, { launchDate: '2019-04-24', cycle: 'Hằng tháng' })]))).toContain('Các điểm mô hình đều sinh hoạt định kỳ đúng kỳ.');
    expect(lines(report([record(MY, { launchDate: '2019-03-23', cycle: 'Hằng tháng' })]))).toContain(
      'Còn 01 đơn vị có 01 điểm mô hình chưa sinh hoạt định kỳ đúng kỳ: Hàm Mỹ (01 điểm).',
    );
  });
});

describe('reviews held in the period [F, D]', () => {
  test.each([
    ['2018-10-24', 'the day before F', 'Trong kỳ chưa có điểm mô hình nào tổ chức sơ kết.'],
    ['2018-10-25', 'on F', 'Có 01/82 điểm mô hình đã tổ chức sơ kết trong kỳ.'],
    ['2019-04-24', 'on D', 'Có 01/82 điểm mô hình đã tổ chức sơ kết trong kỳ.'],
    ['2019-04-25', 'the day after D', 'Trong kỳ chưa có điểm mô hình nào tổ chức sơ kết.'],
  ])('a 6-month review on %s (%s): %s', (day, _when, line) => {
    expect(lines(report([record(MY, { lastInterimReview: day })]))).toContain(line);
  });

  test('"tổng kết" reads the annual review, on F included, and not the 6-month one', () => {
    expect(lines(report([record(MY, { lastAnnualReview: '2018-10-25', lastInterimReview: null })], 'tổng kết'))).toContain(
      'Có 01/82 điểm mô hình đã tổ chức tổng kết trong kỳ.',
    );
    expect(lines(report([record(MY, { lastAnnualReview: '2018-10-24', lastInterimReview: '2019-01-15' })], 'tổng kết'))).toContain(
      'Trong kỳ chưa có điểm mô hình nào tổ chức tổng kết.',
    );
  });

  test('"sơ kết" does not read the annual review', () => {
    expect(lines(report([record(MY, { lastAnnualReview: '2018-12-20', lastInterimReview: null })]))).toContain(
      'Trong kỳ chưa có điểm mô hình nào tổ chức sơ kết.',
    );
  });

  test('a review of a site launched after D is not counted: with no site among the rows, no review sentence', () => {
    const text = lines(report([record(MY, { launchDate: '2019-04-25', lastInterimReview: '2019-01-15' })]));
    expect(text.filter((l) => l.includes('tổ chức sơ kết'))).toEqual([]);
  });
});
