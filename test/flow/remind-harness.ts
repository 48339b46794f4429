/**
 * Reminder flow tests' harness: the sample in the emulator as the district admin (the
 * trigger's owner), the daily trigger on, the clock advanced day by day, and the send log
 * read back from `Nhật ký` as a table.
 */
import { Emulator } from '../../emulator/emulator';
import { buildSampleWorkbook } from '../../emulator/sample';
import type { WorkbookData } from '../../emulator/workbook-data';
import { SHEETS } from '../../src/core/schema';
import { BUNDLE, valuesOf } from './harness';

export const ADMIN = 'bcd.hamthuannam@example.gov.vn';
export const ADMIN_2 = 'thuongtruc.bcd@example.gov.vn';

/** The sample with one unit's `Email đầu mối` replaced. */
export function withEmails(data: WorkbookData, code: string, emails: string): WorkbookData {
  const units = data.sheets.find((s) => s.name === SHEETS.units);
  const row = units?.values.find((r) => r[0] === code);
  if (!row) throw new Error(`no unit ${code}`);
  row[4] = emails;
  return data;
}

export function remindEmulator(data: WorkbookData = buildSampleWorkbook(), start = '2019-05-01T07:00:00+07:00'): Emulator {
  const emu = new Emulator({ now: start, data, owner: ADMIN });
  emu.load(BUNDLE);
  emu.run('menuSetup');
  return emu;
}

export interface SendRow {
  day: string;
  unit: string;
  stage: string;
  recipients: number;
  status: string;
}

const VN_OFFSET_MS = 7 * 3600e3;

/** The reminder lines of `Nhật ký`: day (Viet Nam), unit, stage, recipients, status. */
export function sendTable(emu: Emulator): SendRow[] {
  return valuesOf(emu, SHEETS.log).slice(1).filter((r) => r[1] === 'Nhắc việc').map((r) => {
    const [, period, stage, status, to = ''] = /^Kỳ (\S+) · (\S+) · (đã gửi|lỗi|chờ hạn mức)(?: · (.*))?$/.exec(String(r[4])) ?? [];
    void period;
    const at = r[0] as Date;
    return {
      day: new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10),
      unit: String(r[2]) || '(huyện)',
      stage, recipients: to === '' ? 0 : to.split(', ').length, status,
    };
  });
}

/** Keys sent (`đã gửi`) as `unit|stage`, in order. */
export function sentKeys(rows: readonly SendRow[]): string[] {
  return rows.filter((r) => r.status === 'đã gửi').map((r) => `${r.unit}|${r.stage}`);
}

/** The table as text: one line per send. */
export function formatTable(rows: readonly SendRow[]): string {
  return rows.map((r) => `${r.day} ${r.unit.padEnd(10)} ${r.stage.padEnd(9)} ${String(r.recipients).padStart(2)} ${r.status}`).join('\n');
}

/** Runs `fn` as the admin at 12:00 (Viet Nam) on `day`, after that day's 08:00 trigger. */
export function onDay(emu: Emulator, day: string, fn: () => void): void {
  emu.advanceTo(`${day}T12:00:00+07:00`);
  fn();
}
