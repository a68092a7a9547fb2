// Kind graph's exact reference against PyTorch 1.13 float64 autograd on 40 random graphs (every
// operation of the language featured at least once, every loss; made by
// `node dev/graph-differential.mjs 200 2 --keep src/kinds/graph/fixtures/torch-cases.json`,
// whose PyTorch side, dev/graph_torch.py, parses the language itself). Every named tensor's
// value and ∂loss/∂name is compared; masks have no gradient part.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYamlText } from '../../load/yaml.js';
import { graph } from './index.js';

type Nested = number | Nested[];
interface TorchCase {
  feature: string;
  loss: string;
  frozen: string[];
  given: unknown;
  torch: { values: Record<string, Nested>; grads: Record<string, Nested> };
}
const cases = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'torch-cases.json'), 'utf8')) as TorchCase[];
const flat = (v: Nested): number[] => (Array.isArray(v) ? v.flatMap(flat) : [v]);
// float64 noise, as dev/graph-differential.mjs allows it: relative 1e-9, plus 1e-12 of the
// tensor's largest entry and of the graph's largest figure (cancellations)
const close = (ours: number, theirs: number, scale: number, graphScale: number) => Math.abs(ours - theirs) <= 1e-9 * Math.abs(theirs) + 1e-12 * (1 + scale) + 1e-12 * graphScale;

describe('graph reference against PyTorch float64 autograd', () => {
  it('the fixture covers every operation and every loss', () => {
    expect(new Set(cases.map((c) => c.feature)).size).toBe(31);
    expect(new Set(cases.map((c) => c.loss))).toEqual(new Set(['half_sse', 'sse', 'mse', 'ce-index', 'ce-onehot', 'ce-soft', 'ce-smooth', 'bce', 'l2']));
  });
  it.each(cases.map((c, i) => [i, c.feature, c] as const))('graph %i (%s): every value and gradient agrees', (_, __, c) => {
    const g = graph.prepare(loadYamlText(JSON.stringify(c.given)).root, 'p');
    const ref = graph.reference(g);
    expect(ref.kinks || ref.ties).toBe(false); // the generator drew again where either convention holds
    const pass = ref.passes[0];
    const off: string[] = [];
    let compared = 0;
    const graphScale = Math.max(...[...Object.values(c.torch.values), ...Object.values(c.torch.grads)].flatMap(flat).map(Math.abs));
    for (const [what, table] of [['value', c.torch.values], ['grad', c.torch.grads]] as const) {
      for (const [name, nested] of Object.entries(table)) {
        if (what === 'grad' && c.frozen.includes(name)) continue;
        const id = g.graph.names.get(name)!;
        const t = what === 'value' ? pass.values[id] : pass.grads[id];
        const theirs = flat(nested), scale = Math.max(...theirs.map(Math.abs));
        const ours = t ? t.data.map((x) => x.toNumber()) : theirs.map(() => 0); // no gradient: the loss does not reach it
        expect(ours.length, `${what} of ${name}`).toBe(theirs.length);
        theirs.forEach((b, j) => close(ours[j], b, scale, graphScale) || off.push(`${what === 'grad' ? 'd' : ''}${name}[${j}]: ${ours[j]} vs ${b}`));
        compared += theirs.length;
      }
    }
    expect(off).toEqual([]);
    // every named tensor's value and every gradient part was compared (targets are data, not parts here)
    const targets = new Set(g.graph.given.filter((t) => t.role === 'target').map((t) => t.name));
    const names = [...g.graph.names.keys()].filter((n) => !targets.has(n));
    expect(Object.keys(c.torch.values).sort()).toEqual([...names].sort());
    expect(compared).toBe(names.reduce((s, n) => s + pass.values[g.graph.names.get(n)!].data.length * (c.frozen.includes(n) ? 1 : 2), 0));
  });
});
