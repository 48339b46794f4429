/**
 * District totals as of a day D for the period [F, D] (workbook.md "Totals"). Pure: it reads
 * the workbook model and the validation result, never a sheet, and never throws on odd data.
 *
 * Decisions the contract leaves open (pinned by test/core/totals.test.ts):
 * - **Counted site at X**: `hasError` false, `launchDate` ≤ X, and not retired by X. Retired
 *   by X means status `Thanh loại` with `retiredDate` ≤ X. A `Thanh loại` row without a date
 *   (E06, so normally excluded as an error anyway) is treated as retired since always: it is
 *   never a site and, having no date, never in `retiredInPeriod`. A filled `retiredDate` with
 *   another status (W04) does not retire the row: the status is what the unit asserts.
 * - A row whose status is `Thanh loại` but retired after D (only possible for a past D) was
 *   operating at D; its status then is not recorded, so it counts as `Đang hoạt động`. This
 *   keeps `byStatus` summing to `sites`, which the report's unit table relies on.
 * - Rows of units that are not followed, or whose unit code is not in `Đơn vị`, are left out
 *   everywhere, `invalidRows` included. District figures are the sum of the units' figures
 *   (distinct `types` excepted), because every counted row belongs to exactly one listed unit.
 * - Units are matched by code with `normKey`; a code listed twice (an S03 error) is listed
 *   once, at its first row, so no row is counted twice.
 * - Model types are grouped by `normKey`, so NFD/NFC and case variants are one type, reported
 *   in the catalog's spelling (else the first spelling seen). An empty type is no type.
 * - `byType` lists only types with at least one counted site (so `byType.length` equals
 *   `district.types`): catalogs hold province-wide lists and the report table should show
 *   what the district has. Order: sites descending, then name by `fold` key, then raw text
 *   (no `localeCompare`: Apps Script may lack locale data, apps-script.md AS07).
 * - `meetingsOnTime` at D: launched at most the cycle's days before D, or a `lastMeeting` on or
 *   before D and at most the cycle's days before it (the complement of W02). A meeting after D
 *   says nothing about D, so it does not count. Empty or unknown cycle = monthly.
 * - Enumerated values are matched by `normKey` against the lists of schema.ts; an empty rating
 *   is `Chưa đánh giá`. A value outside its list (an E03 error, normally excluded) is left out
 *   of that breakdown but the site still counts.
 * - `awards`: every commendation of `Khen thưởng` dated in [F, D], whatever its `Đơn vị` text
 *   (free text, not a unit code); rows without a date or with another `Đối tượng` are skipped.
 * - `confirmed`: the unit's confirmation of the period of D's month (`yyyy-MM`), replayed
 *   from the `Nhật ký` events dated on or before D (later ones did not exist as of D, so past
 *   totals stay reproducible): `on-time` or `late` as recorded, `missing` when none counts
 *   (never confirmed, or returned by an admin since).
 * - `previous`: the same site rule at F − 1 day.
 */
import { unitConfirmation, periodOf, type ConfirmationEvent } from '../confirm';
import { addDays, dayNumber, parseIsoDate, type IsoDate } from '../dates';
import { fold, keyIndex, normKey } from '../normalise';
import {
  COVERAGE_UNIT_TYPES, CYCLE_DAYS, DEFAULT_CYCLE, DEFAULT_RATING, FORMS, RATINGS, RECIPIENT_TYPES,
  RETIRED, SECTORS, STATUSES,
} from '../schema';
import type { ValidationResult } from '../issue';
import type { ModelRecord, Workbook } from '../workbook-model';
import type {
  Confirmation, DistrictFigures, Figures, PreviousFigures, Totals, TypeFigures, UnitFigures,
} from './model';

export interface TotalsInput {
  workbook: Workbook;
  validation: ValidationResult;
  /** D: the day the figures are as of. */
  asOf: IsoDate;
  /** F: first day of the period. */
  from: IsoDate;
  /** Confirmations and returns from `Nhật ký` (any period; the one of D's month is used). */
  confirmations?: readonly ConfirmationEvent[];
}

const ACTIVE_STATUSES = STATUSES.filter((s) => s !== RETIRED);
const [NEW_FORM, REPLICATED_FORM] = FORMS;
const OPERATING_STATUS = ACTIVE_STATUSES[0];
const MONTHLY_DAYS = CYCLE_DAYS[DEFAULT_CYCLE] ?? 31;

const STATUS_INDEX = keyIndex(STATUSES);
const SECTOR_INDEX = keyIndex(SECTORS);
const RATING_INDEX = keyIndex(RATINGS);
const FORM_INDEX = keyIndex(FORMS);
const RECIPIENT_INDEX = keyIndex(RECIPIENT_TYPES);
const CYCLE_INDEX = keyIndex(Object.keys(CYCLE_DAYS));
const COVERAGE_KEYS = new Set<string>(COVERAGE_UNIT_TYPES.map(normKey));

/** Every key of `keys` with 0, in list order (the JSON shape lists them all). */
function zeroes(keys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = 0;
  return out;
}

function emptyFigures(): Figures {
  return {
    sites: 0, types: 0, newSites: 0, replicatedSites: 0, launchedInPeriod: 0, retiredInPeriod: 0,
    byStatus: zeroes(ACTIVE_STATUSES), bySector: zeroes(SECTORS), byRating: zeroes(RATINGS),
    meetingsOnTime: 0, invalidRows: 0,
  };
}

interface UnitAcc {
  code: string;
  name: string;
  coverage: boolean;
  figures: Figures;
  typeKeys: Set<string>;
  prevSites: number;
  prevTypeKeys: Set<string>;
}

interface TypeAcc {
  name: string;
  field: string;
  sites: number;
  units: Set<UnitAcc>;
}

/** `normKey` is the costly part per row; values repeat, so remember them for one run. */
function memoKey(): (s: unknown) => string {
  const cache = new Map<string, string>();
  return (s) => {
    const text = typeof s === 'string' ? s : s === null || s === undefined ? '' : String(s);
    let k = cache.get(text);
    if (k === undefined) {
      k = normKey(text);
      cache.set(text, k);
    }
    return k;
  };
}

/** Day number, or NaN for anything that is not a day (NaN compares false: never "on time"). */
function safeDay(iso: unknown): number {
  return typeof iso === 'string' && iso.length >= 10 ? dayNumber(iso) : NaN;
}

function isIso(s: unknown): s is IsoDate {
  return typeof s === 'string' && parseIsoDate(s) !== null;
}

/** The day before `iso`, or `iso` itself when it is not a day (odd input must not throw). */
function dayBefore(iso: IsoDate): IsoDate {
  return isIso(iso) ? addDays(iso, -1) : iso;
}

/** Sort key for type names without locale data: accent-folded first, raw text breaks ties. */
export function compareTypeNames(a: string, b: string): number {
  const fa = fold(a);
  const fb = fold(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const k of Object.keys(from)) into[k] = (into[k] ?? 0) + from[k];
}

/** Figures of a unit, key order as in workbook.md. */
function unitFigures(u: UnitAcc, confirmed: Confirmation): UnitFigures {
  return { code: u.code, name: u.name, ...u.figures, types: u.typeKeys.size, confirmed };
}

/**
 * Whether a site had its periodic meeting on time at D (the `meetingsOnTime` rule above). The
 * report lists the overdue sites with it, so its facts as of D match its figures.
 */
// Stryker disable next-line StringLiteral: a null or undefined cycle keys as '' or as any other non-cycle text alike: both are no cycle, so monthly
export function meetingOnTimeAt(r: ModelRecord, asOf: IsoDate, asOfDay: number = safeDay(asOf), key: (s: unknown) => string = (s) => normKey(String(s ?? ''))): boolean {
  const cycle = CYCLE_INDEX.get(key(r.cycle));
  const cycleDays = (cycle !== undefined ? CYCLE_DAYS[cycle] : undefined) ?? MONTHLY_DAYS;
  const meeting = r.lastMeeting;
  return asOfDay - safeDay(r.launchDate) <= cycleDays ||
    (typeof meeting === 'string' && meeting <= asOf && asOfDay - safeDay(meeting) <= cycleDays);
}

export function computeTotals(input: TotalsInput): Totals {
  const { workbook, validation, asOf, from } = input;
  const key = memoKey();
  const prevAsOf = dayBefore(from);
  const asOfDay = safeDay(asOf);
  const retiredKey = normKey(RETIRED);

  // Followed units, first row of a code wins.
  const units: UnitAcc[] = [];
  const unitByKey = new Map<string, UnitAcc>();
  // Stryker disable next-line ArrayDeclaration: with no units list, a list holding a string gives an entry with no `followed`, skipped like no entry
  for (const u of workbook.units ?? []) {
    if (!u || !u.followed) continue;
    const k = key(u.code);
    if (unitByKey.has(k)) continue;
    const acc: UnitAcc = {
      code: u.code, name: u.name, coverage: COVERAGE_KEYS.has(key(u.unitType)), figures: emptyFigures(),
      typeKeys: new Set(), prevSites: 0, prevTypeKeys: new Set(),
    };
    units.push(acc);
    unitByKey.set(k, acc);
  }

  const catalog = new Map<string, { name: string; field: string }>();
  // Stryker disable next-line ArrayDeclaration: with no types list, a list holding a string gives an entry with no `name`, keyed '' and skipped like no entry
  for (const t of workbook.types ?? []) {
    const k = key(t?.name);
    if (k !== '' && !catalog.has(k)) catalog.set(k, { name: t.name, field: t.field ?? '' });
  }
  const byType = new Map<string, TypeAcc>();

  const retiredBy = (r: ModelRecord, day: IsoDate): boolean =>
    key(r.status) === retiredKey && (r.retiredDate === null || r.retiredDate === undefined || r.retiredDate <= day);
  const isSiteAt = (r: ModelRecord, day: IsoDate): boolean =>
    typeof r.launchDate === 'string' && r.launchDate <= day && !retiredBy(r, day);

  // Stryker disable next-line ArrayDeclaration: with no rows list, a list holding a string gives an entry with no `record`, skipped like no entry
  for (const row of validation.rows ?? []) {
    const r = row?.record;
    if (!r) continue;
    const unit = unitByKey.get(key(r.unitCode));
    if (!unit) continue;
    const f = unit.figures;
    if (row.hasError) {
      f.invalidRows++;
      continue;
    }
    if (key(r.status) === retiredKey && typeof r.retiredDate === 'string' && r.retiredDate >= from && r.retiredDate <= asOf) {
      f.retiredInPeriod++;
    }
    const typeKey = key(r.type);
    if (isSiteAt(r, prevAsOf)) {
      unit.prevSites++;
      if (typeKey !== '') unit.prevTypeKeys.add(typeKey);
    }
    if (!isSiteAt(r, asOf)) continue;

    f.sites++;
    if (typeKey !== '') {
      unit.typeKeys.add(typeKey);
      let t = byType.get(typeKey);
      if (!t) {
        const c = catalog.get(typeKey);
        t = { name: c ? c.name : String(r.type).trim(), field: c ? c.field : '', sites: 0, units: new Set() };
        byType.set(typeKey, t);
      }
      t.sites++;
      t.units.add(unit);
    }
    const form = FORM_INDEX.get(key(r.form));
    if (form === NEW_FORM) f.newSites++;
    else if (form === REPLICATED_FORM) f.replicatedSites++;
    if ((r.launchDate as string) >= from) f.launchedInPeriod++;

    const status = STATUS_INDEX.get(key(r.status));
    const shownStatus = status === RETIRED ? OPERATING_STATUS : status;
    if (shownStatus !== undefined) f.byStatus[shownStatus]++;
    const sector = SECTOR_INDEX.get(key(r.sector));
    if (sector !== undefined) f.bySector[sector]++;
    const ratingKey = key(r.rating);
    const rating = ratingKey === '' ? DEFAULT_RATING : RATING_INDEX.get(ratingKey);
    if (rating !== undefined) f.byRating[rating]++;

    if (meetingOnTimeAt(r, asOf, asOfDay, key)) f.meetingsOnTime++;
  }

  // Stryker disable next-line ArrayDeclaration: with no confirmations, a list holding a string gives an entry with no `unitCode`, filtered out like no entry
  const events = (input.confirmations ?? []).filter((e) => e && typeof e.unitCode === 'string' && typeof e.day === 'string');
  const period = periodOf(asOf);

  const district: DistrictFigures = {
    ...emptyFigures(), unitsWithSites: 0, unitsTotal: 0, awards: zeroes(RECIPIENT_TYPES),
  };
  const districtTypes = new Set<string>();
  const prevTypes = new Set<string>();
  let prevSites = 0;
  let prevUnitsWithSites = 0;
  const unitRows: UnitFigures[] = [];
  for (const u of units) {
    const f = u.figures;
    district.sites += f.sites;
    district.newSites += f.newSites;
    district.replicatedSites += f.replicatedSites;
    district.launchedInPeriod += f.launchedInPeriod;
    district.retiredInPeriod += f.retiredInPeriod;
    district.meetingsOnTime += f.meetingsOnTime;
    district.invalidRows += f.invalidRows;
    addCounts(district.byStatus, f.byStatus);
    addCounts(district.bySector, f.bySector);
    addCounts(district.byRating, f.byRating);
    for (const t of u.typeKeys) districtTypes.add(t);
    for (const t of u.prevTypeKeys) prevTypes.add(t);
    prevSites += u.prevSites;
    if (u.coverage) {
      district.unitsTotal++;
      if (f.sites > 0) district.unitsWithSites++;
      if (u.prevSites > 0) prevUnitsWithSites++;
    }
    unitRows.push(unitFigures(u, period === '' ? 'missing' : unitConfirmation(events, u.code, period, asOf).state));
  }
  district.types = districtTypes.size;

  // Stryker disable next-line ArrayDeclaration: with no awards list, a list holding a string gives an entry with no `date`, skipped like no entry
  for (const a of workbook.awards ?? []) {
    if (!a || typeof a.date !== 'string' || a.date < from || a.date > asOf) continue;
    const recipient = RECIPIENT_INDEX.get(key(a.recipientType));
    if (recipient !== undefined) district.awards[recipient]++;
  }

  const types: TypeFigures[] = [...byType.values()]
    .sort((a, b) => b.sites - a.sites || compareTypeNames(a.name, b.name))
    .map((t) => ({ type: t.name, field: t.field, sites: t.sites, units: t.units.size }));

  const previous: PreviousFigures = {
    asOf: prevAsOf, sites: prevSites, types: prevTypes.size, unitsWithSites: prevUnitsWithSites,
  };
  return totalsForJson({ asOf, from, district, units: unitRows, byType: types, previous });
}

function figuresJson(f: Figures): Figures {
  return {
    sites: f.sites, types: f.types, newSites: f.newSites, replicatedSites: f.replicatedSites,
    launchedInPeriod: f.launchedInPeriod, retiredInPeriod: f.retiredInPeriod,
    byStatus: { ...f.byStatus }, bySector: { ...f.bySector }, byRating: { ...f.byRating },
    meetingsOnTime: f.meetingsOnTime, invalidRows: f.invalidRows,
  };
}

/**
 * The totals as plain JSON data in workbook.md's key order (what `antt totals --json` prints
 * and `google.script.run` may carry): a fresh copy, only strings and numbers, no Dates.
 */
export function totalsForJson(t: Totals): Totals {
  const d = t.district;
  const f = figuresJson(d);
  return {
    asOf: String(t.asOf),
    from: String(t.from),
    district: {
      sites: f.sites, types: f.types, unitsWithSites: d.unitsWithSites, unitsTotal: d.unitsTotal,
      newSites: f.newSites, replicatedSites: f.replicatedSites, launchedInPeriod: f.launchedInPeriod,
      retiredInPeriod: f.retiredInPeriod, byStatus: f.byStatus, bySector: f.bySector, byRating: f.byRating,
      meetingsOnTime: f.meetingsOnTime, invalidRows: f.invalidRows, awards: { ...d.awards },
    },
    units: t.units.map((u) => ({ code: u.code, name: u.name, ...figuresJson(u), confirmed: u.confirmed })),
    byType: t.byType.map((b) => ({ type: b.type, field: b.field, sites: b.sites, units: b.units })),
    previous: {
      asOf: String(t.previous.asOf), sites: t.previous.sites, types: t.previous.types,
      unitsWithSites: t.previous.unitsWithSites,
    },
  };
}
