/**
 * The report's lists of sites and models stay a few lines long whatever the district's size:
 * each shows at most a fixed number of entries per unit and for the whole district, then
 * "và N mô hình khác" (README, "Choices"). The full lists stay in the workbook (the unit
 * tabs, `Tổng hợp`, `Lỗi dữ liệu`).
 */
import { normKey } from '../normalise';

export interface ListCap {
  /** Entries shown for one unit. */
  perUnit: number;
  /** Entries shown for the whole district. */
  district: number;
}

export const LIST_CAPS = {
  /** Rated `Hiệu quả` with a `Kết quả nổi bật`: two per unit, fifteen in all. */
  outstanding: { perUnit: 2, district: 15 },
  /** Rated `Kém`: three per unit, twelve in all. */
  weak: { perUnit: 3, district: 12 },
  /** Commendations in the period: four names per unit, twenty in all. */
  awards: { perUnit: 4, district: 20 },
  /** Lists of units with a count (overdue meetings, invalid rows): ten units. */
  units: { perUnit: 1, district: 10 },
} as const satisfies Record<string, ListCap>;

/** A highlight is cut at a word boundary past this many characters, then "…". */
export const HIGHLIGHT_MAX = 300;

export interface Group<T> {
  name: string;
  items: T[];
}

export interface CappedGroup<T> extends Group<T> {
  /** The unit's entries left out. */
  hidden: number;
}

export interface CappedList<T> {
  /** Units with at least one entry shown, in their order; `items` are the ones shown. */
  groups: CappedGroup<T>[];
  /** Entries of units with none shown (the district cap ran out before them). */
  hiddenItems: number;
  hiddenUnits: number;
}

/**
 * Picks entries round-robin in unit order (every unit's first entry before any unit's
 * second), so a large unit does not crowd the others out of the district cap.
 */
export function capGroups<T>(groups: Group<T>[], cap: ListCap): CappedList<T> {
  const shown = groups.map(() => 0);
  let budget = cap.district;
  for (let round = 0; round < cap.perUnit; round++) {
    for (let i = 0; i < groups.length && budget > 0; i++) {
      if (groups[i].items.length > round) {
        shown[i]++;
        budget--;
      }
    }
  }
  const out: CappedList<T> = { groups: [], hiddenItems: 0, hiddenUnits: 0 };
  groups.forEach((g, i) => {
    if (shown[i] === 0) {
      out.hiddenItems += g.items.length;
      out.hiddenUnits++;
    } else {
      out.groups.push({ name: g.name, items: g.items.slice(0, shown[i]), hidden: g.items.length - shown[i] });
    }
  });
  return out;
}

/** Cuts text longer than `max` at the last space before it and ends it with "…". */
export function shorten(text: string, max: number = HIGHLIGHT_MAX): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** "A (A)" → "A": a name is never followed by itself in parentheses (compared by normKey). */
export function dropSelfParentheses(text: string): string {
  return text.replace(/\s*\(([^()]+)\)/g, (whole, inner: string, at: number, all: string) => {
    const before = normKey(all.slice(0, at));
    const key = normKey(inner);
    return key !== '' && before.endsWith(key) && (before.length === key.length || /[\s,;:(]/.test(before[before.length - key.length - 1])) ? '' : whole;
  });
}

/** Whether `text` starts with `prefix` as whole words (normKey: case, accents' form, spaces). */
function startsWithWords(text: string, prefix: string): number {
  const key = normKey(prefix);
  if (key === '') return 0;
  // Stryker disable next-line Regex: on the caller's trimmed text /(\s)/ and /(\S+)/ only add pieces ('' or part of a space run) whose running prefix has the same normKey as the one next to it, so the same answer comes out (a cut inside a space run is stripped by the caller)
  const words = text.split(/(\s+)/);
  let taken = '';
  for (const word of words) {
    taken += word;
    const k = normKey(taken.replace(/[,;:.]+$/, ''));
    if (k === key) return taken.length;
    // Stryker disable next-line ConditionalExpression: an early exit; once k is no prefix of key, no longer text gives key (the answer stays 0)
    if (!key.startsWith(k)) return 0;
  }
  return 0;
}

const UPPER = /^\p{Lu}/u;

/**
 * A highlight as it reads after "… tại <place>: ": a leading repeat of the place is dropped
 * ("Thôn Phú Mỹ ba năm liền …" → "ba năm liền …"), and the first letter is lower case unless
 * the text starts with a proper name — two capitalised words ("Hàm Mỹ …", "Công an Hàm Mỹ"
 * is not one) or a word in capitals ("UBND", "ANTT").
 */
export function highlightAfterColon(text: string, place: string): string {
  let t = text.trim();
  const repeat = startsWithWords(t, place);
  // Stryker disable next-line Regex: the repeat ends at a word's end, so what follows starts with a space and the first run of marks is the leading one (the anchor changes nothing)
  if (repeat > 0 && repeat < t.length) t = t.slice(repeat).replace(/^[\s,;:.–-]+/, '');
  const words = t.split(/\s+/);
  // Stryker disable next-line StringLiteral: split always returns at least one piece, so words[0] is never undefined and the fallback is never read
  const first = words[0] ?? '';
  const properName = (UPPER.test(first) && UPPER.test(words[1] ?? '')) || (first.length > 1 && first === first.toUpperCase() && /\p{L}/u.test(first));
  return properName ? t : t.charAt(0).toLowerCase() + t.slice(1);
}
