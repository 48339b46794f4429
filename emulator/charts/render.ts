/**
 * A bar or column chart as a real PNG: an SVG drawn here, rasterised by resvg with system
 * fonts (DejaVu Sans covers Vietnamese). Shared by the Charts service and the spreadsheet's
 * embedded charts (exported to .xlsx as pictures).
 */
import { Resvg } from '@resvg/resvg-js';

export interface BarChartSpec {
  title: string;
  labels: string[];
  values: number[];
  width: number;
  height: number;
  /** true: bars grow to the right (Charts' bar chart); false: columns grow up. */
  horizontal: boolean;
  color?: string;
  /** Axis title under the values, e.g. "Số điểm". */
  valueTitle?: string;
  /** Bar charts: the share of the width left of the bars for the labels (Charts' `chartArea.left`). */
  labelShare?: number;
}

const FONT = 'DejaVu Sans';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rough width of DejaVu Sans text, enough to lay labels out. */
function textWidth(s: string, size: number): number {
  return s.length * size * 0.6;
}

function clip(s: string, size: number, max: number): string {
  if (textWidth(s, size) <= max) return s;
  const n = Math.max(1, Math.floor(max / (size * 0.6)) - 1);
  return `${s.slice(0, n)}…`;
}

/**
 * A label as at most two lines that fit `max` (Google Charts wraps long axis labels): whole
 * words, and only a second line too long is cut, with "…".
 */
export function wrapLabel(s: string, size: number, max: number): string[] {
  if (textWidth(s, size) <= max) return [s];
  const words = s.split(/\s+/);
  let first = '';
  let i = 0;
  while (i < words.length && textWidth(first ? `${first} ${words[i]}` : words[i], size) <= max) first = first ? `${first} ${words[i++]}` : words[i++];
  if (first === '') return [clip(s, size, max)];
  return [first, clip(words.slice(i).join(' '), size, max)];
}

/** A round step so the axis has about five gridlines. */
function niceStep(max: number): number {
  if (max <= 0) return 1;
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

export function barChartSvg(spec: BarChartSpec): string {
  const { width: W, height: H, labels, values, horizontal } = spec;
  const color = spec.color ?? '#3366CC';
  const n = Math.max(values.length, 1);
  const maxValue = Math.max(0, ...values.filter((v) => Number.isFinite(v)));
  const step = niceStep(maxValue);
  const axisMax = Math.max(step, Math.ceil(maxValue / step) * step);
  const titleH = spec.title ? 34 : 10;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT}">`);
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  if (spec.title) out.push(`<text x="${W / 2}" y="22" font-size="15" font-weight="bold" text-anchor="middle" fill="#222">${esc(spec.title)}</text>`);
  const ticks: number[] = [];
  for (let v = 0; v <= axisMax + 1e-9; v += step) ticks.push(v);

  if (horizontal) {
    const labelW = Math.min(W * (spec.labelShare ?? 0.4), Math.max(40, ...labels.map((l) => textWidth(l, 12))) + 12);
    const left = labelW;
    // Room after the longest bar for its value.
    const right = W - 12 - textWidth(fmt(maxValue), 11);
    const top = titleH + 6;
    const bottom = H - (spec.valueTitle ? 44 : 28);
    const x = (v: number) => left + ((right - left) * v) / axisMax;
    const band = (bottom - top) / n;
    for (const t of ticks) {
      out.push(`<line x1="${x(t)}" y1="${top}" x2="${x(t)}" y2="${bottom}" stroke="#dddddd"/>`);
      out.push(`<text x="${x(t)}" y="${bottom + 16}" font-size="11" text-anchor="middle" fill="#444">${fmt(t)}</text>`);
    }
    values.forEach((v, i) => {
      const y = top + band * i + band * 0.15;
      const h = band * 0.7;
      out.push(`<rect x="${left}" y="${y}" width="${Math.max(0, x(v) - left)}" height="${h}" fill="${color}"/>`);
      const lines = wrapLabel(labels[i] ?? '', 12, labelW - 12);
      const top0 = y + h / 2 + 4 - ((lines.length - 1) * 14) / 2;
      lines.forEach((line, k) => out.push(`<text x="${left - 6}" y="${top0 + k * 14}" font-size="12" text-anchor="end" fill="#222">${esc(line)}</text>`));
      out.push(`<text x="${x(v) + 4}" y="${y + h / 2 + 4}" font-size="11" fill="#222">${fmt(v)}</text>`);
    });
    out.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="#333"/>`);
    if (spec.valueTitle) out.push(`<text x="${(left + right) / 2}" y="${H - 10}" font-size="12" text-anchor="middle" fill="#444">${esc(spec.valueTitle)}</text>`);
  } else {
    const left = 48;
    const right = W - 16;
    // Room above the tallest column for its value label.
    const top = titleH + 18;
    const band = (right - left) / n;
    const longest = Math.max(0, ...labels.map((l) => textWidth(l, 11)));
    const rotate = longest > band - 4;
    const labelH = rotate ? Math.min(H * 0.35, longest * 0.71 + 12) : 22;
    const bottom = H - labelH - (spec.valueTitle ? 20 : 6);
    const y = (v: number) => bottom - ((bottom - top) * v) / axisMax;
    for (const t of ticks) {
      out.push(`<line x1="${left}" y1="${y(t)}" x2="${right}" y2="${y(t)}" stroke="#dddddd"/>`);
      out.push(`<text x="${left - 6}" y="${y(t) + 4}" font-size="11" text-anchor="end" fill="#444">${fmt(t)}</text>`);
    }
    values.forEach((v, i) => {
      const x = left + band * i + band * 0.15;
      const w = band * 0.7;
      out.push(`<rect x="${x}" y="${y(v)}" width="${w}" height="${Math.max(0, bottom - y(v))}" fill="${color}"/>`);
      out.push(`<text x="${x + w / 2}" y="${y(v) - 4}" font-size="11" text-anchor="middle" fill="#222">${fmt(v)}</text>`);
      const label = esc(clip(labels[i] ?? '', 11, rotate ? labelH / 0.71 - 12 : band));
      if (rotate) out.push(`<text transform="translate(${x + w / 2} ${bottom + 12}) rotate(-45)" font-size="11" text-anchor="end" fill="#222">${label}</text>`);
      else out.push(`<text x="${x + w / 2}" y="${bottom + 16}" font-size="11" text-anchor="middle" fill="#222">${label}</text>`);
    });
    out.push(`<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#333"/>`);
    if (spec.valueTitle) out.push(`<text transform="translate(14 ${(top + bottom) / 2}) rotate(-90)" font-size="12" text-anchor="middle" fill="#444">${esc(spec.valueTitle)}</text>`);
  }
  out.push('</svg>');
  return out.join('\n');
}

export function renderBarChartPng(spec: BarChartSpec): Uint8Array {
  const svg = barChartSvg(spec);
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: FONT }, fitTo: { mode: 'original' } }).render().asPng();
  return new Uint8Array(png);
}
