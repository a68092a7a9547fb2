// Histograms as inline SVG: bars over percent bins, counts above them, the bins' edges below.
// Sized in the markup (width/height and a viewBox), so they show without CSS or JavaScript and
// scale when printed.
import escapeHtml from 'escape-html';
import { showControls } from '../reporters/escape.js';
import type { Histogram } from './compute.js';

export function histogramSvg(h: Histogram, opts: { width?: number; height?: number; label: string }): string {
  const W = opts.width ?? 360, H = opts.height ?? 140;
  const left = 8, right = 8, top = 16, bottom = 22;
  const n = h.counts.length, max = h.counts.reduce((a, b) => Math.max(a, b), 1);
  const bw = (W - left - right) / n;
  const ph = H - top - bottom;
  const bars = h.counts
    .map((c, i) => {
      const bh = (ph * c) / max, x = left + i * bw, y = top + ph - bh;
      return `<rect x="${f(x + 1)}" y="${f(y)}" width="${f(bw - 2)}" height="${f(bh)}" fill="#4a78b5"><title>${edge(h.edges[i])}–${edge(h.edges[i + 1])} %: ${c}</title></rect>` + (c ? `<text x="${f(x + bw / 2)}" y="${f(y - 3)}" text-anchor="middle">${c}</text>` : '');
    })
    .join('');
  const ticks = h.edges.map((e, i) => `<text x="${f(left + i * bw)}" y="${H - 6}" text-anchor="middle">${edge(e)}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${escapeHtml(showControls(opts.label))}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="10"><line x1="${left}" y1="${top + ph}" x2="${W - right}" y2="${top + ph}" stroke="#888"/>${bars}${ticks}</svg>`;
}

const f = (x: number) => (Math.round(x * 10) / 10).toString();
const edge = (e: number) => (Math.round(e * 10) / 10).toString();
