// Eigenvalues of a symmetric matrix, exact wherever mathematics allows:
//   1×1, 2×2      exact (rationals, or surds a + b√r by the quadratic formula)
//   n×n           exact rational roots of the characteristic polynomial (found from 64-digit
//                 Jacobi values, then proven by exact evaluation and deflated); a quadratic
//                 factor left over is solved exactly; anything else stays at 64 digits.
// mathjs's own `eigs` is not used: on BigNumber matrices it compares decimals with `<` and
// sorts by absolute value (residuals up to 5e-3 measured on 3×3/5×5 in 15.2.0).
import { Frac, type Decimal, type Fraction } from './mathjs.js';
import { Num } from './num.js';
import { Surd } from './surd.js';
import { charPoly, deflate, jacobiEigenvalues, polyEval, rationalNear } from './linalg.js';

export interface Eigenvalue {
  value: Num;
  /** Exact form when it is rational or a + b√r. */
  surd: Surd | null;
}

export interface EigenResult {
  /** Ascending. */
  values: Eigenvalue[];
  /** Unit eigenvectors (64 digits), in the order of `values`. */
  vectors: Decimal[][];
  /** det(λI − H), highest power first, when H is rational. */
  charPoly: Fraction[] | null;
}

export function symmetricEigen(H: Num[][]): EigenResult {
  const { vectors, values: approx } = jacobiEigenvalues(H);
  const rational = H.every((r) => r.every((v) => v.isRational));
  if (!rational) return { values: approx.map((d) => ({ value: Num.decimal(d, true), surd: null })), vectors, charPoly: null };
  const Q = H.map((r) => r.map((v) => v.q!));
  const poly = charPoly(Q);
  const exact = exactRoots(poly, approx);
  const order = exact.map((_, i) => i).sort((i, j) => exact[i].value.cmp(exact[j].value));
  // Pair exact values with Jacobi's vectors: both lists are ascending.
  return { values: order.map((i) => exact[i]), vectors, charPoly: poly };
}

function exactRoots(poly: Fraction[], approx: Decimal[]): Eigenvalue[] {
  const n = poly.length - 1;
  if (n === 1) return [{ value: Num.rational(poly[1].neg()), surd: Surd.rational(poly[1].neg()) }];
  if (n === 2) return quadraticRoots(poly);
  let p = poly;
  const found: Eigenvalue[] = [];
  const rest: Decimal[] = [];
  for (const x of approx) {
    const q = rationalNear(x);
    if (p.length > 1 && polyEval(p, q).n === 0n) {
      found.push({ value: Num.rational(q), surd: Surd.rational(q) });
      p = deflate(p, q);
    } else rest.push(x);
  }
  if (p.length === 3) return [...found, ...quadraticRoots(p)];
  return [...found, ...rest.map((d) => ({ value: Num.decimal(d, true), surd: null }))];
}

/** Roots of a·λ² + b·λ + c (real: H is symmetric). */
function quadraticRoots([a, b, c]: Fraction[]): Eigenvalue[] {
  // λ = −b/2a ± √(b² − 4ac)/2a
  const disc = b.mul(b).sub(a.mul(c).mul(new Frac(4n)));
  const mid = Surd.rational(b.neg().div(a.mul(new Frac(2n))));
  const half = Surd.sqrtOf(disc.s < 0n ? new Frac(0n) : disc).scale(new Frac(1n).div(a.mul(new Frac(2n))));
  const lo = mid.sub(half), hi = mid.add(half);
  return [lo, hi].map((s) => ({ value: s.toNum(), surd: s }));
}

/** k/λ exactly where λ is exact (rational or a surd), else at 64 digits. */
export function divideInto(k: Fraction, e: Eigenvalue): { value: Num; surd: Surd | null } {
  if (e.surd) {
    const s = Surd.rational(k).div(e.surd);
    return { value: s.toNum(), surd: s };
  }
  return { value: Num.rational(k).div(e.value), surd: null };
}

export function sumExact(a: Eigenvalue, b: Eigenvalue): Eigenvalue {
  if (a.surd && b.surd && (a.surd.isRational || b.surd.isRational || a.surd.r === b.surd.r)) {
    const s = a.surd.add(b.surd);
    return { value: s.toNum(), surd: s };
  }
  return { value: a.value.add(b.value), surd: null };
}
