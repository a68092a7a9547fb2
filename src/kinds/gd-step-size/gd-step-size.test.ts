import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { codes, fixture, gradeAnswers } from '../../../test/helpers.js';
import { formatInterval } from '../../answers/interval.js';
import { Num } from '../../numbers/num.js';
import type { GdReference } from './reference.js';
import { computeReference } from './reference.js';
import { gdStepSize } from './index.js';
import { loadYamlText } from '../../load/yaml.js';
import { get } from '../../load/pnode.js';
import { crossCheckGd } from './crosscheck.js';
import type { Rubric } from '../../policy/rubric.js';

const fx = (name: string) => fixture(join(import.meta.dirname, 'fixtures', `${name}.yaml`));
/** The same problem under a rubric. */
const withRubric = <T extends { lp: { problem: object } }>(f: T, rubric: Rubric): T => ({ ...f, lp: { ...f.lp, problem: { ...f.lp.problem, rubric } } });

describe('gd-step-size reference', () => {
  it.each([
    ['seed', [['10', '4'], ['4', '4']], ['2', '12'], 'minimum', '0 < eta < 1/6', '1/7'],
    ['surd2', null, ['3 - sqrt(5)', '3 + sqrt(5)'], 'minimum', '0 < eta < (3 - sqrt(5))/2', '1/3'],
    ['nonsym', [['6', '2'], ['2', '2']], ['4 - 2*sqrt(2)', '4 + 2*sqrt(2)'], 'minimum', '0 < eta < (2 - sqrt(2))/2', '0.25'],
    ['three', [['2', '1', '0'], ['1', '2', '1'], ['0', '1', '2']], ['2 - sqrt(2)', '2', '2 + sqrt(2)'], 'minimum', '0 < eta < 2 - sqrt(2)', '0.5'],
    ['linear', [['2', '0'], ['0', '4']], ['2', '4'], 'minimum', '0 < eta < 0.5', '1/3'],
    ['named', [['4', '3'], ['3', '8']], ['6 - sqrt(13)', '6 + sqrt(13)'], 'minimum', '0 < eta < (12 - 2*sqrt(13))/23', '1/6'],
    ['indefinite', null, null, 'no-minimum', 'none', null],
    ['semidef', [['2', '2'], ['2', '2']], ['0', '4'], 'minimizers', '0 < eta < 0.5', '0.25'], // one positive eigenvalue: η* = 1/4 solves it in one step
    ['unbounded', null, null, 'no-minimum', 'none', null],
  ])('%s', async (name, hessian, eig, outcome, range, optimal) => {
    const { ref } = (await fx(name)) as { ref: GdReference };
    if (hessian) expect(ref.hessian.map((r) => r.map((v) => v.toExact()))).toEqual(hessian);
    if (eig) expect(ref.eigenvalues.map((e) => e.value.toString())).toEqual(eig);
    expect(ref.outcome).toBe(outcome);
    expect(formatInterval(ref.range)).toBe(range);
    expect(ref.optimal?.toString() ?? null).toBe(optimal);
  });

  it('5×5: eigenvalues satisfy Av = λv to 1e-50 and sum to the trace', async () => {
    const { lp, ref } = (await fx('five')) as { lp: { problem: { given: { hessian: Num[][] } } }; ref: GdReference };
    const H = lp.problem.given.hessian;
    const { symmetricEigen } = await import('../../numbers/eigen.js');
    const eig = symmetricEigen(H);
    eig.values.forEach((e, k) => {
      const v = eig.vectors[k];
      const resid = H.map((row) => row.reduce((s, h, j) => s.plus(h.d.times(v[j])), e.value.d.times(0)).minus(e.value.d.times(v[H.indexOf(row)])).abs());
      resid.forEach((r) => expect(r.lt('1e-50')).toBe(true));
    });
    const trace = H.reduce((s, r, i) => s.add(r[i]), Num.ZERO);
    const sum = ref.eigenvalues.reduce((s, e) => s.add(e.value), Num.ZERO);
    expect(sum.sub(trace).abs().d.lt('1e-50')).toBe(true);
  });

  it.each([
    ['indefinite', 'diverges along the negative eigenvector'],
    ['unbounded', 'unbounded along a flat direction'],
    ['seed', 'converges at 0.98 × bound'],
  ])('%s: the float64 cross-check agrees', async (name, first) => {
    const { lp, ref } = await fx(name);
    const cc = crossCheckGd(lp.problem.given as never, ref as GdReference);
    expect(cc.items[0].name).toBe(first);
    for (const item of cc.items) expect(item.ok, item.detail).toBe(true);
  });

  it('refuses a function that is not quadratic or uses unknown names', () => {
    const given = (f: string) => get(loadYamlText(`given: { function: '${f}' }`).root, 'given')!;
    expect(() => gdStepSize.prepare(given('x^3 + y'), 'p')).toThrow(/not quadratic/);
    expect(() => gdStepSize.prepare(given('x^2 / y'), 'p')).toThrow(/divides by a variable/);
    expect(() => gdStepSize.prepare(given('sin(x)^2'), 'p')).toThrow();
    expect(() => gdStepSize.prepare(given('2^x'), 'p')).toThrow();
  });

  it('reads implicit products: 4xy = 4·x·y, 2x^2 = 2·x²', () => {
    const qd = gdStepSize.prepare(get(loadYamlText(`given: { function: '5x^2 + 2y^2 + 4xy' }`).root, 'given')!, 'p');
    expect(qd.hessian.map((r: Num[]) => r.map((v) => v.toExact()))).toEqual([['10', '4'], ['4', '4']]);
  });
});

describe('gd-step-size grading', () => {
  it.each([
    // part, answer, fraction, codes
    ['range', '"0 < eta < 1/6"', 1, []],
    ['range', '"(0, 1/6)"', 1, []],
    ['range', '"]0, 1/6["', 1, []],
    ['range', '"η ∈ (0, 0.1667)"', 1, []],
    ['range', '"0 < η ≤ 1/6"', 0.5, ['gd.endpoint-included']],
    ['range', '"(0, 1/6]"', 0.5, ['gd.endpoint-included']],
    ['range', '"0 < eta < 1/12"', 0, ['gd.half-range']],
    ['range', '"0 < eta < 1/3"', 0, ['gd.diverges', 'gd.hessian-not-doubled']],
    ['range', '"0 < eta < 1"', 0, ['gd.diverges', 'gd.used-lambda-min']],
    ['range', '"0 <= eta < 1/6"', 0.5, ['gd.zero-included']],
    ['range', '"0 < eta < 0.2"', 0, ['gd.diverges', 'value.mismatch']],
    ['range', 'none', 0, ['value.mismatch']],
    ['hessian', '[[10, 4], [4, 4]]', 1, []],
    ['hessian', '[[5, 2], [2, 2]]', 0, ['gd.hessian-not-doubled']], // one mistake, one finding
    ['hessian', '[[10, 4], [4, 5]]', 0.75, ['value.mismatch']],
    ['eigenvalues', '[12, 2]', 1, []],
    ['eigenvalues', '["2", "24/2"]', 1, []],
    ['eigenvalues', '[6, 1]', 0, ['gd.hessian-not-doubled']],
    ['eigenvalues', '[12, 3]', 0.5, ['value.mismatch']],
    ['rule', '"0 < eta < 2/lambda_max"', 1, []],
    ['rule', '"0 < η < 2/λ_max"', 1, []],
    ['rule', '"0 < eta <= 2/lambda_max"', 0.5, ['gd.endpoint-included']],
    ['rule', '"0 < γ ≤ 1/λmax"', 0, ['gd.half-range']], // closed at 1/λmax is harmless: the bound is what is wrong
    ['rule', '"0 < eta < 1/6"', 0, ['value.mismatch']],
    ['optimal', '"1/7"', 1, []],
    ['optimal', '0.1429', 1, []],
    ['optimal', '"2/7"', 0, ['gd.hessian-not-doubled']],
  ])('seed %s = %s', async (part, answer, fraction, expected) => {
    const results = gradeAnswers(await fx('seed'), `${part}: ${answer}`);
    const r = results.get(part)!;
    expect(r.score / r.maxScore).toBe(fraction);
    expect(codes(r.findings)).toEqual(expected);
  });

  it('endpoint evidence: at 2/λmax the error flips sign forever', async () => {
    const r = gradeAnswers(await fx('seed'), 'range: "0 < eta < 1/3"').get('range')!;
    const ev = r.findings.find((f) => f.code === 'gd.diverges')!;
    expect(ev.values).toEqual({ eta: '0.25', distances: '2, 4, 8, 16' }); // η between 1/6 and 1/3: |1 − 0.25·12|^k
  });

  it.each([
    ['indefinite', 'range: "0 < eta < 1"', 'range', ['gd.no-minimum']],
    ['indefinite', 'range: none', 'range', []],
    ['indefinite', 'optimal: 0.5', 'optimal', ['gd.no-minimum']],
    ['unbounded', 'range: "(0, 1)"', 'range', ['gd.no-minimum']],
    ['semidef', 'range: "0 < eta < 1/2"', 'range', ['gd.semidefinite']],
    ['surd2', 'range: "0 < eta < (3 - sqrt(5))/2"', 'range', []],
    ['surd2', 'range: "0 < eta < 0.382"', 'range', []],
    ['surd2', 'eigenvalues: ["3+sqrt(5)", 0.7639]', 'eigenvalues', []],
  ])('%s: %s', async (name, answer, part, expected) => {
    const r = gradeAnswers(await fx(name), answer).get(part)!;
    expect(codes(r.findings)).toEqual(expected);
    expect(r.status).toBe(expected.some((c) => c.startsWith('gd.no') || c === 'value.mismatch') ? 'incorrect' : 'correct');
  });
});

describe('gd-step-size properties', () => {
  // Random positive definite A = BᵀB + I with small integer B: solve's answers grade at full
  // marks, float64 GD agrees with the bound, and tfjs GD converges just inside the range.
  const rand = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  it('random quadratics', async () => {
    const r = rand(7);
    for (let t = 0; t < 12; t++) {
      const n = 2 + (t % 2);
      const B = Array.from({ length: n }, () => Array.from({ length: n }, () => Math.floor(r() * 7) - 3));
      const A = B.map((_, i) => B.map((__, j) => B.reduce((s, row) => s + row[i] * row[j], 0) + (i === j ? 1 : 0)));
      const text = `id: rnd\nkind: gd-step-size\ngiven: { matrix: ${JSON.stringify(A)} }\nparts: { range: 1, hessian: 1, eigenvalues: 1, optimal: 1, rule: 1 }\n`;
      const { writeFileSync, mkdtempSync } = await import('node:fs');
      const dir = mkdtempSync(join((await import('node:os')).tmpdir(), 'gd-'));
      writeFileSync(join(dir, 'p.yaml'), text);
      const f = await fixture(join(dir, 'p.yaml'));
      const ref = f.ref as GdReference;
      const sol = gdStepSize.solve(f.lp.problem, ref);
      const { stringify } = await import('yaml');
      const results = gradeAnswers(f, stringify(sol.answers));
      for (const [, p] of results) expect(p.status, `${JSON.stringify(A)} ${p.id} ${JSON.stringify(p.findings)}`).toBe('correct');
      expect(crossCheckGd(f.lp.problem.given, ref).items.every((i) => i.ok)).toBe(true);
      // tfjs: f(u) = uᵀAu, η = 0.95·bound converges.
      const eta = 0.95 * ref.bound!.toNumber();
      const At = tf.tensor2d(A);
      const grad = tf.grad((u: tf.Tensor) => u.reshape([1, n]).matMul(At).matMul(u.reshape([n, 1])).sum());
      let u = tf.ones([n]);
      for (let k = 0; k < 300; k++) u = tf.tidy(() => u.sub(grad(u).mul(eta)));
      expect(u.norm().dataSync()[0]).toBeLessThan(1e-2);
    }
  });
});

describe('gd-step-size edge cases', () => {
  it('a constant f (H = 0, no linear term): every η > 0, said so; the cross-check sees descent never move', async () => {
    const f = await fx('constant');
    const ref = f.ref as GdReference;
    expect(ref.outcome).toBe('constant');
    expect(formatInterval(ref.range)).toBe('0 < eta');
    const cc = crossCheckGd(f.lp.problem.given as never, ref);
    expect(cc.items.every((i) => i.ok)).toBe(true);
    const right = gradeAnswers(f, 'range: "0 < eta"\noptimal: none\nrule: "0 < eta < 2/lambda_max"');
    for (const [, p] of right) expect([p.status, p.findings]).toEqual(['correct', []]);
    const wrong = gradeAnswers(f, 'range: none');
    expect(codes(wrong.get('range')!.findings)).toEqual(['gd.constant']);
    expect(codes(gradeAnswers(f, 'range: "0 < eta < 1"').get('range')!.findings)).toEqual(['gd.constant']);
    expect(codes(gradeAnswers(f, 'range: "0 <= eta"').get('range')!.findings)).toEqual(['gd.zero-included']);
  });
  it.each(['small-negative', 'small-negative-2'])('%s: indefinite with a small negative eigenvalue is "none", and the divergence check is sound', async (name) => {
    const f = await fx(name);
    const ref = f.ref as GdReference;
    expect(ref.outcome).toBe('no-minimum');
    const cc = crossCheckGd(f.lp.problem.given as never, ref);
    for (const item of cc.items) expect(item.ok, item.detail).toBe(true);
    expect(gradeAnswers(f, 'range: none').get('range')!.status).toBe('correct');
  });
});

describe('gd-step-size: the explanation consistent with the other parts', () => {
  it('right Hessian and eigenvalues, bound 2/λmin = 4/λmax: gd.used-lambda-min, not the factor 2', async () => {
    const f = await fx('ambiguous');
    const r = gradeAnswers(f, 'hessian: [[3, 0, 0], [0, 3, 0], [0, 0, 6]]\neigenvalues: [3, 3, 6]\nrange: "0 < eta < 2/3"');
    expect(r.get('hessian')!.status).toBe('correct');
    expect(codes(r.get('range')!.findings)).toEqual(['gd.diverges', 'gd.used-lambda-min']); // with the evidence of divergence
    // With the rule that says so, the range follows from it: charged at the rule, carried forward to the range.
    const withRule = gradeAnswers(f, 'hessian: [[3, 0, 0], [0, 3, 0], [0, 0, 6]]\neigenvalues: [3, 3, 6]\nrule: "0 < eta < 2/lambda_min"\nrange: "0 < eta < 2/3"');
    expect(codes(withRule.get('rule')!.findings)).toEqual(['gd.used-lambda-min']);
    expect(withRule.get('range')!.findings.map((f) => [f.code, f.values.from])).toEqual([['policy.carried-forward', ['rule']]]);
  });
  it('the Hessian given as A, the same bound: the factor 2 is the reason (ecf off), or the range follows from that Hessian (ecf on)', async () => {
    const f = await fx('ambiguous');
    const answers = 'hessian: [[1.5, 0, 0], [0, 1.5, 0], [0, 0, 3]]\nrange: "0 < eta < 2/3"';
    const off = gradeAnswers(withRubric(f, { credit: {}, parts: {}, ecf: false }), answers);
    expect(codes(off.get('hessian')!.findings)).toEqual(['gd.hessian-not-doubled']);
    // Named once (at the hessian); the evidence that their range diverges stays.
    expect(off.get('range')!.findings.map((x) => [x.code, x.values.first])).toEqual([['policy.charged-once', 'hessian'], ['gd.diverges', undefined]]);
    const on = gradeAnswers(f, answers);
    expect(on.get('range')!.findings.map((x) => [x.code, x.values.from])).toEqual([['policy.carried-forward', ['hessian']]]);
    for (const r of [on, off]) expect([r.get('hessian')!.score, r.get('range')!.score]).toEqual([0, 1]);
  });
});

describe('gd-step-size messages quote the student (issue 22, item 6)', () => {
  it('the Hessian as written', async () => {
    const r = gradeAnswers(await fx('seed'), 'hessian: [[5.0, "2"], [2, 2.00]]').get('hessian')!;
    expect(r.findings[0].got).toBe('[[5.0, 2], [2, 2.00]]');
  });
  it.each([
    // rule, other answers, what the message says the rule gives
    ['"0 < γ ≤ 1/λmax"', 'eigenvalues: [6, 1]', 'with your λmax = 6 it gives 0 < η ≤ 1/6'],
    ['"0 < γ ≤ 1/λmax"', 'hessian: [[5, 2], [2, 2]]', 'with your λmax = 6 it gives 0 < η ≤ 1/6'], // their Hessian's λmax
    ['"0 < γ ≤ 1/λmax"', 'eigenvalues: [2, 12]', "with the problem's λmax = 12 it gives 0 < η ≤ 1/12"],
    ['"0 < eta < 2/lambda_min"', 'eigenvalues: [1, 6]', 'with your λmin = 1 it gives 0 < η < 2'],
  ])('rule %s beside %s: %s', async (rule, other, says) => {
    const r = gradeAnswers(await fx('seed'), `rule: ${rule}\n${other}`).get('rule')!;
    const m = r.findings.find((f) => f.code.startsWith('gd.'))!;
    expect(m.message).toContain(`your rule ${rule.replace(/^"|"$/g, '"')}`);
    expect(m.message).toContain(says);
    expect(m.got).toBe(rule.replace(/^"|"$/g, ''));
  });
});
