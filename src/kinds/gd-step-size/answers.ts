// Reading gd-step-size answers (never scores).
import { parseInterval, IntervalError, type Interval } from '../../answers/interval.js';
import { AnswerError, readMatrix, readScalar, readVector, shapeOf, type Entry } from '../../answers/values.js';
import type { PNode, Pos } from '../../load/pnode.js';
import { Num } from '../../numbers/num.js';
import type { Quadratic } from './quadratic.js';

export type GdAnswer =
  | { part: 'range'; interval: Interval; text: string; pos: Pos }
  | { part: 'hessian'; matrix: Entry[][] }
  | { part: 'eigenvalues'; values: Entry[] }
  | { part: 'optimal'; value: Entry | null; pos: Pos }
  | { part: 'rule'; text: string; pos: Pos; at: (lmax: Num, lmin: Num) => Interval };

export const GD_PARTS = ['range', 'hessian', 'eigenvalues', 'optimal', 'rule'] as const;

function text(node: PNode, what: string): string {
  if (node.kind !== 'scalar' || node.value === null || typeof node.value === 'boolean') throw new AnswerError('answer.invalid', `write ${what} as a string, such as "0 < eta < 1/6"`, node.pos);
  return String(node.value);
}

function interval(t: string, pos: Pos, vars: Record<string, Num> = {}): Interval {
  try {
    return parseInterval(t, vars);
  } catch (e) {
    if (e instanceof IntervalError) throw new AnswerError('answer.invalid', e.message, pos);
    throw e;
  }
}

/**
 * λ_max, λmax, lambda_max, λ_{max}, L_max, λ_max(H) … → lambda_max; L alone (the smoothness
 * constant, which for a quadratic is λmax) → lambda_max; the same for min.
 */
export function normalizeRule(t: string): string {
  return t
    .replace(/(λ|lambda|L)\s*_?\s*\{?\s*max\s*\}?/gi, 'lambda_max')
    .replace(/(λ|lambda|L)\s*_?\s*\{?\s*min\s*\}?/gi, 'lambda_min')
    .replace(/\b(lambda_m(?:ax|in))\s*\(\s*[A-Za-z∇²]+\s*\)/g, '$1')
    .replace(/(^|[^\p{L}\p{N}_])L(?![\p{L}\p{N}_])/gu, '$1lambda_max');
}

/** A name's definition after the rule: ", L = lambda_max", "; where L = λmax", " with L = the largest eigenvalue". */
const DEFINITION = /(?:[,;]|\s(?:where|with))\s*(?:where\s+|with\s+)?([\p{L}_][\p{L}\p{N}_]*)\s*=\s*([^,;=<>≤≥]+?)\s*$/iu;
const LARGEST = /^(the\s+)?(largest|biggest|maximum|max|top)\s+eigen\s*value(\s+of\s+\S+)?$/i;
const SMALLEST = /^(the\s+)?(smallest|minimum|min)\s+eigen\s*value(\s+of\s+\S+)?$/i;

/**
 * The rule as an interval of lambda_max and lambda_min: the names it defines after it
 * ("0 < eta < 2/L, L = lambda_max") put in place, λmax spelled any way, L for λmax.
 */
export function ruleText(raw: string): string {
  let t = raw.trim();
  const defs: [string, string][] = [];
  for (let m = DEFINITION.exec(t); m && defs.length < 4; m = DEFINITION.exec(t)) {
    const rhs = m[2].trim();
    const value = LARGEST.test(rhs) ? 'lambda_max' : SMALLEST.test(rhs) ? 'lambda_min' : normalizeRule(rhs);
    defs.push([m[1], value]);
    t = t.slice(0, m.index).trim();
  }
  for (const [name, value] of defs) {
    const implied = /^(L|λ|lambda)(_?max|_?min)?$/i.test(name) ? (/min$/i.test(name) ? 'lambda_min' : 'lambda_max') : null;
    if (value === implied) continue; // normalizeRule reads the name as that already
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    t = t.replace(new RegExp(`(^|[^\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'gu'), `$1(${value})`);
  }
  return normalizeRule(t);
}

/** A rule that gives only the upper bound ("eta < 2/lambda_max") means a positive step below it. */
function positive(i: Interval): Interval {
  return !i.empty && i.lo === null && i.hi !== null ? { ...i, lo: Num.ZERO, loClosed: false } : i;
}

export function parseGdAnswer(part: string, node: PNode, qd: Quadratic): GdAnswer {
  const n = qd.variables.length;
  switch (part) {
    case 'range': {
      const t = text(node, 'the range');
      return { part, interval: interval(t, node.pos), text: t, pos: node.pos };
    }
    case 'hessian': {
      const m = readMatrix(node);
      if (m.length !== n || m[0].length !== n) throw new AnswerError('answer.wrong-shape', `the Hessian is ${n}×${n}`, node.pos, { got: shapeOf(m), expected: `${n}×${n}` });
      return { part, matrix: m };
    }
    case 'eigenvalues': {
      const values = node.kind === 'scalar' ? [readScalar(node)] : readVector(node);
      if (values.length !== n) throw new AnswerError('answer.wrong-shape', `there are ${n} eigenvalues`, node.pos, { got: `${values.length} values`, expected: `${n} values` });
      return { part, values };
    }
    case 'optimal': {
      if (node.kind === 'scalar' && typeof node.value === 'string' && /^\s*none\s*$/i.test(node.value)) return { part, value: null, pos: node.pos };
      return { part, value: readScalar(node), pos: node.pos };
    }
    case 'rule': {
      const raw = text(node, 'the rule');
      const t = ruleText(raw);
      if (/^\s*none\s*$/i.test(t)) return { part, text: raw, pos: node.pos, at: () => ({ empty: true, lo: null, hi: null, loClosed: false, hiClosed: false }) };
      const at = (lmax: Num, lmin: Num) => positive(interval(t, node.pos, { lambda_max: lmax, lambda_min: lmin }));
      at(Num.int(3), Num.int(1)); // reads it once now, so an unreadable rule is `invalid`, not wrong
      return { part, text: raw, pos: node.pos, at };
    }
  }
  throw new AnswerError('answer.invalid', `unknown part ${part}`, node.pos);
}
