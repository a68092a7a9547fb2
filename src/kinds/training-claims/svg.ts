// Training curves as SVG: the acceptance band a claim is judged against, the reproduced mean with
// its spread, and the claimed points (inside the band, outside it, or not judged in a quick
// check). Axes are labelled with ticks at round values, and the vertical range is never zoomed
// below a sensible span, so 0.86 against 0.90 does not look like a cliff. The legend sits
// under the plot, off the data.
import { createRequire } from 'node:module';
import type { Stat } from './reference.js';

// xmlbuilder2 takes ~0.1 s to load: only when a picture is drawn.
const xml = () => createRequire(import.meta.url)('xmlbuilder2') as typeof import('xmlbuilder2');

export { STUDENT_MARKER } from '../types.js';

export interface CurvePicture {
  /** Title lines: who and what, then how it was reproduced. */
  title: [string, string];
  /** The y axis's label, e.g. "test accuracy". */
  axis: string;
  accuracy: boolean;
  reproduced: Stat[];
  /** The acceptance band per epoch (empty: none drawn, as in a worked solution). */
  bands: [number, number][];
  /** Claimed values per epoch (null: none claimed for that epoch). */
  claimed: (number | null)[];
  /** A quick check: the claimed points are drawn but not judged. */
  quick: boolean;
}

/** Tick positions at round values (1, 2 or 5 × 10ᵏ) covering [lo, hi], about five of them. */
export function niceTicks(lo: number, hi: number, target = 5): number[] {
  const raw = (hi - lo) / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const first = Math.ceil(lo / step - 1e-9) * step;
  const out: number[] = [];
  for (let v = first; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/** The vertical axis: the data, widened to a least span (0.1 of accuracy, a third of the loss), ends and ticks at round values. */
export function yAxis(values: number[], accuracy: boolean): { lo: number; hi: number; ticks: number[] } {
  let lo = Math.min(...values), hi = Math.max(...values);
  const least = accuracy ? 0.1 : Math.max(0.1, hi / 3);
  if (hi - lo < least) {
    const mid = (hi + lo) / 2;
    (lo = mid - least / 2), (hi = mid + least / 2);
  }
  if (accuracy) [lo, hi] = lo < 0 ? [0, hi - lo] : hi > 1 ? [lo - (hi - 1), 1] : [lo, hi];
  else if (lo < 0 && Math.min(...values) >= 0) (hi -= lo), (lo = 0);
  const t = niceTicks(lo, hi);
  const step = t.length > 1 ? t[1] - t[0] : hi - lo;
  const round = (v: number) => Number(v.toPrecision(12));
  lo = round(Math.max(accuracy ? 0 : -Infinity, Math.floor(lo / step + 1e-9) * step));
  hi = round(Math.min(accuracy ? 1 : Infinity, Math.ceil(hi / step - 1e-9) * step));
  const ticks: number[] = [];
  for (let k = 0; lo + k * step <= hi + step * 1e-9; k++) ticks.push(round(lo + k * step));
  return { lo, hi, ticks };
}

const fmtTick = (v: number) => String(Number(v.toPrecision(6)));

export function curveSvg(p: CurvePicture): string {
  const W = 560, H = 350, L = 66, R = 24, T = 58, B = 92;
  const n = Math.max(p.reproduced.length, p.claimed.length);
  const values = [...p.reproduced.flatMap((s) => [s.mean - s.spread, s.mean + s.spread]), ...p.bands.flat(), ...p.claimed.filter((v): v is number => v !== null)];
  const { lo, hi, ticks } = yAxis(values.length ? values : [0], p.accuracy);
  const x = (i: number) => L + (n > 1 ? (i * (W - L - R)) / (n - 1) : (W - L - R) / 2);
  const y = (v: number) => T + ((hi - Math.min(hi, Math.max(lo, v))) * (H - T - B)) / (hi - lo || 1);
  const svg = xml().create().ele('svg', { xmlns: 'http://www.w3.org/2000/svg', width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'font-family': 'sans-serif', 'font-size': 11 });
  svg.ele('rect', { x: 0, y: 0, width: W, height: H, fill: '#fff' });
  // A title too long for the picture is squeezed to its width rather than cut off.
  const fit = (text: string, charWidth: number) => (text.length * charWidth > W - 16 ? { textLength: W - 16, lengthAdjust: 'spacingAndGlyphs' } : {});
  svg.ele('text', { x: W / 2, y: 20, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 'bold', ...fit(p.title[0], 7.6) }).txt(p.title[0]);
  svg.ele('text', { x: W / 2, y: 38, 'text-anchor': 'middle', fill: p.quick ? '#a0522d' : '#444', ...fit(p.title[1], 6.1) }).txt(p.title[1]);
  // Grid and ticks at round values.
  for (const v of ticks) {
    svg.ele('line', { x1: L, y1: y(v), x2: W - R, y2: y(v), stroke: '#e4e4e4' });
    svg.ele('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end' }).txt(fmtTick(v));
  }
  const every = n <= 12 ? 1 : Math.ceil(n / 10);
  for (let i = 0; i < n; i++) if ((i + 1) % every === 0 || i === 0) svg.ele('text', { x: x(i), y: H - B + 16, 'text-anchor': 'middle' }).txt(String(i + 1));
  svg.ele('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#444' });
  svg.ele('line', { x1: L, y1: T, x2: L, y2: H - B, stroke: '#444' });
  svg.ele('text', { x: (L + W - R) / 2, y: H - B + 34, 'text-anchor': 'middle' }).txt('epoch');
  svg.ele('text', { x: 16, y: (T + H - B) / 2, 'text-anchor': 'middle', transform: `rotate(-90 16 ${(T + H - B) / 2})` }).txt(p.axis);
  // One epoch: each series is drawn across a short width around its point, not as a bare line.
  const across = (i: number) => (n === 1 ? [x(i) - 24, x(i) + 24] : [x(i)]);
  const area = (hi_: (i: number) => number, lo_: (i: number) => number, count: number) => {
    const idx = Array.from({ length: count }, (_, i) => i);
    return [...idx.flatMap((i) => across(i).map((px) => `${px},${y(hi_(i))}`)), ...idx.flatMap((i) => across(i).map((px) => `${px},${y(lo_(i))}`)).reverse()].join(' ');
  };
  if (p.bands.length) svg.ele('polygon', { points: area((i) => p.bands[i][1], (i) => p.bands[i][0], p.bands.length), fill: '#2ca02c', 'fill-opacity': 0.15, stroke: '#2ca02c', 'stroke-opacity': 0.4 });
  if (p.reproduced.length) {
    const r = p.reproduced;
    svg.ele('polygon', { points: area((i) => r[i].mean + r[i].spread, (i) => r[i].mean - r[i].spread, r.length), fill: '#1f77b4', 'fill-opacity': 0.25 });
    svg.ele('polyline', { points: r.flatMap((s, i) => across(i).map((px) => `${px},${y(s.mean)}`)).join(' '), fill: 'none', stroke: '#1f77b4', 'stroke-width': 2 });
  }
  const inside = (v: number, i: number) => !p.bands[i] || (v >= p.bands[i][0] && v <= p.bands[i][1]);
  const colour = (v: number, i: number) => (p.quick ? '#7f7f7f' : inside(v, i) ? '#2ca02c' : '#d62728');
  p.claimed.forEach((v, i) => v !== null && svg.ele('circle', { cx: x(i), cy: y(v), r: 4, fill: colour(v, i), stroke: '#fff', 'stroke-width': 1 }));
  // The legend, under the axis title: off the data.
  const items: { draw: (lx: number, ly: number) => void; label: string }[] = [];
  if (p.bands.length) items.push({ label: 'acceptance band', draw: (lx, ly) => svg.ele('rect', { x: lx, y: ly - 8, width: 16, height: 10, fill: '#2ca02c', 'fill-opacity': 0.15, stroke: '#2ca02c', 'stroke-opacity': 0.4 }) });
  if (p.reproduced.length) items.push({ label: 'reproduced (mean ± spread)', draw: (lx, ly) => svg.ele('line', { x1: lx, y1: ly - 3, x2: lx + 16, y2: ly - 3, stroke: '#1f77b4', 'stroke-width': 2 }) });
  const claimed = p.claimed.map((v, i) => (v === null ? null : colour(v, i)));
  const dot = (c: string, label: string) => items.push({ label, draw: (lx, ly) => svg.ele('circle', { cx: lx + 8, cy: ly - 3, r: 4, fill: c }) });
  if (p.quick && claimed.some((c) => c)) dot('#7f7f7f', 'claimed (quick check: not judged)');
  if (!p.quick && claimed.includes('#2ca02c')) dot('#2ca02c', 'claimed, inside the band');
  if (!p.quick && claimed.includes('#d62728')) dot('#d62728', 'claimed, outside the band');
  let lx = L, ly = H - B + 54;
  for (const it of items) {
    const width = 21 + it.label.length * 6 + 14;
    if (lx > L && lx + width > W - R) (lx = L), (ly += 17);
    it.draw(lx, ly);
    svg.ele('text', { x: lx + 21, y: ly }).txt(it.label);
    lx += width;
  }
  return svg.end({ prettyPrint: true }) + '\n';
}
