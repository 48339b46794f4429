import { CLI_TEXT, offlineMessage } from '../../../src/core/messages/cli';
import type { ValidateReport } from '../../../src/gas/actions/validate-action';
import { callBundle, openWorkbook, saveWorkbook } from '../bundle';
import { flag, text, type CommandSpec } from '../spec';

/** `antt validate`: the full check (validateAll); exit 1 when errors are found. */
export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: 'full check of every unit tab; exit 1 when errors are found',
  file: { name: 'FILE.xlsx' },
  options: {
    json: { kind: 'flag', help: 'print {"issues":[{sheet,row,column,code,severity,message}]}' },
    out: { kind: 'output-file', value: 'OUT.xlsx', extension: '.xlsx', help: 'also write the checked workbook (Kiểm tra column, Lỗi dữ liệu)' },
  },
  async run(inv) {
    const out = text(inv, 'out');
    const emu = await openWorkbook(inv, !out);
    const result = callBundle<ValidateReport>(emu, 'validateAll');
    if (flag(inv, 'json')) {
      const issues = result.issues.map(({ sheet, row, column, code, severity, message }) => ({ sheet, row, column, code, severity, message: offlineMessage(message) }));
      console.log(JSON.stringify({ issues }, null, 2));
    } else {
      for (const i of result.issues) console.log(`${i.severity}\t${i.code}\t${i.sheet}${i.row === null ? '' : `!${i.row}`}\t${i.column}\t${offlineMessage(i.message)}`);
      console.log(CLI_TEXT.summary(result.errors, result.warnings));
    }
    if (out) {
      await saveWorkbook(emu, out);
      console.error(CLI_TEXT.written(out));
    }
    return result.errors > 0 ? 1 : 0;
  },
};
