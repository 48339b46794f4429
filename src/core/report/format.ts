/**
 * How figures and days are written in a Vietnamese administrative report. Locale-free
 * (apps-script.md AS07): no Intl, no toLocaleString.
 */
import type { IsoDate } from '../dates';
import { REPORT_TEXT } from '../messages/report';

/**
 * A count as reports write it: 1–9 with a leading zero ("09 tập thể và 05 cá nhân"),
 * 0 and 10 upwards as they are. Non-integers and negatives are written plainly.
 */
export function padCount(n: number): string {
  if (Number.isInteger(n) && n >= 1 && n <= 9) return `0${n}`;
  return String(n);
}

/**
 * d/m/yyyy with the place-date line's rule (Nghị định 30): a leading zero for days below 10
 * and for months 1 and 2 — "05/02/2020", "24/4/2019", "25/10/2018".
 */
export function formatShortDate(iso: IsoDate): string {
  const d = +iso.slice(8, 10);
  const m = +iso.slice(5, 7);
  return `${d < 10 ? `0${d}` : d}/${m <= 2 ? `0${m}` : m}/${iso.slice(0, 4)}`;
}

/** n/total as a percentage with a decimal comma and at most one decimal: "85,4%", "100%". */
export function formatPercent(n: number, total: number): string {
  if (!(total > 0)) return '0%';
  const tenths = Math.round((n * 1000) / total);
  const whole = Math.trunc(tenths / 10);
  const rest = Math.abs(tenths % 10);
  return rest === 0 ? `${whole}%` : `${whole},${rest}%`;
}

/** "tăng 12 điểm", "giảm 03 điểm", "không thay đổi". */
export function describeChange(delta: number, unitWord: string): string {
  if (delta > 0) return REPORT_TEXT.increase(padCount(delta), unitWord);
  if (delta < 0) return REPORT_TEXT.decrease(padCount(-delta), unitWord);
  return REPORT_TEXT.unchanged;
}

/** Names joined with ", " — the list style of a report sentence. */
export function joinNames(names: readonly string[]): string {
  return names.join(', ');
}
