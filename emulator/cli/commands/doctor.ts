import type { DoctorReport } from '../../../src/core/doctor';
import { CLI_TEXT, offlineMessage } from '../../../src/core/messages/cli';
import { callBundle, openWorkbook } from '../bundle';
import type { CommandSpec } from '../spec';

/**
 * `antt doctor`: the self-check "Kiểm tra cài đặt" on what an .xlsx holds (checkSetupOffline).
 * The live-only checks print "not checkable offline" and do not change the exit code:
 * 0 all good, 1 something to fix, 2 unusable workbook.
 */
export const doctorCommand: CommandSpec = {
  name: 'doctor',
  summary: 'self-check of the file (time zone, unit tabs, addresses, protections); exit 1 when something needs fixing',
  file: { name: 'FILE.xlsx' },
  options: {},
  async run(inv) {
    const emu = await openWorkbook(inv);
    const report = callBundle<DoctorReport>(emu, 'checkSetupOffline');
    for (const l of report.lines) console.log(offlineMessage(l.text));
    console.log(CLI_TEXT.doctorSummary(report.ok, report.fix, report.lines.length - report.ok - report.fix));
    return report.fix > 0 ? 1 : 0;
  },
};
