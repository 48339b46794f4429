/**
 * The document tree: sections (body, header, footer, table cell) hold paragraphs, list items
 * and tables; paragraphs hold text, inline images, horizontal rules and page breaks.
 * Reproduced Docs rules: a new section holds one empty paragraph; appending a table at the
 * end adds an empty paragraph after it; a section's last paragraph cannot be removed (AS19);
 * a closed document refuses edits (AS21).
 */
import { blobBytes, Blob } from '../services/blob';
import { gasError } from '../runtime/errors';
import { Element, type Api, type DocState, type ParentElement } from './element';
import type { AlignmentName, GlyphTypeName, HeadingName, VerticalAlignmentName } from './enums';
import type { RangeElement } from './range';
import { applyPatch, findInTexts, Text, textPatch, TEXT_KEYS, type Attributes, type TextStyle } from './text';
import { mapRuns } from './style-runs';

type D = typeof GoogleAppsScript.Document;
type G = GoogleAppsScript.Document.Element;

export const LAST_PARAGRAPH_MESSAGE = "Can't remove the last paragraph in a document section.";
const DETACHED_MESSAGE = 'Element must be detached.';

/** Apps Script's message for arguments that match no overload (format as in real logs). */
function signatureError(method: string, types: string): Error {
  return gasError(`The parameters (${types}) don't match the method signature for ${method}.`);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `${value.length > 0 ? describe(value[0]) : 'Object'}[]`;
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  return 'Object';
}

abstract class Container extends Element implements ParentElement {
  readonly children: Element[] = [];
  /** Text attributes set on this container, inherited by its text (and by text added later). */
  textDefaults: TextStyle = {};

  defaultTextStyle(): TextStyle {
    const above = this.parent instanceof Container ? this.parent.defaultTextStyle() : {};
    return { ...above, ...this.textDefaults };
  }

  detachChild(child: Element): void {
    const i = this.children.indexOf(child);
    if (i >= 0) this.children.splice(i, 1);
    child.parent = null;
  }

  /** Puts a detached element at `index` (Docs refuses an element that already has a parent). */
  protected adopt<T extends Element>(child: T, index: number = this.children.length): T {
    if (child.parent) throw gasError(DETACHED_MESSAGE);
    if (!Number.isInteger(index) || index < 0 || index > this.children.length) {
      throw gasError(`Child index (${index}) must be less than or equal to the number of child elements (${this.children.length}).`);
    }
    this.children.splice(index, 0, child);
    child.parent = this;
    return child;
  }

  getChild(childIndex: number): G {
    const child = this.children[childIndex];
    if (!child) throw gasError(`Child index (${childIndex}) must be less than the number of child elements (${this.children.length}).`);
    return child as unknown as G;
  }

  getChildIndex(child: G): number {
    const i = this.children.indexOf(child as unknown as Element);
    if (i < 0) throw gasError('Element does not contain the specified child element.');
    return i;
  }

  getNumChildren(): number {
    return this.children.length;
  }

  removeChild(child: G): this {
    this.edit();
    const el = child as unknown as Element;
    if (!this.children.includes(el)) throw gasError('Element does not contain the specified child element.');
    this.detachChild(el);
    return this;
  }

  /** Every Text under this element, in document order. */
  texts(): Text[] {
    const out: Text[] = [];
    for (const c of this.children) {
      if (c instanceof Text) out.push(c);
      else if (c instanceof Container) out.push(...c.texts());
    }
    return out;
  }

  abstract getText(): string;

  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null): GoogleAppsScript.Document.RangeElement {
    return findInTexts(this.texts(), searchPattern, from) as unknown as GoogleAppsScript.Document.RangeElement;
  }

  replaceText(searchPattern: string, replacement: string): G {
    this.edit();
    const view = this.editAsText() as unknown as Text;
    view.replaceText(searchPattern, replacement);
    return this as unknown as G;
  }

  /** Applies text attributes to all text inside and keeps them for text added later. */
  protected applyTextAttributes(attributes: Attributes): void {
    const patch = textPatch(attributes);
    if (Object.keys(patch).length === 0) return;
    this.textDefaults = applyPatch(this.textDefaults, patch);
    for (const t of this.texts()) t.runs = mapRuns(t.runs, (s) => applyPatch(s, patch));
  }

  protected textAttributes(): Attributes {
    return Object.fromEntries(TEXT_KEYS.map((k) => [k, this.textDefaults[k] ?? null]));
  }

  abstract editAsText(): GoogleAppsScript.Document.Text;
}

// ---------------------------------------------------------------------------------------------
// Inline elements

export class InlineImage extends Element implements Api<GoogleAppsScript.Document.InlineImage,
  'getBlob' | 'getAs' | 'getWidth' | 'getHeight' | 'setWidth' | 'setHeight' | 'getAltTitle' | 'setAltTitle' |
  'getAltDescription' | 'setAltDescription' | 'getLinkUrl' | 'setLinkUrl' | 'getAttributes' | 'setAttributes'> {
  static readonly serviceName = 'InlineImage';
  readonly elementType = 'INLINE_IMAGE' as const;
  altTitle = '';
  altDescription = '';
  linkUrl: string | null = null;

  constructor(readonly bytes: Uint8Array, readonly contentType: string, public width: number, public height: number) {
    super();
  }

  static fromBlob(source: GoogleAppsScript.Base.BlobSource): InlineImage {
    const bytes = blobBytes(source);
    const size = imageSize(bytes) ?? { width: 100, height: 100 };
    return new InlineImage(bytes, source.getBlob().getContentType() ?? 'image/png', size.width, size.height);
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    return new Blob(this.bytes.slice(), this.contentType, null);
  }

  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    return new Blob(this.bytes.slice(), this.contentType, null).getAs(contentType);
  }

  getWidth(): number { return this.width; }
  getHeight(): number { return this.height; }
  setWidth(width: number): this { this.edit(); this.width = width; return this; }
  setHeight(height: number): this { this.edit(); this.height = height; return this; }
  getAltTitle(): string { return this.altTitle; }
  setAltTitle(title: string): this { this.edit(); this.altTitle = title; return this; }
  getAltDescription(): string { return this.altDescription; }
  setAltDescription(d: string): this { this.edit(); this.altDescription = d; return this; }
  getLinkUrl(): string { return this.linkUrl as string; }
  setLinkUrl(url: string): this { this.edit(); this.linkUrl = url; return this; }

  getAttributes(): Attributes {
    return { WIDTH: this.width, HEIGHT: this.height, LINK_URL: this.linkUrl };
  }

  setAttributes(attributes: Attributes): this {
    this.edit();
    if (typeof attributes.WIDTH === 'number') this.width = attributes.WIDTH;
    if (typeof attributes.HEIGHT === 'number') this.height = attributes.HEIGHT;
    if ('LINK_URL' in attributes) this.linkUrl = (attributes.LINK_URL as string | null) ?? null;
    return this;
  }

  copy(): InlineImage {
    const c = new InlineImage(this.bytes, this.contentType, this.width, this.height);
    c.altTitle = this.altTitle;
    c.altDescription = this.altDescription;
    c.linkUrl = this.linkUrl;
    return c;
  }
}

/** Pixel size from a PNG's IHDR chunk or a JPEG's SOF marker; null for other formats. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length > 24 && bytes[0] === 0x89 && bytes[1] === 0x50) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return null;
      const marker = bytes[i + 1];
      const len = view.getUint16(i + 2);
      if (marker >= 0xc0 && marker <= 0xc3) return { width: view.getUint16(i + 7), height: view.getUint16(i + 5) };
      i += 2 + len;
    }
  }
  return null;
}

export class HorizontalRule extends Element implements Api<GoogleAppsScript.Document.HorizontalRule, 'getAttributes' | 'setAttributes'> {
  static readonly serviceName = 'HorizontalRule';
  readonly elementType = 'HORIZONTAL_RULE' as const;
  getAttributes(): Attributes { return {}; }
  setAttributes(_attributes: Attributes): this { this.edit(); return this; }
  copy(): HorizontalRule { return new HorizontalRule(); }
}

export class PageBreak extends Element implements Api<GoogleAppsScript.Document.PageBreak, 'getAttributes' | 'setAttributes'> {
  static readonly serviceName = 'PageBreak';
  readonly elementType = 'PAGE_BREAK' as const;
  getAttributes(): Attributes { return {}; }
  setAttributes(_attributes: Attributes): this { this.edit(); return this; }
  copy(): PageBreak { return new PageBreak(); }
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

/** Paragraph attributes in points (indents, spacing) and Docs' enum names; absent = inherit. */
export interface ParagraphStyle {
  heading?: HeadingName;
  alignment?: AlignmentName;
  indentFirstLine?: number;
  indentStart?: number;
  indentEnd?: number;
  spacingBefore?: number;
  spacingAfter?: number;
  lineSpacing?: number;
  leftToRight?: boolean;
  /** Docs API only (AS42): DocumentApp has no attribute for these. */
  keepWithNext?: boolean;
  keepLinesTogether?: boolean;
}

const PARAGRAPH_KEYS: Record<string, keyof ParagraphStyle> = {
  HEADING: 'heading', HORIZONTAL_ALIGNMENT: 'alignment', INDENT_FIRST_LINE: 'indentFirstLine',
  INDENT_START: 'indentStart', INDENT_END: 'indentEnd', SPACING_BEFORE: 'spacingBefore',
  SPACING_AFTER: 'spacingAfter', LINE_SPACING: 'lineSpacing', LEFT_TO_RIGHT: 'leftToRight',
};

type Inline = Text | InlineImage | HorizontalRule | PageBreak;

type ParagraphApi =
  | 'appendText' | 'insertText' | 'setText' | 'getText' | 'editAsText' | 'appendInlineImage'
  | 'insertInlineImage' | 'appendHorizontalRule' | 'insertHorizontalRule' | 'appendPageBreak'
  | 'insertPageBreak' | 'setHeading' | 'getHeading' | 'setAlignment' | 'getAlignment' | 'setIndentFirstLine'
  | 'getIndentFirstLine' | 'setIndentStart' | 'getIndentStart' | 'setIndentEnd' | 'getIndentEnd'
  | 'setSpacingBefore' | 'getSpacingBefore' | 'setSpacingAfter' | 'getSpacingAfter' | 'setLineSpacing'
  | 'getLineSpacing' | 'setLeftToRight' | 'isLeftToRight' | 'setAttributes' | 'getAttributes' | 'clear'
  | 'getChild' | 'getChildIndex' | 'getNumChildren' | 'removeChild' | 'findText' | 'replaceText' | 'copy'
  | 'getNextSibling' | 'getPreviousSibling' | 'getParent' | 'removeFromParent' | 'getType'
  | 'isAtDocumentEnd';

abstract class ParagraphBase extends Container {
  style: ParagraphStyle = {};

  get inlines(): Inline[] {
    return this.children as Inline[];
  }

  getText(): string {
    return this.children.map((c) => (c instanceof Text ? c.chars : '')).join('');
  }

  /** New text continues the style of the text before it (as typing at the end does; unconfirmed for appendText). */
  private newText(text: string, index: number): Text {
    const before = this.children.slice(0, index).filter((c): c is Text => c instanceof Text).pop();
    const style = before?.runs[before.runs.length - 1]?.style ?? {};
    return this.adopt(new Text(text, style), index);
  }

  appendText(text: string | GoogleAppsScript.Document.Text): GoogleAppsScript.Document.Text {
    this.edit();
    const t = typeof text === 'string' ? this.newText(text, this.children.length) : this.adopt(text as unknown as Text);
    return t as unknown as GoogleAppsScript.Document.Text;
  }

  insertText(childIndex: number, text: string | GoogleAppsScript.Document.Text): GoogleAppsScript.Document.Text {
    this.edit();
    const t = typeof text === 'string' ? this.newText(text, childIndex) : this.adopt(text as unknown as Text, childIndex);
    return t as unknown as GoogleAppsScript.Document.Text;
  }

  setText(text: string): void {
    this.edit();
    const first = this.children.find((c): c is Text => c instanceof Text);
    const style = first?.runs[0]?.style ?? {};
    for (const c of this.children.slice()) this.detachChild(c);
    if (String(text).length > 0) this.adopt(new Text(String(text), style));
  }

  editAsText(): GoogleAppsScript.Document.Text {
    const view = new Text('', {}, {
      owner: this,
      segments: () => this.children.filter((c): c is Text => c instanceof Text),
      create: () => this.adopt(new Text('', {})),
    });
    return view as unknown as GoogleAppsScript.Document.Text;
  }

  appendInlineImage(image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage): GoogleAppsScript.Document.InlineImage {
    return this.insertInlineImage(this.children.length, image);
  }

  insertInlineImage(childIndex: number, image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage): GoogleAppsScript.Document.InlineImage {
    this.edit();
    const el = image instanceof InlineImage ? image : InlineImage.fromBlob(image as GoogleAppsScript.Base.BlobSource);
    return this.adopt(el, childIndex) as unknown as GoogleAppsScript.Document.InlineImage;
  }

  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return this.insertHorizontalRule(this.children.length);
  }

  insertHorizontalRule(childIndex: number): GoogleAppsScript.Document.HorizontalRule {
    this.edit();
    return this.adopt(new HorizontalRule(), childIndex) as unknown as GoogleAppsScript.Document.HorizontalRule;
  }

  appendPageBreak(pageBreak?: GoogleAppsScript.Document.PageBreak | null): GoogleAppsScript.Document.PageBreak {
    return this.insertPageBreak(this.children.length, pageBreak);
  }

  insertPageBreak(childIndex: number, pageBreak?: GoogleAppsScript.Document.PageBreak | null): GoogleAppsScript.Document.PageBreak {
    this.edit();
    const el = pageBreak ? (pageBreak as unknown as PageBreak) : new PageBreak();
    return this.adopt(el, childIndex) as unknown as GoogleAppsScript.Document.PageBreak;
  }

  private setStyle<K extends keyof ParagraphStyle>(key: K, value: ParagraphStyle[K]): this {
    this.edit();
    if (value === null || value === undefined) delete this.style[key];
    else this.style[key] = (key === 'heading' || key === 'alignment' ? String(value) : value) as ParagraphStyle[K];
    return this;
  }

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): this { return this.setStyle('heading', heading as unknown as HeadingName); }
  getHeading(): GoogleAppsScript.Document.ParagraphHeading { return (this.style.heading ?? 'NORMAL') as unknown as GoogleAppsScript.Document.ParagraphHeading; }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): this { return this.setStyle('alignment', alignment as unknown as AlignmentName); }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment { return (this.style.alignment ?? null) as unknown as GoogleAppsScript.Document.HorizontalAlignment; }
  setIndentFirstLine(v: number): this { return this.setStyle('indentFirstLine', v); }
  getIndentFirstLine(): number { return this.style.indentFirstLine ?? (null as unknown as number); }
  setIndentStart(v: number): this { return this.setStyle('indentStart', v); }
  getIndentStart(): number { return this.style.indentStart ?? (null as unknown as number); }
  setIndentEnd(v: number): this { return this.setStyle('indentEnd', v); }
  getIndentEnd(): number { return this.style.indentEnd ?? (null as unknown as number); }
  setSpacingBefore(v: number): this { return this.setStyle('spacingBefore', v); }
  getSpacingBefore(): number { return this.style.spacingBefore ?? (null as unknown as number); }
  setSpacingAfter(v: number): this { return this.setStyle('spacingAfter', v); }
  getSpacingAfter(): number { return this.style.spacingAfter ?? (null as unknown as number); }
  setLineSpacing(multiplier: number): this { return this.setStyle('lineSpacing', multiplier); }
  getLineSpacing(): number { return this.style.lineSpacing ?? (null as unknown as number); }
  setLeftToRight(v: boolean): this { return this.setStyle('leftToRight', v); }
  isLeftToRight(): boolean { return this.style.leftToRight ?? (null as unknown as boolean); }

  setAttributes(attributes: Attributes): this {
    this.edit();
    for (const [attr, key] of Object.entries(PARAGRAPH_KEYS)) {
      if (attr in attributes) this.setStyle(key, attributes[attr] as never);
    }
    this.applyTextAttributes(attributes);
    return this;
  }

  getAttributes(): Attributes {
    const out: Attributes = this.textAttributes();
    for (const [attr, key] of Object.entries(PARAGRAPH_KEYS)) out[attr] = this.style[key] ?? null;
    return out;
  }

  clear(): this {
    this.edit();
    for (const c of this.children.slice()) this.detachChild(c);
    return this;
  }

  protected copyInto<T extends ParagraphBase>(target: T): T {
    target.style = { ...this.style };
    target.textDefaults = { ...this.textDefaults };
    for (const c of this.children) (target as ParagraphBase).adopt(c.copy());
    return target;
  }
}

export class Paragraph extends ParagraphBase implements Api<GoogleAppsScript.Document.Paragraph, ParagraphApi> {
  static readonly serviceName = 'Paragraph';
  readonly elementType = 'PARAGRAPH' as const;

  copy(): Paragraph {
    return this.copyInto(new Paragraph());
  }
}

export class ListItem extends ParagraphBase implements Api<GoogleAppsScript.Document.ListItem,
  ParagraphApi | 'setGlyphType' | 'getGlyphType' | 'setNestingLevel' | 'getNestingLevel' | 'getListId' | 'setListId'> {
  static readonly serviceName = 'ListItem';
  readonly elementType = 'LIST_ITEM' as const;
  glyphType: GlyphTypeName = 'BULLET';
  nestingLevel = 0;
  listId: string;
  private static nextList = 1;

  constructor(listId?: string) {
    super();
    this.listId = listId ?? `kix.list${ListItem.nextList++}`;
  }

  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): this { this.edit(); this.glyphType = String(glyphType) as GlyphTypeName; return this; }
  getGlyphType(): GoogleAppsScript.Document.GlyphType { return this.glyphType as unknown as GoogleAppsScript.Document.GlyphType; }
  setNestingLevel(level: number): this { this.edit(); this.nestingLevel = level; return this; }
  getNestingLevel(): number { return this.nestingLevel; }
  getListId(): string { return this.listId; }
  setListId(listItem: GoogleAppsScript.Document.ListItem): this { this.edit(); this.listId = (listItem as unknown as ListItem).listId; return this; }

  copy(): ListItem {
    const c = this.copyInto(new ListItem(this.listId));
    c.glyphType = this.glyphType;
    c.nestingLevel = this.nestingLevel;
    return c;
  }
}

// ---------------------------------------------------------------------------------------------
// Sections: body, header, footer and table cell share the block-level API.

type Block = Paragraph | ListItem | Table;

type SectionApi =
  | 'appendParagraph' | 'insertParagraph' | 'appendTable' | 'insertTable' | 'appendHorizontalRule'
  | 'insertHorizontalRule' | 'appendImage' | 'insertImage' | 'appendListItem' | 'insertListItem'
  | 'getParagraphs' | 'getTables' | 'getListItems' | 'getImages' | 'getChild' | 'getChildIndex'
  | 'getNumChildren' | 'removeChild' | 'clear' | 'getText' | 'setText' | 'editAsText' | 'findText'
  | 'replaceText' | 'setAttributes' | 'getAttributes' | 'getType';

abstract class Section extends Container {
  /** Apps Script's class name, for signature errors (`DocumentApp.Body.appendTable`). */
  protected abstract readonly apiName: string;

  constructor(withParagraph = true) {
    super();
    // A new body, header, footer or cell always holds one empty paragraph.
    if (withParagraph) this.adopt(new Paragraph());
  }

  get blocks(): Block[] {
    return this.children as Block[];
  }

  override detachChild(child: Element): void {
    if (this.children[this.children.length - 1] === child) throw gasError(LAST_PARAGRAPH_MESSAGE);
    super.detachChild(child);
  }

  private newParagraph(): Paragraph {
    return new Paragraph();
  }

  appendParagraph(paragraph: string | GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph {
    return this.insertParagraph(this.children.length, paragraph);
  }

  insertParagraph(childIndex: number, paragraph: string | GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph {
    this.edit();
    let p: Paragraph;
    if (typeof paragraph === 'string') {
      p = this.newParagraph();
      if (paragraph.length > 0) p.appendText(paragraph);
    } else if (paragraph instanceof Paragraph) {
      p = paragraph;
    } else {
      throw signatureError(`DocumentApp.${this.apiName}.${childIndex === this.children.length ? 'appendParagraph' : 'insertParagraph'}`, describe(paragraph));
    }
    return this.adopt(p, childIndex) as unknown as GoogleAppsScript.Document.Paragraph;
  }

  appendListItem(listItem: string | GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    return this.insertListItem(this.children.length, listItem);
  }

  insertListItem(childIndex: number, listItem: string | GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    this.edit();
    let item: ListItem;
    if (listItem instanceof ListItem) item = listItem;
    else {
      // Consecutive items join the list just before them, as typing a new bullet does.
      const prev = this.children[childIndex - 1];
      item = new ListItem(prev instanceof ListItem ? prev.listId : undefined);
      if (prev instanceof ListItem) item.glyphType = prev.glyphType;
      if (String(listItem).length > 0) item.appendText(String(listItem));
    }
    return this.adopt(item, childIndex) as unknown as GoogleAppsScript.Document.ListItem;
  }

  appendTable(cells?: string[][] | GoogleAppsScript.Document.Table | null): GoogleAppsScript.Document.Table {
    return this.insertTableAt(this.children.length, cells, 'appendTable');
  }

  insertTable(childIndex: number, cells?: string[][] | GoogleAppsScript.Document.Table | null): GoogleAppsScript.Document.Table {
    return this.insertTableAt(childIndex, cells, 'insertTable');
  }

  private insertTableAt(childIndex: number, cells: string[][] | GoogleAppsScript.Document.Table | null | undefined, method: string): GoogleAppsScript.Document.Table {
    this.edit();
    let table: Table;
    if (cells instanceof Table) table = cells;
    else if (cells === undefined || cells === null) table = new Table();
    else {
      // AS19: String[][] only. Docs matches overloads on Java types, so a number cell fails.
      const ok = Array.isArray(cells) && cells.every((row) => Array.isArray(row) && row.every((c) => typeof c === 'string'));
      if (!ok) throw signatureError(`DocumentApp.${this.apiName}.${method}`, describe(cells));
      table = Table.fromCells(cells);
    }
    this.adopt(table, childIndex);
    // Docs keeps a paragraph after a table that ends a section.
    if (this.children[this.children.length - 1] === table) this.adopt(new Paragraph());
    return table as unknown as GoogleAppsScript.Document.Table;
  }

  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return this.insertHorizontalRule(this.children.length);
  }

  insertHorizontalRule(childIndex: number): GoogleAppsScript.Document.HorizontalRule {
    this.edit();
    const p = this.adopt(new Paragraph(), childIndex);
    return p.appendHorizontalRule();
  }

  appendImage(image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage): GoogleAppsScript.Document.InlineImage {
    return this.insertImage(this.children.length, image);
  }

  insertImage(childIndex: number, image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage): GoogleAppsScript.Document.InlineImage {
    this.edit();
    const p = this.adopt(new Paragraph(), childIndex);
    return p.appendInlineImage(image);
  }

  /** All paragraphs and list items, including those inside tables, in order. */
  paragraphsDeep(): ParagraphBase[] {
    const out: ParagraphBase[] = [];
    for (const b of this.blocks) {
      if (b instanceof ParagraphBase) out.push(b);
      else for (const row of b.rows) for (const cell of row.cells) out.push(...cell.paragraphsDeep());
    }
    return out;
  }

  getParagraphs(): GoogleAppsScript.Document.Paragraph[] {
    return this.paragraphsDeep() as unknown as GoogleAppsScript.Document.Paragraph[];
  }

  getListItems(): GoogleAppsScript.Document.ListItem[] {
    return this.paragraphsDeep().filter((p) => p instanceof ListItem) as unknown as GoogleAppsScript.Document.ListItem[];
  }

  getTables(): GoogleAppsScript.Document.Table[] {
    const out: Table[] = [];
    for (const b of this.blocks) {
      if (b instanceof Table) {
        out.push(b);
        for (const row of b.rows) for (const cell of row.cells) out.push(...(cell.getTables() as unknown as Table[]));
      }
    }
    return out as unknown as GoogleAppsScript.Document.Table[];
  }

  getImages(): GoogleAppsScript.Document.InlineImage[] {
    return this.paragraphsDeep().flatMap((p) => p.children.filter((c) => c instanceof InlineImage)) as unknown as GoogleAppsScript.Document.InlineImage[];
  }

  getText(): string {
    return this.blocks.map((b) => b.getText()).join('\n');
  }

  /** Empties the section; like Docs it keeps one empty paragraph. */
  clear(): this {
    this.edit();
    this.children.splice(0).forEach((c) => (c.parent = null));
    this.adopt(new Paragraph());
    return this;
  }

  setText(text: string): this {
    this.clear();
    const p = this.children[0] as Paragraph;
    if (String(text).length > 0) p.appendText(String(text));
    return this;
  }

  editAsText(): GoogleAppsScript.Document.Text {
    const view = new Text('', {}, {
      owner: this,
      segments: () => {
        const out: Array<Text | string> = [];
        this.paragraphsDeep().forEach((p, i) => {
          if (i > 0) out.push('\n');
          out.push(...p.children.filter((c): c is Text => c instanceof Text));
        });
        return out;
      },
      create: () => (this.paragraphsDeep()[0] ?? this.appendParagraph('')).appendText('') as unknown as Text,
    });
    return view as unknown as GoogleAppsScript.Document.Text;
  }

  getAttributes(): Attributes {
    return this.textAttributes();
  }

  setAttributes(attributes: Attributes): this {
    this.edit();
    this.applyTextAttributes(attributes);
    return this;
  }

  /** Replaces this section's content with copies of `source`'s (document copies). */
  replaceContentWith(source: Section): void {
    this.children.splice(0).forEach((c) => (c.parent = null));
    this.textDefaults = { ...source.textDefaults };
    for (const b of source.blocks) this.adopt(b.copy());
  }

  protected copyBlocksInto<T extends Section>(target: T): T {
    target.replaceContentWith(this);
    return target;
  }
}

/** Page geometry in points. The default is US Letter with 1-inch margins, as a new Doc has
 * in an en-US account: the add-on must set A4 and the Nghị định 30 margins itself. */
export interface PageSetup {
  pageWidth: number;
  pageHeight: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

const PAGE_KEYS: Record<string, keyof PageSetup> = {
  PAGE_WIDTH: 'pageWidth', PAGE_HEIGHT: 'pageHeight', MARGIN_TOP: 'marginTop',
  MARGIN_BOTTOM: 'marginBottom', MARGIN_LEFT: 'marginLeft', MARGIN_RIGHT: 'marginRight',
};

export class Body extends Section implements Api<GoogleAppsScript.Document.Body, SectionApi |
  'appendPageBreak' | 'insertPageBreak' | 'setMarginTop' | 'setMarginBottom' | 'setMarginLeft' | 'setMarginRight' |
  'getMarginTop' | 'getMarginBottom' | 'getMarginLeft' | 'getMarginRight' | 'setPageWidth' | 'setPageHeight' |
  'getPageWidth' | 'getPageHeight'> {
  static readonly serviceName = 'Body';
  readonly elementType = 'BODY_SECTION' as const;
  protected readonly apiName = 'Body';
  page: PageSetup = { pageWidth: 612, pageHeight: 792, marginTop: 72, marginBottom: 72, marginLeft: 72, marginRight: 72 };

  constructor(private readonly state: DocState | null = null) {
    super();
  }

  override docState(): DocState | null {
    return this.state;
  }

  appendPageBreak(pageBreak?: GoogleAppsScript.Document.PageBreak): GoogleAppsScript.Document.PageBreak {
    return this.insertPageBreak(this.children.length, pageBreak);
  }

  insertPageBreak(childIndex: number, pageBreak?: GoogleAppsScript.Document.PageBreak | null): GoogleAppsScript.Document.PageBreak {
    this.edit();
    const p = this.adopt(new Paragraph(), childIndex);
    return p.appendPageBreak(pageBreak);
  }

  private setPage(key: keyof PageSetup, value: number): this {
    this.edit();
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw signatureError(`DocumentApp.Body.set${key[0].toUpperCase()}${key.slice(1)}`, describe(value));
    this.page[key] = value;
    return this;
  }

  setMarginTop(v: number): this { return this.setPage('marginTop', v); }
  setMarginBottom(v: number): this { return this.setPage('marginBottom', v); }
  setMarginLeft(v: number): this { return this.setPage('marginLeft', v); }
  setMarginRight(v: number): this { return this.setPage('marginRight', v); }
  setPageWidth(v: number): this { return this.setPage('pageWidth', v); }
  setPageHeight(v: number): this { return this.setPage('pageHeight', v); }
  getMarginTop(): number { return this.page.marginTop; }
  getMarginBottom(): number { return this.page.marginBottom; }
  getMarginLeft(): number { return this.page.marginLeft; }
  getMarginRight(): number { return this.page.marginRight; }
  getPageWidth(): number { return this.page.pageWidth; }
  getPageHeight(): number { return this.page.pageHeight; }

  override getAttributes(): Attributes {
    const out = super.getAttributes();
    for (const [attr, key] of Object.entries(PAGE_KEYS)) out[attr] = this.page[key];
    return out;
  }

  override setAttributes(attributes: Attributes): this {
    for (const [attr, key] of Object.entries(PAGE_KEYS)) {
      if (typeof attributes[attr] === 'number') this.setPage(key, attributes[attr] as number);
    }
    return super.setAttributes(attributes);
  }

  copy(): Body {
    const b = this.copyBlocksInto(new Body());
    b.page = { ...this.page };
    return b;
  }
}

export class HeaderSection extends Section implements Api<GoogleAppsScript.Document.HeaderSection, SectionApi> {
  static readonly serviceName = 'HeaderSection';
  readonly elementType = 'HEADER_SECTION' as const;
  protected readonly apiName = 'HeaderSection';

  constructor(private readonly state: DocState | null = null) {
    super();
  }

  override docState(): DocState | null {
    return this.state;
  }

  copy(): HeaderSection {
    return this.copyBlocksInto(new HeaderSection());
  }
}

export class FooterSection extends Section implements Api<GoogleAppsScript.Document.FooterSection, SectionApi> {
  static readonly serviceName = 'FooterSection';
  readonly elementType = 'FOOTER_SECTION' as const;
  protected readonly apiName = 'FooterSection';

  constructor(private readonly state: DocState | null = null) {
    super();
  }

  override docState(): DocState | null {
    return this.state;
  }

  copy(): FooterSection {
    return this.copyBlocksInto(new FooterSection());
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

export class TableCell extends Section implements Api<GoogleAppsScript.Document.TableCell,
  Exclude<SectionApi, 'getParagraphs' | 'getTables' | 'getListItems' | 'getImages'> |
  'setBackgroundColor' | 'getBackgroundColor' | 'setWidth' | 'getWidth' | 'setVerticalAlignment' | 'getVerticalAlignment' |
  'setPaddingTop' | 'setPaddingBottom' | 'setPaddingLeft' | 'setPaddingRight' | 'getPaddingTop' | 'getPaddingBottom' |
  'getPaddingLeft' | 'getPaddingRight' | 'getParentRow' | 'getParentTable' | 'getColSpan' | 'getRowSpan'> {
  static readonly serviceName = 'TableCell';
  readonly elementType = 'TABLE_CELL' as const;
  protected readonly apiName = 'TableCell';
  backgroundColor: string | null = null;
  width: number | null = null;
  verticalAlignment: VerticalAlignmentName | null = null;
  /** Docs' default cell padding is 5 pt on every side. */
  padding = { top: 5, bottom: 5, left: 5, right: 5 };

  setBackgroundColor(color: string): this { this.edit(); this.backgroundColor = color; return this; }
  getBackgroundColor(): string { return this.backgroundColor as string; }
  setWidth(width: number): this { this.edit(); this.width = width; return this; }
  getWidth(): number { return this.width as number; }
  setVerticalAlignment(a: GoogleAppsScript.Document.VerticalAlignment): this { this.edit(); this.verticalAlignment = String(a) as VerticalAlignmentName; return this; }
  getVerticalAlignment(): GoogleAppsScript.Document.VerticalAlignment { return (this.verticalAlignment ?? 'TOP') as unknown as GoogleAppsScript.Document.VerticalAlignment; }
  setPaddingTop(v: number): this { this.edit(); this.padding.top = v; return this; }
  setPaddingBottom(v: number): this { this.edit(); this.padding.bottom = v; return this; }
  setPaddingLeft(v: number): this { this.edit(); this.padding.left = v; return this; }
  setPaddingRight(v: number): this { this.edit(); this.padding.right = v; return this; }
  getPaddingTop(): number { return this.padding.top; }
  getPaddingBottom(): number { return this.padding.bottom; }
  getPaddingLeft(): number { return this.padding.left; }
  getPaddingRight(): number { return this.padding.right; }
  getColSpan(): number { return 1; }
  getRowSpan(): number { return 1; }

  getParentRow(): GoogleAppsScript.Document.TableRow {
    return this.parent as unknown as GoogleAppsScript.Document.TableRow;
  }

  getParentTable(): GoogleAppsScript.Document.Table {
    return (this.parent?.parent ?? null) as unknown as GoogleAppsScript.Document.Table;
  }

  override getAttributes(): Attributes {
    return {
      ...super.getAttributes(),
      BACKGROUND_COLOR: this.backgroundColor, WIDTH: this.width, VERTICAL_ALIGNMENT: this.verticalAlignment,
      PADDING_TOP: this.padding.top, PADDING_BOTTOM: this.padding.bottom, PADDING_LEFT: this.padding.left, PADDING_RIGHT: this.padding.right,
    };
  }

  override setAttributes(attributes: Attributes): this {
    this.edit();
    // BACKGROUND_COLOR on a cell colours the cell (it is also a text key: Docs applies both).
    if ('BACKGROUND_COLOR' in attributes) this.backgroundColor = (attributes.BACKGROUND_COLOR as string | null) ?? null;
    if ('WIDTH' in attributes) this.width = (attributes.WIDTH as number | null) ?? null;
    if ('VERTICAL_ALIGNMENT' in attributes) this.verticalAlignment = attributes.VERTICAL_ALIGNMENT ? (String(attributes.VERTICAL_ALIGNMENT) as VerticalAlignmentName) : null;
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const v = attributes[`PADDING_${side.toUpperCase()}`];
      if (typeof v === 'number') this.padding[side] = v;
    }
    const rest = { ...attributes };
    delete rest.BACKGROUND_COLOR;
    return super.setAttributes(rest);
  }

  copy(): TableCell {
    const c = this.copyBlocksInto(new TableCell(false));
    c.backgroundColor = this.backgroundColor;
    c.width = this.width;
    c.verticalAlignment = this.verticalAlignment;
    c.padding = { ...this.padding };
    return c;
  }
}

export class TableRow extends Container implements Api<GoogleAppsScript.Document.TableRow,
  'getCell' | 'appendTableCell' | 'insertTableCell' | 'removeCell' | 'getNumCells' | 'setMinimumHeight' | 'getMinimumHeight' |
  'getParentTable' | 'getText' | 'editAsText' | 'setAttributes' | 'getAttributes' | 'findText' | 'replaceText'> {
  static readonly serviceName = 'TableRow';
  readonly elementType = 'TABLE_ROW' as const;
  minimumHeight: number | null = null;
  /** Docs API only (AS42, `tableRowStyle.preventOverflow`): the row never splits across pages. */
  preventOverflow = false;

  get cells(): TableCell[] {
    return this.children as TableCell[];
  }

  getCell(cellIndex: number): GoogleAppsScript.Document.TableCell {
    return this.getChild(cellIndex) as unknown as GoogleAppsScript.Document.TableCell;
  }

  getNumCells(): number {
    return this.children.length;
  }

  appendTableCell(content?: string | GoogleAppsScript.Document.TableCell | null): GoogleAppsScript.Document.TableCell {
    return this.insertTableCell(this.children.length, content);
  }

  insertTableCell(childIndex: number, content?: string | GoogleAppsScript.Document.TableCell | null): GoogleAppsScript.Document.TableCell {
    this.edit();
    let cell: TableCell;
    if (content instanceof TableCell) cell = content;
    else {
      cell = new TableCell();
      if (typeof content === 'string' && content.length > 0) (cell.children[0] as Paragraph).appendText(content);
    }
    return this.adopt(cell, childIndex) as unknown as GoogleAppsScript.Document.TableCell;
  }

  removeCell(cellIndex: number): GoogleAppsScript.Document.TableCell {
    this.edit();
    const cell = this.getChild(cellIndex) as unknown as TableCell;
    this.detachChild(cell);
    return cell as unknown as GoogleAppsScript.Document.TableCell;
  }

  setMinimumHeight(minHeight: number): this { this.edit(); this.minimumHeight = minHeight; return this; }
  getMinimumHeight(): number { return this.minimumHeight ?? 0; }

  getParentTable(): GoogleAppsScript.Document.Table {
    return this.parent as unknown as GoogleAppsScript.Document.Table;
  }

  getText(): string {
    return this.cells.map((c) => c.getText()).join('\t');
  }

  editAsText(): GoogleAppsScript.Document.Text {
    return new Text('', {}, { owner: this, segments: () => this.texts(), create: () => { throw gasError('Row has no text.'); } }) as unknown as GoogleAppsScript.Document.Text;
  }

  getAttributes(): Attributes {
    return { ...this.textAttributes(), MINIMUM_HEIGHT: this.minimumHeight };
  }

  setAttributes(attributes: Attributes): this {
    this.edit();
    if (typeof attributes.MINIMUM_HEIGHT === 'number') this.minimumHeight = attributes.MINIMUM_HEIGHT;
    this.applyTextAttributes(attributes);
    return this;
  }

  copy(): TableRow {
    const r = new TableRow();
    r.minimumHeight = this.minimumHeight;
    r.preventOverflow = this.preventOverflow;
    r.textDefaults = { ...this.textDefaults };
    for (const c of this.cells) r.adopt(c.copy());
    return r;
  }
}

export class Table extends Container implements Api<GoogleAppsScript.Document.Table,
  'getNumRows' | 'getRow' | 'appendTableRow' | 'insertTableRow' | 'removeRow' | 'getCell' | 'setBorderWidth' | 'getBorderWidth' |
  'setBorderColor' | 'getBorderColor' | 'setColumnWidth' | 'getColumnWidth' | 'setAttributes' | 'getAttributes' | 'getText' |
  'editAsText' | 'findText' | 'replaceText' | 'copy' | 'getChild' | 'getNumChildren' | 'removeFromParent'> {
  static readonly serviceName = 'Table';
  readonly elementType = 'TABLE' as const;
  /** Docs' defaults: a 1 pt black border. */
  borderWidth = 1;
  borderColor = '#000000';
  columnWidths: Array<number | null> = [];
  /** Docs API only (AS42, `pinTableHeaderRows`): rows repeated at the top of every page. */
  pinnedHeaderRows = 0;

  static fromCells(cells: string[][]): Table {
    const table = new Table();
    for (const rowCells of cells) {
      const row = table.adopt(new TableRow());
      for (const text of rowCells) row.appendTableCell(text);
    }
    return table;
  }

  get rows(): TableRow[] {
    return this.children as TableRow[];
  }

  getNumRows(): number {
    return this.children.length;
  }

  getRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    return this.getChild(rowIndex) as unknown as GoogleAppsScript.Document.TableRow;
  }

  getCell(rowIndex: number, cellIndex: number): GoogleAppsScript.Document.TableCell {
    return (this.getChild(rowIndex) as unknown as TableRow).getCell(cellIndex);
  }

  appendTableRow(tableRow?: GoogleAppsScript.Document.TableRow): GoogleAppsScript.Document.TableRow {
    return this.insertTableRow(this.children.length, tableRow);
  }

  insertTableRow(childIndex: number, tableRow?: GoogleAppsScript.Document.TableRow | null): GoogleAppsScript.Document.TableRow {
    this.edit();
    const row = tableRow ? (tableRow as unknown as TableRow) : new TableRow();
    return this.adopt(row, childIndex) as unknown as GoogleAppsScript.Document.TableRow;
  }

  removeRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    this.edit();
    const row = this.getChild(rowIndex) as unknown as TableRow;
    this.detachChild(row);
    return row as unknown as GoogleAppsScript.Document.TableRow;
  }

  setBorderWidth(width: number): this { this.edit(); this.borderWidth = width; return this; }
  getBorderWidth(): number { return this.borderWidth; }
  setBorderColor(color: string): this { this.edit(); this.borderColor = color; return this; }
  getBorderColor(): string { return this.borderColor; }

  setColumnWidth(columnIndex: number, width: number): this {
    this.edit();
    this.columnWidths[columnIndex] = width;
    return this;
  }

  getColumnWidth(columnIndex: number): number {
    return this.columnWidths[columnIndex] ?? (null as unknown as number);
  }

  getText(): string {
    return this.rows.map((r) => r.getText()).join('\n');
  }

  editAsText(): GoogleAppsScript.Document.Text {
    return new Text('', {}, { owner: this, segments: () => this.texts(), create: () => { throw gasError('Table has no text.'); } }) as unknown as GoogleAppsScript.Document.Text;
  }

  getAttributes(): Attributes {
    return { ...this.textAttributes(), BORDER_WIDTH: this.borderWidth, BORDER_COLOR: this.borderColor };
  }

  setAttributes(attributes: Attributes): this {
    this.edit();
    if (typeof attributes.BORDER_WIDTH === 'number') this.borderWidth = attributes.BORDER_WIDTH;
    if (typeof attributes.BORDER_COLOR === 'string') this.borderColor = attributes.BORDER_COLOR;
    this.applyTextAttributes(attributes);
    return this;
  }

  copy(): Table {
    const t = new Table();
    t.borderWidth = this.borderWidth;
    t.borderColor = this.borderColor;
    t.columnWidths = this.columnWidths.slice();
    t.pinnedHeaderRows = this.pinnedHeaderRows;
    t.textDefaults = { ...this.textDefaults };
    for (const r of this.rows) t.adopt(r.copy());
    return t;
  }
}

export { ParagraphBase, Section };
export type { Block, Inline, RangeElement, D };
