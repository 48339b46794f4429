/**
 * Issue 13's day boundaries as the totals see them, from the sheets through the reader and the
 * validator: a meeting at the W02 limit, a review at the W03 limit, a site launched on D or on F,
 * a member count of 0, a confirmation on the deadline. D = 24/4/2019, F = 25/10/2018.
 */
import { decideConfirmation, type ConfirmationEvent } from '../../src/core/confirm';
import { computeTotals, type Totals } from '../../src/core/totals';
import { validateWorkbook } from '../../src/core/validate';
import { readWorkbook } from '../../src/core/workbook';
import { CTX, TODAY, day, validRow, workbook, type RowSpec } from './corpus/fixtures';

const FROM = '2018-10-25';

/** Totals at D of Hàm Mỹ's rows (ids made distinct, places too, so no E08 or W01), with their issue codes. */
function totalsOf(rows: RowSpec[], asOf = TODAY, confirmations: ConfirmationEvent[] = []): { t: Totals; codes: string[][] } {
  const raw = workbook({ hamMy: rows.map((r, i) => validRow({ id: `HM-${i + 1}`, place: `Thôn ${i + 1}`, ...r })) });
  const wb = readWorkbook(raw, CTX);
  const validation = validateWorkbook(wb, CTX);
  const codes = rows.map((_, i) => validation.issues.filter((x) => x.sheet === 'Hàm Mỹ' && x.row === i + 2).map((x) => x.code));
  return { t: computeTotals({ workbook: wb, validation, asOf, from: FROM, confirmations }), codes };
}

describe('W02 and meetingsOnTime: one is the complement of the other', () => {
  test('monthly: a meeting 31 days before D is on time, 32 days is W02 and not on time, still a site', () => {
    const { t, codes } = totalsOf([{ lastMeeting: day('2019-03-24') }, { lastMeeting: day('2019-03-23') }]);
    expect(codes).toEqual([[], ['W02']]);
    expect(t.district.sites).toBe(2);
    expect(t.district.meetingsOnTime).toBe(1);
    expect(t.district.invalidRows).toBe(0);
  });

  test('quarterly: 92 days before D is on time, 93 days is W02', () => {
    const { t, codes } = totalsOf([
      { cycle: 'Hằng quý', lastMeeting: day('2019-01-22') },
      { cycle: 'Hằng quý', lastMeeting: day('2019-01-21') },
    ]);
    expect(codes).toEqual([[], ['W02']]);
    expect(t.district.meetingsOnTime).toBe(1);
  });

  test('never met: launched 31 days before D is on time, 32 days is W02', () => {
    const never = { lastMeeting: '', lastInterimReview: '', lastAnnualReview: '' };
    const { t, codes } = totalsOf([
      { ...never, launchDate: day('2019-03-24') },
      { ...never, launchDate: day('2019-03-23') },
    ]);
    expect(codes).toEqual([[], ['W02']]);
    expect(t.district).toMatchObject({ sites: 2, meetingsOnTime: 1, launchedInPeriod: 2 });
  });
});

describe('W03 is a warning: the site counts on both sides of the 184 days', () => {
  test('a 6-month review 184 days before D, and one 185 days before (W03)', () => {
    const { t, codes } = totalsOf([
      { lastInterimReview: day('2018-10-22'), lastAnnualReview: '' },
      { lastInterimReview: day('2018-10-21'), lastAnnualReview: '' },
    ]);
    expect(codes).toEqual([[], ['W03']]);
    expect(t.district.sites).toBe(2);
    expect(t.district.invalidRows).toBe(0);
  });
});

describe('launch dates at D and F', () => {
  test('launched on D: a site launched in the period, on time without a meeting; the day after D is E05 and left out', () => {
    const { t, codes } = totalsOf([
      { launchDate: day('2019-04-24'), lastMeeting: '', lastInterimReview: '', lastAnnualReview: '' },
      { launchDate: day('2019-04-25'), lastMeeting: '', lastInterimReview: '', lastAnnualReview: '' },
    ]);
    expect(codes[0]).toEqual([]);
    expect(codes[1]).toContain('E05');
    expect(t.district).toMatchObject({ sites: 1, launchedInPeriod: 1, meetingsOnTime: 1, invalidRows: 1 });
    expect(t.previous.sites).toBe(0);
  });

  test('launched on F is in the period; launched on F − 1 is not, and was a site the period before', () => {
    const { t, codes } = totalsOf([
      { launchDate: day('2018-10-25'), lastInterimReview: '', lastAnnualReview: '' },
      { launchDate: day('2018-10-24'), lastInterimReview: day('2019-01-10'), lastAnnualReview: '' },
    ]);
    expect(codes).toEqual([[], []]);
    expect(t.district).toMatchObject({ sites: 2, launchedInPeriod: 1 });
    expect(t.previous).toEqual({ asOf: '2018-10-24', sites: 1, types: 1, unitsWithSites: 1 });
  });
});

describe('Số thành viên', () => {
  test('a member count of 0, as a number or as text, is E09: an invalid row, not a site; 1 counts', () => {
    const { t, codes } = totalsOf([{ members: 0 }, { members: '0' }, { members: 1 }]);
    expect(codes).toEqual([['E09'], ['E09'], []]);
    expect(t.district.sites).toBe(1);
    expect(t.district.invalidRows).toBe(2);
    expect(t.units[0]).toMatchObject({ code: 'HAM_MY', sites: 1, invalidRows: 2 });
  });
});

describe('a confirmation on the deadline (the 25th by default)', () => {
  const unit = { code: 'HAM_MY', name: 'Hàm Mỹ', emails: [] };
  /** The event the add-on records for a confirmation made on `today`. */
  function confirmedOn(today: string): ConfirmationEvent {
    const d = decideConfirmation({ unit, issues: [], user: '', admins: [], today, deadlineDay: 25, events: [] });
    if (d.kind !== 'confirm') throw new Error(d.kind);
    return { kind: 'confirm', unitCode: 'HAM_MY', period: d.period, day: today, onTime: d.onTime, user: '', reason: '' };
  }

  test('confirmed on the 25th: on time as of that day; the day before it was still missing', () => {
    const events = [confirmedOn('2019-04-25')];
    expect(totalsOf([], '2019-04-25', events).t.units.map((u) => u.confirmed)).toEqual(['on-time', 'missing']);
    expect(totalsOf([], '2019-04-24', events).t.units.map((u) => u.confirmed)).toEqual(['missing', 'missing']);
  });

  test('confirmed on the 26th: late', () => {
    expect(totalsOf([], '2019-04-30', [confirmedOn('2019-04-26')]).t.units.map((u) => u.confirmed)).toEqual(['late', 'missing']);
  });
});
