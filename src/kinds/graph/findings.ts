// The graph kind's diagnoses: mistakes that hold for any graph, each recomputed by changing the
// backward pass the way the mistake does, then matched against the answer.
import { catalog } from '../../findings/finding.js';

export const graphFinding = catalog({
  'graph.sign-flipped': {
    severity: 'error',
    message: (v: { part: string }) => `${v.part} has the opposite sign of the right answer: a gradient points uphill (the error term is prediction − target, not target − prediction)`,
  },
  'graph.transposed': {
    severity: 'error',
    message: (v: { part: string; shape: string }) => `${v.part} is the transpose of the right answer, which is ${v.shape} (a gradient has the shape of its tensor)`,
  },
  'graph.factor-off': {
    severity: 'error',
    message: (v: { part: string; factor: string; reason: string }) => `${v.part} is off by a factor of ${v.factor}: ${v.reason}`,
  },
  'graph.batch-mean': {
    severity: 'error',
    message: (v: { part: string; N: number; loss: string }) => `${v.part} is divided by ${v.N}: the loss ${v.loss} is a sum over the batch, not a mean`,
  },
  'graph.batch-sum': {
    severity: 'error',
    message: (v: { part: string; N: number; loss: string }) => `${v.part} is ${v.N} times too large: the loss ${v.loss} is a mean over the batch (divide by N = ${v.N}), not a sum`,
  },
  'graph.missing-path': {
    severity: 'error',
    message: (v: { part: string; tensor: string; missing: string; kept: string }) =>
      `${v.part} leaves out a path: ${v.tensor} is used ${v.kept ? `in ${v.kept} and ` : ''}${v.missing}, and its gradient is the sum over every use; yours counts only ${v.kept || 'some of them'}`,
    hint: (v: { part: string; tensor: string }) => `${v.part} leaves out a path: ${v.tensor} is used more than once, and its gradient sums what every use sends back`,
  },
  'graph.norm-no-stats': {
    severity: 'error',
    message: (v: { part: string; op: string }) => `${v.part} treats the ${v.op === 'batch_norm' ? 'batch' : 'layer'} mean and variance as constants: the input reaches the output through them too (the paths through μ and σ² are missing)`,
  },
  'graph.activation-value': {
    severity: 'error',
    message: (v: { part: string; activation: string; used: string; right: string }) => `${v.part} uses the ${v.activation} output ${v.used} as its derivative; the derivative is ${v.right}`,
  },
  'graph.softmax-diagonal': {
    severity: 'error',
    message: (v: { part: string }) =>
      `${v.part} keeps only the diagonal of the softmax Jacobian, pᵢ(1 − pᵢ): every output depends on every input, ∂pᵢ/∂zⱼ = −pᵢpⱼ for i ≠ j (so ∂L/∂z = p ⊙ (g − Σⱼ gⱼpⱼ))`,
  },
  'graph.broadcast-sum': {
    severity: 'error',
    message: (v: { part: string; tensor: string; how: string; shape: string }) =>
      `${v.part}: ${v.tensor} is added to every example (broadcast), so its gradient is the SUM over the batch of the per-example gradients (shape ${v.shape}); yours is ${v.how}`,
  },
  'graph.kink': {
    severity: 'info',
    message: (v: { part: string; what: string }) => `${v.what}; ${v.part} is graded accepting either convention`,
  },
});
