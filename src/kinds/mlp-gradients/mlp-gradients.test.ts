import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadYamlText } from '../../load/yaml.js';
import { tmpdir } from 'node:os';
import { stringify } from 'yaml';
import { codes, fixture, gradeAnswers } from '../../../test/helpers.js';
import { mlpGradients } from './index.js';
import type { MlpRef } from './grade.js';
import { crossCheckMlp } from './crosscheck.js';
import { kindGrade } from '../../../test/kind-grade.js';

const fx = (name: string) => fixture(join(import.meta.dirname, 'fixtures', `${name}.yaml`));
const RIGHT = {
  loss: '1.0185',
  dW1: '[[0.131, -0.2358, -0.0524, 0.2096], [-0.2544, -0.318, 0.0318, -0.0954]]',
  db1: '[-0.262, -0.318]',
  dW2: '[-1.2445, -0.2385]',
  db2: '-2.04',
};

describe('mlp-gradients reference against PyTorch', () => {
  // 40 random networks (1–3 layers; identity, ReLU, leaky ReLU, sigmoid, tanh, softmax; every
  // loss) with PyTorch 1.13's float64 autograd, made by dev/differential.mjs (which compared 500
  // per kind on a fresh seed: no disagreement).
  const cases = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'torch-cases.json'), 'utf8')) as { given: unknown; torch: { loss: number; dW: number[][][]; db: number[][] } }[];
  const close = (ours: { toNumber(): number }, theirs: number) => Math.abs(ours.toNumber() - theirs) <= 1e-9 * (1 + Math.abs(theirs));
  it.each(cases.map((c, i) => [i, c] as const))('network %i: loss and every gradient agree', (_, c) => {
    const pass = mlpGradients.reference(mlpGradients.prepare(loadYamlText(JSON.stringify(c.given)).root, 'p')).passes[0];
    const off: string[] = [];
    if (!close(pass.loss, c.torch.loss)) off.push('loss');
    pass.dW.forEach((W, l) => W.forEach((row, r) => row.forEach((v, k) => close(v, c.torch.dW[l][r][k]) || off.push(`dW${l + 1}[${r}][${k}]`))));
    pass.db.forEach((b, l) => b.forEach((v, r) => close(v, c.torch.db[l][r]) || off.push(`db${l + 1}[${r}]`)));
    expect(off).toEqual([]);
    expect(pass.dW.flat(2).length + pass.db.flat().length).toBe(c.torch.dW.flat(2).length + c.torch.db.flat().length); // every value compared
  });
});

describe('mlp-gradients reference', () => {
  it('seed 004: exact rationals', async () => {
    const { ref } = (await fx('seed')) as { ref: MlpRef };
    const p = ref.passes[0];
    expect(p.loss.toExact()).toBe('2037/2000');
    expect(p.dW1 ?? p.dW[0].map((r) => r.map((x) => x.toString()))).toEqual([['0.131', '-0.2358', '-0.0524', '0.2096'], ['-0.2544', '-0.318', '0.0318', '-0.0954']]);
    expect(p.db[1][0].toString()).toBe('-2.04');
    expect(ref.passes.length).toBe(1); // no pre-activation is exactly 0
  });
  it.each(['square', 'softmax', 'onehot', 'seed', 'kink'])('%s agrees with tfjs autodiff', async (name) => {
    const { lp, ref } = await fx(name);
    const cc = await crossCheckMlp(lp.problem.given as never, ref as MlpRef);
    for (const item of cc.items) expect(item.ok, `${item.name} ${item.detail}`).toBe(true);
  });
  it('class indices and one-hot rows give the same loss', async () => {
    const a = ((await fx('softmax')).ref as MlpRef).passes[0].loss;
    const b = ((await fx('onehot')).ref as MlpRef).passes[0].loss;
    expect(a.d.minus(b.d).abs().lt('1e-60')).toBe(true);
    expect(a.isRational).toBe(false); // ln of softmax outputs: 64 digits
  });
});

describe('mlp-gradients grading: seed', () => {
  const grade = async (over: Record<string, string>) => gradeAnswers(await fx('seed'), Object.entries({ ...RIGHT, ...over }).map(([k, v]) => `${k}: ${v}`).join('\n'));
  it('the right answers score full marks, with no findings', async () => {
    for (const [id, p] of await grade({})) if (id in RIGHT) expect([p.status, p.findings]).toEqual(['correct', []]);
  });
  it.each([
    ['dW1', '[[-0.131, 0.2358, 0.0524, -0.2096], [0.2544, 0.318, -0.0318, 0.0954]]', ['mlp.sign-flipped']],
    ['dW1', '[[0.262, -0.4716, -0.1048, 0.4192], [-0.5088, -0.636, 0.0636, -0.1908]]', ['mlp.factor-off']],
    ['db2', '-4.08', ['mlp.factor-off']],
    ['db2', '-0.68', ['mlp.factor-off']],
    ['loss', '2.037', ['mlp.factor-off']],
    ['loss', '0.3395', ['mlp.factor-off']],
    ['dW1', '[[0.131, -0.2544], [-0.2358, -0.318], [-0.0524, 0.0318], [0.2096, -0.0954]]', ['mlp.transposed']],
    ['dW1', '[[0.0382, -0.3258, -0.0458, 0.1578], [0.1146, -0.9774, -0.1374, 0.4734]]', ['mlp.missing-activation-derivative']],
    ['dW1', '[[0.431, -0.2358, -0.0524, 0.2096], [-0.2544, -0.318, 0.0318, -0.0954]]', ['value.mismatch']],
    ['dW1', '[[1, 2, 3, 4], [5, 6, 7, 8]]', ['value.mismatch']],
    ['db1', '[1, 2, 3]', ['answer.wrong-shape']],
  ])('%s = %s', async (part, answer, expected) => {
    const r = (await grade({ [part]: answer })).get(part)!;
    expect(codes(r.findings)).toEqual(expected);
    expect(r.status).not.toBe('correct');
  });
  it('a bias gradient may be written as a column', async () => {
    const r = (await grade({ db1: '[[-0.262], [-0.318]]' })).get('db1')!;
    expect([r.status, r.findings]).toEqual(['correct', []]);
  });
  it('names the factor', async () => {
    const f = (await grade({ db2: '-0.68' })).get('db2')!.findings[0];
    expect(f.values).toMatchObject({ factor: '1/3' });
    expect(f.message).toMatch(/N = 3/);
  });
  it('seed 004 transcription: one wrong entry, dW1 row 1 column 1', async () => {
    const r = await grade({ dW1: '[[0.431, -0.2358, -0.0524, 0.2096], [-0.2544, -0.318, 0.0318, -0.0954]]' });
    const dW1 = r.get('dW1')!;
    expect(dW1.findings.map((f) => f.values)).toEqual([{ part: 'dW1', where: 'row 1, column 1', got: '0.431', expected: '0.131' }]);
    expect(dW1.score).toBeCloseTo(6 * 7 / 8, 6);
  });
});

describe('error carried forward (the kind\'s carried grade; the policy stage applies it)', () => {
  it('a wrong y: the loss and db2 computed from it are carried from y, full marks there', async () => {
    // y3 = −0.61 instead of −0.51; loss ½(0.04 + 0.2809 + 1.9881) = 1.1545, db2 = −2.14
    const r = kindGrade(await fx('seed'), 'y: [-0.7, -0.43, -0.61]\nloss: 1.1545\ndb2: -2.14');
    expect(r.get('y')!.fraction).toBeCloseTo(2 / 3, 9);
    expect(r.get('y')!.carried).toBeUndefined(); // nothing before y is stated
    for (const part of ['loss', 'db2']) {
      expect(r.get(part)!.fraction).toBe(0);
      expect(r.get(part)!.carried).toEqual({ fraction: 1, from: ['y'], findings: [] });
    }
  });
  it('a wrong z1 carries into dW2 through its own relu', async () => {
    // z1 row 3 col 1 = 0.85 (not 0.95) → a1 = 0.85, y3 = 0.2·0.85 − 0.7 = −0.53, δ2 = −1.33
    // → dW2[0] = −1.33·0.85 = −1.1305
    const r = kindGrade(await fx('seed'), 'z1: [[-0.86, -0.67], [-0.36, 0.45], [0.85, -0.53]]\ndW2: [-1.1305, -0.2385]');
    expect(r.get('dW2')!.carried).toEqual({ fraction: 1, from: ['z1'], findings: [] });
    expect(codes(r.get('dW2')!.findings)).toEqual(['value.mismatch']);
    expect(codes(r.get('z1')!.findings)).toEqual(['value.mismatch']);
  });
});

describe('ReLU kink', () => {
  it.each([
    ['[[0, 0], [0.5, 0.5]]', "ReLU'(0) = 0"],
    ['[[0.5, 0.5], [0.5, 0.5]]', "ReLU'(0) = 1"],
  ])('accepts %s (%s) and says so', async (dW1, conv) => {
    const r = gradeAnswers(await fx('kink'), `dW1: ${dW1}`).get('dW1')!;
    expect(r.status).toBe('correct');
    expect(r.findings.map((f) => [f.code, f.values.convention])).toEqual([['mlp.relu-kink', conv]]);
  });
  it('dW2 does not depend on the convention: no note', async () => {
    const r = gradeAnswers(await fx('kink'), 'dW2: [0, 0.5]').get('dW2')!;
    expect([r.status, r.findings]).toEqual(['correct', []]);
  });
});

describe('square and irrational networks', () => {
  it('a transposed square weight gradient is named', async () => {
    const f = await fx('square');
    const dW2 = ((f.ref as MlpRef).passes[0].dW[1]).map((r) => r.map((x) => x.toDecimalString(8)));
    const transposed = dW2[0].map((_, j) => dW2.map((r) => r[j]));
    const r = gradeAnswers(f, `dW2: ${JSON.stringify(transposed.map((r) => r.map(Number)))}`).get('dW2')!;
    expect(codes(r.findings)).toEqual(['mlp.transposed']);
  });
  it('mse: a gradient not divided by N·K is a factor-off', async () => {
    const f = await fx('square');
    const db2 = (f.ref as MlpRef).passes[0].db[1].map((x) => Number(x.toDecimalString(10)) * 4);
    const r = gradeAnswers(f, `db2: ${JSON.stringify(db2)}`).get('db2')!;
    expect(r.findings[0].code).toBe('mlp.factor-off');
    expect(r.findings[0].values).toMatchObject({ factor: '4' });
  });
});

describe('properties', () => {
  // Random small networks: the exact reference agrees with tfjs, and solve's answers score full marks.
  it('random networks', async () => {
    let seed = 5;
    const r = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const val = () => (r(21) - 10) / 10;
    const acts = ['relu', 'identity', 'tanh', 'sigmoid', 'leaky-relu'];
    const losses = ['half-sse', 'sse', 'mse'];
    const dir = mkdtempSync(join(tmpdir(), 'mlp-'));
    for (let t = 0; t < 10; t++) {
      const n = 1 + r(4), d = 1 + r(4), h = 1 + r(3), k = 1 + r(2);
      const M = (a: number, b: number) => Array.from({ length: a }, () => Array.from({ length: b }, val));
      const layers = [
        { weights: M(h, d), bias: M(1, h)[0], activation: acts[r(acts.length)] },
        { weights: M(k, h), bias: M(1, k)[0], activation: 'identity' },
      ];
      const problem = { id: `rnd${t}`, kind: 'mlp-gradients', given: { inputs: M(n, d), targets: M(n, k), layers, loss: losses[r(3)] }, parts: { loss: 1, dW1: 1, db1: 1, dW2: 1, db2: 1 } };
      const file = join(dir, `p${t}.yaml`);
      writeFileSync(file, stringify(problem));
      const f = await fixture(file);
      const cc = await crossCheckMlp(f.lp.problem.given as never, f.ref as MlpRef);
      for (const item of cc.items) expect(item.ok, `${file} ${item.name} ${item.detail}`).toBe(true);
      const sol = mlpGradients.solve(f.lp.problem as never, f.ref as MlpRef);
      for (const [, p] of gradeAnswers(f, stringify(sol.answers))) expect(p.status, `${file} ${p.id}`).toBe('correct');
    }
  });
});

describe('mlp-gradients edge cases found against PyTorch', () => {
  it('cross-entropy with target rows that do not sum to 1: ∂L/∂z = (y·Σt − t)/N, as PyTorch float64 autograd gives', async () => {
    const { ref } = await fx('ce-unnormalised');
    const p = (ref as MlpRef).passes[0];
    // torch: W, b requires_grad; y = softmax(X Wᵀ + b); L = −Σ t ln y / N; L.backward()
    const torch = { loss: 1.6642368065345252, dW: [[-0.33529803640020495, -0.7646687949570254], [0.03610650828503795, 0.10621070062392574], [0.2991915281151671, 0.6584580943330999]], db: [-0.31177985586105106, 0.027607087271575483, 0.2841727685894756] };
    expect(p.loss.toNumber()).toBeCloseTo(torch.loss, 12);
    p.dW[0].forEach((r, i) => r.forEach((x, j) => expect(x.toNumber()).toBeCloseTo(torch.dW[i][j], 12)));
    p.db[0].forEach((x, j) => expect(x.toNumber()).toBeCloseTo(torch.db[j], 12));
  });
  it.each(['ce-unnormalised', 'kink-float'])('%s agrees with tfjs (the ReLU side of an exact 0 taken from the exact pass, not float32)', async (name) => {
    const { lp, ref } = await fx(name);
    const cc = await crossCheckMlp(lp.problem.given as never, ref as MlpRef);
    for (const item of cc.items) expect(item.ok, `${item.name} ${item.detail}`).toBe(true);
    if (name === 'kink-float') expect((ref as MlpRef).passes).toHaveLength(2);
  });
});

describe('mlp-gradients: diagnoses on rounded answers, one finding per mistake', () => {
  it.each([
    ['negated', (x: number) => -x, 'mlp.sign-flipped'],
    ['doubled', (x: number) => 2 * x, 'mlp.factor-off'],
    ['halved', (x: number) => x / 2, 'mlp.factor-off'],
  ])('dW2 of the square network %s, every entry rounded to 4 significant figures: %s, and the entries kept as its data', async (_name, f, code) => {
    const fxs = await fx('square');
    const dW2 = (fxs.ref as MlpRef).passes[0].dW[1].map((r) => r.map((x) => Number(f(x.toNumber()).toPrecision(4))));
    const r = gradeAnswers(fxs, `dW2: ${JSON.stringify(dW2)}`).get('dW2')!;
    expect(r.findings.map((x) => x.code)).toEqual([code]);
    expect(r.findings[0].entries!.length).toBeGreaterThan(0);
  });
  it('a transposed gradient rounded to 4 significant figures is named, not a bare wrong shape', async () => {
    const fxs = await fx('square');
    const dW2 = (fxs.ref as MlpRef).passes[0].dW[1].map((r) => r.map((x) => Number(x.toNumber().toPrecision(4))));
    const r = gradeAnswers(fxs, `dW2: ${JSON.stringify(dW2[0].map((_, j) => dW2.map((row) => row[j])))}`).get('dW2')!;
    expect(codes(r.findings)).toEqual(['mlp.transposed']);
  });
  it('the right gradient rounded to 4 significant figures scores full marks', async () => {
    const fxs = await fx('square');
    const dW2 = (fxs.ref as MlpRef).passes[0].dW[1].map((r) => r.map((x) => Number(x.toNumber().toPrecision(4))));
    expect(gradeAnswers(fxs, `dW2: ${JSON.stringify(dW2)}`).get('dW2')!.status).toBe('correct');
  });
});
