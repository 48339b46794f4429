/** Validation (`validateAll`, `menuValidate`) through the bundle. */
import { SAMPLE_EXPECTED, UNITS } from '../../emulator/sample';
import type { Emulator } from '../../emulator/emulator';
import type { EmuSheet } from '../../emulator/spreadsheet';
import { SHEETS } from '../../src/core/schema';
import {
  book, CHECK, emulator, expectSameCalls, formulasOf, headerOf, measure, sampleWithRowsPerTab, sheetOf, UNIT_TABS,
  valuesOf, withoutColumn, type ValidateView,
} from './harness';

function col(sheet: EmuSheet, header: string): number {
  const i = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String).indexOf(header);
  if (i < 0) throw new Error(`${sheet.getName()}: no column ${header}`);
  return i + 1;
}

function setUp(data?: Parameters<typeof emulator>[0]): Emulator {
  const emu = emulator(data);
  emu.run('menuSetup');
  return emu;
}

const key = (sheet: string, row: number | null) => `${sheet}!${row}`;

describe('validateAll on the sample', () => {
  let emu: Emulator;
  let result: ValidateView;
  beforeAll(() => {
    emu = setUp();
    result = emu.run('validateAll') as ValidateView;
  });

  test('the errors found are exactly the sample wrong rows, with their rules', () => {
    const errors = result.issues.filter((i) => i.severity === 'Lỗi').map((i) => `${key(i.sheet, i.row)} ${i.code}`).sort();
    const expected = SAMPLE_EXPECTED.wrongRows.map((w) => `${key(w.sheet, w.row)} ${w.code}`).sort();
    expect(errors).toEqual(expected);
    expect(result.errors).toBe(expected.length);
    for (const i of result.issues) {
      expect(i).toEqual({ sheet: expect.any(String), row: expect.any(Number), column: expect.any(String), code: expect.stringMatching(/^[EW]\d\d$/), severity: expect.stringMatching(/^(Lỗi|Cảnh báo)$/), message: expect.any(String) });
    }
  });

  test('Kiểm tra: wrong rows start with ✗, rows without issues with ✓', () => {
    const wrong = new Set(SAMPLE_EXPECTED.wrongRows.map((w) => key(w.sheet, w.row)));
    const withIssues = new Set(result.issues.map((i) => key(i.sheet, i.row)));
    let clean = 0;
    for (const tab of UNIT_TABS) {
      const values = valuesOf(emu, tab);
      const c = values[0].map(String).indexOf(CHECK);
      for (let r = 1; r < values.length; r++) {
        const cell = String(values[r][c]);
        const k = key(tab, r + 1);
        if (wrong.has(k)) expect({ k, cell: cell.charAt(0) }).toEqual({ k, cell: '✗' });
        else if (!withIssues.has(k)) {
          expect({ k, cell: cell.charAt(0) }).toEqual({ k, cell: '✓' });
          clean++;
        } else expect({ k, cell: cell.charAt(0) }).toEqual({ k, cell: '⚠' });
      }
    }
    expect(clean).toBeGreaterThan(50);
  });

  test('Lỗi dữ liệu: one row per issue, each with a HYPERLINK to its cell', () => {
    const values = valuesOf(emu, SHEETS.issues);
    const formulas = formulasOf(emu, SHEETS.issues);
    expect(values.length - 1).toBe(result.issues.length);
    const header = values[0].map(String);
    const linkCol = header.indexOf('Mở ô');
    const sheetCol = header.indexOf('Trang tính');
    const rowCol = header.indexOf('Dòng');
    for (let r = 1; r < values.length; r++) {
      const gid = sheetOf(emu, String(values[r][sheetCol])).getSheetId();
      expect(formulas[r][linkCol]).toMatch(new RegExp(`^=HYPERLINK\\("#gid=${gid}&range=[A-Z]+${values[r][rowCol]}"`));
    }
    const listed = values.slice(1).map((r) => `${key(String(r[sheetCol]), Number(r[rowCol]))} ${String(r[header.indexOf('Mã')])}`).sort();
    expect(listed).toEqual(result.issues.map((i) => `${key(i.sheet, i.row)} ${i.code}`).sort());
  });
});

describe('user values and formula-like text', () => {
  const TAB = 'Hàm Cần';
  let emu: Emulator;
  let before: Record<string, { values: unknown[][]; formulas: string[][] }>;
  let issues: ValidateView;
  let typedRow: number;
  beforeAll(() => {
    emu = setUp();
    const sheet = sheetOf(emu, TAB);
    typedRow = sheet.getLastRow() + 1;
    const set = (header: string, v: string) => sheet.getRange(typedRow, col(sheet, header)).setValue(v);
    set('Mã mô hình', 'HC-NEW');
    set('Loại mô hình', '=IMPORTXML("x")');
    set('Khối', '+1');
    set('Địa bàn', 'Thôn Lập Phước'.normalize('NFD'));
    set('Hình thức', 'Nhân rộng');
    set('Ngày ra mắt', '01/03/2019');
    set('Điện thoại', '0912345678');
    set('Tình trạng', 'Đang hoạt động');
    sheet.getRange(typedRow, col(sheet, 'Số thành viên')).setFormula('=2*6');
    before = {};
    for (const tab of UNIT_TABS) {
      before[tab] = { values: withoutColumn(valuesOf(emu, tab), CHECK), formulas: withoutColumn(formulasOf(emu, tab), CHECK) as string[][] };
    }
    issues = emu.run('validateAll') as ValidateView;
  });

  test('the typed cells are what the user meant: text stays text, the formula a formula', () => {
    const sheet = sheetOf(emu, TAB);
    const at = (h: string) => sheet.getRange(typedRow, col(sheet, h));
    expect(at('Loại mô hình').getFormula()).toBe('');
    expect(at('Loại mô hình').getValue()).toBe('=IMPORTXML("x")');
    expect(at('Điện thoại').getValue()).toBe('0912345678');
    expect(at('Số thành viên').getFormula()).toBe('=2*6');
  });

  test('every unit tab: values and formulas identical before and after (Kiểm tra aside)', () => {
    for (const tab of UNIT_TABS) {
      expect({ tab, values: withoutColumn(valuesOf(emu, tab), CHECK) }).toEqual({ tab, values: before[tab].values });
      expect({ tab, formulas: withoutColumn(formulasOf(emu, tab), CHECK) }).toEqual({ tab, formulas: before[tab].formulas });
    }
    const sheet = sheetOf(emu, TAB);
    expect(sheet.getRange(typedRow, col(sheet, 'Địa bàn')).getValue()).toBe('Thôn Lập Phước'.normalize('NFD'));
  });

  test('the row is flagged (E02 and E03) and its user text stays text in Lỗi dữ liệu', () => {
    const mine = issues.issues.filter((i) => i.sheet === TAB && i.row === typedRow).map((i) => i.code);
    expect(mine).toEqual(expect.arrayContaining(['E02', 'E03']));
    const values = valuesOf(emu, SHEETS.issues);
    const formulas = formulasOf(emu, SHEETS.issues);
    const header = values[0].map(String);
    const valueCol = header.indexOf('Giá trị');
    const cells = (code: string) => {
      const r = values.findIndex((row) => row[header.indexOf('Trang tính')] === TAB && row[header.indexOf('Dòng')] === typedRow && row[header.indexOf('Mã')] === code);
      expect(r).toBeGreaterThan(0);
      return { value: values[r][valueCol], formula: formulas[r][valueCol] };
    };
    expect(cells('E02')).toEqual({ value: '=IMPORTXML("x")', formula: '' });
    expect(cells('E03')).toEqual({ value: '+1', formula: '' });
    // No formula anywhere but the link column.
    const linkCol = header.indexOf('Mở ô');
    const stray = formulas.flatMap((r, i) => r.map((f, j) => (f && j !== linkCol ? `${i + 1}:${j + 1} ${f}` : ''))).filter(Boolean);
    expect(stray).toEqual([]);
  });
});

describe('menuValidate', () => {
  test('on a sheet that was never set up: an alert naming the missing sheets, nothing written', () => {
    const emu = emulator({ sheets: [{ name: 'Trang tính1', values: [['Tên', 'Số'], ['Hàm Mỹ', 7]] }] });
    const result = emu.run('menuValidate') as { error?: string; missing?: string[] };
    expect(result.missing).toEqual(['Đơn vị', 'Loại mô hình']);
    expect(emu.ui.alerts.map((a) => a.prompt)).toEqual([result.error]);
    expect(result.error).toContain('Thiết lập / sửa bảng tính');
    expect(book(emu).getSheets().map((s) => s.getName())).toEqual(['Trang tính1']);
  });

  test('with the lock held by another run: an alert to try again, nothing written', () => {
    const emu = setUp();
    const snapshot = () => book(emu).getSheets().map((s) => ({ name: s.getName(), values: valuesOf(emu, s.getName()) }));
    const before = snapshot();
    emu.locks.holdByOther(true);
    const result = emu.run('menuValidate') as { busy?: string };
    expect(result.busy).toContain('thử lại');
    expect(emu.ui.alerts).toHaveLength(1);
    expect(emu.ui.alerts[0].prompt).toContain('thử lại');
    expect(snapshot()).toEqual(before);
    // The check column stays empty: nothing was validated.
    const values = valuesOf(emu, 'Hàm Mỹ');
    const c = headerOf(emu, 'Hàm Mỹ').indexOf(CHECK);
    expect(values.slice(1).every((r) => r[c] === '')).toBe(true);
  });

  test('ends with a toast and an alert counting errors and warnings per unit', () => {
    const emu = setUp();
    const toastsBefore = book(emu).toasts.length;
    const result = emu.run('menuValidate') as ValidateView;
    const toast = book(emu).toasts.at(-1);
    expect(book(emu).toasts.length).toBeGreaterThan(toastsBefore);
    expect(toast?.title).toBe('Kiểm tra dữ liệu');
    expect(toast?.message).toContain(`${result.errors} lỗi, ${result.warnings} cảnh báo`);
    expect(emu.ui.alerts).toHaveLength(1);
    const alert = emu.ui.alerts[0].prompt;
    expect(result.errors).toBe(SAMPLE_EXPECTED.wrongRows.length);
    for (const u of UNITS) {
      const errors = SAMPLE_EXPECTED.wrongRows.filter((w) => w.sheet === u.tabName).length;
      const warnings = result.issues.filter((i) => i.sheet === u.tabName && i.severity !== 'Lỗi').length;
      // Units with nothing to fix are left out of the alert.
      if (errors + warnings > 0) expect(alert).toContain(`• ${u.name}: ${errors} lỗi, ${warnings} cảnh báo`);
      else expect(alert).not.toContain(`• ${u.name}:`);
    }
    expect(alert.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(result.byUnit.filter((u) => u.errors + u.warnings > 0).length);
  });
});

describe('service calls of validateAll', () => {
  // With 10,000 rows per tab the issues (20,094) outgrow `Lỗi dữ liệu`'s 1,000 rows: writing
  // them grows that sheet with exactly one Sheet.insertRowsAfter. Every other call is equal.
  test('the same with 10 rows per tab and with 10,000 rows per tab (one sheet-growth call aside)', () => {
    const small = setUp(sampleWithRowsPerTab(10));
    const large = setUp(sampleWithRowsPerTab(10_000));
    const a = measure(small, () => small.run('validateAll'));
    const b = measure(large, () => large.run('validateAll'));
    expect(valuesOf(large, 'Hàm Mỹ')).toHaveLength(10_001);
    const growth = 'Sheet.insertRowsAfter';
    expect((b.snapshot[growth] ?? 0) - (a.snapshot[growth] ?? 0)).toBe(1);
    const without = (m: typeof a) => {
      const snapshot = { ...m.snapshot };
      const n = snapshot[growth] ?? 0;
      delete snapshot[growth];
      return { total: m.total - n, snapshot };
    };
    expectSameCalls(without(a), without(b));
  });
});
