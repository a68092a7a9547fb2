// The mlp-gradients diagnoses.
import { catalog } from '../../findings/finding.js';

export const mlpFinding = catalog({
  'mlp.sign-flipped': {
    severity: 'error',
    message: (v: { part: string }) => `${v.part} has the opposite sign of the right answer: the error term is y − t, not t − y (or the gradient was negated)`,
  },
  'mlp.factor-off': {
    severity: 'error',
    message: (v: { part: string; factor: string; reason: string }) => `${v.part} is off by a factor of ${v.factor}: ${v.reason}`,
  },
  'mlp.transposed': {
    severity: 'error',
    message: (v: { part: string; shape: string }) => `${v.part} is transposed: the gradient has the shape of the weights (${v.shape}, a row per unit)`,
  },
  'mlp.missing-activation-derivative': {
    severity: 'error',
    message: (v: { part: string; activation: string }) =>
      `${v.part} is what you get without the derivative of the ${v.activation} activation${v.activation === 'relu' ? ' (the ReLU mask: units with z < 0 pass no gradient)' : ''}`,
  },
  'mlp.relu-kink': {
    severity: 'info',
    message: (v: { part: string; convention: string }) =>
      `some pre-activation is exactly 0, where ReLU has no derivative; ${v.part} is graded accepting both conventions (0 or 1), and yours uses ${v.convention}`,
  },
});
