import fc from 'fast-check';
import { computeTotals, totalsForJson, type Figures, type Totals } from '../../src/core/totals';
import { addDays, fromDayNumber, dayNumber } from '../../src/core/dates';
import { CYCLES, FORMS, RATINGS, SECTORS, STATUSES } from '../../src/core/schema';
import type { CheckedRow } from '../../src/core/issue';
import type { ModelRecord } from '../../src/core/workbook-model';
import { DEFAULT_TYPES, award, model, row, unit, validation, workbook } from './totals-fixtures';

const WB = workbook(
  [unit('A', 'Xã'), unit('B', 'Thị trấn'), unit('C', 'Khối cơ quan'), unit('D', 'Phường'), unit('X', 'Xã', false), unit('E', 'Xã')],
  DEFAULT_TYPES,
  [award('Tập thể', '2018-03-01'), award('Cá nhân', '2018-09-01'), award('Tập thể', '2019-01-01')],
);
const CODES = ['A', 'B', 'C', 'D', 'X', 'NOWHERE'];
const FOLLOWED = ['A', 'B', 'C', 'D'];
const TYPE_NAMES = DEFAULT_TYPES.map((t) => t.name);
const BASE = dayNumber('2017-01-01');
const SPAN = 900;

const day = fc.integer({ min: 0, max: SPAN }).map((n) => fromDayNumber(BASE + n));

/** A checked row with any mix of values a validated workbook can hold. */
const checkedRow: fc.Arbitrary<CheckedRow> = fc
  .record({
    unitCode: fc.constantFrom(...CODES),
    type: fc.constantFrom(...TYPE_NAMES),
    sector: fc.constantFrom(...SECTORS),
    form: fc.constantFrom(...FORMS),
    status: fc.constantFrom(...STATUSES),
    rating: fc.constantFrom('', ...RATINGS),
    cycle: fc.constantFrom('', ...CYCLES),
    launch: fc.integer({ min: 0, max: SPAN }),
    retiredAfter: fc.option(fc.integer({ min: 0, max: 400 })),
    meetingAfter: fc.option(fc.integer({ min: 0, max: 400 })),
    hasError: fc.boolean(),
  })
  .map((g) => {
    const launchDate = fromDayNumber(BASE + g.launch);
    const after = (n: number | null) => (n === null ? null : addDays(launchDate, n));
    const record = model(g.unitCode, {
      type: g.type, sector: g.sector, form: g.form, status: g.status, rating: g.rating, cycle: g.cycle, launchDate,
      retiredDate: after(g.retiredAfter), lastMeeting: after(g.meetingAfter),
    });
    return row(record, g.hasError);
  });

const rowsArb = fc.array(checkedRow, { maxLength: 60 });
const period = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, asOf: b } : { from: b, asOf: a }));

function run(rows: CheckedRow[], p: { from: string; asOf: string }): Totals {
  return computeTotals({ workbook: WB, validation: validation(rows), ...p });
}

const SCALARS = ['sites', 'newSites', 'replicatedSites', 'launchedInPeriod', 'retiredInPeriod', 'meetingsOnTime', 'invalidRows'] as const;
const MAPS = ['byStatus', 'bySector', 'byRating'] as const;
const total = (m: Record<string, number>): number => Object.values(m).reduce((a, b) => a + b, 0);

describe('computeTotals: properties', () => {
  test('district figures are the sum of the units\' figures; distinct types between max and sum', () => {
    fc.assert(fc.property(rowsArb, period, (rows, p) => {
      const t = run(rows, p);
      for (const k of SCALARS) expect(t.district[k]).toBe(t.units.reduce((s, u) => s + u[k], 0));
      for (const k of MAPS) {
        for (const key of Object.keys(t.district[k])) {
          expect(t.district[k][key]).toBe(t.units.reduce((s, u) => s + u[k][key], 0));
        }
      }
      const unitTypes = t.units.map((u) => u.types);
      expect(t.district.types).toBeLessThanOrEqual(unitTypes.reduce((a, b) => a + b, 0));
      expect(t.district.types).toBeGreaterThanOrEqual(Math.max(0, ...unitTypes));
      // Breakdowns each cover every site.
      const all: Figures[] = [t.district, ...t.units];
      for (const f of all) {
        expect(f.newSites + f.replicatedSites).toBe(f.sites);
        for (const k of MAPS) expect(total(f[k])).toBe(f.sites);
        expect(f.launchedInPeriod).toBeLessThanOrEqual(f.sites);
        expect(f.meetingsOnTime).toBeLessThanOrEqual(f.sites);
      }
      expect(t.byType).toHaveLength(t.district.types);
      expect(t.byType.reduce((s, b) => s + b.sites, 0)).toBe(t.district.sites);
      for (const b of t.byType) expect(b.units).toBeLessThanOrEqual(b.sites);
      expect(t.district.unitsWithSites).toBe(t.units.filter((u) => u.code !== 'C' && u.sites > 0).length);
      expect(t.district.unitsTotal).toBe(4); // A, B, D and E (no rows); C is the agency block
    }));
  });

  test('the order of rows changes nothing', () => {
    fc.assert(fc.property(
      rowsArb.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))),
      period,
      ([rows, shuffled], p) => {
        expect(run(shuffled, p)).toEqual(run(rows, p));
      },
    ));
  });

  test('adding an invalid row changes only invalidRows, of the district and of its unit', () => {
    fc.assert(fc.property(rowsArb, checkedRow, fc.constantFrom(...FOLLOWED), period, (rows, extra, code, p) => {
      const before = run(rows, p);
      const bad = row({ ...extra.record, unitCode: code }, true);
      const after = run([...rows, bad], p);
      const expected = totalsForJson(before);
      expected.district.invalidRows++;
      const u = expected.units.find((x) => x.code === code);
      if (u) u.invalidRows++;
      expect(after).toEqual(expected);
    }));
  });

  test('rows of units not followed or unknown change nothing', () => {
    fc.assert(fc.property(rowsArb, checkedRow, fc.constantFrom('X', 'NOWHERE'), period, (rows, extra, code, p) => {
      expect(run([...rows, row({ ...extra.record, unitCode: code }, extra.hasError)], p)).toEqual(run(rows, p));
    }));
  });

  test('moving D forward loses no site except those retired in between', () => {
    fc.assert(fc.property(rowsArb, day, fc.integer({ min: 0, max: 500 }), (rows, d1, gap) => {
      const d2 = addDays(d1, gap);
      const at1 = run(rows, { from: d1, asOf: d1 }).district.sites;
      const later = run(rows, { from: addDays(d1, 1), asOf: d2 }).district;
      expect(later.sites).toBeGreaterThanOrEqual(at1 - later.retiredInPeriod);
      // And exactly: sites at D2 = sites at D1 + launched in (D1, D2] − retired in (D1, D2], for rows
      // launched before they retire (E07 guarantees that for error-free rows).
      expect(later.sites).toBe(at1 + later.launchedInPeriod - later.retiredInPeriod + retiredSinceLaunchedIn(rows, d1, d2));
    }));
  });

  test('previous equals the totals as of F − 1', () => {
    fc.assert(fc.property(rowsArb, period, (rows, p) => {
      const t = run(rows, p);
      const before = run(rows, { from: p.from, asOf: addDays(p.from, -1) });
      expect(t.previous).toEqual({
        asOf: addDays(p.from, -1), sites: before.district.sites, types: before.district.types,
        unitsWithSites: before.district.unitsWithSites,
      });
    }));
  });

  test('NFD and case variants of type names give the same totals as the catalog spelling', () => {
    const variant = fc.constantFrom<(s: string) => string>(
      (s) => s.normalize('NFD'), (s) => s.toUpperCase(), (s) => ` ${s.toLowerCase()}  `, (s) => s.replace(/ /g, '\u00a0'),
    );
    fc.assert(fc.property(fc.array(fc.tuple(checkedRow, variant), { maxLength: 40 }), period, (pairs, p) => {
      const plain = pairs.map(([r]) => r);
      const varied = pairs.map(([r, v]) => ({ ...r, record: { ...r.record, type: v(r.record.type) } }));
      expect(run(varied, p)).toEqual(run(plain, p));
    }));
  });

  test('JSON-safe: a JSON round trip and totalsForJson give the same object', () => {
    fc.assert(fc.property(rowsArb, period, (rows, p) => {
      const t = run(rows, p);
      expect(JSON.parse(JSON.stringify(t))).toEqual(t);
      expect(totalsForJson(t)).toEqual(t);
    }));
  });

  test('odd records never make it throw', () => {
    const anyValue = fc.oneof(fc.string(), fc.constant(null), fc.constant(undefined), fc.integer(), day, fc.constant(''));
    const oddRecord = fc.record({
      unitCode: fc.oneof(fc.constantFrom(...CODES), anyValue), type: anyValue, sector: anyValue, form: anyValue,
      status: fc.oneof(fc.constantFrom(...STATUSES), anyValue), rating: anyValue, cycle: anyValue,
      launchDate: anyValue, retiredDate: anyValue, lastMeeting: anyValue,
    });
    fc.assert(fc.property(fc.array(fc.tuple(oddRecord, fc.boolean())), fc.oneof(day, fc.string()), (odd, asOf) => {
      const rows = odd.map(([r, e]) => row({ ...model('A'), ...(r as unknown as Partial<ModelRecord>) }, e));
      expect(() => computeTotals({ workbook: WB, validation: validation(rows), asOf, from: asOf })).not.toThrow();
    }));
  });
});

/** Rows launched in (D1, D2] and already retired by D2: counted in both terms of the identity. */
function retiredSinceLaunchedIn(rows: CheckedRow[], d1: string, d2: string): number {
  return rows.filter(({ record: r, hasError }) =>
    !hasError && FOLLOWED.includes(r.unitCode) && r.launchDate !== null && r.launchDate > d1 && r.launchDate <= d2 &&
    r.status === 'Thanh loại' && r.retiredDate !== null && r.retiredDate <= d2 && r.retiredDate > d1,
  ).length;
}
