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
/** Layer applications the search may make: ~0.1 s. A problem that needs more is refused at load. */
export const MAX_SEARCH_STEPS = 200_000;

export class SearchTooLarge extends Error {}

/**
 * The search over designs. Its work is bounded by steps taken, not by designs found: every state
 * (spatial size, what the last layer was, whether a conv came yet, depth) is asked once whether
 * any design can still be completed from it, and the enumeration walks only states that can, so
 * an unreachable target costs one pass over the reachable states, not every sequence.
 */
class DesignSearch {
  private readonly reach = new Map<string, boolean>();
  private steps = 0;
  private readonly kernels: number[];
  private readonly pool: Layer | null;

  constructor(private readonly g: DesignGiven) {
    const c = g.constraints;
    this.kernels = c.kernels ?? [3, 5, 7];
    const pos = { line: 0, column: 0 };
    this.pool = c.pooling ? { type: c.pooling.type === 'avg' ? 'avgpool' : 'maxpool', size: c.pooling.size, stride: c.pooling.stride, pos } : null;
    this.convs = this.kernels.map((k) => ({ type: 'conv', kernel: k, filters: 1, stride: c.stride ?? 1, padding: c.padding ?? 0, pos }));
  }
  private readonly convs: Layer[];

  /** The moves from a state, each with the shape it leads to (sizes below the target are dropped). */
  moves(last: Layer | undefined, depth: number, shape: Shape, counted = true): { layer: Layer; out: Shape }[] {
    const c = this.g.constraints;
    const out: { layer: Layer; out: Shape }[] = [];
    const candidates: Layer[] = [];
    if (!(c.alternate && last?.type === 'conv')) candidates.push(...this.convs);
    if (this.pool && !(c.alternate && last && last.type !== 'conv') && depth > 0) candidates.push(this.pool);
    for (const m of candidates) {
      if (counted && ++this.steps > MAX_SEARCH_STEPS) throw new SearchTooLarge();
      try {
        const st = applyLayer(m, shape, this.g.bias);
        if (st.out[1] < this.g.target[1] || st.out[2] < this.g.target[2]) continue;
        if (st.out[1] === shape[1] && st.out[2] === shape[2] && m.type !== 'conv') continue;
        out.push({ layer: m, out: st.out });
      } catch (e) {
        if (!(e instanceof LayerError)) throw e;
      }
    }
    return out;
  }

  isDesign(hasConv: boolean, shape: Shape): boolean {
    return hasConv && shape[1] === this.g.target[1] && shape[2] === this.g.target[2];
  }

  /** Whether a design can be completed from this state (memoised: each state is expanded once). */
  canFinish(last: Layer | undefined, depth: number, hasConv: boolean, shape: Shape): boolean {
    if (this.isDesign(hasConv, shape)) return true;
    if (depth >= this.g.constraints.maxDepth) return false;
    const key = `${shape[1]},${shape[2]},${last?.type ?? ''},${hasConv},${depth}`;
    let r = this.reach.get(key);
    if (r === undefined) {
      r = this.moves(last, depth, shape).some((m) => this.canFinish(m.layer, depth + 1, hasConv || m.layer.type === 'conv', m.out));
      this.reach.set(key, r);
    }
    return r;
  }

  /** Every design (up to MAX_DESIGNS), walking only states from which one can be completed. */
  enumerate(): Layer[][] {
    const found: Layer[][] = [];
    const walk = (seq: Layer[], shape: Shape, hasConv: boolean) => {
      if (found.length >= MAX_DESIGNS) return;
      if (this.isDesign(hasConv, shape)) found.push(seq);
      if (seq.length >= this.g.constraints.maxDepth) return;
      // Not counted: every branch walked ends in a design, so MAX_DESIGNS bounds this walk.
      for (const m of this.moves(seq[seq.length - 1], seq.length, shape, false)) {
        const conv = hasConv || m.layer.type === 'conv';
        if (this.canFinish(m.layer, seq.length + 1, conv, m.out)) walk([...seq, m.layer], m.out, conv);
      }
    };
    if (this.canFinish(undefined, 0, false, this.g.input)) walk([], this.g.input, false);
    return found;
  }
}

/** Whether any design meets the constraints; throws SearchTooLarge when that cannot be decided within the bound. */
export function designExists(g: DesignGiven): boolean {
  return new DesignSearch(g).canFinish(undefined, 0, false, g.input);
}

export function enumerateDesigns(g: DesignGiven): Design[] {
  return new DesignSearch(g)
    .enumerate()
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
