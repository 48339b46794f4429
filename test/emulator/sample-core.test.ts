/**
 * The sample through the real core: readWorkbook → validateWorkbook → computeTotals, as of
 * the review day. The figures must be the review's, and the errors exactly the sample's
 * deliberate wrong rows.
 */
import { buildLargeSample, buildSampleWorkbook, SAMPLE_EXPECTED } from '../../emulator/sample';
import type { WorkbookData } from '../../emulator/workbook-data';
import type { RawWorkbook, ReadContext } from '../../src/core/raw';
import { readWorkbook } from '../../src/core/workbook';
import { validateWorkbook } from '../../src/core/validate';
import { computeTotals } from '../../src/core/totals';
import { readXlsx, writeXlsxBuffer } from '../../emulator/xlsx';

const ctx: ReadContext = { today: SAMPLE_EXPECTED.asOf, tzOffsets: [420] };

function raw(wb: WorkbookData): RawWorkbook {
  return { sheets: wb.sheets.map((s) => ({ name: s.name, values: s.values })) };
}

function run(wb: WorkbookData) {
  const workbook = readWorkbook(raw(wb), ctx);
  const validation = validateWorkbook(workbook, ctx);
  const totals = computeTotals({ workbook, validation, asOf: SAMPLE_EXPECTED.asOf, from: SAMPLE_EXPECTED.from });
  return { workbook, validation, totals };
}

describe('sample workbook through the core', () => {
  let validation: ReturnType<typeof run>['validation'];
  let totals: ReturnType<typeof run>['totals'];
  beforeAll(() => {
    ({ validation, totals } = run(buildSampleWorkbook()));
  });

  test('totals are the review figures of 24/4/2019', () => {
    const d = totals.district;
    expect(totals.asOf).toBe('2019-04-24');
    expect(totals.from).toBe('2018-10-25');
    expect(d.sites).toBe(SAMPLE_EXPECTED.sites);
    expect(d.types).toBe(SAMPLE_EXPECTED.types);
    expect(d.unitsWithSites).toBe(SAMPLE_EXPECTED.unitsWithSites);
    expect(d.unitsTotal).toBe(SAMPLE_EXPECTED.unitsTotal);
    expect(d.awards).toEqual(SAMPLE_EXPECTED.awards);
    expect(totals.units.find((u) => u.code === 'KHOI_CQ')?.sites).toBe(SAMPLE_EXPECTED.agencySites);
  });

  test('secondary figures', () => {
    const d = totals.district;
    expect(d.invalidRows).toBe(SAMPLE_EXPECTED.invalidRows);
    expect(d.launchedInPeriod).toBe(SAMPLE_EXPECTED.launchedInPeriod);
    expect(d.retiredInPeriod).toBe(SAMPLE_EXPECTED.retiredInPeriod);
    expect(d.bySector).toEqual(SAMPLE_EXPECTED.bySector);
    expect(Object.fromEntries(totals.units.map((u) => [u.code, u.sites]))).toEqual(SAMPLE_EXPECTED.unitSites);
    expect(d.newSites).toBe(SAMPLE_EXPECTED.newSites);
    expect(d.replicatedSites).toBe(SAMPLE_EXPECTED.replicatedSites);
    expect(totals.previous).toEqual(SAMPLE_EXPECTED.previous);
  });

  test('the errors are exactly the deliberate wrong rows', () => {
    const errors = validation.issues.filter((i) => i.severity === 'Lỗi');
    const found = errors.map((i) => `${i.sheet}!${i.row} ${i.code}`).sort();
    const expected = SAMPLE_EXPECTED.wrongRows.map((w) => `${w.sheet}!${w.row} ${w.code}`).sort();
    expect(found).toEqual(expected);
  });

  test('warnings are few and only of the intended kinds', () => {
    const warnings = validation.issues.filter((i) => i.severity === 'Cảnh báo');
    const codes = new Set(warnings.map((w) => w.code));
    for (const c of codes) expect(['W02', 'W03', 'W05']).toContain(c);
    expect(warnings.length).toBeLessThanOrEqual(12);
  });
});

describe('sample through .xlsx and the core', () => {
  test('the same figures and errors after writing and reading the file', async () => {
    const sample = buildSampleWorkbook();
    const direct = run(sample);
    const viaFile = run(await readXlsx(await writeXlsxBuffer(sample)));
    expect(viaFile.totals).toEqual(direct.totals);
    expect(viaFile.validation.issues).toEqual(direct.validation.issues);
  });
});

describe('large sample through the core', () => {
  test('10× the rows give 10× the sites and the same 20 types', () => {
    const { totals } = run(buildLargeSample(10));
    expect(totals.district.sites).toBe(SAMPLE_EXPECTED.sites * 10);
    expect(totals.district.types).toBe(SAMPLE_EXPECTED.types);
    expect(totals.district.invalidRows).toBe(SAMPLE_EXPECTED.invalidRows * 10);
  });
});
