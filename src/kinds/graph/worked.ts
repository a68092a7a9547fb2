// The worked solution of a graph problem: a forward table (node, formula, value) in the order of
// the lines, then a backward table (node, local derivative, upstream, gradient) from the loss
// back to the parameters and inputs, the order a student writes them by hand.
import type { Num } from '../../numbers/num.js';
import { namedInputs } from '../../autodiff/graph.js';
import { formatTensor, type Tensor } from '../../autodiff/tensor.js';
import type { Problem } from '../types.js';
import type { GraphGiven } from './problem.js';
import type { GraphRef } from './reference.js';
import { localFormula } from './local.js';

const v = (x: Num): string => (x.isRational ? x.toString() : x.toDecimalString(8));
const show = (t: Tensor | null | undefined): string => (t ? formatTensor(t, v) : '—');
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

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
    const local = users
      .map(({ l }) => {
        const f = localFormula(l.name, l.text, name);
        // A tensor broadcast over the batch (a bias) sums its per-example terms.
        const lineShape = g.nodes[l.node].shape, own = g.nodes[node].shape;
        return own.length < lineShape.length && lineShape[0] > 1 ? `Σ over the batch of ${f}` : f;
      })
      .join('; ');
    const upstream = users.map(({ l }) => `d${l.name}`).join(' + ');
    out.push(`| d${name} | ${cell(local)} | ${upstream} | ${show(p.grads[node])} |`);
  }
  if (ref.kinks) out.push('', "Some ReLU input is exactly 0, where ReLU has no derivative. This solution takes ReLU'(0) = 0 (as PyTorch does); answers using 1 are accepted too.");
  if (ref.ties) out.push('', 'Some max-pool window has tied maxima. This solution sends the gradient to the first (as PyTorch does); answers sending it to the last are accepted too.');
  return out.join('\n') + '\n';
}
