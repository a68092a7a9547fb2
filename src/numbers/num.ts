// Num: the one number type of gradecheck.
//
// A value is either rational (`q` set: exact, arbitrary size, BigInt-backed fraction.js) or a
// 64-digit decimal (`q` null) for surds, π, e, sigmoid outputs … The `exact` flag says whether
// the value is meant exactly: references are exact wherever mathematics allows; a student's
// plain decimal such as 0.131 is rational but *not* exact (it is a rounded figure), so it is
// compared with a tolerance, while "1/6" or 12 are compared exactly.
import { Dec, Frac, PRECISION, type Decimal, type Fraction } from './mathjs.js';

export class NumError extends Error {}

/** Largest rational we keep, in bits of numerator plus denominator: bounds hostile `10^10^…`. */
const MAX_BITS = 20_000;

export class Num {
  private dec: Decimal | undefined;
  /** The plain decimal literal a rational was read from, when its 64-digit value is the literal itself (see literalDec). */
  private lit: string | undefined;
  private constructor(
    readonly q: Fraction | null,
    d: Decimal | undefined,
    readonly exact: boolean,
    /** How to print a non-rational exact value, e.g. "6 + 2·sqrt(3)". */
    readonly symbol?: string,
  ) {
    this.dec = d;
  }

  /** The value at 64 digits; computed on first use (grading rationals rarely needs it). */
  get d(): Decimal {
    return (this.dec ??= this.lit !== undefined ? new Dec(this.lit) : fracToDec(this.q!));
  }

  static rational(q: Fraction, exact = true): Num {
    if (bitLength(q.n) + bitLength(q.d) > MAX_BITS) throw new NumError('the number is too large');
    return new Num(q, undefined, exact);
  }
  static decimal(d: Decimal, exact = false, symbol?: string): Num {
    if (!d.isFinite()) throw new NumError('the value is not finite');
    return new Num(null, d, exact, symbol);
  }
  static int(n: number | bigint): Num {
    return Num.rational(new Frac(BigInt(n)));
  }
  static frac(n: number | bigint, d: number | bigint): Num {
    return Num.rational(new Frac(BigInt(n), BigInt(d)));
  }
  static readonly ZERO = Num.int(0);
  static readonly ONE = Num.int(1);

  /** Reads a decimal literal exactly ("0.2" is 1/5, "1.5e-3" is 3/2000). */
  static parseDecimal(text: string, exact = true): Num {
    const n = Num.rational(decimalToFraction(text), exact);
    if (literalDec(text)) n.lit = text;
    return n;
  }

  get isRational(): boolean {
    return this.q !== null;
  }
  withExact(exact: boolean): Num {
    if (exact === this.exact) return this;
    const n = new Num(this.q, this.dec, exact, this.symbol);
    n.lit = this.lit;
    return n;
  }

  add(o: Num): Num {
    return this.q && o.q ? Num.rational(this.q.add(o.q), this.exact && o.exact) : Num.decimal(this.d.plus(o.d), this.exact && o.exact);
  }
  sub(o: Num): Num {
    return this.q && o.q ? Num.rational(this.q.sub(o.q), this.exact && o.exact) : Num.decimal(this.d.minus(o.d), this.exact && o.exact);
  }
  mul(o: Num): Num {
    return this.q && o.q ? Num.rational(this.q.mul(o.q), this.exact && o.exact) : Num.decimal(this.d.times(o.d), this.exact && o.exact);
  }
  div(o: Num): Num {
    if (o.isZero()) throw new NumError('division by zero');
    return this.q && o.q ? Num.rational(this.q.div(o.q), this.exact && o.exact) : Num.decimal(this.d.div(o.d), this.exact && o.exact);
  }
  neg(): Num {
    return this.q ? Num.rational(this.q.neg(), this.exact) : Num.decimal(this.d.neg(), this.exact, this.symbol && `-(${this.symbol})`);
  }
  abs(): Num {
    return this.sign() < 0 ? this.neg() : this;
  }
  powInt(n: number): Num {
    if (!Number.isInteger(n)) throw new NumError('exponent must be whole');
    if (this.q) {
      const bits = (bitLength(this.q.n) + bitLength(this.q.d)) * Math.abs(n);
      if (bits > MAX_BITS) throw new NumError('the number is too large');
      if (n < 0 && this.isZero()) throw new NumError('division by zero');
      return Num.rational(this.q.pow(n), this.exact);
    }
    return Num.decimal(this.d.pow(n), this.exact);
  }
  /** Square root: rational when the value is a rational square, a 64-digit decimal otherwise. */
  sqrt(): Num {
    if (this.sign() < 0) throw new NumError('square root of a negative number');
    if (this.q) {
      const rn = isqrt(this.q.n), rd = isqrt(this.q.d);
      if (rn * rn === this.q.n && rd * rd === this.q.d) return Num.rational(new Frac(rn, rd), this.exact);
    }
    return Num.decimal(this.d.sqrt(), this.exact);
  }

  sign(): number {
    return this.q ? Number(this.q.s) * (this.q.n === 0n ? 0 : 1) : this.d.isZero() ? 0 : this.d.isNeg() ? -1 : 1;
  }
  isZero(): boolean {
    return this.sign() === 0;
  }
  /** Compares values; between a rational and a decimal, at 64 digits. */
  cmp(o: Num): number {
    if (this.q && o.q) return this.q.compare(o.q);
    return this.d.comparedTo(o.d);
  }
  eq(o: Num): boolean {
    return this.cmp(o) === 0;
  }
  lt(o: Num): boolean {
    return this.cmp(o) < 0;
  }
  toNumber(): number {
    if (this.q && !this.dec) {
      // Past 1e308 a part is Infinity as a double (Infinity / Infinity = NaN): the 64-digit decimal then.
      const n = Number(this.q.n), d = Number(this.q.d);
      if (Number.isFinite(n) && Number.isFinite(d)) return (Number(this.q.s) * n) / d;
    }
    return this.d.toNumber();
  }
  isInteger(): boolean {
    return this.q !== null && this.q.d === 1n;
  }

  /** Short human form: 0.131, 1/6, 6 + 2·sqrt(3), 0.731059 (6 significant digits). */
  toString(): string {
    if (this.q) return formatRational(this.q);
    if (this.symbol) return this.symbol;
    return formatDecimal(this.d, 6);
  }
  /** Form that re-reads to the same value: exact fraction or all 64 digits. */
  toExact(): string {
    if (this.q) return this.q.d === 1n ? (this.q.s < 0n ? '-' : '') + this.q.n.toString() : signed(this.q) + `${this.q.n}/${this.q.d}`;
    return this.d.toString();
  }
  /** Decimal with `digits` significant digits (for showing reference values next to fractions). */
  toDecimalString(digits = 6): string {
    return formatDecimal(this.d, digits);
  }

  serialize(): SerializedNum {
    return this.q ? { q: this.toExact(), e: this.exact } : { d: this.d.toString(), e: this.exact, s: this.symbol };
  }
  static deserialize(s: SerializedNum): Num {
    if ('q' in s) {
      const [n, d] = s.q.split('/');
      return Num.rational(new Frac(BigInt(n), BigInt(d ?? '1')), s.e);
    }
    return Num.decimal(new Dec(s.d), s.e, s.s);
  }
}

export type SerializedNum = { q: string; e: boolean } | { d: string; e: boolean; s?: string };

function signed(q: Fraction): string {
  return q.s < 0n ? '-' : '';
}

export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n < 0x20000000000000n) {
    // Exact below 2^53, without building a string: the bits of the high and low 32-bit words.
    const x = Number(n);
    return x >= 0x100000000 ? 64 - Math.clz32(Math.floor(x / 0x100000000)) : Math.max(1, 32 - Math.clz32(x));
  }
  return n.toString(16).length * 4;
}

export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('isqrt of a negative number');
  if (n < 2n) return n;
  // A double's square root as the first guess; past a double's range (3^1000), a power of 2 above
  // the root. One Newton step from any guess lands at or above ⌊√n⌋ (the arithmetic-geometric mean
  // inequality survives the floors), and from there Newton's steps decrease to it: a few dozen
  // steps at most. (Stepping by ones from a double's guess, which can be off by 10^14 at 60
  // digits, hung on large entries.)
  const approx = Math.sqrt(Number(n));
  let x = Number.isFinite(approx) && approx >= 1 ? BigInt(Math.floor(approx)) : 1n << (BigInt(n.toString(2).length) / 2n + 1n);
  x = (x + n / x) >> 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * Whether a decimal literal's 64-digit value may be read from its text (decimal.js keeps a
 * value's digits normalised, so it is the same Decimal as n/d divided at 64 digits): a plain,
 * nonzero decimal of at most 64 significant digits, which 64 digits hold exactly. Anything else
 * (exponents, signs decimal.js reads otherwise, zero and its sign, longer literals) is divided.
 */
function literalDec(text: string): boolean {
  const m = /^-?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return false;
  const digits = (m[1] + (m[2] ?? '')).replace(/^0+/, '');
  return digits !== '' && digits.length <= PRECISION;
}

export function fracToDec(q: Fraction): Decimal {
  const n = new Dec(q.n.toString()).div(new Dec(q.d.toString()));
  return q.s < 0n ? n.neg() : n;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export function decimalToFraction(text: string): Fraction {
  const m = DECIMAL.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new NumError(`"${text}" is not a number`);
  const exp = Number(m[4] ?? '0') - (m[3] ?? '').length;
  if (Math.abs(exp) > 400) throw new NumError(`"${text}" is too large or too small`);
  let n = BigInt((m[2] || '0') + (m[3] ?? ''));
  let d = 1n;
  if (exp >= 0) n *= 10n ** BigInt(exp);
  else d = 10n ** BigInt(-exp);
  if (m[1] === '-') n = -n;
  return new Frac(n, d);
}

/** Terminating decimals print as decimals when short, other rationals as n/d. */
function formatRational(q: Fraction): string {
  const sign = signed(q);
  if (q.d === 1n) return sign + q.n.toString();
  let d = q.d, twos = 0, fives = 0;
  while (d % 2n === 0n) (d /= 2n), twos++;
  while (d % 5n === 0n) (d /= 5n), fives++;
  const places = Math.max(twos, fives);
  if (d === 1n && places <= 10) {
    const scaled = (q.n * 10n ** BigInt(places)) / q.d;
    const s = scaled.toString().padStart(places + 1, '0');
    return sign + s.slice(0, s.length - places) + '.' + s.slice(s.length - places);
  }
  return `${sign}${q.n}/${q.d}`;
}

export function formatDecimal(d: Decimal, digits: number): string {
  if (d.isZero()) return '0';
  const s = d.toSignificantDigits(digits).toString();
  if (!s.includes('e')) return s;
  const n = d.toSignificantDigits(digits).toNumber();
  return String(n);
}

/**
 * A value for a YAML answer file: a plain number where that is exact or short (0.131, 12), an
 * exact expression otherwise ("1/6", "3 - sqrt(5)"), `digits` significant digits for decimals.
 */
export function yamlValue(v: Num, digits = 12): number | string {
  const s = v.isRational ? v.toString() : (v.symbol ?? v.toDecimalString(digits));
  return /^-?\d+(\.\d+)?$/.test(s) && s.replace(/[-.]/g, '').length <= 15 ? Number(s) : s;
}

