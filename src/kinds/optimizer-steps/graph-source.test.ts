// optimizer-steps with its gradient from an inline graph (the graph kind's language): the exact
// gradient at w_{t−1} by src/autodiff, worked by hand where it is rational; the steps, the
// cross-checks, solve → grade, a diagnosis and error carried forward through the graph's
// gradient; and the graph kind's refusals at the graph line's column.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fixture, gradeAnswers } from '../../../test/helpers.js';
import { loadYamlText } from '../../load/yaml.js';
import type { PMap } from '../../load/pnode.js';
import { Num } from '../../numbers/num.js';
import type { LoadedProblem } from '../../grading/problems.js';
import type { PartGrade } from '../types.js';
import { ProblemError } from '../types.js';
import { optimizerSteps } from './index.js';
import type { OptGiven } from './config.js';
import { computeOptRef, valueOf, type OptRef } from './grade.js';
import { ownRun, runAll, type Mistake } from './run.js';
import { crossCheckOpt, float64Steps } from './crosscheck.js';
import { graphGradient, graphGradientPlain } from './graph-source.js';

const fx = async (name: string) => (await fixture(join(import.meta.dirname, 'fixtures', `${name}.yaml`))) as { lp: LoadedProblem; ref: OptRef };
const given = (f: { lp: LoadedProblem }) => f.lp.problem.given as OptGiven;
const text = (v: Num[]) => (v.length === 1 ? `"${v[0].toExact()}"` : `[${v.map((x) => `"${x.toExact()}"`).join(', ')}]`);
const sigma = (z: number) => 1 / (1 + Math.exp(-z));

function gradeRaw(f: { lp: LoadedProblem; ref: OptRef }, answers: Record<string, Num[]>): Map<string, PartGrade> {
  const yaml = Object.entries(answers).map(([k, v]) => `${k}: ${text(v)}`).join('\n');
  const root = loadYamlText(yaml).root as PMap;
  const g = given(f);
  const parsed = new Map(root.entries.map((e) => [e.key, { answer: optimizerSteps.parseAnswer(e.key, e.value, g), pos: e.value.pos }]));
  return optimizerSteps.grade({ problem: f.lp.problem as never, ref: f.ref, answers: parsed, asked: f.lp.problem.parts.map((p) => p.id) });
}

const FIXTURES = ['graph-linreg-sgd', 'graph-linreg-adam', 'graph-sigmoid-adam', 'graph-sigmoid-momentum'];

describe('optimizer-steps from a graph: the exact reference (worked by hand)', () => {
  it.each([
    // x = [1, 2], y = 3, w0 = [1, 0]: p = 1, ∂(½(p − y)²)/∂w = xᵀ(p − y) = [−2, −4]
    ['graph-linreg-sgd', 'g1', ['-2', '-4']],
    ['graph-linreg-sgd', 'w1', ['6/5', '2/5']],
    // p = 1.2 + 0.8 = 2, p − y = −1
    ['graph-linreg-sgd', 'g2', ['-1', '-2']],
    ['graph-linreg-sgd', 'w2', ['13/10', '3/5']],
    // two params, w (2×1) then b: r = [1.5 − 3, 3.5 − 1] = [−3/2, 5/2], ∂w = xᵀr = [6, −1/2], ∂b = Σr = 1
    ['graph-linreg-adam', 'g1', ['6', '-1/2', '1']],
    ['graph-linreg-adam', 'm_hat1', ['6', '-1/2', '1']],
    ['graph-linreg-adam', 'v_hat1', ['36', '1/4', '1']],
    // w1 = w0 − 0.1·g/(|g| + 1e-8): 1 − 0.6/6.00000001, 0.05/0.50000001, 1/2 − 0.1/1.00000001
    ['graph-linreg-adam', 'w1', ['540000001/600000001', '5000000/50000001', '80000001/200000002']],
  ])('%s %s', async (name, part, expected) => {
    const f = await fx(name);
    expect(valueOf(f.ref.run, part)!.map((x) => x.toExact())).toEqual(expected);
  });

  it('the params are the start, flattened in the order written, and named per entry', async () => {
    const g = given(await fx('graph-linreg-adam'));
    expect(g.start.map((x) => x.toExact())).toEqual(['1', '0', '1/2']);
    expect(g.variables).toEqual(['w[1,1]', 'w[2,1]', 'b']);
  });

  it('sigmoid and bce: g1 = xᵀ(σ(x·w) − y) in 64 digits (not rational), and the second step at w1', async () => {
    const f = await fx('graph-sigmoid-adam');
    const g1 = valueOf(f.ref.run, 'g1')!;
    const e = sigma(-0.5) - 1;
    expect(g1[0].isRational).toBe(false);
    expect(Math.abs(g1[0].toNumber() - e)).toBeLessThan(1e-15);
    expect(Math.abs(g1[1].toNumber() - 2 * e)).toBeLessThan(1e-15);
    expect(g1[0].toExact().replace(/^-0\./, '').length).toBeGreaterThanOrEqual(60);
    // g2 is the graph's gradient at the exact w1 (recomputed here through the plain path).
    const w1 = valueOf(f.ref.run, 'w1')!;
    const g2 = graphGradientPlain(given(f).source as never, w1).map((x) => x.toNumber());
    const z = w1[0].toNumber() + 2 * w1[1].toNumber();
    expect(Math.abs(g2[0] - (sigma(z) - 1))).toBeLessThan(1e-14);
  });

  it('the memoised gradient gives the same values as the plain path', async () => {
    const g = given(await fx('graph-sigmoid-momentum'));
    const w = [Num.frac(1, 3), Num.parseDecimal('-0.25')];
    const a = graphGradient(g.source as never, w).map((x) => x.toExact());
    const b = graphGradientPlain(g.source as never, w).map((x) => x.toExact());
    expect(a).toEqual(b);
  });

  it.each(FIXTURES)('%s: the float64 loop and tfjs agree, and say the gradient is the autodiff\'s', async (name) => {
    const f = await fx(name);
    const cc = await crossCheckOpt(given(f), f.ref);
    for (const item of cc.items) expect(item.ok, `${item.name}: ${item.detail}`).toBe(true);
    expect(cc.items.filter((i) => i.name.includes('loop')).every((i) => /not re-derived/.test(i.detail ?? ''))).toBe(true);
    expect(float64Steps(given(f))).toHaveLength(given(f).steps);
  });

  it.each(FIXTURES)('%s: solve → grade is full marks', async (name) => {
    const f = await fx(name);
    const sol = optimizerSteps.solve(f.lp.problem as never, f.ref);
    expect(sol.markdown).toMatch(/computed exactly by reverse mode/);
    const yaml = Object.entries(sol.answers).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
    for (const [id, p] of gradeAnswers(f, yaml)) expect(p.score, id).toBe(p.maxScore);
  });
});

describe('optimizer-steps from a graph: diagnoses, error carried forward, dependencies', () => {
  it.each([
    ['graph-linreg-sgd', 'gradient-sign', 'optim.gradient-sign', ['g1']],
    ['graph-sigmoid-adam', 'gradient-sign', 'optim.gradient-sign', ['g1']],
    ['graph-sigmoid-adam', 'no-bias-correction', 'optim.no-bias-correction', ['m_hat1', 'v_hat1']],
    ['graph-sigmoid-momentum', 'momentum-other', 'optim.momentum-convention', ['v1', 'v2']],
  ])('%s with %s → %s', async (name, mistake, code, parts) => {
    const f = await fx(name);
    const run = runAll(given(f), mistake as Mistake);
    const res = gradeRaw(f, Object.fromEntries(f.lp.problem.parts.map((p) => [p.id, valueOf(run, p.id)!])));
    for (const p of parts) expect(res.get(p)!.diagnosis, p).toBe(code);
    // Every other part is right, diagnosed with the same mistake, or carried from the student's own values.
    for (const [id, gr] of res) {
      if (gr.fraction === 1) expect(gr.diagnosis, id).toBeUndefined();
      else if (!gr.diagnosis) expect(gr.carried?.fraction === 1 || gr.carried?.diagnosis === code, id).toBe(true);
      else expect(gr.diagnosis, id).toBe(code);
    }
  });

  it("a wrong w1 carried into g2 through the graph: g2 and w2 right for the student's own w1", async () => {
    const f = await fx('graph-linreg-sgd');
    const w1 = valueOf(f.ref.run, 'w1')!.map((x) => x.add(Num.frac(1, 10)));
    const own = ownRun(given(f), 'none', (k, t) => (k === 'w' && t === 1 ? w1 : undefined));
    // By hand: w1 = [1.3, 0.5], p = 2.3, p − y = −0.7, g2 = [−0.7, −1.4].
    expect(own[1].g!.map((x) => x.toExact())).toEqual(['-7/10', '-7/5']);
    const res = gradeRaw(f, { w1, g2: own[1].g!, w2: own[1].w! });
    expect(res.get('w1')!.fraction).toBeLessThan(1);
    expect(res.get('g2')!.carried).toMatchObject({ fraction: 1, from: ['w1'] });
    expect(res.get('w2')!.carried).toMatchObject({ fraction: 1 });
  });

  it('g_t depends on w_{t−1} (the graph reads the params)', async () => {
    const deps = optimizerSteps.dependencies!(given(await fx('graph-linreg-sgd')));
    expect(deps.g1).toEqual([]);
    expect(deps.g2).toEqual(['w1']);
    expect(deps.w2).toEqual(['w1', 'g2']);
  });

  it('a w where the graph cannot be computed exactly stops that run, and the reference is refused', () => {
    const g = optimizerSteps.prepare(loadYamlText('{ graph: { params: { w: 1 }, graph: ["L = log(w)"] }, optimizer: sgd, lr: 1, steps: 2 }').root, 'p');
    // w1 = 1 − 1·(1/1) = 0, and log(0) has no value.
    expect(() => computeOptRef(g)).toThrow(ProblemError);
    expect(() => computeOptRef(g)).toThrow(/gradient at w1/);
  });
});

describe('optimizer-steps from a graph: refusals at load', () => {
  const prep = (y: string) => optimizerSteps.prepare(loadYamlText(y).root, 'p');
  const at = (y: string): { message: string; line?: number; column?: number } => {
    try {
      prep(y);
    } catch (e) {
      if (e instanceof ProblemError) return { message: e.message, line: e.pos?.line, column: e.pos?.column };
      throw e;
    }
    throw new Error('not refused');
  };

  it('an unknown function in a graph line, at its line and column (as kind graph refuses it)', () => {
    const y = ['optimizer: sgd', 'lr: 0.1', 'steps: 1', 'graph:', '  params: { w: [1, 2] }', '  graph:', '    - "h = w * 2"', '    - "L = frobnicate(h)"'].join('\n');
    const r = at(y);
    expect(r.message).toMatch(/frobnicate/);
    expect(r.line).toBe(8);
    // '    - "L = frobnicate(h)"': the quote is column 7, the text starts at 8, "frobnicate" at 12.
    expect(r.column).toBe(12);
  });

  it.each([
    ['a start beside the graph', '{ graph: { params: { w: 1 }, graph: ["L = w * w"] }, start: 2, optimizer: sgd, lr: 0.1, steps: 1 }', /params are the start/],
    ['a quadratic beside the graph', '{ graph: { params: { w: 1 }, graph: ["L = w * w"] }, function: "x^2", optimizer: sgd, lr: 0.1, steps: 1 }', /not both/],
    ['a graph without params', '{ graph: { inputs: { x: 1 }, graph: ["L = x * x"] }, optimizer: sgd, lr: 0.1, steps: 1 }', /no params/],
    ['a loss that is not a single number', '{ graph: { params: { w: [1, 2] }, graph: ["L = w * 2"] }, optimizer: sgd, lr: 0.1, steps: 1 }', /single number/],
    ['more than 12 parameter entries', '{ graph: { params: { w: [1,2,3,4,5,6,7,8,9,10,11,12,13] }, graph: ["L = sum(w)"] }, optimizer: sgd, lr: 0.1, steps: 1 }', /at most 12/],
    ['more exact work than the bound (steps × the graph\'s cost)', `{ graph: { inputs: { x: ${JSON.stringify(Array.from({ length: 60 }, () => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))} }, params: { w: [[1],[1],[1],[1],[1],[1],[1],[1],[1],[1]] }, graph: ["L = sum(tanh(x @ w))"] }, optimizer: sgd, lr: 0.1, steps: 50 }`, /over the limit of 3000/],
    ['a graph that is not a mapping', '{ graph: ["L = 1"], optimizer: sgd, lr: 0.1, steps: 1 }', /graph problem's given/],
  ])('%s', (_what, y, re) => {
    expect(at(y).message).toMatch(re);
  });
});
