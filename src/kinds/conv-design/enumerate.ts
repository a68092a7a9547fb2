// Every architecture that meets the constraints (bounded depth), for `solve`: a depth-first
// search over conv kernels and pooling steps on the spatial size, then filter counts chosen
// to minimise parameters (hidden convs take the smallest allowed count, the last conv the
// target's channels).
import { applyLayer, LayerError, runStack } from '../../layers/engine.js';
import type { Layer, Shape } from '../../layers/types.js';
import type { DesignGiven } from './model.js';

export interface Design {
  layers: Layer[];
  params: bigint;
}

const MAX_DESIGNS = 500;

export function enumerateDesigns(g: DesignGiven): Design[] {
  const c = g.constraints;
  const kernels = c.kernels ?? [3, 5, 7];
  const found: Layer[][] = [];
  const pos = { line: 0, column: 0 };
  const convOf = (k: number): Layer => ({ type: 'conv', kernel: k, filters: 1, stride: c.stride ?? 1, padding: c.padding ?? 0, pos });
  const pool: Layer | null = c.pooling ? { type: c.pooling.type === 'avg' ? 'avgpool' : 'maxpool', size: c.pooling.size, stride: c.pooling.stride, pos } : null;
  const walk = (seq: Layer[], shape: Shape) => {
    if (found.length >= MAX_DESIGNS) return;
    if (seq.some((l) => l.type === 'conv') && shape[1] === g.target[1] && shape[2] === g.target[2]) found.push(seq);
    if (seq.length >= c.maxDepth) return;
    const last = seq[seq.length - 1];
    const moves: Layer[] = [];
    if (!(c.alternate && last?.type === 'conv')) moves.push(...kernels.map(convOf));
    if (pool && !(c.alternate && last && last.type !== 'conv') && seq.length > 0) moves.push(pool);
    for (const m of moves) {
      try {
        const st = applyLayer(m, shape, g.bias);
        if (st.out[1] < g.target[1] || st.out[2] < g.target[2]) continue;
        if (st.out[1] === shape[1] && st.out[2] === shape[2] && m.type !== 'conv') continue;
        walk([...seq, m], st.out);
      } catch (e) {
        if (!(e instanceof LayerError)) throw e;
      }
    }
  };
  walk([], g.input);
  return found
    .map((seq) => assignFilters(seq, g))
    .sort((a, b) => (a.params < b.params ? -1 : a.params > b.params ? 1 : a.layers.length - b.layers.length || key(a).localeCompare(key(b))));
}

const key = (d: Design) => d.layers.map((l) => (l.type === 'conv' ? `c${l.kernel}` : 'p')).join('-');

function assignFilters(seq: Layer[], g: DesignGiven): Design {
  const lastConv = seq.map((l) => l.type).lastIndexOf('conv');
  const smallest = g.constraints.filters[0];
  const layers = seq.map((l, i) => (l.type === 'conv' ? { ...l, filters: i === lastConv ? g.target[0] : smallest } : l));
  const run = runStack(layers, g.input, g.bias);
  return { layers, params: run.steps.reduce((a, s) => a + s.params, 0n) };
}

export function designKey(d: Design): string {
  return key(d);
}
