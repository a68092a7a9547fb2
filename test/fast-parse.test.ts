// The fast arithmetic parser is a layer around mathjs's: wherever it builds a tree, that tree must
// evaluate exactly as mathjs's does (the same value, or the same refusal), and the quadratics it
// expands must equal those of the plain path. Checked on generated expressions and functions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fastParse } from '../src/numbers/fast-parse.js';
import { mathjs } from '../src/numbers/mathjs.js';
import { evalNode, ExprError } from '../src/numbers/expr.js';
import { Num } from '../src/numbers/num.js';
import { readQuadratic } from '../src/kinds/gd-step-size/quadratic.js';
import { loadYamlText } from '../src/load/yaml.js';

const vars = { x: Num.frac(3, 7), y: Num.int(-2), lambda_max: Num.int(12) };
const outcome = (tree: unknown) => {
  try {
    return evalNode(tree as never, vars).toExact();
  } catch (e) {
    if (e instanceof ExprError) return `refused: ${e.message}`;
    throw e;
  }
};

const ws = fc.constantFrom('', ' ', '  ');
const num = fc.oneof(fc.integer({ min: 0, max: 99 }).map(String), fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${b}`), fc.constantFrom('1e3', '2E-2', '0.50'));
const name = fc.constantFrom('x', 'y', 'pi', 'e', 'lambda_max', 'z', 'sqrt');
const expr: fc.Arbitrary<string> = fc.letrec((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    num,
    name,
    fc.tuple(tie('e') as fc.Arbitrary<string>, ws, fc.constantFrom('+', '-', '*', '/', '^'), ws, tie('e') as fc.Arbitrary<string>).map((p) => p.join('')),
    fc.tuple(fc.constantFrom('-', '+'), tie('e') as fc.Arbitrary<string>).map((p) => p.join('')),
    (tie('e') as fc.Arbitrary<string>).map((e) => `(${e})`),
    (tie('e') as fc.Arbitrary<string>).map((e) => `sqrt(${e})`),
    fc.tuple(num, ws, name).map((p) => p.join('')), // implicit products: 3x, 2 pi
    fc.tuple(tie('e') as fc.Arbitrary<string>, fc.constantFrom(' ', ''), name).map((p) => p.join('')),
    fc.tuple(tie('e') as fc.Arbitrary<string>, fc.constantFrom('(', ')', ',', '!', '%', '.', ' mod ', ' to ')).map((p) => p.join('')), // left to mathjs
  ),
})).e;

describe('fastParse against mathjs.parse', () => {
  it('where the fast parser builds a tree, it evaluates exactly as mathjs\'s (value or refusal)', () => {
    let built = 0;
    fc.assert(
      fc.property(expr, (text) => {
        const fast = fastParse(text);
        if (!fast) return;
        built++;
        let plain;
        try {
          plain = mathjs().parse(text);
        } catch (e) {
          throw new Error(`fast parsed "${text}", which mathjs refuses: ${(e as Error).message}`);
        }
        expect(outcome(fast), text).toBe(outcome(plain));
      }),
      { numRuns: 3000, seed: 20261129 },
    );
    expect(built).toBeGreaterThan(1500); // most of what is written takes the fast path
  });
  it.each(['-2x^2', '3x^2 + 2y^2 + x*y', '2^-1', '2^3^2', '-2^2', '(5 - sqrt(5))/10', '2 pi', 'x y', '2/lambda_max', '1e3*x'])('%s: the same value', (text) => {
    const fast = fastParse(text);
    expect(fast).not.toBeNull();
    expect(outcome(fast)).toBe(outcome(mathjs().parse(text)));
  });
  it.each(['1/2x', '0.1/-1 x', '0x1f', '2(3)', '(1)(2)', 'x(2)', 'sin(x)', '2.', '.5', '3!', '5 mod 2', '', '1 +', 'sqrt(2, 3)'])('%j is left to mathjs', (text) => expect(fastParse(text)).toBeNull());
});

describe('found by the property test', () => {
  it('sqrt of a number past a double\'s range (3^1000) is computed, not a RangeError', () => {
    const v = evalNode(fastParse('sqrt(3^1e3)')!, {});
    expect(Math.abs(v.toNumber() / Math.pow(3, 500) - 1)).toBeLessThan(1e-12); // 3^500 ≈ 3.6e238
    expect(evalNode(fastParse('sqrt(4^1000)')!, {}).toExact()).toBe((4n ** 500n).toString()); // a perfect square stays exact
  });
});

describe('quadratics read on the fast tree', () => {
  const fn = fc.tuple(fc.array(fc.tuple(fc.integer({ min: -9, max: 9 }).filter((c) => c !== 0), fc.constantFrom('x^2', 'y^2', 'x*y', 'xy', 'x', 'y', '', 'x*x', '(x+y)^2', '(x - 2y)*(x + y)/2')), { minLength: 1, maxLength: 5 })).map(([terms]) => terms.map(([c, t]) => `${c < 0 ? '-' : '+'} ${Math.abs(c)}${t}`).join(' '));
  it('give the Hessian and linear part of the plain (mathjs) path, and its gradient', () => {
    fc.assert(
      fc.property(fn, (text) => {
        const q = readQuadratic(loadYamlText(`function: "${text}"\nvariables: [x, y]`).root);
        // The plain path's figures: mathjs's symbolic derivative, checked against the expansion on first use.
        const H = mathjsHessian(text);
        expect(q.hessian.map((r) => r.map((v) => v.toExact()))).toEqual(H);
        expect(q.gradient).toHaveLength(2);
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

/** The Hessian of a quadratic by mathjs alone: parse, differentiate twice, evaluate. */
function mathjsHessian(text: string): string[][] {
  const m = mathjs();
  const tree = m.parse(text.replace(/(\d)(x|y|\()/g, '$1*$2').replace(/xy/g, 'x*y'));
  const zero = { x: Num.ZERO, y: Num.ZERO };
  return ['x', 'y'].map((a) => ['x', 'y'].map((b) => evalNode(m.derivative(m.derivative(tree, a, { simplify: false }), b, { simplify: false }), zero).toExact()));
}
