import { REPORT_UI } from '../../core/messages';
import { escapeHtml } from '../../core/html';
import type { ReportResult } from './create-report';

/** The dialog with the report's link (and the PDF's), shown after the report is made. */
export function showReportDialog(ui: GoogleAppsScript.Base.Ui, result: ReportResult): void {
  const link = (url: string, text: string) => `<p><a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(text)}</a></p>`;
  const html = [
    `<div style="font-family:Arial,sans-serif;font-size:14px">`,
    `<p>${escapeHtml(REPORT_UI.done(result.name))}</p>`,
    link(result.url, REPORT_UI.open),
    result.pdfUrl ? link(result.pdfUrl, REPORT_UI.openPdf) : '',
    ...result.notes.map((n) => `<p>${escapeHtml(n)}</p>`),
    ...result.warnings.map((w) => `<p style="color:#8a4b00">${escapeHtml(w)}</p>`),
    `</div>`,
  ].join('');
  ui.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(460).setHeight(220), REPORT_UI.title);
}
