// Issue 22: "the same misconception on 300 drawn variants earns the same credit in every one".
// Fixture test/fixtures/policy-variants: a templated gd-step-size problem, A drawn per student
// (diagonal ones among them, whose zeros "matched" 2A's before the policy stage).
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadProblems } from '../grading/problems.js';
import { computeReference } from '../grading/references.js';
import { gradeFile } from '../grading/grade.js';
import { problemFor, refKey } from '../variants/grading.js';
import { formatInterval } from '../answers/interval.js';
import { Num, yamlValue } from '../numbers/num.js';
import type { GdReference } from '../kinds/gd-step-size/reference.js';
import type { Assignment } from '../grading/assignments.js';

const set = loadProblems(['test/fixtures/policy-variants/gd.yaml', 'test/fixtures/policy-variants/assignment.yaml']);
const assignment = set.assignments[0];
const setup = { secret: 'issue-22', pins: set.pins };
const TWO = Num.int(2);

/** The misconceptions, as each student would write them for their own A. */
const MISCONCEPTIONS: Record<string, (ref: GdReference, right: Record<string, unknown>) => Record<string, unknown>> = {
  // The Hessian taken as A; eigenvalues, range and optimal computed right from it.
  'hessian not doubled': (ref, right) => ({ ...right, hessian: ref.hessian.map((r) => r.map((x) => yamlValue(x.div(TWO)))), eigenvalues: ref.halfEigenvalues.map((e) => yamlValue(e.value)), range: formatInterval({ empty: false, lo: Num.ZERO, loClosed: false, hi: Num.int(4).div(ref.lambdaMax.value), hiClosed: false }), optimal: yamlValue(ref.optimal!.mul(TWO)) }),
  // Only the Hessian written down as A (the diagonal case kept 2.5/5 before).
  'hessian A alone': (ref) => ({ hessian: ref.hessian.map((r) => r.map((x) => yamlValue(x.div(TWO)))) }),
  // 1/λmax as the rule, and the range from it.
  'half range': (ref, right) => ({ ...right, rule: '0 < eta < 1/lambda_max', range: formatInterval({ empty: false, lo: Num.ZERO, loClosed: false, hi: Num.ONE.div(ref.lambdaMax.value), hiClosed: false }) }),
};

describe('the same misconception, 300 drawn variants, the same credit', async () => {
  const students = Array.from({ length: 300 }, (_, i) => `student-${i}`);
  const drawn = await Promise.all(
    students.map(async (student) => {
      const lp = problemFor(assignment.problems.get('gd-each')!, assignment, student, setup);
      const ref = (await computeReference(lp, { cacheDir: null, crossCheck: false })).ref as GdReference;
      return { student, lp, ref };
    }),
  );
  it('draws many different A, diagonal ones among them', () => {
    expect(set.errors).toEqual([]);
    const matrices = new Set(drawn.map((d) => JSON.stringify(d.lp.problem.variant!.params)));
    expect(matrices.size).toBeGreaterThan(60);
    expect(drawn.some((d) => d.lp.problem.variant!.params.b === '0')).toBe(true);
    expect(drawn.some((d) => d.lp.problem.variant!.params.b !== '0')).toBe(true);
  });
  it.each(Object.keys(MISCONCEPTIONS))('%s: one score for all 300', (name) => {
    const scores = new Map<number, string[]>();
    for (const { student, lp, ref } of drawn) {
      const one: Assignment = { id: 'each', problems: new Map([['gd-each', lp]]) };
      const right = lp.verifier.solve(lp.problem, ref).answers;
      const text = stringify({ student, assignment: 'each', answers: { 'gd-each': MISCONCEPTIONS[name](ref, right) } });
      const s = gradeFile(`${student}.yaml`, [one], new Map([[refKey(lp), ref]]), text);
      expect(s.status).toBe('graded');
      scores.set(s.score, [...(scores.get(s.score) ?? []), JSON.stringify(lp.problem.variant!.params)]);
    }
    expect([...scores.keys()], [...scores].map(([k, v]) => `${k}: ${v.slice(0, 3).join(' ')}`).join('\n')).toHaveLength(1);
    const expected = { 'hessian not doubled': 11, 'hessian A alone': 0, 'half range': 14 }[name];
    expect([...scores.keys()][0]).toBe(expected); // 16 points: the Hessian's 5 lost; nothing; the rule's 2 lost
  });
});
