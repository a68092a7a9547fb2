// One mathjs instance for the whole program.
//
// Why the UMD bundle: `import 'mathjs'` (the ESM entry) builds every function eagerly and takes
// ~1.3 s on the 2-core machines here; the single-file bundle loads in ~0.12 s, which keeps a
// one-submission cold start well under the 0.4 s target. It is the same library and version.
import { createRequire } from 'node:module';
import type * as MathJs from 'mathjs';

const require = createRequire(import.meta.url);
const mathjs = require('mathjs/lib/browser/math.js') as typeof MathJs;

/** 64 significant digits: references are printed and compared at ≥ 30 digits. */
export const PRECISION = 64;

export const math = mathjs.create(
  {
    parseDependencies: mathjs.parseDependencies,
    derivativeDependencies: mathjs.derivativeDependencies,
    simplifyDependencies: mathjs.simplifyDependencies,
    BigNumberDependencies: mathjs.BigNumberDependencies,
    FractionDependencies: mathjs.FractionDependencies,
  },
  { number: 'BigNumber', precision: PRECISION },
) as MathJs.MathJsInstance;

export type Decimal = MathJs.BigNumber;
export type Fraction = MathJs.Fraction;
export type MathNode = MathJs.MathNode;

/** decimal.js constructor configured at PRECISION digits. */
export const Dec = (math as unknown as { BigNumber: unknown }).BigNumber as {
  new (v: string | number | Decimal): Decimal;
  (v: string | number | Decimal): Decimal;
  precision: number;
  acos(x: Decimal): Decimal;
  atan2(y: Decimal, x: Decimal): Decimal;
  cos(x: Decimal): Decimal;
  exp(x: Decimal): Decimal;
  ln(x: Decimal): Decimal;
  tanh(x: Decimal): Decimal;
  max(...x: Decimal[]): Decimal;
};
export const Frac = mathjs.Fraction as unknown as {
  new (n: bigint | number | string, d?: bigint | number): Fraction;
};
// math.pi is a double in this instance; take π at full precision instead.
export const PI: Decimal = Dec.acos(new Dec(-1));
export const E: Decimal = new Dec(1).exp();
