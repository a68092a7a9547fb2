// Intervals as students write them: "0 < eta < 1/6", "0 < η ≤ 1/6", "(0, 1/6]", "]0, 1/6[",
// "η ∈ (0, 1/6)", "eta < 1/6", "none". Bounds are exact expressions (see numbers/expr.ts).
import { Num } from '../numbers/num.js';
import { evaluateArithmetic } from '../numbers/expr.js';

export interface Interval {
  empty: boolean;
  /** null: unbounded on that side. */
  lo: Num | null;
  loClosed: boolean;
  hi: Num | null;
  hiClosed: boolean;
}

export class IntervalError extends Error {}

export const EMPTY: Interval = { empty: true, lo: null, loClosed: false, hi: null, hiClosed: false };

const NONE = /^(none|empty|no\s+(learning\s+rate|value|eta|η).*|∅|\{\s*\}|never|no convergence)$/i;
const INFINITY = /^\+?(inf|infinity|∞|oo)$/i;
const VARIABLE = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** `vars` binds names in the bounds (the `rule` part uses lambda_max and lambda_min). */
export function parseInterval(raw: string, vars: Record<string, Num> = {}): Interval {
  let text = raw.trim().replace(/\s+/g, ' ');
  if (text.length > 200) throw new IntervalError('the interval is longer than 200 characters');
  if (NONE.test(text)) return EMPTY;
  // "η ∈ (0, 1/6)", "eta in (0, 1/6)"
  text = text.replace(/^[\p{L}_][\p{L}\p{N}_]*\s*(∈|in)\s*/u, '');
  const bracket = /^([([\]])\s*(.+?)\s*[,;]\s*(.+?)\s*([)\][])$/.exec(text);
  if (bracket) {
    const [, l, a, b, r] = bracket;
    return normalize({
      empty: false,
      lo: bound(a, 'lower', vars),
      loClosed: l === '[',
      hi: bound(b, 'upper', vars),
      hiClosed: r === ']',
    });
  }
  return parseChain(text, vars);
}

function parseChain(text: string, vars: Record<string, Num>): Interval {
  const parts = text.split(/\s*(<=|>=|=<|=>|≤|≥|<|>)\s*/);
  if (parts.length !== 3 && parts.length !== 5) {
    throw new IntervalError(`"${text}" is not an interval: write it as "0 < eta < 1/6", "(0, 1/6)" or "none"`);
  }
  const terms = parts.filter((_, i) => i % 2 === 0);
  const ops = parts.filter((_, i) => i % 2 === 1).map(normOp);
  const varIdx = terms.findIndex((t) => VARIABLE.test(t) && !/^(pi|e)$/.test(t) && !INFINITY.test(t) && !Object.hasOwn(vars, t));
  if (varIdx < 0) throw new IntervalError(`"${text}" names no learning rate (such as eta)`);
  const dirs = new Set(ops.map((o) => o[0]));
  if (dirs.size > 1) throw new IntervalError(`"${text}" mixes < and >`);
  // Rewrite "b > eta > a" as "a < eta < b".
  let ts = terms, os = ops;
  if (ops[0][0] === '>') {
    ts = [...terms].reverse();
    os = [...ops].reverse().map((o) => '<' + o.slice(1));
  }
  const v = ts.findIndex((t) => t === terms[varIdx]);
  const out: Interval = { empty: false, lo: null, loClosed: false, hi: null, hiClosed: false };
  if (v > 0) {
    out.lo = bound(ts[v - 1], 'lower', vars);
    out.loClosed = os[v - 1] === '<=';
  }
  if (v < ts.length - 1) {
    out.hi = bound(ts[v + 1], 'upper', vars);
    out.hiClosed = os[v] === '<=';
  }
  return normalize(out);
}

function normOp(op: string): string {
  return op === '≤' || op === '=<' ? '<=' : op === '≥' || op === '=>' ? '>=' : op;
}

function bound(text: string, side: 'lower' | 'upper', vars: Record<string, Num>): Num | null {
  const t = text.trim();
  if (INFINITY.test(t) && side === 'upper') return null;
  if (/^-\s*(inf|infinity|∞|oo)$/i.test(t) && side === 'lower') return null;
  try {
    return evaluateArithmetic(t, vars).value;
  } catch (e) {
    throw new IntervalError(`the ${side} bound "${t}": ${(e as Error).message}`);
  }
}

function normalize(i: Interval): Interval {
  if (i.lo && i.hi) {
    const c = i.lo.cmp(i.hi);
    if (c > 0 || (c === 0 && !(i.loClosed && i.hiClosed))) return EMPTY;
  }
  return i;
}

/** As a student types it ("0 < eta < 1/6", answer keys), or as a message prints it ("0 < η < 1/6"). */
export function formatInterval(i: Interval, name = 'eta'): string {
  if (i.empty) return 'none';
  const math = name === 'η';
  const lt = (closed: boolean) => (closed ? (math ? '≤' : '<=') : '<');
  const lo = i.lo ? `${i.lo} ${lt(i.loClosed)} ` : '';
  const hi = i.hi ? ` ${lt(i.hiClosed)} ${i.hi}` : '';
  return `${lo}${name}${hi}`;
}
