import { CLI_TEXT } from '../../../src/core/messages/cli';
import type { SetupResult } from '../../../src/gas/setup/setup';
import { buildNewDistrictWorkbook } from '../../sample';
import { callBundle, emulatorFor, readWorkbook, saveWorkbook } from '../bundle';
import { CliError } from '../errors';
import { text, type CommandSpec } from '../spec';

/**
 * `antt setup`: "Thiết lập / sửa bảng tính" (menuSetup) on a workbook, or on a new one
 * (`--new`: default settings, the common model-type catalog, an empty `Đơn vị`).
 */
export const setupCommand: CommandSpec = {
  name: 'setup',
  summary: 'create or repair every sheet (FILE.xlsx → --out), or write a new workbook for a district (--new)',
  file: { name: 'FILE.xlsx', optional: true },
  options: {
    out: { kind: 'output-file', value: 'OUT.xlsx', extension: '.xlsx', help: 'the repaired workbook (with FILE.xlsx)' },
    new: { kind: 'output-file', value: 'OUT.xlsx', extension: '.xlsx', mustNotExist: true, help: 'write a new workbook ready for a district (without FILE.xlsx)' },
  },
  async run(inv) {
    const out = text(inv, 'out');
    const fresh = text(inv, 'new');
    if (fresh !== undefined && (out !== undefined || inv.file !== undefined)) {
      throw new CliError(CLI_TEXT.exclusive('--new OUT.xlsx', inv.file !== undefined ? 'FILE.xlsx' : '--out', 'setup'));
    }
    if (fresh === undefined && (inv.file === undefined || out === undefined)) throw new CliError(CLI_TEXT.setupNeedsInput);
    const data = inv.file !== undefined ? await readWorkbook(inv.file) : buildNewDistrictWorkbook();
    const emu = emulatorFor(data, inv.today);
    const result = callBundle<SetupResult>(emu, 'menuSetup');
    console.log(result.message);
    for (const s of result.skipped) console.error(s);
    const target = (fresh ?? out) as string;
    await saveWorkbook(emu, target);
    console.log(CLI_TEXT.written(target));
    return 0;
  },
};
