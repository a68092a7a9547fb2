// How precisely a student wrote a decimal: its significant figures and the place of its last
// digit, read from the text as written ("-0.0350" has 3 figures, the last in the 10⁻⁴ place;
// "1.000" has 4). A rounded answer is right when it is the exact value correctly rounded to the
// digits written (grading/compare.ts). Kept beside the number, by identity: an answer's Num
// flows unchanged from the reader to every comparison and diagnosis of its part.
import type { Num } from './num.js';

export interface Written {
  /** Significant figures written (trailing zeros count). */
  sig: number;
  /** Exponent of the last written digit: −4 for 0.0421, 0 for 124. */
  place: number;
}

const DECIMAL = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const marks = new WeakMap<Num, Written>();

/** The precision of a decimal literal, or null for anything else ("1/6", "sqrt(2)"). */
export function readWritten(text: string): Written | null {
  const m = DECIMAL.exec(text.trim());
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return null;
  const int = m[1], frac = m[2] ?? '';
  const digits = (int + frac).replace(/^0+/, '');
  return { sig: digits === '' ? Math.max(1, frac.length) : digits.length, place: Number(m[3] ?? 0) - frac.length };
}

/** Records how `n` was written when `text` is a decimal literal; returns n. */
export function markWritten(n: Num, text: string): Num {
  const w = readWritten(text);
  if (w) marks.set(n, w);
  return n;
}

/** Records a precision read elsewhere (scientific notation, percentages: see notation.ts); returns n. */
export function markWrittenAs(n: Num, w: Written): Num {
  marks.set(n, w);
  return n;
}

export function writtenOf(n: Num): Written | undefined {
  return marks.get(n);
}
