// Exact numbers of the form a + b·√r (a, b rational, r a square-free integer > 1): the
// eigenvalues of a symmetric 2×2 matrix, the bound 2/λmax, and so on, printed exactly.
import { Frac, type Fraction } from './mathjs.js';
import { Num, isqrt } from './num.js';

export class Surd {
  constructor(
    readonly a: Fraction,
    readonly b: Fraction,
    readonly r: bigint,
  ) {}

  static rational(q: Fraction): Surd {
    return new Surd(q, new Frac(0n), 1n);
  }

  /** √q for a rational q ≥ 0, with the square factors taken out. */
  static sqrtOf(q: Fraction): Surd {
    // √(n/d) = √(n·d)/d
    const [s, r] = squareFree(q.n * q.d);
    if (r === 1n) return Surd.rational(new Frac(s, q.d));
    return new Surd(new Frac(0n), new Frac(s, q.d), r);
  }

  get isRational(): boolean {
    return this.b.n === 0n || this.r === 1n;
  }
  private same(o: Surd): bigint {
    if (this.isRational) return o.r;
    if (o.isRational || o.r === this.r) return this.r;
    throw new Error('surds with different radicands');
  }
  add(o: Surd): Surd {
    return new Surd(this.a.add(o.a), this.b.add(o.b), this.same(o));
  }
  sub(o: Surd): Surd {
    return new Surd(this.a.sub(o.a), this.b.sub(o.b), this.same(o));
  }
  mul(o: Surd): Surd {
    const r = this.same(o);
    return new Surd(this.a.mul(o.a).add(this.b.mul(o.b).mul(new Frac(r))), this.a.mul(o.b).add(this.b.mul(o.a)), r);
  }
  /** Division by rationalising: x/(a + b√r) = x·(a − b√r)/(a² − b²r). */
  div(o: Surd): Surd {
    const r = this.same(o);
    const conj = new Surd(o.a, o.b.neg(), r);
    const den = o.a.mul(o.a).sub(o.b.mul(o.b).mul(new Frac(r)));
    const num = this.mul(conj);
    return new Surd(num.a.div(den), num.b.div(den), r);
  }
  scale(q: Fraction): Surd {
    return new Surd(this.a.mul(q), this.b.mul(q), this.r);
  }

  toNum(): Num {
    if (this.isRational) return Num.rational(this.a);
    const v = Num.rational(this.a).add(Num.rational(this.b).mul(Num.rational(new Frac(this.r)).sqrt()));
    return Num.decimal(v.d, true, this.format());
  }

  /** "6 + 2*sqrt(3)", "(5 - sqrt(5))/10": re-readable by the answer parser. */
  format(): string {
    if (this.isRational) return Num.rational(this.a).toString();
    const den = lcm(this.a.d, this.b.d);
    const A = (this.a.n * BigInt(this.a.s) * den) / this.a.d;
    const B = (this.b.n * BigInt(this.b.s) * den) / this.b.d;
    const absB = B < 0n ? -B : B;
    const root = `${absB === 1n ? '' : absB + '*'}sqrt(${this.r})`;
    const body = A === 0n ? (B < 0n ? '-' : '') + root : `${A} ${B < 0n ? '-' : '+'} ${root}`;
    if (den === 1n) return body;
    return A === 0n && !body.startsWith('-') ? `${body}/${den}` : `(${body})/${den}`;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}
function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/** n = s²·r with r square-free as far as trial division up to 10^5 can tell (still exact). */
export function squareFree(n: bigint): [bigint, bigint] {
  if (n === 0n) return [0n, 1n];
  let s = 1n, r = 1n, m = n;
  for (let p = 2n; p * p <= m && p < 100_000n; p += p === 2n ? 1n : 2n) {
    let k = 0;
    while (m % p === 0n) (m /= p), k++;
    s *= p ** BigInt(k >> 1);
    if (k & 1) r *= p;
  }
  const t = isqrt(m);
  if (t * t === m) s *= t;
  else r *= m;
  return [s, r];
}
