// The same graph built from TensorFlow.js ops (float32), its values and tf.grads compared with
// the exact reference. Built op by op from tfjs's own kernels (matMul, conv2d, softmax by exp
// and sum…), not from the exact code; only the choices at a ReLU kink or a max-pool tie are
// taken from the exact pass (float32 cannot tell 0 from 4e-9), so both follow convention 0.
import type { Tensor as TfTensor } from '@tensorflow/tfjs';
import type { CrossCheck, CrossCheckItem } from '../types.js';
import { loadTf, type Tf } from '../../tfjs/load.js';
import { argmax, windows, type Window } from '../../autodiff/ops-nn.js';
import { reluSide } from '../../autodiff/ops-core.js';
import { size } from '../../autodiff/tensor.js';
import type { GNode, Graph } from '../../autodiff/graph.js';
import type { GraphGiven } from './problem.js';
import type { GraphPass, GraphRef } from './reference.js';

const f32 = (t: { data: { toNumber(): number }[] }): number[] => t.data.map((x) => x.toNumber());

function node(tf: Tf, g: Graph, p: GraphPass, n: GNode, xs: TfTensor[], vals: TfTensor[]): TfTensor {
  const a = n.attrs;
  const inVal = (i: number) => p.values[n.inputs[i]];
  switch (n.op) {
    case 'add': return tf.add(xs[0], xs[1]);
    case 'sub': return tf.sub(xs[0], xs[1]);
    case 'mul': return tf.mul(xs[0], xs[1]);
    case 'div': return tf.div(xs[0], xs[1]);
    case 'neg': return tf.neg(xs[0]);
    case 'matmul': {
      const [A, B] = xs;
      const a2 = A.rank === 1 ? A.reshape([1, -1]) : A, b2 = B.rank === 1 ? B.reshape([-1, 1]) : B;
      return tf.matMul(a2 as import('@tensorflow/tfjs').Tensor2D, b2 as import('@tensorflow/tfjs').Tensor2D).reshape(n.shape);
    }
    case 'transpose': {
      const r = xs[0].rank;
      if (r < 2) return xs[0];
      const d0 = (a.d0 + r) % r, d1 = (a.d1 + r) % r;
      return tf.transpose(xs[0], xs[0].shape.map((_, i) => (i === d0 ? d1 : i === d1 ? d0 : i)));
    }
    case 'reduce': {
      const axes = a.dims ?? undefined;
      return a.mean ? tf.mean(xs[0], axes, a.keepdim) : tf.sum(xs[0], axes, a.keepdim);
    }
    case 'reshape': return tf.reshape(xs[0], n.shape);
    case 'concat': return tf.concat(xs, a.dim);
    case 'gather': return tf.gather(tf.reshape(xs[0], [-1]), tf.tensor1d(Array.from(a.idx as Int32Array), 'int32')).reshape(n.shape);
    case 'relu': case 'leaky_relu': {
      const mask = tf.tensor(inVal(0).data.map((x) => (reluSide(x) > 0 ? 1 : 0)), xs[0].shape);
      const slope = n.op === 'relu' ? 0 : a.alpha.toNumber();
      return tf.mul(xs[0], tf.add(mask, tf.mul(tf.sub(1, mask), slope)));
    }
    case 'sigmoid': return tf.sigmoid(xs[0]);
    case 'tanh': return tf.tanh(xs[0]);
    case 'exp': return tf.exp(xs[0]);
    case 'log': return tf.log(xs[0]);
    case 'sqrt': return tf.sqrt(xs[0]);
    case 'pow': return tf.pow(xs[0], tf.scalar(a.p.toNumber()));
    case 'softmax': case 'log_softmax': {
      const r = xs[0].rank, dim = (a.dim + r) % r;
      const z = tf.sub(xs[0], tf.max(xs[0], dim, true));
      let e = tf.exp(z);
      if (a.mask) e = tf.mul(e, tf.tensor(a.mask, xs[0].shape));
      const s = tf.sum(e, dim, true);
      return n.op === 'softmax' ? tf.div(e, s) : tf.sub(z, tf.log(s));
    }
    case 'max_pool2d': case 'avg_pool2d': {
      const w = a as Window;
      const cells = windows(inVal(0).shape, w, n.op);
      const flat = tf.concat([tf.reshape(xs[0], [-1]), tf.zeros([1])]);
      if (n.op === 'max_pool2d') {
        const x = inVal(0);
        const idx = cells.map((c) => argmax(x, c, { tie: 'first', note: () => undefined }));
        return tf.gather(flat, tf.tensor1d(idx, 'int32')).reshape(n.shape);
      }
      const kk = w.k[0] * w.k[1], pad = size(inVal(0).shape);
      const idx = cells.flatMap((c) => [...c, ...new Array(kk - c.length).fill(pad)]);
      return tf.div(tf.sum(tf.gather(flat, tf.tensor1d(idx, 'int32')).reshape([cells.length, kk]), 1), kk).reshape(n.shape);
    }
    case 'conv2d': {
      const x4 = xs[0].rank === 3 ? xs[0].expandDims(0) : xs[0];
      const [ph, pw] = a.padding;
      const xp = tf.pad(x4.transpose([0, 2, 3, 1]), [[0, 0], [ph, ph], [pw, pw], [0, 0]]) as import('@tensorflow/tfjs').Tensor4D;
      const w = xs[1].transpose([2, 3, 1, 0]) as import('@tensorflow/tfjs').Tensor4D;
      let y: TfTensor = tf.conv2d(xp, w, a.stride as [number, number], 'valid');
      if (xs[2]) y = tf.add(y, xs[2]);
      return y.transpose([0, 3, 1, 2]).reshape(n.shape);
    }
    case 'norm': {
      const [x, gamma, beta] = xs;
      const axes = a.over === 'layer' ? [x.rank - 1] : x.shape.map((_, i) => i).filter((i) => i !== 1);
      const bshape = a.over === 'layer' ? [x.shape[x.rank - 1]] : x.shape.map((d, i) => (i === 1 ? d : 1));
      const mu = tf.mean(x, axes, true);
      const c = tf.sub(x, mu);
      const v = tf.mean(tf.square(c), axes, true);
      const xhat = tf.div(c, tf.sqrt(tf.add(v, a.eps.toNumber())));
      return tf.add(tf.mul(xhat, gamma.reshape(bshape)), beta.reshape(bshape));
    }
    case 'half_sse': return tf.mul(tf.sum(tf.square(tf.sub(xs[0], xs[1]))), 0.5);
    case 'sse': return tf.sum(tf.square(tf.sub(xs[0], xs[1])));
    case 'mse': return tf.mean(tf.square(tf.sub(xs[0], xs[1])));
    case 'l2': return tf.sum(tf.square(xs[0]));
    case 'bce': {
      const [q, t] = xs;
      const src = g.nodes[n.inputs[0]];
      if (src.op === 'sigmoid') {
        // From the logits z, as float32 can (σ(16) is 1 in float32): t·softplus(−z) + (1 − t)·softplus(z).
        const z = vals[src.inputs[0]];
        return tf.mean(tf.add(tf.mul(t, tf.softplus(tf.neg(z))), tf.mul(tf.sub(1, t), tf.softplus(z))));
      }
      return tf.neg(tf.mean(tf.add(tf.mul(t, tf.log(q)), tf.mul(tf.sub(1, t), tf.log(tf.sub(1, q))))));
    }
    case 'cross_entropy': {
      const z = xs[0];
      const C = z.shape[z.rank - 1], N = z.rank === 2 ? z.shape[0] : 1;
      const logp = tf.sub(tf.sub(z, tf.max(z, -1, true)), tf.log(tf.sum(tf.exp(tf.sub(z, tf.max(z, -1, true))), -1, true)));
      const eps = a.smoothing.toNumber();
      const t = a.indices ? tf.oneHot(tf.tensor1d(inVal(1).data.map((x) => x.toNumber()), 'int32'), C).reshape(z.shape).toFloat() : xs[1];
      const T = tf.add(tf.mul(t, 1 - eps), eps / C);
      return tf.div(tf.neg(tf.sum(tf.mul(T, logp))), N);
    }
  }
  throw new Error(`no TensorFlow.js form for ${n.op}`);
}

export async function crossCheckGraph(given: GraphGiven, ref: GraphRef): Promise<CrossCheck> {
  const { tf, engine } = await loadTf('cpu');
  const g = given.graph, p = ref.passes[0];
  // tf.grads wants every input on a path to the loss: given tensors the loss does not read have a gradient of 0, unchecked.
  const reaches = new Set([g.loss]);
  for (let id = g.loss; id >= 0; id--) if (reaches.has(id)) for (const i of g.nodes[id].inputs) reaches.add(i);
  const leaves = g.given.filter((t) => !g.nodes[t.node].frozen && reaches.has(t.node));
  const build = (...ws: TfTensor[]): TfTensor[] => {
    const vals: TfTensor[] = new Array(g.nodes.length);
    for (const n of g.nodes) {
      const li = leaves.findIndex((t) => t.node === n.id);
      if (li >= 0) vals[n.id] = ws[li];
      else if (n.value) vals[n.id] = tf.tensor(f32(n.value), n.shape);
      else vals[n.id] = node(tf, g, p, n, n.inputs.map((i) => vals[i]), vals);
    }
    return vals;
  };
  const items: CrossCheckItem[] = [];
  const check = (name: string, exact: number[], got: ArrayLike<number>) => {
    const scale = 1 + exact.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
    let maxDiff = 0, worst = '';
    exact.forEach((e, i) => {
      const d = Math.abs(e - got[i]);
      // float32 carries ~7 digits; a graph of a few dozen ops loses two or three of them.
      const ok = d <= 1e-4 * scale + 1e-4 * Math.abs(e);
      if (!(d <= maxDiff)) maxDiff = d;
      if (!ok && !worst) worst = `${name}[${i}]: exact ${e}, tfjs ${got[i]}`;
    });
    items.push({ name, ok: !worst, maxDiff, ...(worst ? { detail: worst } : {}) });
  };
  const result = tf.tidy(() => {
    const ws = leaves.map((t) => tf.tensor(f32(p.values[t.node]), g.nodes[t.node].shape));
    const vals = build(...ws);
    const values = g.lines.map((l) => Array.from(vals[l.node].dataSync()));
    const lossFn = (...w: TfTensor[]) => build(...w)[g.loss].reshape([]) as import('@tensorflow/tfjs').Scalar;
    const grads = leaves.length ? tf.grads(lossFn)(ws).map((t) => Array.from(t.dataSync())) : [];
    return { values, grads };
  });
  g.lines.forEach((l, i) => check(l.name, f32(p.values[l.node]), result.values[i]));
  leaves.forEach((t, i) => check(`d${t.name}`, f32(p.grads[t.node]!), result.grads[i]));
  return { engine, items };
}
