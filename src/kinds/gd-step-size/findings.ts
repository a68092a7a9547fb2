// The gd-step-size diagnoses.
import { catalog } from '../../findings/finding.js';

export const gdFinding = catalog({
  'gd.endpoint-included': {
    severity: 'error',
    message: (v: { part: string; bound: string; evidence: string }) =>
      `${v.part} includes η = ${v.bound} = 2/λmax, where gradient descent does not converge: ${v.evidence}. The range is open: η < ${v.bound}`,
  },
  'gd.half-range': {
    severity: 'error',
    message: (v: { part: string; got: string; expected: string }) =>
      `${v.part}: your bound ${v.got} is 1/λmax; gradient descent converges for η < 2/λmax = ${v.expected}`,
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
  'gd.hessian-not-doubled': {
    severity: 'error',
    message: (v: { part: string; got: string; expected: string; source: 'matrix' | 'function' }) =>
      `${v.part}: ${v.got} comes from ${v.source === 'matrix' ? 'A' : 'the coefficient matrix'}, but the Hessian of ${v.source === 'matrix' ? 'f = uᵀAu is A + Aᵀ (2A for symmetric A)' : 'this f is twice that (d²(a·x²)/dx² = 2a)'}; expected ${v.expected}`,
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
  'gd.constant': {
    severity: 'error',
    message: (v: { part: string }) =>
      `${v.part}: f is constant (its Hessian and linear term are 0), so every point is a minimum and the gradient is 0: descent never moves, and every η > 0 "converges"; the range is 0 < η`,
  },
  'gd.no-minimum': {
    severity: 'error',
    message: (v: { part: string; reason: string }) => `${v.part}: ${v.reason}, so no learning rate makes gradient descent converge; the answer is "none"`,
  },
  'gd.used-lambda-min': {
    severity: 'error',
    message: (v: { part: string; got: string; expected: string }) =>
      `${v.part}: your bound ${v.got} uses the smallest eigenvalue; the largest one limits the step (2/λmax = ${v.expected})`,
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
