/**
 * The `Tổng hợp` sheet as a grid: the title, the district figures, a table per unit with a
 * total row, a table per model type, the change since the previous period. Numbers stay
 * numbers (sortable); text from user cells (unit and type names) is neutralised.
 */
import { CONFIRMATION_LABELS, FIGURE_LABELS, TOTALS_SHEET_TEXT as T, TOTALS_TEXT, formatChangeLine, formatDistrictLine } from '../messages';
import { RATINGS, SECTORS, STATUSES, RETIRED } from '../schema';
import { formatPercent } from '../report/format';
import { neutralise } from '../sheet-text';
import type { Figures, Totals } from './model';

export type SheetCell = string | number;

export interface TotalsSheetLayout {
  /** Rectangular grid (every row has `width` cells). */
  rows: SheetCell[][];
  width: number;
  /** 0-based indexes of rows to show bold (titles, headers, totals). */
  boldRows: number[];
  /** 1-based sheet rows of the tables' column headers (wrapped: the columns are narrow). */
  headerRows: number[];
  /** 1-based sheet rows/columns of the unit table's data (no header, no total): the chart's source. */
  unitChart: { firstRow: number; lastRow: number; nameColumn: number; sitesColumn: number };
  /** 1-based sheet row where the district block starts: the chart goes beside it. */
  districtRow: number;
}

const ACTIVE_STATUSES = STATUSES.filter((s) => s !== RETIRED);

const UNIT_HEADER = [
  TOTALS_TEXT.serial, TOTALS_TEXT.unit, FIGURE_LABELS.sites, FIGURE_LABELS.types, FIGURE_LABELS.newSites,
  FIGURE_LABELS.replicatedSites, FIGURE_LABELS.launchedInPeriod, FIGURE_LABELS.retiredInPeriod,
  ...ACTIVE_STATUSES, FIGURE_LABELS.meetingsOnTime, FIGURE_LABELS.invalidRows, TOTALS_TEXT.confirmed,
];

function unitFigures(f: Figures): number[] {
  return [
    f.sites, f.types, f.newSites, f.replicatedSites, f.launchedInPeriod, f.retiredInPeriod,
    ...ACTIVE_STATUSES.map((s) => f.byStatus[s] ?? 0), f.meetingsOnTime, f.invalidRows,
  ];
}

/**
 * `level` is the committee's level read from the settings ("huyện", "thị xã"); the
 * percentage is text with the Vietnamese decimal comma ("95,1%"), whatever the locale of
 * the program that opens the file.
 */
export function totalsSheetLayout(t: Totals, coverageLabel?: string, level = 'huyện'): TotalsSheetLayout {
  const rows: SheetCell[][] = [];
  const boldRows: number[] = [];
  const bold = (row: SheetCell[]) => {
    boldRows.push(rows.length);
    rows.push(row);
  };
  const d = t.district;
  const label = coverageLabel ?? 'xã, thị trấn';

  bold([TOTALS_TEXT.title]);
  rows.push([T.subtitle(t)]);
  rows.push([formatDistrictLine(t, coverageLabel)]);
  rows.push([]);
  const districtRow = rows.length + 1;
  bold([T.district(level)]);
  bold(['', T.figure, T.value]);
  // Column A stays narrow for the tables' STT; labels in B, numbers from C on.
  const figure = (name: string, value: SheetCell) => rows.push(['', name, value]);
  figure(FIGURE_LABELS.sites, d.sites);
  figure(FIGURE_LABELS.types, d.types);
  figure(T.unitsWithSites(label), d.unitsWithSites);
  figure(T.unitsTotal(label), d.unitsTotal);
  figure(FIGURE_LABELS.newSites, d.newSites);
  figure(FIGURE_LABELS.replicatedSites, d.replicatedSites);
  figure(FIGURE_LABELS.launchedInPeriod, d.launchedInPeriod);
  figure(FIGURE_LABELS.retiredInPeriod, d.retiredInPeriod);
  for (const s of ACTIVE_STATUSES) figure(T.byStatus(s), d.byStatus[s] ?? 0);
  for (const s of SECTORS) figure(T.bySector(s), d.bySector[s] ?? 0);
  for (const s of RATINGS) figure(T.byRating(s), d.byRating[s] ?? 0);
  figure(FIGURE_LABELS.meetingsOnTime, d.meetingsOnTime);
  // As text: a string "95,1%" would be parsed back into a number shown in the reader's locale.
  figure(T.meetingsRate, neutralise(formatPercent(d.meetingsOnTime, d.sites)));
  figure(FIGURE_LABELS.invalidRows, d.invalidRows);
  for (const [kind, n] of Object.entries(d.awards)) figure(T.awards(kind), n);
  figure(T.changeSites, d.sites - t.previous.sites);
  figure(T.changeTypes, d.types - t.previous.types);
  rows.push(['', formatChangeLine(t)]);
  rows.push([]);

  bold([T.byUnit]);
  bold([...UNIT_HEADER]);
  const headerRows = [rows.length];
  const firstUnitRow = rows.length + 1;
  t.units.forEach((u, i) => rows.push([i + 1, neutralise(u.name), ...unitFigures(u), CONFIRMATION_LABELS[u.confirmed]]));
  const lastUnitRow = rows.length;
  bold(['', TOTALS_TEXT.total, ...unitFigures(d), '']);
  rows.push([]);

  bold([T.byType]);
  // The field is long text: last, so it can spill over the empty cells to its right.
  bold([TOTALS_TEXT.serial, TOTALS_TEXT.type, FIGURE_LABELS.sites, TOTALS_TEXT.typeUnits, TOTALS_TEXT.field]);
  headerRows.push(rows.length);
  if (t.byType.length === 0) rows.push(['', TOTALS_TEXT.noSites]);
  t.byType.forEach((ty, i) => rows.push([i + 1, neutralise(ty.type), ty.sites, ty.units, neutralise(ty.field)]));

  const width = Math.max(...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push('');
  return {
    rows,
    width,
    boldRows,
    headerRows,
    unitChart: { firstRow: firstUnitRow, lastRow: lastUnitRow, nameColumn: 2, sitesColumn: 3 },
    districtRow,
  };
}
