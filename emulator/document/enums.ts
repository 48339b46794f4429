/**
 * DocumentApp enums. Apps Script's enum values print as their names (`String(x) === 'BOLD'`) and
 * attribute objects are keyed by those names, so plain strings reproduce what the bundle sees.
 * The casts give them the ambient enum types of @types/google-apps-script.
 */
type Doc = typeof GoogleAppsScript.Document;

function enumOf<T>(names: readonly string[]): T {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as unknown as T;
}

export const ATTRIBUTE_NAMES = [
  'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE',
  'FOREGROUND_COLOR', 'HEADING', 'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE',
  'INDENT_START', 'ITALIC', 'GLYPH_TYPE', 'LEFT_TO_RIGHT', 'LINE_SPACING', 'LINK_URL', 'LIST_ID',
  'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'MARGIN_TOP', 'NESTING_LEVEL', 'MINIMUM_HEIGHT',
  'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP', 'PAGE_HEIGHT', 'PAGE_WIDTH',
  'SPACING_AFTER', 'SPACING_BEFORE', 'STRIKETHROUGH', 'UNDERLINE', 'VERTICAL_ALIGNMENT', 'WIDTH',
] as const;
export type AttributeName = (typeof ATTRIBUTE_NAMES)[number];

export const Attribute = enumOf<Doc['Attribute']>(ATTRIBUTE_NAMES);

export type HeadingName = 'NORMAL' | 'HEADING1' | 'HEADING2' | 'HEADING3' | 'HEADING4' | 'HEADING5' | 'HEADING6' | 'TITLE' | 'SUBTITLE';
export const ParagraphHeading = enumOf<Doc['ParagraphHeading']>([
  'NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE',
]);

export type AlignmentName = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';
export const HorizontalAlignment = enumOf<Doc['HorizontalAlignment']>(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY']);

export type VerticalAlignmentName = 'BOTTOM' | 'CENTER' | 'TOP';
export const VerticalAlignment = enumOf<Doc['VerticalAlignment']>(['BOTTOM', 'CENTER', 'TOP']);

export type ElementTypeName =
  | 'BODY_SECTION' | 'FOOTER_SECTION' | 'HEADER_SECTION' | 'HORIZONTAL_RULE' | 'INLINE_IMAGE'
  | 'LIST_ITEM' | 'PAGE_BREAK' | 'PARAGRAPH' | 'TABLE' | 'TABLE_CELL' | 'TABLE_ROW' | 'TEXT';
export const ElementType = enumOf<Doc['ElementType']>([
  'BODY_SECTION', 'COMMENT_SECTION', 'DATE', 'DOCUMENT', 'EQUATION', 'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR', 'EQUATION_SYMBOL', 'RICH_LINK', 'FOOTER_SECTION',
  'FOOTNOTE', 'FOOTNOTE_SECTION', 'HEADER_SECTION', 'HORIZONTAL_RULE', 'INLINE_DRAWING',
  'INLINE_IMAGE', 'LIST_ITEM', 'PAGE_BREAK', 'PARAGRAPH', 'PERSON', 'TABLE', 'TABLE_CELL',
  'TABLE_OF_CONTENTS', 'TABLE_ROW', 'TEXT', 'UNSUPPORTED',
]);

export const FontFamily = enumOf<Doc['FontFamily']>([
  'AMARANTH', 'ARIAL', 'ARIAL_BLACK', 'ARIAL_NARROW', 'ARVO', 'CALIBRI', 'CAMBRIA', 'COMIC_SANS_MS',
  'CONSOLAS', 'CORSIVA', 'COURIER_NEW', 'DANCING_SCRIPT', 'DROID_SANS', 'DROID_SERIF', 'GARAMOND',
  'GEORGIA', 'GLORIA_HALLELUJAH', 'GREAT_VIBES', 'LOBSTER', 'MERRIWEATHER', 'PACIFICO', 'PHILOSOPHER',
  'POIRET_ONE', 'QUATTROCENTO', 'ROBOTO', 'SHADOWS_INTO_LIGHT', 'SYNCOPATE', 'TAHOMA',
  'TIMES_NEW_ROMAN', 'TREBUCHET_MS', 'UBUNTU', 'VERDANA',
]);

/** The deprecated FontFamily enum names the font; setFontFamily takes either form. */
export function fontName(value: string): string {
  if (!/^[A-Z_]+$/.test(value)) return value;
  const special: Record<string, string> = { COMIC_SANS_MS: 'Comic Sans MS', TREBUCHET_MS: 'Trebuchet MS', COURIER_NEW: 'Courier New', TIMES_NEW_ROMAN: 'Times New Roman' };
  return special[value] ?? value.toLowerCase().split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
}

export type GlyphTypeName = 'BULLET' | 'HOLLOW_BULLET' | 'SQUARE_BULLET' | 'NUMBER' | 'LATIN_UPPER' | 'LATIN_LOWER' | 'ROMAN_UPPER' | 'ROMAN_LOWER';
export const GlyphType = enumOf<Doc['GlyphType']>([
  'BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER',
]);

export const TextAlignment = enumOf<Doc['TextAlignment']>(['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT']);
export const PositionedLayout = enumOf<Doc['PositionedLayout']>(['ABOVE_TEXT', 'BREAK_BOTH', 'BREAK_LEFT', 'BREAK_RIGHT', 'WRAP_TEXT']);
