import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { codes, fixture, gradeAnswers } from '../../../test/helpers.js';
import { kindGrade } from '../../../test/kind-grade.js';
import { loadYamlText } from '../../load/yaml.js';
import { ProblemError } from '../types.js';
import { convBackprop } from './index.js';
import { crossCheckConv } from './crosscheck.js';
import { partValue, type ConvRef } from './grade.js';
import { runPass } from './layer.js';
import type { ConvGiven } from './model.js';
import { Num } from '../../numbers/num.js';
import { swap01, type Nested } from './tensor.js';

const fx = (name: string) => fixture(name.includes('/') ? name : join(import.meta.dirname, 'fixtures', `${name}.yaml`));
const text = (t: Nested<Num>): unknown => (Array.isArray(t) ? t.map(text) : t.toString());
const json = (t: Nested<Num>) => JSON.stringify(text(t)).replace(/"/g, '');
const yaml = (t: Nested<Num>) => json(t).replace(/,/g, ', ');
const flat = (t: Nested<number>): number[] => (Array.isArray(t) ? t.flatMap(flat) : [t]);

describe('conv-backprop reference', () => {
  it('the issue\'s example, worked by hand', async () => {
    const { lp, ref } = await fx('issue');
    const p = (ref as ConvRef).passes[0], g = lp.problem.given as ConvGiven;
    expect(json(p.Z)).toBe('[[[[3.5,0.5],[1.5,0.5]]]]');
    expect(json(p.dX)).toBe('[[[[1,-1,0],[-1,5,-2],[0,-2,4]]]]');
    expect(json(p.dW)).toBe('[[[[3,1],[0,0]]]]');
    expect(json(p.db)).toBe('[2]');
    expect(json(partValue(g, p, 'im2col'))).toBe('[[1,0,0,1],[0,2,1,1],[0,1,2,1],[1,1,1,0]]');
  });

  // 40 random layers (shapes, strides 1-3, paddings 0-2, ReLU or max pooling, δ given or from a
  // loss) with PyTorch 1.13's float64 autograd, made by dev/conv-torch.mjs (which compared 2,000).
  const cases = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'torch-cases.json'), 'utf8')) as { given: unknown; torch: Record<string, Nested<number>> }[];
  it.each(cases.map((c, i) => [i, c] as const))('random layer %i: exact reference = PyTorch float64 (either convention at a kink or a tie)', (_i, c) => {
    const g = convBackprop.prepare(loadYamlText(JSON.stringify(c.given)).root, 'p');
    const ref = convBackprop.reference(g);
    const agrees = ref.passes.some((pass) =>
      (['Z', 'dZ', 'dX', 'dW', 'db'] as const).every((part) => {
        const ours = flat(text(partValue(g, pass, part)) as Nested<number>).map(Number);
        const theirs = flat(c.torch[part]);
        return ours.length === theirs.length && ours.every((x, j) => Math.abs(x - theirs[j]) <= 1e-9 * (1 + Math.abs(x)));
      }),
    );
    expect(agrees).toBe(true);
  });

  it.each(cases.map((c, i) => [i, c] as const))('random layer %i agrees with tfjs autodiff (conv2d, tf.grads)', async (_i, c) => {
    const g = convBackprop.prepare(loadYamlText(JSON.stringify(c.given)).root, 'p');
    const cc = await crossCheckConv(g, convBackprop.reference(g));
    for (const item of cc.items) expect(item.ok, `${item.name} ${item.detail}`).toBe(true);
  });

  it.each(['issue', 'stride', 'relu-kink', 'maxpool'])('%s agrees with tfjs autodiff', async (name) => {
    const { lp, ref } = await fx(name);
    const cc = await crossCheckConv(lp.problem.given as ConvGiven, ref as ConvRef);
    expect(cc.items.map((i) => i.name)).toEqual(['Z', 'dX', 'dW', 'db', 'im2col']);
    for (const item of cc.items) expect(item.ok, `${item.name} ${item.detail}`).toBe(true);
  });

  it('an exact ReLU kink or a pooling tie gives a second convention', async () => {
    expect(((await fx('relu-kink')).ref as ConvRef).passes).toHaveLength(2);
    expect(((await fx('maxpool')).ref as ConvRef).passes).toHaveLength(2);
    expect(((await fx('issue')).ref as ConvRef).passes).toHaveLength(1);
  });
});

describe('conv-backprop grading: the issue\'s example (hand-computed mistakes)', () => {
  const RIGHT = { Z: '[[[[3.5, 0.5], [1.5, 0.5]]]]', dX: '[[[[1, -1, 0], [-1, 5, -2], [0, -2, 4]]]]', dW: '[[[[3, 1], [0, 0]]]]', db: '[2]', im2col: '[[1, 0, 0, 1], [0, 2, 1, 1], [0, 1, 2, 1], [1, 1, 1, 0]]' };
  const grade = async (over: Record<string, string>) => gradeAnswers(await fx('issue'), Object.entries({ ...RIGHT, ...over }).map(([k, v]) => `${k}: ${v}`).join('\n'));
  it('the right answers score full marks, with no findings; leading sizes of 1 may be left out', async () => {
    for (const [, p] of await grade({})) expect([p.status, p.findings]).toEqual(['correct', []]);
    const short = await grade({ Z: '[[3.5, 0.5], [1.5, 0.5]]', dX: '[[[1, -1, 0], [-1, 5, -2], [0, -2, 4]]]', dW: '[[1/2*6, 1], [0, 0]]' });
    for (const [, p] of short) expect(p.status).toBe('correct');
  });
  it.each([
    ['dX', '[[[[2, 0, 0], [-3, 5, 0], [1, -3, 2]]]]', ['conv.not-flipped']],
    ['Z', '[[[[3.5, 0.5], [-0.5, 1.5]]]]', ['conv.flipped']],
    ['dW', '[[[[0, 0], [1, 3]]]]', ['conv.flipped']],
    ['dX', '[[[[-1, 1, 0], [1, -5, 2], [0, 2, -4]]]]', ['conv.sign-flipped']],
    ['dW', '[[[[6, 2], [0, 0]]]]', ['conv.factor-off']],
    ['dX', '[[[[5]]]]', ['conv.padding']],
    ['dX', '[[[[0, 0, 0], [0, 5, 0], [0, 0, 0]]]]', ['conv.padding']],
    ['im2col', '[[1, 0, 0, 1], [0, 2, 1, 1], [0, 1, 2, 1], [1, 1, 1, 0]]', []],
    ['im2col', '[[1, 0, 0, 1], [0, 2, 1, 1], [0, 1, 2, 1], [1, 1, 1, 7]]', ['value.mismatch']],
    ['dW', '[[[[3, 1, 0], [0, 0, 0]]]]', ['answer.wrong-shape']],
  ])('%s = %s', async (part, answer, expected) => {
    const r = (await grade({ [part]: answer })).get(part)!;
    expect(codes(r.findings)).toEqual(expected);
  });
  it('one mistake, one finding: a diagnosed part has no per-entry mismatches', async () => {
    const r = (await grade({ dX: '[[[[2, 0, 0], [-3, 5, 0], [1, -3, 2]]]]' })).get('dX')!;
    expect(r.findings.map((f) => f.code)).toEqual(['conv.not-flipped']);
    // The diagnosis covers the part: it earns the rubric's credit for conv.not-flipped (0 by
    // default), not the share of entries that happen to agree (2 of 9 before issue 22).
    expect([r.status, r.score]).toEqual(['incorrect', 0]);
  });
});

describe('conv-backprop grading: seed 001 (batch of 2, filters written [C, F, kh, kw])', () => {
  const file = join(import.meta.dirname, '..', '..', '..', 'problems', 'seed001', 'seed001-conv.yaml');
  const answersFor = async (mut: (g: ConvGiven, p: ReturnType<typeof runPass>) => Partial<Record<string, Nested<Num>>>) => {
    const f = await fx(file);
    const g = f.lp.problem.given as ConvGiven, p = (f.ref as ConvRef).passes[0];
    const right = Object.fromEntries(['Z', 'dX', 'dW', 'db', 'im2col'].map((id) => [id, partValue(g, p, id)]));
    const all = { ...right, ...mut(g, p) };
    return gradeAnswers(f, Object.entries(all).map(([k, v]) => `${k}: ${yaml(v!)}`).join('\n'));
  };
  const scale = (t: Nested<Num>, k: (x: Num) => Num): Nested<Num> => (Array.isArray(t) ? t.map((x) => scale(x, k)) : k(t));
  it.each([
    ['db of example 1 only', 'db', (_g: ConvGiven, p: ReturnType<typeof runPass>) => ({ db: p.dZ[0].map((f) => f.flat().reduce((a, b) => a.add(b))) }), 'conv.no-batch-sum'],
    ['db as the batch mean', 'db', (_g: ConvGiven, p: ReturnType<typeof runPass>) => ({ db: scale(p.db, (x) => x.div(Num.int(2))) }), 'conv.no-batch-sum'],
    ['dW of example 2 only', 'dW', (g: ConvGiven, p: ReturnType<typeof runPass>) => ({ dW: partValue(g, runPass(g, { kink: 0, ownDelta: p.dZ.map((b, i) => (i === 1 ? b : b.map((f) => f.map((r) => r.map((x) => x.sub(x)))))) }), 'dW') }), 'conv.no-batch-sum'],
    ['dX not flipped', 'dX', (g: ConvGiven) => ({ dX: runPass(g, { kink: 0, noFlipBackward: true }).dX }), 'conv.not-flipped'],
    // the problem asks for im2col with a row per filter weight: a row per position is transposed
    ['im2col transposed', 'im2col', (_g: ConvGiven, p: ReturnType<typeof runPass>) => ({ im2col: p.im2col }), 'conv.im2col-transposed'],
  ])('%s', async (_name, part, mut, code) => {
    const r = (await answersFor(mut as never)).get(part)!;
    expect(r.findings.map((f) => f.code)).toEqual([code]);
  });
  it('the bundled student (solutions/seed001-student.yaml) gets each typical mistake named', async () => {
    const f = await fx(file);
    const sub = readFileSync(join(import.meta.dirname, '..', '..', '..', 'solutions', 'seed001-student.yaml'), 'utf8');
    const block = sub.split('seed001-conv:\n')[1].split('\n').map((l) => l.slice(4)).join('\n');
    const parts = gradeAnswers(f, block);
    expect(Object.fromEntries([...parts].map(([id, p]) => [id, codes(p.findings)]))).toEqual({
      Z: [],
      dX: ['conv.not-flipped'],
      dW: [], // the report's own [C, F, kh, kw] layout, which the problem writes the filters in
      db: ['conv.no-batch-sum'],
      im2col: [], // a row per filter weight, as the report's reshape implies and the problem asks
    });
    // issue 22: the appendix's dW is exactly right in its layout and lost 1.5 of 4; it scores full now
    expect([parts.get('dW')!.score, parts.get('im2col')!.score]).toEqual([4, 2]);
  });
  it('dW in the filters\' own [C, F, kh, kw] layout scores full marks with F = C; PyTorch\'s layout too', async () => {
    const f = await fx(file);
    const p = (f.ref as ConvRef).passes[0];
    for (const dW of [swap01(p.dW), p.dW]) expect(gradeAnswers(f, `dW: ${yaml(dW)}`).get('dW')!.status).toBe('correct');
  });
});

describe('conv-backprop grading: stride, carried forward, conventions', () => {
  it('stride 2 left out of the backward pass is conv.stride-ignored', async () => {
    const f = await fx('stride');
    const g = f.lp.problem.given as ConvGiven;
    const wrong = runPass(g, { kink: 0, strideOneBackward: true });
    const r = gradeAnswers(f, `dX: ${yaml(wrong.dX)}\ndW: ${yaml(wrong.dW)}`);
    expect(codes(r.get('dX')!.findings)).toEqual(['conv.stride-ignored']);
    // one mistake, charged once: at dX (first in the problem's order after δ), dW keeps its points
    expect(r.get('dW')!.findings.map((f) => [f.code, f.values.first])).toEqual([['policy.charged-once', 'dX']]);
    expect([r.get('dX')!.score, r.get('dW')!.score]).toEqual([0, 2]);
  });
  it('dW and db right for the student\'s own wrong Z (δ = Z − target) are carried from Z', async () => {
    const f = await fx('stride');
    const g = f.lp.problem.given as ConvGiven;
    const ownZ = '[[[[2, 2], [1, 4]]], [[[-2, 3], [2, 1]]]]'; // Z[1, 1, 2, 2] is 4, not 3
    const own = runPass(g, { kink: 0, ownZ: (JSON.parse(ownZ) as number[][][][]).map((b) => b.map((c) => c.map((r) => r.map((x) => Num.int(x))))) });
    const r = kindGrade(f, `Z: ${ownZ}\ndW: ${yaml(own.dW)}\ndb: ${yaml(own.db)}`);
    expect(r.get('Z')!.fraction).toBe(7 / 8);
    for (const id of ['dW', 'db']) {
      expect(r.get(id)!.fraction).toBeLessThan(1);
      expect(r.get(id)!.carried).toEqual({ fraction: 1, from: ['Z'], findings: [] });
    }
  });
  it('filters written [C, F, kh, kw] with F ≠ C: dW right in [F, C, kh, kw] and in the filters\' layout', async () => {
    const f = await fx('cf-layout');
    const p = (f.ref as ConvRef).passes[0];
    expect(json(p.dW)).toBe('[[[[2,3],[0,3]]],[[[2,1],[2,1]]]]'); // [F, C, kh, kw], worked by hand
    expect(json(p.Z)).toBe('[[[[2,3],[0,3]],[[0,5],[0,1]]]]');
    for (const dW of [yaml(p.dW), yaml(swap01(p.dW))]) expect(gradeAnswers(f, `dW: ${dW}`).get('dW')!.status).toBe('correct');
  });
  it('at an exact ReLU kink both conventions are right, and the one used is said', async () => {
    const f = await fx('relu-kink');
    const g = f.lp.problem.given as ConvGiven;
    const one = runPass(g, { kink: 1 });
    const r = gradeAnswers(f, `dX: ${yaml(one.dX)}\ndW: ${yaml(one.dW)}\ndb: ${yaml(one.db)}`);
    for (const id of ['dX', 'dW', 'db']) {
      expect(r.get(id)!.status).toBe('correct');
      expect(codes(r.get(id)!.findings)).toEqual(['conv.relu-kink']);
    }
  });
});

describe('conv-backprop problems', () => {
  const given = (extra: string) => `input: [[[[1, 0, 2], [0, 1, 1], [2, 1, 0]]]]\n${extra}`;
  it.each([
    ['filters for another channel count', given('filters: [[[[1, -1], [0, 2]], [[1, 1], [1, 1]]]]\nupstream: [[[[1, 0], [-1, 2]]]]'), /2 input channels; the input has 1/],
    ['an upstream of the wrong shape', given('filters: [[[[1, -1], [0, 2]]]]\nupstream: [[[[1, 0, 1], [-1, 2, 1]]]]'), /upstream has shape 1×1×2×3; the layer's output is 1×1×2×2/],
    ['both upstream and loss', given('filters: [[[[1, -1], [0, 2]]]]\nupstream: [[[[1, 0], [-1, 2]]]]\nloss: { half-sse: [[[[1, 0], [-1, 2]]]] }'), /not both/],
    ['no δ at all', given('filters: [[[[1, -1], [0, 2]]]]'), /give "upstream"/],
    ['a filter larger than the input', given('filters: [[[[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]]]]\nupstream: [[[[1]]]]'), /does not fit/],
    ['an input too large', `input: [[[${Array(9).fill(`[${Array(9).fill(1).join(', ')}]`).join(', ')}]]]\nfilters: [[[[1]]]]\nupstream: [[[${Array(9).fill(`[${Array(9).fill(1).join(', ')}]`).join(', ')}]]]`, /H, W ≤ 8/],
  ])('%s is refused at its position', (_name, text, msg) => {
    expect(() => convBackprop.prepare(loadYamlText(text).root, 'p')).toThrow(ProblemError);
    expect(() => convBackprop.prepare(loadYamlText(text).root, 'p')).toThrow(msg);
  });
});

describe('conv-backprop worked solution', () => {
  it('shows the forward sum, δ, the flipped filters, the batch sums and the im2col matrices with exact numbers', async () => {
    const f = await fx(join(import.meta.dirname, '..', '..', '..', 'problems', 'seed001', 'seed001-conv.yaml'));
    const md = convBackprop.solve(f.lp.problem as never, f.ref as ConvRef).markdown;
    expect(md).toContain('Z[1, 1, 1, 1] = 1 + 1·1 + 0·(-1) + 0·0 + 1·2 + 0·2 + 1·0 + 1·(-1) + 2·1 = 5.');
    expect(md).toContain('flip(W[filter 1, channel 1]) = [[2, 0], [-1, 1]]');
    expect(md).toContain('example 1 gives [[3, 2], [2, 1]]; example 2 gives [[3, 2], [1, 1]]; the sum is [[6, 4], [3, 2]]');
    expect(md).toContain('db = [5, 6]');
    expect(md).toMatch(/im2col =\n {2}\[1, 0, 2, 0, 1, 1, 2, 1, 0, 2, 1, 0, 1, 0, 1, 0, 2, 1\],/); // a row per filter weight, as the problem asks
  });
});
