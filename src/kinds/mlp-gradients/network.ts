// The network of an mlp-gradients problem, read exactly from `given`.
import { get, type PNode } from '../../load/pnode.js';
import { givenMatrix, givenNumber, givenVector, need } from '../given.js';
import { Num } from '../../numbers/num.js';
import type { M } from '../../numbers/matrix.js';
import { ProblemError } from '../types.js';

export type Activation = 'identity' | 'relu' | 'leaky-relu' | 'sigmoid' | 'tanh' | 'softmax';
export type Loss = 'half-sse' | 'sse' | 'mse' | 'cross-entropy';
export const ACTIVATIONS: Activation[] = ['identity', 'relu', 'leaky-relu', 'sigmoid', 'tanh', 'softmax'];
export const LOSSES: Loss[] = ['half-sse', 'sse', 'mse', 'cross-entropy'];

export interface NetLayer {
  W: M;
  b: Num[];
  act: Activation;
  alpha: Num;
}

export interface Net {
  X: M;
  /** Targets as rows (one-hot rows for cross-entropy with class indices). */
  T: M;
  layers: NetLayer[];
  loss: Loss;
  /** How targets were written, for the worked solution. */
  classIndices: number[] | null;
}

const MAX_EXAMPLES = 1000, MAX_WIDTH = 200, MAX_LAYERS = 20;
/**
 * Multiply-adds of one forward pass (examples × Σ inputs·units): the exact passes (forward,
 * backward, the diagnoses' variants, error carried forward) cost ~20 µs each here, so this
 * computes in about two seconds. The widths and counts above alone allowed 800 million.
 */
export const MAX_MULTIPLY_ADDS = 100_000;

export function readNet(given: PNode): Net {
  const xNode = need(given, 'inputs');
  const X = givenMatrix(xNode);
  if (X.length > MAX_EXAMPLES || X[0].length > MAX_WIDTH) throw new ProblemError(`at most ${MAX_EXAMPLES} examples of ${MAX_WIDTH} features`, xNode.pos);
  const layersNode = need(given, 'layers');
  if (layersNode.kind !== 'seq' || layersNode.items.length === 0 || layersNode.items.length > MAX_LAYERS) throw new ProblemError(`layers: a list of 1 to ${MAX_LAYERS} layers`, layersNode.pos);
  let width = X[0].length;
  const layers = layersNode.items.map((ln, i) => {
    const W = givenMatrix(need(ln, 'weights'));
    const bNode = get(ln, 'bias');
    const b = bNode ? (bNode.kind === 'scalar' ? [givenNumber(bNode)] : givenVector(bNode)) : W.map(() => Num.ZERO);
    const actNode = get(ln, 'activation');
    const act = (actNode?.kind === 'scalar' ? String(actNode.value) : 'identity') as Activation;
    if (!ACTIVATIONS.includes(act)) throw new ProblemError(`unknown activation "${act}" (known: ${ACTIVATIONS.join(', ')})`, actNode!.pos);
    if (act === 'softmax' && i !== layersNode.items.length - 1) throw new ProblemError('softmax is for the last layer only', actNode!.pos);
    const alphaNode = get(ln, 'alpha');
    const alpha = alphaNode ? givenNumber(alphaNode) : Num.frac(1, 100);
    if (W[0].length !== width) throw new ProblemError(`layer ${i + 1}: each weight row needs ${width} entries (one per input), it has ${W[0].length}`, ln.pos);
    if (b.length !== W.length) throw new ProblemError(`layer ${i + 1}: ${W.length} units need ${W.length} biases, there are ${b.length}`, bNode?.pos ?? ln.pos);
    if (W.length > MAX_WIDTH) throw new ProblemError(`at most ${MAX_WIDTH} units per layer`, ln.pos);
    width = W.length;
    return { W, b, act, alpha };
  });
  const work = X.length * layers.reduce((a, l) => a + l.W.length * l.W[0].length, 0);
  if (work > MAX_MULTIPLY_ADDS) {
    throw new ProblemError(`the network is too large to compute exactly in seconds: ${X.length} examples × ${work / X.length} weights = ${work.toLocaleString('en-US')} multiply-adds per pass (at most ${MAX_MULTIPLY_ADDS.toLocaleString('en-US')})`, layersNode.pos);
  }
  const lossNode = get(given, 'loss');
  const loss = (lossNode?.kind === 'scalar' ? String(lossNode.value) : 'half-sse') as Loss;
  if (!LOSSES.includes(loss)) throw new ProblemError(`unknown loss "${loss}" (known: ${LOSSES.join(', ')})`, lossNode!.pos);
  const last = layers[layers.length - 1];
  if (loss === 'cross-entropy' && last.act !== 'softmax') throw new ProblemError('cross-entropy needs a softmax last layer', lossNode!.pos);
  const tNode = need(given, 'targets');
  let T: M, classIndices: number[] | null = null;
  const flat = tNode.kind === 'seq' && tNode.items.every((i) => i.kind === 'scalar');
  if (loss === 'cross-entropy' && flat) {
    classIndices = givenVector(tNode).map((v) => {
      if (!v.isInteger() || v.sign() < 0 || v.toNumber() >= width) throw new ProblemError(`class indices run from 0 to ${width - 1}`, tNode.pos);
      return v.toNumber();
    });
    T = classIndices.map((c) => Array.from({ length: width }, (_, k) => (k === c ? Num.ONE : Num.ZERO)));
  } else if (flat) {
    if (width !== 1) throw new ProblemError(`the network has ${width} outputs: give one row of targets per example`, tNode.pos);
    T = givenVector(tNode).map((v) => [v]);
  } else T = givenMatrix(tNode);
  if (T.length !== X.length) throw new ProblemError(`${X.length} examples need ${X.length} targets, there are ${T.length}`, tNode.pos);
  if (T[0].length !== width) throw new ProblemError(`each target row needs ${width} entries`, tNode.pos);
  return { X, T, layers, loss, classIndices };
}

/** Part ids: loss, y, z<i>, a<i>, dW<i>, db<i> (layers counted from 1). */
export function partExists(net: Net, part: string): boolean {
  if (part === 'loss' || part === 'y') return true;
  const m = /^(z|a|dW|db)([1-9]\d*)$/.exec(part);
  return Boolean(m && Number(m[2]) <= net.layers.length);
}
