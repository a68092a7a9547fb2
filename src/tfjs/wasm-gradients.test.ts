// The Conv2D gradient registered for the wasm backend, checked against finite differences and
// against tfjs's own Conv2DBackpropFilter (on the cpu backend, which has it).
import { describe, expect, it } from 'vitest';
import { loadTf } from './load.js';
import { filterGradient, inputGradient, maxPoolGradient } from './wasm-gradients.js';

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

describe('the other gradients routed through fast kernels', () => {
  it.each(['valid', 'same', 2] as const)('conv input gradient, stride 1, padding %s, equals tfjs', async (pad) => {
    const { tf } = await loadTf('cpu');
    const x = tf.randomNormal([2, 6, 7, 3], 0, 1, 'float32', 4) as import('@tensorflow/tfjs').Tensor4D;
    const w = tf.randomNormal([3, 3, 3, 5], 0, 1, 'float32', 5) as import('@tensorflow/tfjs').Tensor4D;
    const conv = (xx: import('@tensorflow/tfjs').Tensor4D) => tf.conv2d(typeof pad === 'number' ? (tf.pad(xx, [[0, 0], [pad, pad], [pad, pad], [0, 0]]) as never) : xx, w, 1, pad === 'same' ? 'same' : 'valid');
    const dy = tf.randomNormal(conv(x).shape, 0, 1, 'float32', 6) as import('@tensorflow/tfjs').Tensor4D;
    // our gradient w.r.t. the (padded, for numeric padding) input, cropped back like tfjs does
    const ours = inputGradient(tf, dy, w, x.shape as never, [1, 1], pad);
    const theirs = tf.grad((xx: import('@tensorflow/tfjs').Tensor) => conv(xx as never).mul(dy).sum())(x);
    const a = ours.dataSync(), b = theirs.dataSync();
    expect(a.length).toBe(b.length);
    a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 3));
  });

  it('matMul gradients with explicit transposes equal the defaults (all four transpose flags)', async () => {
    const { tf } = await loadTf('fast'); // registers the gradients
    const a = tf.randomNormal([4, 3], 0, 1, 'float32', 7), b = tf.randomNormal([3, 5], 0, 1, 'float32', 8);
    const dy = tf.randomNormal([4, 5], 0, 1, 'float32', 9);
    for (const [ta, tb] of [[false, false], [false, true], [true, false], [true, true]] as const) {
      const A = ta ? a.transpose() : a, B = tb ? b.transpose() : b;
      const [ga, gb] = tf.grads((x: import('@tensorflow/tfjs').Tensor, y: import('@tensorflow/tfjs').Tensor) => tf.matMul(x as never, y as never, ta, tb).mul(dy).sum())([A, B]);
      // expected by hand: d/dA of Σ (op(A)·op(B)) ⊙ dy
      const eA = ta ? tf.matMul(B as never, dy as never, tb, true) : tf.matMul(dy as never, B as never, false, !tb);
      const eB = tb ? tf.matMul(dy as never, A as never, true, ta) : tf.matMul(A as never, dy as never, !ta, false);
      ga.dataSync().forEach((v, i) => expect(v).toBeCloseTo(eA.dataSync()[i], 4));
      gb.dataSync().forEach((v, i) => expect(v).toBeCloseTo(eB.dataSync()[i], 4));
    }
  });

  // Whole numbers 0..3 make ties in most windows: the first maximum (row-major) gets dy, as in tfjs.
  it.each([
    ['2×2 windows tiling 6×8', [2, 6, 8, 3], 2, 2, 'valid'],
    ['2×2 windows, odd 7×5 (last row and column unused)', [2, 7, 5, 3], 2, 2, 'valid'],
    ['3×3 windows tiling 6×6', [1, 6, 6, 2], 3, 3, 'valid'],
    ['overlapping 3×3 windows, stride 2', [1, 7, 7, 2], 3, 2, 'valid'],
    ['3×3 windows, stride 2, same padding', [2, 7, 6, 2], 3, 2, 'same'],
    ['2×2 windows, stride 1, same padding', [1, 5, 5, 3], 2, 1, 'same'],
  ] as const)('max-pool gradient, %s, equals the MaxPoolGrad kernel, ties included', async (_, shape, size, stride, pad = 'valid') => {
    const { tf } = await loadTf('cpu');
    // The reference is the cpu backend's kernel (wasm's breaks ties differently), whichever
    // backend an earlier test left active.
    const active = tf.getBackend();
    await tf.setBackend('cpu');
    let seed = 11;
    const rnd = () => Math.floor(((seed = (seed * 16807) % 2147483647) / 2147483647) * 4); // Park–Miller

    const x = tf.tensor4d(Array.from({ length: shape.reduce((a, b) => a * b) }, rnd), [...shape]);
    const y = tf.maxPool(x, size, stride, pad);
    const dy = tf.randomNormal(y.shape, 0, 1, 'float32', 12) as import('@tensorflow/tfjs').Tensor4D;
    const ours = maxPoolGradient(tf, dy, x, { filterSize: size, strides: stride, pad });
    const theirs = tf.engine().runKernel(tf.MaxPoolGrad, { dy, input: x, output: y } as never, { filterSize: size, strides: stride, pad } as never) as import('@tensorflow/tfjs').Tensor;
    expect(ours.shape).toEqual(x.shape);
    // Overlapping windows add several dy into one cell: the order of the sums may differ.
    const t = theirs.dataSync();
    ours.dataSync().forEach((v, i) => expect(v).toBeCloseTo(t[i], 6));
    expect(ours.dataSync().filter((v) => v !== 0).length).toBeGreaterThan(0);
    expect(new Set(x.dataSync()).size).toBe(4); // the input really has ties (values 0..3)
    await tf.setBackend(active);
  });
});
