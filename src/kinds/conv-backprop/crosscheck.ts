// The same layer in TensorFlow.js: conv2d forward (NHWC, explicit padding), and tf.grads for
// dX, dW and db. The ReLU mask and the max-pool routing come from the exact pass: where a ReLU
// input is exactly 0, float32 may land on either side of it, and a tie in a pooling window may
// go either way; the cross-check is of the convolution, so it takes the exact choice. im2col is
// checked by rebuilding Z from it as a matrix product.
import type { CrossCheck, CrossCheckItem } from '../types.js';
import { loadTf } from '../../tfjs/load.js';
import type { Num } from '../../numbers/num.js';
import type { ConvRef } from './grade.js';
import type { ConvGiven } from './model.js';
import { entries, mapNested, type Nested, type T4 } from './tensor.js';

type Tf = typeof import('@tensorflow/tfjs');
type Tensor = import('@tensorflow/tfjs').Tensor;

const num = (t: Nested<Num>): Nested<number> => mapNested(t, (x) => x.toNumber());

export async function crossCheckConv(g: ConvGiven, ref: ConvRef): Promise<CrossCheck> {
  const { tf, engine } = await loadTf('cpu');
  const p = ref.passes[0]; // tfjs's and PyTorch's convention: ReLU'(0) = 0
  const { B, F, Ho, Wo } = g.dims;
  const nhwcN = (t: number[][][][]) => tf.tensor4d(t).transpose([0, 2, 3, 1]);
  const nhwc = (t: T4) => nhwcN(num(t) as number[][][][]);
  const X = nhwc(g.X);
  const W = tf.tensor4d(num(g.W) as number[][][][]).transpose([2, 3, 1, 0]); // [kh, kw, C, F]
  const b = tf.tensor1d(g.bias.map((x) => x.toNumber()));
  const pad = g.padding > 0 ? ([[0, 0], [g.padding, g.padding], [g.padding, g.padding], [0, 0]] as [[number, number], [number, number], [number, number], [number, number]]) : ('valid' as const);
  const mask = nhwcN(afterMask(g, p.Z, p.A));
  const up = g.upstream;
  const constant = up.kind === 'upstream' ? nhwc(up.delta) : up.kind === 'weighted-sum' ? nhwc(up.weights) : nhwc(up.target);
  const layer = (x: Tensor, w: Tensor, bias: Tensor) => tf.add(tf.conv2d(x as import('@tensorflow/tfjs').Tensor4D, w as import('@tensorflow/tfjs').Tensor4D, g.stride, pad), bias);
  const output = (z: Tensor): Tensor => {
    if (!g.after) return z;
    if (g.after.kind === 'relu') return tf.mul(z, mask);
    const k = g.after.size;
    return tf.mul(tf.avgPool(tf.mul(z, mask) as import('@tensorflow/tfjs').Tensor4D, k, k, 'valid'), k * k);
  };
  const loss = (x: Tensor, w: Tensor, bias: Tensor) => {
    const a = output(layer(x, w, bias));
    return (up.kind === 'half-sse' ? tf.mul(tf.sum(tf.square(tf.sub(a, constant))), 0.5) : tf.sum(tf.mul(a, constant))) as import('@tensorflow/tfjs').Scalar;
  };
  const Z = layer(X, W, b);
  const [dX, dW, db] = tf.grads(loss)([X, W, b]);
  const items: CrossCheckItem[] = [];
  const check = (name: string, exact: Nested<number>, got: Nested<number>) => {
    let maxDiff = 0, worst = '';
    const g32 = entries(got);
    entries(exact).forEach(({ at, value: e }, i) => {
      const t = g32[i].value;
      const d = Math.abs(e - t);
      if (d > maxDiff) maxDiff = d;
      // float32 carries ~7 digits; sums of a few hundred products lose one or two.
      if (!(d <= 1e-4 * (1 + Math.abs(e))) && !worst) worst = `${name}[${at.map((k) => k + 1).join(', ')}]: exact ${e}, tfjs ${t}`;
    });
    items.push({ name, ok: !worst, maxDiff, ...(worst ? { detail: worst } : {}) });
  };
  const back = (t: Tensor) => t.transpose([0, 3, 1, 2]).arraySync() as number[][][][];
  check('Z', num(p.Z), back(Z));
  check('dX', num(p.dX), back(dX));
  check('dW', num(p.dW), dW.transpose([3, 2, 0, 1]).arraySync() as number[][][][]);
  check('db', num(p.db), db.arraySync() as number[]);
  // im2col · Wᵀ + b rebuilds Z, one row per (example, position), one column per filter.
  const cols = tf.tensor2d(num(p.im2col) as number[][]);
  const Wmat = tf.tensor2d(g.W.map((wf) => wf.flat(2).map((x) => x.toNumber())));
  const rebuilt = tf.add(tf.matMul(cols, Wmat, false, true), b);
  const zRows = Z.reshape([B * Ho * Wo, F]).arraySync() as number[][];
  check('im2col', rebuilt.arraySync() as number[][], zRows);
  tf.dispose([X, W, b, mask, constant, Z, dX, dW, db, cols, Wmat, rebuilt]);
  return { engine, items };
}

/** 1 where the layer's output takes Z (ReLU: Z > 0; max pool: each window's first maximum), else 0. */
function afterMask(g: ConvGiven, Z: T4, A: T4): number[][][][] {
  const one = (x: boolean) => (x ? 1 : 0);
  const mask = (f: (z: Num, b: number, c: number, y: number, x: number) => number) => Z.map((zb, b) => zb.map((zc, c) => zc.map((row, y) => row.map((z, x) => f(z, b, c, y, x)))));
  if (!g.after) return mask(() => 1);
  if (g.after.kind === 'relu') return mask((z) => one(z.sign() > 0));
  const k = g.after.size;
  const taken = new Set<string>();
  A.forEach((a, b) => a.forEach((m, f) => m.forEach((r, u) => r.forEach((v, w) => {
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) if (!taken.has(`${b},${f},${u},${w}`) && Z[b][f][u * k + i][w * k + j].eq(v)) taken.add(`${b},${f},${u},${w}`), taken.add(`${b},${f},${u * k + i},${w * k + j}@`);
  }))));
  return mask((_z, b, f, y, x) => one(taken.has(`${b},${f},${y},${x}@`)));
}
