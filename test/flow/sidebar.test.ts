import { buildSampleWorkbook } from '../../emulator/sample';
import { clientResult } from '../../emulator/script-run/rules';
import type { WorkbookData } from '../../emulator/workbook-data';
import type { ProblemsView } from '../../src/core/problems';
import { book, CHECK, emulator, headerOf, sheetOf } from './harness';

const PROBLEMS_BY_UNIT = [
  ['Thị trấn Thuận Nam', 0, 1],
  ['Hàm Cần', 0, 1],
  ['Hàm Mỹ', 2, 1],
  ['Mương Mán', 2, 0],
  ['Mỹ Thạnh', 0, 1],
  ['Tân Lập', 3, 0],
  ['Tân Thuận', 0, 1],
  ['Khối cơ quan, doanh nghiệp, nhà trường', 2, 1],
];

function problems(result: unknown): ProblemsView {
  if (typeof result !== 'object' || result === null || !('groups' in result)) throw new Error(`not a problems view: ${JSON.stringify(result)}`);
  return result as ProblemsView;
}

/** Paths where a JSON round trip would change the value (Date, undefined, NaN, functions, class instances). */
function jsonChanges(value: unknown, path = '$'): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (typeof value !== 'object') return [`${path}: ${typeof value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => (v === undefined ? [`${path}[${i}]: undefined`] : jsonChanges(v, `${path}[${i}]`)));
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && (Object.getPrototypeOf(proto) !== null || Object.prototype.toString.call(value) !== '[object Object]')) {
    return [`${path}: ${Object.prototype.toString.call(value)}`];
  }
  return Object.entries(value).flatMap(([k, v]) => (v === undefined ? [`${path}.${k}: undefined`] : jsonChanges(v, `${path}.${k}`)));
}

describe('sidebar endpoints (google.script.run, AuthMode.FULL)', () => {
  test('menu "Mở bảng điều khiển" opens a 300 px sidebar whose page has today and the period start, and no external resource', () => {
    const emu = emulator();
    emu.runSimpleTrigger('onOpen');
    expect(emu.ui.menus[0].items).toContainEqual({ caption: 'Mở bảng điều khiển', functionName: 'showSidebar' });
    emu.run('showSidebar');
    const [dialog] = emu.ui.dialogs;
    expect(dialog).toMatchObject({ kind: 'sidebar', title: 'Mô hình ANTT – Bảng điều khiển', width: 300 });
    expect(dialog.html).toContain('<body data-today="2019-04-24" data-from="2018-10-25">');
    expect(dialog.html).not.toMatch(/<\?|\ssrc=|<link|https?:\/\//);
    expect(dialog.html.match(/<script>/g)).toHaveLength(1);
  });

  test('getProblems groups the sample\'s problems by unit with counts, cells and values, and writes nothing', () => {
    const emu = emulator();
    emu.calls.reset();
    const view = problems(emu.call('getProblems', []));
    expect(view.groups.map((g) => [g.unit, g.errors, g.warnings])).toEqual(PROBLEMS_BY_UNIT);
    expect([view.errors, view.warnings]).toEqual([9, 6]);
    const tanLap = view.groups.find((g) => g.unit === 'Tân Lập')!;
    expect(tanLap.problems[1]).toMatchObject({ sheet: 'Tân Lập', row: 7, cell: 'G7', value: '31/02/2019', code: 'E04', severity: 'error' });
    expect(tanLap.problems[1].message).toContain('31/02/2019');
    expect(Object.keys(emu.calls.snapshot()).filter((k) => /\.set|toast|insert|delete|clear/.test(k))).toEqual([]);
  });

  test('a catalog problem is in the workbook-level group and points at the catalog cell', () => {
    const data: WorkbookData = buildSampleWorkbook();
    const units = data.sheets.find((s) => s.name === 'Đơn vị')!;
    const emailColumn = units.values[0].indexOf('Email đầu mối');
    units.values[3][emailColumn] = 'ham-can.gmail.com';
    const emu = emulator(data);
    const [first] = problems(emu.call('getProblems', [])).groups;
    expect(first.unit).toBe('Cấu trúc bảng tính và danh mục');
    expect(first.problems).toEqual([expect.objectContaining({ sheet: 'Đơn vị', row: 4, cell: 'E4', value: 'ham-can.gmail.com', code: 'S03' })]);
  });

  test('selectCell activates the cell (and its sheet); an unknown sheet or a bad cell is told in Vietnamese', () => {
    const emu = emulator();
    expect(emu.call('selectCell', ['Tân Lập', 'G7'])).toEqual({ sheet: 'Tân Lập', cell: 'G7' });
    const active = book(emu).getActiveSheet();
    expect([active.getName(), active.getActiveRange().getA1Notation()]).toEqual(['Tân Lập', 'G7']);
    expect(emu.call('selectCell', ['Không có', 'A1'])).toEqual({
      error: 'Không tìm thấy trang "Không có": có thể trang đã bị đổi tên hoặc xoá. Bấm "Kiểm tra lại" để cập nhật danh sách.',
    });
    expect(emu.call('selectCell', ['Tân Lập', 'G0; =1'])).toEqual({ error: 'Ô "G0; =1" không hợp lệ. Bấm "Kiểm tra lại" để cập nhật danh sách.' });
  });

  test('checkAgain runs the full check (writes Kiểm tra) and returns the same problems as getProblems', () => {
    const emu = emulator();
    const before = problems(emu.call('getProblems', []));
    const after = problems(emu.call('checkAgain', []));
    expect(after).toEqual(before);
    const check = headerOf(emu, 'Tân Lập').indexOf(CHECK);
    expect(String(sheetOf(emu, 'Tân Lập').getRange(7, check + 1).getValue())).toMatch(/^✗/);
  });

  test('every endpoint returns plain data a JSON round trip leaves unchanged (AS33)', () => {
    const emu = emulator();
    const cases: Record<string, unknown[]> = {
      checkAgain: [],
      checkSetupOffline: [],
      confirmPeriod: ['HAM_CAN'],
      getProblems: [],
      getReminderStatus: [],
      getTotals: ['2019-04-24', '2018-10-25'],
      makeReport: ['2019-04-24', '2018-10-25', true],
      returnPeriod: ['HAM_CAN', 'Thiếu số liệu tháng 4'],
      runReminderJob: [],
      selectCell: ['Hàm Mỹ', 'C9'],
      sendRemindersNow: [],
      setReminderSchedule: [true],
      updateTotals: ['2019-04-24'],
      validateAll: [],
    };
    expect(jsonChanges({ at: new Date(0), list: [undefined] })).toEqual(['$.at: [object Date]', '$.list[0]: undefined']);
    const endpoints = emu.functionNames().filter((n) => !/^(menu|on[A-Z])/.test(n) && n !== 'showSidebar').sort();
    expect(endpoints).toEqual(Object.keys(cases).sort());
    for (const name of endpoints) {
      const result = emu.call(name, cases[name]);
      expect({ name, changes: jsonChanges(result) }).toEqual({ name, changes: [] });
      expect(clientResult(result)).toEqual(JSON.parse(JSON.stringify(result)));
    }
  });
});
