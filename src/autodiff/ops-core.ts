// The linear and elementwise operations: broadcasting arithmetic, matmul, transpose, reductions,
// reshape, concatenation, indexing (a gather), and the elementwise functions.
import { Num } from '../numbers/num.js';
import { expN, lnN, nearZero, powN, sigmoidN, tanhN, ShapeErr, type Op, type OpCtx } from './op.js';
import { broadcastShape, expand, mapT, permute, sameShape, shapeText, size, strides, zeros, type Tensor } from './tensor.js';

const bshape = (ins: number[][]): number[] => {
  const s = broadcastShape(ins[0], ins[1]);
  if (!s) throw new ShapeErr(`shapes ${shapeText(ins[0])} and ${shapeText(ins[1])} do not broadcast`);
  return s;
};

function binary(f: (x: Num, y: Num) => Num, da: (g: Num, x: Num, y: Num) => Num, db: (g: Num, x: Num, y: Num) => Num): Op {
  return {
    shape: bshape,
    forward([a, b]) {
      const out = bshape([a.shape, b.shape]);
      const A = expand(a, out), B = expand(b, out);
      return { shape: out, data: A.data.map((x, i) => f(x, B.data[i])) };
    },
    backward(g, [a, b], _y, _a, ctx) {
      const A = expand(a, g.shape), B = expand(b, g.shape);
      const ga = { shape: g.shape, data: g.data.map((x, i) => da(x, A.data[i], B.data[i])) };
      const gb = { shape: g.shape, data: g.data.map((x, i) => db(x, A.data[i], B.data[i])) };
      return [ctx.reduce(ga, a.shape), ctx.reduce(gb, b.shape)];
    },
  };
}

export const add = binary((x, y) => x.add(y), (g) => g, (g) => g);
export const sub = binary((x, y) => x.sub(y), (g) => g, (g) => g.neg());
export const mul = binary((x, y) => x.mul(y), (g, _x, y) => g.mul(y), (g, x) => g.mul(x));
export const div = binary((x, y) => x.div(y), (g, _x, y) => g.div(y), (g, x, y) => g.mul(x).neg().div(y.mul(y)));

export const neg: Op = {
  shape: ([s]) => s,
  forward: ([x]) => mapT(x, (v) => v.neg()),
  backward: (g) => [mapT(g, (v) => v.neg())],
};

/** Matrix product of rank-2 data. */
export function mm(a: Num[], n: number, k: number, b: Num[], m: number): Num[] {
  const out = new Array<Num>(n * m);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      let s = Num.ZERO;
      for (let t = 0; t < k; t++) s = s.add(a[i * k + t].mul(b[t * m + j]));
      out[i * m + j] = s;
    }
  return out;
}
const tr = (d: Num[], r: number, c: number): Num[] => permute({ shape: [r, c], data: d }, [1, 0]).data;

export const matmul: Op = {
  shape([a, b]) {
    if (a.length < 1 || a.length > 2 || b.length < 1 || b.length > 2) throw new ShapeErr(`@ takes vectors and matrices, not ${shapeText(a)} @ ${shapeText(b)}`);
    const k1 = a[a.length - 1], k2 = b.length === 2 ? b[0] : b[0];
    if (k1 !== k2) throw new ShapeErr(`${shapeText(a)} @ ${shapeText(b)}: the inner sizes ${k1} and ${k2} differ`);
    return [...(a.length === 2 ? [a[0]] : []), ...(b.length === 2 ? [b[1]] : [])];
  },
  cost: ([a, b]) => size(a) * (b.length === 2 ? b[1] : 1),
  forward([a, b]) {
    const n = a.shape.length === 2 ? a.shape[0] : 1, k = a.shape[a.shape.length - 1], m = b.shape.length === 2 ? b.shape[1] : 1;
    return { shape: matmul.shape([a.shape, b.shape], {}), data: mm(a.data, n, k, b.data, m) };
  },
  backward(g, [a, b]) {
    const n = a.shape.length === 2 ? a.shape[0] : 1, k = a.shape[a.shape.length - 1], m = b.shape.length === 2 ? b.shape[1] : 1;
    return [
      { shape: a.shape, data: mm(g.data, n, m, tr(b.data, k, m), k) },
      { shape: b.shape, data: mm(tr(a.data, n, k), k, n, g.data, m) },
    ];
  },
};

export const transpose: Op<{ d0: number; d1: number }> = {
  shape([s], { d0, d1 }) {
    if (s.length < 2) return s;
    const r = s.length, out = [...s];
    [out[(d0 + r) % r], out[(d1 + r) % r]] = [s[(d1 + r) % r], s[(d0 + r) % r]];
    return out;
  },
  forward: ([x], a) => swap(x, a),
  backward: (g, _x, _y, a) => [swap(g, a)],
};
function swap(x: Tensor, { d0, d1 }: { d0: number; d1: number }): Tensor {
  const r = x.shape.length;
  if (r < 2) return x;
  const a = (d0 + r) % r, b = (d1 + r) % r;
  return permute(x, x.shape.map((_, i) => (i === a ? b : i === b ? a : i)));
}

/** Reductions over `dims` (null: all), keeping them as size 1 when `keepdim`. */
export interface ReduceAttrs {
  dims: number[] | null;
  keepdim: boolean;
  mean: boolean;
}
const kept = (s: number[], dims: number[] | null): number[] => s.map((d, i) => (dims === null || dims.includes(i) ? 1 : d));
export const reduce: Op<ReduceAttrs> = {
  shape: (s, a) => {
    const k = kept(s[0], a.dims);
    return a.keepdim ? k : s[0].filter((_, i) => !(a.dims === null || a.dims.includes(i)));
  },
  forward([x], a) {
    const k = kept(x.shape, a.dims);
    const idx = bIdx(k, x.shape);
    const data = new Array<Num>(size(k)).fill(Num.ZERO);
    x.data.forEach((v, f) => (data[idx[f]] = data[idx[f]].add(v)));
    const n = Num.int(x.data.length / Math.max(1, size(k)));
    return { shape: reduce.shape([x.shape], a), data: a.mean ? data.map((v) => v.div(n)) : data };
  },
  backward(g, [x], _y, a) {
    const k = kept(x.shape, a.dims);
    const n = Num.int(x.data.length / Math.max(1, size(k)));
    const e = expand({ shape: k, data: g.data }, x.shape);
    return [a.mean ? mapT(e, (v) => v.div(n)) : e];
  },
};
function bIdx(k: number[], out: number[]): Int32Array {
  const os = strides(out), ks = strides(k), idx = new Int32Array(size(out));
  for (let f = 0; f < idx.length; f++) {
    let r = f, s = 0;
    for (let d = 0; d < out.length; d++) {
      const c = Math.floor(r / os[d]);
      r -= c * os[d];
      if (k[d] !== 1) s += c * ks[d];
    }
    idx[f] = s;
  }
  return idx;
}

export const reshape: Op<{ to: number[] }> = {
  shape: (_s, a) => a.to,
  forward: ([x], a) => ({ shape: a.to, data: x.data }),
  backward: (g, [x]) => [{ shape: x.shape, data: g.data }],
};

export const concat: Op<{ dim: number }> = {
  shape(ins, { dim }) {
    const r = ins[0].length;
    if (r === 0) throw new ShapeErr('concat joins tensors of rank 1 or more, not scalars');
    for (const s of ins) {
      if (s.length !== r || s.some((d, i) => i !== dim && d !== ins[0][i])) throw new ShapeErr(`concat along dim ${dim}: shapes ${ins.map(shapeText).join(', ')} differ elsewhere`);
    }
    return ins[0].map((d, i) => (i === dim ? ins.reduce((t, s) => t + s[dim], 0) : d));
  },
  forward(xs, a) {
    const out = concat.shape(xs.map((x) => x.shape), a);
    const outer = size(out.slice(0, a.dim));
    const data: Num[] = [];
    for (let o = 0; o < outer; o++)
      for (const x of xs) {
        const inner = size(x.shape.slice(a.dim));
        data.push(...x.data.slice(o * inner, (o + 1) * inner));
      }
    return { shape: out, data };
  },
  backward(g, xs, _y, a) {
    const outer = size(g.shape.slice(0, a.dim));
    const parts = xs.map((x) => ({ shape: x.shape, data: [] as Num[] }));
    let p = 0;
    for (let o = 0; o < outer; o++)
      xs.forEach((x, i) => {
        const inner = size(x.shape.slice(a.dim));
        parts[i].data.push(...g.data.slice(p, p + inner));
        p += inner;
      });
    return parts;
  },
};

/** Indexing and slicing, resolved when the graph is built to the flat indices read. */
export const gather: Op<{ to: number[]; idx: Int32Array }> = {
  shape: (_s, a) => a.to,
  forward: ([x], a) => ({ shape: a.to, data: Array.from(a.idx, (i) => x.data[i]) }),
  backward(g, [x], _y, a) {
    const z = zeros(x.shape);
    a.idx.forEach((src, f) => (z.data[src] = z.data[src].add(g.data[f])));
    return [z];
  },
};

/** Elementwise functions: value, and the local derivative from input x and output y. */
function unary(f: (x: Num, a: any, ctx: OpCtx) => Num, d: (x: Num, y: Num, a: any, ctx: OpCtx) => Num, actValue = false): Op {
  return {
    shape: ([s]) => s,
    forward: ([x], a, ctx) => mapT(x, (v) => f(v, a, ctx)),
    backward(g, [x], y, a, ctx) {
      // An activation's value taken for its derivative (σ for σ(1 − σ), ReLU(z) for its 0/1 mask).
      if (actValue && ctx.mutation === 'act-value') return [{ shape: g.shape, data: g.data.map((v, i) => v.mul(y.data[i])) }];
      return [{ shape: g.shape, data: g.data.map((v, i) => v.mul(d(x.data[i], y.data[i], a, ctx))) }];
    },
  };
}

const relu0 = (x: Num, ctx: OpCtx): void => {
  if (nearZero(x)) ctx.note('kink');
};
/** The side of a ReLU input: +1, −1, or 0 at a kink (exactly 0, or 0 up to rounding). */
export const reluSide = (x: Num): number => (nearZero(x) ? 0 : x.sign());
export const relu = unary(
  (x, _a, ctx) => (relu0(x, ctx), x.sign() > 0 ? x : Num.ZERO.withExact(x.exact)),
  (x, _y, _a, ctx) => (reluSide(x) > 0 ? Num.ONE : reluSide(x) < 0 ? Num.ZERO : ctx.kink ? Num.ONE : Num.ZERO),
  true,
);
export const leakyRelu = unary(
  (x, a: { alpha: Num }, ctx) => (relu0(x, ctx), x.sign() > 0 ? x : x.mul(a.alpha)),
  (x, _y, a: { alpha: Num }, ctx) => (reluSide(x) > 0 ? Num.ONE : reluSide(x) < 0 ? a.alpha : ctx.kink ? Num.ONE : a.alpha),
  true,
);
export const sigmoid = unary((x) => sigmoidN(x), (_x, y) => y.mul(Num.ONE.sub(y)), true);
export const tanh = unary((x) => tanhN(x), (_x, y) => Num.ONE.sub(y.mul(y)), true);
export const exp = unary((x) => expN(x), (_x, y) => y);
export const log = unary((x) => lnN(x), (x) => Num.ONE.div(x));
export const sqrt = unary(
  (x) => {
    if (x.sign() < 0) throw new ShapeErr(`sqrt of ${x.toDecimalString(6)}, a negative number`);
    return x.sqrt();
  },
  (_x, y) => {
    if (y.isZero()) throw new ShapeErr('the derivative of sqrt at 0 is infinite');
    return Num.ONE.div(y.mul(Num.int(2)));
  },
);
export const pow = unary(
  (x, a: { p: Num }) => powN(x, a.p),
  (x, _y, a: { p: Num }) => a.p.mul(powN(x, a.p.sub(Num.ONE))),
);

export const sameShapeOrThrow = (a: number[], b: number[], what: string): void => {
  if (!sameShape(a, b)) throw new ShapeErr(`${what}: shapes ${shapeText(a)} and ${shapeText(b)} differ`);
};
