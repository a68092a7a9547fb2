// The graph language: what it refuses, at which line and column (in the YAML file), and that no
// input — however hostile — is evaluated, hangs, or escapes as anything but a ProblemError.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadYamlText } from '../../load/yaml.js';
import { ProblemError } from '../types.js';
import { readGraphGiven } from './problem.js';
import { computeRef } from './reference.js';
import { buildGraph, GraphError } from '../../autodiff/build.js';
import { Num } from '../../numbers/num.js';

const GIVEN = `inputs: { x: [[1, 2]], W: [[1, 0], [0, 1]], b: [1, 2] }
targets: { t: [[0, 1]] }
graph:
  - L = half_sse(x, t)
`;
/** The given block with `line` as the graph's first line: the line sits at YAML line 4, its text from column 5. */
function refusal(line: string): { message: string; line?: number; column?: number } {
  const text = GIVEN.replace('  - L = half_sse(x, t)', `  - ${line}\n  - L = half_sse(x, t)`);
  try {
    readGraphGiven(loadYamlText(text).root);
  } catch (e) {
    if (e instanceof ProblemError) return { message: e.message, line: e.pos?.line, column: e.pos?.column };
    throw e;
  }
  return { message: 'accepted' };
}

describe('graph language: refused at line:column', () => {
  // [line text, column of the offending token in the text (1-based), a word of the message]
  const cases: [string, number, RegExp][] = [
    ['y = foo(x)', 5, /"foo" is not a function/],
    ['y = x ** 2', 7, /\*\*/],
    ['y = x % 2', 7, /"%" is not in the graph language/],
    ['y = x.shape', 7, /only "\.T"/],
    ['y = z + x', 5, /"z" is not defined/],
    ['y = x @ b @ W', 11, /inner sizes/],
    ['y = x + W @ x', 11, /inner sizes/],
    ['y = sum(x, 3)', 12, /outside a tensor of rank 2/],
    ['y = relu(x', 11, /expected "," or "\)"/],
    ['y = (x', 7, /expected "\)"/],
    ['y = x[0, 5]', 10, /index 5 is outside/],
    ['y = "x"', 5, /'"' is not in the graph language|"\\"" is not/],
    ['y = __import__(os)', 5, /"__import__" is not a function/],
    ['y = constructor(x)', 5, /"constructor" is not a function/],
    ['y = x; z = x', 6, /";" is not in the graph language/],
    ['x = relu(W)', 1, /"x" is already defined/],
    ['relu = x', 1, /is a function of the language/],
    ['y = pow(x, W)', 12, /must be a number written in the line/],
    ['y = leaky_relu(x, slope=2)', 19, /has no argument "slope"/],
    ['y = reshape(x, [3])', 16, /cannot reshape 1×2/],
    ['y = conv2d(x, W)', 5, /conv2d's weight is/],
    ['y = relu()', 5, /needs its argument "input"/],
    ['y = x\u0000', 6, /U\+0000/],
    ['= x', 1, /a graph line is "name = expression"/],
    ['y x', 3, /expected "="/],
  ];
  it.each(cases)('%s → column %i', (line, col, msg) => {
    const r = refusal(line);
    expect(r.message).toMatch(msg);
    expect(r.line).toBe(4);
    expect(r.column).toBe(4 + col);
  });
  it('the loss must be one number, and exist', () => {
    expect(() => readGraphGiven(loadYamlText(GIVEN.replace('half_sse(x, t)', 'x + t')).root)).toThrow(/single number/);
    expect(() => readGraphGiven(loadYamlText(GIVEN + 'loss: Q\n').root)).toThrow(/"Q" is not a tensor/);
  });
  it('a quoted line points at the column inside the quotes', () => {
    const text = GIVEN.replace('  - L = half_sse(x, t)', '  - "y = bad(x)"\n  - L = half_sse(x, t)');
    try {
      readGraphGiven(loadYamlText(text).root);
      expect.unreachable();
    } catch (e) {
      expect((e as ProblemError).pos).toEqual({ line: 4, column: 10 });
    }
  });
});

describe('graph language: bounds, stated and enforced at load', () => {
  const big = (n: number) => `[${Array.from({ length: n }, () => `[${Array(n).fill(1).join(', ')}]`).join(', ')}]`;
  it('a tensor over 5,000 numbers is refused', () => {
    expect(() => readGraphGiven(loadYamlText(`inputs: { A: ${big(71)} }\ngraph:\n  - L = sum(A)\n`).root)).toThrow(/more than 5000 numbers/);
  });
  it('a product over 5,000 numbers is refused at its line, before any arithmetic', () => {
    const t0 = Date.now();
    const text = `inputs: { a: ${`[${Array(100).fill(1).join(', ')}]`}, b: ${`[${Array(100).fill(1).join(', ')}]`} }\ngraph:\n  - P = reshape(a, [100, 1]) @ reshape(b, [1, 100])\n  - L = sum(P)\n`;
    let err: ProblemError | undefined;
    try {
      readGraphGiven(loadYamlText(text).root);
    } catch (e) {
      err = e as ProblemError;
    }
    expect(err?.message).toMatch(/10,000 numbers.*limit of 5,000/);
    expect(err?.pos).toEqual({ line: 3, column: 30 }); // the @
    expect(Date.now() - t0).toBeLessThan(2000);
  });
  it('more than 20,000 multiply-adds per pass is refused', () => {
    const text = `inputs: { A: ${big(30)} }\ngraph:\n  - B = A @ A\n  - L = sum(B)\n`;
    expect(() => readGraphGiven(loadYamlText(text).root)).toThrow(/20,000 multiply-adds/);
  });
  it('a graph at the work bound computes in seconds', () => {
    const m = (r: number, c: number) => `[${Array.from({ length: r }, (_, i) => `[${Array.from({ length: c }, (_, j) => (((i * 7 + j * 3) % 11) - 5) / 10).join(', ')}]`).join(', ')}]`;
    const g = readGraphGiven(loadYamlText(`inputs: { X: ${m(40, 25)} }\nparams: { W: ${m(25, 19)} }\ngraph:\n  - Z = tanh(X @ W)\n  - L = sum(Z)\n`).root);
    const t0 = Date.now();
    computeRef(g);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
  it('more than 200 lines is refused', () => {
    const lines = Array.from({ length: 201 }, (_, i) => `  - y${i} = x * 2`).join('\n');
    expect(() => readGraphGiven(loadYamlText(`inputs: { x: 1 }\ngraph:\n${lines}\n`).root)).toThrow(/201 lines, over the limit of 200/);
  });
  it('more than 2,000 operations is refused, at the line that passes the bound', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `  - y${i} = ${'relu('.repeat(11)}x${')'.repeat(11)}`).join('\n');
    let err: ProblemError | undefined;
    try {
      readGraphGiven(loadYamlText(`inputs: { x: 1 }\ngraph:\n${lines}\n`).root);
    } catch (e) {
      err = e as ProblemError;
    }
    expect(err?.message).toMatch(/more than 2000 operations/);
    expect(err?.pos?.line).toBe(3 + 181); // 11 nodes a line: the 182nd line makes node 2,001
  });
  it('nesting deeper than 50 is refused', () => {
    const deep = `${'('.repeat(60)}x${')'.repeat(60)}`;
    expect(() => readGraphGiven(loadYamlText(`inputs: { x: 1 }\ngraph:\n  - y = ${deep}\n`).root)).toThrow(/nests more than 50 deep/);
  });
  it('a rational too large to keep exactly is refused when computed, not hung', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `  - y${i + 1} = pow(y${i}, 3) + 1/7`).join('\n');
    const g = readGraphGiven(loadYamlText(`inputs: { y0: 0.3 }\ngraph:\n${lines}\n`).root);
    const t0 = Date.now();
    let err: ProblemError | undefined;
    try {
      computeRef(g);
    } catch (e) {
      err = e as ProblemError;
    }
    expect(err?.message).toMatch(/cannot be computed exactly \(line y\d+\): the number is too large/);
    const at = Number(/line y(\d+)/.exec(err!.message)![1]);
    expect(err?.pos?.line).toBe(2 + at); // the graph line that overflowed
    expect(Date.now() - t0).toBeLessThan(3000);
  });
  it('log of 0 is refused with the reason', () => {
    const g = readGraphGiven(loadYamlText('inputs: { x: [0, 1] }\ngraph:\n  - y = sum(log(x))\n').root);
    expect(() => computeRef(g)).toThrow(/logarithm needs a positive number/);
  });
});

describe('graph language: hostile input is never evaluated and never hangs', () => {
  const given = [{ name: 'x', role: 'input' as const, value: { shape: [2], data: [Num.ONE, Num.int(2)] } }];
  const tokens = ['x', 'y', 'relu', 'sum', 'pow', 'attention', 'conv2d', '(', ')', '[', ']', ',', ':', '=', '+', '-', '*', '/', '@', '.', 'T', '1', '0.5', '1e400', '-1', 'True', 'dim', '__proto__', 'constructor', 'process', 'eval', '"', '`', '${', ';', '\\', '\u202e', ' '];
  it('random token soups and random strings: a GraphError or a graph, within a second each', () => {
    (globalThis as Record<string, unknown>).__graphPwned = false;
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((t) => 'y = ' + t.join('')), fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...tokens), { maxLength: 60 }).map((t) => t.join(' '))), (line) => {
        const t0 = Date.now();
        try {
          buildGraph(given, [line, 'L = sum(x)']);
        } catch (e) {
          if (!(e instanceof GraphError)) throw e;
        }
        expect(Date.now() - t0).toBeLessThan(1000);
      }),
      { numRuns: 3000 },
    );
    expect((globalThis as Record<string, unknown>).__graphPwned).toBe(false);
  });
  it('JavaScript in a line is refused as text, not run', () => {
    for (const js of ['y = (globalThis.__graphPwned = true)', 'y = x.constructor.constructor("globalThis.__graphPwned = true")()', 'y = [].map.call(x)']) {
      expect(() => buildGraph(given, [js, 'L = sum(x)'])).toThrow(GraphError);
    }
    expect((globalThis as Record<string, unknown>).__graphPwned).toBeFalsy();
  });
  it('huge numbers and deep parentheses are refused quickly', () => {
    const t0 = Date.now();
    expect(() => buildGraph(given, ['y = x * 1e99999', 'L = sum(y)'])).toThrow(GraphError);
    expect(() => buildGraph(given, [`y = ${'-'.repeat(5000)}x`, 'L = sum(y)'])).toThrow(GraphError);
    expect(() => buildGraph(given, [`y = ${'relu('.repeat(400)}x${')'.repeat(400)}`, 'L = sum(y)'])).toThrow(GraphError);
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
