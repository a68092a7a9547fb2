// The quadratic of a gd-step-size problem: f(u) = ½ uᵀHu + bᵀu + c with H exact.
// From a matrix A (f = uᵀAu) the Hessian is A + Aᵀ. From a written function, the Hessian is
// the symbolic second derivative (mathjs `derivative`), checked against an exact polynomial
// expansion that also proves the function is quadratic and gives the linear part.
import { mathjs, type MathNode } from '../../numbers/mathjs.js';
import { Num } from '../../numbers/num.js';
import { evalNode, ExprError, normalizeMathText } from '../../numbers/expr.js';
import { fastParse } from '../../numbers/fast-parse.js';
import { get, type PNode, type Pos } from '../../load/pnode.js';
import { givenMatrix } from '../given.js';
import { ProblemError } from '../types.js';

export interface Quadratic {
  source: 'matrix' | 'function';
  variables: string[];
  /** The Hessian H (symmetric). */
  hessian: Num[][];
  /** What a student who forgets the factor 2 takes for the Hessian: A (sym.) or the coefficient matrix H/2. */
  halfHessian: Num[][];
  linear: Num[];
  /** Text of the function (as given, or uᵀAu written out). */
  text: string;
  /** ∂f/∂v as mathjs prints it, for the worked solution (a function's: made on first use). */
  readonly gradient: string[];
  /** A function's symbolic Hessian checked against its expansion (throws ProblemError if they differ); run with the reference. */
  checkSymbolic?: () => void;
}

export const MAX_VARIABLES = 12;
/**
 * Exact eigenvalues cost grows with the digits of the Hessian (a 2×2 of 30-digit entries is a
 * 60-digit discriminant; an 8×8 of 200-digit entries took seconds): at most this many digits in
 * all its entries (numerators and denominators), refused at load with the count.
 */
export const MAX_HESSIAN_DIGITS = 2000;

/** Refuses a Hessian past MAX_HESSIAN_DIGITS, at the given position. */
function bounded(H: Num[][], pos: Pos): Num[][] {
  const digits = H.flat().reduce((a, v) => a + v.toString().replace(/[^0-9]/g, '').length, 0);
  if (digits > MAX_HESSIAN_DIGITS) throw new ProblemError(`the Hessian's entries hold ${digits} digits in all; exact eigenvalues are computed for at most ${MAX_HESSIAN_DIGITS} (use smaller numbers, or fewer variables)`, pos);
  return H;
}

export function readQuadratic(given: PNode): Quadratic {
  const m = get(given, 'matrix');
  const f = get(given, 'function');
  if (m && f) throw new ProblemError('give either "matrix" or "function", not both', given.pos);
  if (m) return fromMatrix(m);
  if (f) return fromFunction(f, get(given, 'variables'));
  throw new ProblemError('gd-step-size needs "matrix" or "function"', given.pos);
}

function fromMatrix(node: PNode): Quadratic {
  const A = givenMatrix(node);
  const n = A.length;
  if (A.some((r) => r.length !== n)) throw new ProblemError(`the matrix must be square; it is ${n}×${A[0].length}`, node.pos);
  if (n > MAX_VARIABLES) throw new ProblemError(`at most ${MAX_VARIABLES} variables`, node.pos);
  const H = bounded(A.map((r, i) => r.map((v, j) => v.add(A[j][i]))), node.pos);
  const variables = n <= 3 ? ['x', 'y', 'z'].slice(0, n) : A.map((_, i) => `u${i + 1}`);
  const terms: string[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i; j < n; j++) {
      const c = i === j ? A[i][i] : A[i][j].add(A[j][i]);
      if (!c.isZero()) terms.push(`${c.toString()}*${i === j ? `${variables[i]}^2` : `${variables[i]}*${variables[j]}`}`);
    }
  const text = terms.join(' + ').replace(/\+ -/g, '- ') || '0';
  return { source: 'matrix', variables, hessian: H, halfHessian: H.map((r) => r.map((v) => v.div(Num.int(2)))), linear: A.map(() => Num.ZERO), text, gradient: H.map((r) => r.map((v, j) => `${v}*${variables[j]}`).join(' + ')) };
}

/** "4xy" → "4x*y": single-letter variables unless the problem lists longer names. */
export function splitImplicit(text: string, listed: string[] | null): { text: string; variables: string[] } {
  const found = new Set<string>();
  const names = listed ? [...listed].sort((a, b) => b.length - a.length) : null;
  const out = normalizeMathText(text).replace(/[A-Za-z_][A-Za-z0-9_]*/g, (id) => {
    if (id === 'sqrt' || id === 'pi' || (id === 'e' && !listed?.includes('e'))) return id;
    const pieces: string[] = [];
    let rest = id;
    while (rest) {
      if (rest.startsWith('sqrt')) throw new ProblemError(`write sqrt(...) with parentheses in "${text}"`);
      const name = names ? names.find((v) => rest.startsWith(v)) : /^[A-Za-z]/.test(rest) ? rest[0] : undefined;
      if (!name) throw new ProblemError(`"${id}" in "${text}" is not a variable${listed ? ` (variables: ${listed.join(', ')})` : '; list multi-letter variables in "variables"'}`);
      pieces.push(name);
      found.add(name);
      rest = rest.slice(name.length);
    }
    return pieces.join('*');
  });
  const variables = listed ?? [...found].sort();
  return { text: out, variables };
}

function fromFunction(node: PNode, varsNode: PNode | undefined): Quadratic {
  if (node.kind !== 'scalar' || typeof node.value !== 'string') throw new ProblemError('"function" must be a string such as "5x^2 + 2y^2 + 4xy"', node.pos);
  if (node.value.length > 500) throw new ProblemError('the function is longer than 500 characters', node.pos);
  const listed = varsNode?.kind === 'seq' ? varsNode.items.map((i) => String((i as { value: unknown }).value)) : null;
  const err = (m: string) => new ProblemError(m, node.pos);
  let split;
  try {
    split = splitImplicit(node.value, listed);
  } catch (e) {
    throw e instanceof ProblemError ? err(e.message) : e;
  }
  const { variables } = split;
  if (variables.length === 0) throw err('the function has no variables');
  if (variables.length > MAX_VARIABLES) throw err(`at most ${MAX_VARIABLES} variables`);
  // The expansion on the fast parser's tree; on mathjs's when it declines, or when the expansion
  // on its tree refuses the function (mathjs's tree then gives the message, as it always did).
  const fast = fastParse(split.text);
  let poly: Poly | null = null;
  if (fast) {
    try {
      poly = expand(fast, variables, err);
    } catch {
      poly = null;
    }
  }
  if (!poly) poly = expand(parseWithMathjs(split.text, err), variables, err);
  const deg = (k: number[]) => k.reduce((a, b) => a + b, 0);
  for (const [key] of poly) if (deg(keyExp(key)) > 2) throw err(`the function is not quadratic (it has a term of degree ${deg(keyExp(key))})`);
  const coef = (e: number[]) => poly.get(e.join(',')) ?? Num.ZERO;
  const unit = (i: number, k = 1) => variables.map((_, j) => (j === i ? k : 0));
  const H = variables.map((_, i) => variables.map((__, j) => (i === j ? coef(unit(i, 2)).mul(Num.int(2)) : coef(unit(i).map((v, t) => v + unit(j)[t]))).withExact(true)));
  bounded(H, node.pos);
  let symbolic: { gradient: string[] } | undefined;
  // mathjs's symbolic derivative: the gradient for the worked solution, and a check that it agrees
  // with the expansion. Made on first use (computing the reference, solving), so a run whose
  // references are cached does not load mathjs.
  const derive = () => (symbolic ??= symbolicCheck(split.text, variables, H, err));
  return {
    source: 'function',
    variables,
    hessian: H,
    halfHessian: H.map((r) => r.map((v) => v.div(Num.int(2)))),
    linear: variables.map((_, i) => coef(unit(i))),
    text: node.value,
    get gradient() {
      return derive().gradient;
    },
    checkSymbolic: () => void derive(),
  };
}

function parseWithMathjs(text: string, err: (m: string) => ProblemError): MathNode {
  try {
    return mathjs().parse(text);
  } catch (e) {
    throw err(`cannot read the function: ${(e as Error).message}`);
  }
}

/** The Hessian by mathjs's symbolic derivative must equal the expansion's, exactly. */
function symbolicCheck(text: string, variables: string[], Hpoly: Num[][], err: (m: string) => ProblemError): { gradient: string[] } {
  const tree = parseWithMathjs(text, err);
  const zero = Object.fromEntries(variables.map((v) => [v, Num.ZERO]));
  const math = mathjs();
  const grads = variables.map((v) => math.derivative(tree, v, { simplify: false }));
  const H = variables.map((_, i) =>
    variables.map((__, j) => {
      try {
        return evalNode(math.derivative(grads[i], variables[j], { simplify: false }), zero).withExact(true);
      } catch (e) {
        if (e instanceof ExprError) return Hpoly[i][j];
        throw e;
      }
    }),
  );
  if (H.some((r, i) => r.some((v, j) => !v.eq(Hpoly[i][j])))) throw err('internal error: the symbolic Hessian disagrees with the polynomial expansion');
  const gradient = grads.map((g) => {
    try {
      return math.simplify(g).toString();
    } catch {
      return g.toString();
    }
  });
  return { gradient };
}

type Poly = Map<string, Num>;
const keyExp = (k: string) => k.split(',').map(Number);

/** Exact polynomial expansion over the whitelisted syntax (degree capped to keep it small). */
function expand(node: MathNode, vars: string[], err: (m: string) => ProblemError): Poly {
  const zeroKey = vars.map(() => 0).join(',');
  const konst = (v: Num): Poly => (v.isZero() ? new Map() : new Map([[zeroKey, v]]));
  const add = (a: Poly, b: Poly, s = 1): Poly => {
    const out = new Map(a);
    for (const [k, v] of b) {
      const w = (out.get(k) ?? Num.ZERO).add(s < 0 ? v.neg() : v);
      if (w.isZero()) out.delete(k);
      else out.set(k, w);
    }
    return out;
  };
  const mul = (a: Poly, b: Poly): Poly => {
    let out: Poly = new Map();
    for (const [ka, va] of a)
      for (const [kb, vb] of b) {
        const e = keyExp(ka).map((x, i) => x + keyExp(kb)[i]);
        if (e.reduce((s, x) => s + x, 0) > 8) throw err('the function is not quadratic');
        out = add(out, new Map([[e.join(','), va.mul(vb)]]));
      }
    return out;
  };
  const constantOf = (p: Poly): Num | null => (p.size === 0 ? Num.ZERO : p.size === 1 && p.has(zeroKey) ? p.get(zeroKey)! : null);
  const walk = (nd: MathNode): Poly => {
    const x = nd as any;
    switch (nd.type) {
      case 'ParenthesisNode':
        return walk(x.content);
      case 'SymbolNode': {
        const i = vars.indexOf(x.name);
        if (i >= 0) return new Map([[vars.map((_, j) => (j === i ? 1 : 0)).join(','), Num.ONE]]);
        break;
      }
      case 'OperatorNode': {
        const a = x.args.map(walk) as Poly[];
        switch (x.fn) {
          case 'add': return add(a[0], a[1]);
          case 'subtract': return add(a[0], a[1], -1);
          case 'unaryMinus': return add(new Map(), a[0], -1);
          case 'unaryPlus': return a[0];
          case 'multiply': return mul(a[0], a[1]);
          case 'divide': {
            const c = constantOf(a[1]);
            if (!c) throw err('the function divides by a variable: it is not quadratic');
            if (c.isZero()) throw err('division by zero in the function');
            return mul(a[0], konst(Num.ONE.div(c)));
          }
          case 'pow': {
            const e = constantOf(a[1]);
            if (!e || !e.isInteger() || e.sign() < 0 || e.toNumber() > 8) {
              if (constantOf(a[0]) && e) break;
              throw err('the function has a power that is not a whole number from 0 to 8: it is not quadratic');
            }
            let out = konst(Num.ONE);
            for (let k = 0; k < e.toNumber(); k++) out = mul(out, a[0]);
            return out;
          }
        }
        break;
      }
    }
    // Anything else must be a constant: evaluate it with the restricted evaluator.
    try {
      return konst(evalNode(nd, {}));
    } catch (e) {
      if (e instanceof ExprError) throw err(`cannot use "${nd.toString()}" in the function: ${e.message}`);
      throw e;
    }
  };
  return walk(node);
}
