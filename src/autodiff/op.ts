// What an operation of the graph is: its output shape (checked when the graph is built), its
// exact forward value, and its vector–Jacobian product. The context carries the conventions
// (ReLU at 0, max-pool ties) and, for diagnosis, a named change to the local derivative.
import { Dec } from '../numbers/mathjs.js';
import { Num } from '../numbers/num.js';
import type { Tensor } from './tensor.js';

export class ShapeErr extends Error {}

/** Local-derivative changes the diagnoses recompute with (a student's mistake, made on purpose). */
export type Mutation = 'act-value' | 'softmax-diag' | 'norm-no-stats';

export interface OpCtx {
  /** Derivative of ReLU/leaky ReLU at exactly 0: the left one (0 / α) or the right one (1). */
  kink: 0 | 1;
  /** Which of tied max-pool entries gets the gradient. */
  tie: 'first' | 'last';
  mutation?: Mutation;
  /** Sums a broadcast gradient back to its operand's shape (a diagnosis may keep it unsummed). */
  reduce: (g: Tensor, shape: number[]) => Tensor;
  /** Forward: a ReLU input of exactly 0, or a tied max-pool window, was met. */
  note(what: 'kink' | 'tie'): void;
}

export interface Op<A = any> {
  shape(ins: number[][], a: A): number[];
  forward(xs: Tensor[], a: A, ctx: OpCtx): Tensor;
  /** The gradients of the inputs (null: none, e.g. class indices), given the output's gradient g. */
  backward(g: Tensor, xs: Tensor[], y: Tensor, a: A, ctx: OpCtx): (Tensor | null)[];
  /** Multiply-adds of one forward pass (for the load-time bound); default: output size. */
  cost?(ins: number[][], a: A): number;
}

/**
 * 64 digits cannot tell tanh from ±1 beyond |x| = 80, nor sigmoid from 1 beyond 155 (see
 * mlp-gradients): the value is written directly there (decimal.js's tanh of 1e6 takes minutes).
 */
const SATURATED = { tanh: 80, sigmoid: 155, exp: 100_000 };

const dec = (d: InstanceType<typeof Dec>): Num => Num.decimal(d);

/**
 * Below this relative gap two 64-digit values are the same number: a tie or a kink exact in
 * mathematics (s² − 1 = 2 with s = √3) that rounding moved in the last digits is still one.
 */
const NEAR = new Dec('1e-58');
export function cmpNear(a: Num, b: Num): number {
  if (a.isRational && b.isRational) return a.cmp(b);
  const scale = Dec.max(a.d.abs(), b.d.abs(), new Dec(1));
  return a.d.minus(b.d).abs().lte(scale.times(NEAR)) ? 0 : a.cmp(b);
}
/** Exactly 0, or a 64-digit value within rounding of 0 (a ReLU kink). */
export const nearZero = (x: Num): boolean => cmpNear(x, Num.ZERO) === 0;

export function sigmoidN(x: Num): Num {
  if (x.isZero()) return Num.frac(1, 2);
  if (x.d.gt(SATURATED.sigmoid)) return dec(new Dec(1));
  return dec(new Dec(1).div(Dec.exp(x.d.neg()).plus(1)));
}
export function tanhN(x: Num): Num {
  if (x.isZero()) return Num.ZERO;
  if (x.d.abs().gt(SATURATED.tanh)) return dec(new Dec(x.d.isNeg() ? -1 : 1));
  return dec(Dec.tanh(x.d));
}
export function expN(x: Num): Num {
  if (x.isZero()) return Num.ONE;
  if (x.d.abs().gt(SATURATED.exp)) throw new ShapeErr(`exp(${x.toDecimalString(6)}) is beyond what is computed (|x| ≤ ${SATURATED.exp})`);
  return dec(Dec.exp(x.d));
}
export function lnN(x: Num): Num {
  if (x.sign() <= 0) throw new ShapeErr(`log of ${x.toDecimalString(6)}: the logarithm needs a positive number`);
  if (x.eq(Num.ONE)) return Num.ZERO;
  return dec(Dec.ln(x.d));
}
/** x^p for a rational p: exact when x^p is rational (an exact root), 64 digits otherwise. */
export function powN(x: Num, p: Num): Num {
  if (p.isInteger()) return x.powInt(p.toNumber());
  const q = p.q!;
  if (x.isRational && q.d <= 64n) {
    const root = exactRoot(x, Number(q.d));
    if (root) return root.powInt(Number(q.s * q.n));
  }
  if (x.sign() < 0) throw new ShapeErr(`pow(${x.toDecimalString(6)}, ${p.toString()}): a fractional power of a negative number`);
  if (x.isZero()) {
    if (p.sign() < 0) throw new ShapeErr(`pow(0, ${p.toString()}): division by zero`);
    return Num.ZERO;
  }
  return dec(x.d.pow(p.d));
}

function exactRoot(x: Num, n: number): Num | null {
  if (x.sign() < 0) return null;
  if (n === 2) {
    const r = x.sqrt();
    return r.isRational ? r : null;
  }
  const guess = (v: bigint): bigint | null => {
    const r = BigInt(Math.round(Math.pow(Number(v), 1 / n)));
    for (const c of [r - 1n, r, r + 1n]) if (c >= 0n && c ** BigInt(n) === v) return c;
    return null;
  };
  const a = guess(x.q!.n), b = guess(x.q!.d);
  return a !== null && b !== null ? Num.frac(a, b) : null;
}
