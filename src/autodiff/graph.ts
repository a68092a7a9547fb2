// A graph: the given tensors and the parsed lines, turned into a list of primitive nodes in
// evaluation order (a tape). Building checks every shape, so a graph that builds computes;
// errors carry the line (statement index) and column they are about.
import type { Num } from '../numbers/num.js';
import type { Op } from './op.js';
import * as core from './ops-core.js';
import * as nn from './ops-nn.js';
import * as loss from './ops-loss.js';
import type { Tensor } from './tensor.js';

export const OPS: Record<string, Op> = {
  add: core.add, sub: core.sub, mul: core.mul, div: core.div, neg: core.neg, matmul: core.matmul,
  transpose: core.transpose, reduce: core.reduce, reshape: core.reshape, concat: core.concat, gather: core.gather,
  relu: core.relu, leaky_relu: core.leakyRelu, sigmoid: core.sigmoid, tanh: core.tanh, exp: core.exp, log: core.log, sqrt: core.sqrt, pow: core.pow,
  softmax: nn.softmax, log_softmax: nn.logSoftmax, max_pool2d: nn.maxPool, avg_pool2d: nn.avgPool, conv2d: nn.conv2d, norm: nn.norm,
  half_sse: loss.halfSse, sse: loss.sse, mse: loss.mse, l2: loss.l2, bce: loss.bce, cross_entropy: loss.crossEntropy,
};

export type Role = 'input' | 'param' | 'target';

export interface GNode {
  id: number;
  /** 'leaf' (a given tensor), 'const' (a number or a fixed tensor), or a key of OPS. */
  op: string;
  inputs: number[];
  attrs: any;
  shape: number[];
  /** The tensor's name, for given tensors and graph lines. */
  name?: string;
  /** Index of the graph line that made it (-1: given). */
  stmt: number;
  /** Column of the expression that made it, in its line. */
  col: number;
  /** Leaves and constants. */
  value?: Tensor;
  role?: Role;
  /** No gradient flows into it (class indices, masks, constants). */
  frozen?: boolean;
}

export interface Line {
  name: string;
  /** The expression as written. */
  text: string;
  node: number;
}

export interface Graph {
  nodes: GNode[];
  names: Map<string, number>;
  lines: Line[];
  loss: number;
  /** Given tensors in the order written. */
  given: { name: string; role: Role; node: number }[];
  /** Work of one forward pass: multiply-adds plus elementwise results (bounded at load). */
  cost: number;
}

/** Each node's consumers: (consumer, argument position) pairs, in evaluation order. */
export function usesOf(g: Graph): Map<number, { consumer: number; arg: number }[]> {
  const uses = new Map<number, { consumer: number; arg: number }[]>();
  for (const n of g.nodes) n.inputs.forEach((i, arg) => {
    if (!uses.has(i)) uses.set(i, []);
    uses.get(i)!.push({ consumer: n.id, arg });
  });
  return uses;
}

/** The named tensors a line's expression reads directly (through its unnamed nodes). */
export function namedInputs(g: Graph, node: number): number[] {
  const out = new Set<number>();
  const seen = new Set<number>();
  const walk = (id: number, root: boolean): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const n = g.nodes[id];
    if (!root && n.name !== undefined) {
      out.add(id);
      return;
    }
    for (const i of n.inputs) walk(i, false);
  };
  walk(node, true);
  return [...out];
}

export type { Num };
