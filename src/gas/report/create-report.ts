/**
 * Builds the review report as a new Google Doc: totals → report model (core) → Doc (the
 * renderer, or the user's template), moved into the report folder, optionally with a PDF,
 * logged in `Nhật ký`. A new Doc every run: earlier reports are never overwritten.
 */
import { LOG_ACTIONS, REPORT_UI } from '../../core/messages';
import { buildReportModel, placeholderValues, reportFileName, type ChartBlock } from '../../core/report';
import { logActivity } from '../activity-log';
import { totalsFor } from '../totals/compute';
import type { Period } from '../totals/period';
import { chartPng } from './chart';
import { driveServiceEnabled, fileIntoReportFolder, savePdf } from './drive-folder';
import { applyPrintProperties, type PrintMarks } from './print-properties';
import { renderReport } from './render';
import { fillTemplate } from './template';
import { copyBody } from './template-copy';

export interface ReportResult {
  id: string;
  name: string;
  url: string;
  pdfUrl: string | null;
  /** Placeholders of the template that have no value, left visible. */
  unknownPlaceholders: string[];
  warnings: string[];
  /** For the district staff, not in the report by default: the rows still invalid (also in Nhật ký). */
  notes: string[];
  /** The `Cơ quan ban hành` setting: the offline .docx's author. */
  author: string;
}

/** The reason an Apps Script call failed, as the user may pass it on to the admin. */
function reason(e: unknown): string {
  const message = (e as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(e);
}

/**
 * Moves the new Doc into the report folder. When that fails (drive.file does not reach a
 * folder the add-on did not create, a shared drive needs supportsAllDrives, ...), the
 * report stays where Docs put it and the warning says where and why.
 */
function fileOrSay(docId: string, configured: string, warnings: string[]): string | null {
  try {
    const folder = fileIntoReportFolder(docId, configured);
    if (folder.warning) warnings.push(folder.warning);
    return folder.id;
  } catch (e) {
    warnings.push(REPORT_UI.notFiled(reason(e)));
    return null;
  }
}

function pdfOrSay(doc: GoogleAppsScript.Document.Document, name: string, folderId: string | null, warnings: string[]): string | null {
  try {
    return savePdf(doc, name, folderId);
  } catch (e) {
    warnings.push(REPORT_UI.pdfNotSaved(reason(e)));
    return null;
  }
}

export function createReport(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, period: Period, withPdf: boolean): ReportResult | { error: string } {
  const run = totalsFor(ss, period);
  const settings = run.workbook.settings.values;
  const model = buildReportModel({
    totals: run.totals,
    settings,
    validation: run.validation,
    awards: run.workbook.awards,
    units: run.workbook.units,
  });
  const name = reportFileName(model, Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm'));
  const warnings: string[] = [];
  let unknownPlaceholders: string[] = [];

  const templateId = settings.templateDocId.trim();
  let template: GoogleAppsScript.Document.Document | null = null;
  if (templateId) {
    try {
      template = DocumentApp.openById(templateId);
    } catch {
      return { error: REPORT_UI.templateMissing(templateId) };
    }
  }
  const doc = DocumentApp.create(name);
  let marks: PrintMarks;
  if (template) {
    copyBody(template.getBody(), doc.getBody());
    const filled = fillTemplate(doc.getBody(), model, placeholderValues(model));
    unknownPlaceholders = [...filled.unknown, ...filled.misplaced];
    if (unknownPlaceholders.length > 0) warnings.push(REPORT_UI.unknownPlaceholders(unknownPlaceholders));
    marks = { keepWithNext: [], unsplit: [], tables: filled.tables };
  } else {
    const chart = model.body.find((b): b is ChartBlock => b.kind === 'chart');
    marks = renderReport(doc, model, chart && chart.labels.length > 0 ? chartPng(chart) : undefined);
  }
  const drive = driveServiceEnabled();
  const folderId = drive ? fileOrSay(doc.getId(), settings.reportFolderId.trim(), warnings) : null;
  if (!drive) warnings.push(REPORT_UI.driveServiceMissing);
  doc.saveAndClose(); // AS21: before getAs; AS42: the Docs API sees the saved document
  if (!applyPrintProperties(doc.getId(), marks)) warnings.push(REPORT_UI.docsServiceMissing);
  const pdfUrl = withPdf && drive ? pdfOrSay(doc, name, folderId, warnings) : null;
  const url = doc.getUrl();
  logActivity(ss, LOG_ACTIONS.report, '', [`${name} — ${url}`, ...warnings, ...model.staffNotes].join(' '));
  return { id: doc.getId(), name, url, pdfUrl, unknownPlaceholders, warnings, notes: model.staffNotes, author: model.header.issuingBody };
}
