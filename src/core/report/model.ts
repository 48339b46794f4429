/**
 * The report model: WHAT the review report says, as plain serialisable data (no Dates, no
 * functions). The Docs renderer (src/gas/report/render.ts), template mode and the offline
 * .docx writer all read this one structure, so the wording is decided once, here in core.
 */
import type { IsoDate } from '../dates';

export type ReportKind = 'sơ kết' | 'tổng kết';

/** A run of text; bold/italic only where the run differs from its paragraph's style. */
export interface TextSpan {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** "I. KẾT QUẢ …" (1), "1. …" (2), "a) …" (3). */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
}

/** A body paragraph: justified, first-line indent, unless `align`/`italic` say otherwise. */
export interface ParagraphBlock {
  kind: 'paragraph';
  spans: TextSpan[];
  /** The whole paragraph in italics (prompts the committee should replace). */
  italic?: boolean;
  align?: 'justify' | 'center';
}

/** Stable ids: template mode places `units` at {{bang_don_vi}} and `types` at {{bang_loai_mo_hinh}}. */
export type TableId = 'units' | 'types';

export interface TableBlock {
  kind: 'table';
  id: TableId;
  header: string[];
  /** Body rows, cells already written as text (AS19: appendTable takes String[][]). */
  rows: string[][];
  /** The "Tổng cộng" row, or null. */
  total: string[] | null;
  /** Relative column widths (any scale); the renderer spreads them over the text width. */
  widths: number[];
  /** Column indexes holding numbers: right-aligned. */
  numeric: number[];
  /** Font size in points: wide tables use a smaller one than the body. */
  fontSize: number;
}

/** A bar chart of sites per unit; the adapter draws the PNG, the renderer places it. */
export interface ChartBlock {
  kind: 'chart';
  title: string;
  labels: string[];
  values: number[];
}

/** Dash-led lines ("- Hàm Mỹ: …"), the list style of administrative documents. */
export interface ListBlock {
  kind: 'list';
  items: TextSpan[][];
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | ChartBlock | ListBlock;

export interface ReportHeader {
  /** Left column, line 1: capitals, not bold. */
  parentBody: string;
  /** Left column, line 2: capitals, bold, a short rule under it. */
  issuingBody: string;
  /** Left column: "Số: …/BC-BCĐ". */
  docNumber: string;
  /** Right column: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
  nationalTitle: string;
  /** Right column: "Độc lập - Tự do - Hạnh phúc", a rule under it. */
  motto: string;
  /** Right column, italics: "Hàm Thuận Nam, ngày 24 tháng 4 năm 2019". */
  dateLine: string;
}

export interface ReportTitle {
  label: string;
  subject: string;
  period: string;
}

export interface ReportSignature {
  authority: string;
  title: string;
  name: string;
}

export interface ReportRecipients {
  label: string;
  /** "- …;" lines, the last "- Lưu: VT, …." */
  lines: string[];
}

export interface ReportModel {
  kind: ReportKind;
  from: IsoDate;
  asOf: IsoDate;
  /** The day written in the date line. */
  reportDate: IsoDate;
  header: ReportHeader;
  title: ReportTitle;
  /** The Căn cứ sentence and "Ban Chỉ đạo huyện báo cáo kết quả như sau:". */
  opening: ParagraphBlock[];
  /** Sections I–III in order. */
  body: Block[];
  closing: ParagraphBlock;
  signature: ReportSignature;
  recipients: ReportRecipients;
  /** Template placeholder values, name → text (see placeholders.ts). */
  values: Record<string, string>;
  /**
   * Facts for the district staff rather than the report's readers (rows still invalid):
   * shown in the result dialog and logged in `Nhật ký`.
   */
  staffNotes: string[];
}
