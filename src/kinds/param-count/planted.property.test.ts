// Property (issue 22): for random conv/pool/dense stacks, a submission with one planted mistake —
// every layer's biases left out (and the total summing those counts), or only the total without
// its biases — loses exactly that mistake's rubric credit, once, whatever the variant.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { fixture, gradeAnswers } from '../../../test/helpers.js';
import { runStack } from '../../layers/engine.js';
import type { ParamGiven } from './model.js';

const dir = mkdtempSync(join(tmpdir(), 'gc-param-planted-'));
let n = 0;
const PARTS = { layers: 6, total: 2 };
const conv = fc.record({ type: fc.constant('conv'), filters: fc.integer({ min: 1, max: 8 }), kernel: fc.integer({ min: 1, max: 3 }), padding: fc.integer({ min: 0, max: 1 }) });
const dense = fc.record({ type: fc.constant('dense'), units: fc.integer({ min: 1, max: 20 }) });
const stack = fc.record({
  input: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 6, max: 12 })).map(([c, h]) => [c, h, h]),
  convs: fc.array(conv, { minLength: 0, maxLength: 2 }),
  pool: fc.boolean(),
  denses: fc.array(dense, { minLength: 1, maxLength: 2 }),
  plant: fc.constantFrom('every bias left out', 'the total without its biases'),
  credit: fc.constantFrom(0, 0.5, 0.75),
});

describe('param-count: one planted mistake costs its rubric credit once, in every variant', () => {
  it('random stacks', async () => {
    await fc.assert(
      fc.asyncProperty(stack, async (s) => {
        const layers = [...s.convs, ...(s.pool && s.convs.length ? [{ type: 'maxpool', size: 2 }] : []), ...(s.convs.length ? [{ type: 'flatten' }] : []), ...s.denses];
        const file = join(dir, `p${n++}.yaml`);
        writeFileSync(file, stringify({ id: 'p', kind: 'param-count', given: { input: s.input, layers }, rubric: { 'layer.missing-bias': s.credit }, parts: PARTS }));
        const f = await fixture(file);
        const g = f.lp.problem.given as ParamGiven;
        const steps = runStack(g.layers!.map((l) => l.layer), g.input, g.bias).steps;
        const every = s.plant === 'every bias left out';
        const rows = steps.map((st) => (st.params > 0n ? { out: st.out, params: Number(every ? st.params - st.biasParams : st.params) } : { out: st.out }));
        const total = steps.reduce((a, st) => a + st.params - st.biasParams, 0n);
        const graded = gradeAnswers(f, stringify({ layers: rows, total: Number(total) }));
        const score = [...graded.values()].reduce((a, p) => a + p.score, 0);
        // every bias: charged at the layers (the first part), the total is their sum; the total only: charged there
        const first = every ? 'layers' : 'total';
        expect(score, file).toBeCloseTo(8 - PARTS[first] * (1 - s.credit), 3);
        const named = [...graded].filter(([, p]) => p.findings.some((x) => x.code === 'layer.missing-bias' && x.severity === 'error')).map(([id]) => id);
        expect(named).toEqual([first]);
      }),
      { numRuns: 60, seed: 22 },
    );
  }, 120_000);
});
