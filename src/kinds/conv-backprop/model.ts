// The convolution layer of a conv-backprop problem, read exactly from `given`: the input X
// [B, C, H, W], the filters W [F, C, kh, kw] (PyTorch's layout; `layout: [C, F, kh, kw]` reads
// them as seed 001 writes them), the bias [F], stride and padding, and where δ comes from.
import type { Entry } from '../../answers/values.js';
import { get, type PNode } from '../../load/pnode.js';
import { Num } from '../../numbers/num.js';
import { asProblemError, need } from '../given.js';
import { ProblemError } from '../types.js';
import { readNested, shapeOf, shapeText, swap01, type Nested, type T4 } from './tensor.js';

export const LIMITS = { batch: 4, channels: 4, filters: 4, size: 8, stride: 4, padding: 3 };

export type After = null | { kind: 'relu' } | { kind: 'maxpool'; size: number };
/** Where ∂L/∂(output) comes from: given, or a loss on the output. */
export type Upstream = { kind: 'upstream'; delta: T4 } | { kind: 'half-sse'; target: T4 } | { kind: 'weighted-sum'; weights: T4 };

export interface ConvGiven {
  X: T4;
  /** [F, C, kh, kw], whatever the layout written. */
  W: T4;
  bias: Num[];
  stride: number;
  padding: number;
  after: After;
  upstream: Upstream;
  /** How the problem writes the filters (dW is answered [F, C, kh, kw] either way). */
  layout: 'FC' | 'CF';
  /**
   * How im2col is answered: one row per example and output position (the default), or one row
   * per filter weight (channel, row, column) and a column per example and position, as a
   * reshape to (C·kh·kw, B·H'·W') gives it (seed 001's appendix).
   */
  im2col: 'rows-are-positions' | 'rows-are-weights';
  dims: { B: number; C: number; H: number; W: number; F: number; kh: number; kw: number; Ho: number; Wo: number; outH: number; outW: number };
}

function exactTensor(node: PNode, rank: number, what: string): Nested<Num> {
  return asProblemError(() => {
    const strip = (t: Nested<Entry>): Nested<Num> => (Array.isArray(t) ? t.map(strip) : t.value.withExact(true));
    return strip(readNested(node, rank, what));
  });
}

function int(node: PNode | undefined, what: string, lo: number, hi: number, dflt: number): number {
  if (!node) return dflt;
  const v = node.kind === 'scalar' ? node.value : null;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) throw new ProblemError(`${what} must be a whole number from ${lo} to ${hi}`, node.pos);
  return v;
}

export function readConvGiven(given: PNode): ConvGiven {
  const xNode = need(given, 'input');
  const X = exactTensor(xNode, 4, 'input') as T4;
  const [B, C, H, Wd] = shapeOf(X);
  if (B > LIMITS.batch || C > LIMITS.channels || H > LIMITS.size || Wd > LIMITS.size) {
    throw new ProblemError(`input is [B, C, H, W] with B, C ≤ 4 and H, W ≤ ${LIMITS.size}; this one is ${shapeText([B, C, H, Wd])}`, xNode.pos);
  }
  const layoutNode = get(given, 'layout');
  const layout = layoutNode?.kind === 'seq' && layoutNode.items.map((i) => (i.kind === 'scalar' ? String(i.value) : '')).join(',') === 'C,F,kh,kw' ? 'CF' : 'FC';
  const wNode = need(given, 'filters');
  const written = exactTensor(wNode, 4, 'filters') as T4;
  const W = layout === 'CF' ? swap01(written) : written;
  const [F, Cw, kh, kw] = shapeOf(W);
  if (Cw !== C) throw new ProblemError(`the filters have ${Cw} input channels; the input has ${C} (filters are ${layout === 'CF' ? '[C, F, kh, kw]' : '[F, C, kh, kw]'})`, wNode.pos);
  if (F > LIMITS.filters) throw new ProblemError(`at most ${LIMITS.filters} filters`, wNode.pos);
  const stride = int(get(given, 'stride'), 'stride', 1, LIMITS.stride, 1);
  const padding = int(get(given, 'padding'), 'padding', 0, LIMITS.padding, 0);
  if (kh > H + 2 * padding || kw > Wd + 2 * padding) throw new ProblemError(`a ${kh}×${kw} filter does not fit a ${H}×${Wd} input with padding ${padding}`, wNode.pos);
  const Ho = Math.floor((H + 2 * padding - kh) / stride) + 1, Wo = Math.floor((Wd + 2 * padding - kw) / stride) + 1;
  const bNode = get(given, 'bias');
  const bias = bNode ? (exactTensor(bNode, 1, 'bias') as Num[]) : new Array<Num>(F).fill(Num.ZERO);
  if (bNode && bias.length !== F) throw new ProblemError(`${F} filters need ${F} biases, there are ${bias.length}`, bNode.pos);
  const after = readAfter(get(given, 'after'));
  let outH = Ho, outW = Wo;
  if (after?.kind === 'maxpool') {
    outH = Math.floor(Ho / after.size);
    outW = Math.floor(Wo / after.size);
    if (outH < 1 || outW < 1) throw new ProblemError(`max pooling of size ${after.size} does not fit the ${Ho}×${Wo} output`, get(given, 'after')!.pos);
  }
  const dims = { B, C, H, W: Wd, F, kh, kw, Ho, Wo, outH, outW };
  const im2colNode = get(given, 'im2col');
  const im2col = im2colNode?.kind === 'scalar' && im2colNode.value === 'rows-are-weights' ? 'rows-are-weights' : 'rows-are-positions';
  if (im2colNode && !(im2colNode.kind === 'scalar' && (im2colNode.value === 'rows-are-weights' || im2colNode.value === 'rows-are-positions'))) {
    throw new ProblemError('im2col is "rows-are-positions" (a row per example and output position) or "rows-are-weights" (a row per filter weight)', im2colNode.pos);
  }
  return { X, W, bias, stride, padding, after, upstream: readUpstream(given, dims), layout, im2col, dims };
}

function readAfter(node: PNode | undefined): After {
  if (!node) return null;
  if (node.kind === 'scalar' && node.value === 'relu') return { kind: 'relu' };
  const mp = get(node, 'maxpool');
  if (node.kind === 'map' && mp) return { kind: 'maxpool', size: int(mp, 'maxpool', 2, 4, 2) };
  throw new ProblemError('after is "relu" or { maxpool: 2 }', node.pos);
}

function readUpstream(given: PNode, d: ConvGiven['dims']): Upstream {
  const want = [d.B, d.F, d.outH, d.outW];
  const tensor = (node: PNode, what: string): T4 => {
    const t = exactTensor(node, 4, what) as T4;
    if (shapeText(shapeOf(t)) !== shapeText(want)) throw new ProblemError(`${what} has shape ${shapeText(shapeOf(t))}; the layer's output is ${shapeText(want)} [B, F, H', W']`, node.pos);
    return t;
  };
  const up = get(given, 'upstream'), loss = get(given, 'loss');
  if (up && loss) throw new ProblemError('give "upstream" or "loss", not both', loss.pos);
  if (up) return { kind: 'upstream', delta: tensor(up, 'upstream') };
  if (loss?.kind === 'map' && loss.entries.length === 1) {
    const e = loss.entries[0];
    if (e.key === 'half-sse') return { kind: 'half-sse', target: tensor(e.value, 'loss.half-sse (the target)') };
    if (e.key === 'weighted-sum') return { kind: 'weighted-sum', weights: tensor(e.value, 'loss.weighted-sum') };
  }
  throw new ProblemError('give "upstream" (δ = ∂L/∂Z) or "loss: { half-sse: <target> }" or "loss: { weighted-sum: <weights> }"', (loss ?? given).pos);
}
