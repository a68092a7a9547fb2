import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { codes, fixture, gradeAnswers } from '../../../test/helpers.js';
import { graph } from './index.js';
import type { GraphGiven } from './problem.js';
import type { GraphRef } from './reference.js';
import { crossCheckGraph } from './crosscheck.js';

const fx = (name: string) => fixture(join(import.meta.dirname, 'fixtures', `${name}.yaml`));
const ALL = ['warmup', 'rnn', 'linear', 'sigmoid', 'softmax-ce', 'residual', 'batchnorm', 'attention', 'conv'];

describe('graph: solve → grade', () => {
  it.each(ALL)('%s: the key scores full marks', async (name) => {
    const f = await fx(name);
    const sol = graph.solve(f.lp.problem as never, f.ref as GraphRef);
    const r = gradeAnswers(f, stringify(sol.answers));
    expect(r.size).toBe(f.lp.problem.parts.length);
    for (const [id, p] of r) expect(p.score, `${id}: ${JSON.stringify(p.findings)}`).toBe(p.maxScore);
    expect(sol.markdown).toContain('| node | formula | value |');
    expect(sol.markdown).toContain('| node | local derivative | upstream | gradient |');
  });
  it.each(ALL)('%s agrees with tfjs autodiff', async (name) => {
    const f = await fx(name);
    const cc = await crossCheckGraph(f.lp.problem.given as GraphGiven, f.ref as GraphRef);
    expect(cc.items.length).toBeGreaterThan(0);
    for (const item of cc.items) expect(item.ok, `${item.name} ${item.detail}`).toBe(true);
  });
});

describe('graph: the worked solution', () => {
  it('writes each local derivative the way a student does, a reused tensor with one term per use', async () => {
    const f = await fx('rnn');
    const md = graph.solve(f.lp.problem as never, f.ref as GraphRef).markdown;
    expect(md).toContain('| h1 | tanh(x1 @ Wx + h0 @ Wh + b) | [[0.53704957, -0.80049902]] |');
    expect(md).toContain('| dWx | x1ᵀ @ (dh1 ⊙ (1 − h1²)); x2ᵀ @ (dh2 ⊙ (1 − h2²)) | dh1 + dh2 |');
    expect(md).toContain('| dh2 | dL · (h2 − y) | dL |');
    // backward rows run from the loss to the parameters
    expect(md.indexOf('| dh2 |')).toBeLessThan(md.indexOf('| dh1 |'));
    expect(md.indexOf('| dh1 |')).toBeLessThan(md.indexOf('| dWx |'));
  });
  it('a broadcast bias sums over the batch', async () => {
    const f = await fx('linear');
    expect(graph.solve(f.lp.problem as never, f.ref as GraphRef).markdown).toContain('| db | Σ over the batch of dZ |');
  });
});
