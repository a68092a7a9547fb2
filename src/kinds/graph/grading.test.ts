// Values against hand-checked small cases, each diagnosis recomputed independently here (by the
// formula the mistake gives, from the reference's own values), error carried forward.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { codes, fixture, gradeAnswers } from '../../../test/helpers.js';
import { Num } from '../../numbers/num.js';
import type { GraphGiven } from './problem.js';
import type { GraphRef } from './reference.js';
import { graph } from './index.js';

const fx = (name: string) => fixture(join(import.meta.dirname, 'fixtures', `${name}.yaml`));
type F = Awaited<ReturnType<typeof fx>>;
/** A part's reference value as nested numbers (exact text for rationals, 15 digits otherwise). */
function ref(f: F, part: string): number[][] {
  const g = f.lp.problem.given as GraphGiven, r = f.ref as GraphRef;
  const t = g.parts.get(part)!;
  const v = (t.grad ? r.passes[0].grads[t.node] : r.passes[0].values[t.node])!;
  const cols = v.shape.length ? v.shape[v.shape.length - 1] : 1;
  const rows: number[][] = [];
  for (let i = 0; i < v.data.length; i += cols) rows.push(v.data.slice(i, i + cols).map((x) => x.toNumber()));
  return rows;
}
const exact = (f: F, part: string): string => {
  const g = f.lp.problem.given as GraphGiven, r = f.ref as GraphRef;
  const t = g.parts.get(part)!;
  return (t.grad ? r.passes[0].grads[t.node] : r.passes[0].values[t.node])!.data.map((x) => x.toExact()).join(' ');
};
const mm = (a: number[][], b: number[][]) => a.map((r) => b[0].map((_, j) => r.reduce((s, x, k) => s + x * b[k][j], 0)));
const T = (a: number[][]) => a[0].map((_, j) => a.map((r) => r[j]));
const zip = (a: number[][], b: number[][], f: (x: number, y: number) => number) => a.map((r, i) => r.map((x, j) => f(x, b[i][j])));
const y = (m: number[][]) => JSON.stringify(m.map((r) => r.map((x) => Number(x.toPrecision(12)))));
const partOf = (r: Map<string, { score: number; maxScore: number; status: string; findings: { code: string }[] }>, id: string) => r.get(id)!;

describe('graph values, hand-checked', () => {
  it('warm-up z = (a + b)(a − b) at a = 3, b = 1: z = 8, ∂z/∂a = 2a = 6, ∂z/∂b = −2b = −2, ∂z/∂s = a − b = 2', async () => {
    const f = await fx('warmup');
    expect([exact(f, 'z'), exact(f, 'da'), exact(f, 'db'), exact(f, 'ds')]).toEqual(['8', '6', '-2', '2']);
  });
  it('linear + ReLU + half_sse: exact rationals worked by hand', async () => {
    const f = await fx('linear');
    expect(exact(f, 'Z')).toBe('3 -1/2 -1/2 -1 5/2 -2');
    expect(exact(f, 'L')).toBe('37/8');
    expect(exact(f, 'dZ')).toBe('2 0 0 0 1/2 0');
    expect(exact(f, 'dW')).toBe('3 0 9/2 0');
    expect(exact(f, 'db')).toBe('5/2 0');
  });
  it('sigmoid neuron: y = σ(0.1) to 64 digits, dz = (y − 1)·y(1 − y)', async () => {
    const f = await fx('sigmoid');
    const s = 1 / (1 + Math.exp(-0.1));
    expect(ref(f, 'y')[0][0]).toBeCloseTo(s, 14);
    expect(ref(f, 'dz')[0][0]).toBeCloseTo((s - 1) * s * (1 - s), 14);
    const g = f.lp.problem.given as GraphGiven;
    const yv = (f.ref as GraphRef).passes[0].values[g.parts.get('y')!.node].data[0];
    expect(yv.isRational).toBe(false);
    expect(yv.d.toSignificantDigits(64).toString().replace(/^0\./, '').length).toBeGreaterThanOrEqual(60);
  });
  it('a tensor used twice (residual y = x + relu(x W)) sums both uses', async () => {
    const f = await fx('residual');
    // x = [1, −2]: xW = [2.5, 0], relu mask [1, 0] (0 is a kink: both conventions kept)
    const dy = zip(ref(f, 'y'), [[0, 1]], (a, b) => 2 * (a - b));
    const branch = mm(zip(dy, [[1, 0]], (a, b) => a * b), T([[0.5, 1], [-1, 0.5]]));
    expect(ref(f, 'dx')[0][0]).toBeCloseTo(dy[0][0] + branch[0][0], 12);
    expect(ref(f, 'dx')[0][1]).toBeCloseTo(dy[0][1] + branch[0][1], 12);
  });
});

describe('graph diagnoses (linear + ReLU, exact)', () => {
  const cases: [string, string, string, string][] = [
    ['sign flipped', 'dW', '[[-3, 0], [-4.5, 0]]', 'graph.sign-flipped'],
    ['transposed (square)', 'dW', '[[3, 4.5], [0, 0]]', 'graph.transposed'],
    ['mean over the batch of a summed loss', 'dW', '[[1, 0], [1.5, 0]]', 'graph.batch-mean'],
    ['the ½ of half_sse dropped', 'dW', '[[6, 0], [9, 0]]', 'graph.factor-off'],
    ['ReLU(z) used as its derivative', 'dW', '[[8.5, 0], [13.25, 0]]', 'graph.activation-value'],
    ['bias gradient not summed over the batch', 'db', '[[2, 0], [0, 0], [0.5, 0]]', 'graph.broadcast-sum'],
    // averaged under a summed loss: the same mistake as dividing every gradient by N (charged once)
    ['bias gradient averaged over the batch', 'db', '["5/6", 0]', 'graph.batch-mean'],
    ['bias gradient of the first example only', 'db', '[2, 0]', 'graph.broadcast-sum'],
  ];
  it.each(cases)('%s → %s %s is %s', async (_what, part, answer, code) => {
    const r = gradeAnswers(await fx('linear'), `${part}: ${answer}`);
    expect(codes(partOf(r, part).findings)).toEqual([code]);
    expect(partOf(r, part).score).toBeLessThan(partOf(r, part).maxScore);
  });
  it('a right answer and an unrelated wrong one get no diagnosis', async () => {
    const r = gradeAnswers(await fx('linear'), 'dW: [[3, 0], [4.5, 0]]\ndb: [7, 1]');
    expect(partOf(r, 'dW').score).toBe(2);
    expect(codes(partOf(r, 'db').findings)).toEqual(['value.mismatch']);
  });
});

describe('graph diagnoses that change the backward pass', () => {
  it('BPTT with only the last time step: dWx = x2ᵀ·(dh2 ⊙ (1 − h2²)) is a missing path', async () => {
    // (dWh's first step is h0ᵀ·… = 0 here, h0 being 0: only dWx tells the mistake.)
    const f = await fx('rnn');
    const h2 = ref(f, 'h2'), dh2 = ref(f, 'dh2');
    const last = mm(T([[0, 1]]), zip(dh2, h2, (g, h) => g * (1 - h * h)));
    const r = gradeAnswers(f, `dWx: ${y(last)}`);
    expect(codes(partOf(r, 'dWx').findings)).toEqual(['graph.missing-path']);
    expect((partOf(r, 'dWx').findings[0] as { values: Record<string, unknown> }).values.tensor).toBe('Wx');
  });
  it('BPTT with tanh used for its own derivative is named', async () => {
    const f = await fx('rnn');
    const x1 = [[1, 0]], x2 = [[0, 1]], Wh = [[0.2, 0], [0, 0.2]];
    const h1 = ref(f, 'h1'), h2 = ref(f, 'h2');
    const d2 = zip(zip(h2, [[1, 0]], (a, b) => a - b), h2, (g, h) => g * h);
    const d1 = zip(mm(d2, T(Wh)), h1, (g, h) => g * h);
    const dWx = zip(mm(T(x1), d1), mm(T(x2), d2), (a, b) => a + b);
    const r = gradeAnswers(f, `dWx: ${y(dWx)}`);
    expect(codes(partOf(r, 'dWx').findings)).toEqual(['graph.activation-value']);
  });
  it('the residual gradient through the skip only is a missing path', async () => {
    const f = await fx('residual');
    const dy = zip(ref(f, 'y'), [[0, 1]], (a, b) => 2 * (a - b));
    const r = gradeAnswers(f, `dx: ${y(dy)}`);
    expect(codes(partOf(r, 'dx').findings)).toEqual(['graph.missing-path']);
  });
  it('softmax cross-entropy with the Jacobian diagonal only: dZ = −t′(1 − p)/N', async () => {
    const f = await fx('softmax-ce');
    const Z = ref(f, 'Z');
    const p = Z.map((r) => r.map((z) => Math.exp(z) / r.reduce((s, v) => s + Math.exp(v), 0)));
    const cls = [0, 2, 1];
    const dZ = p.map((r, i) => r.map((q, c) => (-((c === cls[i] ? 0.9 : 0) + 0.1 / 3) * (1 - q)) / 3));
    const r = gradeAnswers(f, `dZ: ${y(dZ)}`);
    expect(codes(partOf(r, 'dZ').findings)).toEqual(['graph.softmax-diagonal']);
  });
  it('batch norm without the paths through the mean and variance: dX = γ·dY/σ', async () => {
    const f = await fx('batchnorm');
    const X = [[1, 2], [3, 0], [0, 1], [4, 1]], g = [1, 2];
    const dY = zip(ref(f, 'Y'), [[0, 0], [1, 1], [0, 1], [1, 0]], (a, b) => a - b);
    const sig = [0, 1].map((c) => {
      const col = X.map((r) => r[c]), mu = col.reduce((s, v) => s + v, 0) / 4;
      return Math.sqrt(col.reduce((s, v) => s + (v - mu) ** 2, 0) / 4);
    });
    const dX = dY.map((r) => r.map((v, c) => (g[c] * v) / sig[c]));
    const r = gradeAnswers(f, `dX: ${y(dX)}`);
    expect(codes(partOf(r, 'dX').findings)).toEqual(['graph.norm-no-stats']);
  });
});

describe('graph: softmax diagonal under a cross-entropy differentiated right (DISAGREEMENTS.md 3)', () => {
  it('dW with the explicit softmax diagonal only, the loss gradient p − y right, is named', async () => {
    const { readGraphGiven } = await import('./problem.js');
    const { computeRef } = await import('./reference.js');
    const { gradeGraph } = await import('./grade.js');
    const { parseGraphAnswer } = await import('./answer.js');
    const X = [[1, 0], [0, 1], [1, 1]], W = [[1, -1, 0.5], [0, 0.5, -0.5]], V = [[1, 0], [0, 2], [-1, 1]], cls = [1, 0];
    const text = `inputs: { X: ${JSON.stringify(X)} }\nparams: { W: ${JSON.stringify(W)}, V: ${JSON.stringify(V)} }\ntargets: { y: [1, 0, 1] }\ngraph:\n  - A = softmax(X @ W, dim=1)\n  - O = A @ V\n  - L = cross_entropy(O, y)\n`;
    const g = readGraphGiven(loadYamlText(text).root);
    const ref = computeRef(g);
    const sm = (r: number[]) => r.map((z) => Math.exp(z) / r.reduce((s, v) => s + Math.exp(v), 0));
    const A = mm(X, W).map(sm), O = mm(A, V);
    const ys = [1, 0, 1];
    const dO = O.map(sm).map((r, i) => r.map((p, c) => (p - (c === ys[i] ? 1 : 0)) / 3));
    const dA = mm(dO, T(V));
    const dW = mm(T(X), zip(dA, A, (g, a) => g * a * (1 - a)));
    void cls;
    const problem = { id: 'p', kind: 'graph', file: 'p.yaml', given: g, parts: [{ id: 'dW', points: 1, pos: { line: 1, column: 1 } }], tolerance: { rel: 1e-3, abs: 1e-9 }, hash: '' };
    const r = gradeGraph({ problem, ref, asked: ['dW'], answers: new Map([['dW', { answer: parseGraphAnswer(loadYamlText(y(dW)).root), pos: { line: 1, column: 1 } }]]) });
    expect(r.get('dW')!.diagnosis).toBe('graph.softmax-diagonal');
  });
});

describe('graph: error carried forward, dependencies, conventions', () => {
  it("h2 computed from the student's own wrong h1 is carried (policy decides), with h1 named", async () => {
    const f = await fx('rnn');
    const h1 = [[0.3, -0.5]];
    const pre = zip(zip(mm([[0, 1]], [[0.5, -1], [1, 0.5]]), mm(h1, [[0.2, 0], [0, 0.2]]), (a, b) => a + b), [[0.1, -0.1]], (a, b) => a + b);
    const h2 = pre.map((r) => r.map(Math.tanh));
    const g = f.lp.problem.given as GraphGiven;
    const grades = graph.grade({
      problem: f.lp.problem as never,
      ref: f.ref as GraphRef,
      asked: ['h2'],
      answers: new Map([
        ['h1', { answer: graph.parseAnswer('h1', yamlNode(y(h1)), g), pos: { line: 1, column: 1 } }],
        ['h2', { answer: graph.parseAnswer('h2', yamlNode(y(h2)), g), pos: { line: 2, column: 1 } }],
      ]),
    });
    const h2g = grades.get('h2')!;
    expect(h2g.fraction).toBe(0);
    expect(h2g.carried?.fraction).toBe(1);
    expect(h2g.carried?.from).toEqual(['h1']);
    expect(codes(h2g.carried!.findings)).toEqual([]); // the policy stage adds policy.carried-forward
  });
  it('dependencies follow the graph: dWh needs dh1, dh2 and the lines using Wh', async () => {
    const f = await fx('rnn');
    const deps = graph.dependencies!(f.lp.problem.given);
    expect(deps.h2.sort()).toEqual(['Wh', 'Wx', 'b', 'h1', 'x2']);
    expect(deps.dWh.sort()).toEqual(['b', 'dh1', 'dh2', 'h0', 'h1', 'h2', 'x1', 'x2', 'Wx'].sort());
    expect(deps.dL).toEqual([]);
  });
  it('a ReLU input of exactly 0 accepts both derivatives', async () => {
    const f = await fx('residual');
    expect((f.ref as GraphRef).kinks).toBe(true);
    const ans = (k: number) => {
      const dy = zip(ref(f, 'y'), [[0, 1]], (a, b) => 2 * (a - b));
      return mm(zip(dy, [[1, k]], (a, b) => a * b), T([[0.5, 1], [-1, 0.5]])).map((r, i) => r.map((v, j) => v + dy[i][j]));
    };
    for (const k of [0, 1]) {
      const r = gradeAnswers(f, `dx: ${y(ans(k))}`);
      expect(partOf(r, 'dx').score).toBe(2);
      expect(codes(partOf(r, 'dx').findings)).toEqual(['graph.kink']);
    }
  });
});

import { loadYamlText } from '../../load/yaml.js';
function yamlNode(text: string) {
  return loadYamlText(text).root;
}
void Num;

describe('graph: a rational beyond a double (found by the PyTorch differential, DISAGREEMENTS.md 1)', () => {
  it('pow(pow(1.001, 64), 2) converts to a finite number for the cross-check', async () => {
    const { readGraphGiven } = await import('./problem.js');
    const { computeRef } = await import('./reference.js');
    const { crossCheckGraph } = await import('./crosscheck.js');
    const g = readGraphGiven(loadYamlText('inputs: { x: 1.001 }\ngraph:\n  - L = pow(pow(x, 64), 2)\n').root);
    const r = computeRef(g);
    const L = r.passes[0].values[g.graph.loss].data[0];
    expect(L.isRational).toBe(true);
    expect(L.toNumber()).toBeCloseTo(Math.pow(1.001, 128), 12);
    const cc = await crossCheckGraph(g, r);
    for (const item of cc.items) expect(item.ok, `${item.name} ${item.detail}`).toBe(true);
  });
});

describe('graph: a tie or kink exact in mathematics but rounded in 64 digits (DISAGREEMENTS.md 2)', () => {
  it('max-pool of [s² − 1, x] with s = √3, x = 2 is a tie: both conventions accepted', async () => {
    const { readGraphGiven } = await import('./problem.js');
    const { computeRef } = await import('./reference.js');
    const { crossCheckGraph } = await import('./crosscheck.js');
    const text = 'inputs: { x: [[[[2], [1]]]] }\ngraph:\n  - s = sqrt(x + 1)\n  - y = concat([s * s - 1, x], dim=3)\n  - m = max_pool2d(y, 2)\n  - L = sum(m)\n';
    const g = readGraphGiven(loadYamlText(text).root);
    const r = computeRef(g);
    expect(r.ties).toBe(true);
    const dy = r.passes.map((p) => p.grads[g.parts.get('dy')!.node]!.data.map((v) => v.toNumber()));
    expect(dy).toEqual([[1, 0, 0, 0], [0, 1, 0, 0]]); // first (PyTorch's) and last
    for (const item of (await crossCheckGraph(g, r)).items) expect(item.ok, `${item.name} ${item.detail}`).toBe(true);
  });
  it('relu(s² − 3) with s = √3 is a kink', async () => {
    const { readGraphGiven } = await import('./problem.js');
    const { computeRef } = await import('./reference.js');
    const g = readGraphGiven(loadYamlText('inputs: { x: 3 }\ngraph:\n  - s = sqrt(x)\n  - L = relu(s * s - 3)\n').root);
    const r = computeRef(g);
    expect(r.kinks).toBe(true);
    expect(r.passes.map((p) => p.grads[g.parts.get('dx')!.node]!.data[0].toNumber())).toEqual([0, 1]);
  });
});

describe('graph: one norm node without its statistics, another right (graph2 diagnoses differential)', () => {
  it("batch norm's statistics forgotten, the layer norm after it differentiated right, is named", async () => {
    const { readGraphGiven } = await import('./problem.js');
    const { computeRef } = await import('./reference.js');
    const { gradeGraph } = await import('./grade.js');
    const { parseGraphAnswer } = await import('./answer.js');
    const X = [[1, 2, 0], [3, 0, 1], [0, 1, 1], [4, 1, 3]], Tg = [[0, 0, 1], [1, 1, 0], [0, 1, 0], [1, 0, 0]];
    const text = `inputs: { X: ${JSON.stringify(X)} }\ntargets: { T: ${JSON.stringify(Tg)} }\ngraph:\n  - Y = batch_norm(X, eps=0)\n  - Z = layer_norm(Y, eps=0)\n  - L = half_sse(Z, T)\n`;
    const g = readGraphGiven(loadYamlText(text).root);
    const ref = computeRef(g);
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    const std = (v: number[]) => Math.sqrt(mean(v.map((x) => (x - mean(v)) ** 2)));
    const cols = [0, 1, 2].map((c) => X.map((r) => r[c]));
    const Y = X.map((r) => r.map((x, c) => (x - mean(cols[c])) / std(cols[c])));
    const Z = Y.map((r) => r.map((y) => (y - mean(r)) / std(r)));
    const dZ = zip(Z, Tg, (a, b) => a - b);
    // layer norm's backward, right: (g − mean g − ẑ·mean(g ẑ))/σ per row
    const dY = dZ.map((gr, i) => {
      const z = Z[i], s = std(Y[i]), mg = mean(gr), mgz = mean(gr.map((v, j) => v * z[j]));
      return gr.map((v, j) => (v - mg - z[j] * mgz) / s);
    });
    const dX = dY.map((r) => r.map((v, c) => v / std(cols[c]))); // batch norm without its statistics
    const problem = { id: 'p', kind: 'graph', file: 'p.yaml', given: g, parts: [{ id: 'dX', points: 1, pos: { line: 1, column: 1 } }], tolerance: { rel: 1e-3, abs: 1e-9 }, hash: '' };
    const r = gradeGraph({ problem, ref, asked: ['dX'], answers: new Map([['dX', { answer: parseGraphAnswer(loadYamlText(y(dX)).root), pos: { line: 1, column: 1 } }]]) });
    expect(r.get('dX')!.diagnosis).toBe('graph.norm-no-stats');
    expect(r.get('dX')!.findings[0].values.op).toBe('batch_norm');
  });
});
