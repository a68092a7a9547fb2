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

/** λ_max, λmax, lambda_max, λ_{max}, L_max … → lambda_max. */
export function normalizeRule(t: string): string {
  return t
    .replace(/(λ|lambda|L)\s*_?\s*\{?\s*max\s*\}?/gi, 'lambda_max')
    .replace(/(λ|lambda|L)\s*_?\s*\{?\s*min\s*\}?/gi, 'lambda_min');
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
      const t = normalizeRule(raw);
      if (/^\s*none\s*$/i.test(t)) return { part, text: raw, pos: node.pos, at: () => ({ empty: true, lo: null, hi: null, loClosed: false, hiClosed: false }) };
      const at = (lmax: Num, lmin: Num) => interval(t, node.pos, { lambda_max: lmax, lambda_min: lmin });
      at(Num.int(3), Num.int(1)); // reads it once now, so an unreadable rule is `invalid`, not wrong
      return { part, text: raw, pos: node.pos, at };
    }
  }
  throw new AnswerError('answer.invalid', `unknown part ${part}`, node.pos);
}
