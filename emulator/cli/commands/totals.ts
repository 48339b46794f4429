import type { TotalsReport } from '../../../src/gas/actions/totals-action';
import { CLI_TEXT } from '../../../src/core/messages/cli';
import { callBundle, openWorkbook } from '../bundle';
import { PERIOD_OPTIONS } from '../period';
import { flag, text, type CommandSpec } from '../spec';

function printTotals(result: TotalsReport): void {
  console.log(result.line);
  const t = result.totals;
  console.log(CLI_TEXT.period(t.from, t.asOf));
  const width = Math.max(...t.units.map((u) => u.name.length), 6);
  console.log(`${'Đơn vị'.padEnd(width)}  điểm  loại  dòng lỗi`);
  for (const u of t.units) console.log(`${u.name.padEnd(width)}  ${String(u.sites).padStart(4)}  ${String(u.types).padStart(4)}  ${String(u.invalidRows).padStart(8)}`);
}

/** `antt totals`: the district totals (getTotals) as of --as-of. */
export const totalsCommand: CommandSpec = {
  name: 'totals',
  summary: 'district totals for the period (the rows are checked as of --today)',
  file: { name: 'FILE.xlsx' },
  options: {
    ...PERIOD_OPTIONS,
    json: { kind: 'flag', help: 'print the totals object of workbook.md' },
  },
  async run(inv) {
    const emu = await openWorkbook(inv, true);
    const result = callBundle<TotalsReport>(emu, 'getTotals', text(inv, 'as-of'), text(inv, 'from'));
    if (flag(inv, 'json')) console.log(JSON.stringify(result.totals, null, 2));
    else printTotals(result);
    return 0;
  },
};
