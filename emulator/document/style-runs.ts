/**
 * A Text element's character styles as runs (a length and a style each), not one style per
 * character: a report of 100,000 rows holds a few runs per paragraph instead of one object per
 * character (about 290 MB). Runs are kept normalised — no empty run, no two neighbours with
 * the same attributes — so their boundaries are where the style changes (what
 * getTextAttributeIndices reports and what the .docx writer makes runs of).
 */
import type { TextStyle } from './text';

export interface StyleRun {
  readonly length: number;
  readonly style: TextStyle;
}

const KEYS: readonly (keyof TextStyle)[] = [
  'BOLD', 'ITALIC', 'UNDERLINE', 'STRIKETHROUGH', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR', 'BACKGROUND_COLOR', 'LINK_URL',
];

/** Same attributes; an absent key and an undefined one alike. */
export function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return a === b || KEYS.every((k) => a[k] === b[k]);
}

/** Empty runs dropped, equal neighbours merged. */
export function normalised(runs: readonly StyleRun[]): StyleRun[] {
  const out: StyleRun[] = [];
  for (const r of runs) {
    if (r.length <= 0) continue;
    const last = out[out.length - 1];
    if (last && sameStyle(last.style, r.style)) out[out.length - 1] = { length: last.length + r.length, style: last.style };
    else out.push(r);
  }
  return out;
}

/** `length` characters of one style. */
export function uniform(length: number, style: TextStyle): StyleRun[] {
  return length > 0 ? [{ length, style }] : [];
}

/** The style of character `i`, or undefined outside the text. */
export function styleAt(runs: readonly StyleRun[], i: number): TextStyle | undefined {
  if (i < 0) return undefined;
  let base = 0;
  for (const r of runs) {
    if (i < base + r.length) return r.style;
    base += r.length;
  }
  return undefined;
}

/** The runs of characters [from, to). */
export function sliceRuns(runs: readonly StyleRun[], from: number, to: number): StyleRun[] {
  const out: StyleRun[] = [];
  let base = 0;
  for (const r of runs) {
    const start = Math.max(from, base);
    const end = Math.min(to, base + r.length);
    if (start < end) out.push({ length: end - start, style: r.style });
    base += r.length;
    if (base >= to) break;
  }
  return out;
}

function total(runs: readonly StyleRun[]): number {
  return runs.reduce((n, r) => n + r.length, 0);
}

/** `count` characters from `at` replaced by `inserted`. */
export function spliceRuns(runs: readonly StyleRun[], at: number, count: number, inserted: readonly StyleRun[]): StyleRun[] {
  return normalised([...sliceRuns(runs, 0, at), ...inserted, ...sliceRuns(runs, at + count, total(runs))]);
}

/** The styles of characters [from, to) changed by `f` (all of them without bounds). */
export function mapRuns(runs: readonly StyleRun[], f: (s: TextStyle) => TextStyle, from = 0, to = Number.POSITIVE_INFINITY): StyleRun[] {
  const len = total(runs);
  const a = Math.max(0, Math.min(from, len));
  const b = Math.max(a, Math.min(to, len));
  const changed = sliceRuns(runs, a, b).map((r) => ({ length: r.length, style: f(r.style) }));
  return normalised([...sliceRuns(runs, 0, a), ...changed, ...sliceRuns(runs, b, len)]);
}
