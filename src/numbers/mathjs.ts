// The numeric libraries, loaded by need.
//
// Exact arithmetic is mathjs's own: fraction.js (BigInt rationals) and decimal.js (here at 64
// significant digits), the libraries mathjs uses for its Fraction and BigNumber types. They
// load in ~8 ms. mathjs itself — its expression parser and symbolic derivative — is loaded on
// first use, from its single-file bundle (~0.1 s; the ESM entry takes ~1.3 s), so a run whose
// answers are plain numbers and fractions never pays for it. This keeps a one-submission cold
// start under the 0.4 s target.
import { createRequire } from 'node:module';
import type * as MathJs from 'mathjs';
import FractionLib from 'fraction.js';
import { Decimal as DecimalLib } from 'decimal.js';

const require = createRequire(import.meta.url);

/** 64 significant digits: references are printed and compared at ≥ 30 digits. */
export const PRECISION = 64;

export type Fraction = FractionLib;
export type Decimal = DecimalLib;
export type MathNode = MathJs.MathNode;

export const Frac = FractionLib as unknown as {
  new (n: bigint | number | string, d?: bigint | number): Fraction;
};
export const Dec = DecimalLib.clone({ precision: PRECISION });
export const PI: Decimal = Dec.acos(-1);
export const E: Decimal = Dec.exp(1);

let instance: MathJs.MathJsInstance | undefined;

/** The mathjs instance (parse, derivative, simplify), created on first use. */
export function mathjs(): MathJs.MathJsInstance {
  if (!instance) {
    const m = require('mathjs/lib/browser/math.js') as typeof MathJs;
    instance = m.create(
      { parseDependencies: m.parseDependencies, derivativeDependencies: m.derivativeDependencies, simplifyDependencies: m.simplifyDependencies },
      { number: 'BigNumber', precision: PRECISION },
    ) as MathJs.MathJsInstance;
  }
  return instance;
}
