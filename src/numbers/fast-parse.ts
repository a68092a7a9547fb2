// A fast path around mathjs's parser for the arithmetic students and problems write most:
// numbers, + - * / ^, unary signs, parentheses, sqrt(...) and names. It builds the same node
// shapes mathjs does (ConstantNode, SymbolNode, OperatorNode, ParenthesisNode, FunctionNode), so
// the evaluator and the polynomial expansion walk either. Anything else (implicit products such
// as "2pi", other functions, unusual number forms, any syntax error) returns null, and the caller
// asks mathjs, which gives the verdict and the message: loading mathjs costs ~0.2 s of a cold
// start, and this way a run whose text is plain arithmetic never pays it. fast-parse.test.ts
// checks that the two agree on every expression a generator writes.
import { Dec, type MathNode } from './mathjs.js';

type Node = Record<string, unknown> & { type: string };

const OPS: Record<string, string> = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '^': 'pow' };
/** Words mathjs reads as operators or keywords, not names: a text with one is left to it. */
const KEYWORDS = new Set(['mod', 'to', 'in', 'and', 'or', 'xor', 'not', 'end']);

/** Tokens: numbers as mathjs reads them plainly, names, one-character operators. */
const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/^(),]))/y;

export function fastParse(text: string): MathNode | null {
  const tokens: { num?: string; name?: string; op?: string }[] = [];
  TOKEN.lastIndex = 0;
  let i = 0;
  while (i < text.length) {
    if (/^\s*$/.test(text.slice(i))) break;
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) return null;
    if (m[2] !== undefined && KEYWORDS.has(m[2])) return null;
    // "0x1f", "0b101", "0o17": mathjs reads such prefixes as hex, binary and octal numbers.
    if (m[2] !== undefined && /^[xbo]/i.test(m[2]) && tokens.at(-1)?.num === '0' && !/\s/.test(text[m.index])) return null;
    tokens.push(m[1] !== undefined ? { num: m[1] } : m[2] !== undefined ? { name: m[2] } : { op: m[3] });
    i = TOKEN.lastIndex;
  }
  let at = 0;
  const peek = () => tokens[at];
  const isOp = (op: string) => tokens[at]?.op === op;
  const node = (n: Node) => n as unknown as MathNode;

  // expr := term (('+'|'-') term)*      left-associative, as mathjs
  function expr(): MathNode | null {
    let left = term();
    while (left && (isOp('+') || isOp('-'))) {
      const op = tokens[at++].op!;
      const right = term();
      if (!right) return null;
      left = node({ type: 'OperatorNode', op, fn: OPS[op], args: [left, right], implicit: false });
    }
    return left;
  }
  // term := unary name-led-power* (('*'|'/') unary)*   left-associative, as mathjs. A first
  // factor followed by a name is an implicit product ("3x^2", "2 pi", "x y"), which mathjs binds
  // tighter than * and /; after a * or /, a name (mathjs's "1/2x" rule) or a number or "(" next
  // to a value is left to mathjs.
  function term(): MathNode | null {
    let left = unary();
    while (left && peek()?.name !== undefined && tokens[at + 1]?.op !== '(') {
      const right = power();
      if (!right) return null;
      left = node({ type: 'OperatorNode', op: '*', fn: 'multiply', args: [left, right], implicit: true });
    }
    while (left && (isOp('*') || isOp('/'))) {
      const op = tokens[at++].op!;
      const right = unary();
      if (!right) return null;
      left = node({ type: 'OperatorNode', op, fn: OPS[op], args: [left, right], implicit: false });
    }
    if (left && peek() && (peek().num !== undefined || peek().name !== undefined || isOp('('))) return null;
    return left;
  }
  // unary := ('-'|'+') unary | power    (mathjs: -2^2 is -(2^2))
  function unary(): MathNode | null {
    if (isOp('-') || isOp('+')) {
      const op = tokens[at++].op!;
      const arg = unary();
      return arg && node({ type: 'OperatorNode', op, fn: op === '-' ? 'unaryMinus' : 'unaryPlus', args: [arg] });
    }
    return power();
  }
  // power := primary ('^' unary)?        right-associative; the exponent may carry a sign (2^-1)
  function power(): MathNode | null {
    const base = primary();
    if (!base || !isOp('^')) return base;
    at++;
    const exp = unary();
    return exp && node({ type: 'OperatorNode', op: '^', fn: 'pow', args: [base, exp], implicit: false });
  }
  function primary(): MathNode | null {
    const t = tokens[at++];
    if (!t) return null;
    // A BigNumber, as mathjs (configured with BigNumber) makes it.
    if (t.num !== undefined) return node({ type: 'ConstantNode', value: new Dec(t.num) });
    if (t.name !== undefined) {
      if (isOp('(')) {
        if (t.name !== 'sqrt') return null;
        at++;
        const arg = expr();
        if (!arg || !isOp(')')) return null;
        at++;
        return node({ type: 'FunctionNode', fn: { type: 'SymbolNode', name: 'sqrt' }, args: [arg] });
      }
      return node({ type: 'SymbolNode', name: t.name });
    }
    if (t.op === '(') {
      const content = expr();
      if (!content || !isOp(')')) return null;
      at++;
      return node({ type: 'ParenthesisNode', content });
    }
    return null;
  }
  const tree = expr();
  return tree && at === tokens.length ? tree : null;
}
