/** Cell reading primitives shared by the reader and the validator. */
import fc from 'fast-check';
import { dayNumber, dayOfInstant, fromDayNumber } from '../../src/core/dates';
import { cellText, fastFold, fastKey, readDateCell, readMembersCell } from '../../src/core/cells';
import { phoneProblem } from '../../src/core/validate/phone';
import { fold, normKey } from '../../src/core/normalise';

describe('day arithmetic', () => {
  it('matches the Date-based calendar on 1900–9999 (property)', () => {
    fc.assert(fc.property(fc.integer({ min: -25_567, max: 2_932_896 }), (n) => {
      const iso = fromDayNumber(n);
      expect(iso).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
      expect(dayNumber(iso)).toBe(n);
    }), { numRuns: 2000 });
  });
  it('Date cells read as the day of the instant shifted by the zone offset (property)', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1900-01-02'), max: new Date('9999-12-30'), noInvalidDate: true }), fc.integer({ min: -720, max: 840 }), (d, tz) => {
      expect(readDateCell(d, [tz]).day).toBe(new Date(d.getTime() + tz * 60_000).toISOString().slice(0, 10));
    }), { numRuns: 1000 });
  });
  it('AS37 a date at local midnight takes the offset in force on its day, not today\'s', () => {
    // Berlin: today +01:00 (winter), 24/04/2019 00:00 CEST is 2019-04-23T22:00Z.
    const summer = new Date(Date.UTC(2019, 3, 23, 22));
    expect(dayOfInstant(summer, [60, 120])).toBe('2019-04-24');
    expect(dayOfInstant(summer, [60])).toBe('2019-04-23');
    // Lord Howe: +10:30 standard, +11:00 in summer; 01/01/2020 00:00 is 2019-12-31T13:00Z.
    expect(readDateCell(new Date(Date.UTC(2019, 11, 31, 13)), [630, 660]).day).toBe('2020-01-01');
    // A time of day matches no offset: today's offset decides (23:30 Berlin winter time).
    expect(dayOfInstant(new Date(Date.UTC(2019, 0, 10, 22, 30)), [60, 120])).toBe('2019-01-10');
  });
});

describe('cellText', () => {
  it('cleans only what needs it', () => {
    const s = 'Thôn Phú Mỹ';
    expect(cellText(s, [0])).toBe(s);
    expect(cellText(' Thôn\u00a0 Phú  Mỹ ', [0])).toBe('Thôn Phú Mỹ');
    expect(cellText(s.normalize('NFD'), [0])).toBe(s);
    expect(cellText(12, [0])).toBe('12');
    expect(cellText(NaN, [0])).toBe('');
    expect(cellText(true, [0])).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(2019, 3, 23, 17)), [420])).toBe('24/04/2019');
    expect(cellText(undefined, [0])).toBe('');
  });
});

describe('readDateCell on a Date past 31/12/9999 (a number typed into a date cell)', () => {
  it('is a number, not a date, and shows as the serial typed', () => {
    // Serial 20190424 at midnight in UTC+7.
    const d = new Date((20190424 - 25569) * 86_400_000 - 420 * 60_000);
    expect(readDateCell(d, [420])).toEqual({ day: null, dayNumber: null, problem: 'number' });
    expect(cellText(d, [420])).toBe('20190424');
  });
  it('the last day 31/12/9999 is still a day', () => {
    expect(readDateCell(new Date(Date.UTC(9999, 11, 31)), [0]).day).toBe('9999-12-31');
  });
});

describe('readMembersCell and phoneProblem', () => {
  it('members', () => {
    expect(readMembersCell('', [0])).toBeUndefined();
    expect(readMembersCell(3, [0])).toBe(3);
    expect(readMembersCell('003', [0])).toBe(3);
    expect(readMembersCell('1e3', [0])).toBeNull();
    expect(readMembersCell(new Date(), [0])).toBeNull();
  });
  it('phones', () => {
    expect(phoneProblem('0912345678', '0912345678')).toBeNull();
    expect(phoneProblem(912345678, '912345678')).toBe('lostZero');
    expect(phoneProblem(84912345678, '84912345678')).toBe('format');
  });
});

describe('fast keys', () => {
  it('fastKey = normKey and fastFold = fold (property)', () => {
    const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('Thôn  Phú Mỹ', ' HM-01', 'Xay dung moi', 'Đ', 'a\u00a0b', 'Xây dựng mới'.normalize('NFD')));
    fc.assert(fc.property(text, (s) => {
      expect(fastKey(s)).toBe(normKey(s));
      expect(fastFold(s)).toBe(fold(s));
    }), { numRuns: 2000 });
  });
});
