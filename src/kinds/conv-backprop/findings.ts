// The conv-backprop diagnoses: the mistakes of the convolution layer's derivation, each named.
import { catalog } from '../../findings/finding.js';

export const convFinding = catalog({
  'conv.not-flipped': {
    severity: 'error',
    message: (v: { part: string }) =>
      `${v.part} is a full correlation of δ with the filters: the input gradient is a full convolution, so each filter is flipped (rotated 180°) before it slides over the zero-padded δ`,
  },
  'conv.flipped': {
    severity: 'error',
    message: (v: { part: string }) =>
      v.part === 'Z'
        ? 'Z is a convolution with the flipped filters: the layer computes a valid correlation, Z[m, n] = Σ X[m + i, n + j] · W[i, j] + b, with no flip'
        : `${v.part} is flipped: ∂L/∂W[i, j] = Σ δ[m, n] · X[m + i, n + j] is a correlation of the input with δ, with no flip`,
  },
  'conv.no-batch-sum': {
    severity: 'error',
    message: (v: { part: string; how: string; batch: number }) =>
      `${v.part} ${v.how}: the ${v.part === 'db' ? 'bias is' : 'weights are'} shared by all ${v.batch} examples, so the gradient sums δ over the whole batch (and every output position)`,
  },
  'conv.padding': {
    severity: 'error',
    message: (v: { part: string; how: string; kh: number; kw: number }) =>
      `${v.part} ${v.how}: the input gradient is a full convolution, so δ is padded with ${v.kh - 1} zero row${v.kh - 1 === 1 ? '' : 's'} and ${v.kw - 1} zero column${v.kw - 1 === 1 ? '' : 's'} on each side and dX has the input's size`,
  },
  'conv.axes-swapped': {
    severity: 'error',
    message: (v: { part: string }) => `${v.part} has the filter and channel axes swapped: it is answered [F, C, kh, kw], one block per filter (PyTorch's layout)`,
  },
  'conv.stride-ignored': {
    severity: 'error',
    message: (v: { part: string; stride: number }) =>
      `${v.part} leaves out the stride: with stride ${v.stride}, output (m, n) reads the input at (${v.stride}m + i, ${v.stride}n + j), so δ[m, n] goes back to those positions (δ dilated by the stride)`,
  },
  'conv.sign-flipped': {
    severity: 'error',
    message: (v: { part: string }) => `${v.part} has the opposite sign of the right answer (δ = A − target, not target − A, or the gradient was negated)`,
  },
  'conv.factor-off': {
    severity: 'error',
    message: (v: { part: string; factor: string; reason: string }) => `${v.part} is off by a factor of ${v.factor}: ${v.reason}`,
  },
  'conv.im2col-transposed': {
    severity: 'error',
    message: (v: { rows: number; cols: number; orientation?: 'positions' | 'weights' }) =>
      v.orientation === 'weights'
        ? `im2col is transposed: this problem asks for one row per filter weight (${v.rows}: channel, then row, then column) and one column per example and output position (${v.cols})`
        : `im2col is transposed: it has one row per output position and example (${v.rows}) and one column per filter weight (${v.cols})`,
  },
  'conv.relu-kink': {
    severity: 'info',
    message: (v: { part: string; convention: string }) => `some input of the ReLU is exactly 0, where it has no derivative; ${v.part} is graded accepting both conventions, and yours uses ${v.convention}`,
  },
});
