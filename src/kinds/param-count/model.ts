// A param-count problem: an input, optionally the layers (else the submission brings its own
// design), the bias convention, and optionally a solve-for question ("which n makes the count
// closest to / equal to a budget?").
import { get, type PNode } from '../../load/pnode.js';
import { asProblemError } from '../given.js';
import { readCount, readLayers, readShape } from '../../layers/read.js';
import { runStack } from '../../layers/engine.js';
import type { BiasConvention, ClaimedLayer, Shape } from '../../layers/types.js';
import { ProblemError } from '../types.js';

export interface SolveFor {
  variable: string;
  budget: bigint;
  mode: 'closest' | 'equal';
  min: number;
  max: number;
}

export interface ParamGiven {
  input: Shape;
  layers: ClaimedLayer[] | null;
  bias: BiasConvention;
  solveFor: SolveFor | null;
}

export function readParamGiven(given: PNode): ParamGiven {
  return asProblemError(() => {
    const inputNode = get(given, 'input');
    if (!inputNode) throw new ProblemError('"input" is required, e.g. [1, 28, 28]', given.pos);
    const input = readShape(inputNode, 'input');
    const layersNode = get(given, 'layers');
    const layers = layersNode ? readLayers(layersNode, { claims: false }) : null;
    const biasNode = get(given, 'bias');
    // true/false, or the recurrent layers' convention (pytorch: two bias vectors per gate, keras: one).
    const bias: BiasConvention = biasNode?.kind === 'scalar' && (biasNode.value === false || biasNode.value === 'pytorch' || biasNode.value === 'keras') ? biasNode.value : true;
    const sf = get(given, 'solve-for');
    let solveFor: SolveFor | null = null;
    if (sf) {
      const v = get(sf, 'variable');
      const variable = v?.kind === 'scalar' ? String(v.value) : 'n';
      if (!layers?.some((l) => l.layer.repeat === variable)) throw new ProblemError(`solve-for: no layer has "repeat: ${variable}"`, sf.pos);
      const other = layers.find((l) => typeof l.layer.repeat === 'string' && l.layer.repeat !== variable);
      if (other) throw new ProblemError(`"repeat: ${other.layer.repeat}" names no unknown: solve-for is for ${variable}`, other.pos);
      const b = get(sf, 'budget');
      if (!b) throw new ProblemError('solve-for needs a "budget" (a parameter count)', sf.pos);
      const mode = get(sf, 'mode');
      const num = (k: string, d: number) => {
        const n = get(sf, k);
        return n?.kind === 'scalar' && typeof n.value === 'number' ? n.value : d;
      };
      solveFor = { variable, budget: readCount(b, 'budget'), mode: mode?.kind === 'scalar' && mode.value === 'equal' ? 'equal' : 'closest', min: num('min', 0), max: num('max', 10_000) };
      if (solveFor.max < solveFor.min) throw new ProblemError(`solve-for: max ${solveFor.max} is below min ${solveFor.min}`, sf.pos);
      const scan = (solveFor.max - solveFor.min + 1) * layers.length;
      if (scan > MAX_SCAN_STEPS) throw new ProblemError(`solve-for tries every ${variable} from ${solveFor.min} to ${solveFor.max} over ${layers.length} layers (${scan.toLocaleString('en-US')} steps, at most ${MAX_SCAN_STEPS.toLocaleString('en-US')}): give a smaller max`, sf.pos);
    } else if (layers?.some((l) => typeof l.layer.repeat === 'string')) {
      throw new ProblemError('a layer repeats a symbol, but there is no "solve-for"', given.pos);
    }
    if (layers) {
      const run = runStack(layers.map((l) => l.layer), input, bias, solveFor ? { [solveFor.variable]: solveFor.min } : {});
      if (run.error) throw new ProblemError(`layer ${run.error.index + 1}: ${run.error.error.message}`, layers[run.error.index].pos);
    }
    return { input, layers, bias, solveFor };
  });
}

const counts = new WeakMap<ParamGiven, Map<number, bigint | null>>();

/** Total count with the variable set to n, or null when the stack is invalid for that n (memoised per problem). */
export function countAt(g: ParamGiven, n: number): bigint | null {
  let memo = counts.get(g);
  if (!memo) counts.set(g, (memo = new Map()));
  if (memo.has(n)) return memo.get(n)!;
  const c = countAtUncached(g, n);
  if (memo.size < 1000) memo.set(n, c);
  return c;
}

function countAtUncached(g: ParamGiven, n: number): bigint | null {
  const run = runStack(g.layers!.map((l) => l.layer), g.input, g.bias, { [g.solveFor!.variable]: n });
  return run.error ? null : run.steps.reduce((a, s) => a + s.params, 0n);
}

export interface Solved {
  n: number;
  count: bigint;
  /** The neighbours, for the worked solution: [n−1, n+1] with their counts. */
  around: { n: number; count: bigint | null }[];
}

/**
 * Every admissible n is tried: counts need not grow with n (repeated convs shrink the map a dense
 * layer reads, so a count can fall, and a stack can stop being valid). Closest: the n whose
 * count is nearest the budget (the smaller n on a tie); equal: the n whose count is the budget
 * exactly, or none.
 */
export function solveFor(g: ParamGiven): Solved | null {
  const sf = g.solveFor!;
  const dist = (c: bigint) => (c > sf.budget ? c - sf.budget : sf.budget - c);
  let best: { n: number; count: bigint } | null = null;
  for (let n = sf.min; n <= sf.max; n++) {
    const count = countAtUncached(g, n);
    if (count === null) continue;
    if (sf.mode === 'equal' ? count === sf.budget && !best : !best || dist(count) < dist(best.count)) best = { n, count };
  }
  if (!best) return null;
  return { n: best.n, count: best.count, around: [best.n - 1, best.n + 1].map((n) => ({ n, count: n >= sf.min && n <= sf.max ? countAt(g, n) : null })) };
}

/** Layer steps a solve-for scan may take (every n from min to max, each a pass over the layers): about 3 s. */
export const MAX_SCAN_STEPS = 1_000_000;
