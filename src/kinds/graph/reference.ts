// The exact reference of a graph: one pass per accepted convention (ReLU's derivative at 0, the
// max-pool tie), values and gradients of every node; and the passes the diagnoses and error
// carried forward recompute from it.
import { backward, forward, NodeError, type BackwardOptions, type Conventions } from '../../autodiff/run.js';
import type { Tensor } from '../../autodiff/tensor.js';
import type { Graph } from '../../autodiff/graph.js';
import { NumError } from '../../numbers/num.js';
import { ShapeErr } from '../../autodiff/op.js';
import type { GraphGiven } from './problem.js';
import { ProblemError } from '../types.js';

export interface GraphPass extends Conventions {
  values: Tensor[];
  grads: (Tensor | null)[];
}

export interface GraphRef {
  passes: GraphPass[];
  /** A ReLU input of exactly 0 / a tied max-pool window exists. */
  kinks: boolean;
  ties: boolean;
}

export function computeRef(g: GraphGiven): GraphRef {
  try {
    const base: Conventions = { kink: 0, tie: 'first' };
    const f0 = forward(g.graph, base);
    const convs: Conventions[] = [base];
    if (f0.kinks) convs.push({ kink: 1, tie: 'first' });
    if (f0.ties) convs.push({ kink: 0, tie: 'last' });
    if (f0.kinks && f0.ties) convs.push({ kink: 1, tie: 'last' });
    const passes = convs.map((c) => {
      const f = c.tie === 'first' ? f0 : forward(g.graph, c);
      return { ...c, values: f.values, grads: backward(g.graph, f, c).grads };
    });
    return { passes, kinks: f0.kinks, ties: f0.ties };
  } catch (e) {
    // A value the exact maths cannot take (log of 0, a number too large to keep exactly), at its line.
    if (e instanceof NodeError && (e.reason instanceof ShapeErr || e.reason instanceof NumError)) {
      const n = g.graph.nodes[e.node];
      const line = n.stmt >= 0 ? g.graph.lines[n.stmt].name : undefined;
      const pos = n.stmt >= 0 ? { line: g.linePos[n.stmt].line, column: g.linePos[n.stmt].column + n.col - 1 } : g.linePos[0];
      throw new ProblemError(`the graph cannot be computed exactly${line ? ` (line ${line})` : ''}: ${e.message}`, pos);
    }
    throw e;
  }
}

const mutantCache = new WeakMap<GraphPass, Map<string, (Tensor | null)[]>>();

/**
 * Backward passes the diagnoses may recompute per reference pass: a small graph gets 64 (every
 * subset of up to 5 uses of a reused tensor…), one at the size bound about 10, so the first
 * wrong submission of a large graph costs seconds, not minutes. Beyond it a mistake goes unnamed.
 */
export const mutantBudget = (g: Graph): number => Math.max(4, Math.min(64, Math.floor(200_000 / Math.max(1, g.cost))));

/** The gradients under a changed backward pass (a diagnosis), memoised per reference pass: the same for every submission. */
export function mutantGrads(graph: Graph, pass: GraphPass, key: string, opts: BackwardOptions): (Tensor | null)[] | null {
  let m = mutantCache.get(pass);
  if (!m) mutantCache.set(pass, (m = new Map()));
  if (!m.has(key)) {
    if (m.size >= mutantBudget(graph)) return null;
    try {
      m.set(key, backward(graph, { values: pass.values, kinks: false, ties: false }, pass, opts).grads);
    } catch (e) {
      if (!(e instanceof NodeError)) throw e;
      m.set(key, []);
    }
  }
  const r = m.get(key)!;
  return r.length ? r : null;
}
