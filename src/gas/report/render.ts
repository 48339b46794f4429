/**
 * Renders a ReportModel (src/core/report) into a Google Doc in the Nghị định 30/2020 layout.
 * Only DocumentApp methods of @types/google-apps-script: this runs on real Apps Script.
 *
 * Calls grow with the model's blocks (units and model types), never with sites: the model
 * groups per-site facts by unit, and nothing here loops over anything else.
 *
 * What Docs cannot do from Apps Script, and so this does not try: page-number fields (no API
 * inserts a PAGE field, so the report has none: staff add them with Insert › Page numbers),
 * a different first-page header, and paragraph borders (see RULE below).
 */
import type { Block, ParagraphBlock, ReportModel, TableBlock, TextSpan } from '../../core/report';
import type { PrintMarks } from './print-properties';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Table = GoogleAppsScript.Document.Table;
type TableCell = GoogleAppsScript.Document.TableCell;
type Attributes = Record<string, unknown>;

/** Points per millimetre (Apps Script takes page sizes and margins in points, AS20). */
export const PT_PER_MM = 2.835;
export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginTop: 20 * PT_PER_MM,
  marginBottom: 20 * PT_PER_MM,
  marginLeft: 30 * PT_PER_MM,
  marginRight: 15 * PT_PER_MM,
};
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
export const FONT = 'Times New Roman';
export const BODY_SIZE = 14;
/** 1.27 cm. */
export const FIRST_LINE_INDENT = 36;
export const SPACING_AFTER = 6;
/** Header columns: the parent body (12 pt) and the national title (12 pt bold, Nghị định 30 allows 12–13) each fit on one line. */
export const HEADER_WIDTHS = [200, TEXT_WIDTH - 200];
export const SIGNATURE_WIDTHS = [TEXT_WIDTH / 2, TEXT_WIDTH / 2];

/**
 * The short rules under the issuing body and the motto. Apps Script has no paragraph-border
 * API, a HorizontalRule spans the whole cell, and underlining the text puts the line on the
 * text itself; a centred run of underscores in a small font survives Docs, .docx and PDF
 * alike and sits just under the line above. 6 pt underscores are about 3 pt wide: 22 make
 * the third of the issuing body's width Nghị định 30 asks for, 60 the motto's width.
 */
export const RULE = { size: 6, issuingBody: '_'.repeat(22), motto: '_'.repeat(60), title: '_'.repeat(30) };
/** Empty lines left for the signature and seal. */
export const SIGNATURE_BLANK_LINES = 4;

type Align = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';

interface Style {
  size: number;
  bold?: boolean;
  italic?: boolean;
  align: Align;
  indentFirstLine?: number;
  spacingBefore?: number;
  spacingAfter?: number;
}

function alignment(a: Align): GoogleAppsScript.Document.HorizontalAlignment {
  const H = DocumentApp.HorizontalAlignment;
  return a === 'CENTER' ? H.CENTER : a === 'RIGHT' ? H.RIGHT : a === 'JUSTIFY' ? H.JUSTIFY : H.LEFT;
}

/** One attribute object per paragraph: a single setAttributes call styles it all (AS20). */
function attributes(s: Style): Attributes {
  const A = DocumentApp.Attribute;
  const out: Attributes = {};
  out[A.FONT_FAMILY] = FONT;
  out[A.FONT_SIZE] = s.size;
  out[A.BOLD] = s.bold === true;
  out[A.ITALIC] = s.italic === true;
  out[A.UNDERLINE] = false;
  out[A.FOREGROUND_COLOR] = '#000000';
  out[A.HORIZONTAL_ALIGNMENT] = alignment(s.align);
  out[A.INDENT_FIRST_LINE] = s.indentFirstLine ?? 0;
  out[A.INDENT_START] = 0;
  out[A.SPACING_BEFORE] = s.spacingBefore ?? 0;
  out[A.SPACING_AFTER] = s.spacingAfter ?? 0;
  out[A.LINE_SPACING] = 1;
  return out;
}

const BODY_STYLE: Style = { size: BODY_SIZE, align: 'JUSTIFY', indentFirstLine: FIRST_LINE_INDENT, spacingAfter: SPACING_AFTER };
const CENTRED = (size: number, extra: Partial<Style> = {}): Style => ({ size, align: 'CENTER', ...extra });

/**
 * Appends in order while reusing the empty paragraph Docs keeps after a table (AS19) — and
 * the one a new document starts with — so the report has no stray blank lines and never
 * tries to remove a section's last paragraph.
 */
class Writer {
  /** An empty paragraph the next paragraph should fill, or before which the next table goes. */
  private spare: Paragraph | null;
  /** Blocks written so far: the body child index of the next one (the spare is reused in order). */
  private written = 0;
  readonly marks: PrintMarks = { keepWithNext: [], unsplit: [], tables: [] };

  constructor(private readonly body: Body) {
    body.clear(); // leaves exactly one empty paragraph: the first spare
    this.spare = body.getChild(0).asParagraph();
  }

  /** The block just written stays on the page of the next one (AS42, applied after saving). */
  keepWithNext(): void {
    this.marks.keepWithNext.push(this.written - 1);
  }

  /** The table just written keeps each row on one page. */
  unsplit(): void {
    this.marks.unsplit.push(this.written - 1);
  }

  paragraph(text: string, style: Style): Paragraph {
    this.written++;
    let p: Paragraph;
    if (this.spare) {
      p = this.spare;
      this.spare = null;
      p.setText(text);
    } else {
      p = this.body.appendParagraph(text);
    }
    p.setAttributes(attributes(style));
    return p;
  }

  /** Spans: the paragraph's text is their concatenation; bold/italic runs are set by offset. */
  spans(spans: TextSpan[], style: Style): Paragraph {
    const p = this.paragraph(spans.map((s) => s.text).join(''), style);
    if (spans.some((s) => s.bold || s.italic)) {
      const text = p.editAsText();
      let at = 0;
      for (const s of spans) {
        const end = at + s.text.length - 1;
        if (s.text.length > 0 && s.bold) text.setBold(at, end, true);
        if (s.text.length > 0 && s.italic) text.setItalic(at, end, true);
        at += s.text.length;
      }
    }
    return p;
  }

  /**
   * A table where the spare paragraph stands (the spare then follows the table), or at the
   * end, whereupon Docs adds an empty paragraph after it: that one becomes the spare.
   */
  table(cells: string[][]): Table {
    this.written++;
    if (this.spare) return this.body.insertTable(this.body.getChildIndex(this.spare), cells);
    const table = this.body.appendTable(cells);
    const next = table.getNextSibling();
    if (next && next.getType() === DocumentApp.ElementType.PARAGRAPH) {
      const p = next.asParagraph();
      if (p.getText() === '') this.spare = p;
    }
    return table;
  }

  /** Leaves the spare (if any) as a small empty paragraph: the document must end with one. */
  finish(): void {
    if (this.spare) this.spare.setAttributes(attributes({ size: 6, align: 'LEFT' }));
  }
}

/** Writes `lines` into a table cell, the first into the paragraph the cell starts with. */
function fillCell(cell: TableCell, lines: { text: string; style: Style }[]): void {
  lines.forEach((line, i) => {
    const p = i === 0 ? cell.getChild(0).asParagraph() : cell.appendParagraph(line.text);
    if (i === 0) p.setText(line.text);
    p.setAttributes(attributes(line.style));
  });
}

function borderless(table: Table, widths: number[]): void {
  table.setBorderWidth(0);
  widths.forEach((w, i) => table.setColumnWidth(i, w));
}

/**
 * Nghị định 30's header as a borderless two-row table: the bodies and the national title on
 * the first row, "Số: …/BC-BCĐ" and the place-date line side by side on the second.
 */
function renderHeader(w: Writer, model: ReportModel): void {
  const h = model.header;
  const table = w.table([[h.parentBody, h.nationalTitle], [h.docNumber, h.dateLine]]);
  w.unsplit();
  borderless(table, HEADER_WIDTHS);
  fillCell(table.getCell(0, 0), [
    { text: h.parentBody, style: CENTRED(12) },
    { text: h.issuingBody, style: CENTRED(13, { bold: true }) },
    { text: RULE.issuingBody, style: CENTRED(RULE.size) },
  ]);
  fillCell(table.getCell(0, 1), [
    { text: h.nationalTitle, style: CENTRED(12, { bold: true }) },
    { text: h.motto, style: CENTRED(14, { bold: true }) },
    { text: RULE.motto, style: CENTRED(RULE.size) },
  ]);
  fillCell(table.getCell(1, 0), [{ text: h.docNumber, style: CENTRED(13) }]);
  fillCell(table.getCell(1, 1), [{ text: h.dateLine, style: CENTRED(14, { italic: true }) }]);
}

function renderTitle(w: Writer, model: ReportModel): void {
  w.paragraph(model.title.label, CENTRED(14, { bold: true, spacingBefore: 18 }));
  w.keepWithNext();
  w.paragraph(model.title.subject, CENTRED(14, { bold: true }));
  w.keepWithNext();
  w.paragraph(model.title.period, CENTRED(14, { italic: true }));
  w.keepWithNext();
  w.paragraph(RULE.title, CENTRED(RULE.size, { spacingAfter: 12 }));
}

function renderParagraph(w: Writer, b: ParagraphBlock): void {
  const style: Style = { ...BODY_STYLE, italic: b.italic === true };
  if (b.align === 'center') Object.assign(style, { align: 'CENTER', indentFirstLine: 0 });
  w.spans(b.spans, style);
}

/** The table's cells as Docs takes them: String[][] (AS19), header, rows, total row. */
export function tableCells(b: TableBlock): string[][] {
  return [b.header, ...b.rows, ...(b.total ? [b.total] : [])].map((row) => row.map((c) => String(c)));
}

/**
 * Styles a data table made from `tableCells(b)` with DocumentApp, in calls that do not grow
 * with its cells: black borders, column widths spread over `width`, Times New Roman. Cell
 * alignment, the bold header and total rows and the pinned header come in the Docs API batch
 * (print-properties.ts), for which `b` is listed in the PrintMarks.
 */
export function styleTable(table: Table, b: TableBlock, width: number = TEXT_WIDTH): void {
  table.setBorderWidth(1);
  table.setBorderColor('#000000');
  const weight = b.widths.reduce((n, x) => n + x, 0);
  b.widths.forEach((x, i) => table.setColumnWidth(i, (width * x) / weight));

  const A = DocumentApp.Attribute;
  const text: Attributes = {};
  text[A.FONT_FAMILY] = FONT;
  text[A.FONT_SIZE] = b.fontSize;
  text[A.FOREGROUND_COLOR] = '#000000';
  text[A.BOLD] = false;
  table.editAsText().setAttributes(text);
}

function renderTable(w: Writer, b: TableBlock): void {
  styleTable(w.table(tableCells(b)), b);
  w.marks.tables.push(b);
}

function renderChart(w: Writer, title: string, png: GoogleAppsScript.Base.BlobSource): void {
  const p = w.paragraph('', CENTRED(BODY_SIZE, { spacingBefore: 6 }));
  w.keepWithNext(); // the picture and its caption on one page
  const image = p.appendInlineImage(png);
  const width = image.getWidth();
  if (width > TEXT_WIDTH) {
    image.setHeight(Math.floor((image.getHeight() * TEXT_WIDTH) / width));
    image.setWidth(Math.floor(TEXT_WIDTH));
  }
  w.paragraph(title, CENTRED(13, { italic: true, spacingAfter: SPACING_AFTER }));
}

function renderBlock(w: Writer, b: Block, chartPng: GoogleAppsScript.Base.BlobSource | undefined): void {
  switch (b.kind) {
    case 'heading':
      // Section and sub-point headings sit at the paragraph indent, as in printed reports.
      w.paragraph(b.text, { ...BODY_STYLE, bold: true, italic: b.level === 3, spacingBefore: b.level === 1 ? 6 : 0 });
      w.keepWithNext();
      return;
    case 'paragraph':
      renderParagraph(w, b);
      // "… như sau:" introduces the table or list under it.
      if (/:\s*$/.test(b.spans.map((x) => x.text).join(''))) w.keepWithNext();
      return;
    case 'list':
      for (const item of b.items) w.spans([{ text: '- ' }, ...item], BODY_STYLE);
      return;
    case 'table':
      renderTable(w, b);
      return;
    case 'chart':
      // Without a picture (the chart could not be drawn) the table above carries the figures.
      if (chartPng) renderChart(w, b.title, chartPng);
      return;
  }
}

function renderSignature(w: Writer, model: ReportModel): void {
  const table = w.table([[model.recipients.label, model.signature.authority]]);
  w.unsplit(); // the signature block and "Nơi nhận" on one page
  borderless(table, SIGNATURE_WIDTHS);
  const left = { size: 11, align: 'LEFT' as const };
  fillCell(table.getCell(0, 0), [
    { text: model.recipients.label, style: { size: 12, align: 'LEFT', bold: true, italic: true } },
    ...model.recipients.lines.map((text) => ({ text, style: left })),
  ]);
  const right = [
    { text: model.signature.authority, style: CENTRED(14, { bold: true }) },
    { text: model.signature.title, style: CENTRED(14, { bold: true }) },
  ];
  for (let i = 0; i < SIGNATURE_BLANK_LINES; i++) right.push({ text: '', style: CENTRED(14) });
  right.push({ text: model.signature.name, style: CENTRED(14, { bold: true }) });
  fillCell(table.getCell(0, 1), right);
}

/**
 * Fills `doc` (a new document, or one to overwrite) with the report. `chartPng` is the bar
 * chart of sites per unit, drawn by the caller (Charts service); without it the chart is
 * left out. Returns what the Docs API batch sets once the document is saved.
 */
export function renderReport(
  doc: GoogleAppsScript.Document.Document,
  model: ReportModel,
  chartPng?: GoogleAppsScript.Base.BlobSource,
): PrintMarks {
  const body = doc.getBody();
  const A = DocumentApp.Attribute;
  const defaults: Attributes = {};
  // The document's own text default: what a paragraph the officer adds is written in.
  defaults[A.FONT_FAMILY] = FONT;
  defaults[A.FONT_SIZE] = BODY_SIZE;
  body
    .setPageWidth(PAGE.width)
    .setPageHeight(PAGE.height)
    .setMarginTop(PAGE.marginTop)
    .setMarginBottom(PAGE.marginBottom)
    .setMarginLeft(PAGE.marginLeft)
    .setMarginRight(PAGE.marginRight)
    .setAttributes(defaults);
  const w = new Writer(body);
  renderHeader(w, model);
  renderTitle(w, model);
  for (const p of model.opening) renderParagraph(w, p);
  for (const b of model.body) renderBlock(w, b, chartPng);
  renderParagraph(w, model.closing);
  w.keepWithNext();
  renderSignature(w, model);
  w.finish();
  return w.marks;
}
