/**
 * The row-local rules (scope 'row' in rules.ts): everything that can be decided from one
 * data row, the catalogs and today. The live onEdit check runs only these.
 */
import { dayNumber, formatDayVi } from '../dates';
import type { Issue, RuleCode } from '../issue';
import type { ReadContext } from '../raw';
import {
  CYCLE_DAYS, INTERIM_REVIEW_DAYS, MODEL_COLUMNS, RETIRED, SHEETS,
  type ColumnSpec, type ModelField,
} from '../schema';
import { suggest, suggestIndex, type SuggestIndex } from '../suggest';
import {
  CYCLE_LIST, DATE_FIELDS, FORM_LIST, RATING_LIST, SECTOR_LIST, STATUS_LIST, catalogIndex, lookup,
  rowAt, sheetRowOf, type CatalogIndex, type ListIndex, type RowRead,
} from '../workbook';
import type { UnitTab, Workbook } from '../workbook-model';
import { phoneProblem } from './phone';
import { makeIssue } from './rules';
import type { EmptyHint, MessageSlots } from '../messages/validation';

export const HEADER = {} as Record<ModelField, string>;
for (const spec of MODEL_COLUMNS) HEADER[spec.key] = spec.header;

const REQUIRED: readonly ColumnSpec<ModelField>[] = MODEL_COLUMNS.filter((c) => c.required);

/** List columns checked by E03, with their value list. */
const LIST_FIELDS: readonly { field: ModelField; list: ListIndex }[] = [
  { field: 'sector', list: SECTOR_LIST },
  { field: 'form', list: FORM_LIST },
  { field: 'status', list: STATUS_LIST },
  { field: 'rating', list: RATING_LIST },
  { field: 'cycle', list: CYCLE_LIST },
];

/** Dates that cannot precede the launch (E07). */
// Stryker disable next-line MethodExpression,StringLiteral: equivalent, both keep launchDate in the list (no filter, `f !== ''`) and a launch date is never before itself
const AFTER_LAUNCH = DATE_FIELDS.filter((f) => f !== 'launchDate');

/** Everything the row rules share across rows of one check: built once, not per row. */
export interface RowCheckContext {
  ctx: ReadContext;
  catalogs: CatalogIndex;
  today: number;
  todayText: string;
  typeSuggestions: SuggestIndex;
  listSuggestions: Map<ListIndex, SuggestIndex>;
  /** Suggestions already computed, by list and folded value: typos repeat down a column. */
  suggestCache: Map<string, string | null>;
}

export function rowCheckContext(wb: Workbook, ctx: ReadContext): RowCheckContext {
  const catalogs = catalogIndex(wb);
  const listSuggestions = new Map<ListIndex, SuggestIndex>();
  for (const { list } of LIST_FIELDS) listSuggestions.set(list, suggestIndex(list.values));
  return {
    ctx,
    catalogs,
    today: dayNumber(ctx.today),
    todayText: formatDayVi(ctx.today),
    typeSuggestions: suggestIndex(catalogs.types.values),
    listSuggestions,
    suggestCache: new Map(),
  };
}

function cachedSuggest(rc: RowCheckContext, tag: string, value: string, index: SuggestIndex): string | null {
  const key = `${tag}\u0000${value}`;
  const hit = rc.suggestCache.get(key);
  if (hit !== undefined) return hit;
  const s = suggest(value, index);
  rc.suggestCache.set(key, s);
  return s;
}

function emptyHint(field: ModelField): EmptyHint {
  const spec = MODEL_COLUMNS.find((c) => c.key === field);
  // Stryker disable next-line OptionalChaining: equivalent, emptyHint is only called with the key of a MODEL_COLUMNS spec
  if (spec?.list) return { kind: 'list', list: spec.list };
  if (field === 'type') return { kind: 'catalog', catalogSheet: SHEETS.types };
  // Stryker disable next-line OptionalChaining: equivalent, emptyHint is only called with the key of a MODEL_COLUMNS spec
  if (spec?.kind === 'date') return { kind: 'date' };
  if (field === 'place') return { kind: 'place' };
  // Stryker disable next-line ObjectLiteral,StringLiteral: equivalent, unreachable: every required column is a list, the type, a date or the place
  return { kind: 'text' };
}

/**
 * Issues of one data row from the row-local rules, in column order. `tab` must be the tab
 * the row was read from.
 */
export function checkRowLocal(tab: UnitTab, rowIndex: number, read: RowRead, rc: RowCheckContext): Issue[] {
  const issues: Issue[] = [];
  const { text, dates, record } = read;
  const cols = tab.columns;
  const sheetRow = sheetRowOf(tab, rowIndex);
  const unitCode = tab.unitCode;

  const add = <C extends RuleCode>(code: C, field: ModelField | null, slots: MessageSlots[C], value?: string): void => {
    const col = field === null ? undefined : cols[field];
    issues.push(makeIssue(code, slots, {
      sheet: tab.sheet,
      row: sheetRow,
      // Stryker disable next-line StringLiteral: equivalent, add() is never called with a null field
      column: field === null ? '' : HEADER[field],
      columnIndex: col === undefined ? null : col + 1,
      // Stryker disable next-line StringLiteral: equivalent, add() is never called with a null field
      value: value ?? (field === null ? '' : text[field]),
      unitCode,
    }));
  };

  // E01: a required column that exists (a missing one is S02, once for the sheet) but is empty.
  for (const spec of REQUIRED) {
    if (cols[spec.key] === undefined) continue;
    const empty = spec.kind === 'date'
      ? dates[spec.key as 'launchDate'].day === null && dates[spec.key as 'launchDate'].problem === null
      : text[spec.key] === '';
    if (empty) add('E01', spec.key, { column: spec.header, hint: emptyHint(spec.key) });
  }

  // E02: model type not in the catalog.
  const typeRecord = text.type ? rc.catalogs.typeByName.get(record.type) : undefined;
  if (text.type && !typeRecord) {
    add('E02', 'type', {
      column: HEADER.type,
      value: text.type,
      catalogSheet: SHEETS.types,
      // Stryker disable next-line StringLiteral: equivalent, the tag only keeps the type's cache keys apart from the list fields' tags, which are not ''
      suggestion: cachedSuggest(rc, 'type', text.type, rc.typeSuggestions),
    });
  }

  // E03: list values.
  for (const { field, list } of LIST_FIELDS) {
    const value = text[field];
    if (!value || lookup(list, value) !== null) continue;
    const index = rc.listSuggestions.get(list) as SuggestIndex;
    add('E03', field, { column: HEADER[field], value, list: list.values, suggestion: cachedSuggest(rc, field, value, index) });
  }

  // E04 invalid dates, E05 future dates.
  for (const field of DATE_FIELDS) {
    const d = dates[field];
    if (d.problem !== null) {
      add('E04', field, { column: HEADER[field], value: text[field], problem: d.problem });
    } else if (d.dayNumber !== null && d.dayNumber > rc.today) {
      add('E05', field, { column: HEADER[field], date: formatDayVi(d.day), today: rc.todayText });
    }
  }

  // E06: retired without a retirement date (an invalid one is E04 already).
  const retired = record.status === RETIRED;
  if (retired && dates.retiredDate.day === null && dates.retiredDate.problem === null) {
    add('E06', 'retiredDate', { statusColumn: HEADER.status, status: RETIRED, dateColumn: HEADER.retiredDate });
  }

  // E07: meeting, review or retirement before the launch.
  const launch = dates.launchDate.day;
  const launchDay = dates.launchDate.dayNumber;
  // Stryker disable next-line LogicalOperator: equivalent, a date read has day and dayNumber both null or both set
  if (launch !== null && launchDay !== null) {
    for (const field of AFTER_LAUNCH) {
      const { day, dayNumber: n } = dates[field];
      if (day !== null && n !== null && n < launchDay) {
        add('E07', field, {
          column: HEADER[field], date: formatDayVi(day), launchColumn: HEADER.launchDate, launchDate: formatDayVi(launch),
        });
      }
    }
  }

  // E09: member count.
  if (read.members === null) add('E09', 'members', { column: HEADER.members, value: text.members });

  // E10: sector not allowed for the type.
  if (typeRecord && typeRecord.sectors.length > 0) {
    const sector = lookup(SECTOR_LIST, text.sector);
    if (sector !== null && !typeRecord.sectors.includes(sector)) {
      add('E10', 'sector', { column: HEADER.sector, value: text.sector, type: typeRecord.name, allowed: typeRecord.sectors });
    }
  }

  // W02, W03: meetings and reviews, for models launched long enough ago and not retired.
  if (!retired && launchDay !== null) {
    const sinceLaunch = rc.today - launchDay;
    const cycle = text.cycle ? lookup(CYCLE_LIST, text.cycle) : record.cycle;
    const cycleDays = cycle === null ? undefined : CYCLE_DAYS[cycle];
    const meeting = dates.lastMeeting;
    if (cycle !== null && cycleDays !== undefined && meeting.problem === null && sinceLaunch > cycleDays) {
      if (meeting.dayNumber === null || rc.today - meeting.dayNumber > cycleDays) {
        add('W02', 'lastMeeting', {
          column: HEADER.lastMeeting, lastDate: meeting.day && formatDayVi(meeting.day), days: cycleDays, cycle,
        });
      }
    }
    const review = dates.lastInterimReview;
    // An annual review (tổng kết) also reviews the half-year: the one in December stands for
    // the second sơ kết, so a model reviewed either way within 184 days is not overdue.
    const annual = dates.lastAnnualReview;
    const lastReview = Math.max(review.dayNumber ?? -Infinity, annual.problem === null ? annual.dayNumber ?? -Infinity : -Infinity);
    if (review.problem === null && sinceLaunch > INTERIM_REVIEW_DAYS) {
      // Stryker disable next-line UnaryOperator: equivalent, with `+Infinity` a never-reviewed model still passes today - (-Infinity) = Infinity > 184
      if (lastReview === -Infinity || rc.today - lastReview > INTERIM_REVIEW_DAYS) {
        add('W03', 'lastInterimReview', {
          column: HEADER.lastInterimReview, lastDate: review.day && formatDayVi(review.day), days: INTERIM_REVIEW_DAYS,
        });
      }
    }
  }

  // W04: a retirement date on a model whose (valid) status is not retired.
  const status = lookup(STATUS_LIST, text.status);
  if (dates.retiredDate.day !== null && status !== null && status !== RETIRED) {
    add('W04', 'retiredDate', {
      column: HEADER.retiredDate, date: formatDayVi(dates.retiredDate.day), statusColumn: HEADER.status, status, retired: RETIRED,
    });
  }

  // W05: phone.
  if (text.phone && cols.phone !== undefined) {
    const cell = rowAt(tab.rows, rowIndex)[cols.phone];
    const problem = phoneProblem(cell, text.phone);
    if (problem) add('W05', 'phone', { column: HEADER.phone, value: text.phone, lostZero: problem === 'lostZero' });
  }

  return issues;
}
