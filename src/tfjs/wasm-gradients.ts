// The wasm backend has no Conv2DBackpropFilter kernel, so training a conv net on it fails, and
// its transposed matMul and Conv2DBackpropInput are slow scalar loops. The gradients below use
// only kernels wasm runs fast: plain conv2d, plain matMul, transpose, reverse
// (and a loop in JavaScript for the max-pool gradient).
//
// This registers a gradient for Conv2D whose filter part is computed from kernels wasm has:
// dW = conv(xᵀ, dyᵀ) — the input with batch and channels swapped, convolved with the output
// gradient (batch and channels swapped) used as a filter, dilated by the stride — then
// transposed back to [kh, kw, in, out]. The input part uses tf.conv2dTranspose as usual.
import type { Tf } from './load.js';

let registered = false;

export function registerWasmGradients(tf: Tf): void {
  if (registered) return;
  registered = true;
  tf.registerGradient({
    kernelName: tf.Conv2D,
    inputsToSave: ['x', 'filter'],
    gradFunc: (dy, saved, attrs) => {
      const [x, filter] = saved as [import('@tensorflow/tfjs').Tensor4D, import('@tensorflow/tfjs').Tensor4D];
      const a = attrs as unknown as { strides: number | [number, number]; pad: ConvPad; dilations: number | [number, number]; dataFormat: string };
      const g = dy as import('@tensorflow/tfjs').Tensor4D;
      const strides = typeof a.strides === 'number' ? [a.strides, a.strides] : a.strides;
      return {
        x: () => inputGradient(tf, g, filter, x.shape as [number, number, number, number], strides as [number, number], a.pad),
        filter: () => filterGradient(tf, x, g, filter.shape as [number, number, number, number], strides as [number, number], a.pad),
      };
    },
  });
  tf.registerGradient({
    kernelName: tf.MaxPool,
    inputsToSave: ['x'],
    gradFunc: (dy, saved, attrs) => {
      const [x] = saved as Tensor4D[];
      return { x: () => maxPoolGradient(tf, dy as Tensor4D, x, attrs as never) };
    },
  });
  // dA = dy·Bᵀ, dB = Aᵀ·dy with explicit transposes: wasm's transposed matMul is slow.
  tf.registerGradient({
    kernelName: tf.BatchMatMul,
    inputsToSave: ['a', 'b'],
    gradFunc: (dy, saved, attrs) => {
      const [a, b] = saved as import('@tensorflow/tfjs').Tensor[];
      const { transposeA, transposeB } = attrs as unknown as { transposeA: boolean; transposeB: boolean };
      const g = dy as import('@tensorflow/tfjs').Tensor;
      const T = (t: import('@tensorflow/tfjs').Tensor) => tf.transpose(t, t.rank === 2 ? [1, 0] : [...Array.from({ length: t.rank - 2 }, (_, i) => i), t.rank - 1, t.rank - 2]);
      const mm = (x: import('@tensorflow/tfjs').Tensor, y: import('@tensorflow/tfjs').Tensor) => tf.matMul(x as never, y as never);
      if (!transposeA && !transposeB) return { a: () => mm(g, T(b)), b: () => mm(T(a), g) };
      if (!transposeA && transposeB) return { a: () => mm(g, b), b: () => mm(T(g), a) };
      if (transposeA && !transposeB) return { a: () => mm(b, T(g)), b: () => mm(a, g) };
      return { a: () => mm(T(b), T(g)), b: () => mm(T(g), T(a)) };
    },
  });
}

type Tensor4D = import('@tensorflow/tfjs').Tensor4D;
type ConvPad = 'valid' | 'same' | number | [[number, number], [number, number], [number, number], [number, number]];

/**
 * The padding a conv adds around its input, [top, bottom, left, right], as tfjs computes it
 * ('same' puts the odd pixel at the bottom/right).
 */
export function padAmounts(pad: ConvPad, inHW: [number, number], outHW: [number, number], kernel: [number, number], strides: [number, number]): [number, number, number, number] {
  if (typeof pad === 'number') return [pad, pad, pad, pad];
  if (Array.isArray(pad)) return [pad[1][0], pad[1][1], pad[2][0], pad[2][1]];
  if (pad === 'valid') return [0, 0, 0, 0];
  const ph = Math.max((outHW[0] - 1) * strides[0] + kernel[0] - inHW[0], 0);
  const pw = Math.max((outHW[1] - 1) * strides[1] + kernel[1] - inHW[1], 0);
  return [Math.floor(ph / 2), ph - Math.floor(ph / 2), Math.floor(pw / 2), pw - Math.floor(pw / 2)];
}

const explicit = (t: number, b: number, l: number, r: number): ConvPad => [[0, 0], [t, b], [l, r], [0, 0]];

/**
 * dL/dx of a conv. For stride 1 it is a plain convolution of the output gradient with the
 * spatially flipped filter (in and out channels swapped), padded by k − 1 − p inside the conv
 * (no separate pad or crop); otherwise tf.conv2dTranspose.
 */
export function inputGradient(tf: Tf, dy: Tensor4D, filter: Tensor4D, xShape: [number, number, number, number], strides: [number, number], pad: ConvPad): Tensor4D {
  const [kh, kw] = filter.shape;
  const [pt, pb, pl, pr] = padAmounts(pad, [xShape[1], xShape[2]], [dy.shape[1], dy.shape[2]], [kh, kw], strides);
  const back = [kh - 1 - pt, kh - 1 - pb, kw - 1 - pl, kw - 1 - pr] as const;
  if (strides[0] !== 1 || strides[1] !== 1 || back.some((p) => p < 0)) return tf.conv2dTranspose(dy, filter, xShape, strides, explicitOrName(pad));
  return tf.tidy(() => {
    const flipped = tf.transpose(tf.reverse(filter, [0, 1]), [0, 1, 3, 2]) as Tensor4D;
    return tf.conv2d(dy, flipped, 1, explicit(...back) as never);
  });
}

/** conv2dTranspose takes 'valid', 'same' or a number, not an explicit padding. */
function explicitOrName(pad: ConvPad): 'valid' | 'same' | number {
  if (!Array.isArray(pad)) return pad;
  throw new Error('a strided conv with explicit padding has no input gradient here');
}

/** dL/dW of a stride-s conv (NHWC), from conv2d alone. */
export function filterGradient(tf: Tf, x: Tensor4D, dy: Tensor4D, filterShape: [number, number, number, number], strides: [number, number], pad: ConvPad): Tensor4D {
  return tf.tidy(() => {
    const [kh, kw] = filterShape;
    const [pt, pb, pl, pr] = padAmounts(pad, [x.shape[1], x.shape[2]], [dy.shape[1], dy.shape[2]], [kh, kw], strides);
    // [N, H, W, Cin] → [Cin, H, W, N]: channels become the batch, the batch becomes channels.
    const xt = tf.transpose(x, [3, 1, 2, 0]) as Tensor4D;
    // [N, OH, OW, Cout] → [OH, OW, N, Cout]: the output gradient becomes the filter.
    const dyt = tf.transpose(dy, [1, 2, 0, 3]) as Tensor4D;
    // Strided output positions are `stride` apart in the input: a dilated filter. The forward
    // padding goes into this conv too.
    const r = tf.conv2d(xt, dyt, 1, explicit(pt, pb, pl, pr) as never, 'NHWC', strides);
    // r: [Cin, kh', kw', Cout] → [kh, kw, Cin, Cout] (crop: 'valid' leftovers beyond the kernel)
    const w = tf.transpose(r, [1, 2, 0, 3]);
    return (w.shape[0] === kh && w.shape[1] === kw ? w : w.slice([0, 0, 0, 0], [kh, kw, -1, -1])) as Tensor4D;
  });
}

/**
 * dL/dx of a max pool: each window's dy goes to its first maximum (row-major; tfjs's rule, the
 * cpu backend's maxPoolPositions). A plain loop over the data. For the seed-002 CNN's two pools
 * on a 50-image shard, wasm's MaxPoolGrad kernel took 7.3–7.9 + 3.7 ms, this 4.4–5.5 + 2.1–2.3 ms,
 * copies in and out of the wasm heap included.
 */
export function maxPoolGradient(tf: Tf, dy: Tensor4D, x: Tensor4D, attrs: { filterSize: number | [number, number]; strides: number | [number, number]; pad: 'valid' | 'same' | number; dimRoundingMode?: 'floor' | 'round' | 'ceil' }): Tensor4D {
  const info = tf.backend_util.computePool2DInfo(x.shape, attrs.filterSize, attrs.strides, 1, attrs.pad, attrs.dimRoundingMode);
  const { batchSize: n, inHeight: h, inWidth: w, inChannels: c, outHeight: oh, outWidth: ow, strideHeight: sh, strideWidth: sw, filterHeight: fh, filterWidth: fw } = info;
  const xv = x.dataSync(), gv = dy.dataSync();
  const dx = new Float32Array(x.size);
  const pt = info.padInfo.top, pl = info.padInfo.left;
  if (fh === 2 && fw === 2 && sh === 2 && sw === 2 && pt === 0 && pl === 0) {
    pool2x2Gradient(xv as Float32Array, gv as Float32Array, dx, n, h, w, c, oh, ow);
    return tf.tensor4d(dx, x.shape);
  }
  for (let b = 0; b < n; b++)
    for (let oy = 0; oy < oh; oy++) {
      const r0 = Math.max(oy * sh - pt, 0), r1 = Math.min(oy * sh - pt + fh, h);
      for (let ox = 0; ox < ow; ox++) {
        const c0 = Math.max(ox * sw - pl, 0), c1 = Math.min(ox * sw - pl + fw, w);
        const g = ((b * oh + oy) * ow + ox) * c;
        for (let d = 0; d < c; d++) {
          let best = -Infinity, at = -1;
          for (let r = r0; r < r1; r++) {
            let i = ((b * h + r) * w + c0) * c + d;
            for (let col = c0; col < c1; col++, i += c)
              if (xv[i] > best) {
                best = xv[i];
                at = i;
              }
          }
          if (at >= 0) dx[at] += gv[g + d];
        }
      }
    }
  return tf.tensor4d(dx, x.shape);
}

/**
 * The common 2×2, stride-2 pool without branches on the data (the general loop's `>` tests
 * mispredict on real activations; ≈ 25 % faster). Ties go to the earlier cell, as above.
 */
function pool2x2Gradient(xv: Float32Array, gv: Float32Array, dx: Float32Array, n: number, h: number, w: number, c: number, oh: number, ow: number): void {
  const down = w * c;
  for (let b = 0; b < n; b++)
    for (let oy = 0; oy < oh; oy++)
      for (let ox = 0; ox < ow; ox++) {
        const g = ((b * oh + oy) * ow + ox) * c;
        const base = ((b * h + oy * 2) * w + ox * 2) * c;
        for (let d = 0; d < c; d++) {
          const i0 = base + d, i1 = i0 + c, i2 = i0 + down, i3 = i2 + c;
          const v0 = xv[i0], v1 = xv[i1], v2 = xv[i2], v3 = xv[i3];
          const top = v1 > v0 ? i1 : i0, topMax = v1 > v0 ? v1 : v0;
          const bottom = v3 > v2 ? i3 : i2, bottomMax = v3 > v2 ? v3 : v2;
          dx[bottomMax > topMax ? bottom : top] = gv[g + d]; // windows do not overlap: one write per cell
        }
      }
}
