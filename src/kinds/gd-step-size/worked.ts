// The worked solution of a gd-step-size problem, the way a careful TA writes it.
import { formatInterval } from '../../answers/interval.js';
import { formatMatrix } from '../../numbers/matrix.js';
import { prettyMath } from '../../numbers/expr.js';
import type { Problem } from '../types.js';
import type { Quadratic } from './quadratic.js';
import type { GdReference } from './reference.js';


export function gdMarkdown(problem: Problem<Quadratic>, ref: GdReference): string {
  const qd = problem.given;
  const v = qd.variables;
  const L: string[] = [];
  L.push(`## ${problem.title ?? problem.id} (${problem.id})`, '');
  L.push(`f(${v.join(', ')}) = ${prettyMath(qd.text)}`, '');
  L.push('### 1. Gradient and Hessian', '');
  if (qd.source === 'matrix') {
    L.push('For f(u) = uᵀAu the gradient is ∇f(u) = (A + Aᵀ)u, so the Hessian is H = A + Aᵀ (2A when A is symmetric), not A.', '');
  } else {
    qd.gradient.forEach((g, i) => L.push(`- ∂f/∂${v[i]} = ${prettyMath(String(g))}`));
    L.push('', 'Differentiating once more (each second derivative is a constant, as f is quadratic):', '');
  }
  L.push(`H = ${formatMatrix(ref.hessian)}`, '');
  L.push('### 2. Eigenvalues of H', '');
  if (ref.charPoly) {
    const n = ref.charPoly.length - 1;
    const terms = ref.charPoly.map((c, i) => polyTerm(c, n - i, i === 0)).filter((t) => t !== '');
    L.push(`det(λI − H) = ${terms.join(' ')} = 0`, '');
  }
  L.push(`λ = ${ref.eigenvalues.map((e) => (e.value.isRational ? e.value.toString() : `${e.value.toString()} ≈ ${e.value.toDecimalString(8)}`)).join(', ')}`, '');
  L.push('### 3. When does gradient descent converge?', '');
  L.push('With u* a minimizer and e = u − u*, one step gives e ← (I − ηH)e. Along each eigenvector the error is multiplied by 1 − ηλ, so it shrinks from every start iff |1 − ηλ| < 1 for every eigenvalue λ > 0, i.e. 0 < η < 2/λ for all of them: **0 < η < 2/λmax**.', '');
  if (ref.outcome === 'constant') {
    L.push('H = 0 and there is no linear term: f is constant. Every point is a minimum and the gradient is 0 everywhere, so gradient descent never moves: it "converges" (stays at a minimizer) for **every η > 0** (answer: 0 < η). No rate is faster than another (optimal: any).', '');
    return L.join('\n');
  }
  if (ref.outcome === 'no-minimum') {
    L.push(
      ref.lambdaMin.value.sign() < 0
        ? `H has the negative eigenvalue ${ref.lambdaMin.value}: f is unbounded below along its eigenvector, so there is no minimum and **no learning rate converges** (answer: none).`
        : 'H is singular and the linear term has a part along its null space: f decreases without bound along that direction, so there is no minimum and **no learning rate converges** (answer: none).',
      '',
    );
    return L.join('\n');
  }
  if (ref.outcome === 'minimizers') {
    L.push('H is singular (positive semidefinite): f has a whole set of minimizers, not a unique minimum. Along the null space of H gradient descent does not move, so it converges to the minimizer nearest its start; along the other eigenvectors the condition is the same. The expected answer is therefore the same range, with λmax the largest eigenvalue, and the optimal rate uses the smallest *non-zero* eigenvalue.', '');
  }
  L.push(`λmax = ${ref.lambdaMax.value}, so the range is **${formatInterval(ref.range, 'η')}** (≈ 0 < η < ${ref.bound!.toDecimalString(8)}).`, '');
  L.push(`The endpoint is excluded: at η = 2/λmax = ${ref.bound}, the factor along the top eigenvector is 1 − ηλmax = −1, so that part of the error flips sign at every step and never shrinks.`, '');
  const lmin = ref.lambdaMinPositive!;
  L.push(`The fastest worst-case rate balances |1 − ηλmin| = |1 − ηλmax|: η* = 2/(λmax + λmin) = **${ref.optimal}**${ref.optimal!.isRational ? '' : ` ≈ ${ref.optimal!.toDecimalString(8)}`} (λmin = ${lmin.value}).`, '');
  return L.join('\n');
}

/** One term of a polynomial in λ: "λ^2", "- 14λ", "+ 24". */
function polyTerm(c: string, power: number, first: boolean): string {
  if (c === '0') return '';
  const neg = c.startsWith('-');
  const abs = neg ? c.slice(1) : c;
  const coef = abs === '1' && power > 0 ? '' : abs.includes('/') && power > 0 ? `(${abs})` : abs;
  const body = `${coef}${power > 1 ? `λ^${power}` : power === 1 ? 'λ' : ''}`;
  return first ? `${neg ? '-' : ''}${body}` : `${neg ? '-' : '+'} ${body}`;
}
