// Property (issue 22): for random networks, a submission with one planted mistake — the ½ of the
// loss dropped, the sign of every gradient flipped, every dW transposed, the activation derivative left out — loses
// exactly that mistake's rubric credit, once (at the first part it shows in, in the order the
// parts are computed), whatever the variant. Everything else in the submission is exact.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { fixture, gradeAnswers } from '../../../test/helpers.js';
import { matrixClose } from '../../grading/compare.js';
import { yamlValue, type Num } from '../../numbers/num.js';
import { T, type M } from '../../numbers/matrix.js';
import { dependencyOrder } from '../../policy/order.js';
import { partValue, runPass, type Pass } from './backprop.js';
import type { MlpRef } from './grade.js';
import { mlpGradients } from './index.js';
import type { Net } from './network.js';

const dir = mkdtempSync(join(tmpdir(), 'gc-mlp-planted-'));
let k = 0;
const PARTS = { loss: 4, dW1: 6, db1: 4, dW2: 3, db2: 3 };
type Plant = { code: string; loss?: string[]; value: (net: Net, p: Pass, part: string) => M };
const scale = (m: M, f: (x: Num) => Num) => m.map((r) => r.map(f));
const PLANTS: Record<string, Plant> = {
  'half dropped': { code: 'mlp.factor-off', loss: ['half-sse'], value: (_n, p, part) => scale(partValue(p, part), (x) => x.add(x)) },
  'sign flipped': { code: 'mlp.sign-flipped', value: (_n, p, part) => (part === 'loss' ? partValue(p, part) : scale(partValue(p, part), (x) => x.neg())) },
  transposed: { code: 'mlp.transposed', value: (_n, p, part) => (part.startsWith('dW') ? T(partValue(p, part)) : partValue(p, part)) },
  'no activation derivative': { code: 'mlp.missing-activation-derivative', value: (net, _p, part) => partValue(runPass(net, { kink: 0, noActDerivative: true }), part) },
};

// Weights and inputs in halves from −2 to 2, never 0 (a zero weight makes parts vanish by chance).
const half = fc.integer({ min: -4, max: 4 }).filter((x) => x !== 0).map((x) => x / 2);
const matrix = (r: number, c: number) => fc.array(fc.array(half, { minLength: c, maxLength: c }), { minLength: r, maxLength: r });
const problem = fc
  .record({ n: fc.integer({ min: 1, max: 3 }), d: fc.integer({ min: 1, max: 3 }), h: fc.integer({ min: 1, max: 3 }), act: fc.constantFrom('relu', 'tanh', 'leaky-relu', 'sigmoid'), loss: fc.constantFrom('half-sse', 'sse', 'mse'), plant: fc.constantFrom(...Object.keys(PLANTS)), credit: fc.constantFrom(0, 0.25, 0.5) })
  .chain((s) => fc.record({ s: fc.constant(s), X: matrix(s.n, s.d), T: matrix(s.n, 1), W1: matrix(s.h, s.d), b1: matrix(1, s.h), W2: matrix(1, s.h), b2: matrix(1, 1) }))
  .filter(({ s }) => !PLANTS[s.plant].loss || PLANTS[s.plant].loss!.includes(s.loss));

describe('mlp-gradients: one planted mistake costs its rubric credit once, in every variant', () => {
  it('random two-layer networks', async () => {
    await fc.assert(
      fc.asyncProperty(problem, async ({ s, X, T, W1, b1, W2, b2 }) => {
        const plant = PLANTS[s.plant];
        const yamlText = stringify({
          id: 'p',
          kind: 'mlp-gradients',
          given: { inputs: X, targets: T.map((r) => r[0]), layers: [{ weights: W1, bias: b1[0], activation: s.act }, { weights: W2, bias: b2[0], activation: 'identity' }], loss: s.loss },
          rubric: { [plant.code]: s.credit },
          parts: PARTS,
        });
        const file = join(dir, `p${k++}.yaml`);
        writeFileSync(file, yamlText);
        const f = await fixture(file);
        const net = f.lp.problem.given as Net, ref = f.ref as MlpRef, tol = f.lp.problem.tolerance;
        const planted = Object.fromEntries(Object.keys(PARTS).map((part) => [part, plant.value(net, ref.passes[0], part)]));
        // The parts the mistake shows in: not right under any convention.
        const shows = Object.keys(PARTS).filter((part) => !ref.passes.some((p) => matrixClose(planted[part], partValue(p, part), tol)));
        const answers = Object.fromEntries(Object.entries(planted).map(([part, m]) => [part, m.map((r) => r.map((x) => yamlValue(x, 16)))]));
        const graded = gradeAnswers(f, stringify(answers));
        const score = [...graded.values()].reduce((a, p) => a + p.score, 0);
        const order = dependencyOrder(Object.keys(PARTS), mlpGradients.dependencies!(net));
        const first = order.find((part) => shows.includes(part));
        const max = Object.values(PARTS).reduce((a, b) => a + b, 0);
        const expected = first ? max - PARTS[first as keyof typeof PARTS] * (1 - s.credit) : max;
        expect(score, `${file}: ${s.plant} shows in ${shows.join(', ')}`).toBeCloseTo(expected, 3);
        // named once: at the first part it shows in; the later ones say it was charged there
        const named = [...graded].filter(([, p]) => p.findings.some((x) => x.code === plant.code)).map(([id]) => id);
        expect(named).toEqual(first ? [first] : []);
      }),
      {
        numRuns: 80,
        seed: 22,
        examples: [
          // found by this property: the hidden unit is off for every example, so dW1 and db1 are 0 and the mask left out is the only mistake that explains them
          [{ s: { n: 1, d: 2, h: 1, act: 'relu', loss: 'half-sse', plant: 'no activation derivative', credit: 0 }, X: [[0.5, -1]], T: [[0.5]], W1: [[0.5, 1]], b1: [[0.5]], W2: [[-0.5]], b2: [[-0.5]] }],
          // found by this property: db1 without the mask is also 3× the right db1 (N = 3); the mistake dW1 shows too is the one named
          [{ s: { n: 3, d: 2, h: 1, act: 'relu', loss: 'half-sse', plant: 'no activation derivative', credit: 0.5 }, X: [[-1.5, 2], [-0.5, -0.5], [-0.5, -0.5]], T: [[1], [0.5], [-0.5]], W1: [[2, 1.5]], b1: [[1]], W2: [[0.5]], b2: [[-0.5]] }],
        ],
      },
    );
  }, 120_000);
});
