// The wasm backend has no Conv2DBackpropFilter kernel, so training a conv net on it fails.
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
        x: () => tf.conv2dTranspose(g, filter, x.shape as [number, number, number, number], a.strides as [number, number], a.pad as 'valid' | 'same'),
        filter: () => filterGradient(tf, x, g, filter.shape as [number, number, number, number], strides as [number, number], a.pad),
      };
    },
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
