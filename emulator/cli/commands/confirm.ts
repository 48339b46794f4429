import { CLI_TEXT } from '../../../src/core/messages/cli';
import type { ConfirmOutcome } from '../../../src/gas/confirm/confirm-unit';
import { callBundle, emulatorFor, readWorkbook, saveWorkbook } from '../bundle';
import { text, type CommandSpec, COMMON_OPTIONS } from '../spec';

/**
 * `antt confirm`: a unit confirms its data for the period of --today (confirmPeriod). The
 * confirmation is a `Nhật ký` line of OUT.xlsx; without --as the user is unknown, as when
 * Apps Script gives no address, and is recorded as such.
 */
export const confirmCommand: CommandSpec = {
  name: 'confirm',
  summary: "confirm a unit's data for the month of --today; exit 1 when refused (errors, or --as may not)",
  file: { name: 'FILE.xlsx' },
  options: {
    today: { ...COMMON_OPTIONS.today, required: true },
    unit: { kind: 'text', value: 'CODE', required: true, help: 'the unit code (Mã đơn vị)' },
    as: { kind: 'text', value: 'EMAIL', help: "who confirms: one of the unit's focal addresses or an admin" },
    out: { kind: 'output-file', value: 'OUT.xlsx', extension: '.xlsx', required: true, help: 'the workbook with the confirmation in Nhật ký' },
  },
  async run(inv) {
    const emu = emulatorFor(await readWorkbook(inv.file as string), inv.today, text(inv, 'as') ?? '');
    const result = callBundle<ConfirmOutcome>(emu, 'confirmPeriod', text(inv, 'unit'));
    console.log(result.message);
    if (result.status === 'refused') return 1;
    const out = text(inv, 'out') as string;
    await saveWorkbook(emu, out);
    console.error(CLI_TEXT.written(out));
    return 0;
  },
};
