// The same network in TensorFlow.js: loss and gradients by tf.grads (autodiff, float32). The
// exact reference must agree within float32 accuracy; any entry that does not is named.
import type { CrossCheck, CrossCheckItem } from '../types.js';
import { loadTf } from '../../tfjs/load.js';
import type { M } from '../../numbers/matrix.js';
import type { MlpRef } from './grade.js';
import type { Net } from './network.js';

const f32 = (m: M) => m.map((r) => r.map((x) => x.toNumber()));

export async function crossCheckMlp(net: Net, ref: MlpRef): Promise<CrossCheck> {
  const { tf, engine } = await loadTf('cpu');
  const p = ref.passes[0]; // tfjs's ReLU gradient at 0 is 0: convention 0
  const X = tf.tensor2d(f32(net.X));
  const Tt = tf.tensor2d(f32(net.T));
  const params = net.layers.flatMap((l) => [tf.tensor2d(f32(l.W)), tf.tensor1d(l.b.map((x) => x.toNumber()))]);
  const N = net.X.length, k = net.T[0].length;
  // ReLU's side is taken from the exact pre-activation: a z that is exactly 0 is ±4e-9 in float32,
  // and tfjs would then take the other slope than the reference's convention 0.
  const masks = net.layers.map((l, i) => (l.act === 'relu' || l.act === 'leaky-relu' ? tf.tensor2d(p.Z[i].map((r) => r.map((z) => (z.sign() > 0 ? 1 : 0)))) : null));
  const lossFn = (...ws: import('@tensorflow/tfjs').Tensor[]) => {
    let a: import('@tensorflow/tfjs').Tensor = X;
    net.layers.forEach((l, i) => {
      const z = tf.add(tf.matMul(a as import('@tensorflow/tfjs').Tensor2D, ws[2 * i] as import('@tensorflow/tfjs').Tensor2D, false, true), ws[2 * i + 1]);
      const m = masks[i]!;
      a =
        l.act === 'relu' ? tf.mul(z, m)
        : l.act === 'leaky-relu' ? tf.mul(z, tf.add(m, tf.mul(tf.sub(1, m), l.alpha.toNumber())))
        : l.act === 'sigmoid' ? tf.sigmoid(z)
        : l.act === 'tanh' ? tf.tanh(z)
        : l.act === 'softmax' ? tf.softmax(z)
        : z;
    });
    const sq = tf.sum(tf.square(tf.sub(a, Tt)));
    switch (net.loss) {
      case 'half-sse': return tf.mul(sq, 0.5) as import('@tensorflow/tfjs').Scalar;
      case 'sse': return sq as import('@tensorflow/tfjs').Scalar;
      case 'mse': return tf.div(sq, N * k) as import('@tensorflow/tfjs').Scalar;
      default: return tf.neg(tf.div(tf.sum(tf.mul(Tt, tf.log(a))), N)) as import('@tensorflow/tfjs').Scalar;
    }
  };
  const value = lossFn(...params);
  const g = tf.grads(lossFn)(params);
  const items: CrossCheckItem[] = [];
  const check = (name: string, exact: number[][], got: number[][]) => {
    let maxDiff = 0, worst = '';
    exact.forEach((r, i) =>
      r.forEach((e, j) => {
        const d = Math.abs(e - got[i][j]);
        // float32 carries ~7 digits; a network of a few layers loses one or two of them.
        const ok = d <= 1e-5 + 1e-4 * Math.abs(e);
        if (d > maxDiff) maxDiff = d;
        if (!ok && !worst) worst = `${name}[${i + 1}][${j + 1}]: exact ${e}, tfjs ${got[i][j]}`;
      }),
    );
    items.push({ name, ok: !worst, maxDiff, ...(worst ? { detail: worst } : {}) });
  };
  check('loss', [[p.loss.toNumber()]], [[value.dataSync()[0]]]);
  net.layers.forEach((_, i) => {
    check(`dW${i + 1}`, f32(p.dW[i]), g[2 * i].arraySync() as number[][]);
    check(`db${i + 1}`, [p.db[i].map((x) => x.toNumber())], [g[2 * i + 1].arraySync() as number[]]);
  });
  tf.dispose([X, Tt, ...params, ...g, value, ...masks.filter((m) => m !== null)]);
  return { engine, items };
}
