// The Conv2D gradient registered for the wasm backend, checked against finite differences and
// against tfjs's own Conv2DBackpropFilter (on the cpu backend, which has it).
import { describe, expect, it } from 'vitest';
import { loadTf } from './load.js';
import { filterGradient } from './wasm-gradients.js';

describe('Conv2D filter gradient from conv2d alone', () => {
  it.each([
    [1, 'valid'],
    [2, 'valid'],
    [1, 'same'],
    [2, 'same'],
    [3, 1],
  ] as const)('stride %s, padding %s: matches finite differences and tfjs', async (stride, pad) => {
    const { tf } = await loadTf('cpu');
    let seed = 3;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) - 0.5;
    const x = tf.tensor4d(Array.from({ length: 2 * 7 * 6 * 3 }, rnd), [2, 7, 6, 3]);
    const w = tf.tensor4d(Array.from({ length: 3 * 3 * 3 * 4 }, rnd), [3, 3, 3, 4]);
    const conv = (ww: import('@tensorflow/tfjs').Tensor4D) => {
      const xp = typeof pad === 'number' ? tf.pad(x, [[0, 0], [pad, pad], [pad, pad], [0, 0]]) : x;
      return tf.conv2d(xp as import('@tensorflow/tfjs').Tensor4D, ww, stride, typeof pad === 'number' ? 'valid' : pad);
    };
    const y = conv(w);
    const dy = tf.tensor4d(Array.from({ length: y.size }, rnd), y.shape as [number, number, number, number]);
    const ours = filterGradient(tf, x, dy, [3, 3, 3, 4], [stride, stride], pad).arraySync() as number[][][][];
    const theirs = tf.grad((ww: import('@tensorflow/tfjs').Tensor) => conv(ww as import('@tensorflow/tfjs').Tensor4D).mul(dy).sum())(w).arraySync() as number[][][][];
    // finite differences on a few entries: L(w) = Σ conv(w)·dy
    const L = (ww: import('@tensorflow/tfjs').Tensor4D) => conv(ww).mul(dy).sum().dataSync()[0];
    const flat = w.dataSync().slice();
    for (const k of [0, 17, 55, 107]) {
      const eps = 1e-2;
      const up = flat.slice(), dn = flat.slice();
      up[k] += eps;
      dn[k] -= eps;
      const fd = (L(tf.tensor4d(up, w.shape as never)) - L(tf.tensor4d(dn, w.shape as never))) / (2 * eps);
      const [a, b, c, d] = [Math.floor(k / 36), Math.floor(k / 12) % 3, Math.floor(k / 4) % 3, k % 4]; // [3, 3, 3, 4]
      expect(ours[a][b][c][d]).toBeCloseTo(fd, 2);
    }
    ours.flat(3).forEach((v, i) => expect(v).toBeCloseTo(theirs.flat(3)[i], 4));
  });

  it('trains a conv layer on the wasm backend (the kernel it lacks is not needed)', async () => {
    const { tf, engine } = await loadTf('fast');
    expect(engine).toMatch(/wasm|tfjs-node/);
    const x = tf.randomNormal([4, 6, 6, 2], 0, 1, 'float32', 1);
    const w = tf.variable(tf.randomNormal([3, 3, 2, 3], 0, 1, 'float32', 2));
    const { grads } = tf.variableGrads(() => tf.conv2d(x as never, w as never, 2, 'same').square().sum() as never);
    expect(grads[w.name].shape).toEqual([3, 3, 2, 3]);
    expect(Number.isFinite(grads[w.name].sum().dataSync()[0])).toBe(true);
  });
});
