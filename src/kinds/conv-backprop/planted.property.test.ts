// Property (issue 22): for random convolution layers, a submission with one planted mistake — δ's
// sign flipped, the ½ of the loss dropped, the filters not flipped for dX, the stride left out of
// the backward pass — loses exactly that mistake's rubric credit, once (at the first part it
// shows in, in the order the parts are computed), whatever the variant.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { fixture, gradeAnswers } from '../../../test/helpers.js';
import { close } from '../../grading/compare.js';
import { yamlValue, type Num } from '../../numbers/num.js';
import { dependencyOrder } from '../../policy/order.js';
import { partValue, type ConvRef } from './grade.js';
import { convBackprop } from './index.js';
import { runPass, type ConvPass } from './layer.js';
import type { ConvGiven } from './model.js';
import { entries, get, mapNested, type Nested } from './tensor.js';

const dir = mkdtempSync(join(tmpdir(), 'gc-conv-planted-'));
let n = 0;
const PARTS = { Z: 2, dX: 4, dW: 4, db: 2 };
type Plant = { code: string; when?: (s: Shape) => boolean; value: (g: ConvGiven, p: ConvPass, part: string) => Nested<Num> };
const neg = (t: Nested<Num>) => mapNested(t, (x) => x.neg());
const dbl = (t: Nested<Num>) => mapNested(t, (x) => x.add(x));
const PLANTS: Record<string, Plant> = {
  'sign flipped': { code: 'conv.sign-flipped', value: (g, p, part) => (part === 'Z' ? p.Z : neg(partValue(g, p, part))) },
  'half dropped': { code: 'conv.factor-off', when: (s) => s.loss, value: (g, p, part) => (part === 'Z' ? p.Z : dbl(partValue(g, p, part))) },
  'not flipped': { code: 'conv.not-flipped', value: (g, p, part) => (part === 'dX' ? runPass(g, { kink: 0, noFlipBackward: true }).dX : partValue(g, p, part)) },
  'stride ignored': { code: 'conv.stride-ignored', when: (s) => s.stride > 1, value: (g, p, part) => (part === 'Z' ? p.Z : partValue(g, runPass(g, { kink: 0, strideOneBackward: true }), part)) },
};
type Shape = { B: number; C: number; F: number; H: number; k: number; stride: number; padding: number; loss: boolean; relu: boolean; plant: string; credit: number };

const val = fc.integer({ min: -2, max: 2 }).filter((x) => x !== 0);
const t4 = (a: number, b: number, c: number, d: number) => fc.array(fc.array(fc.array(fc.array(val, { minLength: d, maxLength: d }), { minLength: c, maxLength: c }), { minLength: b, maxLength: b }), { minLength: a, maxLength: a });
const shape = fc
  .record({ B: fc.integer({ min: 1, max: 2 }), C: fc.integer({ min: 1, max: 2 }), F: fc.integer({ min: 1, max: 2 }), H: fc.integer({ min: 3, max: 4 }), k: fc.integer({ min: 1, max: 3 }), stride: fc.integer({ min: 1, max: 2 }), padding: fc.integer({ min: 0, max: 1 }), loss: fc.boolean(), relu: fc.boolean(), plant: fc.constantFrom(...Object.keys(PLANTS)), credit: fc.constantFrom(0, 0.25, 0.75) })
  .filter((s) => PLANTS[s.plant].when?.(s) ?? true);
const problem = shape.chain((s) => {
  const out = Math.floor((s.H + 2 * s.padding - s.k) / s.stride) + 1;
  return fc.record({ s: fc.constant(s), X: t4(s.B, s.C, s.H, s.H), W: t4(s.F, s.C, s.k, s.k), up: t4(s.B, s.F, out, out) });
});

const same = (a: Nested<Num>, b: Nested<Num>, tol: Parameters<typeof close>[2]) => entries(b).every(({ at, value }) => close(get(a, at), value, tol));

describe('conv-backprop: one planted mistake costs its rubric credit once, in every variant', () => {
  it('random layers', async () => {
    await fc.assert(
      fc.asyncProperty(problem, async ({ s, X, W, up }) => {
        const plant = PLANTS[s.plant];
        const file = join(dir, `p${n++}.yaml`);
        const given: Record<string, unknown> = { input: X, filters: W, stride: s.stride, padding: s.padding, ...(s.loss ? { loss: { 'half-sse': up } } : { upstream: up }), ...(s.relu ? { after: 'relu' } : {}) };
        writeFileSync(file, stringify({ id: 'p', kind: 'conv-backprop', given, rubric: { [plant.code]: s.credit }, parts: PARTS }));
        const f = await fixture(file);
        const g = f.lp.problem.given as ConvGiven, ref = f.ref as ConvRef, tol = f.lp.problem.tolerance;
        const planted = Object.fromEntries(Object.keys(PARTS).map((part) => [part, plant.value(g, ref.passes[0], part)]));
        const shows = Object.keys(PARTS).filter((part) => !ref.passes.some((p) => same(planted[part], partValue(g, p, part), tol)));
        const answers = Object.fromEntries(Object.entries(planted).map(([part, t]) => [part, mapNested(t, (x) => yamlValue(x, 16))]));
        const graded = gradeAnswers(f, stringify(answers));
        const score = [...graded.values()].reduce((a, p) => a + p.score, 0);
        const first = dependencyOrder(Object.keys(PARTS), convBackprop.dependencies!(g)).find((part) => shows.includes(part));
        const max = Object.values(PARTS).reduce((a, b) => a + b, 0);
        const expected = first ? max - PARTS[first as keyof typeof PARTS] * (1 - s.credit) : max;
        expect(score, `${file}: ${s.plant} shows in ${shows.join(', ')}`).toBeCloseTo(expected, 3);
        const named = [...graded].filter(([, p]) => p.findings.some((x) => x.code === plant.code)).map(([id]) => id);
        expect(named).toEqual(first ? [first] : []);
      }),
      { numRuns: 60, seed: 22 },
    );
  }, 120_000);
});
