/**
 * "Did you mean": the catalog or list value closest to what the user typed, compared
 * accent- and case-insensitively (`fold`), so "Xay dung moi" suggests "Xây dựng mới".
 * Only close matches are offered: a wrong suggestion is worse than none.
 */
import { fold } from './normalise';

/** Candidates folded once, so one list serves many look-ups. */
export interface SuggestIndex {
  readonly values: readonly string[];
  readonly folded: readonly string[];
}

export function suggestIndex(values: readonly string[]): SuggestIndex {
  return { values, folded: values.map(fold) };
}

/**
 * Edits allowed for a match: about one in four characters of the longer text, at least
 * one, at most four (a short input like "ko" must not turn into an arbitrary short value).
 */
function allowedDistance(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  if (len <= 3) return 0;
  return Math.min(4, Math.max(1, Math.floor(len / 4)));
}

/**
 * Levenshtein distance, giving up (returning `limit + 1`) as soon as it must exceed
 * `limit`: the cost is bounded by the shorter text times the band width.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const n = b.length;
  let prev = new Array<number>(n + 1);
  let curr = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev;
    prev = curr;
    curr = t;
  }
  return prev[n];
}

/**
 * The closest candidate to `input`, or null when none is close enough or two are equally
 * close (an ambiguous suggestion would mislead). An input equal to a candidate after
 * folding (accents or case only) always wins.
 */
export function suggest(input: string, index: SuggestIndex): string | null {
  const f = fold(input);
  if (!f) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (let i = 0; i < index.folded.length; i++) {
    const c = index.folded[i];
    if (c === f) return index.values[i];
    const limit = allowedDistance(f, c);
    const d = boundedDistance(f, c, Math.min(limit, bestDistance));
    if (d > limit) continue;
    if (d < bestDistance) {
      best = index.values[i];
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && index.values[i] !== best) {
      tie = true;
    }
  }
  return tie ? null : best;
}
