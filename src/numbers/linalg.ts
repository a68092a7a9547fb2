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

/** Coefficients c0..cn of det(λI − M) (Faddeev–LeVerrier, exact), highest first. */
export function charPoly(m: QMatrix): Fraction[] {
  const n = m.length;
  const I = (i: number, j: number) => new Frac(i === j ? 1n : 0n);
  const coeffs: Fraction[] = [new Frac(1n)];
  let Mk: QMatrix = m.map((r, i) => r.map((_, j) => I(i, j)).map(() => new Frac(0n)));
  for (let k = 1; k <= n; k++) {
    // M_k = A·M_{k−1} + c_{k−1}·I ; c_k = −tr(A·M_k)/k
    const prev = Mk;
    const AM = matMul(m, prev);
    Mk = AM.map((r, i) => r.map((v, j) => (i === j ? v.add(coeffs[k - 1]) : v)));
    const AMk = matMul(m, Mk);
    let tr: Fraction = new Frac(0n);
    for (let i = 0; i < n; i++) tr = tr.add(AMk[i][i]);
    coeffs.push(tr.neg().div(new Frac(BigInt(k))));
  }
  return coeffs;
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
