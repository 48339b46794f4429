/**
 * buildReportModel: totals, settings and the validation result → what the review report
 * says (model.ts). Pure: the same input gives the same model, in Node and on Apps Script.
 *
 * The model grows with units and model types, never with sites: per-site facts
 * (outstanding and weak models, overdue meetings) are grouped into one line per unit, so
 * the renderer's Docs calls stay bounded however many rows the workbook holds.
 */
import { formatDateLine, type IsoDate } from '../dates';
import { clean, normKey } from '../normalise';
import { RETIRED, SETTINGS, type SettingKey } from '../schema';
import type { CheckedRow, ValidationResult } from '../issue';
import type { Figures, Totals } from '../totals';
import type { AwardRecord, ModelRecord, UnitRecord } from '../workbook-model';
import { REPORT_TEXT } from '../messages/report';
import { describeChange, formatPercent, formatShortDate, joinNames, padCount } from './format';
import { normaliseRecipients } from './recipients';
import { capGroups, dropSelfParentheses, highlightAfterColon, LIST_CAPS, shorten, type CappedGroup, type CappedList } from './lists';
import { meetingOnTimeAt } from '../totals';
import { agencySites, totalsValues } from './placeholders';
import type { Block, ParagraphBlock, ReportKind, ReportModel, TableBlock, TextSpan } from './model';

export interface ReportInput {
  totals: Totals;
  settings: Record<SettingKey, string>;
  validation: ValidationResult;
  kind?: ReportKind;
  /** The day in the date line; default the totals' as-of day. */
  generatedAt?: IsoDate;
  /** Commendation records (`Khen thưởng`); those dated in the period are listed by name. */
  awards?: AwardRecord[];
  /** The unit catalog, for the coverage wording ("xã, phường, thị trấn"). */
  units?: Pick<UnitRecord, 'code' | 'unitType' | 'followed'>[];
}

const DEFAULTS = Object.fromEntries(SETTINGS.map((s) => [s.key, s.default])) as Record<SettingKey, string>;

function settingOf(settings: Partial<Record<SettingKey, string>>, key: SettingKey): string {
  const v = settings[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : DEFAULTS[key];
}

function para(text: string): ParagraphBlock {
  return { kind: 'paragraph', spans: [{ text }] };
}

function prompt(text: string): ParagraphBlock {
  return { kind: 'paragraph', spans: [{ text }], italic: true };
}

/** Settings prose → one paragraph per non-empty line. */
function prose(text: string): ParagraphBlock[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '').map((l) => para(l));
}

/** The level of the committee, read from the parent body ("UBND HUYỆN …" → "huyện"). */
export function committeeLevel(parentBody: string): string {
  const text = ` ${normKey(parentBody).replace(/[,.;:]/g, ' ')} `;
  let best: { at: number; level: string } | null = null;
  for (const level of REPORT_TEXT.levels) {
    const at = text.indexOf(` ${level} `);
    if (at < 0) continue;
    // Stryker disable next-line EqualityOperator: two levels never start at the same place (each is its own words), so < and <= pick alike
    if (best === null || at < best.at) best = { at, level };
  }
  return best ? best.level : REPORT_TEXT.defaultLevel;
}

/** The unit types (normKey) the coverage wording names: see coverageWording. */
function coveredTypes(totals: Totals, units: ReportInput['units']): Set<string> {
  if (units && units.length > 0) return new Set(units.filter((u) => u.followed).map((u) => normKey(u.unitType)));
  const types = new Set(['xã', 'thị trấn']);
  if (totals.units.some((u) => normKey(u.name).startsWith('phường'))) types.add('phường');
  return types;
}

/**
 * How the overview names the coverage units: "xã, thị trấn" by default; from the unit
 * catalog when given ("xã, phường, thị trấn" once a ward is among the followed units);
 * without it, a unit named "Phường …" is enough to add "phường".
 */
export function coverageWording(totals: Totals, units?: ReportInput['units']): string {
  const present = coveredTypes(totals, units);
  const words = Object.keys(REPORT_TEXT.unitWords).filter((t) => present.has(normKey(t))).map((t) => REPORT_TEXT.unitWords[t]);
  return words.length > 0 ? words.join(', ') : REPORT_TEXT.defaultUnitWords;
}

/** Whether a day falls in the report's period [F, D]. */
function inPeriod(day: IsoDate | null, t: Totals): boolean {
  // Stryker disable next-line ConditionalExpression: JavaScript compares null with a date string as false both ways, so without this line the answer is the same; it is there for the type
  if (day === null) return false;
  return day >= t.from && day <= t.asOf;
}

/** A row is a site at D as totals.ts counts it: no error, launched by D, not retired by D. */
function isSiteAt(row: CheckedRow, asOf: IsoDate): boolean {
  if (row.hasError) return false;
  const r = row.record;
  if (typeof r.launchDate !== 'string' || r.launchDate > asOf) return false;
  const retired = normKey(r.status) === normKey(RETIRED) && (r.retiredDate === null || r.retiredDate <= asOf);
  return !retired;
}

/** Unit code → display name, in the totals' unit order. */
function unitNames(totals: Totals): Map<string, string> {
  return new Map(totals.units.map((u) => [normKey(u.code), u.name]));
}

/** Records grouped by unit, units in the totals' order, unknown units after (by sheet). */
function groupByUnit<T>(items: T[], codeOf: (t: T) => string, names: Map<string, string>): { name: string; items: T[] }[] {
  const groups = new Map<string, { name: string; items: T[] }>();
  for (const key of names.keys()) groups.set(key, { name: names.get(key) as string, items: [] });
  for (const item of items) {
    const key = normKey(codeOf(item));
    let g = groups.get(key);
    if (!g) {
      g = { name: codeOf(item), items: [] };
      groups.set(key, g);
    }
    g.items.push(item);
  }
  return [...groups.values()].filter((g) => g.items.length > 0);
}

function modelRef(r: ModelRecord): string {
  return REPORT_TEXT.modelRef(clean(r.type), dropSelfParentheses(clean(r.place)));
}

function withoutEndDot(s: string): string {
  return clean(s).replace(/[.;]+$/, '');
}

// ---------------------------------------------------------------- section I

function overviewBlocks(t: Totals, unitWords: string): ParagraphBlock[] {
  const d = t.district;
  if (d.sites === 0) return [para(REPORT_TEXT.noSites)];
  const agency = agencySites(d.bySector);
  const first = d.unitsTotal > 0
    ? REPORT_TEXT.overview(padCount(d.types), padCount(d.sites), padCount(d.unitsWithSites), padCount(d.unitsTotal), unitWords, agency, padCount(agency))
    : REPORT_TEXT.overviewNoUnits(padCount(d.types), padCount(d.sites));
  const launched = d.launchedInPeriod > 0 ? REPORT_TEXT.launched(padCount(d.launchedInPeriod)) : REPORT_TEXT.noneLaunched;
  const status = REPORT_TEXT.statuses(
    padCount(d.byStatus['Đang hoạt động'] ?? 0), padCount(d.byStatus['Củng cố'] ?? 0), padCount(d.byStatus['Kiện toàn'] ?? 0),
  );
  const retired = d.retiredInPeriod > 0 ? REPORT_TEXT.retired(padCount(d.retiredInPeriod)) : REPORT_TEXT.noneRetired;
  return [
    para(first),
    para(`${REPORT_TEXT.forms(padCount(d.newSites), padCount(d.replicatedSites))} ${launched}`),
    para(`${status} ${retired}`),
  ];
}

/** A unit's or the district's figures, as the unit table's columns after STT and name. */
function figureCells(u: Figures): string[] {
  return [
    String(u.sites),
    String(u.types),
    String(u.newSites),
    String(u.replicatedSites),
    String(u.byStatus['Đang hoạt động'] ?? 0),
    String((u.byStatus['Củng cố'] ?? 0) + (u.byStatus['Kiện toàn'] ?? 0)),
    String(u.retiredInPeriod),
    String(u.meetingsOnTime),
  ];
}

export function unitTable(t: Totals): TableBlock | null {
  if (t.units.length === 0) return null;
  const d = t.district;
  const rows = t.units.map((u, i) => [String(i + 1), u.name, ...figureCells(u)]);
  const total = ['', REPORT_TEXT.totalRow, ...figureCells(d)];
  return {
    kind: 'table', id: 'units', header: [...REPORT_TEXT.unitTableHeader], rows, total,
    widths: [7, 17, 9, 9, 10, 10, 10, 10, 10, 10], numeric: [0, 2, 3, 4, 5, 6, 7, 8, 9], fontSize: 11,
  };
}

export function typeTable(t: Totals): TableBlock | null {
  if (t.byType.length === 0) return null;
  const rows = t.byType.map((ty, i) => [String(i + 1), ty.type, ty.field, String(ty.sites), String(ty.units)]);
  // Units are not additive across types (a unit runs several): the total is the units with sites.
  const total = ['', REPORT_TEXT.totalRow, '', String(t.district.sites), String(t.units.filter((u) => u.sites > 0).length)];
  return {
    kind: 'table', id: 'types', header: [...REPORT_TEXT.typeTableHeader], rows, total,
    widths: [7, 43, 28, 11, 11], numeric: [0, 3, 4], fontSize: 12,
  };
}

function activityBlocks(t: Totals, rows: CheckedRow[], kind: ReportKind, unitWords: string): Block[] {
  const d = t.district;
  const out: Block[] = [];
  if (d.sites > 0) {
    out.push(para(REPORT_TEXT.meetings(padCount(d.meetingsOnTime), padCount(d.sites), formatPercent(d.meetingsOnTime, d.sites))));
    // Reviews are not a totals figure; they are read off the checked rows, when there are any.
    const sites = rows.filter((r) => isSiteAt(r, t.asOf));
    if (sites.length > 0) {
      const held = sites.filter((r) => {
        return inPeriod(kind === 'tổng kết' ? r.record.lastAnnualReview : r.record.lastInterimReview, t);
      }).length;
      out.push(para(held > 0 ? REPORT_TEXT.reviews(kind, padCount(held), padCount(d.sites)) : REPORT_TEXT.noReviews(kind)));
    }
    out.push(para(REPORT_TEXT.ratings(
      padCount(d.byRating['Hiệu quả'] ?? 0), padCount(d.byRating['Trung bình'] ?? 0),
      padCount(d.byRating['Kém'] ?? 0), padCount(d.byRating['Chưa đánh giá'] ?? 0),
    )));
  }
  if (t.units.length > 0) {
    const onTime = t.units.filter((u) => u.confirmed === 'on-time').length;
    const late = t.units.filter((u) => u.confirmed === 'late').map((u) => u.name);
    const missing = t.units.filter((u) => u.confirmed === 'missing').map((u) => u.name);
    let text = REPORT_TEXT.confirmations(padCount(onTime), padCount(t.units.length));
    if (late.length > 0) text += ` ${REPORT_TEXT.confirmedLate(joinNames(late))}`;
    if (missing.length > 0) text += ` ${REPORT_TEXT.confirmationMissing(joinNames(missing))}`;
    out.push(para(text));
  }
  const p = t.previous;
  const changes = [
    REPORT_TEXT.changeSites(describeChange(d.sites - p.sites, REPORT_TEXT.unitSites), formatShortDate(p.asOf), padCount(p.sites)),
    REPORT_TEXT.changeTypes(describeChange(d.types - p.types, REPORT_TEXT.unitTypes)),
    REPORT_TEXT.changeCoverage(describeChange(d.unitsWithSites - p.unitsWithSites, REPORT_TEXT.unitUnits), unitWords),
  ];
  out.push(para(`${changes.join('; ')}.`));
  return out;
}

/** "Hàm Mỹ: a; b; và 03 mô hình khác." — the unit bold, its shown entries, what is left out. */
function unitLine<T>(g: CappedGroup<T>, format: (items: T[]) => string, more: (n: string) => string): TextSpan[] {
  const text = `${format(g.items)}${g.hidden > 0 ? more(padCount(g.hidden)) : ''}.`;
  return g.name === '' ? [{ text: capitalise(text) }] : [{ text: g.name, bold: true }, { text: `: ${text}` }];
}

/** How a list names what it leaves out: in a unit's line, and in units the district cap left out. */
interface LeftOut {
  more: (n: string) => string;
  elsewhere: (n: string, units: string) => string;
}

const MODELS_LEFT_OUT: LeftOut = { more: REPORT_TEXT.moreModels, elsewhere: REPORT_TEXT.moreModelsElsewhere };
const AWARDS_LEFT_OUT: LeftOut = { more: REPORT_TEXT.moreAwards, elsewhere: REPORT_TEXT.moreAwardsElsewhere };

/** A capped list of unit lines, and a sentence for the units the district cap left out. */
function cappedList<T>(list: CappedList<T>, format: (items: T[]) => string, leftOut: LeftOut): Block[] {
  const out: Block[] = [{ kind: 'list', items: list.groups.map((g) => unitLine(g, format, leftOut.more)) }];
  if (list.hiddenItems > 0) out.push(para(leftOut.elsewhere(padCount(list.hiddenItems), padCount(list.hiddenUnits))));
  return out;
}

const semicolons = (items: string[]): string => items.join('; ');

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function outstandingBlocks(rows: CheckedRow[], asOf: IsoDate, names: Map<string, string>): Block[] {
  const picked = rows.filter((r) => isSiteAt(r, asOf) && normKey(r.record.rating) === normKey('Hiệu quả') && clean(r.record.highlight) !== '');
  if (picked.length === 0) return [para(REPORT_TEXT.noOutstanding)];
  const groups = groupByUnit(picked, (r) => r.record.unitCode, names).map((g) => ({
    name: g.name,
    items: g.items.map((r) => `${modelRef(r.record)}: ${shorten(highlightAfterColon(withoutEndDot(r.record.highlight), clean(r.record.place)))}`),
  }));
  return [para(REPORT_TEXT.outstandingIntro), ...cappedList(capGroups(groups, LIST_CAPS.outstanding), semicolons, MODELS_LEFT_OUT)];
}

/**
 * A commendation's name as its unit's line shows it: the unit's name at the end is dropped
 * ("Công an xã Hàm Mỹ" under "Hàm Mỹ:" → "Công an xã"), so the unit is named once; an award
 * to the unit itself reads "tập thể đơn vị".
 */
function awardeeName(a: AwardRecord, unit: string): string {
  const name = dropSelfParentheses(clean(a.name));
  const key = normKey(unit);
  const k = normKey(name);
  if (k === key) return REPORT_TEXT.unitItself;
  // The unit's name as the last words (for awards without a unit, key '', never: k is
  // trimmed). Cut by words, not characters: a unit name typed with extra spaces still matches.
  return k.endsWith(` ${key}`) ? name.split(' ').slice(0, -key.split(' ').length).join(' ') : name;
}

function awardBlocks(t: Totals, awards: AwardRecord[] | undefined, names: Map<string, string>): Block[] {
  const collectives = t.district.awards['Tập thể'] ?? 0;
  const individuals = t.district.awards['Cá nhân'] ?? 0;
  if (collectives + individuals === 0) return [para(REPORT_TEXT.noAwards)];
  const parts: string[] = [];
  if (collectives > 0) parts.push(REPORT_TEXT.collectives(padCount(collectives)));
  if (individuals > 0) parts.push(REPORT_TEXT.individuals(padCount(individuals)));
  const out: Block[] = [para(REPORT_TEXT.awardsCount(parts.join(REPORT_TEXT.and)))];
  // Stryker disable next-line ArrayDeclaration: an entry made up in place of none has no date, and the next filter drops it
  const given = (awards ?? []).filter((a) => inPeriod(a.date, t) && clean(a.name) !== '');
  const forms = [...new Set(given.map((a) => clean(`${a.form} ${a.level}`)).filter((f) => f !== ''))];
  if (forms.length > 0) out.push(para(REPORT_TEXT.awardForms(joinNames(forms))));
  // `Đơn vị` of a commendation is free text: a unit's name or code files it under that unit.
  const byName = new Map<string, string>();
  for (const [code, name] of names) {
    byName.set(code, name);
    byName.set(normKey(name), name);
  }
  const unitOf = (a: AwardRecord): string => byName.get(normKey(a.unit)) ?? clean(a.unit);
  const ordered = [
    ...groupByUnit(given.filter((a) => unitOf(a) !== ''), unitOf, new Map([...names.values()].map((n) => [normKey(n), n]))),
    ...groupByUnit(given.filter((a) => unitOf(a) === ''), () => '', new Map()),
  ];
  // Collectives before individuals within a unit: "tập thể A, B; cá nhân C".
  const kinds = ['Tập thể', 'Cá nhân'] as const;
  const groups = ordered.map((g) => ({
    name: g.name,
    items: kinds.flatMap((kind) => g.items.filter((a) => normKey(a.recipientType) === normKey(kind)).map((a) => ({ kind, name: awardeeName(a, g.name) }))),
  })).filter((g) => g.items.length > 0);
  if (groups.length === 0) return out;
  const format = (items: { kind: (typeof kinds)[number]; name: string }[]): string => kinds
    .map((kind) => items.filter((i) => i.kind === kind).map((i) => i.name))
    .flatMap((names, k) => (names.length > 0 ? [`${REPORT_TEXT.awardKind[kinds[k]]} ${joinNames(names)}`] : []))
    .join('; ');
  return [...out, ...cappedList(capGroups(groups, LIST_CAPS.awards), format, AWARDS_LEFT_OUT)];
}

// ---------------------------------------------------------------- section II

/** "A (03 điểm), B (01 điểm), và 04 đơn vị khác (09 điểm)": at most LIST_CAPS.units units. */
function unitCounts(groups: { name: string; items: unknown[] }[], entry: (name: string, n: string) => string): string {
  const shown = groups.slice(0, LIST_CAPS.units.district).map((g) => entry(g.name, padCount(g.items.length)));
  const rest = groups.slice(LIST_CAPS.units.district);
  const left = rest.reduce((n, g) => n + g.items.length, 0);
  return `${joinNames(shown)}${rest.length > 0 ? REPORT_TEXT.moreUnits(padCount(rest.length), entry('', padCount(left)).trim()) : ''}`;
}

/** Sites whose meeting is overdue at D, by the rule that counts `meetingsOnTime` at D. */
function overdueBlocks(rows: CheckedRow[], asOf: IsoDate, names: Map<string, string>): Block[] {
  const overdue = rows.filter((r) => isSiteAt(r, asOf) && !meetingOnTimeAt(r.record, asOf));
  if (overdue.length === 0) return [para(REPORT_TEXT.noOverdue)];
  const groups = groupByUnit(overdue, (r) => r.record.unitCode, names);
  return [para(`${REPORT_TEXT.overdueIntro(padCount(groups.length), padCount(overdue.length))} ${unitCounts(groups, REPORT_TEXT.overdueUnit)}.`)];
}

function weakBlocks(rows: CheckedRow[], asOf: IsoDate, names: Map<string, string>): Block[] {
  const weak = rows.filter((r) => isSiteAt(r, asOf) && normKey(r.record.rating) === normKey('Kém'));
  if (weak.length === 0) return [para(REPORT_TEXT.noWeak)];
  const groups = groupByUnit(weak, (r) => r.record.unitCode, names).map((g) => ({ name: g.name, items: g.items.map((r) => modelRef(r.record)) }));
  return [para(REPORT_TEXT.weakIntro(padCount(weak.length))), ...cappedList(capGroups(groups, LIST_CAPS.weak), semicolons, MODELS_LEFT_OUT)];
}

/** "Còn 09 dòng dữ liệu có lỗi …: Hàm Mỹ (02 dòng), …" or null when every row is valid. */
function invalidRowsSentence(t: Totals): string | null {
  if (t.district.invalidRows === 0) return null;
  const units = t.units.filter((u) => u.invalidRows > 0).map((u) => ({ name: u.name, items: new Array<null>(u.invalidRows).fill(null) }));
  const list = unitCounts(units, REPORT_TEXT.invalidUnit);
  // Stryker disable next-line Regex: the intro's one colon is its last character, so the anchor changes nothing
  return list ? `${REPORT_TEXT.invalidIntro(padCount(t.district.invalidRows))} ${list}.` : REPORT_TEXT.invalidIntro(padCount(t.district.invalidRows)).replace(/:$/, '.');
}

// ---------------------------------------------------------------- the model

export function buildReportModel(input: ReportInput): ReportModel {
  const { totals: t, settings, validation } = input;
  const kind: ReportKind = input.kind ?? 'sơ kết';
  const reportDate = input.generatedAt ?? t.asOf;
  const s = (k: SettingKey): string => settingOf(settings, k);
  const unitWords = coverageWording(t, input.units);
  const level = committeeLevel(s('parentBody'));
  const names = unitNames(t);
  const rows = validation.rows;
  const invalidNote = invalidRowsSentence(t);

  const header = {
    parentBody: s('parentBody').toUpperCase(),
    issuingBody: s('issuingBody').toUpperCase(),
    docNumber: REPORT_TEXT.docNumber(s('docSymbol')),
    nationalTitle: REPORT_TEXT.nationalTitle,
    motto: REPORT_TEXT.motto,
    dateLine: formatDateLine(s('place'), reportDate),
  };
  const title = {
    label: REPORT_TEXT.docLabel,
    subject: REPORT_TEXT.subject(kind),
    period: REPORT_TEXT.periodLine(formatShortDate(t.from), formatShortDate(t.asOf)),
  };
  const basis = s('basis');
  // "Thực hiện …," runs on into "Ban Chỉ đạo huyện báo cáo …" as one sentence; a basis that
  // ends its own sentence stays a paragraph of its own. Never empty: a blank basis setting
  // reads as the default one (settingOf).
  const basisParas = prose(basis);
  const lastBasis = basisParas[basisParas.length - 1].spans[0].text;
  const opening: ParagraphBlock[] = lastBasis.endsWith(',')
    ? [...basisParas.slice(0, -1), para(`${lastBasis} ${REPORT_TEXT.reportsAsFollows(level)}`)]
    : [...basisParas, para(REPORT_TEXT.reportsAsFollows(level))];

  const units = unitTable(t);
  const types = typeTable(t);
  const overview = overviewBlocks(t, unitWords);
  const strengths = prose(s('strengths'));
  const weaknesses = prose(s('weaknesses'));
  const directions = prose(s('directions'));

  const body: Block[] = [
    { kind: 'heading', level: 1, text: REPORT_TEXT.section1 },
    { kind: 'heading', level: 2, text: REPORT_TEXT.section1Overview },
    ...overview,
    { kind: 'heading', level: 2, text: REPORT_TEXT.section1Units },
    ...(units ? [para(REPORT_TEXT.unitTableIntro), units] : [para(REPORT_TEXT.noUnits)]),
    { kind: 'heading', level: 2, text: REPORT_TEXT.section1Types },
    ...(types ? [para(REPORT_TEXT.typeTableIntro), types] : [para(REPORT_TEXT.noTypes)]),
    ...(t.units.length > 0 && t.district.sites > 0
      ? [{ kind: 'chart' as const, title: REPORT_TEXT.chartTitle, labels: t.units.map((u) => u.name), values: t.units.map((u) => u.sites) }]
      : []),
    { kind: 'heading', level: 2, text: REPORT_TEXT.section1Activity },
    ...activityBlocks(t, rows, kind, unitWords),
    { kind: 'heading', level: 2, text: REPORT_TEXT.section1Outstanding },
    ...outstandingBlocks(rows, t.asOf, names),
    { kind: 'heading', level: 2, text: REPORT_TEXT.section1Awards },
    ...awardBlocks(t, input.awards, names),
    { kind: 'heading', level: 1, text: REPORT_TEXT.section2 },
    { kind: 'heading', level: 2, text: REPORT_TEXT.section2Strengths },
    ...(strengths.length > 0 ? strengths : [prompt(REPORT_TEXT.strengthsMissing)]),
    { kind: 'heading', level: 2, text: REPORT_TEXT.section2Weaknesses },
    ...(weaknesses.length > 0 ? weaknesses : [prompt(REPORT_TEXT.weaknessesNone)]),
    ...overdueBlocks(rows, t.asOf, names),
    ...weakBlocks(rows, t.asOf, names),
    // For the district staff, not the province: in the body only when the setting says so.
    ...(normKey(s('reportInvalidRows')) === normKey('Có') ? [para(invalidNote ?? REPORT_TEXT.noInvalid)] : []),
    { kind: 'heading', level: 1, text: REPORT_TEXT.section3 },
    ...(directions.length > 0 ? directions : [prompt(REPORT_TEXT.directionsMissing)]),
  ];

  const committee = REPORT_TEXT.committee(level);
  const signature = {
    authority: s('signAuthority').toUpperCase(),
    title: s('signerTitle').toUpperCase(),
    name: s('signerName'),
  };
  const recipients = { label: REPORT_TEXT.recipientsLabel, lines: normaliseRecipients(s('recipients')) };
  const overviewText = overview[0].spans[0].text;

  const values: Record<string, string> = {
    ...totalsValues(t),
    ngay_bao_cao: formatShortDate(reportDate),
    dong_ngay_thang: header.dateLine,
    ky_bao_cao: title.period,
    loai_bao_cao: kind,
    trich_yeu: title.subject,
    xa_phuong_thi_tran: unitWords,
    cau_tong_quan: overviewText,
    co_quan_cap_tren: header.parentBody,
    co_quan_ban_hanh: header.issuingBody,
    so_ky_hieu: header.docNumber,
    ky_hieu: s('docSymbol'),
    dia_danh: s('place'),
    can_cu: basis,
    uu_diem: s('strengths'),
    ton_tai: s('weaknesses'),
    phuong_huong: s('directions'),
    quyen_han_ky: signature.authority,
    chuc_vu_nguoi_ky: signature.title,
    nguoi_ky: signature.name,
    noi_nhan: recipients.lines.join('\n'),
  };

  return {
    kind, from: t.from, asOf: t.asOf, reportDate, header, title, opening, body,
    closing: para(REPORT_TEXT.closing(kind, committee)),
    signature, recipients, values,
    staffNotes: invalidNote ? [invalidNote] : [],
  };
}
