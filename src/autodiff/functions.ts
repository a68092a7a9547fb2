// The functions of the graph language, each read from its arguments (PyTorch's names and order,
// docs/graph-language.md) into primitive nodes. dropout and attention are compositions.
import { Num } from '../numbers/num.js';
import type { Builder } from './build.js';
import { SyntaxErr, type Ast } from './parse.js';
import { full, shapeText, size } from './tensor.js';

type Call = Extract<Ast, { k: 'call' }>;

/** Positional-or-keyword arguments by PyTorch's names; `aliases` maps other spellings. */
function args(c: Call, names: string[], required: number): Record<string, Ast | undefined> {
  const out: Record<string, Ast | undefined> = Object.create(null);
  if (c.args.length > names.length) throw new SyntaxErr(`${c.fn} takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${names.join(', ')}), not ${c.args.length}`, c.args[names.length].col);
  c.args.forEach((a, i) => (out[names[i]] = a));
  for (const [k0, v] of Object.entries(c.kw)) {
    const k = k0 === 'axis' ? 'dim' : k0;
    if (!names.includes(k)) throw new SyntaxErr(`${c.fn} has no argument "${k0}" (it takes ${names.join(', ')})`, c.kwCol[k0] ?? v.col);
    if (out[k]) throw new SyntaxErr(`"${k}" is given twice`, c.kwCol[k0] ?? v.col);
    out[k] = v;
  }
  for (const n of names.slice(0, required)) if (!out[n]) throw new SyntaxErr(`${c.fn} needs its argument "${n}"`, c.col);
  return out;
}

const isConstant = (a: Ast | undefined): boolean => !!a && (a.k === 'num' || (a.k === 'neg' && isConstant(a.a)));

export function callFunction(b: Builder, c: Call): number {
  const { fn, col } = c;
  const t = (a: Ast | undefined): number => b.expr(a!);
  switch (fn) {
    case 'relu': case 'sigmoid': case 'tanh': case 'exp': case 'log': case 'sqrt': case 'l2': {
      const a = args(c, ['input'], 1);
      return b.op(fn, [t(a.input)], {}, col);
    }
    case 'leaky_relu': {
      const a = args(c, ['input', 'negative_slope'], 1);
      return b.op('leaky_relu', [t(a.input)], { alpha: a.negative_slope ? b.num(a.negative_slope, 'negative_slope', col) : Num.frac(1, 100) }, col);
    }
    case 'pow': {
      const a = args(c, ['input', 'exponent'], 2);
      const p = b.num(a.exponent, 'the exponent', col);
      if (!p.isRational || p.q!.d > 1000n || Math.abs(p.toNumber()) > 64) throw new SyntaxErr('the exponent is an integer or a simple fraction, at most 64 in size', a.exponent!.col);
      return b.op('pow', [t(a.input)], { p }, col);
    }
    case 'transpose': {
      const a = args(c, ['input', 'dim0', 'dim1'], 1);
      const x = t(a.input), r = b.nodes[x].shape.length;
      if (!a.dim0 !== !a.dim1) throw new SyntaxErr('transpose takes both dimensions to swap, or none (a matrix)', col);
      return b.op('transpose', [x], a.dim0 ? { d0: b.dim(a.dim0, r, col), d1: b.dim(a.dim1, r, col) } : { d0: 0, d1: 1 }, col);
    }
    case 'sum': case 'mean': {
      const a = args(c, ['input', 'dim', 'keepdim'], 1);
      const x = t(a.input), r = b.nodes[x].shape.length;
      let dims: number[] | null = null;
      if (a.dim) dims = (a.dim.k === 'list' ? a.dim.items : [a.dim]).map((d) => b.dim(d, r, col));
      return b.op('reduce', [x], { dims, keepdim: b.bool(a.keepdim, col), mean: fn === 'mean' }, col);
    }
    case 'reshape': {
      const a = args(c, ['input', 'shape'], 2);
      const x = t(a.input), n = size(b.nodes[x].shape);
      const sh = a.shape!;
      if (sh.k !== 'list') throw new SyntaxErr('the shape is a list: reshape(x, [2, 3])', sh.col);
      const dims = sh.items.map((d) => b.int(d, 'a dimension', col, -1));
      const free = dims.filter((d) => d === -1).length;
      if (free > 1 || dims.some((d) => d === 0)) throw new SyntaxErr('a shape has positive sizes and at most one -1', sh.col);
      const known = dims.filter((d) => d !== -1).reduce((p, q) => p * q, 1);
      const to = dims.map((d) => (d === -1 ? n / known : d));
      if (size(to) !== n || to.some((d) => !Number.isInteger(d))) throw new SyntaxErr(`cannot reshape ${shapeText(b.nodes[x].shape)} (${n} numbers) to [${dims.join(', ')}]`, sh.col);
      return b.op('reshape', [x], { to }, col);
    }
    case 'concat': {
      const a = args(c, ['tensors', 'dim'], 1);
      const ts = a.tensors!;
      if (ts.k !== 'list' || ts.items.length === 0) throw new SyntaxErr('concat takes a list of tensors: concat([a, b], dim=0)', ts.col);
      const xs = ts.items.map((i) => b.expr(i));
      const r = b.nodes[xs[0]].shape.length;
      return b.op('concat', xs, { dim: a.dim ? b.dim(a.dim, r, col) : 0 }, col);
    }
    case 'softmax': case 'log_softmax': {
      const a = args(c, ['input', 'dim'], 1);
      const x = t(a.input);
      return b.op(fn, [x], { dim: a.dim ? b.dim(a.dim, b.nodes[x].shape.length, col) : -1 }, col);
    }
    case 'max_pool2d': case 'avg_pool2d': {
      const a = args(c, ['input', 'kernel_size', 'stride', 'padding'], 2);
      const k = b.pair(a.kernel_size, 'kernel_size', col, 1);
      return b.op(fn, [t(a.input)], { k, stride: a.stride ? b.pair(a.stride, 'stride', col, 1) : k, padding: a.padding ? b.pair(a.padding, 'padding', col, 0) : [0, 0] }, col);
    }
    case 'conv2d': {
      // conv2d(x, w, b?, stride, padding): a number in third place is the stride.
      const third = c.args[2];
      const numberThird = !!third && (isConstant(third) || third.k === 'list');
      const a = args(c, numberThird ? ['input', 'weight', 'stride', 'padding'] : ['input', 'weight', 'bias', 'stride', 'padding'], 2);
      const inputs = [t(a.input), t(a.weight), ...(a.bias ? [t(a.bias)] : [])];
      return b.op('conv2d', inputs, { stride: a.stride ? b.pair(a.stride, 'stride', col, 1) : [1, 1], padding: a.padding ? b.pair(a.padding, 'padding', col, 0) : [0, 0] }, col);
    }
    case 'batch_norm': case 'layer_norm': {
      const a = args(c, ['input', 'weight', 'bias', 'eps'], 1);
      const x = t(a.input), s = b.nodes[x].shape;
      const F = fn === 'batch_norm' ? s[1] : s[s.length - 1];
      if (F === undefined) throw new SyntaxErr(`${fn} of ${shapeText(s)}`, col);
      const gamma = a.weight ? t(a.weight) : b.constant(full([F], Num.ONE), col);
      const beta = a.bias ? t(a.bias) : b.constant(full([F], Num.ZERO), col);
      const eps = a.eps ? b.num(a.eps, 'eps', col) : Num.frac(1, 100000);
      if (eps.sign() < 0) throw new SyntaxErr('eps is ≥ 0', a.eps!.col);
      return b.op('norm', [x, gamma, beta], { eps, over: fn === 'batch_norm' ? 'batch' : 'layer' }, col);
    }
    case 'dropout': {
      const a = args(c, ['input', 'mask', 'p'], 3);
      const p = b.num(a.p, 'p', col);
      if (p.sign() < 0 || !p.lt(Num.ONE)) throw new SyntaxErr('the dropout probability p is in [0, 1)', a.p!.col);
      const m = t(a.mask);
      frozenMask(b, m, a.mask!.col);
      const kept = b.op('mul', [t(a.input), m], {}, col);
      return p.isZero() ? kept : b.op('mul', [kept, b.constant({ shape: [], data: [Num.ONE.div(Num.ONE.sub(p))] }, col)], {}, col);
    }
    case 'attention': {
      const a = args(c, ['query', 'key', 'value', 'attn_mask'], 3);
      const q = t(a.query), k = t(a.key), v = t(a.value);
      for (const x of [q, k, v]) if (b.nodes[x].shape.length !== 2) throw new SyntaxErr(`attention takes matrices (a row per token), not ${shapeText(b.nodes[x].shape)}`, col);
      const d = b.nodes[q].shape[1];
      const scores = b.op('matmul', [q, b.op('transpose', [k], { d0: 0, d1: 1 }, col)], {}, col);
      const scaled = b.op('mul', [scores, b.constant({ shape: [], data: [Num.ONE.div(Num.int(d).sqrt())] }, col)], {}, col);
      let mask: number[] | undefined;
      if (a.attn_mask) {
        const m = t(a.attn_mask);
        const mv = frozenMask(b, m, a.attn_mask.col);
        const ms = b.nodes[m].shape, ss = b.nodes[scaled].shape;
        if (ms.length !== 2 || ms[0] !== ss[0] || ms[1] !== ss[1]) throw new SyntaxErr(`the mask is ${shapeText(ss)} (queries × keys), not ${shapeText(ms)}`, a.attn_mask.col);
        mask = mv.map((x) => (x.isZero() ? 0 : 1));
      }
      const weights = b.op('softmax', [scaled], { dim: -1, mask }, col);
      return b.op('matmul', [weights, v], {}, col);
    }
    case 'half_sse': case 'mse': case 'sse': case 'bce': {
      const a = args(c, ['input', 'target'], 2);
      return b.op(fn, [t(a.input), t(a.target)], {}, col);
    }
    case 'cross_entropy': {
      const a = args(c, ['input', 'target', 'label_smoothing'], 2);
      const z = t(a.input), y = t(a.target);
      const zs = b.nodes[z].shape, ys = b.nodes[y].shape, tn = b.nodes[y];
      const indices = ys.length === zs.length - 1;
      if (indices) {
        if (tn.op !== 'leaf' && tn.op !== 'const') throw new SyntaxErr('class indices are a given tensor of whole numbers', a.target!.col);
        const C = zs[zs.length - 1];
        if (!tn.value!.data.every((v) => v.isInteger() && v.sign() >= 0 && v.toNumber() < C)) throw new SyntaxErr(`class indices are whole numbers from 0 to ${C - 1}`, a.target!.col);
        tn.frozen = true;
      }
      const eps = a.label_smoothing ? b.num(a.label_smoothing, 'label_smoothing', col) : Num.ZERO;
      if (eps.sign() < 0 || eps.cmp(Num.ONE) > 0) throw new SyntaxErr('label_smoothing is in [0, 1]', a.label_smoothing!.col);
      return b.op('cross_entropy', [z, y], { indices, smoothing: eps }, col);
    }
  }
  throw new SyntaxErr(`"${fn}" is not a function of the graph language`, col);
}

/** A mask is a given tensor (or a constant) of numbers; no gradient flows into it. */
function frozenMask(b: Builder, m: number, col: number): Num[] {
  const n = b.nodes[m];
  if (n.op !== 'leaf' && n.op !== 'const') throw new SyntaxErr('a mask is a given tensor, not a computed one', col);
  n.frozen = true;
  return n.value!.data;
}
