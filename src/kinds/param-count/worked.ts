// The worked solution of a param-count problem: a table of layers, shapes and counts.
import { repeatCount, runStack } from '../../layers/engine.js';
import { fmtCount } from '../../layers/findings.js';
import type { BiasConvention, Layer, Shape } from '../../layers/types.js';
import { describeSequenceLayer, sequenceConventionLine } from '../../layers/sequence-text.js';
import { shapeText } from '../../layers/types.js';
import type { Problem } from '../types.js';
import type { ParamRef } from './grade.js';
import type { ParamGiven } from './model.js';

export function describeLayer(l: Layer): string {
  switch (l.type) {
    case 'conv': return `conv ${l.kernel}×${l.kernel}, ${l.filters} filters, stride ${l.stride ?? 1}, padding ${l.padding ?? 0}`;
    case 'maxpool': case 'avgpool': return `${l.type} ${l.size}×${l.size}, stride ${l.stride ?? l.size}`;
    case 'dense': return `dense ${l.units}`;
    default: return describeSequenceLayer(l) ?? l.type;
  }
}

export function layerTable(layers: Layer[], input: Shape, bias: BiasConvention, vars: Record<string, number>): string[] {
  const run = runStack(layers, input, bias, vars);
  const rows = ['| # | layer | output | parameters | how |', '| ---: | --- | --- | ---: | --- |', `| 0 | input | ${shapeText(input)} | | |`];
  run.steps.forEach((s, i) => {
    const l = layers[i];
    const rep = l.repeat !== undefined ? ` ×${typeof l.repeat === 'string' ? `${l.repeat} = ${vars[l.repeat]}` : l.repeat}` : '';
    // A repeated layer: the count of one copy first (what a row of the answer claims), then the copies' total.
    const copies = repeatCount(l, vars);
    const perCopy = s.perCopy?.length ? s.perCopy : [s.params];
    const count = rep ? `${perCopy.map(fmtCount).join(' / ')} per copy; ×${copies} = ${fmtCount(s.params)}` : fmtCount(s.params);
    rows.push(`| ${i + 1} | ${describeLayer(l)}${rep} | ${shapeText(s.out)} | ${count} | ${s.arithmetic} |`);
  });
  const total = run.steps.reduce((a, s) => a + s.params, 0n);
  rows.push(`| | **total** | | **${fmtCount(total)}** | |`);
  return rows;
}

export function paramMarkdown(problem: Problem<ParamGiven>, ref: ParamRef): string {
  const g = problem.given;
  const L = [`## ${problem.title ?? problem.id} (${problem.id})`, ''];
  L.push(`Convention: ${g.bias ? 'every conv and dense layer has biases (one per filter or unit)' : 'no biases are counted (bias: false)'}. Conv: filters·(k·k·C${g.bias ? ' + 1' : ''}); dense: (inputs${g.bias ? ' + 1' : ''})·units; batchnorm: 2·C; pooling, flatten and activations: none.`, '');
  const seqLine = sequenceConventionLine(g.layers?.map((l) => l.layer) ?? [], g.bias);
  if (seqLine) L.push(seqLine, '');
  if (!g.layers) {
    L.push('The layers are the submission\'s own design: each claimed output and count is checked against this engine.', '');
    return L.join('\n');
  }
  const vars = g.solveFor && ref.solved ? { [g.solveFor.variable]: ref.solved.n } : {};
  L.push(...layerTable(g.layers.map((l) => l.layer), g.input, g.bias, vars), '');
  if (g.solveFor) {
    const sf = g.solveFor;
    if (!ref.solved) L.push(`No whole ${sf.variable} in [${sf.min}, ${sf.max}] gives exactly ${fmtCount(sf.budget)} parameters (every value was tried): the answer is **none**.`);
    else {
      L.push(`Solving for ${sf.variable}: the count grows with ${sf.variable}; the budget is ${fmtCount(sf.budget)}.`, '');
      L.push(`| ${sf.variable} | parameters | distance to the budget |`, '| ---: | ---: | ---: |');
      const rows = [...ref.solved.around.filter((a) => a.n < ref.solved!.n), { n: ref.solved.n, count: ref.solved.count }, ...ref.solved.around.filter((a) => a.n > ref.solved!.n)];
      for (const r of rows) if (r.count !== null) L.push(`| ${r.n === ref.solved.n ? `**${r.n}**` : r.n} | ${fmtCount(r.count)} | ${fmtCount(r.count > sf.budget ? r.count - sf.budget : sf.budget - r.count)} |`);
      L.push('', `**${sf.variable} = ${ref.solved.n}** (${sf.mode === 'equal' ? 'exactly the budget' : 'the closest count'}).`);
    }
  }
  return L.join('\n');
}
