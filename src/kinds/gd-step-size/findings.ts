// The gd-step-size diagnoses.
import { catalog } from '../../findings/finding.js';

/**
 * A rule is a formula: its message quotes the rule as the student wrote it and what it gives
 * with their own λ values (their eigenvalues, or their Hessian's, where those differ from the
 * problem's), never a bound they did not write.
 */
export interface RuleQuote {
  written: string;
  lmax: string;
  lmin: string;
  gives: string;
  /** λmax is the student's own (else the problem's). */
  own: boolean;
}
const said = (r: RuleQuote, which: 'max' | 'min' = 'max', what = which === 'max' ? `λmax = ${r.lmax}` : `λmin = ${r.lmin}`) => `your rule "${r.written}" (with ${r.own ? 'your' : 'the problem\'s'} ${what} it gives ${r.gives})`;

export const gdFinding = catalog({
  'gd.endpoint-included': {
    severity: 'error',
    message: (v: { part: string; bound: string; evidence: string; rule?: RuleQuote }) =>
      v.rule
        ? `${v.part}: ${said(v.rule)} includes η = 2/λmax, where gradient descent does not converge: ${v.evidence}. The range is open: η < 2/λmax`
        : `${v.part} includes η = ${v.bound} = 2/λmax, where gradient descent does not converge: ${v.evidence}. The range is open: η < ${v.bound}`,
    hint: (v: { part: string }) => `${v.part} includes its upper end, η = 2/λmax, where gradient descent does not converge: the part of the error along the top eigenvector is multiplied by 1 − ηλmax = −1 at every step, so it never shrinks. The range is open there`,
  },
  'gd.half-range': {
    severity: 'error',
    message: (v: { part: string; got: string; expected: string; rule?: RuleQuote }) =>
      v.rule
        ? `${v.part}: ${said(v.rule)} bounds η by 1/λmax; gradient descent converges for η < 2/λmax`
        : `${v.part}: your bound ${v.got} is 1/λmax; gradient descent converges for η < 2/λmax = ${v.expected}`,
    hint: (v: { part: string; got: string; rule?: RuleQuote }) => (v.rule ? `${v.part}: ${said(v.rule)} bounds η by 1/λmax; gradient descent converges for η < 2/λmax` : `${v.part}: your bound ${v.got} is 1/λmax; gradient descent converges for η < 2/λmax`),
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
  'gd.hessian-not-doubled': {
    severity: 'error',
    message: (v: { part: string; got: string; expected: string; source: 'matrix' | 'function'; rule?: RuleQuote }) =>
      v.rule
        ? `${v.part}: ${said(v.rule)} allows η up to 4/λmax, the bound of a Hessian half as large (the factor 2 of the Hessian is lost); gradient descent converges for η < 2/λmax`
        : `${v.part}: ${v.got} comes from ${v.source === 'matrix' ? 'A' : 'the coefficient matrix'}, but the Hessian of ${v.source === 'matrix' ? 'f = uᵀAu is A + Aᵀ (2A for symmetric A)' : 'this f is twice that (d²(a·x²)/dx² = 2a)'}; expected ${v.expected}`,
    hint: (v: { part: string; got: string; source: 'matrix' | 'function'; rule?: RuleQuote }) => v.rule ? `${v.part}: ${said(v.rule)} allows η up to 4/λmax, the bound of a Hessian half as large` : `${v.part}: ${v.got} comes from ${v.source === 'matrix' ? 'A' : 'the coefficient matrix'}, but the Hessian of ${v.source === 'matrix' ? 'f = uᵀAu is A + Aᵀ (2A for symmetric A)' : 'this f is twice that (d²(a·x²)/dx² = 2a)'}`,
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
  'gd.constant': {
    severity: 'error',
    message: (v: { part: string }) =>
      `${v.part}: f is constant (its Hessian and linear term are 0), so every point is a minimum and the gradient is 0: descent never moves, and every η > 0 "converges"; the range is 0 < η`,
    hint: (v: { part: string }) => `${v.part}: f is constant (its Hessian and linear term are 0), so every point is a minimum and the gradient is 0: think again about which η let descent converge`,
  },
  'gd.no-minimum': {
    severity: 'error',
    message: (v: { part: string; reason: string }) => `${v.part}: ${v.reason}, so no learning rate makes gradient descent converge; the answer is "none"`,
    hint: (v: { part: string }) => `${v.part}: f has no minimum for gradient descent to converge to (look at the signs of the Hessian's eigenvalues)`,
  },
  'gd.used-lambda-min': {
    severity: 'error',
    message: (v: { part: string; got: string; expected: string; rule?: RuleQuote }) =>
      v.rule
        ? `${v.part}: ${said(v.rule, 'min')} uses the smallest eigenvalue; the largest one limits the step: η < 2/λmax`
        : `${v.part}: your bound ${v.got} uses the smallest eigenvalue; the largest one limits the step (2/λmax = ${v.expected})`,
    hint: (v: { part: string; got: string; rule?: RuleQuote }) => (v.rule ? `${v.part}: ${said(v.rule, 'min')} uses the smallest eigenvalue; the largest one limits the step` : `${v.part}: your bound ${v.got} uses the smallest eigenvalue; the largest one limits the step`),
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
  'gd.zero-included': {
    severity: 'error',
    message: (v: { part: string }) => `${v.part} includes η = 0, where gradient descent never moves; the range is open at 0`,
  },
  'gd.diverges': {
    severity: 'info',
    message: (v: { eta: string; distances: string }) => `evidence: with η = ${v.eta}, a start 1 unit from the minimum along the top eigenvector is ${v.distances} away after 1, 2, 3, 4 steps`,
  },
  'gd.semidefinite': {
    severity: 'info',
    message: (v: { zeros: number }) =>
      `the Hessian is singular (${v.zeros} zero eigenvalue${v.zeros > 1 ? 's' : ''}): the minimum is not unique; gradient descent converges to a minimizer that depends on the start, for the same range`,
  },
});
