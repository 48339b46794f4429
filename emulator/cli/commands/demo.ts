import { join } from 'node:path';
import { CLI_TEXT } from '../../../src/core/messages/cli';
import type { ValidateReport } from '../../../src/gas/actions/validate-action';
import type { TotalsReport } from '../../../src/gas/actions/totals-action';
import type { ReportResult } from '../../../src/gas/report/create-report';
import type { SendOutcome } from '../../../src/gas/remind/send';
import { buildSampleWorkbook, SAMPLE_EXPECTED } from '../../sample';
import { callBundle, emulatorFor, saveReport, saveWorkbook } from '../bundle';
import { writeOutbox } from '../outbox';
import { checkOutputDir } from '../paths';
import { text, type CommandSpec } from '../spec';

const DEFAULT_OUT = 'out/demo';

/**
 * `antt demo`: the Hàm Thuận Nam sample through set-up, the check, totals and the report.
 * Its clock defaults to the sample's review day (24/4/2019), not the real date, so the
 * figures are the real review's; --today moves it.
 */
export const demoCommand: CommandSpec = {
  name: 'demo',
  summary: `the sample district → DIR/workbook.xlsx, DIR/report.docx, DIR/mail/*.eml (clock: ${SAMPLE_EXPECTED.asOf} unless --today)`,
  options: {
    out: { kind: 'output-dir', value: 'DIR', help: `the folder to write into (default ${DEFAULT_OUT})` },
  },
  async run(inv) {
    // A given --out was checked with the other options; the default folder is checked here.
    if (text(inv, 'out') === undefined) checkOutputDir(DEFAULT_OUT);
    const out = text(inv, 'out') ?? DEFAULT_OUT;
    const day = inv.today ?? SAMPLE_EXPECTED.asOf;
    const emu = emulatorFor(buildSampleWorkbook(), day);
    emu.run('onOpen', { authMode: 'LIMITED' });
    const setup = callBundle<{ message: string }>(emu, 'menuSetup');
    console.log(CLI_TEXT.demo.setup(setup.message));
    const check = callBundle<ValidateReport>(emu, 'validateAll');
    console.log(CLI_TEXT.demo.check(check.errors, check.warnings));
    for (const u of check.byUnit) console.log(CLI_TEXT.demo.unit(u.unit, u.errors, u.warnings));
    const totals = callBundle<TotalsReport>(emu, 'updateTotals', day);
    console.log(CLI_TEXT.demo.totals(day, totals.line));
    const report = callBundle<ReportResult>(emu, 'makeReport', day);
    const docx = join(out, 'report.docx');
    await saveReport(emu, report, docx);
    console.log(CLI_TEXT.demo.report(report.name));
    console.log(CLI_TEXT.written(docx));
    const job = callBundle<{ sends: SendOutcome[] }>(emu, 'sendRemindersNow');
    const mailDir = join(out, 'mail');
    const files = (await writeOutbox(emu, mailDir, day, job.sends)).filter((f) => f !== undefined);
    console.log(CLI_TEXT.demo.mail(files.length, mailDir));
    const workbook = join(out, 'workbook.xlsx');
    await saveWorkbook(emu, workbook);
    console.log(CLI_TEXT.written(workbook));
    return 0;
  },
};
