import { confirmationEvents } from '../../core/confirm';
import type { ValidationResult } from '../../core/issue';
import { coverageLabelOf } from '../../core/messages';
import { committeeLevel } from '../../core/report';
import { computeTotals, type Totals } from '../../core/totals';
import type { Workbook } from '../../core/workbook-model';
import { readActivityLog } from '../activity-log';
import { checkWorkbook } from '../validate/full-check';
import type { Period } from './period';

export interface TotalsRun {
  workbook: Workbook;
  validation: ValidationResult;
  totals: Totals;
  /** "xã, thị trấn" (or with "phường"), from the followed units' types. */
  coverageLabel: string;
  /** The committee's level ("huyện"), from `Cơ quan cấp trên`. */
  level: string;
}

/**
 * Reads, validates (errors excluded from totals) and computes the totals for a period, with
 * the units' confirmations from `Nhật ký`.
 */
export function totalsFor(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, period: Period): TotalsRun {
  const { workbook, validation, ctx } = checkWorkbook(ss);
  const confirmations = confirmationEvents(readActivityLog(ss, ctx));
  const totals = computeTotals({ workbook, validation, asOf: period.asOf, from: period.from, confirmations });
  const coverageLabel = coverageLabelOf(workbook.units.filter((u) => u.followed).map((u) => u.unitType));
  return { workbook, validation, totals, coverageLabel, level: committeeLevel(workbook.settings.values.parentBody) };
}
