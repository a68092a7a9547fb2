// Comparing answers with references: exact where both sides are exact, else a tolerance.
import type { Entry } from '../answers/values.js';
import { finding } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import { Num } from '../numbers/num.js';
import { Dec, Frac, type Fraction } from '../numbers/mathjs.js';
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
 * or `decimals`. Otherwise, by default, exact values compare exactly and the rest within the
 * relative or absolute tolerance; with `sigfigs` or `decimals`, only an exact equal is right too.
 */
export function close(got: Num, expected: Num, tol: Tolerance): boolean {
  const w = writtenOf(got);
  if (w && roundsTo(got, expected, w, tol)) return true;
  if (tol.sigfigs !== undefined || tol.decimals !== undefined) return exactlyEqual(got, expected);
  return withinTolerance(got, expected, tol);
}

function roundsTo(got: Num, expected: Num, w: Written, tol: Tolerance): boolean {
  const enough = tol.decimals !== undefined ? -w.place >= tol.decimals : w.sig >= (tol.sigfigs ?? MIN_ROUNDED_SIGFIGS);
  if (!enough) return false;
  // |got − expected| ≤ ½·10^place, exactly where both are rational.
  if (got.isRational && expected.isRational) {
    const half = w.place >= 0 ? new Frac(5n * 10n ** BigInt(w.place), 10n) : new Frac(5n, 10n ** BigInt(1 - w.place));
    return got.q!.sub(expected.q!).abs().compare(half) <= 0;
  }
  return got.d.minus(expected.d).abs().lte(new Dec(5).times(new Dec(10).pow(w.place - 1)));
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
    const diff = got.q!.sub(expected.q!).abs();
    const e = expected.q!.abs();
    return diff.compare(TOL_FRAC(tol.abs)) <= 0 || diff.compare(e.mul(TOL_FRAC(tol.rel))) <= 0;
  }
  const diff = got.d.minus(expected.d).abs();
  return diff.lte(new Dec(tol.abs)) || diff.lte(expected.d.abs().times(new Dec(tol.rel)));
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
      if (close(g.value, e, tol)) {
        correct++;
        return false;
      }
      findings.push(finding('value.mismatch', { part, where: where(rows, cols, i, j), got: g.text, expected: showExpected(e) }, { pos: g.pos }));
      return true;
    }),
  );
  return { total: rows * cols, correct, wrong, findings };
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
