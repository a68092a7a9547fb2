// Evaluating a graph: the forward pass in tape order, then reverse-mode gradients, each node's
// gradient the sum of what every use of it sends back. The same code computes the reference,
// the other convention at a kink or tie, the mistakes a diagnosis recomputes (a changed local
// derivative, uses left out, a broadcast gradient left unsummed), and the pass through a
// submission's own stated values (error carried forward).
import { Num } from '../numbers/num.js';
import { OPS, type Graph } from './graph.js';
import type { Mutation, OpCtx } from './op.js';
import { addT, full, reduceTo, type Tensor } from './tensor.js';

export interface Conventions {
  kink: 0 | 1;
  tie: 'first' | 'last';
}

export interface Forward {
  values: Tensor[];
  /** A ReLU input of exactly 0 / a tied max-pool window was met. */
  kinks: boolean;
  ties: boolean;
}

export interface BackwardOptions {
  /** A changed local derivative, at the nodes `where` selects. */
  mutation?: { kind: Mutation; where: (node: number) => boolean };
  /** Only these uses ("consumer:arg") of `node` send their gradient back to it. */
  keepUses?: { node: number; keep: Set<string> };
  /** A gradient stated by the submission replaces the computed one (error carried forward). */
  gradOverride?: Map<number, Tensor>;
  /** Keep the broadcast gradient of this node's uses unsummed (`unsummed` in the result). */
  unsummed?: number;
}

export interface Backward {
  grads: (Tensor | null)[];
  /** What each use of a node sent back, by "consumer:arg". */
  contributions: Map<number, Map<string, Tensor>>;
  /** With `unsummed`: the gradient of that node before summing over broadcast dimensions. */
  unsummed?: Tensor;
}

function ctxFor(conv: Conventions, seen?: { kinks: boolean; ties: boolean }): OpCtx {
  return {
    ...conv,
    reduce: reduceTo,
    note: (w) => {
      if (seen) seen[w === 'kink' ? 'kinks' : 'ties'] = true;
    },
  };
}

/** The forward pass; `override` replaces the values of nodes (a submission's stated values). */
export function forward(g: Graph, conv: Conventions, override?: Map<number, Tensor>): Forward {
  const seen = { kinks: false, ties: false };
  const ctx = ctxFor(conv, seen);
  const values: Tensor[] = new Array(g.nodes.length);
  for (const n of g.nodes) {
    const o = override?.get(n.id);
    try {
      values[n.id] = o ?? n.value ?? OPS[n.op].forward(n.inputs.map((i) => values[i]), n.attrs, ctx);
    } catch (e) {
      throw new NodeError(e, n.id);
    }
  }
  return { values, ...seen };
}

/** A value the exact maths cannot take (log of 0, a number too large), at the node that met it. */
export class NodeError extends Error {
  constructor(
    readonly reason: unknown,
    readonly node: number,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

export function backward(g: Graph, f: Forward, conv: Conventions, opts: BackwardOptions = {}): Backward {
  const grads: (Tensor | null)[] = new Array(g.nodes.length).fill(null);
  const contributions = new Map<number, Map<string, Tensor>>();
  const lossShape = g.nodes[g.loss].shape;
  grads[g.loss] = full(lossShape, Num.ONE);
  let unsummed: Tensor | undefined;
  for (let id = g.loss; id >= 0; id--) {
    const over = opts.gradOverride?.get(id);
    if (over) grads[id] = over;
    const gi = grads[id];
    const n = g.nodes[id];
    if (!gi || n.op === 'leaf' || n.op === 'const') continue;
    const ctx = ctxFor(conv);
    if (opts.mutation?.where(id)) ctx.mutation = opts.mutation.kind;
    if (opts.unsummed !== undefined && n.inputs.includes(opts.unsummed)) {
      ctx.reduce = (t, shape) => t;
    }
    const xs = n.inputs.map((i) => f.values[i]);
    let local: (Tensor | null)[];
    try {
      local = OPS[n.op].backward(gi, xs, f.values[id], n.attrs, ctx);
    } catch (e) {
      throw new NodeError(e, id);
    }
    n.inputs.forEach((input, arg) => {
      let d = local[arg];
      if (!d || g.nodes[input].frozen) return;
      const key = `${id}:${arg}`;
      if (opts.unsummed === input) unsummed = d;
      d = reduceTo(d, g.nodes[input].shape);
      if (!contributions.has(input)) contributions.set(input, new Map());
      contributions.get(input)!.set(key, d);
      if (opts.keepUses && opts.keepUses.node === input && !opts.keepUses.keep.has(key)) return;
      grads[input] = grads[input] ? addT(grads[input]!, d) : d;
    });
  }
  for (const n of g.nodes) if (grads[n.id] === null && !n.frozen && n.id <= g.loss) grads[n.id] = full(n.shape, Num.ZERO);
  return { grads, contributions, ...(unsummed ? { unsummed } : {}) };
}
