// The bundled graph assignment (problems/graph/): every key scores full marks, and the bundled
// student's mistakes (computed with PyTorch by dev/graph_mistakes.py) are named.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadProblems } from '../../grading/problems.js';
import { computeReference } from '../../grading/references.js';
import { loadYamlText } from '../../load/yaml.js';
import { get, type PMap } from '../../load/pnode.js';
import { codes, gradeAnswers } from '../../../test/helpers.js';
import { graph } from './index.js';
import type { GraphRef } from './reference.js';

const root = join(import.meta.dirname, '..', '..', '..');
const dir = join(root, 'problems', 'graph');
const files = readdirSync(dir).filter((f) => f.startsWith('graph-')).map((f) => join(dir, f));
const set = loadProblems(files);
const student = loadYamlText(readFileSync(join(root, 'solutions', 'graph-student.yaml'), 'utf8')).root;

async function load(id: string) {
  const lp = set.problems.get(id)!;
  return { lp, ref: (await computeReference(lp, { cacheDir: null, crossCheck: false })).ref };
}

describe('bundled graph problems', () => {
  it('load without errors (7 problems)', () => {
    expect(set.errors).toEqual([]);
    expect(set.problems.size).toBe(7);
  });
  it.each([...set.problems.keys()])('%s: solve → grade is full marks', async (id) => {
    const f = await load(id);
    const sol = graph.solve(f.lp.problem as never, f.ref as GraphRef);
    const r = gradeAnswers(f, stringify(sol.answers));
    expect(r.size).toBe(f.lp.problem.parts.length);
    for (const [part, p] of r) expect(p.score, `${part}: ${JSON.stringify(p.findings)}`).toBe(p.maxScore);
  });

  // The mistake the student file's comment names, per part (as graded against the reference).
  const named: [string, string, string][] = [
    ['graph-warmup', 'db', 'graph.sign-flipped'],
    ['graph-sigmoid-neuron', 'dp', 'graph.factor-off'],
    ['graph-rnn-bptt', 'dWh', 'graph.missing-path'],
    // the same missing path in dWx and db: charged once, at dWh (issue 22's policy)
    ['graph-rnn-bptt', 'dWx', 'policy.charged-once'],
    ['graph-rnn-bptt', 'db', 'policy.charged-once'],
    ['graph-batchnorm', 'dx', 'graph.norm-no-stats'],
    ['graph-attention', 'dS', 'graph.softmax-diagonal'],
    ['graph-residual', 'dx', 'graph.missing-path'],
    ['graph-residual', 'db1', 'graph.broadcast-sum'],
    ['graph-softmax-ce', 'dW', 'graph.transposed'],
  ];
  it.each(named)('the student\'s %s %s: %s', async (id, part, code) => {
    const f = await load(id);
    const answers = get(get(student, 'answers'), id) as PMap;
    const text = stringify(Object.fromEntries(answers.entries.map((e) => [e.key, JSON.parse(JSON.stringify(toJs(e.value)))])));
    const r = gradeAnswers(f, text);
    expect(codes(r.get(part)!.findings)).toEqual([code]);
  });
  it("the sigmoid neuron's dz, from the student's own dp, is σ used for σ(1 − σ) (carried, then named)", async () => {
    const f = await load('graph-sigmoid-neuron');
    const answers = get(get(student, 'answers'), 'graph-sigmoid-neuron') as PMap;
    const given = f.lp.problem.given as never;
    const grades = graph.grade({
      problem: f.lp.problem as never,
      ref: f.ref as GraphRef,
      asked: ['dz', 'dw'],
      answers: new Map(answers.entries.map((e) => [e.key, { answer: graph.parseAnswer(e.key, e.value, given), pos: e.value.pos }])),
    });
    expect(grades.get('dz')!.carried).toMatchObject({ from: ['dp'], diagnosis: 'graph.activation-value' });
    expect(grades.get('dw')!.carried).toMatchObject({ from: ['dp', 'dz'], fraction: 1 });
  });
});

function toJs(n: import('../../load/pnode.js').PNode): unknown {
  if (n.kind === 'scalar') return n.value;
  if (n.kind === 'seq') return n.items.map(toJs);
  return Object.fromEntries(n.entries.map((e) => [e.key, toJs(e.value)]));
}

describe('memoised diagnoses give the same grades as fresh ones', () => {
  it.each([...set.problems.keys()])('%s: the student graded twice, and against a fresh copy of the reference, is the same', async (id) => {
    const f = await load(id);
    const answers = get(get(student, 'answers'), id) as PMap;
    const given = f.lp.problem.given as never;
    const input = (ref: GraphRef) => ({
      problem: f.lp.problem as never,
      ref,
      asked: f.lp.problem.parts.map((p) => p.id),
      answers: new Map(answers.entries.map((e) => [e.key, { answer: graph.parseAnswer(e.key, e.value, given), pos: e.value.pos }])),
    });
    const ref = f.ref as GraphRef;
    const first = JSON.stringify([...graph.grade(input(ref))]);
    const second = JSON.stringify([...graph.grade(input(ref))]); // the mutant passes memoised on ref
    const fresh = JSON.stringify([...graph.grade(input(graph.decodeRef(JSON.parse(JSON.stringify(graph.encodeRef(ref))))))]);
    expect(second).toBe(first);
    expect(fresh).toBe(first);
  });
});
