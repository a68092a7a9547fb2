// Naming the mistake behind a wrong graph part: each diagnosis recomputes the answer the mistake
// gives (by changing the backward pass the way the mistake does: uses left out, an activation's
// value for its derivative, the softmax Jacobian's diagonal, the normalisation's statistics taken
// as constants, a broadcast gradient left unsummed; or a sign, a factor, a transpose) and matches
// the answer against it.
import { close } from '../../grading/compare.js';
import type { Tolerance } from '../../grading/types.js';
import type { Finding } from '../../findings/finding.js';
import type { Pos } from '../../load/pnode.js';
import { Num } from '../../numbers/num.js';
import { usesOf, type Graph } from '../../autodiff/graph.js';
import { permute, shapeText, size, type Tensor } from '../../autodiff/tensor.js';
import type { Mutation } from '../../autodiff/op.js';
import { backward, NodeError } from '../../autodiff/run.js';
import { graphFinding } from './findings.js';
import { mutantGrads, type GraphPass } from './reference.js';

export const allClose = (got: Num[], exp: Num[], tol: Tolerance): boolean => got.length === exp.length && got.every((g, i) => close(g, exp[i], tol));

const SUM_LOSSES = new Set(['half_sse', 'sse', 'l2']);
const MEAN_LOSSES = new Set(['mse', 'cross_entropy', 'bce']);

/** The loss terms' reduction: a sum or a mean over N, when every loss term agrees. */
function lossReduction(g: Graph): { mean: boolean; N: number; op: string } | null {
  const losses = g.nodes.filter((n) => SUM_LOSSES.has(n.op) || MEAN_LOSSES.has(n.op));
  const data = losses.filter((n) => n.op !== 'l2');
  if (!data.length) return null;
  const mean = MEAN_LOSSES.has(data[0].op);
  if (!data.every((n) => MEAN_LOSSES.has(n.op) === mean)) return null;
  const x = g.nodes[data[0].inputs[0]].shape;
  const N = data[0].op === 'mse' || data[0].op === 'bce' ? size(x) : x.length >= 2 ? x[0] : 1;
  return N > 1 ? { mean, N, op: data[0].op } : null;
}

/** The nodes whose gradient flows into `node`'s (itself and every node computed from it). */
function downstream(g: Graph, node: number): Set<number> {
  const out = new Set([node]);
  for (const n of g.nodes) if (n.inputs.some((i) => out.has(i))) out.add(n.id);
  return out;
}

const lineName = (g: Graph, consumer: number): string => {
  const s = g.nodes[consumer].stmt;
  return s >= 0 ? g.lines[s].name : '?';
};

function subsets<T>(xs: T[]): T[][] {
  if (xs.length > 5) return [...xs.map((x) => [x]), ...xs.map((_, i) => xs.filter((_, j) => j !== i))];
  const out: T[][] = [];
  for (let m = 1; m < (1 << xs.length) - 1; m++) out.push(xs.filter((_, i) => m & (1 << i)));
  return out;
}

export interface DiagnoseInput {
  part: string;
  node: number;
  grad: boolean;
  got: Num[];
  /** The reference the answer was closest to. */
  pass: GraphPass;
  graph: Graph;
  tol: Tolerance;
  pos: Pos;
  /** Gradients the submission stated (error carried forward): the mistakes are recomputed from them. */
  gradOverride?: Map<number, Tensor>;
}

export function diagnose(d: DiagnoseInput): Finding | null {
  const { part, node, grad, got, pass, graph, tol } = d;
  const at = { pos: d.pos };
  const E = (grad ? pass.grads[node] : pass.values[node])!;
  if (E.data.every((x) => close(x, Num.ZERO, tol))) return null;
  const is = (t: Tensor | null | undefined): boolean => !!t && allClose(got, t.data, tol);
  if (grad && is({ shape: E.shape, data: E.data.map((x) => x.neg()) })) return graphFinding('graph.sign-flipped', { part }, at);
  if (E.shape.length === 2 && E.shape[0] === E.shape[1] && !allClose(E.data, permute(E, [1, 0]).data, tol) && is(permute(E, [1, 0]))) {
    return graphFinding('graph.transposed', { part, shape: shapeText(E.shape) }, at);
  }
  if (!grad) return null;
  const scaled = (k: Num): Tensor => ({ shape: E.shape, data: E.data.map((x) => x.mul(k)) });
  // The loss's reduction before a broadcast operand's: a bias averaged over the batch under a summed
  // loss is the same mistake as every other gradient divided by N, and is charged as one.
  const red = lossReduction(graph);
  if (red) {
    if (!red.mean && is(scaled(Num.frac(1, red.N)))) return graphFinding('graph.batch-mean', { part, N: red.N, loss: red.op }, at);
    if (red.mean && is(scaled(Num.int(red.N)))) return graphFinding('graph.batch-sum', { part, N: red.N, loss: red.op }, at);
  }
  const b = broadcastMistake(d);
  if (b) return b;
  // A changed local derivative before a plain factor: a 2-way softmax's diagonal is exactly ½ of the right gradient.
  const m = mutations(d, is);
  if (m) return m;
  for (const [k, label, reason] of factors(graph, red)) if (is(scaled(k))) return graphFinding('graph.factor-off', { part, factor: label, reason }, at);
  return missingPath(d, is);
}

function factors(g: Graph, red: ReturnType<typeof lossReduction>): [Num, string, string][] {
  const out: [Num, string, string][] = [];
  const halfSse = g.nodes.some((n) => n.op === 'half_sse'), sse = g.nodes.some((n) => n.op === 'sse' || n.op === 'mse');
  out.push([Num.int(2), '2', halfSse ? 'the ½ of ½Σ(y − t)² was dropped' : 'twice the right value']);
  out.push([Num.frac(1, 2), '½', sse ? 'the 2 from differentiating (y − t)² was dropped' : 'half the right value']);
  if (red) {
    out.push([Num.int(red.N), `${red.N}`, `${red.N} times the right value (N = ${red.N}: a sum where a mean belongs?)`]);
    out.push([Num.frac(1, red.N), `1/${red.N}`, `divided by N = ${red.N} once too often`]);
  }
  return out;
}

/** A broadcast operand (a bias) whose gradient was not summed over the batch: averaged, or one example's. */
function broadcastMistake(d: DiagnoseInput): Finding | null {
  const { graph, node, pass, got, tol } = d;
  const full = unsummedGrad(graph, pass, node, d.gradOverride);
  const shape = graph.nodes[node].shape;
  if (!full) return null;
  const k = size(full.shape) / size(shape);
  const E = pass.grads[node]!;
  const name = graph.nodes[node].name ?? 'the tensor';
  if (allClose(got, E.data.map((x) => x.div(Num.int(k))), tol)) return graphFinding('graph.broadcast-sum', { part: d.part, tensor: name, how: `the mean over the ${k} examples instead`, shape: shapeText(shape) }, { pos: d.pos });
  if (allClose(got, full.data.slice(0, size(shape)), tol)) return graphFinding('graph.broadcast-sum', { part: d.part, tensor: name, how: "the first example's gradient only", shape: shapeText(shape) }, { pos: d.pos });
  return null;
}

/** The unsummed per-example gradient of a broadcast operand (an answer of that shape is one). */
const unsummedCache = new WeakMap<GraphPass, Map<number, Tensor | null>>();
export function unsummedGrad(graph: Graph, pass: GraphPass, node: number, gradOverride?: Map<number, Tensor>): Tensor | null {
  if ((usesOf(graph).get(node) ?? []).length !== 1) return null;
  let m = unsummedCache.get(pass);
  if (!m) unsummedCache.set(pass, (m = new Map()));
  if (!m.has(node)) {
    let full: Tensor | undefined;
    try {
      full = backward(graph, { values: pass.values, kinks: false, ties: false }, pass, { unsummed: node, gradOverride }).unsummed;
    } catch (e) {
      if (!(e instanceof NodeError)) throw e;
    }
    m.set(node, full && size(full.shape) !== size(graph.nodes[node].shape) ? full : null);
  }
  return m.get(node)!;
}

const ACT: Record<string, { used: string; right: string }> = {
  sigmoid: { used: 'σ', right: 'σ(1 − σ)' },
  tanh: { used: 'tanh', right: '1 − tanh²' },
  relu: { used: 'ReLU(z)', right: "the 0/1 mask [z > 0]" },
  leaky_relu: { used: 'leaky_relu(z)', right: '1 for z > 0 and α below' },
};

function mutations(d: DiagnoseInput, is: (t: Tensor | null | undefined) => boolean): Finding | null {
  const { graph, node, pass, part } = d;
  const down = downstream(graph, node);
  const ops = new Set(graph.nodes.filter((n) => down.has(n.id) && n.id <= graph.loss && n.id !== node).map((n) => n.op));
  const tryMut = (kind: Mutation, where: (n: number) => boolean, key: string): boolean => is(mutantGrads(graph, pass, key, { mutation: { kind, where }, gradOverride: d.gradOverride })?.[node]);
  for (const op of Object.keys(ACT)) {
    if (ops.has(op) && tryMut('act-value', (n) => graph.nodes[n].op === op, `act:${op}`)) return graphFinding('graph.activation-value', { part, activation: op, used: ACT[op].used, right: ACT[op].right }, { pos: d.pos });
  }
  // The mistake made in every such node, in each kind of them, or in one node alone (the student
  // who forgets batch norm's statistics but not layer norm's), the loss's own p − y often right.
  const sets = (nodes: number[], kindOf: (n: number) => string): number[][] => {
    const kinds = [...new Set(nodes.map(kindOf))].map((k) => nodes.filter((n) => kindOf(n) === k));
    const out = [nodes, ...kinds, ...(nodes.length <= 8 ? nodes.map((n) => [n]) : [])];
    return out.filter((c, i) => c.length && out.findIndex((x) => x.join() === c.join()) === i);
  };
  const live = graph.nodes.filter((n) => down.has(n.id) && n.id <= graph.loss && n.id !== node);
  const softNodes = live.filter((n) => ['softmax', 'log_softmax', 'cross_entropy'].includes(n.op)).map((n) => n.id);
  for (const c of sets(softNodes, (n) => (graph.nodes[n].op === 'cross_entropy' ? 'loss' : 'softmax'))) {
    if (tryMut('softmax-diag', (n) => c.includes(n), `softmax-diag:${c.join()}`)) return graphFinding('graph.softmax-diagonal', { part }, { pos: d.pos });
  }
  const normNodes = live.filter((n) => n.op === 'norm').map((n) => n.id);
  const over = (n: number): string => (graph.nodes[n].attrs.over === 'batch' ? 'batch_norm' : 'layer_norm');
  for (const c of sets(normNodes, over)) {
    if (tryMut('norm-no-stats', (n) => c.includes(n), `norm:${c.join()}`)) return graphFinding('graph.norm-no-stats', { part, op: over(c[0]) }, { pos: d.pos });
  }
  return null;
}

function missingPath(d: DiagnoseInput, is: (t: Tensor | null | undefined) => boolean): Finding | null {
  const { graph, node, pass, part } = d;
  const down = downstream(graph, node);
  for (const [u, uses0] of usesOf(graph)) {
    const uses = uses0.filter((x) => x.consumer <= graph.loss);
    if (uses.length < 2 || !down.has(u) || graph.nodes[u].frozen) continue;
    for (const keep of subsets(uses)) {
      const key = `keep:${u}:${keep.map((k) => `${k.consumer}:${k.arg}`).join(',')}`;
      const grads = mutantGrads(graph, pass, key, { keepUses: { node: u, keep: new Set(keep.map((k) => `${k.consumer}:${k.arg}`)) }, gradOverride: d.gradOverride });
      if (!is(grads?.[node])) continue;
      const describe = (xs: typeof uses): string => [...new Set(xs.map((x) => lineName(graph, x.consumer)))].join(', ');
      const missing = uses.filter((x) => !keep.includes(x));
      return graphFinding('graph.missing-path', { part, tensor: graph.nodes[u].name ?? 'a tensor', kept: describe(keep), missing: `in ${describe(missing)}` }, { pos: d.pos });
    }
  }
  return null;
}
