// The wasm backend has no Conv2DBackpropFilter kernel, so training a conv net on it fails, and
// its transposed matMul and Conv2DBackpropInput are slow scalar loops. The gradients below use
// only kernels wasm runs fast: plain conv2d, plain matMul, transpose, pad, reverse.
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
      const a = attrs as unknown as { strides: number | [number, number]; pad: 'valid' | 'same' | number; dilations: number | [number, number]; dataFormat: string };
      const g = dy as import('@tensorflow/tfjs').Tensor4D;
      const strides = typeof a.strides === 'number' ? [a.strides, a.strides] : a.strides;
      return {
        x: () => inputGradient(tf, g, filter, x.shape as [number, number, number, number], strides as [number, number], a.pad),
        filter: () => filterGradient(tf, x, g, filter.shape as [number, number, number, number], strides as [number, number], a.pad),
      };
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

/**
 * dL/dx of a conv. For stride 1 it is a plain convolution of the padded output gradient with
 * the spatially flipped filter (in and out channels swapped); otherwise tf.conv2dTranspose.
 */
export function inputGradient(
  tf: Tf,
  dy: import('@tensorflow/tfjs').Tensor4D,
  filter: import('@tensorflow/tfjs').Tensor4D,
  xShape: [number, number, number, number],
  strides: [number, number],
  pad: 'valid' | 'same' | number,
): import('@tensorflow/tfjs').Tensor4D {
  const [kh, kw] = filter.shape;
  if (strides[0] !== 1 || strides[1] !== 1) return tf.conv2dTranspose(dy, filter, xShape, strides, pad as 'valid' | 'same');
  return tf.tidy(() => {
    // Forward padding (top, left); the backward pass pads dy by k − 1 − that on each side.
    const [pt, pl] = pad === 'same' ? [Math.floor((kh - 1) / 2), Math.floor((kw - 1) / 2)] : typeof pad === 'number' ? [pad, pad] : [0, 0];
    const [pb, pr] = pad === 'same' ? [kh - 1 - pt, kw - 1 - pl] : [pt, pl];
    const padded = tf.pad(dy, [[0, 0], [kh - 1 - pt, kh - 1 - pb], [kw - 1 - pl, kw - 1 - pr], [0, 0]]);
    const flipped = tf.transpose(tf.reverse(filter, [0, 1]), [0, 1, 3, 2]) as import('@tensorflow/tfjs').Tensor4D;
    return tf.conv2d(padded as import('@tensorflow/tfjs').Tensor4D, flipped, 1, 'valid').slice([0, 0, 0, 0], xShape) as import('@tensorflow/tfjs').Tensor4D;
  });
}

/** dL/dW of a stride-s conv (NHWC), from conv2d alone. */
export function filterGradient(
  tf: Tf,
  x: import('@tensorflow/tfjs').Tensor4D,
  dy: import('@tensorflow/tfjs').Tensor4D,
  filterShape: [number, number, number, number],
  strides: [number, number],
  pad: 'valid' | 'same' | number,
): import('@tensorflow/tfjs').Tensor4D {
  return tf.tidy(() => {
    const [kh, kw] = filterShape;
    let xp = x;
    if (pad === 'same') {
      const [, h, w] = x.shape;
      const [, oh, ow] = dy.shape;
      const ph = Math.max((oh - 1) * strides[0] + kh - h, 0);
      const pw = Math.max((ow - 1) * strides[1] + kw - w, 0);
      xp = tf.pad(x, [[0, 0], [Math.floor(ph / 2), ph - Math.floor(ph / 2)], [Math.floor(pw / 2), pw - Math.floor(pw / 2)], [0, 0]]);
    } else if (typeof pad === 'number' && pad > 0) {
      xp = tf.pad(x, [[0, 0], [pad, pad], [pad, pad], [0, 0]]);
    }
    // [N, H, W, Cin] → [Cin, H, W, N]: channels become the batch, the batch becomes channels.
    const xt = tf.transpose(xp, [3, 1, 2, 0]);
    // [N, OH, OW, Cout] → [OH, OW, N, Cout]: the output gradient becomes the filter.
    const dyt = tf.transpose(dy, [1, 2, 0, 3]);
    // Strided output positions are `stride` apart in the input: a dilated filter.
    const r = tf.conv2d(xt, dyt as import('@tensorflow/tfjs').Tensor4D, 1, 'valid', 'NHWC', strides);
    // r: [Cin, kh', kw', Cout] → [kh, kw, Cin, Cout] (crop: 'valid' leftovers beyond the kernel)
    return tf.transpose(r, [1, 2, 0, 3]).slice([0, 0, 0, 0], [kh, kw, -1, -1]) as import('@tensorflow/tfjs').Tensor4D;
  });
}

