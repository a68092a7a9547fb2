// The training pictures: round ticks, a vertical range that is never zoomed into a cliff, the
// acceptance band, labelled axes, the legend off the data, and "quick check" when shortened.
import { describe, expect, it } from 'vitest';
import { curveSvg, niceTicks, yAxis } from './svg.js';
import { stat } from './reference.js';

describe('ticks at round values', () => {
  it.each([
    [0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [0.85, 0.95, [0.86, 0.88, 0.9, 0.92, 0.94]],
    [0.1, 2.3, [0.5, 1, 1.5, 2]],
    [0.8, 1, [0.8, 0.85, 0.9, 0.95, 1]],
  ])('%s to %s', (lo, hi, want) => expect(niceTicks(lo, hi)).toEqual(want));
});

describe('the vertical axis', () => {
  it.each([
    // 0.86 against 0.90: at least 0.1 of accuracy shown, ends and ticks at round values.
    [[0.86, 0.9], true, [0.8, 0.85, 0.9, 0.95]],
    [[0.97, 0.995], true, [0.9, 0.95, 1]],
    [[0.02, 0.05], true, [0, 0.02, 0.04, 0.06, 0.08, 0.1]],
    [[0.25, 0.3], false, [0.22, 0.24, 0.26, 0.28, 0.3, 0.32, 0.34]],
    [[0.2, 2.3], false, [0, 0.5, 1, 1.5, 2, 2.5]],
  ])('%j (accuracy: %s)', (values, accuracy, want) => {
    const { lo, hi, ticks } = yAxis(values as number[], accuracy as boolean);
    expect(ticks).toEqual(want);
    expect([lo, hi]).toEqual([ticks[0], ticks.at(-1)]);
    expect(hi - lo).toBeGreaterThanOrEqual(0.1 - 1e-9);
  });
});

describe('a picture', () => {
  const reproduced = [0.8, 0.85, 0.88].map((m) => stat([m - 0.01, m + 0.01]));
  const base = { title: ['ann · HW · cnn.test-accuracy-curve', 'reproduced with PyTorch, 2 seeds'] as [string, string], axis: 'cnn test accuracy', accuracy: true, reproduced, bands: reproduced.map((s) => [s.mean - 0.03, s.mean + 0.03] as [number, number]), claimed: [0.8, 0.86, 0.95], quick: false };
  const svg = curveSvg(base);
  it('draws the band, labels both axes and says which points fell outside', () => {
    expect(svg).toContain('>acceptance band<');
    expect(svg).toContain('>epoch<');
    expect(svg).toContain('>cnn test accuracy<');
    expect(svg.match(/fill="#2ca02c" stroke="#fff"/g)).toHaveLength(2); // inside
    expect(svg.match(/fill="#d62728" stroke="#fff"/g)).toHaveLength(1); // 0.95 against 0.88 ± 0.03
    expect(svg).toContain('>claimed, outside the band<');
  });
  it('keeps the legend under the plot, off the data', () => {
    const plotBottom = Number(/<line x1="66" y1="(\d+(?:\.\d+)?)" x2="536"/.exec(svg)![1]);
    const legend = [...svg.matchAll(/<text x="\d+(?:\.\d+)?" y="(\d+(?:\.\d+)?)">(acceptance band|reproduced|claimed)/g)].map((m) => Number(m[1]));
    expect(legend.length).toBeGreaterThan(0);
    for (const y of legend) expect(y).toBeGreaterThan(plotBottom + 30);
  });
  it('a quick check judges no point and says so', () => {
    const q = curveSvg({ ...base, quick: true, title: [base.title[0], 'quick check, not judged (1 epoch of 10)'] });
    expect(q).toContain('quick check, not judged');
    expect(q).not.toContain('#d62728');
    expect(q).toContain('claimed (quick check: not judged)');
  });
});
