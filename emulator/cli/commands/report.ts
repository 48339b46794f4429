import { CLI_TEXT } from '../../../src/core/messages/cli';
import type { ReportResult } from '../../../src/gas/report/create-report';
import { callBundle, openWorkbook, saveReport } from '../bundle';
import { PERIOD_OPTIONS } from '../period';
import { docxToPdf, requireLibreOffice } from '../pdf';
import { flag, text, type CommandSpec } from '../spec';

/** `antt report`: the review report (makeReport) written as .docx, and with --pdf as .pdf too. */
export const reportCommand: CommandSpec = {
  name: 'report',
  summary: 'the review report as .docx (the rows are checked as of --today)',
  file: { name: 'FILE.xlsx' },
  options: {
    out: { kind: 'output-file', value: 'R.docx', extension: '.docx', required: true, help: 'the report file to write' },
    pdf: { kind: 'flag', help: 'also write R.pdf beside it (needs LibreOffice)' },
    ...PERIOD_OPTIONS,
  },
  async run(inv) {
    const out = text(inv, 'out') as string;
    const withPdf = flag(inv, 'pdf');
    if (withPdf) await requireLibreOffice();
    const emu = await openWorkbook(inv, true);
    const report = callBundle<ReportResult>(emu, 'makeReport', text(inv, 'as-of'), text(inv, 'from'));
    await saveReport(emu, report, out);
    for (const w of report.warnings) console.error(w);
    for (const n of report.notes) console.error(n);
    console.log(report.name);
    console.log(CLI_TEXT.written(out));
    if (withPdf) {
      const pdf = out.replace(/\.docx$/i, '.pdf');
      await docxToPdf(out, pdf);
      console.log(CLI_TEXT.written(pdf));
    }
    return 0;
  },
};
