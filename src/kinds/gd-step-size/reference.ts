// The exact answer of a gd-step-size problem.
// GD on f(u) = ½uᵀHu + bᵀu + c moves the error e = u − u* by e ← (I − ηH)e, so it converges
// from every start iff |1 − ηλ| < 1 for every eigenvalue λ of H: 0 < η < 2/λmax (open at both
// ends: at η = 2/λmax the component along the top eigenvector flips sign forever).
import { Frac } from '../../numbers/mathjs.js';
import { Num } from '../../numbers/num.js';
import { rank } from '../../numbers/linalg.js';
import { divideInto, sumExact, symmetricEigen, type Eigenvalue } from '../../numbers/eigen.js';
import type { Interval } from '../../answers/interval.js';
import { EMPTY } from '../../answers/interval.js';
import type { Quadratic } from './quadratic.js';

export type Outcome =
  /** Positive definite: one minimum, GD converges for 0 < η < 2/λmax. */
  | 'minimum'
  /** Positive semidefinite and singular, minimizers exist: GD converges (to a start-dependent minimizer) on the same range. */
  | 'minimizers'
  /** Indefinite, negative, or unbounded below along a flat direction: no minimum. */
  | 'no-minimum'
  /** H = 0 and no linear term: f is constant, every point minimises it, descent never moves (any η > 0). */
  | 'constant';

export interface GdReference {
  hessian: Num[][];
  eigenvalues: Eigenvalue[];
  /** Eigenvalues of H/2: what a student who forgot the factor 2 finds. */
  halfEigenvalues: Eigenvalue[];
  charPoly: string[] | null;
  outcome: Outcome;
  lambdaMax: Eigenvalue;
  lambdaMin: Eigenvalue;
  /** Smallest eigenvalue that is not 0 (the rate on the range of H when H is singular). */
  lambdaMinPositive: Eigenvalue | null;
  range: Interval;
  bound: Num | null;
  optimal: Num | null;
  rule: string;
  /** Top eigenvector, for evidence of divergence. */
  topVector: number[];
  /** Eigenvector of the smallest eigenvalue (the way down when there is no minimum). */
  bottomVector: number[];
}

export function computeReference(qd: Quadratic): GdReference {
  qd.checkSymbolic?.(); // a written function: mathjs's symbolic Hessian must equal the expansion's
  const H = qd.hessian;
  const eig = symmetricEigen(H);
  const half = symmetricEigen(qd.halfHessian);
  const values = eig.values;
  const lambdaMin = values[0], lambdaMax = values[values.length - 1];
  const positive = values.filter((e) => e.value.sign() > 0);
  const anyNegative = values.some((e) => e.value.sign() < 0);
  const singular = values.some((e) => e.value.isZero()) || rank(H.map((r) => r.map((v) => v.q ?? new Frac(0n)))) < H.length;
  let outcome: Outcome;
  const flat = !anyNegative && positive.length === 0;
  if (flat && qd.linear.every((b) => b.isZero())) outcome = 'constant';
  else if (anyNegative || positive.length === 0) outcome = 'no-minimum';
  else if (!singular) outcome = 'minimum';
  else {
    // A flat direction: minimizers exist iff ∇f = Hu + b = 0 is solvable, i.e. b in range(H).
    const Hq = H.map((r) => r.map((v) => v.q!));
    const aug = Hq.map((r, i) => [...r, qd.linear[i].q!]);
    outcome = rank(aug) === rank(Hq) ? 'minimizers' : 'no-minimum';
  }
  const lambdaMinPositive = positive[0] ?? null;
  let range: Interval = EMPTY, bound: Num | null = null, optimal: Num | null = null;
  if (outcome === 'constant') range = { empty: false, lo: Num.ZERO, loClosed: false, hi: null, hiClosed: false };
  else if (outcome !== 'no-minimum') {
    bound = divideInto(new Frac(2n), lambdaMax).value;
    range = { empty: false, lo: Num.ZERO, loClosed: false, hi: bound, hiClosed: false };
    optimal = divideInto(new Frac(2n), sumExact(lambdaMax, lambdaMinPositive!)).value;
  }
  return {
    hessian: H,
    eigenvalues: values,
    halfEigenvalues: half.values,
    charPoly: eig.charPoly?.map((c) => Num.rational(c).toString()) ?? null,
    outcome,
    lambdaMax,
    lambdaMin,
    lambdaMinPositive,
    range,
    bound,
    optimal,
    rule: outcome === 'no-minimum' ? 'none' : '0 < eta < 2/lambda_max',
    topVector: eig.vectors[eig.vectors.length - 1].map((d) => d.toNumber()),
    bottomVector: eig.vectors[0].map((d) => d.toNumber()),
  };
}
