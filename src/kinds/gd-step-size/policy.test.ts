// gd-step-size under the policy stage (issue 22): the Hessian mistake charged once, the parts
// after it carried forward from the student's own Hessian, credit by rubric and not by the
// entries that happen to coincide. Fixtures: test/fixtures/policy (an assignment scaling the
// issue's problem to 25 points).
import { describe, expect, it } from 'vitest';
import { loadProblems } from '../../grading/problems.js';
import { computeReferences } from '../../grading/references.js';
import { gradeFile } from '../../grading/grade.js';
import type { Assignment } from '../../grading/assignments.js';
import type { Rubric } from '../../policy/rubric.js';

const set = loadProblems(['coef', 'diag', 'full', 'assignment'].map((n) => `test/fixtures/policy/${n}.yaml`));
const refs = new Map([...(await computeReferences(set.problems, { cacheDir: null, crossCheck: false }))].map(([id, r]) => [id, r.ref]));

/** The assignment, its problems under `rubric` (as an assignment's `rubric:` would put them). */
function under(rubric?: Rubric): Assignment[] {
  const a = set.assignments[0];
  if (!rubric) return [a];
  return [{ ...a, problems: new Map([...a.problems].map(([id, lp]) => [id, { ...lp, problem: { ...lp.problem, rubric } }])) }];
}
function grade(answers: string, rubric?: Rubric) {
  const s = gradeFile('s.yaml', under(rubric), refs, `student: s\nassignment: policy\nanswers:\n${answers}`);
  expect(s.status).toBe('graded');
  return s;
}
const ISSUE = `  coef: { hessian: [[7, 2], [2, 4]], eigenvalues: [3, 8], rule: "0 < eta < 2/lambda_max", range: "0 < eta < 1/4", optimal: "2/11" }\n`;

describe("issue 22: the coefficient matrix as the Hessian, the rest right from it", () => {
  it('is charged once, at the Hessian: 11/14 of 25 = 19.6429', () => {
    expect(set.errors).toEqual([]);
    const s = grade(ISSUE);
    const p = s.problems.find((x) => x.id === 'coef')!;
    expect(p.maxScore).toBe(25);
    expect(p.score).toBe(19.6429);
    expect(p.parts.map((x) => [x.id, x.score])).toEqual([
      ['hessian', 0],
      ['eigenvalues', 5.3571],
      ['rule', 3.5714],
      ['range', 7.1429],
      ['optimal', 3.5715], // all its points (the share's remainder)
    ]);
    // Named once: the Hessian's diagnosis; the parts computed from it say where they were carried from.
    const named = p.parts.flatMap((x) => x.findings.filter((f) => f.code === 'gd.hessian-not-doubled'));
    expect(named.map((f) => f.values.part)).toEqual(['hessian']);
    expect(p.parts.map((x) => x.findings.map((f) => [f.code, (f.values.from as string[] | undefined)?.join(',')]))).toEqual([
      [['gd.hessian-not-doubled', undefined]],
      [['policy.carried-forward', 'hessian']],
      [],
      [['policy.carried-forward', 'eigenvalues']],
      [['policy.carried-forward', 'eigenvalues']],
    ]);
  });
  it('with ecf: false the same mistake is still charged once (named at the Hessian, the rest told so)', () => {
    const p = grade(ISSUE, { credit: {}, parts: {}, ecf: false }).problems.find((x) => x.id === 'coef')!;
    expect(p.score).toBe(19.6429);
    expect(p.parts.slice(1).flatMap((x) => x.findings.filter((f) => f.severity !== 'info' || f.code === 'policy.charged-once').map((f) => [x.id, f.code, f.values.first]))).toEqual([
      ['eigenvalues', 'policy.charged-once', 'hessian'],
      ['range', 'policy.charged-once', 'hessian'],
      ['optimal', 'policy.charged-once', 'hessian'],
    ]);
  });
  it('a rubric pricing the mistake changes the Hessian part only: 0.5 of its 3 points', () => {
    const p = grade(ISSUE, { credit: { 'gd.hessian-not-doubled': 0.5 }, parts: {} }).problems.find((x) => x.id === 'coef')!;
    expect(p.score).toBe(22.3214); // 25 · (1.5 + 3 + 2 + 4 + 2)/14, rounded once
  });
  it('eigenvalues partly right for their own Hessian keep the entries that are (3 of 3, 8; not 9)', () => {
    const p = grade(`  coef: { hessian: [[7, 2], [2, 4]], eigenvalues: [3, 9] }\n`).problems.find((x) => x.id === 'coef')!;
    const e = p.parts.find((x) => x.id === 'eigenvalues')!;
    expect(e.score).toBe(2.6786);
    expect(e.findings.map((f) => [f.code, f.got, f.expected])).toEqual([
      ['policy.carried-forward', undefined, undefined],
      ['value.mismatch', '9', '8'],
    ]);
  });
  it('eigenvalues right for neither: graded against the reference', () => {
    const p = grade(`  coef: { hessian: [[7, 2], [2, 4]], eigenvalues: [5, 9] }\n`).problems.find((x) => x.id === 'coef')!;
    const e = p.parts.find((x) => x.id === 'eigenvalues')!;
    expect(e.score).toBe(0);
    expect(e.findings.map((f) => f.code)).toEqual(['value.mismatch', 'value.mismatch']);
  });
});

describe('credit by rubric, not by coincidence', () => {
  it('the Hessian A: the same 0/5 on a diagonal A (its zeros match 2A) as on a non-diagonal one', () => {
    const s = grade(`  diag: { hessian: [[3, 0], [0, 5]] }\n  full: { hessian: [[3, 1], [1, 5]] }\n`);
    const h = (id: string) => s.problems.find((x) => x.id === id)!.parts[0];
    expect([h('diag').score, h('full').score]).toEqual([0, 0]);
    expect([h('diag').findings[0].code, h('full').findings[0].code]).toEqual(['gd.hessian-not-doubled', 'gd.hessian-not-doubled']);
  });
  it('and the same rubric credit on both', () => {
    const s = grade(`  diag: { hessian: [[3, 0], [0, 5]] }\n  full: { hessian: [[3, 1], [1, 5]] }\n`, { credit: { 'gd.hessian-not-doubled': 0.4 }, parts: {} });
    expect(s.problems.filter((x) => x.id !== 'coef').map((x) => x.score)).toEqual([2, 2]);
  });
});
