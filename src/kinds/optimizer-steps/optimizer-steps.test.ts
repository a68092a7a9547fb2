import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fixture, gradeAnswers } from '../../../test/helpers.js';
import { loadYamlText } from '../../load/yaml.js';
import type { PMap } from '../../load/pnode.js';
import { Num } from '../../numbers/num.js';
import type { LoadedProblem } from '../../grading/problems.js';
import type { PartGrade } from '../types.js';
import { optimizerSteps } from './index.js';
import type { OptGiven } from './config.js';
import { computeOptRef, valueOf, type OptRef } from './grade.js';
import { offByOne, runAll, type Mistake } from './run.js';
import { crossCheckOpt, float64Steps } from './crosscheck.js';

const fx = async (name: string) => (await fixture(join(import.meta.dirname, 'fixtures', `${name}.yaml`))) as { lp: LoadedProblem; ref: OptRef };
const given = (f: { lp: LoadedProblem }) => f.lp.problem.given as OptGiven;
const text = (v: Num[]) => (v.length === 1 ? `"${v[0].toExact()}"` : `[${v.map((x) => `"${x.toExact()}"`).join(', ')}]`);

/** Grades with the kind's own `grade` (the policy stage reads `diagnosis` and `carried`). */
function gradeRaw(f: { lp: LoadedProblem; ref: OptRef }, answers: Record<string, Num[] | string>): Map<string, PartGrade> {
  const yaml = Object.entries(answers).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : text(v)}`).join('\n');
  const root = loadYamlText(yaml).root as PMap;
  const g = given(f);
  const parsed = new Map(root.entries.map((e) => [e.key, { answer: optimizerSteps.parseAnswer(e.key, e.value, g), pos: e.value.pos }]));
  return optimizerSteps.grade({ problem: f.lp.problem as never, ref: f.ref, answers: parsed, asked: f.lp.problem.parts.map((p) => p.id) });
}

/** A submission computed by running a mistaken optimiser (never guessed): every asked part. */
function answersOf(f: { lp: LoadedProblem; ref: OptRef }, run: { steps: Record<string, Num[] | undefined>[] }) {
  return Object.fromEntries(f.lp.problem.parts.map((p) => [p.id, valueOf(run as never, p.id)!]));
}

describe('optimizer-steps reference (worked by hand)', () => {
  it.each([
    // fixture, part, exact value
    ['momentum', 'v1', ['2', '4']], // H = diag(2, 4), g1 = [2, 4], v1 = g1
    ['momentum', 'w1', ['4/5', '3/5']],
    ['momentum', 'v2', ['17/5', '6']], // 0.9·[2, 4] + [1.6, 2.4]
    ['momentum', 'w2', ['23/50', '0']],
    ['classical', 'v1', ['-2/5']], // f = 2x²: g = 4x = 4, v1 = −0.1·4
    ['classical', 'w1', ['3/5']],
    ['classical', 'v2', ['-11/25']], // 0.5·(−0.4) − 0.1·2.4
    ['nesterov', 'v1', ['-2', '4']], // g1 = [2·0 − 2, 2·2]
    ['nesterov', 'w1', ['19/25', '12/25']], // w −= 0.2·(g + 0.9·v) = 0.2·1.9·g
    ['sgd-l2', 'g1', ['41/10', '26/5']], // [2x + y, x + 2y] + 0.1·w = [4, 5] + [0.1, 0.2]
    ['sgd-l2', 'w1', ['-1/40', '7/10']],
    ['adagrad', 's1', ['9', '16']],
    ['adagrad', 'w1', ['-1/2', '-1/2']], // −0.5·g/√(g²)
    ['adagrad', 's2', ['10', '20']],
    ['adam', 'm_hat1', ['2', '-6']], // bias correction makes m̂1 = g1, v̂1 = g1²
    ['adam', 'v_hat1', ['4', '36']],
    ['adam', 'w1', ['180000001/200000001', '-540000001/600000001']], // 1 − 0.1·2/(2 + 1e-8)
    ['adam-zero', 'g1', ['10', '14/5', '0']], // 2A·w: the third is 2·(−3·0.4 − 3 + 4.2) = 0 exactly
  ])('%s %s', async (name, part, expected) => {
    const f = await fx(name);
    expect(valueOf(f.ref.run, part)!.map((x) => x.toExact())).toEqual(expected);
  });

  it('an exactly zero gradient entry does not move under Adam: only AdamW\'s decay, −1.4·(1 − 0.5·0.5)', async () => {
    expect(valueOf((await fx('adam-zero')).ref.run, 'w1')![2].toExact()).toBe('-21/20');
  });

  it('adagrad w2: 64 digits through the square root, −1/2 − 1/(2√10) and −1/2 + 1/√20', async () => {
    const w2 = valueOf((await fx('adagrad')).ref.run, 'w2')!;
    expect(w2[0].isRational).toBe(false);
    expect(w2[0].d.minus(-0.5 - 0.5 / Math.sqrt(10)).abs().lt(1e-15)).toBe(true);
    expect(w2[0].toExact().replace(/^-0\./, '').length).toBeGreaterThanOrEqual(60);
    expect(w2[1].toNumber()).toBeCloseTo(-0.5 + 1 / Math.sqrt(20), 14);
  });

  it.each(['adam', 'adamw', 'adam-l2', 'momentum', 'classical', 'nesterov', 'sgd-l2', 'adagrad', 'rmsprop'])('%s: the float64 loop and tfjs (where its convention matches) agree', async (name) => {
    const f = await fx(name);
    const cc = await crossCheckOpt(given(f), f.ref);
    for (const item of cc.items) expect(item.ok, `${item.name}: ${item.detail}`).toBe(true);
    const f64 = float64Steps(given(f));
    expect(f64).toHaveLength(given(f).steps);
  });

  it.each([
    ['adam', 'tfjs'],
    ['momentum', 'tfjs'],
    ['nesterov', 'tfjs'],
    ['rmsprop', 'tfjs'],
    ['classical', 'float64'],
    ['adamw', 'float64'],
  ])('%s is cross-checked by %s optimisers', async (name, engine) => {
    const f = await fx(name);
    const cc = await crossCheckOpt(given(f), f.ref);
    expect(cc.engine.startsWith(engine)).toBe(true);
  });
});

describe('optimizer-steps diagnoses: each from a run of the mistaken optimiser', () => {
  it.each([
    // fixture, mistake, code, parts that must carry the diagnosis
    ['adam', 'no-bias-correction', 'optim.no-bias-correction', ['m_hat1', 'v_hat1', 'm_hat2', 'v_hat2']],
    ['adam', 'bias-t-plus-1', 'optim.bias-correction-t', ['m_hat1', 'v_hat1', 'm_hat2']],
    ['adam', 'bias-t-first', 'optim.bias-correction-t', ['m_hat2', 'v_hat2']],
    ['adam-l2', 'eps-other', 'optim.eps-placement', ['w1', 'w2']],
    ['momentum', 'momentum-other', 'optim.momentum-convention', ['v1', 'v2', 'v3']],
    ['classical', 'momentum-other', 'optim.momentum-convention', ['v1', 'v2']],
    ['momentum', 'lr-twice', 'optim.lr-twice', ['v1', 'v2']],
    ['classical', 'lr-twice', 'optim.lr-twice', ['w1', 'w2']],
    ['nesterov', 'lr-twice', 'optim.lr-twice', ['v1', 'v2']],
    ['adam-l2', 'decay-other', 'optim.weight-decay-coupling', ['w1', 'm3']],
    ['adamw', 'decay-other', 'optim.weight-decay-coupling', ['w1', 'w2', 'm2']],
    ['sgd-l2', 'gradient-sign', 'optim.gradient-sign', ['g1', 'g2']],
    ['adam', 'gradient-sign', 'optim.gradient-sign', ['m1', 'g2']],
    ['rmsprop', 'eps-other', 'optim.eps-placement', []],
  ])('%s with %s → %s', async (name, mistake, code, parts) => {
    const f = await fx(name);
    const run = runAll(given(f), mistake as Mistake);
    const res = gradeRaw(f, answersOf(f, run));
    for (const p of parts) {
      expect(res.get(p)!.diagnosis, p).toBe(code);
      expect(res.get(p)!.findings.map((x) => x.code)).toEqual([code]);
    }
    // Every other part is right, diagnosed with the same mistake, or right for the student's own
    // wrong values (carried forward): the mistake is charged where it shows first.
    for (const [id, gr] of res) {
      if (gr.fraction === 1) expect(gr.diagnosis, id).toBeUndefined();
      else if (!gr.diagnosis) expect(gr.carried?.fraction === 1 || gr.carried?.diagnosis === code, id).toBe(true);
      else expect(gr.diagnosis, id).toBe(code);
    }
  });

  it('rmsprop with ε = 1e-6 inside: ε outside changes nothing beyond the tolerance, so no part is marked wrong', async () => {
    const f = await fx('rmsprop');
    const res = gradeRaw(f, answersOf(f, runAll(given(f), 'eps-other')));
    for (const gr of res.values()) expect(gr.fraction).toBe(1);
  });

  it('a step off by one (w_{t−1} given for w_t)', async () => {
    const f = await fx('momentum');
    const res = gradeRaw(f, answersOf(f, offByOne(given(f), f.ref.run)));
    expect(res.get('v1')!.diagnosis).toBe('optim.step-off-by-one');
    // w1 = w0 is right for the student's own v1 = 0: carried, the slip charged at v1.
    expect(res.get('w1')!.carried).toMatchObject({ fraction: 1, from: ['v1'] });
  });

  it('solve → grade is full marks', async () => {
    for (const name of ['adam', 'adamw', 'adam-l2', 'momentum', 'classical', 'nesterov', 'sgd-l2', 'adagrad', 'rmsprop']) {
      const f = await fx(name);
      const sol = optimizerSteps.solve(f.lp.problem as never, f.ref);
      const yaml = Object.entries(sol.answers).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
      const res = gradeAnswers(f, yaml);
      for (const [id, p] of res) expect(p.score, `${name} ${id}`).toBe(p.maxScore);
    }
  });
});

describe('optimizer-steps error carried forward and dependencies', () => {
  it("a wrong w1 carried into w2's gradient: w2 right for the student's own w1", async () => {
    const f = await fx('sgd-l2');
    const g = given(f);
    const w1 = valueOf(f.ref.run, 'w1')!.map((x) => x.add(Num.frac(1, 10)));
    const { step } = await import('./run.js');
    const own = step(g, 2, { w: w1 }, 'none');
    const w3 = step(g, 3, { w: own.w }, 'none').w!;
    const res = gradeRaw(f, { w1, g2: own.g!, w2: own.w!, w3 });
    expect(res.get('w1')!.fraction).toBeLessThan(1);
    expect(res.get('w1')!.carried).toBeUndefined();
    expect(res.get('g2')!.carried).toMatchObject({ fraction: 1, from: ['w1'] });
    expect(res.get('w2')!.carried).toMatchObject({ fraction: 1, from: ['w1', 'g2'] });
    expect(res.get('w3')!.carried).toMatchObject({ fraction: 1, from: ['w2'] });
    expect(res.get('w3')!.carried!.findings.map((x) => x.code)).toEqual(['optim.carried-forward']);
  });

  it('a part wrong for its own right inputs is not carried forward', async () => {
    const f = await fx('momentum');
    const res = gradeRaw(f, { v1: valueOf(f.ref.run, 'v1')!, w1: ['"0.5"', '"0.5"'].join(',').replace(/^/, '[').concat(']') });
    expect(res.get('w1')!.fraction).toBe(0);
    expect(res.get('w1')!.carried).toBeUndefined();
  });

  it('a mistake made again on the student\'s own wrong values is a carried diagnosis', async () => {
    const f = await fx('adam');
    const g = given(f);
    const { ownRun } = await import('./run.js');
    // w1 off by 0.05 in x, then every later part by the optimiser without bias correction from it.
    const w1 = valueOf(f.ref.run, 'w1')!.map((x, i) => (i === 0 ? x.add(Num.frac(1, 20)) : x));
    const steps = ownRun(g, 'no-bias-correction', (k, t) => (k === 'w' && t === 1 ? w1 : undefined));
    const res = gradeRaw(f, { w1, m2: steps[1].m!, v2: steps[1].v!, m_hat2: steps[1].m_hat!, v_hat2: steps[1].v_hat!, w2: steps[1].w! });
    expect(res.get('m_hat2')!.carried).toMatchObject({ diagnosis: 'optim.no-bias-correction', from: ['m2'] });
  });

  it.each([
    ['adam', 'w2', ['w1', 'm_hat2', 'v_hat2']],
    ['adam', 'm2', ['m1', 'g2']],
    ['adam', 'g2', ['w1']],
    ['adam', 'g1', []],
    ['momentum', 'w3', ['w2', 'v3']],
    ['nesterov', 'w2', ['w1', 'v2', 'g2']],
    ['adagrad', 'g2', []], // a listed gradient depends on nothing
    ['adam-l2', 'g2', ['w1']], // L2 reads w
  ])('%s: %s depends on %j', async (name, part, deps) => {
    const f = await fx(name);
    expect(optimizerSteps.dependencies!(given(f))[part]).toEqual(deps);
  });

  it('refuses settings the optimiser does not have, and too many steps', () => {
    const prep = (y: string) => optimizerSteps.prepare(loadYamlText(y).root, 'p');
    expect(() => prep('{ function: "x^2", start: 1, optimizer: sgd, lr: 0.1, beta1: 0.9, steps: 2 }')).toThrow(/not a setting of sgd/);
    expect(() => prep('{ function: "x^2", start: 1, optimizer: adam, lr: 0.1, steps: 51 }')).toThrow(/steps/);
    expect(() => prep('{ function: "x^2", start: [1, 2], optimizer: sgd, lr: 0.1, steps: 2 }')).toThrow(/variables/);
    expect(() => prep('{ gradients: [[1]], start: 1, optimizer: sgd, lr: 0.1, steps: 2 }')).toThrow(/2 gradients/);
    expect(() => prep('{ function: "x^2", start: 1, optimizer: adam, lr: 0.1, steps: 2, convention: classical }')).toThrow(/convention/);
  });

  it('the reference is computed once per problem with every mistaken optimiser', async () => {
    const f = await fx('adam');
    const ref = computeOptRef(given(f));
    expect(ref.mutants.map((m) => m.mistake)).toEqual(['no-bias-correction', 'bias-t-plus-1', 'bias-t-first', 'eps-other', 'gradient-sign', 'off-by-one']);
  });
});
