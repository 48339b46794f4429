/**
 * What a reminder says about one unit, from the workbook and a fresh check: its errors,
 * overdue meetings (W02), reviews due within a month, every problem as one line, and its
 * valid and invalid addresses.
 */
import { addDays, type IsoDate } from '../dates';
import { isEmail } from '../email';
import type { CheckedRow, Issue, ValidationResult } from '../issue';
import { MAIL_TEXT } from '../messages';
import { normKey } from '../normalise';
import { INTERIM_REVIEW_DAYS, RETIRED } from '../schema';
import type { UnitRecord, Workbook } from '../workbook-model';

/** A review is "due" from this many days before its day (the issue's "within a month"). */
export const REVIEW_NOTICE_DAYS = 30;
const ANNUAL_REVIEW_DAYS = 365;

export interface UnitFacts {
  code: string;
  name: string;
  tabName: string;
  /** Valid `Email đầu mối` addresses. */
  emails: string[];
  /** What the cell holds that is not an address. */
  badEmails: string[];
  errors: number;
  overdueMeetings: number;
  reviewsDue: number;
  /** Errors first, then warnings, then reviews coming due: one line each. */
  problems: string[];
}

function latest(...days: (IsoDate | null)[]): IsoDate | null {
  return days.reduce<IsoDate | null>((a, d) => (d !== null && (a === null || d > a) ? d : a), null);
}

/** Review lines for rows whose next 6-month or annual review falls within the notice. */
function reviewLines(rows: readonly CheckedRow[], today: IsoDate): string[] {
  const horizon = addDays(today, REVIEW_NOTICE_DAYS);
  const out: string[] = [];
  for (const { record: r, hasError } of rows) {
    if (hasError || r.launchDate === null || r.status === RETIRED) continue;
    const model = r.name || r.type;
    const interimBase = latest(r.launchDate, r.lastInterimReview, r.lastAnnualReview);
    const annualBase = latest(r.launchDate, r.lastAnnualReview);
    const interim = interimBase === null ? null : addDays(interimBase, INTERIM_REVIEW_DAYS);
    const annual = annualBase === null ? null : addDays(annualBase, ANNUAL_REVIEW_DAYS);
    // An overdue 6-month review is W03, already among the issues.
    if (interim !== null && interim > today && interim <= horizon) out.push(MAIL_TEXT.reviewDue(r.sheet, r.row, model, false, interim));
    else if (annual !== null && annual <= horizon) out.push(MAIL_TEXT.reviewDue(r.sheet, r.row, model, true, annual));
  }
  return out;
}

function issueLines(issues: readonly Issue[]): string[] {
  const ordered = [...issues.filter((i) => i.severity === 'Lỗi'), ...issues.filter((i) => i.severity !== 'Lỗi')];
  return ordered.map((i) => MAIL_TEXT.issueLine(i.sheet, i.row, i.message));
}

/** Facts of every followed unit, in catalog order. */
export function unitFacts(workbook: Workbook, validation: ValidationResult, today: IsoDate): UnitFacts[] {
  const byUnit = new Map<string, { issues: Issue[]; rows: CheckedRow[] }>();
  const slot = (code: string) => {
    const k = normKey(code);
    let s = byUnit.get(k);
    if (!s) byUnit.set(k, (s = { issues: [], rows: [] }));
    return s;
  };
  for (const i of validation.issues) if (i.unitCode !== null) slot(i.unitCode).issues.push(i);
  for (const r of validation.rows) slot(r.record.unitCode).rows.push(r);
  return workbook.units.filter((u) => u.followed).map((u: UnitRecord) => {
    const { issues, rows } = byUnit.get(normKey(u.code)) ?? { issues: [], rows: [] };
    const reviews = reviewLines(rows, today);
    const overdueReviews = issues.filter((i) => i.code === 'W03').length;
    return {
      code: u.code,
      name: u.name,
      tabName: u.tabName,
      emails: [...new Set(u.emails.filter(isEmail).map((e) => e.toLowerCase()))],
      badEmails: u.emails.filter((e) => !isEmail(e)),
      errors: issues.filter((i) => i.severity === 'Lỗi').length,
      overdueMeetings: issues.filter((i) => i.code === 'W02').length,
      reviewsDue: reviews.length + overdueReviews,
      problems: [...issueLines(issues), ...reviews],
    };
  });
}
