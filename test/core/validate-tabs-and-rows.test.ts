/**
 * What the validator checks (src/core/validate/validator.ts): the tabs of followed units,
 * the rows asked for by the live check in sheet order, and `errorsFirst`.
 */
import type { Issue } from '../../src/core/issue';
import { errorsFirst, validateRows } from '../../src/core/validate';
import { readWorkbook } from '../../src/core/workbook';
import { CTX, check, validRow, workbook } from './corpus/fixtures';

describe('the tab of a unit', () => {
  it('a tab named by two units belongs to the first: checked when the first is followed, the second not', () => {
    const raw = workbook({
      units: [['HAM_MY', 'Hàm Mỹ', '', 'Xã', '', '', 'Có'], ['HAM_MY_B', 'Hàm Mỹ B', 'Hàm Mỹ', 'Xã', '', '', 'Không'], ['HAM_CAN', 'Hàm Cần', '', 'Xã', '', '', '']],
      hamMy: [validRow({ members: 0 })],
    });
    const r = check(raw);
    expect(r.rows.map((row) => [row.record.sheet, row.record.row, row.record.unitCode])).toEqual([['Hàm Mỹ', 2, 'HAM_MY']]);
    expect(r.issues.map((i) => [i.sheet, i.row, i.code])).toEqual([['Đơn vị', 3, 'S03'], ['Hàm Mỹ', 2, 'E09']]);
  });
  it('the tab of a unit not followed is not checked', () => {
    const raw = workbook({
      units: [['HAM_MY', 'Hàm Mỹ', '', 'Xã', '', '', 'Không'], ['HAM_CAN', 'Hàm Cần', '', 'Xã', '', '', '']],
      hamMy: [validRow({ members: 0 })],
    });
    expect(check(raw)).toEqual({ issues: [], rows: [] });
  });
});

describe('validateRows', () => {
  it('returns the rows asked for in sheet order, whatever the order asked', () => {
    const raw = workbook({
      hamMy: [validRow({ id: 'A', place: 'a' }), validRow({ id: 'B', place: 'b' }), validRow({ id: 'C', place: 'c' }), validRow({ id: 'D', place: 'd', members: 0 })],
    });
    const wb = readWorkbook(raw, CTX);
    const live = validateRows(wb, wb.tabs[0], [3, 0, 2, 1, 3], CTX);
    expect(live.rows.map((row) => row.record.row)).toEqual([2, 3, 4, 5]);
    expect(live.issues.map((i) => [i.row, i.code])).toEqual([[5, 'E09']]);
  });
});

describe('errorsFirst', () => {
  const issue = (code: Issue['code'], severity: Issue['severity']): Issue => ({
    code, severity, sheet: 'S', row: 2, column: '', columnIndex: null, value: '', message: code, unitCode: null,
  });
  it('moves errors before warnings, each group in the order given', () => {
    const given = [issue('W02', 'Cảnh báo'), issue('E01', 'Lỗi'), issue('W05', 'Cảnh báo'), issue('E09', 'Lỗi')];
    expect(errorsFirst(given).map((i) => i.code)).toEqual(['E01', 'E09', 'W02', 'W05']);
  });
  it.each([
    ['only errors', [issue('E03', 'Lỗi'), issue('E01', 'Lỗi')], ['E03', 'E01']],
    ['only warnings', [issue('W05', 'Cảnh báo'), issue('W02', 'Cảnh báo')], ['W05', 'W02']],
    ['no issue', [], []],
  ] as const)('%s: the same order, in a new array', (_, given, codes) => {
    const out = errorsFirst(given);
    expect(out.map((i) => i.code)).toEqual(codes);
    out.push(issue('W01', 'Cảnh báo'));
    expect(given.map((i) => i.code)).toEqual(codes);
  });
});
