// A conv-design problem: from an input shape to a target shape under constraints.
import { get, type PNode } from '../../load/pnode.js';
import { asProblemError } from '../given.js';
import { readShape } from '../../layers/read.js';
import type { Shape } from '../../layers/types.js';
import { ProblemError } from '../types.js';
import { MAX_SEARCH_STEPS, SearchTooLarge, searchDesigns } from './enumerate.js';

export interface Constraints {
  kernels: number[] | null;
  stride: number | null;
  padding: number | 'same' | null;
  pooling: { type: 'max' | 'avg'; size: number; stride: number } | null;
  alternate: boolean;
  /** Filter counts the answer key may use (the smallest is chosen for hidden layers). */
  filters: number[];
  maxDepth: number;
}

export interface DesignGiven {
  input: Shape;
  target: Shape;
  constraints: Constraints;
  bias: boolean;
}

const ints = (n: PNode | undefined): number[] | null =>
  n?.kind === 'seq' ? n.items.map((i) => (i.kind === 'scalar' && typeof i.value === 'number' && Number.isInteger(i.value) && i.value > 0 ? i.value : NaN)) : null;
const num = (n: PNode | undefined): number | null => (n?.kind === 'scalar' && typeof n.value === 'number' ? n.value : null);

export function readDesignGiven(given: PNode): DesignGiven {
  const shape = (k: string) => {
    const n = get(given, k);
    if (!n) throw new ProblemError(`"${k}" is required`, given.pos);
    const s = asProblemError(() => readShape(n, k));
    if (s.length !== 3) throw new ProblemError(`${k} must be [C, H, W]`, n.pos);
    return s;
  };
  const input = shape('input'), target = shape('target');
  const c = get(given, 'constraints');
  const pool = get(c, 'pooling');
  const kernels = ints(get(c, 'kernels'));
  if (kernels?.some(Number.isNaN)) throw new ProblemError('kernels must be whole numbers', get(c, 'kernels')!.pos);
  const paddingNode = get(c, 'padding');
  const filters = ints(get(c, 'filters')) ?? [8, 16, 32, 64, 128, 256, 512];
  const constraints: Constraints = {
    kernels,
    stride: num(get(c, 'stride')),
    padding: paddingNode?.kind === 'scalar' && paddingNode.value === 'same' ? 'same' : num(paddingNode),
    pooling: pool
      ? {
          type: (get(pool, 'type') as { value?: unknown } | undefined)?.value === 'avg' ? 'avg' : 'max',
          size: num(get(pool, 'size')) ?? 2,
          stride: num(get(pool, 'stride')) ?? num(get(pool, 'size')) ?? 2,
        }
      : null,
    alternate: (get(c, 'alternate') as { value?: unknown } | undefined)?.value === true,
    filters: [...new Set([...filters, target[0]])].sort((a, b) => a - b),
    maxDepth: num(get(c, 'max-depth')) ?? 8,
  };
  const biasNode = get(given, 'bias');
  const g: DesignGiven = { input, target, constraints, bias: !(biasNode?.kind === 'scalar' && biasNode.value === false) };
  let found: ReturnType<typeof searchDesigns>;
  try {
    found = searchDesigns(g);
  } catch (e) {
    if (!(e instanceof SearchTooLarge)) throw e;
    throw new ProblemError(`the design search cannot be decided within ${MAX_SEARCH_STEPS.toLocaleString('en-US')} steps: allow fewer kernels or a smaller max-depth`, c?.pos ?? given.pos);
  }
  // A problem no design can answer would grade every student against nothing.
  if (!found.best) throw new ProblemError(`no design of at most ${constraints.maxDepth} layers reaches the target ${target.join('×')} from ${input.join('×')} under these constraints`, get(given, 'target')!.pos);
  return g;
}
