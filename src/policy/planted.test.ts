// Property (issue 22, "Done when"): for random gd-step-size and conv-design problems, random
// points, a random rubric and either ECF setting, a submission right but for one planted mistake
// loses exactly that mistake's rubric credit, once: (1 − credit) × the points of the first part
// (in dependency order) it shows in, and nothing anywhere else.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { gradeAnswers } from '../../test/helpers.js';
import { loadProblem, type LoadedProblem } from '../grading/problems.js';
import { computeReference } from '../grading/references.js';
import { loadYamlText } from '../load/yaml.js';
import { formatInterval } from '../answers/interval.js';
import { Num, yamlValue } from '../numbers/num.js';
import type { GdReference } from '../kinds/gd-step-size/reference.js';
import type { DesignRef } from '../kinds/conv-design/index.js';
import type { Rubric } from './rubric.js';

async function load(text: string): Promise<{ lp: LoadedProblem; ref: unknown }> {
  const r = loadProblem('p.yaml', loadYamlText(text).root);
  if ('errors' in r) throw new Error(r.errors.map((e) => e.message).join('; '));
  const lp = { problem: r.problem, verifier: r.verifier };
  return { lp, ref: (await computeReference(lp, { cacheDir: null, crossCheck: false })).ref };
}
const withRubric = (f: { lp: LoadedProblem; ref: unknown }, rubric: Rubric) => ({ ...f, lp: { ...f.lp, problem: { ...f.lp.problem, rubric } } });
const total = (r: Map<string, { score: number }>) => [...r.values()].reduce((a, p) => a + p.score, 0);

// Symmetric A = [[a, b], [b, c]] with H = 2A positive definite, distinct rational eigenvalues.
const MATRICES: [number, number, number][] = [];
for (let a = 1; a <= 9; a++)
  for (let b = -5; b <= 5; b++)
    for (let c = 1; c <= 9; c++) {
      const disc = (a - c) ** 2 + 4 * b * b;
      const s = Math.round(Math.sqrt(disc));
      if (s * s === disc && disc > 0 && a + c - s > 0) MATRICES.push([a, b, c]);
    }

const v = (x: Num) => yamlValue(x);
const open = (hi: Num, hiClosed = false) => formatInterval({ empty: false, lo: Num.ZERO, loClosed: false, hi, hiClosed });

/** A planted gd mistake: the answers it changes, the diagnosis, the part it is charged at. */
interface Planted {
  name: string;
  code: string;
  charged: string;
  answers(ref: GdReference, right: Record<string, unknown>): Record<string, unknown>;
}
const TWO = Num.int(2), FOUR = Num.int(4), ONE = Num.int(1);
const GD_MISTAKES: Planted[] = [
  {
    name: 'Hessian not doubled, everything after it right from it',
    code: 'gd.hessian-not-doubled',
    charged: 'hessian',
    answers: (ref, right) => ({ ...right, hessian: ref.hessian.map((r) => r.map((x) => v(x.div(TWO)))), eigenvalues: ref.halfEigenvalues.map((e) => v(e.value)), range: open(FOUR.div(ref.lambdaMax.value)), optimal: v(ref.optimal!.mul(TWO)) }),
  },
  { name: 'closed upper end, range only', code: 'gd.endpoint-included', charged: 'range', answers: (ref, right) => ({ ...right, range: open(ref.bound!, true) }) },
  { name: 'closed upper end in the rule and the range', code: 'gd.endpoint-included', charged: 'rule', answers: (ref, right) => ({ ...right, rule: '0 < eta <= 2/lambda_max', range: open(ref.bound!, true) }) },
  { name: '1/λmax, range only', code: 'gd.half-range', charged: 'range', answers: (ref, right) => ({ ...right, range: open(ONE.div(ref.lambdaMax.value)) }) },
  { name: '1/λmax in the rule, and the range from it', code: 'gd.half-range', charged: 'rule', answers: (ref, right) => ({ ...right, rule: '0 < eta < 1/lambda_max', range: open(ONE.div(ref.lambdaMax.value)) }) },
  { name: 'λmin in the range', code: 'gd.used-lambda-min', charged: 'range', answers: (ref, right) => ({ ...right, range: open(TWO.div(ref.lambdaMin.value)) }) },
  { name: 'the optimal step of the undoubled Hessian', code: 'gd.hessian-not-doubled', charged: 'optimal', answers: (ref, right) => ({ ...right, optimal: v(ref.optimal!.mul(TWO)) }) },
];

describe('property: one planted mistake costs its rubric credit, once (gd-step-size)', () => {
  it('random A, points, rubric credit, ECF on or off, every mistake', async () => {
    const cache = new Map<string, { lp: LoadedProblem; ref: unknown }>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...MATRICES),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 5, maxLength: 5 }),
        fc.constantFrom(...GD_MISTAKES),
        fc.option(fc.constantFrom(0, 0.25, 0.5, 0.8, 1), { nil: undefined }),
        fc.boolean(),
        async ([a, b, c], pts, mistake, credit, ecf) => {
          const parts = { hessian: pts[0], eigenvalues: pts[1], rule: pts[2], range: pts[3], optimal: pts[4] };
          const text = `id: p\nkind: gd-step-size\ngiven: { matrix: [[${a}, ${b}], [${b}, ${c}]] }\nparts: ${JSON.stringify(parts)}\n`;
          let f = cache.get(text);
          if (!f) cache.set(text, (f = await load(text)));
          const ref = f.ref as GdReference;
          const right = f.lp.verifier.solve(f.lp.problem, ref).answers;
          const rubric: Rubric = { credit: credit === undefined ? {} : { [mistake.code]: credit }, parts: {}, ...(ecf ? {} : { ecf: false }) };
          const r = gradeAnswers(withRubric(f, rubric), stringify(mistake.answers(ref, right)));
          const kindDefault = (f.lp.verifier.defaultCredit ?? {})[mistake.code] ?? 0;
          const lost = (1 - (credit ?? kindDefault)) * parts[mistake.charged as keyof typeof parts];
          const max = Object.values(parts).reduce((x, y) => x + y, 0);
          expect(total(r), `${mistake.name} on ${text}`).toBeCloseTo(max - lost, 3);
          // Named once, at the part charged.
          const named = [...r.values()].flatMap((p) => p.findings.filter((x) => x.code === mistake.code).map(() => p.id));
          expect(named).toEqual([mistake.charged]);
        },
      ),
      { numRuns: 150, seed: 22 },
    );
  });
});

describe('property: conv-design (layers → total)', () => {
  // One conv (k×k, stride 1, no padding) from [C, S, S] to [F, S−k+1, S−k+1], or conv, pool, conv.
  const problem = (C: number, S: number, F: number, deep: boolean, pts: [number, number]) => {
    const target = deep ? [F, Math.floor((S - 2) / 2) - 2, Math.floor((S - 2) / 2) - 2] : [F, S - 2, S - 2];
    return `id: d\nkind: conv-design\ngiven:\n  input: [${C}, ${S}, ${S}]\n  target: ${JSON.stringify(target)}\n  constraints: { kernels: [3], stride: 1, padding: 0, pooling: { type: max, size: 2, stride: 2 }, alternate: true, filters: [8], max-depth: 3 }\nparts: { layers: ${pts[0]}, total: ${pts[1]} }\n`;
  };
  it('a total without the biases loses the total\'s rubric credit; a total that sums a wrong count keeps its points under ECF', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 8, max: 14 }),
        fc.constantFrom(2, 4, 16),
        fc.boolean(),
        fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 })),
        fc.constantFrom(0, 0.5, 1),
        fc.boolean(),
        async (C, S, F, deep, pts, credit, ecf) => {
          const f = await load(problem(C, S, F, deep, pts));
          const ref = f.ref as DesignRef;
          expect(ref.designs.length).toBeGreaterThan(0);
          const right = f.lp.verifier.solve(f.lp.problem, ref).answers as { layers: { params?: number }[]; total: number };
          const biases = right.layers.reduce((n, l, i) => n + (l.params !== undefined ? Number((right.layers[i] as { filters?: number }).filters ?? 0) : 0), 0);
          const rubric: Rubric = { credit: { 'layer.missing-bias': credit }, parts: {}, ...(ecf ? {} : { ecf: false }) };
          // 1: the total leaves out exactly the biases.
          const noBias = gradeAnswers(withRubric(f, rubric), stringify({ ...right, total: right.total - biases }));
          expect(noBias.get('layers')!.score).toBe(pts[0]);
          expect(noBias.get('total')!.score).toBeCloseTo(credit * pts[1], 3);
          // 2: one count one too many, the total their own sum: charged in the layers only (ECF), or in both (no ECF).
          const layers = right.layers.map((l, i) => (i === right.layers.findIndex((x) => x.params !== undefined) ? { ...l, params: l.params! + 1 } : l));
          const slip = gradeAnswers(withRubric(f, rubric), stringify({ layers, total: right.total + 1 }));
          expect(slip.get('layers')!.score).toBeLessThan(pts[0]);
          expect(slip.get('total')!.score).toBe(ecf ? pts[1] : 0);
        },
      ),
      { numRuns: 25, seed: 22 },
    );
  });
});
