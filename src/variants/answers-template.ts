// The answers template a student fills in: every part of every problem as a key, left empty (an
// empty part is "not answered", so the template passes validate), with a comment that gives the
// shape the answer takes, the notation, and the precision the problem asks. The shape comes from
// the key's value (its dimensions, never its numbers).
import type { Assignment } from '../grading/assignments.js';
import type { LoadedProblem } from '../grading/problems.js';
import type { Tolerance } from '../grading/types.js';

/** How an answer of this part is written, from the key's value. */
function shapeOf(part: string, v: unknown): string {
  // Notation only: an example that could be the answer would give it away.
  if (part === 'range') return 'an interval for eta: "a < eta < b" (≤ for a closed end; or "(a, b)"), or "none"';
  if (part === 'rule') return 'an inequality for eta in lambda_max and lambda_min (the Hessian\'s largest and smallest eigenvalues)';
  if (part === 'optimal') return 'a number, or "none"';
  if (Array.isArray(v)) {
    if (v.length && v.every((r) => Array.isArray(r) && r.every((x) => !Array.isArray(x) && typeof x !== 'object'))) return `a ${v.length}×${(v[0] as unknown[]).length} matrix, a row per line: [[a, b], [c, d]]`;
    if (v.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x))) return `a list of ${v.length} layers, one row each: { type, out: [C, H, W] or [units], params }`;
    if (v.every((x) => Array.isArray(x))) return `a nested list of shape ${dims(v).join('×')}`;
    return `a list of ${v.length} numbers: [a, b, …]`;
  }
  if (typeof v === 'number' || typeof v === 'bigint') return Number.isInteger(Number(v)) ? 'a whole number' : 'a number';
  if (typeof v === 'string') return /^-?[\d./]+$|sqrt/.test(v) ? 'a number (exact forms such as "1/6" or "2 + sqrt(3)" are welcome)' : 'text';
  return 'an answer';
}

function dims(v: unknown): number[] {
  return Array.isArray(v) ? [v.length, ...dims(v[0])] : [];
}

function precision(t: Tolerance): string {
  if (t.sigfigs !== undefined) return `; at least ${t.sigfigs} significant figures`;
  if (t.decimals !== undefined) return `; ${t.decimals} decimals`;
  return '; exact, or a decimal with 3 or more significant figures';
}

export function answersTemplate(o: { student: string; assignment: Assignment; problems: { lp: LoadedProblem; key: Record<string, unknown> }[]; title?: string }): string {
  const q = (s: string) => JSON.stringify(s);
  const out = [`# Answers${o.title ? ` to ${o.title}` : ''}, for ${o.student}. Fill in each part after its colon; a part left empty is not answered.`, '# Check it before you hand it in: gradecheck validate answers.yaml --problems <the problems>', `student: ${q(o.student)}`];
  if (o.assignment.id !== null) out.push(`assignment: ${q(o.assignment.id)}`);
  out.push('answers:');
  for (const { lp, key } of o.problems) {
    const p = lp.problem;
    out.push(`  ${p.id}:${p.title ? `  # ${p.title.replace(/\n/g, ' ')}` : ''}`);
    for (const part of p.parts) {
      const tol = part.tolerance ?? p.tolerance;
      const shape = shapeOf(part.id, key[part.id]);
      // Precision matters where a decimal may be written: numbers, matrices, lists (not counts, layers or rules).
      const decimal = /number|matrix|list of \d+ numbers|nested list|interval/.test(shape) && !/whole number|layers|^the rule/.test(shape);
      out.push(`    # ${part.id} (${part.points} point${part.points === 1 ? '' : 's'}): ${shape}${decimal ? precision(tol) : ''}`);
      out.push(`    ${part.id}:`);
    }
  }
  return out.join('\n') + '\n';
}
