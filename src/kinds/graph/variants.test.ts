// Variants (`params`) work with kind graph as with every kind: a drawn number in a tensor and one
// inside a graph line's text; each variant's key scores full marks and differs between students.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadProblems } from '../../grading/problems.js';
import { computeReference } from '../../grading/references.js';
import { wholeSet } from '../../grading/assignments.js';
import { problemFor, refKey } from '../../variants/grading.js';
import { gradeFile } from '../../grading/grade.js';
import { graph } from './index.js';
import type { GraphRef } from './reference.js';

const file = join(import.meta.dirname, 'fixtures', 'variants', 'reg.yaml');

describe('graph variants', () => {
  const set = loadProblems([file]);
  it('the template loads', () => expect(set.errors).toEqual([]));
  it('each student draws a variant whose key scores full marks; the drawn weight decay is in the loss', async () => {
    const lp = [...set.problems.values()][0];
    const asg = wholeSet(new Map([[lp.problem.id, lp]]));
    const keys = new Set<string>();
    for (const student of ['alice', 'bob', 'carol', 'dave']) {
      const v = problemFor(lp, asg, student, { secret: 'golden', pins: new Map() });
      expect(v.problem.variant?.params.lam).toMatch(/^(0\.1|0\.01|0\.5)$/);
      const ref = (await computeReference(v, { cacheDir: null, crossCheck: false })).ref as GraphRef;
      const sol = graph.solve(v.problem as never, ref);
      keys.add(JSON.stringify(sol.answers));
      const text = `student: ${student}\nanswers:\n  graph-var:\n${stringify(sol.answers).split('\n').map((l) => '    ' + l).join('\n')}\n`;
      const res = gradeFile('sub.yaml', [wholeSet(new Map([['graph-var', v]]))], new Map([[refKey(v), ref]]), text);
      expect(res.status).toBe('graded');
      const parts = res.status === 'graded' ? res.problems[0].parts : [];
      expect(parts.length).toBe(2);
      for (const p of parts) expect(p.score, `${p.id} ${JSON.stringify(p.findings)}`).toBe(p.maxScore);
      // L = ½‖Z − T‖² + λ‖W‖²: recomputed here from the drawn params.
      const w = Number(v.problem.variant!.params.w), lam = Number(v.problem.variant!.params.lam);
      const X = [[1, 2], [0, -1]], W = [[w, 0.5], [1, -0.5]], b = [0.5, -0.25], T = [[1, 0], [0, 1]];
      let L = lam * W.flat().reduce((s, x) => s + x * x, 0);
      X.forEach((row, i) => [0, 1].forEach((j) => (L += 0.5 * (Math.max(0, row[0] * W[0][j] + row[1] * W[1][j] + b[j]) - T[i][j]) ** 2)));
      expect(Number(sol.answers.L)).toBeCloseTo(L, 10);
    }
    expect(keys.size).toBeGreaterThan(1);
  });
});
