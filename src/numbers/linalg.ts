// Exact and high-precision linear algebra for small matrices (a Hessian is rarely beyond 10×10).
import { Dec, Frac, type Decimal, type Fraction } from './mathjs.js';
import { Num } from './num.js';

export type QMatrix = Fraction[][];

export function rank(m: QMatrix): number {
  const a = m.map((r) => [...r]);
  const rows = a.length, cols = a[0]?.length ?? 0;
  let rk = 0;
  for (let c = 0; c < cols && rk < rows; c++) {
    const p = a.findIndex((r, i) => i >= rk && r[c].n !== 0n);
    if (p < 0) continue;
    [a[p], a[rk]] = [a[rk], a[p]];
    for (let i = 0; i < rows; i++) {
      if (i === rk) continue;
      const f = a[i][c].div(a[rk][c]);
      if (f.n !== 0n) for (let j = c; j < cols; j++) a[i][j] = a[i][j].sub(f.mul(a[rk][j]));
    }
    rk++;
  }
  return rk;
}

/**
 * Coefficients c0..cn of det(λI − M), highest first, exact. M is scaled by the common
 * denominator D to an integer matrix, whose polynomial Faddeev–LeVerrier computes in BigInt
 * (every c_k of an integer matrix is an integer, so the division by k is exact): fractions would
 * reduce a gcd at every step, which took 10–20 s on a 12×12 matrix of small fractions. Then
 * c_k(M) = c_k(D·M) / D^k.
 */
export function charPoly(m: QMatrix): Fraction[] {
  const n = m.length;
  let D = 1n;
  for (const r of m) for (const v of r) D = lcm(D, v.d);
  const A = m.map((r) => r.map((v) => (v.s < 0n ? -v.n : v.n) * (D / v.d)));
  const coeffs: bigint[] = [1n];
  let Mk: bigint[][] = A.map((r) => r.map(() => 0n));
  for (let k = 1; k <= n; k++) {
    // M_k = A·M_{k−1} + c_{k−1}·I ; c_k = −tr(A·M_k)/k
    Mk = intMatMul(A, Mk);
    for (let i = 0; i < n; i++) Mk[i][i] += coeffs[k - 1];
    let tr = 0n;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) tr += A[i][j] * Mk[j][i];
    coeffs.push(-tr / BigInt(k));
  }
  let scale = 1n;
  return coeffs.map((c, k) => {
    if (k > 0) scale *= D;
    return new Frac(c, scale);
  });
}

function intMatMul(a: bigint[][], b: bigint[][]): bigint[][] {
  const n = a.length;
  return a.map((r) => {
    const out = new Array<bigint>(n).fill(0n);
    for (let k = 0; k < n; k++) {
      const x = r[k];
      if (x === 0n) continue;
      const bk = b[k];
      for (let j = 0; j < n; j++) out[j] += x * bk[j];
    }
    return out;
  });
}

function lcm(a: bigint, b: bigint): bigint {
  let x = a, y = b;
  while (y) [x, y] = [y, x % y];
  return (a / x) * b;
}

export function matMul(a: QMatrix, b: QMatrix): QMatrix {
  return a.map((r) => b[0].map((_, j) => r.reduce((s, v, k) => s.add(v.mul(b[k][j])), new Frac(0n) as Fraction)));
}

/** p(x) for coefficients highest first. */
export function polyEval(p: Fraction[], x: Fraction): Fraction {
  return p.reduce((acc, c) => acc.mul(x).add(c), new Frac(0n) as Fraction);
}

/** Divides p by (x − r), r a root. */
export function deflate(p: Fraction[], r: Fraction): Fraction[] {
  const out: Fraction[] = [];
  let acc: Fraction = new Frac(0n);
  for (let i = 0; i < p.length - 1; i++) {
    acc = acc.mul(r).add(p[i]);
    out.push(acc);
  }
  return out;
}

/** Eigenvalues of a symmetric matrix by cyclic Jacobi rotations at 64 digits, ascending. */
export function jacobiEigenvalues(m: Num[][]): { values: Decimal[]; vectors: Decimal[][] } {
  const n = m.length;
  const a = m.map((r) => r.map((v) => v.d));
  const v = a.map((_, i) => a.map((__, j) => new Dec(i === j ? 1 : 0)));
  const eps = new Dec('1e-60');
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = new Dec(0);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off = off.plus(a[i][j].times(a[i][j]));
    if (off.lte(eps.times(eps))) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (a[p][q].isZero()) continue;
        const theta = a[q][q].minus(a[p][p]).div(a[p][q].times(2));
        const sign = theta.isNeg() ? -1 : 1;
        const t = new Dec(sign).div(theta.abs().plus(theta.times(theta).plus(1).sqrt()));
        const c = new Dec(1).div(t.times(t).plus(1).sqrt());
        const s = t.times(c);
        for (let k = 0; k < n; k++) {
          const akp = a[k][p], akq = a[k][q];
          a[k][p] = c.times(akp).minus(s.times(akq));
          a[k][q] = s.times(akp).plus(c.times(akq));
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k], aqk = a[q][k];
          a[p][k] = c.times(apk).minus(s.times(aqk));
          a[q][k] = s.times(apk).plus(c.times(aqk));
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p], vkq = v[k][q];
          v[k][p] = c.times(vkp).minus(s.times(vkq));
          v[k][q] = s.times(vkp).plus(c.times(vkq));
        }
      }
    }
  }
  const order = a.map((_, i) => i).sort((i, j) => a[i][i].comparedTo(a[j][j]));
  return { values: order.map((i) => a[i][i]), vectors: order.map((i) => v.map((row) => row[i])) };
}

/** The best rational with denominator ≤ maxDen close to x (continued fractions). */
export function rationalNear(x: Decimal, maxDen = 1_000_000n): Fraction {
  let h0 = 0n, h1 = 1n, k0 = 1n, k1 = 0n;
  let y = x;
  for (let i = 0; i < 60; i++) {
    const a = BigInt(y.floor().toFixed(0));
    const h2 = a * h1 + h0, k2 = a * k1 + k0;
    if (k2 > maxDen) break;
    [h0, h1, k0, k1] = [h1, h2, k1, k2];
    const frac = y.minus(y.floor());
    if (frac.lt('1e-50')) break;
    y = new Dec(1).div(frac);
  }
  return new Frac(h1, k1);
}
