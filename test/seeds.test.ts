// The bundled set: the seeds' students graded exactly as the issues describe.
import { describe, expect, it } from 'vitest';
import { loadProblems } from '../src/grading/problems.js';
import { computeReferences } from '../src/grading/references.js';
import { gradeFile } from '../src/grading/grade.js';
import { expandPaths } from '../src/grading/files.js';
import type { SubmissionResult } from '../src/grading/types.js';

const set = loadProblems(expandPaths(['problems']).files);
const refs = await computeReferences(set.problems, { cacheDir: null, crossCheck: false });
const refMap = new Map([...refs].map(([k, v]) => [k, v.ref]));
const grade = (f: string) => gradeFile(`solutions/${f}`, set.assignments, refMap);
const part = (s: SubmissionResult, problem: string, id: string) => s.problems.find((p) => p.id === problem)!.parts.find((p) => p.id === id)!;
const list = (s: SubmissionResult, problem: string, id: string, sev = 'error') =>
  part(s, problem, id).findings.filter((f) => f.severity === sev).map((f) => `${f.code} ${f.values.layer ?? f.values.part ?? ''}`.trim());

describe('bundled problems', () => {
  it('load without errors', () => expect(set.errors).toEqual([]));
});

describe('seed 004', () => {
  const s = grade('seed004-student.yaml');
  it('problem 1: exactly one wrong entry, dW1 row 1, column 1 (0.431 for 0.131)', () => {
    const all = s.problems.find((p) => p.id === 'usi-a2-p1')!.parts.flatMap((p) => p.findings);
    expect(all.map((f) => [f.code, f.message])).toEqual([['value.mismatch', 'dW1 row 1, column 1 is 0.431; expected 0.131']]);
    for (const id of ['loss', 'db1', 'dW2', 'db2']) expect(part(s, 'usi-a2-p1', id).status).toBe('correct');
  });
  it('problem 2: Hessian of A (charged once), 1/λmax rule; eigenvalues and range follow from their own work', () => {
    expect(part(s, 'usi-a2-gd', 'hessian').findings[0].code).toBe('gd.hessian-not-doubled');
    // λ = 6, 1 are exactly the eigenvalues of the Hessian they stated: carried forward, full marks.
    expect(part(s, 'usi-a2-gd', 'eigenvalues').findings.map((f) => [f.code, f.values.from])).toEqual([['policy.carried-forward', ['hessian']]]);
    expect(list(s, 'usi-a2-gd', 'rule')).toEqual(['gd.half-range rule']);
    // "0 < η ≤ 1/6" is their rule "0 < γ ≤ 1/λmax" with their λmax = 6.
    expect(part(s, 'usi-a2-gd', 'range').findings.map((f) => [f.code, f.values.from])).toEqual([['policy.carried-forward', ['eigenvalues', 'rule']]]);
    expect(s.problems.find((p) => p.id === 'usi-a2-gd')!.parts.map((p) => [p.id, p.score])).toEqual([
      ['hessian', 0],
      ['eigenvalues', 3],
      ['rule', 0],
      ['range', 6],
    ]);
  });
  it('problem 2: the rule message quotes the rule they wrote and what it gives with their λmax = 6 (never "1/12")', () => {
    const m = part(s, 'usi-a2-gd', 'rule').findings[0].message;
    expect(m).toBe('rule: your rule "0 < γ ≤ 1/λmax" (with your λmax = 6 it gives 0 < η ≤ 1/6) bounds η by 1/λmax; gradient descent converges for η < 2/λmax');
    expect(m).not.toContain('1/12');
  });
  it('problem 3, architecture 1: stride, pool 15→7, target missed; counts and total right', () => {
    const errs = list(s, 'usi-a2-conv', 'layers');
    expect(errs).toEqual([
      'design.constraint-violated layer 1 (conv)',
      'layer.shape-mismatch layer 2 (maxpool)',
      'design.constraint-violated layer 3 (conv)',
      'design.target-missed',
      'layer.shape-mismatch layer 3 (conv)',
    ]);
    expect(part(s, 'usi-a2-conv', 'layers').findings.find((f) => f.code === 'layer.shape-mismatch')!.values).toMatchObject({ got: '[16, 8, 8]', expected: '[16, 7, 7]' });
    expect(part(s, 'usi-a2-conv', 'layers').findings.some((f) => f.code.includes('params'))).toBe(false);
    expect(part(s, 'usi-a2-conv', 'total').status).toBe('correct');
  });
});

describe('seed 000: SmallVGGNet', () => {
  const s = grade('seed000-student.yaml');
  it('exactly one shape error (conv2, padding 3 gives 36×36), the rest carried forward', () => {
    expect(list(s, 'smallvggnet', 'layers')).toEqual(['layer.shape-mismatch conv2 (layer 3, conv)']);
    expect(part(s, 'smallvggnet', 'layers').findings.find((f) => f.severity === 'error')!.values.arithmetic).toContain('(32 + 2·3 − 3)/1 + 1 = 36');
    // six claims carried forward, and (issue 22) the policy stage's note that the part is graded so
    expect(list(s, 'smallvggnet', 'layers', 'info').length).toBe(7);
    expect(part(s, 'smallvggnet', 'layers').findings[0].code).toBe('policy.carried-forward');
    expect(part(s, 'smallvggnet', 'total').status).toBe('correct'); // 839,802
  });
});

describe('seed 003: MLP counts', () => {
  const s = grade('seed003-student.yaml');
  it('784-256-256-10: the counts leave out the biases (269,322 with them)', () => {
    expect(list(s, 'hw3-mlp-count', 'layers')).toEqual(['layer.missing-bias layer 1 (dense)', 'layer.missing-bias layer 2 (dense)', 'layer.missing-bias layer 3 (dense)']);
    // The total is the sum of those counts: carried from the layers, the biases charged once there (issue 22).
    const total = part(s, 'hw3-mlp-count', 'total');
    expect(total.findings.map((f) => [f.code, f.severity])).toEqual([['policy.carried-forward', 'info'], ['total.mismatch', 'info']]);
    expect(total.findings[1].expected).toBe('269,322');
    expect(total.score).toBe(total.maxScore);
  });
  it('deep MLP: 64·10 is 640, not 610; n is 53, not 54', () => {
    expect(list(s, 'hw3-deep-mlp', 'layers')).toEqual(['layer.params-mismatch layer 3 (dense)']);
    expect(part(s, 'hw3-deep-mlp', 'layers').findings[0].values).toMatchObject({ got: '610', expected: '640' });
    expect(part(s, 'hw3-deep-mlp', 'n').findings[0].values).toMatchObject({ got: '54' });
    expect(part(s, 'hw3-deep-mlp', 'n').findings[0].expected).toMatch(/^53 /);
  });
});

describe('answer keys', () => {
  it.each(['usi-a2', 'hw3', 'batch-conv', 'graph-backprop'])('%s grades at full marks, out of the whole assignment', (id) => {
    const s = grade(`answer-keys/${id}.yaml`);
    expect(s.assignment).toBe(id);
    expect(s.score).toBe(s.maxScore);
    expect(s.problems.map((p) => p.id)).toEqual([...set.assignments.find((a) => a.id === id)!.problems.keys()]);
  });
});

describe('bundled assignments', () => {
  it('each seed student is graded against its own assignment', () => {
    const got = ['seed000', 'seed001', 'seed003', 'seed004', 'graph'].map((n) => [n, grade(`${n}-student.yaml`).assignment]);
    expect(got).toEqual([['seed000', 'smallvggnet'], ['seed001', 'batch-conv'], ['seed003', 'hw3'], ['seed004', 'usi-a2'], ['graph', 'graph-backprop']]);
  });
});

describe('graph student (problems/graph/: mistakes computed with PyTorch by dev/graph_mistakes.py)', () => {
  const s = grade('graph-student.yaml');
  // Every error of the file, problem by problem: the named mistake, where the student made it, once
  // (issue 22's policy): BPTT through the last step only is charged at dWh, the first gradient it
  // shows in (dWx and db say where it was charged); the sigmoid neuron's dz is σ used for σ(1 − σ)
  // on top of the student's own wrong dp (dw and db are right for it: carried forward); the
  // attention's dWq and dWk are right for the student's own dS.
  it.each([
    ['graph-warmup', { db: ['graph.sign-flipped'] }],
    ['graph-sigmoid-neuron', { dp: ['graph.factor-off'], dz: ['graph.activation-value'] }],
    ['graph-rnn-bptt', { dh1: ['answer.missing'], dWh: ['graph.missing-path'] }],
    ['graph-batchnorm', { dx: ['graph.norm-no-stats'] }],
    ['graph-attention', { dS: ['graph.softmax-diagonal'] }],
    ['graph-residual', { db1: ['graph.broadcast-sum'], dx: ['graph.missing-path'] }],
    ['graph-softmax-ce', { dW: ['graph.transposed'] }],
  ] as const)('%s: the named mistakes and nothing else', (id, want) => {
    const pr = s.problems.find((p) => p.id === id)!;
    const got = Object.fromEntries(pr.parts.map((p) => [p.id, p.findings.filter((f) => f.severity === 'error').map((f) => f.code)]).filter(([, c]) => c.length));
    expect(got).toEqual(want);
    for (const p of pr.parts) if (!(p.id in want)) expect(p.status, `${id} ${p.id}`).toBe('correct');
  });
  it("graph-sigmoid-neuron: dp is off by ½ (the 2 of (p − y)² dropped); z, p, L right", () => {
    expect(part(s, 'graph-sigmoid-neuron', 'dp').findings.map((f) => [f.code, f.severity])).toEqual([['graph.factor-off', 'error']]);
    for (const id of ['z', 'p', 'L']) expect(part(s, 'graph-sigmoid-neuron', id).status).toBe('correct');
  });
  it('missing-path names the uses counted: only h2 for the RNN, only the skip for the residual', () => {
    expect(part(s, 'graph-rnn-bptt', 'dWh').findings[0].message).toContain('yours counts only h2');
    expect(part(s, 'graph-residual', 'dx').findings[0].message).toContain('yours counts only out');
  });
});
