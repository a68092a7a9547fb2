// 40 random problems from dev/optim-differential.mjs with torch.optim's float64 figures: the exact
// steps must agree with them (w and the state torch keeps) to 1e-9.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadYamlText } from '../../load/yaml.js';
import { optimizerSteps } from './index.js';
import { computeOptRef } from './grade.js';

const cases = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'torch-cases.json'), 'utf8')) as { given: Record<string, unknown>; torch: Record<string, number[]>[] }[];

describe('optimizer-steps against torch.optim (float64)', () => {
  it('holds 40 cases covering every optimiser', () => {
    expect(cases).toHaveLength(40);
    expect(new Set(cases.map((c) => c.given.optimizer)).size).toBe(7);
  });
  it.each(cases.map((c, i) => [i, c.given.optimizer, c] as const))('case %i (%s)', (_i, _name, c) => {
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
