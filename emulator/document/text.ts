/**
 * Rich text: a Text element owns characters and their styles as runs (style-runs.ts), which
 * the `.docx` writer turns into Word runs. `Paragraph.editAsText()` and `Body.editAsText()` return a
 * view, a Text whose offsets run over several Text elements (and '\n' between paragraphs).
 */
import { gasError } from '../runtime/errors';
import { Element, type Api, type ParentElement } from './element';
import { fontName } from './enums';
import { RangeElement } from './range';
import { mapRuns, normalised, sliceRuns, spliceRuns, styleAt, uniform, type StyleRun } from './style-runs';

export const TEXT_KEYS = [
  'BOLD', 'ITALIC', 'UNDERLINE', 'STRIKETHROUGH', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR',
  'BACKGROUND_COLOR', 'LINK_URL',
] as const;
export type TextKey = (typeof TEXT_KEYS)[number];

/** Character attributes; an absent key inherits (the paragraph style, then the document default). */
export interface TextStyle {
  BOLD?: boolean;
  ITALIC?: boolean;
  UNDERLINE?: boolean;
  STRIKETHROUGH?: boolean;
  FONT_FAMILY?: string;
  FONT_SIZE?: number;
  FOREGROUND_COLOR?: string;
  BACKGROUND_COLOR?: string;
  LINK_URL?: string;
}

export type Attributes = Record<string, unknown>;

/** The text keys of an attribute object, as a patch: `null` clears a key. */
export function textPatch(attributes: Attributes): Partial<Record<TextKey, unknown>> {
  const patch: Partial<Record<TextKey, unknown>> = {};
  for (const key of TEXT_KEYS) {
    if (!(key in attributes)) continue;
    const v = attributes[key];
    patch[key] = key === 'FONT_FAMILY' && typeof v === 'string' ? fontName(v) : v;
  }
  return patch;
}

export function applyPatch(style: TextStyle, patch: Partial<Record<TextKey, unknown>>): TextStyle {
  const next: Record<string, unknown> = { ...style };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || v === undefined) delete next[k];
    else next[k] = v;
  }
  return next as TextStyle;
}

/**
 * Docs' search patterns are RE2 regular expressions given as strings. JavaScript's engine
 * accepts more (lookaround, backreferences): refuse those so code that would fail on Docs
 * fails here. A leading `(?i)` (RE2 flag syntax) becomes the `i` flag.
 */
export function compilePattern(pattern: string): RegExp {
  let flags = 'g';
  let source = String(pattern);
  const modifiers = /^\(\?([ims]+)\)/.exec(source);
  if (modifiers) {
    for (const f of modifiers[1]) if (!flags.includes(f)) flags += f;
    source = source.slice(modifiers[0].length);
  }
  if (/\(\?<?[=!]/.test(source) || /\\[1-9]/.test(source)) {
    // Unconfirmed text: RE2 rejects these constructs; Docs reports an invalid pattern.
    throw gasError(`Invalid regular expression: ${pattern}`);
  }
  try {
    return new RegExp(source, flags);
  } catch {
    throw gasError(`Invalid regular expression: ${pattern}`);
  }
}

/** Something a Text view can read text from: a Text it may edit, or a fixed separator. */
type Segment = Text | string;

interface TextHost {
  /** Style for text added where there is no neighbouring character. */
  defaultTextStyle?(): TextStyle;
}

export class Text extends Element implements Api<GoogleAppsScript.Document.Text,
  'appendText' | 'deleteText' | 'editAsText' | 'findText' | 'getText' | 'insertText' | 'replaceText' | 'setText' |
  'isBold' | 'isItalic' | 'isUnderline' | 'isStrikethrough' | 'getFontFamily' | 'getFontSize' | 'getForegroundColor' |
  'getBackgroundColor' | 'getLinkUrl' | 'getTextAttributeIndices'> {
  static readonly serviceName = 'Text';
  readonly elementType = 'TEXT' as const;
  chars = '';
  runs: StyleRun[] = [];

  /**
   * @param view for a view: its segments, and how to make a Text when there is none yet
   * (an empty paragraph has no Text child until text is added).
   */
  constructor(
    text = '',
    style: TextStyle = {},
    private readonly view?: { owner: ParentElement; segments: () => Segment[]; create: () => Text },
  ) {
    super();
    if (!view) {
      this.chars = text;
      this.runs = uniform(text.length, style);
    }
  }

  override getParent(): GoogleAppsScript.Document.ContainerElement {
    return (this.view ? this.view.owner : this.parent) as unknown as GoogleAppsScript.Document.ContainerElement;
  }

  override docState() {
    return this.view ? this.view.owner.docState() : super.docState();
  }

  private segments(): Segment[] {
    return this.view ? this.view.segments() : [this];
  }

  /** The owned Text elements this Text reads and writes. */
  ownedTexts(): Text[] {
    return this.segments().filter((s): s is Text => typeof s !== 'string');
  }

  getText(): string {
    return this.view ? this.segments().map((s) => (typeof s === 'string' ? s : s.chars)).join('') : this.chars;
  }

  /** Maps [start, endInclusive] of this Text onto its owned pieces. */
  private pieces(start: number, end: number): Array<{ text: Text; from: number; to: number }> {
    const out: Array<{ text: Text; from: number; to: number }> = [];
    let base = 0;
    for (const s of this.segments()) {
      const len = typeof s === 'string' ? s.length : s.chars.length;
      const from = Math.max(start, base);
      const to = Math.min(end, base + len - 1);
      if (typeof s !== 'string' && from <= to) out.push({ text: s, from: from - base, to: to - base });
      base += len;
    }
    return out;
  }

  private checkRange(start: number, end: number): void {
    const len = this.getText().length;
    // Unconfirmed wording; Docs rejects offsets outside the text.
    if (!Number.isInteger(start) || start < 0 || start >= len) throw gasError(`Index (${start}) must be less than the content length (${len}).`);
    if (!Number.isInteger(end) || end < start || end >= len) throw gasError(`Index (${end}) must be less than the content length (${len}).`);
  }

  private baseStyle(): TextStyle {
    const host = (this.view ? this.view.owner : this.parent) as (ParentElement & TextHost) | null;
    return host?.defaultTextStyle ? host.defaultTextStyle() : {};
  }

  /** Sets a style patch on a range, or on all the text. */
  private patch(patch: Partial<Record<TextKey, unknown>>, start?: number, end?: number): this {
    this.edit();
    if (start === undefined || end === undefined) {
      for (const t of this.ownedTexts()) t.runs = mapRuns(t.runs, (s) => applyPatch(s, patch));
      return this;
    }
    this.checkRange(start, end);
    for (const p of this.pieces(start, end)) {
      p.text.runs = mapRuns(p.text.runs, (s) => applyPatch(s, patch), p.from, p.to + 1);
    }
    return this;
  }

  private styleSetter(key: TextKey, args: unknown[]): this {
    if (args.length >= 3) return this.patch({ [key]: args[2] }, args[0] as number, args[1] as number);
    return this.patch({ [key]: args[0] });
  }

  setBold(...args: [boolean] | [number, number, boolean]): this { return this.styleSetter('BOLD', args); }
  setItalic(...args: [boolean] | [number, number, boolean]): this { return this.styleSetter('ITALIC', args); }
  setUnderline(...args: [boolean] | [number, number, boolean]): this { return this.styleSetter('UNDERLINE', args); }
  setStrikethrough(...args: [boolean] | [number, number, boolean]): this { return this.styleSetter('STRIKETHROUGH', args); }
  setFontSize(...args: [number] | [number, number, number]): this { return this.styleSetter('FONT_SIZE', args); }
  setForegroundColor(...args: [string] | [number, number, string]): this { return this.styleSetter('FOREGROUND_COLOR', args); }
  setBackgroundColor(...args: [string] | [number, number, string]): this { return this.styleSetter('BACKGROUND_COLOR', args); }
  setLinkUrl(...args: [string] | [number, number, string]): this { return this.styleSetter('LINK_URL', args); }
  setFontFamily(...args: [string] | [number, number, string]): this {
    const named = args.map((a, i) => (i === args.length - 1 && typeof a === 'string' ? fontName(a) : a));
    return this.styleSetter('FONT_FAMILY', named);
  }

  setAttributes(...args: [Attributes] | [number, number, Attributes]): this {
    if (args.length === 3) return this.patch(textPatch(args[2]), args[0], args[1]);
    return this.patch(textPatch(args[0]));
  }

  private styleAt(offset?: number | null): TextStyle | null {
    if (offset !== undefined && offset !== null) {
      const p = this.pieces(offset, offset)[0];
      return p ? styleAt(p.text.runs, p.from) ?? null : null;
    }
    // Without an offset: the value shared by every character, else null (mixed).
    const all = this.ownedTexts().flatMap((t) => t.runs.map((r) => r.style));
    if (all.length === 0) return this.baseStyle();
    const shared: Record<string, unknown> = {};
    for (const key of TEXT_KEYS) {
      const first = all[0][key];
      if (all.every((s) => s[key] === first)) shared[key] = first;
    }
    return shared as TextStyle;
  }

  getAttributes(offset?: number | null): Attributes {
    const style = this.styleAt(offset) ?? {};
    return Object.fromEntries(TEXT_KEYS.map((k) => [k, style[k] ?? null]));
  }

  isBold(offset?: number | null): boolean { return (this.styleAt(offset)?.BOLD ?? null) as boolean; }
  isItalic(offset?: number | null): boolean { return (this.styleAt(offset)?.ITALIC ?? null) as boolean; }
  isUnderline(offset?: number | null): boolean { return (this.styleAt(offset)?.UNDERLINE ?? null) as boolean; }
  isStrikethrough(offset?: number | null): boolean { return (this.styleAt(offset)?.STRIKETHROUGH ?? null) as boolean; }
  getFontFamily(offset?: number | null): string { return (this.styleAt(offset)?.FONT_FAMILY ?? null) as string; }
  getFontSize(offset?: number | null): number { return (this.styleAt(offset)?.FONT_SIZE ?? null) as number; }
  getForegroundColor(offset?: number | null): string { return (this.styleAt(offset)?.FOREGROUND_COLOR ?? null) as string; }
  getBackgroundColor(offset?: number | null): string { return (this.styleAt(offset)?.BACKGROUND_COLOR ?? null) as string; }
  getLinkUrl(offset?: number | null): string { return (this.styleAt(offset)?.LINK_URL ?? null) as string; }

  getTextAttributeIndices(): number[] {
    const indices: number[] = [];
    let base = 0;
    let prev: string | null = null;
    for (const s of this.segments()) {
      if (typeof s === 'string') { base += s.length; continue; }
      let at = base;
      for (const run of s.runs) {
        const key = JSON.stringify(run.style);
        if (key !== prev) indices.push(at);
        prev = key;
        at += run.length;
      }
      base += s.chars.length;
    }
    return indices;
  }

  /** Inserts into an owned Text: new characters take the style of the one before (as typing does). */
  private rawInsert(offset: number, text: string): void {
    const style = styleAt(this.runs, offset - 1) ?? styleAt(this.runs, offset) ?? this.baseStyle();
    this.chars = this.chars.slice(0, offset) + text + this.chars.slice(offset);
    this.runs = spliceRuns(this.runs, offset, 0, uniform(text.length, style));
  }

  insertText(offset: number, text: string): this {
    this.edit();
    const len = this.getText().length;
    if (!Number.isInteger(offset) || offset < 0 || offset > len) throw gasError(`Index (${offset}) must be less than or equal to the content length (${len}).`);
    let base = 0;
    let target: { text: Text; at: number } | null = null;
    for (const s of this.segments()) {
      const sl = typeof s === 'string' ? s.length : s.chars.length;
      if (typeof s !== 'string' && offset >= base && offset <= base + sl) {
        target = { text: s, at: offset - base };
        if (offset < base + sl || sl > 0) break;
      }
      base += sl;
    }
    if (!target) {
      if (!this.view) throw gasError(`Index (${offset}) must be less than or equal to the content length (${len}).`);
      target = { text: this.view.create(), at: 0 };
    }
    target.text.rawInsert(target.at, String(text));
    return this;
  }

  appendText(text: string): this {
    this.edit();
    const owned = this.ownedTexts();
    const last = owned[owned.length - 1] ?? (this.view ? this.view.create() : this);
    last.rawInsert(last.chars.length, String(text));
    return this;
  }

  deleteText(start: number, endInclusive: number): this {
    this.edit();
    this.checkRange(start, endInclusive);
    for (const p of this.pieces(start, endInclusive).reverse()) {
      p.text.chars = p.text.chars.slice(0, p.from) + p.text.chars.slice(p.to + 1);
      p.text.runs = spliceRuns(p.text.runs, p.from, p.to - p.from + 1, []);
    }
    return this;
  }

  /** Replaces all the text; it keeps the style of its first character. */
  setText(text: string): this {
    this.edit();
    const owned = this.ownedTexts();
    const first = owned[0] ?? (this.view ? this.view.create() : this);
    const style = first.runs[0]?.style ?? first.baseStyle();
    for (const t of owned.slice(1)) t.removeFromParent();
    first.chars = String(text);
    first.runs = uniform(first.chars.length, style);
    return this;
  }

  editAsText(): this {
    return this;
  }

  /**
   * Each owned Text is searched on its own, as Docs matches "against each text block".
   * The replacement is literal (no `$1`: Docs does not support capture groups).
   */
  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.edit();
    const re = compilePattern(searchPattern);
    for (const t of this.ownedTexts()) t.replaceOwn(re, String(replacement));
    return this as unknown as GoogleAppsScript.Document.Element;
  }

  /** Replaces matches in this owned Text; the new text takes the style of the match's first character. */
  replaceOwn(re: RegExp, replacement: string): number {
    let chars = '';
    const runs: StyleRun[] = [];
    let last = 0;
    let count = 0;
    re.lastIndex = 0;
    for (let m = re.exec(this.chars); m; m = re.exec(this.chars)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const style = styleAt(this.runs, m.index) as TextStyle;
      chars += this.chars.slice(last, m.index) + replacement;
      runs.push(...sliceRuns(this.runs, last, m.index), ...uniform(replacement.length, style));
      last = m.index + m[0].length;
      count++;
    }
    if (count === 0) return 0;
    const rest = sliceRuns(this.runs, last, this.chars.length);
    this.chars = chars + this.chars.slice(last);
    this.runs = normalised([...runs, ...rest]);
    return count;
  }

  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null): GoogleAppsScript.Document.RangeElement {
    return findInTexts(this.ownedTexts(), searchPattern, from) as unknown as GoogleAppsScript.Document.RangeElement;
  }

  copy(): Text {
    const t = new Text();
    t.chars = this.getText();
    t.runs = this.view ? normalised(this.ownedTexts().flatMap((o) => o.runs)) : this.runs.slice();
    return t;
  }

  merge(): this {
    return this;
  }
}

/** The first match after `from` (a previous result), in document order, or null. */
export function findInTexts(texts: Text[], pattern: string, from?: GoogleAppsScript.Document.RangeElement | null): RangeElement | null {
  const re = compilePattern(pattern);
  let startIndex = 0;
  let startOffset = 0;
  if (from) {
    const prev = from as unknown as RangeElement;
    startIndex = texts.indexOf(prev.element as Text);
    if (startIndex < 0) return null;
    startOffset = prev.endInclusive + 1;
  }
  for (let i = startIndex; i < texts.length; i++) {
    re.lastIndex = i === startIndex ? startOffset : 0;
    for (let m = re.exec(texts[i].chars); m; m = re.exec(texts[i].chars)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      return new RangeElement(texts[i], m.index, m.index + m[0].length - 1);
    }
  }
  return null;
}
