// Forward and backward pass, exact: rationals for identity/ReLU/leaky-ReLU networks, 64-digit
// decimals through sigmoid, tanh, softmax and log. The same code computes the mutants used for
// diagnosis (the other ReLU convention at 0, no activation derivative) and the pass from a
// submission's own intermediate values (error carried forward).
import { Dec } from '../../numbers/mathjs.js';
import { Num } from '../../numbers/num.js';
import { addRow, colSums, matmul, map, scale, sumAll, T, zip, type M } from '../../numbers/matrix.js';
import type { Activation, Net } from './network.js';

export interface PassOptions {
  /** Derivative of ReLU (leaky: 1 vs α) at exactly 0: the left one (0) or the right one (1). */
  kink: 0 | 1;
  /** Mutant: hidden activation derivatives forgotten (the ReLU mask not applied). */
  noActDerivative?: boolean;
}

export interface Override {
  Z: (M | undefined)[];
  A: (M | undefined)[];
  y?: M;
}

export interface Pass {
  Z: M[];
  A: M[];
  y: M;
  loss: Num;
  /** δ of each layer: dL/dZ. */
  dZ: M[];
  dW: M[];
  db: Num[][];
  /** Some ReLU pre-activation is exactly 0. */
  kinks: boolean;
}

/**
 * Beyond these, 64 digits cannot tell tanh from ±1 (1 − tanh x ≈ 2e^(−2x) < 1e-64 for x > 74)
 * or sigmoid from 1 (e^(−x) < 1e-65 for x > 150): the value is written directly. decimal.js's
 * tanh of 1e6 took over a minute; its exp of a large argument is fast, so sigmoid's small side
 * stays computed (a tiny positive number, not 0).
 */
const SATURATED = { tanh: 80, sigmoid: 155 };

export function activate(act: Activation, z: M, alpha: Num): M {
  switch (act) {
    case 'identity': return z;
    case 'relu': return map(z, (x) => (x.sign() > 0 ? x : Num.ZERO.withExact(x.exact)));
    case 'leaky-relu': return map(z, (x) => (x.sign() > 0 ? x : x.mul(alpha)));
    case 'sigmoid': return map(z, (x) => Num.decimal(x.d.gt(SATURATED.sigmoid) ? new Dec(1) : new Dec(1).div(Dec.exp(x.d.neg()).plus(1))));
    case 'tanh': return map(z, (x) => Num.decimal(x.d.abs().gt(SATURATED.tanh) ? new Dec(x.d.isNeg() ? -1 : 1) : Dec.tanh(x.d)));
    case 'softmax':
      return z.map((row) => {
        const max = row.reduce((m, x) => (x.cmp(m) > 0 ? x : m));
        const e = row.map((x) => Dec.exp(x.d.minus(max.d)));
        const s = e.reduce((a, b) => a.plus(b));
        return e.map((x) => Num.decimal(x.div(s)));
      });
  }
}

/** f'(z) elementwise (softmax is handled with its Jacobian in backward). */
function derivative(act: Activation, z: M, a: M, alpha: Num, kink: 0 | 1): M {
  switch (act) {
    case 'relu': return map(z, (x) => (x.sign() > 0 ? Num.ONE : x.sign() < 0 ? Num.ZERO : kink ? Num.ONE : Num.ZERO));
    case 'leaky-relu': return map(z, (x) => (x.sign() > 0 ? Num.ONE : x.sign() < 0 ? alpha : kink ? Num.ONE : alpha));
    case 'sigmoid': return map(a, (s) => s.mul(Num.ONE.sub(s)));
    case 'tanh': return map(a, (t) => Num.ONE.sub(t.mul(t)));
    default: return map(z, () => Num.ONE);
  }
}

export function lossOf(net: Net, y: M): Num {
  const N = Num.int(net.X.length), k = Num.int(y[0].length);
  switch (net.loss) {
    case 'half-sse': return sumAll(zip(y, net.T, (a, t) => a.sub(t).powInt(2))).div(Num.int(2));
    case 'sse': return sumAll(zip(y, net.T, (a, t) => a.sub(t).powInt(2)));
    case 'mse': return sumAll(zip(y, net.T, (a, t) => a.sub(t).powInt(2))).div(N.mul(k));
    case 'cross-entropy':
      return sumAll(zip(y, net.T, (a, t) => (t.isZero() ? Num.ZERO : t.mul(Num.decimal(Dec.ln(a.d)))))).neg().div(N);
  }
}

function lossGradient(net: Net, y: M): M {
  const N = Num.int(net.X.length), k = Num.int(y[0].length);
  const diff = zip(y, net.T, (a, t) => a.sub(t));
  switch (net.loss) {
    case 'half-sse': return diff;
    case 'sse': return scale(diff, Num.int(2));
    case 'mse': return scale(diff, Num.int(2).div(N.mul(k)));
    case 'cross-entropy': return zip(net.T, y, (t, a) => (t.isZero() ? Num.ZERO : t.div(a).neg().div(N)));
  }
}

export function runPass(net: Net, opts: PassOptions, own?: Override): Pass {
  const L = net.layers.length;
  const Z: M[] = [], A: M[] = [];
  let prev = net.X, kinks = false;
  net.layers.forEach((layer, i) => {
    const z = own?.Z[i] ?? addRow(matmul(prev, T(layer.W)), layer.b);
    let a = own?.A[i] ?? activate(layer.act, z, layer.alpha);
    if (i === L - 1 && own?.y) a = own.y;
    if ((layer.act === 'relu' || layer.act === 'leaky-relu') && z.some((r) => r.some((x) => x.isZero()))) kinks = true;
    Z.push(z);
    A.push(a);
    prev = a;
  });
  const y = A[L - 1];
  const last = net.layers[L - 1];
  let delta: M;
  if (last.act === 'softmax' && net.loss === 'cross-entropy') {
    // ∂L/∂z = (y·Σₖtₖ − t)/N: y − t only where a target row sums to 1 (one-hot, probabilities).
    const sums = net.T.map((row) => row.reduce((s, t) => s.add(t), Num.ZERO));
    delta = scale(zip(y, net.T, (a, t) => a.sub(t)).map((row, i) => (sums[i].eq(Num.ONE) ? row : row.map((_, j) => y[i][j].mul(sums[i]).sub(net.T[i][j])))), Num.ONE.div(Num.int(net.X.length)));
  } else {
    const dY = lossGradient(net, y);
    delta = last.act === 'softmax' ? softmaxBackward(dY, y) : zip(dY, derivative(last.act, Z[L - 1], y, last.alpha, opts.kink), (g, d) => g.mul(d));
  }
  const dZ: M[] = new Array(L), dW: M[] = new Array(L), db: Num[][] = new Array(L);
  for (let i = L - 1; i >= 0; i--) {
    dZ[i] = delta;
    dW[i] = matmul(T(delta), i === 0 ? net.X : A[i - 1]);
    db[i] = colSums(delta);
    if (i > 0) {
      const dA = matmul(delta, net.layers[i].W);
      const prevLayer = net.layers[i - 1];
      delta = opts.noActDerivative ? dA : zip(dA, derivative(prevLayer.act, Z[i - 1], A[i - 1], prevLayer.alpha, opts.kink), (g, d) => g.mul(d));
    }
  }
  return { Z, A, y, loss: lossOf(net, y), dZ, dW, db, kinks };
}

/** dL/dz for softmax outputs: y ⊙ (g − Σ g⊙y), row by row. */
function softmaxBackward(g: M, y: M): M {
  return g.map((row, i) => {
    const dot = row.reduce((s, x, j) => s.add(x.mul(y[i][j])), Num.ZERO);
    return row.map((x, j) => y[i][j].mul(x.sub(dot)));
  });
}

/** The value of a part in a pass, as a matrix (a scalar is 1×1, a bias a single row). */
export function partValue(p: Pass, part: string): M {
  if (part === 'loss') return [[p.loss]];
  if (part === 'y') return p.y;
  const m = /^(z|a|dW|db)(\d+)$/.exec(part)!;
  const i = Number(m[2]) - 1;
  switch (m[1]) {
    case 'z': return p.Z[i];
    case 'a': return p.A[i];
    case 'dW': return p.dW[i];
    default: return [p.db[i]];
  }
}
