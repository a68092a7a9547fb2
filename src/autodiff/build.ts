// Building a graph from its lines: names resolved, functions checked against the closed list
// (docs/graph-language.md), constant arguments read exactly, shapes checked op by op, and the
// size bounds enforced before anything is computed.
import { Num } from '../numbers/num.js';
import { callFunction } from './functions.js';
import { OPS, type GNode, type Graph, type Role } from './graph.js';
import { ShapeErr } from './op.js';
import { SyntaxErr, parseStatement, type Ast, type IndexItem } from './parse.js';
import { full, shapeText, size, strides, type Tensor } from './tensor.js';

export const BOUNDS = { elements: 5_000, totalElements: 20_000, lines: 200, nodes: 2_000, multiplyAdds: 20_000 };

/** An error in a graph line (`line` = its index; -1: the graph as a whole), at a column. */
export class GraphError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column = 1,
  ) {
    super(message);
  }
}

export const FUNCTIONS = [
  'transpose', 'sum', 'mean', 'reshape', 'concat', 'relu', 'leaky_relu', 'sigmoid', 'tanh', 'exp', 'log', 'sqrt', 'pow',
  'softmax', 'log_softmax', 'max_pool2d', 'avg_pool2d', 'conv2d', 'batch_norm', 'layer_norm', 'dropout', 'attention',
  'half_sse', 'mse', 'sse', 'cross_entropy', 'bce', 'l2',
] as const;

export interface GivenTensor {
  name: string;
  role: Role;
  value: Tensor;
}

export function buildGraph(given: GivenTensor[], lines: string[], lossName?: string): Graph {
  const b = new Builder();
  for (const t of given) {
    if (FUNCTIONS.includes(t.name as never) || t.name === 'True' || t.name === 'False') throw new GraphError(`"${t.name}" is a function of the language, not a tensor name`, -1);
    if (b.names.has(t.name)) throw new GraphError(`"${t.name}" is given twice`, -1);
    const id = b.add({ op: 'leaf', inputs: [], attrs: {}, shape: t.value.shape, name: t.name, value: t.value, role: t.role, col: 1 });
    b.names.set(t.name, id);
    b.given.push({ name: t.name, role: t.role, node: id });
  }
  if (lines.length === 0) throw new GraphError('the graph has no lines', -1);
  if (lines.length > BOUNDS.lines) throw new GraphError(`the graph has ${lines.length} lines, over the limit of ${BOUNDS.lines}`, -1);
  lines.forEach((src, i) => {
    b.line = i;
    try {
      const st = parseStatement(src);
      if (FUNCTIONS.includes(st.name as never) || st.name === 'True' || st.name === 'False') throw new SyntaxErr(`"${st.name}" is a function of the language, not a tensor name`, st.nameCol);
      if (b.names.has(st.name)) throw new SyntaxErr(`"${st.name}" is already defined: each name is given once`, st.nameCol);
      let id = b.expr(st.expr);
      if (b.nodes[id].name !== undefined || b.nodes[id].op === 'const') id = b.add({ op: 'reshape', inputs: [id], attrs: { to: b.nodes[id].shape }, shape: b.nodes[id].shape, col: st.expr.col });
      b.nodes[id].name = st.name;
      b.names.set(st.name, id);
      b.lines.push({ name: st.name, text: st.text, node: id });
    } catch (e) {
      if (e instanceof SyntaxErr) throw new GraphError(e.message, i, e.column);
      throw e;
    }
  });
  for (const name of b.names.keys()) {
    if (name.startsWith('d') && b.names.has(name.slice(1))) throw new GraphError(`"${name}" would also be the part d${name.slice(1)} (∂loss/∂${name.slice(1)}): rename it`, -1);
  }
  const lossId = lossName === undefined ? b.lines[b.lines.length - 1].node : b.names.get(lossName);
  if (lossId === undefined) throw new GraphError(`the loss "${lossName}" is not a tensor of the graph`, -1);
  if (size(b.nodes[lossId].shape) !== 1) throw new GraphError(`the loss must be a single number; ${lossName ?? b.lines[b.lines.length - 1].name} is ${shapeText(b.nodes[lossId].shape)}`, -1);
  const total = b.nodes.reduce((s, n) => s + size(n.shape), 0);
  if (total > BOUNDS.totalElements) throw new GraphError(`the graph holds ${total.toLocaleString('en-US')} numbers in all, over the limit of ${BOUNDS.totalElements.toLocaleString('en-US')} for exact work`, -1);
  return { nodes: b.nodes, names: b.names, lines: b.lines, loss: lossId, given: b.given, cost: b.cost };
}

class Builder {
  nodes: GNode[] = [];
  names = new Map<string, number>();
  lines: Graph['lines'] = [];
  given: Graph['given'] = [];
  line = -1;
  cost = 0;

  add(n: Omit<GNode, 'id' | 'stmt'>): number {
    if (this.nodes.length >= BOUNDS.nodes) throw new SyntaxErr(`the graph has more than ${BOUNDS.nodes} operations, over the limit`, n.col);
    const s = size(n.shape);
    if (s > BOUNDS.elements) throw new SyntaxErr(`this makes a tensor of ${s.toLocaleString('en-US')} numbers (${shapeText(n.shape)}), over the limit of ${BOUNDS.elements.toLocaleString('en-US')} for exact work`, n.col);
    const id = this.nodes.length;
    this.nodes.push({ ...n, id, stmt: this.line });
    return id;
  }

  op(op: string, inputs: number[], attrs: any, col: number): number {
    let shape: number[];
    const def = OPS[op];
    const ins = inputs.map((i) => this.nodes[i].shape);
    try {
      shape = def.shape(ins, attrs);
      this.cost += def.cost ? def.cost(ins, attrs) : size(shape);
    } catch (e) {
      if (e instanceof ShapeErr) throw new SyntaxErr(e.message, col);
      throw e;
    }
    if (this.cost > BOUNDS.multiplyAdds) throw new SyntaxErr(`the graph needs more than ${BOUNDS.multiplyAdds.toLocaleString('en-US')} multiply-adds per pass, over the limit for exact work`, col);
    return this.add({ op, inputs, attrs, shape, col });
  }

  constant(v: Tensor, col: number): number {
    return this.add({ op: 'const', inputs: [], attrs: {}, shape: v.shape, value: v, frozen: true, col });
  }

  expr(a: Ast): number {
    switch (a.k) {
      case 'num':
        return this.constant({ shape: [], data: [a.v] }, a.col);
      case 'bool':
        throw new SyntaxErr(`${a.v ? 'True' : 'False'} is only a keyword argument's value`, a.col);
      case 'list':
        throw new SyntaxErr('a list is only a shape (reshape) or the tensors of concat', a.col);
      case 'name': {
        const id = this.names.get(a.name);
        if (id === undefined) {
          if (FUNCTIONS.includes(a.name as never)) throw new SyntaxErr(`${a.name} is a function: write ${a.name}(…)`, a.col);
          throw new SyntaxErr(`"${a.name}" is not defined (a given tensor or an earlier line)`, a.col);
        }
        return id;
      }
      case 'neg':
        return this.op('neg', [this.expr(a.a)], {}, a.col);
      case 'bin': {
        const x = this.expr(a.a), y = this.expr(a.b);
        const op = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '@': 'matmul' }[a.op];
        return this.op(op, [x, y], {}, a.col);
      }
      case 'T':
        return this.op('transpose', [this.expr(a.a)], { d0: 0, d1: 1 }, a.col);
      case 'index':
        return this.index(this.expr(a.a), a.items, a.col);
      case 'call':
        return this.call(a);
    }
  }

  index(x: number, items: IndexItem[], col: number): number {
    const shape = this.nodes[x].shape;
    if (items.length > shape.length) throw new SyntaxErr(`${items.length} indices for a tensor of rank ${shape.length}`, col);
    const per: number[][] = [], keep: boolean[] = [];
    shape.forEach((n, d) => {
      const it = items[d];
      if (!it) return per.push(Array.from({ length: n }, (_, i) => i)), keep.push(true);
      if (it.k === 'at') {
        const i = it.i < 0 ? n + it.i : it.i;
        if (i < 0 || i >= n) throw new SyntaxErr(`index ${it.i} is outside a dimension of size ${n}`, it.col);
        per.push([i]);
        return keep.push(false);
      }
      const clamp = (v: number | undefined, dflt: number): number => (v === undefined ? dflt : Math.min(n, Math.max(0, v < 0 ? n + v : v)));
      const start = clamp(it.start, 0), stop = clamp(it.stop, n), step = it.step ?? 1;
      const r: number[] = [];
      for (let i = start; i < stop; i += step) r.push(i);
      if (!r.length) throw new SyntaxErr('the slice is empty', it.col);
      per.push(r);
      keep.push(true);
    });
    const to = per.map((r) => r.length).filter((_, d) => keep[d]);
    const st = strides(shape), idx: number[] = [];
    const walk = (d: number, off: number): void => {
      if (d === shape.length) return void idx.push(off);
      for (const i of per[d]) walk(d + 1, off + i * st[d]);
    };
    walk(0, 0);
    return this.op('gather', [x], { to, idx: Int32Array.from(idx) }, col);
  }

  /** A constant number: a literal, or +, -, *, / of literals (1/3, -0.5, 1e-5). */
  num(a: Ast | undefined, what: string, col: number): Num {
    if (!a) throw new SyntaxErr(`${what} is missing`, col);
    switch (a.k) {
      case 'num':
        return a.v;
      case 'neg':
        return this.num(a.a, what, col).neg();
      case 'bin': {
        if (a.op === '@') break;
        const x = this.num(a.a, what, col), y = this.num(a.b, what, col);
        if (a.op === '/' && y.isZero()) throw new SyntaxErr('division by zero', a.col);
        return a.op === '+' ? x.add(y) : a.op === '-' ? x.sub(y) : a.op === '*' ? x.mul(y) : x.div(y);
      }
    }
    throw new SyntaxErr(`${what} must be a number written in the line (such as 2, 0.5 or 1/3)`, a.col);
  }
  int(a: Ast | undefined, what: string, col: number, min = -1e9): number {
    const v = this.num(a, what, col);
    if (!v.isInteger() || v.toNumber() < min || Math.abs(v.toNumber()) > 1e6) throw new SyntaxErr(`${what} must be a whole number${min > -1e9 ? ` ≥ ${min}` : ''}`, a!.col);
    return v.toNumber();
  }
  pair(a: Ast | undefined, what: string, col: number, min: number): [number, number] {
    if (a?.k === 'list') {
      if (a.items.length !== 2) throw new SyntaxErr(`${what} is one number or two (height, width)`, a.col);
      return [this.int(a.items[0], what, col, min), this.int(a.items[1], what, col, min)];
    }
    const v = this.int(a, what, col, min);
    return [v, v];
  }
  bool(a: Ast | undefined, col: number): boolean {
    if (!a) return false;
    if (a.k === 'bool') return a.v;
    throw new SyntaxErr('expected True or False', a?.col ?? col);
  }
  dim(a: Ast | undefined, rank: number, col: number): number {
    const d = this.int(a, 'dim', col);
    if (d < -rank || d >= rank) throw new SyntaxErr(`dim ${d} is outside a tensor of rank ${rank}`, a!.col);
    return (d + rank) % rank;
  }

  call(c: Extract<Ast, { k: 'call' }>): number {
    const { fn, col } = c;
    if (!FUNCTIONS.includes(fn as never)) throw new SyntaxErr(`"${fn}" is not a function of the graph language`, col);
    return callFunction(this, c);
  }
}

export type { Builder };
export { full };
