// The restricted expression reader. Untrusted text is parsed by mathjs into a syntax tree, and
// the tree is walked by our own evaluator over a whitelist of node types: numbers, + - * / ^,
// unary minus, parentheses, sqrt, pi, e. Nothing is ever handed to mathjs's `evaluate`, so
// assignments, function definitions, matrices, `import` and friends are refused, not run.
import { mathjs, Dec, PI, E, type MathNode } from './mathjs.js';
import { Num, NumError } from './num.js';
import { markWritten, markWrittenAs } from './written.js';
import { isRoundedFigure, readNotation } from './notation.js';
import { fastParse } from './fast-parse.js';

export class ExprError extends Error {}

export const MAX_EXPR_LENGTH = 200;
/** |exponent| bound: `2^100000` would otherwise take seconds and megabytes. */
const MAX_EXPONENT = 1024;

const OPS: Record<string, true> = { add: true, subtract: true, multiply: true, divide: true, pow: true, unaryMinus: true, unaryPlus: true };

const SUPERSCRIPTS: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-', '⁺': '+' };

/** Writing students use at midnight: √, π, ×, ·, −, superscript powers (10⁻³, x²). */
export function normalizeMathText(text: string): string {
  return text
    .replace(/[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (s) => `^${[...s].map((c) => SUPERSCRIPTS[c]).join('')}`)
    .replace(/[−–]/g, '-')
    .replace(/[×·⋅]/g, '*')
    .replace(/π/g, 'pi')
    .replace(/√\s*\(/g, 'sqrt(')
    .replace(/√\s*([0-9.]+)/g, 'sqrt($1)');
}

export interface ParsedExpr {
  value: Num;
  /** A lone decimal literal such as "0.131" is a rounded figure, not an exact value. */
  rounded: boolean;
}

/** Parses and evaluates arithmetic text; throws ExprError with a student-readable reason. */
export function evaluateArithmetic(text: string, vars: Record<string, Num> = {}): ParsedExpr {
  if (text.length > MAX_EXPR_LENGTH) throw new ExprError(`the expression is longer than ${MAX_EXPR_LENGTH} characters`);
  const src = normalizeMathText(text.trim());
  if (src === '') throw new ExprError('the value is empty');
  // Most answers are plain numbers or fractions: read them without building a syntax tree.
  const plain = PLAIN.exec(src);
  if (plain) {
    try {
      const n = Num.parseDecimal(plain[1]);
      const value = plain[2] ? n.div(Num.parseDecimal(plain[2])) : n;
      const rounded = !plain[2] && !value.isInteger();
      const v = value.withExact(!rounded);
      return { value: plain[2] ? v : markWritten(v, plain[1]), rounded };
    } catch (e) {
      if (e instanceof NumError) throw new ExprError(e.message);
      throw e;
    }
  }
  // "1.77e-3", "1.77*10^-3", "16.2%": rounded figures, with the precision they were written with.
  const sci = readNotationSafe(src);
  if (sci) {
    const rounded = isRoundedFigure(sci.value, sci.written);
    return { value: markWrittenAs(sci.value.withExact(!rounded), sci.written), rounded };
  }
  // "2/lambda_max", "lambda_max": a bound of a rule, read without the parser too.
  const sym = SYMBOLIC.exec(src);
  if (sym && Object.hasOwn(vars, sym[2])) {
    try {
      const v = vars[sym[2]];
      return { value: sym[1] ? Num.parseDecimal(sym[1]).div(v) : v, rounded: false };
    } catch (e) {
      if (e instanceof NumError) throw new ExprError(e.message);
      throw e;
    }
  }
  const tree = parseCached(src, text);
  const value = evalNode(tree, vars);
  const lone = unwrapSign(tree);
  const rounded = lone.type === 'ConstantNode' && !value.isInteger();
  return { value: value.withExact(!rounded), rounded };
}

function readNotationSafe(src: string) {
  try {
    return readNotation(src);
  } catch (e) {
    if (e instanceof NumError) throw new ExprError(e.message);
    throw e;
  }
}

/** "12", "-0.5", "1/6", "-3 / 4": a decimal, optionally over a whole number. */
const PLAIN = /^([+-]?\d+(?:\.\d+)?)(?:\s*\/\s*(\d+))?$/;

const SYMBOLIC = /^(?:([+-]?\d+(?:\.\d+)?)\s*\/\s*)?([A-Za-z_]\w*)$/;

/** Students write the same expressions again and again; parsing is the slow part. */
const treeCache = new Map<string, MathNode>();
function parseCached(src: string, text: string): MathNode {
  let tree = treeCache.get(src);
  if (tree) return tree;
  try {
    tree = fastParse(src) ?? mathjs().parse(src);
  } catch (e) {
    throw new ExprError(`"${text}" cannot be read as arithmetic (${(e as Error).message})`);
  }
  if (treeCache.size >= 10_000) treeCache.clear();
  treeCache.set(src, tree);
  return tree;
}

function unwrapSign(n: MathNode): MathNode {
  let cur = n;
  while (cur.type === 'OperatorNode' && ((cur as any).fn === 'unaryMinus' || (cur as any).fn === 'unaryPlus')) cur = (cur as any).args[0];
  return cur;
}

/** Evaluates a whitelisted tree; `vars` gives values to symbols (used for problem functions). */
export function evalNode(node: MathNode, vars: Record<string, Num>): Num {
  try {
    return evalInner(node, vars, 0);
  } catch (e) {
    if (e instanceof NumError) throw new ExprError(e.message);
    throw e;
  }
}

function evalInner(node: MathNode, vars: Record<string, Num>, depth: number): Num {
  if (depth > 100) throw new ExprError('the expression is nested too deeply');
  const n = node as any;
  switch (node.type) {
    case 'ConstantNode': {
      const v = n.value;
      if (typeof v === 'string' || typeof v === 'boolean' || v === null || v === undefined) throw new ExprError('only numbers are allowed');
      const s = String(v);
      if (!/^[+-]?[\d.]+(e[+-]?\d+)?$/i.test(s)) throw new ExprError(`"${s}" is not a finite number`);
      return Num.parseDecimal(s);
    }
    case 'ParenthesisNode':
      return evalInner(n.content, vars, depth + 1);
    case 'SymbolNode': {
      if (Object.hasOwn(vars, n.name)) return vars[n.name];
      if (n.name === 'pi') return Num.decimal(PI, true, 'pi');
      if (n.name === 'e') return Num.decimal(E, true, 'e');
      throw new ExprError(`unknown name "${n.name}": only numbers, + - * / ^, parentheses, sqrt, pi and e are allowed`);
    }
    case 'FunctionNode': {
      const name = n.fn?.type === 'SymbolNode' ? n.fn.name : '?';
      if (name !== 'sqrt') throw new ExprError(`the function "${name}" is not allowed: only sqrt is`);
      if (n.args.length !== 1) throw new ExprError('sqrt takes exactly one argument');
      return evalInner(n.args[0], vars, depth + 1).sqrt();
    }
    case 'OperatorNode': {
      if (!OPS[n.fn]) throw new ExprError(`the operator "${n.op}" is not allowed: only + - * / ^ are`);
      const a = n.args.map((x: MathNode) => evalInner(x, vars, depth + 1)) as Num[];
      switch (n.fn) {
        case 'add': return a[0].add(a[1]);
        case 'subtract': return a[0].sub(a[1]);
        case 'multiply': return a[0].mul(a[1]);
        case 'divide': return a[0].div(a[1]);
        case 'unaryMinus': return a[0].neg();
        case 'unaryPlus': return a[0];
        case 'pow': return power(a[0], a[1]);
      }
    }
  }
  throw new ExprError(`${describe(node.type)} is not allowed: only numbers, + - * / ^, parentheses, sqrt, pi and e are`);
}

function power(base: Num, exp: Num): Num {
  if (exp.abs().toNumber() > MAX_EXPONENT) throw new ExprError(`exponents beyond ±${MAX_EXPONENT} are not allowed`);
  if (exp.isInteger()) return base.powInt(exp.toNumber());
  if (exp.q && exp.q.d === 2n) return base.sqrt().powInt(Number(exp.q.n) * Number(exp.q.s));
  if (base.sign() < 0) throw new ExprError('a negative number to a fractional power is not real');
  if (base.isZero()) return exp.sign() > 0 ? Num.ZERO.withExact(base.exact) : (() => { throw new ExprError('division by zero'); })();
  return Num.decimal(Dec.exp(Dec.ln(base.d).times(exp.d)), base.exact && exp.exact);
}

function describe(type: string): string {
  switch (type) {
    case 'AssignmentNode': return 'an assignment';
    case 'FunctionAssignmentNode': return 'a function definition';
    case 'ArrayNode': return 'a matrix or list inside an expression';
    case 'AccessorNode': case 'IndexNode': return 'indexing';
    case 'ConditionalNode': return 'a condition';
    case 'RelationalNode': return 'a comparison';
    case 'BlockNode': return 'several statements';
    case 'RangeNode': return 'a range';
    case 'ObjectNode': return 'an object';
    default: return `"${type}"`;
  }
}

const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/**
 * An expression as mathematics is printed, not as it is typed: `4 * (x + y) - 1` reads
 * `4(x + y) − 1`, `4 * x * y` reads `4x·y`, `x^2` reads `x²`.
 */
export function prettyMath(text: string): string {
  return text
    .replace(/(\d)\s*\*\s*(?=[A-Za-z(])/g, '$1')
    .replace(/\s*\*\s*/g, '·')
    .replace(/\^(\d)(?!\d)/g, (_, d: string) => SUPERSCRIPT[d])
    .replace(/ - /g, ' − ')
    .replace(/^-/, '−');
}
