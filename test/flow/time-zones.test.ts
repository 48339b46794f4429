/**
 * AS37 through the bundle: dates typed into a spreadsheet in a zone with daylight saving
 * read back as typed. Every day of 2015–2030 goes into `Ngày ra mắt` of one unit tab; with
 * the clock in 2014 each is a future date (E05), whose message names the day the add-on read.
 */
import { Emulator } from '../../emulator/emulator';
import { buildSampleWorkbook, UNITS } from '../../emulator/sample';
import { BUNDLE, measure, sheetOf, type ValidateView } from './harness';

/**
 * Each zone with a "now" in its standard time: reading every date with the offset of now
 * (the bug this pins) is then a day off for every summer date.
 */
const ZONES: readonly [string, string][] = [
  ['Asia/Ho_Chi_Minh', '2014-06-01T09:00:00+07:00'],
  ['Europe/Berlin', '2014-01-15T09:00:00+01:00'],
  ['America/Los_Angeles', '2014-01-15T09:00:00-08:00'],
  ['Australia/Lord_Howe', '2014-07-15T09:00:00+10:30'],
];
const LAUNCH = 'Ngày ra mắt';

/** Every day from 01/01/2015 to 31/12/2030 as a user types it (dd/mm/yyyy). */
function typedDays(): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(2015, 0, 1); t <= Date.UTC(2030, 11, 31); t += 86_400_000) {
    const d = new Date(t);
    out.push(`${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`);
  }
  return out;
}

const DAYS = typedDays();

/** The sample in `zone`, its first unit tab holding `days.length` copies of its first row with those launch dates typed in. */
function typedInZone(zone: string, days: readonly string[], now = '2014-01-15T09:00:00+07:00'): Emulator {
  const emu = new Emulator({ now, timeZone: zone, data: buildSampleWorkbook() });
  emu.load(BUNDLE);
  const tab = sheetOf(emu, UNITS[0].tabName);
  const width = tab.getLastColumn();
  const header = tab.getRange(1, 1, 1, width).getValues()[0].map(String);
  const first = tab.getRange(2, 1, 1, width).getValues()[0];
  tab.getRange(2, 1, tab.getMaxRows() - 1, width).clearContent();
  if (tab.getMaxRows() < days.length + 1) tab.insertRowsAfter(tab.getMaxRows(), days.length + 1 - tab.getMaxRows());
  tab.getRange(2, 1, days.length, width).setValues(days.map(() => first));
  // As typed: strings are parsed by the sheet (AS12) into serial days (AS37).
  tab.getRange(2, header.indexOf(LAUNCH) + 1, days.length, 1).setValues(days.map((d) => [d]));
  return emu;
}

function launchDatesRead(emu: Emulator): Map<number, string> {
  const result = emu.run('validateAll') as ValidateView;
  const read = new Map<number, string>();
  for (const i of result.issues) {
    if (i.code !== 'E05' || i.column !== LAUNCH || i.sheet !== UNITS[0].tabName || i.row === null) continue;
    read.set(i.row, /\d{2}\/\d{2}\/\d{4}/.exec(i.message)?.[0] ?? i.message);
  }
  return read;
}

describe('AS37 dates read back as typed in any spreadsheet time zone', () => {
  test.each(ZONES)('every day of 2015–2030 in %s (now %s)', (zone, now) => {
    const emu = typedInZone(zone, DAYS, now);
    const read = launchDatesRead(emu);
    const wrong = DAYS.map((typed, i) => [typed, read.get(i + 2)]).filter(([typed, got]) => typed !== got);
    expect({ checked: read.size, wrong: wrong.slice(0, 5) }).toEqual({ checked: DAYS.length, wrong: [] });
  });

  test('the service calls of reading them do not grow with the rows', () => {
    // 600 rows already give more issues than the 1,000 rows `Lỗi dữ liệu` starts with.
    const few = typedInZone('Europe/Berlin', DAYS.slice(0, 600));
    const many = typedInZone('Europe/Berlin', DAYS);
    const a = measure(few, () => few.run('validateAll'));
    const b = measure(many, () => many.run('validateAll'));
    expect(b.snapshot['Utilities.formatDate']).toBe(a.snapshot['Utilities.formatDate']);
    expect(b.total).toBe(a.total);
  });
});

describe('AS37 set-up and the spreadsheet time zone', () => {
  const berlin = () => {
    const emu = new Emulator({ now: '2019-04-24T09:00:00+07:00', timeZone: 'Europe/Berlin', data: buildSampleWorkbook() });
    return emu.load(BUNDLE);
  };

  test('says the zone differs from Asia/Ho_Chi_Minh and sets it when the user agrees; the typed days stay', () => {
    const emu = berlin();
    const tab = sheetOf(emu, UNITS[0].tabName);
    const shown = tab.getDataRange().getDisplayValues();
    emu.ui.answer({ button: 'YES' });
    emu.run('menuSetup');
    const asked = emu.ui.alerts.find((a) => a.prompt.includes('Europe/Berlin'));
    expect(asked).toMatchObject({ title: 'Thiết lập bảng tính', buttons: 'YES_NO', response: 'YES' });
    expect(asked?.prompt).toContain('khác múi giờ Việt Nam (Asia/Ho_Chi_Minh)');
    expect(emu.spreadsheet?.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    const width = shown[0].length;
    expect(tab.getRange(1, 1, shown.length, width).getDisplayValues()).toEqual(shown);
  });

  test('keeps the zone when the user says no, and asks nothing in Asia/Ho_Chi_Minh', () => {
    const emu = berlin();
    emu.ui.answer({ button: 'NO' });
    emu.run('menuSetup');
    expect(emu.spreadsheet?.getSpreadsheetTimeZone()).toBe('Europe/Berlin');
    const home = new Emulator({ now: '2019-04-24T09:00:00+07:00', data: buildSampleWorkbook() }).load(BUNDLE);
    home.run('menuSetup');
    expect(home.ui.alerts.filter((a) => a.prompt.includes('Múi giờ'))).toEqual([]);
  });
});
