/**
 * What DocumentApp cannot set, through the Advanced Docs service (AS42) in two calls whatever
 * the report holds: `Docs.Documents.get` for the indices (UTF-16 code units), then one
 * `batchUpdate` that pins each data table's header row, keeps every table row whole on a page,
 * keeps headings with what follows, and styles the tables' cells (alignment, bold header and
 * total rows, spacing) — which DocumentApp would need several calls per cell for.
 *
 * Runs after `saveAndClose()`: the API sees the saved document.
 */
import type { TableBlock } from '../../core/report';

type Schema = GoogleAppsScript.Docs.Schema.Document;
type Element = GoogleAppsScript.Docs.Schema.StructuralElement;
type DocsTable = GoogleAppsScript.Docs.Schema.Table;
type Location = GoogleAppsScript.Docs.Schema.Location;
type Dimension = GoogleAppsScript.Docs.Schema.Dimension;

/**
 * Requests newer than @types/google-apps-script's Docs v1 typings
 * (developers.google.com/docs/api/reference/rest/v1/documents/request).
 */
export interface DocsRequest extends GoogleAppsScript.Docs.Schema.Request {
  pinTableHeaderRows?: { tableStartLocation: Location; pinnedHeaderRowsCount: number };
  updateTableRowStyle?: { tableStartLocation: Location; rowIndices?: number[]; tableRowStyle: { preventOverflow?: boolean }; fields: string };
  updateTableCellStyle?: {
    tableRange: { tableCellLocation: { tableStartLocation: Location; rowIndex: number; columnIndex: number }; rowSpan: number; columnSpan: number };
    tableCellStyle: { contentAlignment?: 'TOP' | 'MIDDLE' | 'BOTTOM'; paddingTop?: Dimension; paddingBottom?: Dimension };
    fields: string;
  };
}

export interface PrintMarks {
  /** Body child indices (DocumentApp) of paragraphs that stay on the page of the next block. */
  keepWithNext: number[];
  /** Body child indices of layout tables whose rows must not split (header, signature). */
  unsplit: number[];
  /** Data tables, found by their header row wherever they stand (template cells too). */
  tables: TableBlock[];
}

/** Data tables' cell padding above and below, in points (Docs' default 5 pt makes rows tall). */
const CELL_PADDING = 2;

const pt = (magnitude: number): Dimension => ({ magnitude, unit: 'PT' });

function cellRange(start: number, row: number, column: number, rowSpan: number, columnSpan: number) {
  return { tableCellLocation: { tableStartLocation: { index: start }, rowIndex: row, columnIndex: column }, rowSpan, columnSpan };
}

function cellText(cell: GoogleAppsScript.Docs.Schema.TableCell): string {
  return (cell.content ?? []).map((e) => (e.paragraph?.elements ?? []).map((x) => x.textRun?.content ?? '').join('')).join('').replace(/\n$/, '');
}

/** Every table in `content`, nested ones included, with its start index. */
function tablesIn(content: Element[]): { start: number; table: DocsTable }[] {
  const out: { start: number; table: DocsTable }[] = [];
  for (const e of content) {
    if (!e.table) continue;
    out.push({ start: e.startIndex ?? 0, table: e.table });
    for (const row of e.table.tableRows ?? []) for (const cell of row.tableCells ?? []) out.push(...tablesIn(cell.content ?? []));
  }
  return out;
}

function unsplitRequest(start: number): DocsRequest {
  return { updateTableRowStyle: { tableStartLocation: { index: start }, tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } };
}

/** A data table's requests: header pinned and centred, rows whole, numbers right, header and total bold. */
function tableRequests(start: number, table: DocsTable, b: TableBlock): DocsRequest[] {
  const numeric = new Set(b.numeric);
  const rows = table.tableRows ?? [];
  if (rows.length === 0) return [];
  const out: DocsRequest[] = [
    { pinTableHeaderRows: { tableStartLocation: { index: start }, pinnedHeaderRowsCount: 1 } },
    unsplitRequest(start),
    {
      updateTableCellStyle: {
        tableRange: cellRange(start, 0, 0, rows.length, b.header.length),
        tableCellStyle: { paddingTop: pt(CELL_PADDING), paddingBottom: pt(CELL_PADDING) },
        fields: 'paddingTop,paddingBottom',
      },
    },
    { updateTableCellStyle: { tableRange: cellRange(start, 0, 0, 1, b.header.length), tableCellStyle: { contentAlignment: 'MIDDLE' }, fields: 'contentAlignment' } },
  ];
  rows.forEach((row, r) => {
    const isHeader = r === 0;
    const isTotal = b.total !== null && r === rows.length - 1;
    (row.tableCells ?? []).forEach((cell, c) => {
      const content = cell.content ?? [];
      const range = { startIndex: content[0]?.startIndex ?? 0, endIndex: content[content.length - 1]?.endIndex ?? 0 };
      const alignment = isHeader ? 'CENTER' : numeric.has(c) ? 'END' : 'START';
      out.push({
        updateParagraphStyle: {
          range,
          paragraphStyle: { alignment, spaceAbove: pt(0), spaceBelow: pt(0), lineSpacing: 100 },
          fields: 'alignment,spaceAbove,spaceBelow,lineSpacing',
        },
      });
      if ((isHeader || isTotal) && cellText(cell) !== '') {
        out.push({ updateTextStyle: { range: { startIndex: range.startIndex, endIndex: range.endIndex - 1 }, textStyle: { bold: true }, fields: 'bold' } });
      }
    });
  });
  return out;
}

/** The batch for a saved document (pure: the Docs.Documents.get answer in, requests out). */
export function printRequests(doc: Schema, marks: PrintMarks): DocsRequest[] {
  const content = doc.body?.content ?? [];
  // content[0] is the section break; DocumentApp's body child i is content[i + 1].
  const at = (child: number): Element | undefined => content[child + 1];
  const out: DocsRequest[] = [];
  for (const child of marks.keepWithNext) {
    const e = at(child);
    if (e?.paragraph && e.startIndex !== undefined && e.endIndex !== undefined) {
      out.push({ updateParagraphStyle: { range: { startIndex: e.startIndex, endIndex: e.endIndex }, paragraphStyle: { keepWithNext: true, keepLinesTogether: true }, fields: 'keepWithNext,keepLinesTogether' } });
    }
  }
  for (const child of marks.unsplit) {
    const e = at(child);
    if (e?.table && e.startIndex !== undefined) out.push(unsplitRequest(e.startIndex));
  }
  const found = tablesIn(content);
  for (const b of marks.tables) {
    for (const t of found) {
      const header = (t.table.tableRows?.[0]?.tableCells ?? []).map(cellText);
      if (header.length === b.header.length && header.every((h, i) => h === b.header[i])) out.push(...tableRequests(t.start, t.table, b));
    }
  }
  return out;
}

/**
 * Applies the print properties to a saved document. Returns false when the Advanced Docs
 * service is not enabled in this project (the caller warns; the report is still made).
 */
export function applyPrintProperties(documentId: string, marks: PrintMarks): boolean {
  if (typeof Docs === 'undefined' || !Docs) return false;
  const requests = printRequests(Docs.Documents.get(documentId), marks);
  if (requests.length > 0) Docs.Documents.batchUpdate({ requests }, documentId);
  return true;
}
