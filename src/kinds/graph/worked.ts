// The worked solution of a graph problem: a forward table (node, formula, value) in the order of
// the lines, then a backward table (node, local derivative, upstream, gradient) from the loss
// back to the parameters and inputs, the order a student writes them by hand.
import type { Num } from '../../numbers/num.js';
import { namedInputs, type Graph } from '../../autodiff/graph.js';
import { formatTensor, type Tensor } from '../../autodiff/tensor.js';
import type { Problem } from '../types.js';
import type { GraphGiven } from './problem.js';
import type { GraphRef } from './reference.js';

const v = (x: Num): string => (x.isRational ? x.toString() : x.toDecimalString(8));
const show = (t: Tensor | null | undefined): string => (t ? formatTensor(t, v) : '—');
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The derivative of a line's outermost operation, as a student writes it. */
function localRule(g: Graph, line: number, x: string): string {
  const L = g.lines[line], root = g.nodes[L.node];
  const s = L.name;
  switch (root.op) {
    case 'tanh': return `∂${s}/∂${x}: tanh′ = 1 − ${s}², times the inner derivative`;
    case 'sigmoid': return `∂${s}/∂${x}: σ′ = ${s}(1 − ${s}), times the inner derivative`;
    case 'relu': return `∂${s}/∂${x}: ReLU′ = [input > 0], times the inner derivative`;
    case 'leaky_relu': return `∂${s}/∂${x}: 1 for input > 0, α below, times the inner derivative`;
    case 'exp': return `∂${s}/∂${x}: exp′ = ${s}, times the inner derivative`;
    case 'log': return `∂${s}/∂${x}: 1/input, times the inner derivative`;
    case 'half_sse': return `∂${s}/∂${x}: ±(prediction − target)`;
    case 'sse': return `∂${s}/∂${x}: ±2(prediction − target)`;
    case 'mse': return `∂${s}/∂${x}: ±2(prediction − target)/n`;
    case 'cross_entropy': return `∂${s}/∂logits = (softmax(logits)·Σt − t)/N (t with label smoothing)`;
    case 'bce': return `∂${s}/∂p = (p − t)/(p(1 − p))/n`;
    case 'l2': return `∂${s}/∂${x} = 2·${x}`;
    case 'softmax': return `∂${s}/∂${x}: p ⊙ (g − Σ g·p), the full softmax Jacobian`;
    case 'norm': return `∂${s}/∂${x}: through x̂, μ and σ² (${root.attrs.over === 'batch' ? 'batch' : 'layer'} norm)`;
    default: return `∂${s}/∂${x}`;
  }
}

export function graphMarkdown(problem: Problem<GraphGiven>, ref: GraphRef): string {
  const { graph: g } = problem.given;
  const p = ref.passes[0];
  const out = [`## ${problem.title ?? problem.id} (${problem.id})`, ''];
  out.push('### Forward pass', '', '| node | formula | value |', '|---|---|---|');
  for (const L of g.lines) out.push(`| ${L.name} | ${cell(L.text)} | ${show(p.values[L.node])} |`);
  const loss = g.nodes[g.loss].name!;
  out.push('', `Loss: ${loss} = **${show(p.values[g.loss])}**`, '');
  out.push('### Backward pass', '', `Each gradient is ∂${loss}/∂node: the sum, over every line that uses the node, of that line's gradient (upstream) times its local derivative.`, '');
  out.push('| node | local derivative | upstream | gradient |', '|---|---|---|---|');
  const rows: [number, string][] = [...g.lines].reverse().filter((l) => l.node <= g.loss).map((l) => [l.node, l.name]);
  const given = [...g.given].sort((a, b) => (a.role === 'param' ? 0 : 1) - (b.role === 'param' ? 0 : 1));
  for (const t of given) rows.push([t.node, t.name]);
  for (const [node, name] of rows) {
    if (!p.grads[node]) continue;
    if (node === g.loss) {
      out.push(`| d${name} | 1 | — | 1 |`);
      continue;
    }
    const users = g.lines.map((l, i) => ({ l, i })).filter(({ l }) => l.node <= g.loss && namedInputs(g, l.node).includes(node));
    if (!users.length) continue;
    const local = users.map(({ i }) => localRule(g, i, name)).join('; ');
    const upstream = users.map(({ l }) => `d${l.name}`).join(' + ');
    out.push(`| d${name} | ${cell(local)} | ${upstream} | ${show(p.grads[node])} |`);
  }
  if (ref.kinks) out.push('', "Some ReLU input is exactly 0, where ReLU has no derivative. This solution takes ReLU'(0) = 0 (as PyTorch does); answers using 1 are accepted too.");
  if (ref.ties) out.push('', 'Some max-pool window has tied maxima. This solution sends the gradient to the first (as PyTorch does); answers sending it to the last are accepted too.');
  return out.join('\n') + '\n';
}
