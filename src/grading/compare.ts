// Comparing answers with references: exact where both sides are exact, else a tolerance.
import type { Entry } from '../answers/values.js';
import { finding } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import { Num } from '../numbers/num.js';
import { Dec, Frac, type Decimal, type Fraction } from '../numbers/mathjs.js';
import { writtenOf, type Written } from '../numbers/written.js';
import { decimalToFraction } from '../numbers/num.js';
import type { Tolerance } from './types.js';

const tolCache = new Map<number, Fraction>();
/** A tolerance (a double such as 1e-3) as the exact fraction of its decimal form. */
function TOL_FRAC(x: number): Fraction {
  let f = tolCache.get(x);
  if (!f) tolCache.set(x, (f = decimalToFraction(String(x))));
  return f;
}

/** Below this relative gap two 64-digit decimals are the same exact number. */
const EXACT_EPS = new Dec('1e-40');

/** A rounded answer needs at least this many significant figures to be read as a rounding (0.04 for 0.0421 is not). */
export const MIN_ROUNDED_SIGFIGS = 3;

/**
 * Whether `got` is right for `expected`. A decimal the student wrote is right when it is the
 * exact value correctly rounded to the digits written (within half a unit of its last place) and
 * those digits are enough: at least 3 significant figures by default, or the problem's `sigfigs`
 * or `decimals`. With `sigfigs: N` a value written with at least N figures is also right within
 * half a unit of the N-th significant figure of the exact value (0.024526 for 0.02452675 under
 * sigfigs 4), and with `decimals: N` within half a unit of the N-th decimal. Otherwise, by
 * default, exact values compare exactly and the rest within the relative or absolute tolerance;
 * with `sigfigs` or `decimals`, only an exact equal is right too.
 */
export function close(got: Num, expected: Num, tol: Tolerance): boolean {
  return judge(got, expected, tol) === 'right';
}

/** `too-few-figures`: correctly rounded as far as it goes, but with fewer figures (or decimals) than asked. */
export type Verdict = 'right' | 'too-few-figures' | 'wrong';

export function judge(got: Num, expected: Num, tol: Tolerance): Verdict {
  const w = writtenOf(got);
  if (w && enoughFigures(w, tol)) {
    if (withinHalfUnit(got, expected, w.place)) return 'right';
    const place = requiredPlace(expected, tol);
    if (place !== null && withinHalfUnit(got, expected, place)) return 'right';
  }
  if (tol.sigfigs !== undefined || tol.decimals !== undefined) {
    if (exactlyEqual(got, expected)) return 'right';
  } else if (withinTolerance(got, expected, tol)) return 'right';
  // A rounding that stops too early ("-0.28" for −0.2796): not a wrong value, too few figures.
  // Whole numbers and zero as written are answers in their own right, not roundings.
  if (w && !got.exact && !got.isZero() && !enoughFigures(w, tol) && withinHalfUnit(got, expected, w.place)) return 'too-few-figures';
  return 'wrong';
}

/** What a written value must have: decimals, or significant figures (3 by default). */
export function figuresNeeded(tol: Tolerance): { count: number; unit: 'decimals' | 'significant figures' } {
  return tol.decimals !== undefined ? { count: tol.decimals, unit: 'decimals' } : { count: tol.sigfigs ?? MIN_ROUNDED_SIGFIGS, unit: 'significant figures' };
}

function enoughFigures(w: Written, tol: Tolerance): boolean {
  return tol.decimals !== undefined ? -w.place >= tol.decimals : w.sig >= (tol.sigfigs ?? MIN_ROUNDED_SIGFIGS);
}

/** The place of the last digit the problem asks for, in the exact value: its N-th significant figure, or N-th decimal. */
function requiredPlace(expected: Num, tol: Tolerance): number | null {
  if (tol.decimals !== undefined) return -tol.decimals;
  if (tol.sigfigs === undefined || expected.isZero()) return null;
  // decimal.js keeps the exponent of the leading digit: 0.0245 → −2.
  return expected.d.e - tol.sigfigs + 1;
}

/** ½·10^place as a fraction and as a decimal, made once per place (places are few: a literal's last digit). */
const halfFracs = new Map<number, Fraction>();
const halfDecs = new Map<number, Decimal>();
function halfFrac(place: number): Fraction {
  let h = halfFracs.get(place);
  if (!h) halfFracs.set(place, (h = place >= 0 ? new Frac(5n * 10n ** BigInt(place), 10n) : new Frac(5n, 10n ** BigInt(1 - place))));
  return h;
}
function halfDec(place: number): Decimal {
  let h = halfDecs.get(place);
  if (!h) halfDecs.set(place, (h = new Dec(5).times(new Dec(10).pow(place - 1))));
  return h;
}

/** |got − expected| ≤ ½·10^place, exactly where both are rational. */
function withinHalfUnit(got: Num, expected: Num, place: number): boolean {
  if (got.isRational && expected.isRational) return absDiffAtMost(got.q!, expected.q!, halfFrac(place));
  return got.d.minus(expected.d).abs().lte(halfDec(place));
}

/**
 * |a − b| ≤ bound for rationals, in integers: |a.n·b.d − b.n·a.d|·bound.d ≤ bound.n·a.d·b.d
 * (denominators are positive). The same answer as a.sub(b).abs().compare(bound) ≤ 0 without
 * reducing the difference to lowest terms (a gcd per comparison).
 */
export function absDiffAtMost(a: Fraction, b: Fraction, bound: Fraction): boolean {
  let diff = a.s * a.n * b.d - b.s * b.n * a.d;
  if (diff < 0n) diff = -diff;
  return diff * bound.d <= bound.s * bound.n * a.d * b.d;
}

/** A tolerance (a double) as a 64-digit decimal, made once per value. */
const tolDecs = new Map<number, Decimal>();
function tolDec(x: number): Decimal {
  let d = tolDecs.get(x);
  if (!d) tolDecs.set(x, (d = new Dec(x)));
  return d;
}

function exactlyEqual(got: Num, expected: Num): boolean {
  if (got.isRational && expected.isRational) return got.eq(expected);
  const scale = Dec.max(expected.d.abs(), new Dec(1));
  return got.d.minus(expected.d).abs().lte(scale.times(EXACT_EPS));
}

function withinTolerance(got: Num, expected: Num, tol: Tolerance): boolean {
  if (got.exact && expected.exact) return exactlyEqual(got, expected);
  if (got.isRational && expected.isRational) {
    // Rationals compare exactly: |g − e| ≤ max(abs, rel·|e|), without 64-digit decimals.
    const e = expected.q!;
    return absDiffAtMost(got.q!, e, TOL_FRAC(tol.abs)) || absDiffAtMost(got.q!, e, e.abs().mul(TOL_FRAC(tol.rel)));
  }
  const diff = got.d.minus(expected.d).abs();
  return diff.lte(tolDec(tol.abs)) || diff.lte(expected.d.abs().times(tolDec(tol.rel)));
}

/** How a reference value is shown to students: 0.131, 1/6 (≈ 0.166667), 6 + 2·sqrt(3) (≈ 9.4641). */
export function showExpected(v: Num): string {
  const s = v.toString();
  if (v.isRational && s.includes('/')) return `${s} (≈ ${v.toDecimalString(6)})`;
  if (!v.isRational && v.symbol) return `${s} (≈ ${v.toDecimalString(6)})`;
  return s;
}

export function where(rows: number, cols: number, i: number, j: number): string {
  if (rows === 1 && cols === 1) return '';
  if (rows === 1) return `entry ${j + 1}`;
  if (cols === 1) return `entry ${i + 1}`;
  return `row ${i + 1}, column ${j + 1}`;
}

export interface EntryComparison {
  total: number;
  correct: number;
  /** wrong[i][j] true where the entry is outside the tolerance. */
  wrong: boolean[][];
  findings: Finding[];
}

/** Per-entry comparison of a matrix answer (vectors and scalars are 1-row matrices). */
export function compareMatrix(part: string, got: Entry[][], expected: Num[][], tol: Tolerance): EntryComparison {
  const rows = expected.length, cols = expected[0]?.length ?? 0;
  const findings: Finding[] = [];
  let correct = 0;
  const wrong = expected.map((row, i) =>
    row.map((e, j) => {
      const g = got[i][j];
      const f = entryFinding(part, where(rows, cols, i, j), g, e, tol);
      if (!f) {
        correct++;
        return false;
      }
      findings.push(f);
      return true;
    }),
  );
  return { total: rows * cols, correct, wrong, findings };
}

/**
 * The finding for one entry, null when it is right: `value.too-few-figures` for a rounding that
 * stops too early, else `value.mismatch`. Kinds that judge entries one by one use it so the
 * student is told which it is.
 */
export function entryFinding(part: string, at: string, g: Entry, expected: Num, tol: Tolerance): Finding | null {
  const v = judge(g.value, expected, tol);
  if (v === 'right') return null;
  if (v === 'too-few-figures') {
    const w = writtenOf(g.value)!;
    const need = figuresNeeded(tol);
    return finding('value.too-few-figures', { part, where: at, got: g.text, written: need.unit === 'decimals' ? Math.max(0, -w.place) : w.sig, needed: need.count, unit: need.unit, expected: showExpected(expected) }, { pos: g.pos });
  }
  return finding('value.mismatch', { part, where: at, got: g.text, expected: showExpected(expected) }, { pos: g.pos });
}

export function matrixClose(got: Num[][], expected: Num[][], tol: Tolerance): boolean {
  return (
    got.length === expected.length &&
    got.every((r, i) => r.length === expected[i].length && r.every((g, j) => close(g, expected[i][j], tol)))
  );
}

export function values(m: Entry[][]): Num[][] {
  return m.map((r) => r.map((e) => e.value));
}
