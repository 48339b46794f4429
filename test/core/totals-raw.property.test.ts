/**
 * Totals through the reader, on the sample workbook as raw sheet values: the order of
 * columns and rows, and NFD instead of NFC, change nothing; an invalid row changes only
 * `invalidRows` (issue "District totals", correctness).
 */
import fc from 'fast-check';
import { buildSampleWorkbook, SAMPLE_EXPECTED, UNITS } from '../../emulator/sample';
import type { CellValue, RawWorkbook } from '../../src/core/raw';
import { computeTotals, type Totals } from '../../src/core/totals';
import { validateWorkbook } from '../../src/core/validate';
import { readWorkbook } from '../../src/core/workbook';

const CTX = { today: SAMPLE_EXPECTED.asOf, tzOffsets: [420] };
const TABS = new Set(UNITS.map((u) => u.tabName));
let SAMPLE: RawWorkbook;
let BASE: Totals;
beforeAll(() => {
  SAMPLE = { sheets: buildSampleWorkbook().sheets.map((s) => ({ name: s.name, values: s.values as CellValue[][] })) };
  BASE = totalsOf(SAMPLE);
});

function totalsOf(raw: RawWorkbook): Totals {
  const workbook = readWorkbook(raw, CTX);
  const validation = validateWorkbook(workbook, CTX);
  return computeTotals({ workbook, validation, asOf: SAMPLE_EXPECTED.asOf, from: SAMPLE_EXPECTED.from });
}

/** Applies `edit` to every unit tab's values (header row first). */
function mapTabs(raw: RawWorkbook, edit: (values: CellValue[][], tabIndex: number) => CellValue[][]): RawWorkbook {
  let i = 0;
  return { sheets: raw.sheets.map((s) => (TABS.has(s.name) ? { ...s, values: edit(s.values, i++) } : s)) };
}

/** A permutation of 0..n-1 from a seed list (fast-check shrinks it well). */
function permutation(n: number, keys: number[]): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => (keys[a % keys.length] ?? 0) - (keys[b % keys.length] ?? 0) || a - b);
}

const keysArb = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 });

test('the sample as raw values gives the review figures', () => {
  expect([BASE.district.sites, BASE.district.types, BASE.district.unitsWithSites, BASE.district.unitsTotal]).toEqual([82, 20, 13, 13]);
});

test('shuffling each tab’s columns changes nothing (property)', () => {
  fc.assert(fc.property(fc.array(keysArb, { minLength: TABS.size, maxLength: TABS.size }), (keys) => {
    const shuffled = mapTabs(SAMPLE, (values, t) => {
      const order = permutation(values[0].length, keys[t]);
      return values.map((row) => order.map((c) => row[c] ?? ''));
    });
    expect(totalsOf(shuffled)).toEqual(BASE);
  }), { numRuns: 25 });
});

test('shuffling each tab’s data rows changes nothing (property)', () => {
  fc.assert(fc.property(fc.array(keysArb, { minLength: TABS.size, maxLength: TABS.size }), (keys) => {
    const shuffled = mapTabs(SAMPLE, (values, t) => {
      const body = values.slice(1);
      return [values[0], ...permutation(body.length, keys[t]).map((r) => body[r])];
    });
    expect(totalsOf(shuffled)).toEqual(BASE);
  }), { numRuns: 25 });
});

test('NFD instead of NFC everywhere changes nothing but the spelling of names', () => {
  const nfd = (v: CellValue) => (typeof v === 'string' ? v.normalize('NFD') : v);
  const raw: RawWorkbook = { sheets: SAMPLE.sheets.map((s) => ({ name: s.name.normalize('NFD'), values: s.values.map((r) => r.map(nfd)) })) };
  const nfc = (t: Totals) => JSON.parse(JSON.stringify(t).normalize('NFC')) as Totals;
  expect(nfc(totalsOf(raw))).toEqual(BASE);
});

test('adding an invalid row changes only invalidRows (property)', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: TABS.size - 1 }), fc.constantFrom('Camara an ninh', 'Xay dung moi', '31/02/2019'), (tab, bad) => {
    const edited = mapTabs(SAMPLE, (values, t) => {
      if (t !== tab) return values;
      const header = values[0].map(String);
      const row = [...values[1]];
      row[header.indexOf('Mã mô hình')] = 'BAD-1';
      if (bad === '31/02/2019') row[header.indexOf('Ngày ra mắt')] = bad;
      else if (bad === 'Xay dung moi') row[header.indexOf('Hình thức')] = bad;
      else row[header.indexOf('Loại mô hình')] = bad;
      return [...values, row];
    });
    const after = totalsOf(edited);
    const unit = UNITS[tab]; // the sample's tabs are in unit order, all followed
    const expected = JSON.parse(JSON.stringify(BASE)) as Totals;
    expected.district.invalidRows += 1;
    const u = expected.units.find((x) => x.code === unit.code)!;
    u.invalidRows += 1;
    expect(after).toEqual(expected);
  }), { numRuns: 20 });
});
