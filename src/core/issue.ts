/** A validation finding: what the `Kiểm tra` column, `Lỗi dữ liệu`, the CLI and the sidebar show. */
export type Severity = 'Lỗi' | 'Cảnh báo';

export type RuleCode =
  | 'E01' | 'E02' | 'E03' | 'E04' | 'E05' | 'E06' | 'E07' | 'E08' | 'E09' | 'E10'
  | 'W01' | 'W02' | 'W03' | 'W04' | 'W05' | 'W06'
  | 'S01' | 'S02' | 'S03';

export interface Issue {
  code: RuleCode;
  severity: Severity;
  /** Sheet name as typed in the workbook. */
  sheet: string;
  /** 1-based sheet row (header = 1); null for sheet-level issues. */
  row: number | null;
  /** Column header (canonical), or '' for row- or sheet-level issues. */
  column: string;
  /** 1-based sheet column of the value, or null. */
  columnIndex: number | null;
  /** The offending value as the user typed it (text), or ''. */
  value: string;
  /** Vietnamese message: names the column and the value and says what to do. */
  message: string;
  /** The unit the sheet belongs to, when known. */
  unitCode: string | null;
}

import type { ModelRecord } from './workbook-model';

/** One non-blank data row of a followed unit's tab, read and checked. */
export interface CheckedRow {
  record: ModelRecord;
  /** At least one `Lỗi`: the row is left out of totals (workbook.md). */
  hasError: boolean;
  /** This row's issues, errors first. */
  issues: Issue[];
}

export interface ValidationResult {
  /** All issues: structure (S*), catalogs, then rows, in sheet and row order. */
  issues: Issue[];
  /** Non-blank rows of followed units' tabs, in unit then row order. */
  rows: CheckedRow[];
}
