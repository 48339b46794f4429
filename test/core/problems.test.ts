import type { Issue } from '../../src/core/issue';
import { groupProblems } from '../../src/core/problems';

function issue(over: Partial<Issue>): Issue {
  return { code: 'E04', severity: 'Lỗi', sheet: 'Tân Lập', row: 7, column: 'Ngày ra mắt', columnIndex: 7, value: '31/02/2019', message: 'm', unitCode: 'TAN_LAP', ...over };
}

describe('groupProblems', () => {
  const names = (code: string | null) => (code === null ? 'Danh mục' : code === 'TAN_LAP' ? 'Tân Lập' : 'Hàm Mỹ');

  test('groups in order of first appearance with error and warning counts', () => {
    const view = groupProblems(
      [
        issue({ unitCode: null, sheet: 'Đơn vị', row: 4, columnIndex: 5, code: 'S03' }),
        issue({}),
        issue({ unitCode: 'HAM_MY', sheet: 'Hàm Mỹ', severity: 'Cảnh báo', code: 'W02', row: 5, columnIndex: 13 }),
        issue({ severity: 'Cảnh báo', code: 'W01', row: 9, columnIndex: 28 }),
      ],
      names,
    );
    expect(view.groups.map((g) => [g.unit, g.errors, g.warnings, g.problems.map((p) => p.cell)])).toEqual([
      ['Danh mục', 1, 0, ['E4']],
      ['Tân Lập', 1, 1, ['G7', 'AB9']],
      ['Hàm Mỹ', 0, 1, ['M5']],
    ]);
    expect([view.errors, view.warnings]).toEqual([2, 2]);
    expect(view.groups[1].problems[1].severity).toBe('warning');
  });

  test('a row-level problem selects the row\'s first cell, a sheet-level one A1', () => {
    const view = groupProblems([issue({ columnIndex: null, column: '' }), issue({ row: null, columnIndex: null, column: '', code: 'S01' })], names);
    expect(view.groups[0].problems.map((p) => p.cell)).toEqual(['A7', 'A1']);
  });

  test('no issues: no groups', () => {
    expect(groupProblems([], names)).toEqual({ errors: 0, warnings: 0, groups: [] });
  });
});
