import { describe, expect, it } from 'vitest';
import { evaluateArithmetic, ExprError } from '../src/numbers/expr.js';
import { parseInterval, formatInterval } from '../src/answers/interval.js';
import { readMatrix, readScalar, AnswerError } from '../src/answers/values.js';
import { loadYamlText } from '../src/load/yaml.js';
import { get } from '../src/load/pnode.js';
import { close } from '../src/grading/compare.js';
import { Num } from '../src/numbers/num.js';
import { DEFAULT_TOLERANCE } from '../src/grading/types.js';

describe('restricted arithmetic', () => {
  it.each([
    ['1/6', '1/6', true],
    ['(5 - sqrt(5))/10', null, true],
    ['-0.7', '-7/10', false],
    ['2^10', '1024', true],
    ['2/12', '1/6', true],
    ['sqrt(16)', '4', true],
    ['√2 · √2', '2', true],
    ['1.5e-3', '3/2000', false],
    ['4^(1/2)', '2', true],
  ])('%s reads exactly', (text, exact, isExact) => {
    const { value } = evaluateArithmetic(text);
    if (exact) expect(value.toExact()).toBe(exact);
    expect(value.exact).toBe(isExact);
  });

  it('keeps surds at 64 digits', () => {
    const v = evaluateArithmetic('(5 - sqrt(5))/10').value;
    expect(v.isRational).toBe(false);
    expect(v.d.toString().slice(0, 32)).toBe('0.276393202250021030359082633126');
  });

  it.each([
    ['f(x) = x', /function definition/],
    ['a = 1', /assignment/],
    ['zeros(1e5, 1e5)', /function "zeros" is not allowed/],
    ['import({})', /not allowed/],
    ['x + 1', /unknown name "x"/],
    ['[1, 2]', /matrix or list/],
    ['1 ? 2 : 3', /condition/],
    ['2^100000', /exponents beyond/],
    ['(10^1000)^1000', /exponents beyond|too large/],
    ['1/0', /division by zero/],
    ['sqrt(-1)', /negative/],
    ['"abc"', /only numbers/],
    ['1 == 1', /not allowed/],
    ['x'.repeat(201), /longer than 200/],
    ['evaluate("1")', /not allowed/],
  ])('refuses %s', (text, msg) => {
    expect(() => evaluateArithmetic(text)).toThrow(ExprError);
    expect(() => evaluateArithmetic(text)).toThrow(msg);
  });
});

describe('intervals', () => {
  it.each([
    ['0 < eta < 1/6', '0 < eta < 1/6'],
    ['0 < η ≤ 1/6', '0 < eta <= 1/6'],
    ['0<γ<=1/6', '0 < eta <= 1/6'],
    ['(0, 1/6)', '0 < eta < 1/6'],
    ['(0, 1/6]', '0 < eta <= 1/6'],
    [']0, 1/6[', '0 < eta < 1/6'],
    ['[0, 1/6)', '0 <= eta < 1/6'],
    ['η ∈ (0, 1/6)', '0 < eta < 1/6'],
    ['1/6 > eta > 0', '0 < eta < 1/6'],
    ['eta < 0.5', 'eta < 0.5'],
    ['none', 'none'],
    ['(0, inf)', '0 < eta'],
  ])('%s', (text, expected) => {
    expect(formatInterval(parseInterval(text))).toBe(expected);
  });

  it('binds rule variables', () => {
    const i = parseInterval('0 < eta < 2/lambda_max', { lambda_max: Num.int(12) });
    expect(i.hi!.toExact()).toBe('1/6');
  });

  it.each(['eta', '0 < 1 < 2', '0 < eta > 1', '(0; ', 'x < f(2)'])('refuses %s', (t) => {
    expect(() => parseInterval(t)).toThrow();
  });
});

function node(yaml: string) {
  return get(loadYamlText(`v: ${yaml}`).root, 'v')!;
}

describe('answer values', () => {
  it('reads YAML decimals by their digits', () => {
    const e = readScalar(node('0.1'));
    expect(e.value.toExact()).toBe('1/10');
    expect(e.value.exact).toBe(false); // a rounded figure: compared with the tolerance
    expect(readScalar(node('12')).value.exact).toBe(true);
  });
  it.each(['.nan', '.inf', '-.inf', 'true', '"f(x)=1"', '[1]', '~'])('refuses %s', (y) => {
    expect(() => readScalar(node(y))).toThrow(AnswerError);
  });
  it('reads matrices with entry positions, a flat list as one row', () => {
    const m = readMatrix(node('[[1, 2], [3, "1/6"]]'));
    expect(m[1][1].value.toExact()).toBe('1/6');
    expect(m[1][1].pos).toEqual({ line: 1, column: 17 });
    expect(readMatrix(node('[1, 2, 3]')).length).toBe(1);
  });
  it('refuses ragged and oversized matrices with a code', () => {
    expect(() => readMatrix(node('[[1, 2], [3]]'))).toThrow(expect.objectContaining({ code: 'answer.wrong-shape' }));
    const big = `[${Array.from({ length: 101 }, () => `[${Array(100).fill(0).join(',')}]`).join(',')}]`;
    expect(() => readMatrix(node(big))).toThrow(expect.objectContaining({ code: 'answer.invalid' }));
  });
});

describe('tolerance', () => {
  const tol = DEFAULT_TOLERANCE;
  it.each([
    ['1.0185', '1.0185', true],
    ['1.019', '1.0185', true], // 4 significant digits
    ['1.02', '1.0185', true], // correctly rounded to 3 significant figures (the rounding rule)
    ['1.01', '1.0185', false], // 3 figures, but not the rounding
    ['1.0', '1.0185', false], // 2 figures: too few to be read as a rounding
    ['0.1667', '1/6', true],
    ['1/6', '1/6', true],
    ['1/7', '1/6', false],
    ['269300', '269322', false], // integers are exact: counts must be right
    ['0', '0', true],
  ])('%s vs %s', (got, exp, ok) => {
    const e = evaluateArithmetic(exp).value.withExact(true);
    expect(close(evaluateArithmetic(got).value, e, tol)).toBe(ok);
  });
});

describe('formulas print as mathematics', () => {
  it.each([
    ['4 * (x + y) - 1', '4(x + y) − 1'],
    ['6 * y + 4 * x', '6y + 4x'],
    ['2x^2 + 3y^2 + 4*x*y - x', '2x² + 3y² + 4x·y − x'],
    ['-2 * w1 + 3 * w2', '−2w1 + 3w2'],
    ['x^10', 'x^10'],
  ])('%s → %s', async (typed, printed) => {
    const { prettyMath } = await import('../src/numbers/expr.js');
    expect(prettyMath(typed)).toBe(printed);
  });
});
