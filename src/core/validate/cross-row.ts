/**
 * Rules that compare rows (scope 'workbook' in rules.ts): E08 duplicate `Mã mô hình`
 * anywhere in the checked tabs, W01 the same type at the same place twice in one unit.
 * Linear: one pass to group by key, one to report groups of two or more.
 */
import type { Issue } from '../issue';
import { RETIRED } from '../schema';
import { fastFold, fastKey } from '../cells';
import { makeIssue } from './rules';
import { HEADER } from './row-rules';

/** What the cross-row rules need of one checked row. */
export interface RowRef {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  unitCode: string | null;
  id: string;
  idColumn: number | undefined;
  type: string;
  place: string;
  typeColumn: number | undefined;
  status: string;
  /** Where this row's issues go. */
  issues: Issue[];
}

function groups(rows: readonly RowRef[], keyOf: (r: RowRef) => string | null): RowRef[][] {
  const byKey = new Map<string, RowRef[]>();
  for (const r of rows) {
    const key = keyOf(r);
    if (key === null) continue;
    const g = byKey.get(key);
    if (g) g.push(r);
    else byKey.set(key, [r]);
  }
  const out: RowRef[][] = [];
  for (const g of byKey.values()) if (g.length > 1) out.push(g);
  return out;
}

/** E08: every row of a doubled id gets the error, naming the first other row. */
export function checkDuplicateIds(rows: readonly RowRef[]): void {
  for (const g of groups(rows, (r) => (r.id ? fastKey(r.id) : null))) {
    for (const r of g) {
      const other = g[0] === r ? g[1] : g[0];
      r.issues.push(makeIssue('E08', {
        column: HEADER.id, value: r.id, otherSheet: other.sheet, otherRow: other.row, others: g.length - 1,
      }, {
        // Stryker disable next-line ConditionalExpression: equivalent, a row with an id was read from a tab that has the id column.
        sheet: r.sheet, row: r.row, column: HEADER.id, columnIndex: r.idColumn === undefined ? null : r.idColumn + 1, value: r.id, unitCode: r.unitCode,
      }));
    }
  }
}

/**
 * W01 within one unit's rows. Retired models are left out: a model retired and rebuilt at
 * the same place is two rows on purpose.
 */
export function checkDuplicateSites(rows: readonly RowRef[]): void {
  // Few distinct types: fold each once.
  const typeKeys = new Map<string, string>();
  const key = (r: RowRef): string | null => {
    if (!r.type || !r.place || r.status === RETIRED) return null;
    let t = typeKeys.get(r.type);
    // Stryker disable next-line ConditionalExpression: equivalent as `true`, the map is only a cache of fastFold.
    if (t === undefined) {
      t = fastFold(r.type);
      typeKeys.set(r.type, t);
    }
    return `${t}\u0000${fastFold(r.place)}`;
  };
  for (const g of groups(rows, key)) {
    for (const r of g) {
      const other = g[0] === r ? g[1] : g[0];
      r.issues.push(makeIssue('W01', {
        typeColumn: HEADER.type, type: r.type, placeColumn: HEADER.place, place: r.place, otherRow: other.row,
      }, {
        // Stryker disable next-line ConditionalExpression: equivalent, a row with a type was read from a tab that has the type column.
        sheet: r.sheet, row: r.row, column: HEADER.type, columnIndex: r.typeColumn === undefined ? null : r.typeColumn + 1, value: r.type, unitCode: r.unitCode,
      }));
    }
  }
}
