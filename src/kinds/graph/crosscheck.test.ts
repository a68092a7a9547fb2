// The tfjs cross-check agrees with the exact reference on graph2's 40 random graphs (every
// operation and loss of the language: fixtures/torch-cases.json), so a real problem's check
// never fails for want of an op's tfjs form.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYamlText } from '../../load/yaml.js';
import { graph } from './index.js';

const cases = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'torch-cases.json'), 'utf8')) as { feature: string; given: unknown }[];

describe('graph cross-check on random graphs of every operation', () => {
  it.each(cases.map((c, i) => [i, c.feature, c] as const))('graph %i (%s): tfjs agrees', async (_, __, c) => {
    const g = graph.prepare(loadYamlText(JSON.stringify(c.given)).root, 'p');
    const cc = await graph.crossCheck(g, await graph.reference(g));
    expect(cc.items.length).toBeGreaterThan(0);
    for (const item of cc.items) expect(item.ok, `${item.name}: ${item.detail}`).toBe(true);
  });
});

describe('graph cross-check: bce of a sigmoid', () => {
  it.each(['0', '16', '-20'])('at a logit of %s (σ = ½, or 1 in float32)', async (z) => {
    const g = graph.prepare(loadYamlText(`inputs: { z: [${z}, 1] }\ntargets: { t: [1, 0] }\ngraph:\n  - L = bce(sigmoid(z), t)\n`).root, 'p');
    const cc = await graph.crossCheck(g, await graph.reference(g));
    expect(cc.items.map((i) => i.name)).toEqual(['L', 'dz', 'dt']);
    for (const item of cc.items) expect(item.ok, `${item.name}: ${item.detail}`).toBe(true);
  });
});
