// Training curves as SVG: the reproduced mean with its spread, and the claimed points.
import { createRequire } from 'node:module';

// xmlbuilder2 takes ~0.1 s to load: only when a picture is drawn.
const xml = () => createRequire(import.meta.url)('xmlbuilder2') as typeof import('xmlbuilder2');
import type { Stat } from './reference.js';

export function curveSvg(title: string, reproduced: Stat[], claimed: (number | null)[]): string {
  const W = 480, H = 260, L = 50, R = 20, T = 30, B = 40;
  const vals = [...reproduced.flatMap((s) => [s.mean - s.spread, s.mean + s.spread]), ...claimed.filter((v): v is number => v !== null)];
  let lo = Math.min(...vals), hi = Math.max(...vals);
  if (hi - lo < 1e-9) (lo -= 0.5), (hi += 0.5);
  const n = Math.max(reproduced.length, claimed.length);
  const x = (i: number) => L + (n > 1 ? (i * (W - L - R)) / (n - 1) : (W - L - R) / 2);
  const y = (v: number) => T + ((hi - v) * (H - T - B)) / (hi - lo);
  const svg = xml().create().ele('svg', { xmlns: 'http://www.w3.org/2000/svg', width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'font-family': 'sans-serif', 'font-size': 11 });
  svg.ele('text', { x: W / 2, y: 18, 'text-anchor': 'middle', 'font-size': 13 }).txt(title);
  svg.ele('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#444' });
  svg.ele('line', { x1: L, y1: T, x2: L, y2: H - B, stroke: '#444' });
  for (const v of [lo, (lo + hi) / 2, hi]) svg.ele('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end' }).txt(v.toFixed(3));
  for (let i = 0; i < n; i++) svg.ele('text', { x: x(i), y: H - B + 16, 'text-anchor': 'middle' }).txt(String(i + 1));
  svg.ele('text', { x: W / 2, y: H - 6, 'text-anchor': 'middle' }).txt('epoch');
  if (reproduced.length) {
    const band = [...reproduced.map((s, i) => `${x(i)},${y(s.mean + s.spread)}`), ...reproduced.map((s, i) => `${x(i)},${y(s.mean - s.spread)}`).reverse()].join(' ');
    svg.ele('polygon', { points: band, fill: '#1f77b4', 'fill-opacity': 0.2 });
    svg.ele('polyline', { points: reproduced.map((s, i) => `${x(i)},${y(s.mean)}`).join(' '), fill: 'none', stroke: '#1f77b4', 'stroke-width': 2 });
  }
  claimed.forEach((v, i) => v !== null && svg.ele('circle', { cx: x(i), cy: y(v), r: 3.5, fill: '#d62728' }));
  svg.ele('text', { x: W - R, y: T, 'text-anchor': 'end', fill: '#1f77b4' }).txt('reproduced (mean ± spread)');
  if (claimed.some((v) => v !== null)) svg.ele('text', { x: W - R, y: T + 14, 'text-anchor': 'end', fill: '#d62728' }).txt('claimed');
  return svg.end({ prettyPrint: true }) + '\n';
}
