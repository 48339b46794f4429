import { CLI_TEXT } from '../../../src/core/messages/cli';
import type { ReportResult } from '../../../src/gas/report/create-report';
import { callBundle, openWorkbook, saveReport } from '../bundle';
import { PERIOD_OPTIONS } from '../period';
import { text, type CommandSpec } from '../spec';

/** `antt report`: the review report (makeReport) written as .docx. */
export const reportCommand: CommandSpec = {
  name: 'report',
  summary: 'the review report as .docx (the rows are checked as of --today)',
  file: { name: 'FILE.xlsx' },
  options: {
    out: { kind: 'output-file', value: 'R.docx', extension: '.docx', required: true, help: 'the report file to write' },
    ...PERIOD_OPTIONS,
  },
  async run(inv) {
    const out = text(inv, 'out') as string;
    const emu = await openWorkbook(inv);
    const report = callBundle<ReportResult>(emu, 'makeReport', text(inv, 'as-of'), text(inv, 'from'));
    await saveReport(emu, report, out);
    for (const w of report.warnings) console.error(w);
    console.log(report.name);
    console.log(CLI_TEXT.written(out));
    return 0;
  },
};
