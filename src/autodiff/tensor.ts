// Exact tensors: a shape and its entries (Num) in row-major order. Rank 0 is a scalar. The
// helpers here are the index arithmetic every op shares: broadcasting, reducing a broadcast
// gradient back to its operand's shape, strides.
import { Num } from '../numbers/num.js';

export interface Tensor {
  shape: number[];
  data: Num[];
}

export const size = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);
export const tensor = (shape: number[], data: Num[]): Tensor => ({ shape, data });
export const scalar = (x: Num): Tensor => ({ shape: [], data: [x] });
export const full = (shape: number[], x: Num): Tensor => ({ shape, data: new Array(size(shape)).fill(x) });
export const zeros = (shape: number[]): Tensor => full(shape, Num.ZERO);
export const mapT = (t: Tensor, f: (x: Num, i: number) => Num): Tensor => ({ shape: t.shape, data: t.data.map(f) });
export const zipT = (a: Tensor, b: Tensor, f: (x: Num, y: Num) => Num): Tensor => ({ shape: a.shape, data: a.data.map((x, i) => f(x, b.data[i])) });
export const addT = (a: Tensor, b: Tensor): Tensor => zipT(a, b, (x, y) => x.add(y));
export const sameShape = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((d, i) => d === b[i]);
export const shapeText = (s: readonly number[]): string => (s.length === 0 ? 'a scalar' : s.join('×'));

export function strides(shape: readonly number[]): number[] {
  const st = new Array(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    st[i] = acc;
    acc *= shape[i];
  }
  return st;
}

/** The broadcast shape of two shapes (NumPy rules), or null when they do not broadcast. */
export function broadcastShape(a: readonly number[], b: readonly number[]): number[] | null {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - n + i] ?? 1, y = b[b.length - n + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) return null;
    out.push(x === 1 ? y : x);
  }
  return out;
}

/** For each flat index of `out`, the flat index of the operand of shape `shape` it reads. */
export function broadcastIndex(shape: readonly number[], out: readonly number[]): Int32Array {
  const n = size(out), idx = new Int32Array(n);
  const os = strides(out), is = strides(shape), off = out.length - shape.length;
  for (let f = 0; f < n; f++) {
    let r = f, src = 0;
    for (let d = 0; d < out.length; d++) {
      const c = Math.floor(r / os[d]);
      r -= c * os[d];
      const dd = d - off;
      if (dd >= 0 && shape[dd] !== 1) src += c * is[dd];
    }
    idx[f] = src;
  }
  return idx;
}

export function expand(t: Tensor, out: number[]): Tensor {
  if (sameShape(t.shape, out)) return t;
  const idx = broadcastIndex(t.shape, out);
  return { shape: out, data: Array.from(idx, (i) => t.data[i]) };
}

/** The gradient of a broadcast operand: the upstream gradient summed over the stretched dimensions. */
export function reduceTo(g: Tensor, shape: number[]): Tensor {
  if (sameShape(g.shape, shape)) return g;
  const idx = broadcastIndex(shape, g.shape);
  const data = new Array<Num>(size(shape)).fill(Num.ZERO);
  g.data.forEach((x, f) => (data[idx[f]] = data[idx[f]].add(x)));
  return { shape, data };
}

/** The entry at a multi-index. */
export function at(t: Tensor, ix: readonly number[]): Num {
  const st = strides(t.shape);
  return t.data[ix.reduce((s, c, d) => s + c * st[d], 0)];
}

/** A tensor as nested arrays (rank 0: the value itself), for YAML answers and tables. */
export function nested<T>(t: Tensor, f: (x: Num) => T): unknown {
  if (t.shape.length === 0) return f(t.data[0]);
  const go = (d: number, off: number): unknown[] => {
    const st = strides(t.shape)[d];
    return Array.from({ length: t.shape[d] }, (_, i) => (d === t.shape.length - 1 ? f(t.data[off + i]) : go(d + 1, off + i * st)));
  };
  return go(0, 0);
}

/** Written the way students write tensors: 0.5, [1, 2], [[1, 2], [3, 4]]. */
export function formatTensor(t: Tensor, fmt: (x: Num) => string = (x) => x.toString()): string {
  const show = (v: unknown): string => (Array.isArray(v) ? `[${v.map(show).join(', ')}]` : String(v));
  return show(nested(t, fmt));
}

/** Rank-2 view (rows = all leading dimensions, columns = the last) used for per-entry comparison. */
export function asRows(t: Tensor): Num[][] {
  if (t.shape.length === 0) return [[t.data[0]]];
  const cols = t.shape[t.shape.length - 1];
  const rows: Num[][] = [];
  for (let i = 0; i < t.data.length; i += cols) rows.push(t.data.slice(i, i + cols));
  return rows.length ? rows : [[]];
}

/** Shapes without their size-1 dimensions: [1, 3] and [3] name the same numbers. */
export const squeezed = (s: readonly number[]): number[] => s.filter((d) => d !== 1);

export function transpose2(t: Tensor, d0 = 0, d1 = 1): Tensor {
  const r = t.shape.length;
  if (r < 2) return t;
  const a = ((d0 % r) + r) % r, b = ((d1 % r) + r) % r;
  const perm = t.shape.map((_, i) => (i === a ? b : i === b ? a : i));
  return permute(t, perm);
}

export function permute(t: Tensor, perm: number[]): Tensor {
  const shape = perm.map((p) => t.shape[p]);
  const is = strides(t.shape), os = strides(shape);
  const n = t.data.length, data = new Array<Num>(n);
  for (let f = 0; f < n; f++) {
    let r = f, src = 0;
    for (let d = 0; d < shape.length; d++) {
      const c = Math.floor(r / os[d]);
      r -= c * os[d];
      src += c * is[perm[d]];
    }
    data[f] = t.data[src];
  }
  return { shape, data };
}
