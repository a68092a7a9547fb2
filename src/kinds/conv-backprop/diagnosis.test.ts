// What conv-backprop hands the policy stage (dependencies, whole-part diagnoses, carried grades),
// and the naming gaps of issue 22, each a regression test.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { codes, fixture, gradeAnswers } from '../../../test/helpers.js';
import { kindGrade } from '../../../test/kind-grade.js';
import { Num } from '../../numbers/num.js';
import { loadYamlText } from '../../load/yaml.js';
import { convBackprop } from './index.js';
import { partValue, type ConvRef } from './grade.js';
import { paddedDx, runPass, validDx } from './layer.js';
import type { ConvGiven } from './model.js';
import { mapNested, swap01, type Nested } from './tensor.js';

const fx = (name: string) => fixture(join(import.meta.dirname, 'fixtures', `${name}.yaml`));
const dir = mkdtempSync(join(tmpdir(), 'gc-conv-diag-'));
let n = 0;
const inline = (given: string, parts: string) => {
  const file = join(dir, `p${n++}.yaml`);
  writeFileSync(file, `id: p\nkind: conv-backprop\ngiven:\n${given.split('\n').map((l) => `  ${l}`).join('\n')}\nparts: ${parts}\n`);
  return fixture(file);
};
const text = (t: Nested<Num>): unknown => (Array.isArray(t) ? t.map(text) : t.toString());
const yaml = (t: Nested<Num>) => JSON.stringify(text(t)).replace(/"/g, '').replace(/,/g, ', ');
const neg = (t: Nested<Num>) => mapNested(t, (x) => x.neg());
const setup = (f: { lp: { problem: { given: unknown } }; ref: unknown }) => ({ g: f.lp.problem.given as ConvGiven, passes: (f.ref as ConvRef).passes });

describe('conv-backprop dependencies', () => {
  it.each([
    ['issue', { Z: [], im2col: [], dZ: [], dX: ['dZ'], dW: ['dZ'], db: ['dZ'] }], // δ given outright
    ['stride', { Z: [], im2col: [], dZ: ['Z'], dX: ['dZ'], dW: ['dZ'], db: ['dZ'] }], // δ = Z − target
    ['relu-kink', { Z: [], im2col: [], dZ: ['Z'], dX: ['dZ'], dW: ['dZ'], db: ['dZ'] }], // δ through the ReLU of Z
  ])('%s', async (name, deps) => {
    expect(convBackprop.dependencies!((await fx(name)).lp.problem.given as ConvGiven)).toEqual(deps);
  });
});

describe('conv-backprop whole-part diagnoses', () => {
  it.each([
    ['dX not flipped (entries that coincide keep nothing by the rubric)', 'dX', '[[[[2, 0, 0], [-3, 5, 0], [1, -3, 2]]]]', 'conv.not-flipped'],
    ['Z a true convolution', 'Z', '[[[[3.5, 0.5], [-0.5, 1.5]]]]', 'conv.flipped'],
    ['dW sign flipped (its zeros "match")', 'dW', '[[[[-3, -1], [0, 0]]]]', 'conv.sign-flipped'],
    ['dW doubled', 'dW', '[[[[6, 2], [0, 0]]]]', 'conv.factor-off'],
    ['dX a valid correlation', 'dX', '[[[[5]]]]', 'conv.padding'],
    ['one slip: per-entry credit, no diagnosis', 'dW', '[[[[3, 1], [0, 7]]]]', undefined],
  ])('%s', async (_name, part, answer, code) => {
    const r = kindGrade(await fx('issue'), `${part}: ${answer}`).get(part)!;
    expect(r.diagnosis).toBe(code);
    if (code) expect(codes(r.findings)).toEqual([code]);
  });
  it('not-flipped keeps its coinciding entries only as raw credit: the diagnosis covers the part', async () => {
    const r = kindGrade(await fx('issue'), 'dX: [[[[2, 0, 0], [-3, 5, 0], [1, -3, 2]]]]').get('dX')!;
    expect(r.fraction).toBeCloseTo(2 / 9, 9); // the 0 and the 5 coincide; the policy stage gives the rubric's credit instead
    expect(r.diagnosis).toBe('conv.not-flipped');
  });
});

describe('conv-backprop naming gaps (issue 22)', () => {
  it('a transposed im2col is named when the matrix is square', async () => {
    // 4×4 input, 2×2 filter, stride 2: 4 positions × 4 weights, not symmetric
    const f = await inline('input: [[[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]]]\nfilters: [[[[1, 0], [0, 1]]]]\nstride: 2\nupstream: [[[[1, 0], [0, 1]]]]', '{ im2col: 1 }');
    const m = partValue(setup(f).g, setup(f).passes[0], 'im2col') as Num[][];
    expect(yaml(m)).toBe('[[1, 2, 5, 6], [3, 4, 7, 8], [9, 10, 13, 14], [11, 12, 15, 16]]');
    const r = kindGrade(f, `im2col: ${yaml(m[0].map((_, j) => m.map((row) => row[j])))}`).get('im2col')!;
    expect([r.diagnosis, codes(r.findings)]).toEqual(['conv.im2col-transposed', ['conv.im2col-transposed']]);
  });
  it.each(['relu-kink', 'maxpool'])('%s: a sign-flipped dW and dX are named under either convention (ReLU 0, pooling tie)', async (name) => {
    const f = await fx(name);
    const { g, passes } = setup(f);
    expect(passes).toHaveLength(2);
    for (const p of passes) {
      const r = kindGrade(f, `dW: ${yaml(neg(partValue(g, p, 'dW')))}\ndX: ${yaml(neg(partValue(g, p, 'dX')))}`);
      expect(r.get('dW')!.diagnosis).toBe('conv.sign-flipped');
      expect(r.get('dX')!.diagnosis).toBe('conv.sign-flipped');
    }
  });
  it('conv.padding is named at stride 2: a valid correlation of the dilated δ, its centre only, and the padded input\'s gradient', async () => {
    const f = await fx('stride');
    const { g, passes } = setup(f);
    const p = passes[0];
    const v = validDx(g, p.dZ)!;
    const { kh, kw } = g.dims;
    const centred = p.dX.map((b, bi) => b.map((c, ci) => c.map((row, y) => row.map((_x, x) => v[bi][ci][y + g.padding - (kh - 1)]?.[x + g.padding - (kw - 1)] ?? Num.ZERO))));
    for (const wrong of [v, centred, paddedDx(g, p.dZ)]) {
      const r = kindGrade(f, `dX: ${yaml(wrong)}`).get('dX')!;
      expect(r.diagnosis).toBe('conv.padding');
    }
  });
  it('leading sizes of 1 left out (allowed) keep the wrong-shape diagnoses', async () => {
    // issue: dX as a valid correlation, written [[5]]; F = 2, C = 1 filters: dW swapped, its leading 1 left out
    expect(kindGrade(await fx('issue'), 'dX: [[5]]').get('dX')!.diagnosis).toBe('conv.padding');
    const f = await inline('input: [[[[1, 2, 0], [0, 1, 1], [1, 0, 2]]]]\nfilters: [[[[1, 0], [0, 1]]], [[[2, -1], [1, 0]]]]\nupstream: [[[[1, 0], [0, 1]], [[0, 1], [1, 0]]]]', '{ dW: 1 }');
    const dW = setup(f).passes[0].dW;
    const swapped = swap01(dW)[0]; // [C, F, kh, kw] = [1, 2, 2, 2], the 1 dropped
    const r = kindGrade(f, `dW: ${yaml(swapped)}`).get('dW')!;
    expect([r.diagnosis, codes(r.findings)]).toEqual(['conv.axes-swapped', ['conv.axes-swapped']]);
  });
  it('with F = 1 a scalar db is read (and right)', async () => {
    const r = gradeAnswers(await fx('issue'), 'db: 2').get('db')!;
    expect([r.status, r.findings]).toEqual(['correct', []]);
    expect(gradeAnswers(await fx('issue'), 'db: 3').get('db')!.status).toBe('incorrect');
  });
  it('F = C: the filters\' [C, F] layout is right when the problem writes them so, named axes-swapped when it does not', async () => {
    const filters = '[[[[1, 0], [0, 1]], [[2, -1], [1, 0]]], [[[0, 1], [1, 1]], [[1, 1], [0, -1]]]]';
    const common = `input: [[[[1, 2, 0], [0, 1, 1], [1, 0, 2]], [[0, 1, 1], [2, 0, 1], [1, 1, 0]]]]\nfilters: ${filters}\nupstream: [[[[1, 0], [0, 1]], [[0, 1], [1, 0]]]]`;
    const cf = await inline(`${common}\nlayout: [C, F, kh, kw]`, '{ dW: 1 }');
    const fc = await inline(common, '{ dW: 1 }');
    for (const [f, expected] of [[cf, undefined], [fc, 'conv.axes-swapped']] as const) {
      const dW = setup(f).passes[0].dW;
      const r = kindGrade(f, `dW: ${yaml(swap01(dW))}`).get('dW')!;
      expect(r.diagnosis).toBe(expected);
      if (!expected) expect(r.fraction).toBe(1);
    }
  });
  it('im2col: rows-are-weights asks for the other orientation; a row per position is then named transposed', async () => {
    const given = 'input: [[[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]]]\nfilters: [[[[1, 0], [0, 1]]]]\nupstream: [[[[1, 0, 1], [0, 1, 0]]]]';
    const byPos = await inline(given, '{ im2col: 1 }');
    const byWeight = await inline(`${given}\nim2col: rows-are-weights`, '{ im2col: 1 }');
    const rows = setup(byPos).passes[0].im2col; // 6 positions × 4 weights
    const cols = rows[0].map((_, j) => rows.map((r) => r[j]));
    expect(kindGrade(byWeight, `im2col: ${yaml(cols)}`).get('im2col')!.fraction).toBe(1);
    const r = kindGrade(byWeight, `im2col: ${yaml(rows)}`).get('im2col')!;
    expect(r.diagnosis).toBe('conv.im2col-transposed');
    expect(r.findings[0].message).toMatch(/one row per filter weight \(4/);
    expect(kindGrade(byPos, `im2col: ${yaml(cols)}`).get('im2col')!.diagnosis).toBe('conv.im2col-transposed');
  });
  it('an unknown im2col orientation is refused at its line', () => {
    const text = 'input: [[[[1, 0], [0, 1]]]]\nfilters: [[[[1]]]]\nupstream: [[[[1, 0], [0, 1]]]]\nim2col: sideways';
    expect(() => convBackprop.prepare(loadYamlText(text).root, 'p')).toThrow(/rows-are-positions/);
  });
});

describe('conv-backprop carried grades', () => {
  it('dW, db and dX from the student\'s own wrong δ: carried from dZ, and a mistake on top named against it', async () => {
    const f = await fx('stride');
    const { g } = setup(f);
    const dZ = '[[[[1, 2], [1, 3]]], [[[-2, 2], [1, 1]]]]';
    const own = runPass(g, { kink: 0, ownDelta: (JSON.parse(dZ) as number[][][][]).map((b) => b.map((c) => c.map((r) => r.map((x) => Num.int(x))))) });
    const r = kindGrade(f, `dZ: ${dZ}\ndW: ${yaml(own.dW)}\ndb: ${yaml(neg(own.db))}\ndX: ${yaml(own.dX)}`);
    expect(r.get('dW')!.carried).toEqual({ fraction: 1, from: ['dZ'], findings: [] });
    expect(r.get('dX')!.carried).toEqual({ fraction: 1, from: ['dZ'], findings: [] });
    expect(r.get('db')!.carried).toMatchObject({ fraction: 0, from: ['dZ'], diagnosis: 'conv.sign-flipped' });
  });
  it('a right δ stated: nothing is carried, even with a wrong Z', async () => {
    const f = await fx('stride');
    const { g, passes } = setup(f);
    const r = kindGrade(f, `Z: [[[[9, 9], [9, 9]]], [[[9, 9], [9, 9]]]]\ndZ: ${yaml(passes[0].dZ)}\ndW: ${yaml(partValue(g, runPass(g, { kink: 0, ownZ: [[[[Num.int(9), Num.int(9)], [Num.int(9), Num.int(9)]]], [[[Num.int(9), Num.int(9)], [Num.int(9), Num.int(9)]]]] }), 'dW'))}`);
    expect(r.get('dW')!.carried).toBeUndefined();
  });
});
