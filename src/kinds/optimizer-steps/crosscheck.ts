// Two independent recomputations of the steps: a plain float64 loop written apart from the
// exact run (textbook formulas, no shared code), compared on every part; and TensorFlow.js's own
// optimisers (float32) on w where their convention is the problem's: tf.train.sgd, momentum
// (PyTorch's v = μv + g), momentum with useNesterov, rmsprop and adagrad (ε inside the root;
// adagrad's ε is the backend's 1e-7), adam (ε outside). Classical momentum, AdamW and the other
// ε placements have no tfjs counterpart: the float64 loop alone checks them (said in the item).
import { loadTf } from '../../tfjs/load.js';
import type { CrossCheck, CrossCheckItem } from '../types.js';
import { keysOf, type OptGiven } from './config.js';
import type { OptRef } from './grade.js';

type Vec = number[];

/** The steps in float64: what each step's quantities are, by key. */
export function float64Steps(g: OptGiven): Record<string, Vec>[] {
  const o = g.opt;
  const n = g.start.length;
  const lr = o.lr.toNumber(), mu = o.momentum.toNumber(), b1 = o.beta1.toNumber(), b2 = o.beta2.toNumber();
  const alpha = o.alpha.toNumber(), eps = o.eps.toNumber(), wd = o.weightDecay.toNumber();
  const inside = o.epsPlacement === 'inside';
  const H = g.source.kind === 'quadratic' ? g.source.q.hessian.map((r) => r.map((x) => x.toNumber())) : null;
  const b = g.source.kind === 'quadratic' ? g.source.q.linear.map((x) => x.toNumber()) : null;
  const list = g.source.kind === 'list' ? g.source.gradients.map((r) => r.map((x) => x.toNumber())) : null;
  let w = g.start.map((x) => x.toNumber());
  let v = new Array(n).fill(0), m = new Array(n).fill(0), s = new Array(n).fill(o.initialAccumulator.toNumber());
  const out: Record<string, Vec>[] = [];
  for (let t = 1; t <= g.steps; t++) {
    const gr = list ? [...list[t - 1]] : H!.map((row, i) => row.reduce((a, h, j) => a + h * w[j], b![i]));
    if (o.name !== 'adamw') for (let i = 0; i < n; i++) gr[i] += wd * w[i];
    const rec: Record<string, Vec> = { g: gr };
    const denom = (x: number) => (inside ? Math.sqrt(x + eps) : Math.sqrt(x) + eps);
    const div = (a: number, d: number) => (a === 0 && d === 0 ? 0 : a / d);
    if (o.name === 'sgd') w = w.map((x, i) => x - lr * gr[i]);
    else if (o.name === 'momentum' && o.convention === 'classical') {
      v = v.map((x, i) => mu * x - lr * gr[i]);
      w = w.map((x, i) => x + v[i]);
    } else if (o.name === 'momentum' || o.name === 'nesterov') {
      v = v.map((x, i) => mu * x + gr[i]);
      w = w.map((x, i) => x - lr * (o.name === 'nesterov' ? gr[i] + mu * v[i] : v[i]));
    } else if (o.name === 'adagrad' || o.name === 'rmsprop') {
      s = s.map((x, i) => (o.name === 'adagrad' ? x + gr[i] ** 2 : alpha * x + (1 - alpha) * gr[i] ** 2));
      w = w.map((x, i) => x - lr * div(gr[i], denom(s[i])));
      rec.s = s;
    } else {
      if (o.name === 'adamw') w = w.map((x) => x * (1 - lr * wd));
      m = m.map((x, i) => b1 * x + (1 - b1) * gr[i]);
      v = v.map((x, i) => b2 * x + (1 - b2) * gr[i] ** 2);
      const mh = m.map((x) => x / (1 - b1 ** t)), vh = v.map((x) => x / (1 - b2 ** t));
      w = w.map((x, i) => x - lr * div(mh[i], denom(vh[i])));
      Object.assign(rec, { m, m_hat: mh, v_hat: vh });
    }
    if (o.name === 'momentum' || o.name === 'nesterov' || o.name === 'adam' || o.name === 'adamw') rec.v = v;
    rec.w = w;
    out.push(rec);
  }
  return out;
}

function compare(name: string, exact: number[][], got: number[][], rel: number, abs: number): CrossCheckItem {
  let maxDiff = 0, worst = '';
  exact.forEach((r, t) =>
    r.forEach((e, i) => {
      const d = Math.abs(e - got[t][i]);
      if (!(d <= abs + rel * Math.abs(e)) && !worst) worst = `step ${t + 1}, entry ${i + 1}: exact ${e}, got ${got[t][i]}`;
      if (d > maxDiff || Number.isNaN(d)) maxDiff = Number.isNaN(d) ? Infinity : d;
    }),
  );
  return { name, ok: !worst, maxDiff, ...(worst ? { detail: worst } : {}) };
}

/** Which tfjs optimiser runs this problem's convention, or why none does. */
export function tfjsOptimizer(g: OptGiven): { make: (tf: typeof import('@tensorflow/tfjs')) => import('@tensorflow/tfjs').Optimizer } | { none: string } {
  const o = g.opt;
  const lr = o.lr.toNumber();
  switch (o.name) {
    case 'sgd':
      return { make: (tf) => tf.train.sgd(lr) };
    case 'momentum':
      return o.convention === 'pytorch' ? { make: (tf) => tf.train.momentum(lr, o.momentum.toNumber()) } : { none: 'tfjs has no classical momentum (v = μv − ηg)' };
    case 'nesterov':
      return { make: (tf) => tf.train.momentum(lr, o.momentum.toNumber(), true) };
    case 'rmsprop':
      return o.epsPlacement === 'inside' ? { make: (tf) => tf.train.rmsprop(lr, o.alpha.toNumber(), 0, o.eps.toNumber()) } : { none: "tfjs's RMSprop adds ε inside the square root; this problem adds it outside" };
    case 'adagrad':
      return o.epsPlacement === 'inside' && o.eps.toNumber() === 1e-7 ? { make: (tf) => tf.train.adagrad(lr, o.initialAccumulator.toNumber()) } : { none: "tfjs's Adagrad adds its own ε = 1e-7 inside the square root" };
    case 'adam':
      return o.epsPlacement === 'outside' ? { make: (tf) => tf.train.adam(lr, o.beta1.toNumber(), o.beta2.toNumber(), o.eps.toNumber()) } : { none: "tfjs's Adam adds ε outside the square root; this problem adds it inside" };
    default:
      return { none: 'tfjs has no AdamW (decoupled weight decay)' };
  }
}

export async function crossCheckOpt(g: OptGiven, ref: OptRef): Promise<CrossCheck> {
  const f64 = float64Steps(g);
  const items: CrossCheckItem[] = [];
  for (const k of keysOf(g.opt.name)) {
    const exact = ref.run.steps.map((s) => s[k]!.map((x) => x.toNumber()));
    items.push(compare(`${k} (float64 loop)`, exact, f64.map((r) => r[k]), 1e-9, 1e-12));
  }
  const which = tfjsOptimizer(g);
  if ('none' in which) {
    items.push({ name: 'w (tfjs)', ok: true, detail: `not run: ${which.none}; the float64 loop checks it` });
    return { engine: 'float64', items };
  }
  const { tf, engine } = await loadTf('cpu');
  const w = tf.variable(tf.tensor1d(g.start.map((x) => x.toNumber())));
  const opt = which.make(tf);
  const src = g.source;
  const H = src.kind === 'quadratic' ? tf.tensor2d(src.q.hessian.map((r) => r.map((x) => x.toNumber()))) : null;
  const b = src.kind === 'quadratic' ? tf.tensor1d(src.q.linear.map((x) => x.toNumber())) : null;
  const wd = g.opt.weightDecay.toNumber();
  const ws: number[][] = [];
  for (let t = 1; t <= g.steps; t++) {
    const grad = tf.tidy(() => {
      const raw = H ? tf.add(tf.squeeze(tf.matMul(H, tf.reshape(w, [-1, 1]))), b!) : tf.tensor1d(src.kind === 'list' ? src.gradients[t - 1].map((x) => x.toNumber()) : []);
      return tf.add(raw, tf.mul(w, wd));
    });
    opt.applyGradients({ [w.name]: grad });
    grad.dispose();
    ws.push(Array.from(w.dataSync()));
  }
  const exact = ref.run.steps.map((s) => s.w!.map((x) => x.toNumber()));
  // float32 carries ~7 digits; Adam's √v̂ and a few steps lose one or two.
  items.push(compare('w (tfjs optimiser, float32)', exact, ws, 1e-3, 1e-4));
  tf.dispose([w, ...(H ? [H, b!] : [])]);
  opt.dispose();
  return { engine, items };
}
