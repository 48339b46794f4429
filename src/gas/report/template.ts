/**
 * Template mode: a copy of the user's template Doc, its `{{placeholders}}` replaced by the
 * report's values and its table placeholders (`{{bang_don_vi}}`, `{{bang_loai_mo_hinh}}`,
 * each alone in a paragraph) replaced by the tables. An unknown placeholder is left visible
 * and returned, so the user can be told; it never fails the report (report.md).
 */
import { REPORT_TEXT } from '../../core/messages/report';
import { TABLE_PLACEHOLDERS, type ReportModel, type TableBlock, type TableId } from '../../core/report';
import { styleTable, tableCells } from './render';

type Body = GoogleAppsScript.Document.Body;

export interface TemplateResult {
  /** Placeholder names found in the template that have no value (left as they are). */
  unknown: string[];
  /** Table placeholders that do not stand alone in a paragraph (left as they are). */
  misplaced: string[];
  /** Tables placed: the Docs API batch styles their cells once the document is saved. */
  tables: TableBlock[];
}

const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

/** Escapes a literal for a Docs search pattern (RE2 syntax). */
export function escapePattern(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Text replaceText may take as its replacement. Google documents the replacement only as
 * "the text to use"; whether `$1`/`\` in it are group references and escapes (Java's
 * replaceAll) or literal is unconfirmed (apps-script.md style), and either wrong guess would
 * corrupt a value like "$2.99" or "C:\tmp". Values without `$` or `\` read the same under
 * both readings; the others are written by deleteText/insertText instead (replaceLiterally).
 */
export function safeReplacement(text: string): boolean {
  return !/[$\\]/.test(text);
}

/** Replaces each match of `pattern` with `value` as plain text, whatever it contains. */
function replaceLiterally(body: Body, pattern: string, value: string): void {
  const hits: GoogleAppsScript.Document.RangeElement[] = [];
  for (let hit = body.findText(pattern); hit; hit = body.findText(pattern, hit)) hits.push(hit);
  // Last first: editing a Text element moves the offsets of later matches, not earlier ones.
  for (const hit of hits.reverse()) {
    const text = hit.getElement().asText();
    const start = hit.getStartOffset();
    text.deleteText(start, hit.getEndOffsetInclusive());
    if (value !== '') text.insertText(start, value);
  }
}

/** The search pattern of a placeholder, tolerating spaces inside the braces ("{{ so_diem }}"). */
export function placeholderPattern(name: string): string {
  return `\\{\\{\\s*${escapePattern(name)}\\s*\\}\\}`;
}

/** Distinct placeholder names in `text`, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER)) seen.add(m[1]);
  return [...seen];
}

function tableOf(model: ReportModel, id: TableId): TableBlock | null {
  for (const b of model.body) if (b.kind === 'table' && b.id === id) return b;
  return null;
}

/**
 * Puts the table (or, when the model has none, its "nothing to show" sentence) where each
 * standalone `{{name}}` paragraph is. Returns false when some occurrence was not alone.
 */
function placeTable(body: Body, name: string, table: TableBlock | null, emptyText: string, width: number): boolean {
  const pattern = placeholderPattern(name);
  // Collect first: inserting and removing while searching would invalidate the search range.
  const hits: GoogleAppsScript.Document.RangeElement[] = [];
  for (let hit = body.findText(pattern); hit; hit = body.findText(pattern, hit)) hits.push(hit);
  let allPlaced = true;
  for (const hit of hits) {
    const parent = hit.getElement().getParent();
    if (parent.getType() !== DocumentApp.ElementType.PARAGRAPH) {
      allPlaced = false;
      continue;
    }
    const paragraph = parent.asParagraph();
    const standalone = new RegExp(`^\\s*${pattern}\\s*$`);
    const container = paragraph.getParent();
    const type = container.getType();
    const isBody = type === DocumentApp.ElementType.BODY_SECTION;
    if (!standalone.test(paragraph.getText()) || (!isBody && type !== DocumentApp.ElementType.TABLE_CELL)) {
      allPlaced = false;
      continue;
    }
    if (!table) {
      paragraph.setText(emptyText);
      continue;
    }
    const index = container.getChildIndex(paragraph);
    const section = isBody ? container.asBody() : container.asTableCell();
    const inserted = section.insertTable(index, tableCells(table));
    styleTable(inserted, table, width);
    // The placeholder paragraph now follows the table; a section's last paragraph cannot be
    // removed (AS19), so the last one is emptied instead.
    if (index + 1 === container.getNumChildren() - 1) paragraph.setText('');
    else paragraph.removeFromParent();
  }
  return allPlaced;
}

/**
 * Fills a template's body. `values` are placeholder values (placeholderValues(model)),
 * possibly with additions of the caller's. Only placeholders present in the template cost a
 * Docs call; one getText() finds them.
 */
export function fillTemplate(body: Body, model: ReportModel, values: Record<string, string>): TemplateResult {
  const present = placeholdersIn(body.getText());
  const unknown: string[] = [];
  const misplaced: string[] = [];
  const placed: TableBlock[] = [];
  const tables: [string, TableId, string][] = [
    [TABLE_PLACEHOLDERS.units, 'units', REPORT_TEXT.noUnits],
    [TABLE_PLACEHOLDERS.types, 'types', REPORT_TEXT.noTypes],
  ];
  const tableNames = new Set(tables.map(([name]) => name));
  if (present.some((n) => tableNames.has(n))) {
    const width = body.getPageWidth() - body.getMarginLeft() - body.getMarginRight();
    for (const [name, id, emptyText] of tables) {
      if (!present.includes(name)) continue;
      const table = tableOf(model, id);
      if (!placeTable(body, name, table, emptyText, width)) misplaced.push(name);
      if (table) placed.push(table);
    }
  }
  for (const name of present) {
    if (tableNames.has(name)) continue;
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    if (value === undefined) {
      unknown.push(name);
      continue;
    }
    if (safeReplacement(value)) body.replaceText(placeholderPattern(name), value);
    else replaceLiterally(body, placeholderPattern(name), value);
  }
  return { unknown, misplaced, tables: placed };
}
