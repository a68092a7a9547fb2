// 40 random graph-sourced problems from dev/optim-differential.mjs (linear regression, logistic
// with bce, tanh with mse; every optimiser) with torch.optim's float64 figures on the same loss
// written in torch's own ops: the exact steps must agree with them (w and torch's state) to 1e-9.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadYamlText } from '../../load/yaml.js';
import { optimizerSteps } from './index.js';
import { computeOptRef } from './grade.js';

const cases = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'torch-graph-cases.json'), 'utf8')) as { given: Record<string, unknown>; template: string; torch: Record<string, number[]>[] }[];

describe('optimizer-steps from a graph against torch.optim (float64)', () => {
  it('holds 40 cases covering every optimiser and the three losses', () => {
    expect(cases).toHaveLength(40);
    expect(new Set(cases.map((c) => c.given.optimizer)).size).toBe(7);
    expect(new Set(cases.map((c) => c.template)).size).toBe(3);
  });
  it.each(cases.map((c, i) => [i, c.given.optimizer, c.template, c] as const))('case %i (%s, %s)', (_i, _name, _t, c) => {
    const g = optimizerSteps.prepare(loadYamlText(JSON.stringify(c.given)).root, 'p');
    const ref = computeOptRef(g);
    c.torch.forEach((rec, t) => {
      for (const [key, theirs] of Object.entries(rec)) {
        const ours = ref.run.steps[t][key as 'w']!.map((x) => x.toNumber());
        theirs.forEach((x, j) => expect(Math.abs(ours[j] - x) / Math.max(1, Math.abs(x)), `${key}${t + 1}[${j + 1}]`).toBeLessThan(1e-9));
      }
    });
  });
});
