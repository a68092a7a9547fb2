// Templated optimizer-steps and sequence param-count problems: every student's variant solves to
// full marks, and the same mistake is named by the same code in every variant.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadProblems } from '../../grading/problems.js';
import { expandPaths } from '../../grading/files.js';
import { computeReference } from '../../grading/references.js';
import { problemFor } from '../../variants/grading.js';
import { loadYamlText } from '../../load/yaml.js';
import type { PMap } from '../../load/pnode.js';
import type { LoadedProblem } from '../../grading/problems.js';
import { runAll } from './run.js';
import { valueOf } from './grade.js';
import { runStack } from '../../layers/engine.js';
import { mistakenCounts } from '../../layers/sequence.js';

const set = loadProblems(expandPaths([join(import.meta.dirname, 'fixtures', 'variants')]).files);
const assignment = set.assignments[0];
const students = Array.from({ length: 8 }, (_, i) => `s${i}`);
const variantOf = (problem: string, student: string) => problemFor(assignment.problems.get(problem)!, assignment, student, { secret: 'golden', pins: set.pins });

async function grade(lp: LoadedProblem, answers: Record<string, unknown>) {
  const ref = (await computeReference(lp, { cacheDir: null, crossCheck: false })).ref;
  const root = loadYamlText(JSON.stringify(answers)).root as PMap;
  const parsed = new Map(root.entries.map((e) => [e.key, { answer: lp.verifier.parseAnswer(e.key, e.value, lp.problem.given), pos: e.value.pos }]));
  return lp.verifier.grade({ problem: lp.problem, ref, answers: parsed, asked: lp.problem.parts.map((p) => p.id) });
}

describe('variants of optimizer-steps and sequence layers', () => {
  it('loads two templates', () => {
    expect(set.errors).toEqual([]);
    expect(new Set(students.map((s) => JSON.stringify(variantOf('adam-var', s).problem.variant!.params))).size).toBeGreaterThan(4);
  });

  it.each(students)('%s: solve → grade is full marks in both problems', async (s) => {
    for (const id of ['adam-var', 'lstm-var']) {
      const lp = variantOf(id, s);
      const ref = (await computeReference(lp, { cacheDir: null, crossCheck: false })).ref;
      const sol = lp.verifier.solve(lp.problem, ref);
      for (const [part, g] of await grade(lp, sol.answers)) expect(g.fraction, `${id} ${part}`).toBe(1);
    }
  });

  it.each(students)('%s: Adam without bias correction is optim.no-bias-correction in every variant; an LSTM with one bias vector is layer.rnn-bias-vectors', async (s) => {
    const lp = variantOf('adam-var', s);
    const run = runAll(lp.problem.given as never, 'no-bias-correction');
    const answers = Object.fromEntries(lp.problem.parts.map((p) => [p.id, valueOf(run, p.id)!.map((x) => x.toExact())]));
    const res = await grade(lp, answers);
    expect(res.get('m_hat1')!.diagnosis).toBe('optim.no-bias-correction');
    expect(res.get('v_hat1')!.diagnosis).toBe('optim.no-bias-correction');

    const lstm = variantOf('lstm-var', s);
    const g = lstm.problem.given as { input: number[]; bias: 'pytorch'; layers: { layer: never }[] };
    const layers = g.layers.map((l) => l.layer);
    const steps = runStack(layers, g.input, g.bias).steps;
    const wrong = mistakenCounts(layers[1], steps[0].out, g.bias).find((m) => m.code === 'layer.rnn-bias-vectors')!.count;
    const rows = steps.map((st, i) => ({ out: st.out, params: Number(i === 1 ? wrong : st.params) }));
    const r = await grade(lstm, { layers: rows });
    expect(r.get('layers')!.findings.map((f) => f.code)).toEqual(['layer.rnn-bias-vectors']);
  });
});
