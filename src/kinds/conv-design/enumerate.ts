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

interface Best {
  cost: bigint;
  len: number;
  key: string;
  layers: Layer[];
}

/**
 * The search over designs. Its work is bounded by steps taken, not by designs found: every state
 * (spatial size, what the last layer was, whether a conv came yet, depth) is asked once whether
 * any design can still be completed from it, and the enumeration walks only states that can, so
 * an unreachable target costs one pass over the reachable states, not every sequence.
 */
class DesignSearch {
  /** Whether a size can reach the target's in the layers left (see reachable). */
  private readonly reach = new Map<string, boolean>();
  /** Whether a design can be completed from a state (see canFinish). */
  private readonly finish = new Map<string, boolean>();
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

  /** The moves from a state, each with the shape it leads to. */
  moves(last: Layer | undefined, _depth: number, shape: Shape, counted = true): { layer: Layer; out: Shape }[] {
    // The same (size, last layer's type) is met at many depths and by every pass: computed once.
    const memoKey = `${shape[1]},${shape[2]},${last?.type ?? ''}`;
    const known = this.moveMemo.get(memoKey);
    if (known) return known;
    const c = this.g.constraints;
    const out: { layer: Layer; out: Shape }[] = [];
    const candidates: Layer[] = [];
    if (!(c.alternate && last?.type === 'conv')) candidates.push(...this.convs);
    // Pooling may come first, and a step may go below the target size (padding can grow it again).
    if (this.pool && !(c.alternate && last && last.type !== 'conv')) candidates.push(this.pool);
    for (const m of candidates) {
      if (counted) this.work(1);
      try {
        const st = applyLayer(m, shape, this.g.bias);
        if (st.out[1] === shape[1] && st.out[2] === shape[2] && m.type !== 'conv') continue;
        out.push({ layer: m, out: st.out });
      } catch (e) {
        if (!(e instanceof LayerError)) throw e;
      }
    }
    this.moveMemo.set(memoKey, out);
    return out;
  }
  private readonly moveMemo = new Map<string, { layer: Layer; out: Shape }[]>();

  /** Counts the search's work: layer steps and state expansions, bounded by MAX_SEARCH_STEPS. */
  private work(n: number): void {
    this.steps += n;
    if (this.steps > MAX_SEARCH_STEPS) throw new SearchTooLarge();
  }
  get workDone(): number {
    return this.steps;
  }

  /**
   * Whether the target size can still be reached in `left` layers: every layer's output size is
   * a non-decreasing function of its input size, so after k layers the size lies between the
   * smallest and the largest move applied k times. A sound prune: a state outside those bounds
   * is never expanded (the search went below the target only where padding can grow it back).
   */
  reachable(shape: Shape, left: number): boolean {
    const key = `${shape[1]},${shape[2]},${left}`;
    let r = this.reach.get(key);
    if (r === undefined) {
      r = [1, 2].every((axis) => {
        const target = this.g.target[axis];
        let lo = shape[axis], hi = shape[axis];
        if (lo === target) return true;
        for (let k = 0; k < left; k++) {
          const outs = this.layers.map((l, i) => this.size(i, l, lo)).filter((x): x is number => x !== null);
          const outsHi = this.layers.map((l, i) => this.size(i, l, hi)).filter((x): x is number => x !== null);
          if (outs.length) lo = Math.min(lo, ...outs);
          if (outsHi.length) hi = Math.max(hi, ...outsHi);
          if (lo <= target && target <= hi) return true;
        }
        return lo <= target && target <= hi;
      });
      this.reach.set(key, r);
    }
    return r;
  }

  private get layers(): Layer[] {
    return this.pool ? [...this.convs, this.pool] : this.convs;
  }

  private readonly sizes = new Map<string, number | null>();
  /** A layer's output size for an input of size x (layers are square: one axis tells), or null where it does not fit. */
  private size(i: number, l: Layer, x: number): number | null {
    const key = `${i},${x}`;
    let r = this.sizes.get(key);
    if (r === undefined) {
      try {
        r = applyLayer(l, [1, x, x], this.g.bias).out[1];
      } catch (e) {
        if (!(e instanceof LayerError)) throw e;
        r = null;
      }
      this.sizes.set(key, r);
    }
    return r;
  }

  isDesign(hasConv: boolean, shape: Shape): boolean {
    return hasConv && shape[1] === this.g.target[1] && shape[2] === this.g.target[2];
  }

  /** Whether a design can be completed from this state (memoised: each state is expanded once). */
  canFinish(last: Layer | undefined, depth: number, hasConv: boolean, shape: Shape): boolean {
    if (this.isDesign(hasConv, shape)) return true;
    if (depth >= this.g.constraints.maxDepth || !this.reachable(shape, this.g.constraints.maxDepth - depth)) return false;
    const key = `${shape[1]},${shape[2]},${last?.type ?? ''},${hasConv},${depth}`;
    let r = this.finish.get(key);
    if (r === undefined) {
      const moves = this.moves(last, depth, shape);
      this.work(moves.length);
      r = moves.some((m) => this.canFinish(m.layer, depth + 1, hasConv || m.layer.type === 'conv', m.out));
      this.finish.set(key, r);
    }
    return r;
  }

  private readonly bestMemo = new Map<string, Best | null>();
  private readonly countMemo = new Map<string, bigint>();

  /** Parameters of a conv: hidden ones output the smallest filter count, the last one the target's channels. */
  private convCost(kernel: number, hasConv: boolean, final: boolean): bigint {
    const cin = BigInt(hasConv ? this.g.constraints.filters[0] : this.g.input[0]);
    const cout = BigInt(final ? this.g.target[0] : this.g.constraints.filters[0]);
    return BigInt(kernel * kernel) * cin * cout + (this.g.bias ? cout : 0n);
  }

  /**
   * The design with the fewest parameters from this state (then the fewest layers, then the
   * first by name), by dynamic programming over states. A conv is taken either as a hidden one
   * (another conv must follow) or as the last one (only pooling may follow): that fixes its
   * channels, so each sequence is costed exactly once. Its count of designs likewise.
   */
  best(last: Layer | undefined, depth: number, hasConv: boolean, final: boolean, shape: Shape): Best | null {
    const end: Best | null = final && this.isDesign(hasConv, shape) ? { cost: 0n, len: 0, key: '', layers: [] } : null;
    if (depth >= this.g.constraints.maxDepth || !this.reachable(shape, this.g.constraints.maxDepth - depth)) return end;
    const memoKey = `${shape[1]},${shape[2]},${last?.type ?? ''},${hasConv},${final},${depth}`;
    if (this.bestMemo.has(memoKey)) return this.bestMemo.get(memoKey)!;
    let res = end;
    const moves = this.moves(last, depth, shape);
    this.work(moves.length);
    for (const m of moves) {
      const conv = m.layer.type === 'conv';
      for (const fin of conv ? (final ? [] : [false, true]) : [final]) {
        const next = this.best(m.layer, depth + 1, hasConv || conv, fin, m.out);
        if (!next) continue;
        const token = conv ? `c${m.layer.kernel}` : 'p';
        const cand: Best = { cost: (conv ? this.convCost(m.layer.kernel!, hasConv, fin) : 0n) + next.cost, len: next.len + 1, key: next.key ? `${token}-${next.key}` : token, layers: [m.layer, ...next.layers] };
        if (!res || cand.cost < res.cost || (cand.cost === res.cost && (cand.len < res.len || (cand.len === res.len && cand.key < res.key)))) res = cand;
      }
    }
    this.bestMemo.set(memoKey, res);
    return res;
  }

  /** How many designs (sequences) there are from this state. */
  count(last: Layer | undefined, depth: number, hasConv: boolean, final: boolean, shape: Shape): bigint {
    let n = final && this.isDesign(hasConv, shape) ? 1n : 0n;
    if (depth >= this.g.constraints.maxDepth || !this.reachable(shape, this.g.constraints.maxDepth - depth)) return n;
    const memoKey = `${shape[1]},${shape[2]},${last?.type ?? ''},${hasConv},${final},${depth}`;
    const known = this.countMemo.get(memoKey);
    if (known !== undefined) return known;
    const moves = this.moves(last, depth, shape);
    this.work(moves.length);
    for (const m of moves) {
      const conv = m.layer.type === 'conv';
      for (const fin of conv ? (final ? [] : [false, true]) : [final]) n += this.count(m.layer, depth + 1, hasConv || conv, fin, m.out);
    }
    this.countMemo.set(memoKey, n);
    return n;
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

/**
 * The design with the fewest parameters and the number of designs; throws SearchTooLarge when
 * that cannot be decided within the bound (a problem loads only if it can).
 */
export function searchDesigns(g: DesignGiven): { best: Design | null; count: bigint } {
  const s = new DesignSearch(g);
  const best = s.best(undefined, 0, false, false, g.input);
  return { best: best && assignFilters(best.layers, g), count: s.count(undefined, 0, false, false, g.input) };
}

/** The fewest-parameter design first, then others (up to MAX_DESIGNS) in order of parameters. */
export function enumerateDesigns(g: DesignGiven, best: Design | null = searchDesigns(g).best): Design[] {
  if (!best) return [];
  const others = new DesignSearch(g)
    .enumerate()
    .map((seq) => assignFilters(seq, g))
    .filter((d) => key(d) !== key(best))
    .sort((a, b) => (a.params < b.params ? -1 : a.params > b.params ? 1 : a.layers.length - b.layers.length || key(a).localeCompare(key(b))));
  return [best, ...others];
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
