// The optimiser's steps, exactly: rationals while the arithmetic allows, 64-digit decimals from
// the first square root on. The same code runs the mistaken optimisers the diagnoses name
// (each a `Mistake`), and one step from a submission's own earlier values (error carried forward).
import { Num } from '../../numbers/num.js';
import { keysOf, type Key, type OptGiven, type OptSettings } from './config.js';

export type Mistake =
  | 'none'
  | 'no-bias-correction'
  | 'bias-t-plus-1'
  | 'bias-t-first'
  | 'eps-other'
  | 'momentum-other'
  | 'lr-twice'
  | 'decay-other'
  | 'gradient-sign';

/** Every quantity of one step t (vectors, one entry per parameter). */
export type StepValues = Partial<Record<Key, Num[]>>;

/** steps[t−1] holds step t; index 0 of `before` is the start (w0 and a zero state). */
export interface Run {
  steps: StepValues[];
}

export class StepError extends Error {}

const ONE = Num.ONE;
const map = (a: Num[], f: (x: Num, i: number) => Num) => a.map(f);

/** The values before the first step: w0, zero momentum and moments, Adagrad's initial sum. */
export function initial(g: OptGiven): StepValues {
  const z = g.start.map(() => Num.ZERO);
  return { w: g.start, v: z, m: z, s: g.start.map(() => g.opt.initialAccumulator) };
}

/** ∇f at w: Hw + b for a quadratic (f = ½wᵀHw + bᵀw + c), else the listed gradient of step t. */
export function rawGradient(g: OptGiven, t: number, w: Num[]): Num[] {
  if (g.source.kind === 'list') return g.source.gradients[t - 1];
  const { hessian: H, linear: b } = g.source.q;
  return H.map((row, i) => row.reduce((acc, h, j) => acc.add(h.mul(w[j])), b[i]));
}

/** Whether weight decay is decoupled (w ← w − ηλw) for this run: AdamW's, or the other one by mistake. */
function decoupled(o: OptSettings, mistake: Mistake): boolean {
  const own = o.name === 'adamw';
  return mistake === 'decay-other' ? !own : own;
}

/**
 * One step t from the previous values. `take(key)` may give a quantity of this step instead of
 * computing it (a submission's own m_t when grading its w_t); it is asked in computation order.
 */
export function step(g: OptGiven, t: number, prev: StepValues, mistake: Mistake = 'none', take: (k: Key) => Num[] | undefined = () => undefined, computed?: StepValues): StepValues {
  const o = g.opt;
  const out: StepValues = {};
  const w0 = prev.w!;
  // `computed` keeps what each quantity is from the values before it, even where `take` replaces it.
  const got = (k: Key, f: () => Num[]): Num[] => {
    const c = f();
    if (computed) computed[k] = c;
    return (out[k] = take(k) ?? c);
  };
  const grad = got('g', () => {
    let gr = rawGradient(g, t, w0);
    if (!o.weightDecay.isZero() && !decoupled(o, mistake)) gr = map(gr, (x, i) => x.add(o.weightDecay.mul(w0[i])));
    return mistake === 'gradient-sign' ? map(gr, (x) => x.neg()) : gr;
  });
  const eta = o.lr;
  const root = (s: Num) => {
    const inside = (o.epsPlacement === 'inside') !== (mistake === 'eps-other');
    return inside ? s.add(o.eps).sqrt() : s.sqrt().add(o.eps);
  };
  const ratio = (num: Num, den: Num) => {
    if (den.isZero()) {
      if (num.isZero()) return Num.ZERO; // 0/0 where a gradient entry and eps are 0: the entry does not move
      throw new StepError('division by zero');
    }
    return num.div(den);
  };
  // What is added to w (after a decoupled decay): −ηg for plain SGD, and so on.
  let delta: Num[];
  const times = (k: Num) => (a: Num[]) => map(a, (x) => x.mul(k));
  switch (o.name) {
    case 'sgd':
      delta = times(eta.neg())(grad);
      break;
    case 'momentum':
    case 'nesterov': {
      const mu = o.momentum;
      const classical = o.name === 'momentum' && (o.convention === 'classical') !== (mistake === 'momentum-other');
      const twice = mistake === 'lr-twice';
      if (classical) {
        // v = μv − ηg; w += v (w += ηv when the learning rate is applied twice)
        const v = got('v', () => map(grad, (x, i) => mu.mul(prev.v![i]).sub(eta.mul(x))));
        delta = twice ? times(eta)(v) : v;
      } else {
        // PyTorch: v = μv + g (μv + ηg when the learning rate is folded in too); w −= ηv, or η(g + μv) for Nesterov
        const v = got('v', () => map(grad, (x, i) => mu.mul(prev.v![i]).add(twice ? eta.mul(x) : x)));
        delta = times(eta.neg())(o.name === 'nesterov' ? map(grad, (x, i) => x.add(mu.mul(v[i]))) : v);
      }
      break;
    }
    case 'adagrad':
    case 'rmsprop': {
      const s = got('s', () => map(grad, (x, i) => (o.name === 'adagrad' ? prev.s![i].add(x.mul(x)) : o.alpha.mul(prev.s![i]).add(ONE.sub(o.alpha).mul(x.mul(x))))));
      delta = map(grad, (x, i) => ratio(x, root(s[i])).mul(eta).neg());
      break;
    }
    case 'adam':
    case 'adamw': {
      const m = got('m', () => map(grad, (x, i) => o.beta1.mul(prev.m![i]).add(ONE.sub(o.beta1).mul(x))));
      const v = got('v', () => map(grad, (x, i) => o.beta2.mul(prev.v![i]).add(ONE.sub(o.beta2).mul(x.mul(x)))));
      const tc = mistake === 'bias-t-plus-1' ? t + 1 : mistake === 'bias-t-first' ? 1 : t;
      const c1 = mistake === 'no-bias-correction' ? ONE : ONE.sub(o.beta1.powInt(tc));
      const c2 = mistake === 'no-bias-correction' ? ONE : ONE.sub(o.beta2.powInt(tc));
      const mh = got('m_hat', () => map(m, (x) => x.div(c1)));
      const vh = got('v_hat', () => map(v, (x) => x.div(c2)));
      delta = map(mh, (x, i) => ratio(x, root(vh[i])).mul(eta).neg());
      break;
    }
  }
  got('w', () => {
    const shrunk = !o.weightDecay.isZero() && decoupled(o, mistake) ? map(w0, (x) => x.sub(eta.mul(o.weightDecay).mul(x))) : w0;
    return map(shrunk, (x, i) => x.add(delta[i]));
  });
  return out;
}

/** Every step from the start. Throws StepError where a mistaken optimiser divides by zero. */
export function runAll(g: OptGiven, mistake: Mistake = 'none'): Run {
  const steps: StepValues[] = [];
  let prev = initial(g);
  for (let t = 1; t <= g.steps; t++) {
    const s = step(g, t, prev, mistake);
    steps.push(s);
    prev = { ...prev, ...s };
  }
  return { steps };
}

/**
 * The run from a submission's own values: each step takes the submission's quantities where it
 * states them (`own(key, t)`), and `computed` holds what each quantity is from the values before
 * it (the submission's own, where stated). Stops at a step that divides by zero.
 */
export function ownRun(g: OptGiven, mistake: Mistake, own: (k: Key, t: number) => Num[] | undefined): StepValues[] {
  const computed: StepValues[] = [];
  let prev = initial(g);
  for (let t = 1; t <= g.steps; t++) {
    const c: StepValues = {};
    try {
      prev = { ...prev, ...step(g, t, prev, mistake, (k) => own(k, t), c) };
    } catch (e) {
      if (e instanceof StepError) break;
      throw e;
    }
    computed.push(c);
  }
  return computed;
}

/** The values of step t−1 (the start for t = 1) for each key of step t: "w_{t−1} given for w_t". */
export function offByOne(g: OptGiven, ref: Run): Run {
  const init = initial(g);
  return {
    steps: ref.steps.map((_, i) => {
      const before = i === 0 ? init : ref.steps[i - 1];
      const out: StepValues = {};
      for (const k of keysOf(g.opt.name)) if (k !== 'g' && before[k]) out[k] = before[k];
      if (i === 0 && g.opt.name.startsWith('adam')) (out.m_hat = init.m), (out.v_hat = init.v);
      return out;
    }),
  };
}
