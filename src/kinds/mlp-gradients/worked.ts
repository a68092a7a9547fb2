// The worked solution of an mlp-gradients problem: forward pass, loss, and each gradient by
// the chain rule, with exact values, the way a careful TA writes the answer key.
import type { Num } from '../../numbers/num.js';
import { formatMatrix, type M } from '../../numbers/matrix.js';
import type { Problem } from '../types.js';
import type { MlpRef } from './grade.js';
import type { Net } from './network.js';

const v = (x: Num) => (x.isRational ? x.toString() : x.toDecimalString(8));
const mat = (m: M) => (m.length === 1 ? `[${m[0].map(v).join(', ')}]` : formatMatrix(m, v));

const LOSS: Record<Net['loss'], [string, string]> = {
  'half-sse': ['L = ½ Σₙ ‖yₙ − tₙ‖²', '∂L/∂y = y − t'],
  sse: ['L = Σₙ ‖yₙ − tₙ‖²', '∂L/∂y = 2(y − t)'],
  mse: ['L = (1/(N·K)) Σₙ ‖yₙ − tₙ‖²', '∂L/∂y = 2(y − t)/(N·K)'],
  'cross-entropy': ['L = −(1/N) Σₙ Σₖ tₙₖ ln yₙₖ, y = softmax(z)', 'with softmax, ∂L/∂z = (y·Σₖtₖ − t)/N, which is (y − t)/N when each target row sums to 1'],
};

/**
 * How the last layer's δ is formed. Softmax has no elementwise derivative: with cross-entropy
 * the two combine into (y·Σt − t)/N; with another loss the gradient goes through its Jacobian,
 * ∂y_j/∂z_i = y_j(δ_ij − y_i), row by row.
 */
function lastDelta(act: string, loss: Net['loss'], n: number): string {
  if (act === 'identity') return '∂L/∂y (identity output)';
  if (act === 'softmax' && loss === 'cross-entropy') return '(y·Σₖtₖ − t)/N (softmax and cross-entropy combined: y − t over N for one-hot targets)';
  if (act === 'softmax') return `the softmax Jacobian applied to g = ∂L/∂y, row by row: y ⊙ (g − (g·y)) (∂yⱼ/∂zᵢ = yⱼ(δᵢⱼ − yᵢ))`;
  return `∂L/∂y ⊙ ${act}'(z${n})`;
}

export function mlpMarkdown(problem: Problem<Net>, ref: MlpRef): string {
  const net = problem.given;
  const p = ref.passes[0];
  const L = net.layers.length;
  const out = [`## ${problem.title ?? problem.id} (${problem.id})`, ''];
  out.push(`N = ${net.X.length} examples, one per row of X. A weight row holds one unit's weights, so z⁽ˡ⁾ = a⁽ˡ⁻¹⁾ W⁽ˡ⁾ᵀ + b⁽ˡ⁾ (a row per example), with a⁽⁰⁾ = X.`, '');
  out.push('### Forward pass', '');
  net.layers.forEach((l, i) => {
    out.push(`- z${i + 1} = ${i === 0 ? 'X' : `a${i}`}·W${i + 1}ᵀ + b${i + 1} = ${mat(p.Z[i])}`);
    out.push(`- a${i + 1} = ${l.act}(z${i + 1}) = ${mat(p.A[i])}${i === L - 1 ? ' = y' : ''}`);
  });
  out.push('', '### Loss', '', `${LOSS[net.loss][0]} = **${v(p.loss)}**`, '');
  out.push('### Backward pass', '', `${LOSS[net.loss][1]}.`, '');
  for (let i = L - 1; i >= 0; i--) {
    const l = net.layers[i];
    if (i === L - 1) out.push(`- δ${i + 1} = ∂L/∂z${i + 1} = ${lastDelta(l.act, net.loss, i + 1)} = ${mat(p.dZ[i])}`);
    else out.push(`- δ${i + 1} = (δ${i + 2}·W${i + 2}) ⊙ ${l.act}'(z${i + 1}) = ${mat(p.dZ[i])}`);
    out.push(`- ∂L/∂W${i + 1} = δ${i + 1}ᵀ·${i === 0 ? 'X' : `a${i}`} = **${mat(p.dW[i])}**`);
    out.push(`- ∂L/∂b${i + 1} = Σₙ δ${i + 1} = **${mat([p.db[i]])}**`);
  }
  if (p.kinks) out.push('', "Some pre-activation is exactly 0, where ReLU has no derivative. This solution takes ReLU'(0) = 0 (as PyTorch and TensorFlow do); answers using ReLU'(0) = 1 are accepted too.");
  return out.join('\n') + '\n';
}
