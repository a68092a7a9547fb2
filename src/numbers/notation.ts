// Numbers as students write them by hand, read with the precision they were written with:
// scientific notation in every spelling ("1.77e-3", "1.77*10^-3", "1.77 x 10^(-3)",
// "1.77×10⁻³", "1.77·10**-3") and percentages ("16.2%"). Each is a rounded figure: 1.77e-3 has 3
// significant figures, its last in the 10⁻⁵ place, exactly as 0.00177 has; "16.2%" is 0.162 with
// 3 figures, its last in the 10⁻³ place. The value is exact (a fraction); how it was written goes
// beside it (written.ts), so comparisons judge it as a grader judges a rounded answer.
import { Num } from './num.js';
import { readWritten, type Written } from './written.js';

const MANTISSA = String.raw`([+-]?)(\d+(?:\.\d*)?|\.\d+)`;
/** "1.77e-3", "1.77E+03" */
const E_NOTATION = new RegExp(String.raw`^${MANTISSA}[eE]([+-]?\d+)$`);
/** "1.77*10^-3", "1.77 x 10^(-3)", "1.77*10**-3" (after normalizeMathText turned × and · into *) */
const TIMES_TEN = new RegExp(String.raw`^${MANTISSA}\s*(?:\*|x|X)\s*10\s*(?:\^|\*\*)\s*(?:\(\s*([+-]?\d+)\s*\)|([+-]?\d+))$`);
/** "16.2%", "1.5e1 %" */
const PERCENT = new RegExp(String.raw`^${MANTISSA}(?:[eE]([+-]?\d+))?\s*%$`);

/** Exponents past this are not a student's rounded figure (and would make huge fractions). */
const MAX_EXPONENT = 400;

export interface WrittenNumber {
  value: Num;
  written: Written;
}

/**
 * A number in scientific notation or a percentage, with how it was written; null for any other
 * text (plain decimals and fractions are read elsewhere). `text` is already normalised (see
 * normalizeMathText: superscripts read as ^, × and · as *).
 */
export function readNotation(text: string): WrittenNumber | null {
  const t = text.trim();
  let m = E_NOTATION.exec(t);
  if (m) return scaled(m[1], m[2], Number(m[3]));
  m = TIMES_TEN.exec(t);
  if (m) return scaled(m[1], m[2], Number(m[3] ?? m[4]));
  m = PERCENT.exec(t);
  if (m) return scaled(m[1], m[2], Number(m[3] ?? 0) - 2);
  return null;
}

/** sign·mantissa·10^exp, its precision that of the mantissa moved by exp places. */
function scaled(sign: string, mantissa: string, exp: number): WrittenNumber | null {
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > MAX_EXPONENT) return null;
  const w = readWritten(mantissa);
  if (!w) return null;
  const value = Num.parseDecimal(`${sign}${mantissa.startsWith('.') ? '0' : ''}${mantissa}e${exp}`);
  return { value, written: { sig: w.sig, place: w.place + exp } };
}

/**
 * Whether a number as written is a rounded figure (compared as one) rather than an exact value:
 * anything not whole, and a whole number whose last written digit is above the units
 * (1.5e3, 2e3 have 2 and 1 figures). 1500 as written is exact.
 */
export function isRoundedFigure(value: Num, written: Written): boolean {
  return !value.isInteger() || written.place > 0;
}
