/**
 * Writes an emulated Google Doc as `.docx`, so people can open what the add-on produced.
 * Units: Docs works in points; Word in twips (pt × 20), half-points for font sizes and eighths
 * of a point for borders. Text with no font or size set gets Google Docs' "Normal text"
 * (Arial 11 pt, line spacing 1.15): a report that forgets to set Times New Roman shows it.
 *
 * Page numbers: Apps Script cannot insert a PAGE field, so none is written unless
 * `pageNumbers: true` asks for the offline-only extra (centred at the top, none on page 1).
 */
import {
  AlignmentType, BorderStyle, Document as DocxDocument, ExternalHyperlink, Header, Footer, HeadingLevel, HeightRule,
  ImageRun, LevelFormat, LineRuleType, Packer, PageBreak as DocxPageBreak, PageNumber, Paragraph as DocxParagraph, ShadingType,
  Table as DocxTable, TableCell as DocxTableCell, TableLayoutType, TableRow as DocxTableRow, TextRun, VerticalAlign,
  WidthType, type IRunOptions, type ParagraphChild,
} from 'docx';
import type { Document, DocumentSnapshot } from './document/document';
import {
  HorizontalRule, InlineImage, ListItem, PageBreak, Paragraph, Table, type Block, type Section,
} from './document/elements';
import type { GlyphTypeName, HeadingName } from './document/enums';
import { Text, type TextStyle } from './document/text';

export interface DocxOptions {
  /** Offline-only: a centred PAGE field in the header of every page but the first. */
  pageNumbers?: boolean;
  /** Text defaults where the document sets none: the body's own (Body.setAttributes), else Google Docs' Normal text. */
  defaultFont?: string;
  defaultFontSize?: number;
  /** The file's author (docProps creator); default "antt emulator". */
  creator?: string;
}

const twips = (pt: number): number => Math.round(pt * 20);
const hex = (color: string): string => color.replace(/^#/, '').toUpperCase();

const ALIGNMENT = {
  LEFT: AlignmentType.LEFT, CENTER: AlignmentType.CENTER, RIGHT: AlignmentType.RIGHT, JUSTIFY: AlignmentType.JUSTIFIED,
} as const;

const HEADING: Partial<Record<HeadingName, (typeof HeadingLevel)[keyof typeof HeadingLevel]>> = {
  HEADING1: HeadingLevel.HEADING_1, HEADING2: HeadingLevel.HEADING_2, HEADING3: HeadingLevel.HEADING_3,
  HEADING4: HeadingLevel.HEADING_4, HEADING5: HeadingLevel.HEADING_5, HEADING6: HeadingLevel.HEADING_6, TITLE: HeadingLevel.TITLE,
};

const GLYPH_FORMAT: Record<GlyphTypeName, { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: (level: number) => string }> = {
  BULLET: { format: LevelFormat.BULLET, text: () => '●' },
  HOLLOW_BULLET: { format: LevelFormat.BULLET, text: () => '○' },
  SQUARE_BULLET: { format: LevelFormat.BULLET, text: () => '■' },
  NUMBER: { format: LevelFormat.DECIMAL, text: (l) => `%${l + 1}.` },
  LATIN_UPPER: { format: LevelFormat.UPPER_LETTER, text: (l) => `%${l + 1}.` },
  LATIN_LOWER: { format: LevelFormat.LOWER_LETTER, text: (l) => `%${l + 1})` },
  ROMAN_UPPER: { format: LevelFormat.UPPER_ROMAN, text: (l) => `%${l + 1}.` },
  ROMAN_LOWER: { format: LevelFormat.LOWER_ROMAN, text: (l) => `%${l + 1}.` },
};

function runOptions(style: TextStyle): IRunOptions {
  return {
    font: style.FONT_FAMILY,
    size: style.FONT_SIZE !== undefined ? Math.round(style.FONT_SIZE * 2) : undefined,
    bold: style.BOLD,
    italics: style.ITALIC,
    underline: style.UNDERLINE ? {} : undefined,
    strike: style.STRIKETHROUGH,
    color: style.FOREGROUND_COLOR ? hex(style.FOREGROUND_COLOR) : undefined,
    shading: style.BACKGROUND_COLOR ? { type: ShadingType.CLEAR, fill: hex(style.BACKGROUND_COLOR), color: 'auto' } : undefined,
  };
}

class Writer {
  /** listId → numbering instance, so each Docs list numbers on its own. */
  private readonly lists = new Map<string, number>();

  /** Runs of equal style; each run carries the inherited attributes made explicit. */
  private textRuns(text: Text, inherited: TextStyle): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    let start = 0;
    for (const run of text.runs) {
      const style = { ...inherited, ...run.style };
      const chunk = text.chars.slice(start, start + run.length);
      // Docs keeps soft line breaks (\v, \r) inside a paragraph: Word needs <w:br/>.
      const runs = chunk.split(/\r|\v|\n/).map((line, k) => new TextRun({ ...runOptions(style), text: line, break: k > 0 ? 1 : undefined }));
      if (style.LINK_URL) out.push(new ExternalHyperlink({ link: style.LINK_URL, children: runs }));
      else out.push(...runs);
      start += run.length;
    }
    return out;
  }

  paragraph(p: Paragraph | ListItem): DocxParagraph {
    const inherited = p.defaultTextStyle();
    const children: ParagraphChild[] = [];
    let rule = false;
    for (const c of p.children) {
      if (c instanceof Text) children.push(...this.textRuns(c, inherited));
      else if (c instanceof InlineImage) {
        const type = c.contentType === 'image/jpeg' ? 'jpg' : c.contentType === 'image/gif' ? 'gif' : 'png';
        children.push(new ImageRun({ type, data: c.bytes, transformation: { width: c.width, height: c.height } }));
      } else if (c instanceof PageBreak) children.push(new DocxPageBreak());
      else if (c instanceof HorizontalRule) rule = true;
    }
    const s = p.style;
    const start = s.indentStart ?? 0;
    // Docs measures the first line from the margin, Word from the left indent.
    const firstLine = s.indentFirstLine !== undefined ? s.indentFirstLine - start : 0;
    const heading = s.heading ? HEADING[s.heading] : undefined;
    let numbering: { reference: string; level: number; instance: number } | undefined;
    if (p instanceof ListItem) {
      if (!this.lists.has(p.listId)) this.lists.set(p.listId, this.lists.size + 1);
      numbering = { reference: `gas-${p.glyphType}`, level: Math.min(p.nestingLevel, 8), instance: this.lists.get(p.listId) as number };
    }
    return new DocxParagraph({
      children,
      heading,
      style: s.heading === 'SUBTITLE' ? 'Subtitle' : undefined,
      alignment: s.alignment ? ALIGNMENT[s.alignment] : undefined,
      indent: s.indentStart !== undefined || s.indentEnd !== undefined || firstLine !== 0
        ? {
          left: s.indentStart !== undefined ? twips(start) : undefined,
          right: s.indentEnd !== undefined ? twips(s.indentEnd) : undefined,
          ...(firstLine > 0 ? { firstLine: twips(firstLine) } : firstLine < 0 ? { hanging: twips(-firstLine) } : {}),
        }
        : undefined,
      spacing: {
        before: s.spacingBefore !== undefined ? twips(s.spacingBefore) : undefined,
        after: s.spacingAfter !== undefined ? twips(s.spacingAfter) : undefined,
        // Without an explicit rule LibreOffice reads the line height as exact and clips images.
        ...(s.lineSpacing !== undefined ? { line: Math.round(s.lineSpacing * 240), lineRule: LineRuleType.AUTO } : {}),
      },
      border: rule ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '888888', space: 1 } } : undefined,
      numbering,
      bidirectional: s.leftToRight === false ? true : undefined,
      keepNext: s.keepWithNext === true ? true : undefined,
      keepLines: s.keepLinesTogether === true ? true : undefined,
    });
  }

  table(t: Table, available: number): DocxTable {
    const columns = Math.max(1, ...t.rows.map((r) => r.cells.length));
    const set = Array.from({ length: columns }, (_, i) => t.columnWidths[i] ?? null);
    const fixed = set.reduce<number>((sum, w) => sum + (w ?? 0), 0);
    const unset = set.filter((w) => w === null).length;
    const share = unset > 0 ? Math.max(20, (available - fixed) / unset) : 0;
    const widths = set.map((w) => w ?? share);
    const border = t.borderWidth > 0
      ? { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(t.borderWidth * 8)), color: hex(t.borderColor) }
      : { style: BorderStyle.NONE, size: 0, color: 'auto' };
    return new DocxTable({
      layout: TableLayoutType.FIXED,
      width: { size: twips(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
      columnWidths: widths.map(twips),
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: t.rows.map((row, r) => new DocxTableRow({
        height: row.minimumHeight ? { value: twips(row.minimumHeight), rule: HeightRule.ATLEAST } : undefined,
        // Docs API print properties (AS42): pinned header rows repeat, rows that must not split.
        tableHeader: r < t.pinnedHeaderRows ? true : undefined,
        cantSplit: row.preventOverflow ? true : undefined,
        children: Array.from({ length: columns }, (_, i) => {
          const cell = row.cells[i];
          if (!cell) return new DocxTableCell({ children: [new DocxParagraph({})], width: { size: twips(widths[i]), type: WidthType.DXA } });
          const width = cell.width ?? widths[i];
          return new DocxTableCell({
            width: { size: twips(width), type: WidthType.DXA },
            margins: { top: twips(cell.padding.top), bottom: twips(cell.padding.bottom), left: twips(cell.padding.left), right: twips(cell.padding.right) },
            shading: cell.backgroundColor ? { type: ShadingType.CLEAR, fill: hex(cell.backgroundColor), color: 'auto' } : undefined,
            verticalAlign: cell.verticalAlignment === 'CENTER' ? VerticalAlign.CENTER : cell.verticalAlignment === 'BOTTOM' ? VerticalAlign.BOTTOM : undefined,
            children: this.blocks(cell, width - cell.padding.left - cell.padding.right),
          });
        }),
      })),
    });
  }

  blocks(section: Section, available: number): Array<DocxParagraph | DocxTable> {
    return (section.children as Block[]).map((b) => (b instanceof Table ? this.table(b, available) : this.paragraph(b)));
  }
}

/** Docs' named styles, so headings look as they do in a new Google Doc. */
function headingStyles(font: string) {
  const h = (size: number, before: number, after: number, color?: string, italics?: boolean) => ({
    run: { font, size: size * 2, color, italics, bold: false },
    paragraph: { spacing: { before: twips(before), after: twips(after) }, keepNext: true },
  });
  return {
    title: h(26, 0, 3),
    heading1: h(20, 20, 6),
    heading2: h(16, 18, 6),
    heading3: h(14, 16, 4, '434343'),
    heading4: h(12, 14, 4, '666666'),
    heading5: h(11, 12, 4, '666666'),
    heading6: h(11, 12, 4, '666666', true),
  };
}

function numberingConfig() {
  return (Object.keys(GLYPH_FORMAT) as GlyphTypeName[]).map((glyph) => ({
    reference: `gas-${glyph}`,
    levels: Array.from({ length: 9 }, (_, level) => ({
      level,
      format: GLYPH_FORMAT[glyph].format,
      text: GLYPH_FORMAT[glyph].text(level),
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: twips(36 * (level + 1)), hanging: twips(18) } } },
    })),
  }));
}

function isDocument(doc: Document | DocumentSnapshot): doc is Document {
  return typeof (doc as Document).snapshot === 'function';
}

/** The document as .docx bytes (the live content of an open Document, or a snapshot). */
export async function documentToDocx(doc: Document | DocumentSnapshot, options: DocxOptions = {}): Promise<Buffer> {
  const content: DocumentSnapshot = isDocument(doc) ? { name: doc.getName(), body: doc.body, header: doc.header, footer: doc.footer } : doc;
  const own = content.body.textDefaults;
  const font = options.defaultFont ?? own.FONT_FAMILY ?? 'Arial';
  const size = options.defaultFontSize ?? own.FONT_SIZE ?? 11;
  const writer = new Writer();
  const page = content.body.page;
  const available = page.pageWidth - page.marginLeft - page.marginRight;
  const headerBlocks = content.header ? writer.blocks(content.header, available) : [];
  const footerBlocks = content.footer ? writer.blocks(content.footer, available) : [];
  const pageNumber = new DocxParagraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: content.body.defaultTextStyle().FONT_FAMILY })] });

  const headers = options.pageNumbers
    ? {
      default: new Header({ children: [...(content.header ? writer.blocks(content.header, available) : []), pageNumber] }),
      first: new Header({ children: headerBlocks.length ? headerBlocks : [new DocxParagraph({})] }),
    }
    : content.header ? { default: new Header({ children: headerBlocks }) } : undefined;

  const docx = new DocxDocument({
    title: content.name,
    creator: options.creator ?? 'antt emulator',
    styles: {
      default: {
        document: { run: { font, size: size * 2 }, paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO, before: 0, after: 0 } } },
        ...headingStyles(font),
      },
      paragraphStyles: [{
        id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { font, size: 30, color: '666666' }, paragraph: { spacing: { after: twips(16) }, keepNext: true },
      }],
    },
    numbering: { config: numberingConfig() },
    sections: [{
      properties: {
        titlePage: options.pageNumbers ? true : undefined,
        page: {
          size: { width: twips(page.pageWidth), height: twips(page.pageHeight) },
          margin: { top: twips(page.marginTop), bottom: twips(page.marginBottom), left: twips(page.marginLeft), right: twips(page.marginRight), header: 720, footer: 720 },
        },
      },
      headers,
      footers: content.footer ? { default: new Footer({ children: footerBlocks }) } : undefined,
      children: writer.blocks(content.body, available),
    }],
  });
  return Packer.toBuffer(docx);
}
