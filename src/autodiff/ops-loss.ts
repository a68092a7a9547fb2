// The losses: each returns a scalar. Reductions follow PyTorch's defaults (mean over the batch
// for cross-entropy and BCE, over all entries for MSE); half_sse, sse and l2 are sums.
import { Num } from '../numbers/num.js';
import { lnN, ShapeErr, type Op } from './op.js';
import { fibers } from './ops-nn.js';
import { scalar, shapeText, size, zeros, type Tensor } from './tensor.js';

const sameOrThrow = (a: number[], b: number[], what: string): void => {
  if (a.length !== b.length || a.some((d, i) => d !== b[i])) throw new ShapeErr(`${what}: the prediction is ${shapeText(a)}, the target ${shapeText(b)}`);
};

function squared(kind: 'half_sse' | 'sse' | 'mse'): Op {
  // value = c·Σ(y − t)²; dy = 2c·(y − t)
  const c = (n: number): Num => (kind === 'half_sse' ? Num.frac(1, 2) : kind === 'sse' ? Num.ONE : Num.frac(1, Math.max(1, n)));
  return {
    shape: ([y, t]) => (sameOrThrow(y, t, kind), []),
    forward: ([y, t]) => scalar(y.data.reduce((s, v, i) => s.add(v.sub(t.data[i]).powInt(2)), Num.ZERO).mul(c(y.data.length))),
    backward(g, [y, t]) {
      const k = g.data[0].mul(c(y.data.length)).mul(Num.int(2));
      const dy = { shape: y.shape, data: y.data.map((v, i) => v.sub(t.data[i]).mul(k)) };
      return [dy, { shape: t.shape, data: dy.data.map((v) => v.neg()) }];
    },
  };
}
export const halfSse = squared('half_sse');
export const sse = squared('sse');
export const mse = squared('mse');

export const l2: Op = {
  shape: () => [],
  forward: ([w]) => scalar(w.data.reduce((s, v) => s.add(v.mul(v)), Num.ZERO)),
  backward: (g, [w]) => [{ shape: w.shape, data: w.data.map((v) => v.mul(Num.int(2)).mul(g.data[0])) }],
};

export const bce: Op = {
  shape: ([p, t]) => (sameOrThrow(p, t, 'bce'), []),
  forward([p, t]) {
    const n = Num.int(p.data.length);
    let s = Num.ZERO;
    p.data.forEach((v, i) => {
      const ti = t.data[i];
      if (!ti.isZero()) s = s.add(ti.mul(lnN(v)));
      if (!ti.eq(Num.ONE)) s = s.add(Num.ONE.sub(ti).mul(lnN(Num.ONE.sub(v))));
    });
    return scalar(s.neg().div(n));
  },
  backward(g, [p, t]) {
    const k = g.data[0].div(Num.int(p.data.length));
    const dp = p.data.map((v, i) => {
      const q = Num.ONE.sub(v);
      if (v.isZero() || q.isZero()) throw new ShapeErr('bce at a probability of exactly 0 or 1 has an infinite gradient');
      return v.sub(t.data[i]).div(v.mul(q)).mul(k);
    });
    const dt = p.data.map((v) => lnN(Num.ONE.sub(v)).sub(lnN(v)).mul(k));
    return [{ shape: p.shape, data: dp }, { shape: t.shape, data: dt }];
  },
};

export interface CeAttrs {
  /** Class indices (target of rank one less than the logits) or probabilities (same shape). */
  indices: boolean;
  smoothing: Num;
}

/** The smoothed target distribution, one row per example, in the logits' layout. */
function targetDist(z: Tensor, t: Tensor, a: CeAttrs): Num[] {
  const C = z.shape[z.shape.length - 1];
  const eps = a.smoothing, keep = Num.ONE.sub(eps), share = eps.div(Num.int(C));
  const out = new Array<Num>(z.data.length);
  for (let f = 0; f < z.data.length; f++) {
    const row = Math.floor(f / C), c = f % C;
    const base = a.indices ? (t.data[row].toNumber() === c ? Num.ONE : Num.ZERO) : t.data[f];
    out[f] = eps.isZero() ? base : base.mul(keep).add(share);
  }
  return out;
}

function softmaxRows(z: Tensor): { p: Num[]; logp: Num[] } {
  const dim = z.shape.length - 1;
  const p = new Array<Num>(z.data.length), logp = new Array<Num>(z.data.length);
  for (const fib of fibers(z.shape, dim)) {
    const max = fib.reduce((m, i) => (z.data[i].cmp(m) > 0 ? z.data[i] : m), z.data[fib[0]]);
    if (fib.every((i) => z.data[i].eq(max))) {
      fib.forEach((i) => ((p[i] = Num.frac(1, fib.length)), (logp[i] = lnN(p[i]))));
      continue;
    }
    const e = fib.map((i) => z.data[i].sub(max).d);
    const E = e.map((x) => Num.decimal(x.exp()));
    const s = E.reduce((u, v) => u.add(v));
    const ls = lnN(s);
    fib.forEach((i, k) => ((p[i] = E[k].div(s)), (logp[i] = Num.decimal(e[k]).sub(ls))));
  }
  return { p, logp };
}

export const crossEntropy: Op<CeAttrs> = {
  shape([z, t], a) {
    if (z.length < 1 || z.length > 2) throw new ShapeErr(`cross_entropy takes logits of shape (N, C) or (C), not ${shapeText(z)}`);
    if (a.indices) {
      if (t.length !== z.length - 1 || (t.length === 1 && t[0] !== z[0])) throw new ShapeErr(`cross_entropy: ${z.length === 2 ? `${z[0]} examples need ${z[0]} class indices` : 'one class index'}, the target is ${shapeText(t)}`);
    } else sameOrThrow(z, t, 'cross_entropy');
    return [];
  },
  forward([z, t], a) {
    const N = z.shape.length === 2 ? z.shape[0] : 1;
    const { logp } = softmaxRows(z);
    const T = targetDist(z, t, a);
    return scalar(T.reduce((s, v, i) => (v.isZero() ? s : s.add(v.mul(logp[i]))), Num.ZERO).neg().div(Num.int(N)));
  },
  backward(g, [z, t], _y, a, ctx) {
    const N = Num.int(z.shape.length === 2 ? z.shape[0] : 1), C = z.shape[z.shape.length - 1];
    const { p, logp } = softmaxRows(z);
    const T = targetDist(z, t, a);
    const k = g.data[0].div(N);
    const dz = zeros(z.shape);
    for (let r = 0; r < z.data.length / C; r++) {
      const cells = Array.from({ length: C }, (_, c) => r * C + c);
      const mass = cells.reduce((s, i) => s.add(T[i]), Num.ZERO);
      for (const i of cells) {
        // softmax-diag: dL/dp = −t/p through σᵢ(1 − σᵢ) only: −t(1 − p).
        dz.data[i] = (ctx.mutation === 'softmax-diag' ? T[i].mul(Num.ONE.sub(p[i])).neg() : p[i].mul(mass).sub(T[i])).mul(k);
      }
    }
    const dt = a.indices ? null : { shape: t.shape, data: logp.map((v) => v.mul(Num.ONE.sub(a.smoothing)).mul(k).neg()) };
    return [dz, dt];
  },
  cost: ([z]) => size(z),
};
