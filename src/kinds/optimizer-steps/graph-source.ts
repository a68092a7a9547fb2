// The third gradient source of optimizer-steps: a graph written in the graph kind's language
// (docs/graph-language.md), read by the graph kind's own reader (same bounds, same refusals at
// the line and column), whose params are the optimised parameters. g_t = ∂loss/∂params at
// w_{t−1}, evaluated exactly by src/autodiff (rationals, 64 digits through transcendental ops).
// The params are flattened in the order they are written, each tensor row-major.
import type { PNode } from '../../load/pnode.js';
import { Num } from '../../numbers/num.js';
import { backward, forward, NodeError, type Conventions } from '../../autodiff/run.js';
import { size, type Tensor } from '../../autodiff/tensor.js';
import { readGraphGiven, type GraphGiven } from '../graph/problem.js';
import { MAX_VARIABLES } from '../gd-step-size/quadratic.js';
import { ProblemError } from '../types.js';

export interface ParamSlot {
  name: string;
  node: number;
  shape: number[];
}

export interface GraphSource {
  kind: 'graph';
  gg: GraphGiven;
  params: ParamSlot[];
}

/**
 * At a ReLU input of exactly 0 the derivative taken is 0, and a tied max-pool window sends its
 * gradient to the first maximum: PyTorch's choices (the graph kind accepts both; a run of steps
 * needs one).
 */
export const CONVENTIONS: Conventions = { kink: 0, tie: 'first' };

/** Reads the inline graph; returns the source, the flattened start (the graph's params) and the entries' names. */
export function readGraphSource(node: PNode): { source: GraphSource; start: Num[]; variables: string[] } {
  if (node.kind !== 'map') throw new ProblemError('graph: a graph problem\'s given (inputs, params, targets, graph, loss), as kind graph writes it', node.pos);
  const gg = readGraphGiven(node);
  const params = gg.graph.given.filter((t) => t.role === 'param').map((t) => ({ name: t.name, node: t.node, shape: gg.graph.nodes[t.node].shape }));
  if (params.length === 0) throw new ProblemError('the graph has no params: its params are what the optimiser steps', node.pos);
  const total = params.reduce((s, p) => s + size(p.shape), 0);
  if (total > MAX_VARIABLES) throw new ProblemError(`the graph's params have ${total} entries in all; at most ${MAX_VARIABLES} parameters`, node.pos);
  const start = params.flatMap((p) => gg.graph.nodes[p.node].value!.data);
  const variables = params.flatMap((p) => entryNames(p));
  return { source: { kind: 'graph', gg, params }, start, variables };
}

/** "w" for a single number, else "w[1,2]" (1-based, row-major). */
function entryNames(p: ParamSlot): string[] {
  const n = size(p.shape);
  if (p.shape.length === 0 || (n === 1 && p.shape.every((d) => d === 1))) return [p.name];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const idx: number[] = [];
    let r = i;
    for (let k = p.shape.length - 1; k >= 0; k--) {
      idx.unshift((r % p.shape[k]) + 1);
      r = Math.floor(r / p.shape[k]);
    }
    out.push(`${p.name}[${idx.join(',')}]`);
  }
  return out;
}

/** A value the exact maths cannot take at some w (log of 0, a number too large), said with its graph line. */
export class GraphGradientError extends Error {}

// The gradient at a given w is the same for the reference, every mistaken run and every
// submission's own run that reaches it: memoised per source (same values as the plain path).
const memo = new WeakMap<GraphSource, Map<string, Num[]>>();

/** ∂loss/∂params at w (flattened as the params are), exactly. */
export function graphGradient(src: GraphSource, w: Num[]): Num[] {
  let m = memo.get(src);
  if (!m) memo.set(src, (m = new Map()));
  const key = w.map((x) => x.toExact()).join('|');
  const hit = m.get(key);
  if (hit) return hit;
  const r = graphGradientPlain(src, w);
  if (m.size < 10_000) m.set(key, r);
  return r;
}

export function graphGradientPlain(src: GraphSource, w: Num[]): Num[] {
  const g = src.gg.graph;
  const override = new Map<number, Tensor>();
  let at = 0;
  for (const p of src.params) {
    const n = size(p.shape);
    override.set(p.node, { shape: p.shape, data: w.slice(at, at + n) });
    at += n;
  }
  try {
    const f = forward(g, CONVENTIONS, override);
    const grads = backward(g, f, CONVENTIONS).grads;
    return src.params.flatMap((p) => grads[p.node]?.data ?? new Array<Num>(size(p.shape)).fill(Num.ZERO));
  } catch (e) {
    if (e instanceof NodeError) {
      const n = g.nodes[e.node];
      throw new GraphGradientError(`${n.stmt >= 0 ? `graph line ${g.lines[n.stmt].name}: ` : ''}${e.message}`);
    }
    throw e;
  }
}

/**
 * The gradient at a float64 w, for the float64 and tfjs loops: the exact path at w read exactly
 * (each float's shortest decimal), converted to numbers. It is not re-derived independently; the
 * graph kind's own cross-check compares src/autodiff with tf.grads.
 */
export function graphGradientF64(src: GraphSource, w: number[]): number[] {
  return graphGradientPlain(src, w.map((x) => Num.parseDecimal(String(x)))).map((x) => x.toNumber());
}
