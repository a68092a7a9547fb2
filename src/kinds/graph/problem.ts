// Reading a graph problem's `given`: the named tensors (exact, any rank up to 4), the graph lines
// built into a checked graph, and the positions every error points at (a graph line's error at
// its line and the column inside it).
import { get, type PNode, type Pos } from '../../load/pnode.js';
import { buildGraph, GraphError, type GivenTensor } from '../../autodiff/build.js';
import type { Graph, Role } from '../../autodiff/graph.js';
import { BOUNDS } from '../../autodiff/build.js';
import type { Tensor } from '../../autodiff/tensor.js';
import { givenNumber, need } from '../given.js';
import { ProblemError } from '../types.js';

export interface GraphGiven {
  graph: Graph;
  /** Where each graph line's text starts (column of its first character). */
  linePos: Pos[];
  /** Part id → the node and whether it is ∂loss/∂node. */
  parts: Map<string, { node: number; grad: boolean }>;
}

const ROLES: [string, Role][] = [['inputs', 'input'], ['params', 'param'], ['targets', 'target']];
const MAX_RANK = 4;

export function readTensor(node: PNode, depth = 0): Tensor {
  if (node.kind === 'scalar') return { shape: [], data: [givenNumber(node)] };
  if (node.kind !== 'seq' || node.items.length === 0) throw new ProblemError('a tensor is a number or a non-empty list', node.pos);
  if (depth >= MAX_RANK) throw new ProblemError(`tensors have at most ${MAX_RANK} dimensions`, node.pos);
  const items = node.items.map((i) => readTensor(i, depth + 1));
  const inner = items[0].shape;
  items.forEach((t, i) => {
    if (t.shape.length !== inner.length || t.shape.some((d, k) => d !== inner[k])) throw new ProblemError(`entry ${i + 1} has shape ${t.shape.join('×') || 'scalar'}, entry 1 has ${inner.join('×') || 'scalar'}: a tensor is rectangular`, node.items[i].pos);
  });
  const shape = [items.length, ...inner];
  if (shape.reduce((a, b) => a * b, 1) > BOUNDS.elements) throw new ProblemError(`the tensor has more than ${BOUNDS.elements} numbers, over the limit for exact work`, node.pos);
  return { shape, data: items.flatMap((t) => t.data) };
}

/** The column in the YAML file of column `col` of a graph line written at `pos`. */
function fileColumn(node: PNode, col: number): Pos {
  // A quoted line's text starts one column after its quote.
  const quoted = node.kind === 'scalar' && node.quoted ? 1 : 0;
  return { line: node.pos.line, column: node.pos.column + quoted + col - 1 };
}

export function readGraphGiven(given: PNode): GraphGiven {
  const tensors: GivenTensor[] = [];
  const tensorPos = new Map<string, Pos>();
  for (const [key, role] of ROLES) {
    const m = get(given, key);
    if (!m) continue;
    if (m.kind !== 'map') throw new ProblemError(`${key}: a mapping of name → tensor`, m.pos);
    for (const e of m.entries) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(e.key) || e.key.length > 100) throw new ProblemError(`"${e.key}" is not a tensor name (letters, digits, _)`, e.keyPos);
      if (tensorPos.has(e.key)) throw new ProblemError(`"${e.key}" is given twice`, e.keyPos);
      tensorPos.set(e.key, e.keyPos);
      tensors.push({ name: e.key, role, value: readTensor(e.value) });
    }
  }
  const gNode = need(given, 'graph');
  if (gNode.kind !== 'seq') throw new ProblemError('graph: a list of lines "name = expression"', gNode.pos);
  const lines = gNode.items.map((it) => {
    if (it.kind !== 'scalar' || typeof it.value !== 'string') throw new ProblemError('a graph line is text: "name = expression"', it.pos);
    return it.value;
  });
  const lossNode = get(given, 'loss');
  if (lossNode && (lossNode.kind !== 'scalar' || typeof lossNode.value !== 'string')) throw new ProblemError('loss: the name of a graph line', lossNode.pos);
  let graph: Graph;
  try {
    graph = buildGraph(tensors, lines, lossNode ? String((lossNode as { value: string }).value) : undefined);
  } catch (e) {
    if (!(e instanceof GraphError)) throw e;
    if (e.line >= 0) throw new ProblemError(e.message, fileColumn(gNode.items[e.line], e.column));
    const named = /^"([^"]+)"/.exec(e.message)?.[1];
    throw new ProblemError(e.message, (named && tensorPos.get(named)) || (/loss/.test(e.message) && lossNode?.pos) || gNode.pos);
  }
  const parts = new Map<string, { node: number; grad: boolean }>();
  for (const [name, id] of graph.names) {
    parts.set(name, { node: id, grad: false });
    const n = graph.nodes[id];
    if (!n.frozen && id <= graph.loss) parts.set(`d${name}`, { node: id, grad: true });
  }
  return { graph, linePos: gNode.items.map((it) => fileColumn(it, 1)), parts };
}
