/**
 * The Advanced Docs service, v1 (`Docs.Documents.get` / `batchUpdate`, scope `documents`;
 * apps-script.md AS42): what DocumentApp cannot do — pinned table header rows, rows that do not
 * split, paragraphs kept with the next — plus the styling requests the report sends in bulk.
 *
 * Indices are UTF-16 code units over the body, as the Docs API counts them: the section break
 * takes [0, 1); a paragraph its characters (an inline image, rule or page break counts 1) and
 * its closing '\n'; a table one index where it starts, each row and each cell one more before
 * their content, and one after its last row. Requests are validated against the Docs API
 * request types (developers.google.com/docs/api/reference/rest/v1/documents/request) before any
 * is applied, so a bad batch changes nothing; a bad index fails with the API's 400 text.
 * Only the requests and fields the add-on sends are emulated; anything else is refused loudly.
 *
 * Emulator guess, kept strict (unconfirmed): the API works on the saved document, so a Doc with
 * DocumentApp changes not yet saved (`saveAndClose`) is refused rather than silently out of date.
 */
import type { Api } from './element';
import { GoogleJsonResponseException } from '../drive/advanced-drive';
import type { DriveStore } from '../drive/store';
import type { Document } from './document';
import { Body, InlineImage, ParagraphBase, Table, TableCell, TableRow, type Block } from './elements';
import type { AlignmentName } from './enums';
import { Text } from './text';
import { mapRuns } from './style-runs';

type DocumentsCollection = GoogleAppsScript.Docs.Collection.DocumentsCollection;
type Json = Record<string, unknown>;

/** One paragraph's place: [start, end) with its '\n'. */
interface ParagraphSpan {
  start: number;
  end: number;
  paragraph: ParagraphBase;
}

interface TableSpan {
  start: number;
  end: number;
  table: Table;
  cells: { row: number; column: number; start: number; end: number; cell: TableCell }[];
}

interface IndexMap {
  /** The index after the body's last character (the segment's end). */
  end: number;
  paragraphs: ParagraphSpan[];
  tables: TableSpan[];
  content: Json[];
}

function inlineLength(p: ParagraphBase): number {
  return p.children.reduce((n, c) => n + (c instanceof Text ? c.chars.length : 1), 0);
}

const ALIGNMENT_OUT: Record<AlignmentName, string> = { LEFT: 'START', CENTER: 'CENTER', RIGHT: 'END', JUSTIFY: 'JUSTIFIED' };
const ALIGNMENT_IN: Record<string, AlignmentName> = { START: 'LEFT', CENTER: 'CENTER', END: 'RIGHT', JUSTIFIED: 'JUSTIFY' };
const CONTENT_ALIGNMENT: Record<string, 'TOP' | 'CENTER' | 'BOTTOM'> = { TOP: 'TOP', MIDDLE: 'CENTER', BOTTOM: 'BOTTOM' };

/** Walks a section's blocks from `at`, recording every paragraph and table with its indices. */
function walk(blocks: Block[], at: number, map: IndexMap): { at: number; content: Json[] } {
  const content: Json[] = [];
  for (const b of blocks) {
    if (b instanceof Table) {
      const start = at;
      const span: TableSpan = { start, end: start, table: b, cells: [] };
      map.tables.push(span);
      at += 1;
      const rows: Json[] = [];
      b.rows.forEach((row: TableRow, r) => {
        const rowStart = at;
        at += 1;
        const cells: Json[] = [];
        row.cells.forEach((cell, c) => {
          const cellStart = at;
          const inner = walk(cell.blocks, at + 1, map);
          at = inner.at;
          span.cells.push({ row: r, column: c, start: cellStart, end: at, cell });
          cells.push({ startIndex: cellStart, endIndex: at, content: inner.content, tableCellStyle: { contentAlignment: cell.verticalAlignment === 'CENTER' ? 'MIDDLE' : cell.verticalAlignment ?? 'TOP' } });
        });
        rows.push({ startIndex: rowStart, endIndex: at, tableCells: cells, tableRowStyle: { preventOverflow: row.preventOverflow, tableHeader: r < b.pinnedHeaderRows } });
      });
      at += 1;
      span.end = at;
      const columns = Math.max(0, ...b.rows.map((r) => r.cells.length));
      content.push({ startIndex: start, endIndex: at, table: { rows: b.rows.length, columns, tableRows: rows } });
    } else {
      const start = at;
      at += inlineLength(b) + 1;
      map.paragraphs.push({ start, end: at, paragraph: b });
      const text = b.children.map((c) => (c instanceof Text ? c.chars : c instanceof InlineImage ? '\uE907' : '\uE000')).join('');
      const style: Json = { namedStyleType: 'NORMAL_TEXT', keepWithNext: b.style.keepWithNext === true, keepLinesTogether: b.style.keepLinesTogether === true };
      if (b.style.alignment) style.alignment = ALIGNMENT_OUT[b.style.alignment];
      content.push({ startIndex: start, endIndex: at, paragraph: { elements: [{ startIndex: start, endIndex: at, textRun: { content: `${text}\n` } }], paragraphStyle: style } });
    }
  }
  return { at, content };
}

export function indexBody(body: Body): IndexMap {
  const map: IndexMap = { end: 1, paragraphs: [], tables: [], content: [] };
  const out = walk(body.blocks, 1, map);
  map.end = out.at;
  map.content = [{ endIndex: 1, sectionBreak: { sectionStyle: { sectionType: 'CONTINUOUS' } } }, ...out.content];
  return map;
}

/** A 400 from the API, as Apps Script reports it. */
function badRequest(detail: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(`API call to docs.documents.batchUpdate failed with error: ${detail}`);
}

function fieldsOf(where: string, fields: unknown, known: readonly string[]): string[] {
  const list = typeof fields === 'string' ? fields.split(',').map((f) => f.trim()).filter(Boolean) : [];
  if (list.length === 0) throw badRequest(`Invalid ${where}: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)`);
  for (const f of list) {
    if (f === '*') throw new Error(`Emulator: ${where} fields '*' is not emulated; name the fields`);
    if (!known.includes(f)) throw new Error(`Emulator: ${where} field "${f}" is not emulated`);
  }
  return list;
}

function pt(where: string, d: unknown): number {
  const dim = d as { magnitude?: unknown; unit?: unknown } | undefined;
  if (!dim || typeof dim.magnitude !== 'number' || dim.unit !== 'PT') throw badRequest(`Invalid ${where}: a Dimension needs a magnitude and unit PT.`);
  return dim.magnitude;
}

type Change = () => void;

/** Validates one request against the document and returns how to apply it. */
class RequestCheck {
  constructor(private readonly map: IndexMap) {}

  private range(where: string, r: unknown): { start: number; end: number } {
    const range = r as { startIndex?: unknown; endIndex?: unknown; segmentId?: unknown } | undefined;
    if (!range || typeof range.startIndex !== 'number' || typeof range.endIndex !== 'number') throw badRequest(`Invalid ${where}: The range must have a start index and an end index.`);
    if (range.segmentId) throw new Error(`Emulator: ${where}: segments other than the body are not emulated`);
    const { startIndex: start, endIndex: end } = range as { startIndex: number; endIndex: number };
    if (start < 1) throw badRequest(`Invalid ${where}: Index ${start} must be greater than or equal to 1.`);
    if (end <= start) throw badRequest(`Invalid ${where}: The range should not be empty.`);
    if (end > this.map.end) throw badRequest(`Invalid ${where}: Index ${end - 1} must be less than the end index of the referenced segment, ${this.map.end}.`);
    return { start, end };
  }

  private table(where: string, location: unknown): TableSpan {
    const index = (location as { index?: unknown } | undefined)?.index;
    if (typeof index !== 'number') throw badRequest(`Invalid ${where}: The table start location must have an index.`);
    if (index >= this.map.end) throw badRequest(`Invalid ${where}: Index ${index} must be less than the end index of the referenced segment, ${this.map.end}.`);
    const span = this.map.tables.find((t) => t.start === index);
    if (!span) throw badRequest(`Invalid ${where}: The provided table start location is invalid.`);
    return span;
  }

  private paragraphsIn(start: number, end: number): ParagraphSpan[] {
    return this.map.paragraphs.filter((p) => p.start < end && p.end > start);
  }

  updateParagraphStyle(where: string, req: Json): Change {
    const { start, end } = this.range(where, req.range);
    const fields = fieldsOf(where, req.fields, ['alignment', 'keepWithNext', 'keepLinesTogether', 'spaceAbove', 'spaceBelow', 'lineSpacing']);
    const style = (req.paragraphStyle ?? {}) as Json;
    const patch: Partial<ParagraphBase['style']> = {};
    for (const f of fields) {
      const v = style[f];
      if (f === 'alignment') {
        if (typeof v !== 'string' || !ALIGNMENT_IN[v]) throw badRequest(`Invalid value at '${where}.paragraph_style.alignment' (type.googleapis.com/google.apps.docs.v1.ParagraphStyle.Alignment), "${String(v)}"`);
        patch.alignment = ALIGNMENT_IN[v];
      } else if (f === 'keepWithNext' || f === 'keepLinesTogether') patch[f] = v === true;
      else if (f === 'spaceAbove') patch.spacingBefore = pt(where, v);
      else if (f === 'spaceBelow') patch.spacingAfter = pt(where, v);
      else if (typeof v !== 'number') throw badRequest(`Invalid ${where}: lineSpacing must be a number.`);
      else patch.lineSpacing = v / 100; // the API counts percent, DocumentApp a multiplier
    }
    const targets = this.paragraphsIn(start, end);
    return () => targets.forEach((p) => Object.assign(p.paragraph.style, patch));
  }

  updateTextStyle(where: string, req: Json): Change {
    const { start, end } = this.range(where, req.range);
    const fields = fieldsOf(where, req.fields, ['bold', 'italic']);
    const style = (req.textStyle ?? {}) as Json;
    const patch: Record<string, boolean> = {};
    for (const f of fields) patch[f === 'bold' ? 'BOLD' : 'ITALIC'] = style[f] === true;
    const targets = this.paragraphsIn(start, end);
    return () => {
      for (const p of targets) {
        let at = p.start;
        for (const c of p.paragraph.children) {
          if (!(c instanceof Text)) {
            at += 1;
            continue;
          }
          c.runs = mapRuns(c.runs, (s) => ({ ...s, ...patch }), start - at, end - at);
          at += c.chars.length;
        }
      }
    };
  }

  updateTableCellStyle(where: string, req: Json): Change {
    const tableRange = req.tableRange as { tableCellLocation?: Json; rowSpan?: unknown; columnSpan?: unknown } | undefined;
    const location = tableRange?.tableCellLocation ?? (req.tableStartLocation ? { tableStartLocation: req.tableStartLocation, rowIndex: 0, columnIndex: 0 } : undefined);
    const span = this.table(where, location?.tableStartLocation);
    const rows = span.table.rows.length;
    const columns = Math.max(0, ...span.table.rows.map((r) => r.cells.length));
    const r0 = Number(location?.rowIndex ?? 0);
    const c0 = Number(location?.columnIndex ?? 0);
    const rowSpan = tableRange ? Number(tableRange.rowSpan) : rows;
    const columnSpan = tableRange ? Number(tableRange.columnSpan) : columns;
    if (!(rowSpan >= 1 && columnSpan >= 1 && r0 >= 0 && c0 >= 0 && r0 + rowSpan <= rows && c0 + columnSpan <= columns)) {
      throw badRequest(`Invalid ${where}: The table range is out of bounds of the table.`);
    }
    const fields = fieldsOf(where, req.fields, ['contentAlignment', 'paddingTop', 'paddingBottom', 'paddingLeft', 'paddingRight']);
    const style = (req.tableCellStyle ?? {}) as Json;
    const value = style.contentAlignment;
    if (fields.includes('contentAlignment') && (typeof value !== 'string' || !CONTENT_ALIGNMENT[value])) {
      throw badRequest(`Invalid value at '${where}.table_cell_style.content_alignment', "${String(value)}"`);
    }
    const padding = fields.filter((f) => f.startsWith('padding')).map((f) => [f.slice(7).toLowerCase() as 'top' | 'bottom' | 'left' | 'right', pt(where, style[f])] as const);
    const cells = span.cells.filter((c) => c.row >= r0 && c.row < r0 + rowSpan && c.column >= c0 && c.column < c0 + columnSpan);
    return () => cells.forEach((c) => {
      if (fields.includes('contentAlignment')) c.cell.verticalAlignment = CONTENT_ALIGNMENT[value as string];
      for (const [side, v] of padding) c.cell.padding[side] = v;
    });
  }

  updateTableRowStyle(where: string, req: Json): Change {
    const span = this.table(where, req.tableStartLocation);
    const fields = fieldsOf(where, req.fields, ['preventOverflow']);
    const indices = Array.isArray(req.rowIndices) && req.rowIndices.length > 0 ? req.rowIndices : span.table.rows.map((_, i) => i);
    for (const i of indices) {
      if (typeof i !== 'number' || i < 0 || i >= span.table.rows.length) throw badRequest(`Invalid ${where}: Row index ${String(i)} is out of bounds of the table.`);
    }
    const value = ((req.tableRowStyle ?? {}) as Json).preventOverflow === true;
    return () => {
      if (fields.includes('preventOverflow')) for (const i of indices as number[]) span.table.rows[i].preventOverflow = value;
    };
  }

  pinTableHeaderRows(where: string, req: Json): Change {
    const span = this.table(where, req.tableStartLocation);
    const n = req.pinnedHeaderRowsCount;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > span.table.rows.length) {
      throw badRequest(`Invalid ${where}: The number of pinned header rows must be between 0 and the number of rows in the table.`);
    }
    return () => (span.table.pinnedHeaderRows = n);
  }
}

const REQUEST_TYPES = ['updateParagraphStyle', 'updateTextStyle', 'updateTableCellStyle', 'updateTableRowStyle', 'pinTableHeaderRows'] as const;

export class DocsDocumentsApi implements Api<DocumentsCollection, 'get' | 'batchUpdate'> {
  static readonly serviceName = 'Docs.Documents';

  toString(): string {
    return DOCS_IDENTIFIER;
  }

  constructor(private readonly store: DriveStore) {}

  /** The `documents` scope is checked at the boundary (services/auth.ts). */
  private document(method: string, id: string): Document {
    const record = this.store.get(String(id));
    if (!record || record.trashed || record.content.kind !== 'document') {
      throw new GoogleJsonResponseException(`API call to docs.documents.${method} failed with error: Requested entity was not found.`);
    }
    const doc = record.content.document as Document;
    if (doc.edited) throw new Error(`Emulator: Docs.Documents.${method} on a document with unsaved DocumentApp changes: saveAndClose() it first`);
    return doc;
  }

  get(documentId: string, _optionalArgs?: object): GoogleAppsScript.Docs.Schema.Document {
    const doc = this.document('get', documentId);
    return { documentId: doc.getId(), title: doc.getName(), body: { content: indexBody(doc.body).content } } as GoogleAppsScript.Docs.Schema.Document;
  }

  batchUpdate(resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId: string): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    const doc = this.document('batchUpdate', documentId);
    const requests = (resource?.requests ?? []) as Json[];
    if (requests.length === 0) throw badRequest('Invalid requests: must specify at least one request.');
    const check = new RequestCheck(indexBody(doc.body));
    const changes = requests.map((request, i) => {
      const kinds = Object.keys(request ?? {});
      if (kinds.length !== 1) throw badRequest(`Invalid requests[${i}]: exactly one kind of request must be set, found ${kinds.length}.`);
      const kind = kinds[0];
      if (!(REQUEST_TYPES as readonly string[]).includes(kind)) throw new Error(`Emulator: requests[${i}].${kind} is not emulated`);
      return check[kind as (typeof REQUEST_TYPES)[number]](`requests[${i}].${kind}`, request[kind] as Json);
    });
    for (const apply of changes) apply();
    doc.serverChanged();
    return { documentId: doc.getId(), replies: requests.map(() => ({})), writeControl: {} } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;
  }
}

/** What `String(Docs)` and `String(Docs.Documents)` give on Apps Script (AS46). */
export const DOCS_IDENTIFIER = 'AdvancedServiceIdentifier{name=docs, version=v1}';

/** The `Docs` global (advanced service, enabled in appsscript.json). */
export class AdvancedDocs {
  static readonly serviceName = 'Docs';
  readonly Documents: DocsDocumentsApi;

  constructor(store: DriveStore) {
    this.Documents = new DocsDocumentsApi(store);
  }

  /** AS46: an advanced service prints as its identifier. */
  toString(): string {
    return DOCS_IDENTIFIER;
  }
}
