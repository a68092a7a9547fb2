// The layers of sequence models: embeddings, recurrent layers, layer norm, multi-head attention,
// a transformer encoder block, learned positional embeddings. Shapes are one sequence's, without
// the batch: [T] token ids, [T, d] vectors (batch_first only moves the batch, which is not here).
//
// Recurrent layers count G gates (RNN 1, GRU 3, LSTM 4), each with an input and a recurrent
// weight matrix and, by the problem's `bias` convention, PyTorch's two bias vectors per gate
// (b_ih and b_hh) or Keras's one (Keras's GRU has two as well when reset_after is true, its
// default since TF 2; TensorFlow.js's GRU supports only reset_after false).
import { LayerError } from './engine.js';
import type { BiasConvention, Layer, Shape, Step } from './types.js';

import { isSequence, type SequenceType } from './sequence-types.js';
export { isSequence };

export const GATES: Record<'rnn' | 'lstm' | 'gru', number> = { rnn: 1, gru: 3, lstm: 4 };

/** Bias vectors per gate under a convention (0 when biases are not counted). */
export function biasVectors(layer: Layer, bias: BiasConvention): number {
  const b = layer.bias ?? bias;
  if (b === false) return 0;
  const convention = b === true ? (bias === 'keras' ? 'keras' : 'pytorch') : b;
  if (convention === 'pytorch') return 2;
  return layer.type === 'gru' && layer.resetAfter !== false ? 2 : 1;
}

export const conventionName = (bias: BiasConvention): string => (bias === 'keras' ? 'Keras' : 'PyTorch');

function sequenceInput(input: Shape, what: string): [number, number] {
  if (input.length !== 2) throw new LayerError('layer.invalid-input', `${what} needs a sequence [T, d], but gets ${input.length === 1 ? `[${input[0]}]` : `[${input.join(', ')}]`}`);
  return input as [number, number];
}

/** What changes a count: the numbers a mistaken count is recomputed with. */
export interface RnnCount {
  gates: number;
  vectors: number;
}

export function rnnParams(layer: Layer, inSize: number, c: RnnCount): bigint {
  const h = BigInt(layer.hidden!), dirs = layer.bidirectional ? 2n : 1n, G = BigInt(c.gates);
  let total = 0n;
  for (let l = 0; l < (layer.numLayers ?? 1); l++) {
    const i = l === 0 ? BigInt(inSize) : h * dirs;
    total += dirs * (G * h * i + G * h * h + BigInt(c.vectors) * G * h);
  }
  return total;
}

/** PyTorch's nn.MultiheadAttention: q, k, v projections (from kdim, vdim), their biases, the output projection. */
export function attentionParams(E: number, kdim: number, vdim: number, bias: boolean, parts: { out?: boolean; qkvBias?: boolean; headsTimes?: number } = {}): bigint {
  const e = BigInt(E), h = BigInt(parts.headsTimes ?? 1);
  const inProj = e * e + e * BigInt(kdim) + e * BigInt(vdim) + (bias && parts.qkvBias !== false ? 3n * e : 0n);
  const out = parts.out === false ? 0n : e * e + (bias ? e : 0n);
  return h * inProj + out;
}

export function applySequenceLayer(layer: Layer, input: Shape, bias: BiasConvention): Step {
  const counted = (layer.bias ?? bias) !== false;
  switch (layer.type as SequenceType) {
    case 'embedding': {
      if (input.length !== 1) throw new LayerError('layer.invalid-input', `an embedding reads token ids [T], but gets [${input.join(', ')}]`);
      const p = BigInt(layer.vocab!) * BigInt(layer.dim!);
      return { out: [input[0], layer.dim!], params: p, biasParams: 0n, arithmetic: `${layer.vocab}·${layer.dim}` };
    }
    case 'positional-embedding': {
      const [T, d] = sequenceInput(input, 'a positional embedding');
      const len = layer.length ?? T;
      if (T > len) throw new LayerError('layer.invalid-size', `a sequence of ${T} positions does not fit a positional embedding of ${len}`);
      return { out: [T, d], params: BigInt(len) * BigInt(d), biasParams: 0n, arithmetic: `${len}·${d}` };
    }
    case 'rnn':
    case 'lstm':
    case 'gru': {
      const [T, d] = sequenceInput(input, `a${layer.type === 'rnn' ? 'n' : ''} ${layer.type.toUpperCase()}`);
      if (layer.inputSize !== undefined && layer.inputSize !== d) throw new LayerError('layer.invalid-input', `input_size is ${layer.inputSize}, but the layer gets vectors of ${d}`);
      const G = GATES[layer.type as 'rnn'], vectors = biasVectors(layer, bias);
      const params = rnnParams(layer, d, { gates: G, vectors });
      const biases = params - rnnParams(layer, d, { gates: G, vectors: 0 });
      const width = layer.hidden! * (layer.bidirectional ? 2 : 1);
      return { out: layer.returns === 'last' ? [width] : [T, width], params, biasParams: biases, arithmetic: rnnFormula(layer, d, G, vectors, bias) };
    }
    case 'layernorm': {
      const d = input[input.length - 1];
      return { out: [...input], params: BigInt(counted ? 2 * d : d), biasParams: counted ? BigInt(d) : 0n, arithmetic: counted ? `2·${d}` : `${d}` };
    }
    case 'multihead-attention': {
      const [T, E] = sequenceInput(input, 'multi-head attention');
      checkHeads(layer, E);
      const kdim = layer.kdim ?? E, vdim = layer.vdim ?? E;
      const params = attentionParams(E, kdim, vdim, counted);
      return { out: [T, E], params, biasParams: counted ? 4n * BigInt(E) : 0n, arithmetic: attentionFormula(E, kdim, vdim, counted) };
    }
    case 'transformer-encoder': {
      const [T, d] = sequenceInput(input, 'a transformer encoder layer');
      checkHeads(layer, d);
      const ff = layer.feedforward ?? 2048;
      const D = BigInt(d), F = BigInt(ff), b = counted ? 1n : 0n;
      const params = attentionParams(d, d, d, counted) + D * F + b * F + F * D + b * D + 2n * (counted ? 2n : 1n) * D;
      const biasParams = b * (4n * D + F + D + 2n * D);
      return { out: [T, d], params, biasParams, arithmetic: `attention ${attentionFormula(d, d, d, counted)} + feed-forward ${d}·${ff}${counted ? ` + ${ff}` : ''} + ${ff}·${d}${counted ? ` + ${d}` : ''} + two layer norms ${counted ? `2·2·${d}` : `2·${d}`}` };
    }
  }
  throw new Error(`not a sequence layer: ${layer.type}`);
}

function checkHeads(layer: Layer, E: number): void {
  const h = layer.heads!;
  if (layer.embed !== undefined && layer.embed !== E) throw new LayerError('layer.invalid-input', `the embedding dimension is ${layer.embed}, but the layer gets vectors of ${E}`);
  if (E % h !== 0) throw new LayerError('layer.invalid-size', `${h} heads do not split an embedding of ${E} (${E}/${h} is not whole)`);
}

export function attentionFormula(E: number, kdim: number, vdim: number, bias: boolean): string {
  const qkv = kdim === E && vdim === E ? `3·${E}·${E}` : `${E}·${E} + ${E}·${kdim} + ${E}·${vdim}`;
  return bias ? `${qkv} + 3·${E} (q, k, v and their biases) + ${E}·${E} + ${E} (output projection)` : `${qkv} + ${E}·${E} (q, k, v and the output projection)`;
}

function rnnFormula(layer: Layer, d: number, G: number, vectors: number, bias: BiasConvention): string {
  const h = layer.hidden!, L = layer.numLayers ?? 1, dirs = layer.bidirectional ? 2 : 1;
  const one = (i: number) => `${G}·${h}·(${i} + ${h}${vectors ? ` + ${vectors}` : ''})`;
  const first = one(d), rest = one(h * dirs);
  const per = L === 1 ? first : `${first} + ${L - 1}·${rest}`;
  const conv = vectors === 0 ? 'no biases' : `${vectors} bias vector${vectors > 1 ? 's' : ''} per gate, ${conventionName(bias)}'s convention`;
  return `${dirs === 2 ? `2 directions × (${per})` : per} (${G} gate${G > 1 ? 's' : ''}, ${conv})`;
}

/** The counts the named mistakes give, each with the finding code and values that explain it. */
export function mistakenCounts(layer: Layer, input: Shape, bias: BiasConvention): { code: 'layer.gate-count' | 'layer.rnn-bias-vectors' | 'layer.attention-no-output-projection' | 'layer.attention-no-qkv-bias' | 'layer.attention-heads-multiply'; count: bigint; values: Record<string, string | number> }[] {
  const out: ReturnType<typeof mistakenCounts> = [];
  const counted = (layer.bias ?? bias) !== false;
  if (layer.type === 'rnn' || layer.type === 'lstm' || layer.type === 'gru') {
    if (input.length !== 2) return out;
    const G = GATES[layer.type], vectors = biasVectors(layer, bias);
    for (const g of [1, 3, 4]) if (g !== G) out.push({ code: 'layer.gate-count', count: rnnParams(layer, input[1], { gates: g, vectors }), values: { gates: g, actual: G, type: layer.type.toUpperCase() } });
    if (vectors > 0) out.push({ code: 'layer.rnn-bias-vectors', count: rnnParams(layer, input[1], { gates: G, vectors: 3 - vectors }), values: { used: 3 - vectors, actual: vectors, convention: conventionName(bias === true || bias === false ? 'pytorch' : bias) } });
  }
  if (layer.type === 'multihead-attention' || layer.type === 'transformer-encoder') {
    if (input.length !== 2) return out;
    const E = input[1];
    const kdim = layer.type === 'multihead-attention' ? (layer.kdim ?? E) : E, vdim = layer.type === 'multihead-attention' ? (layer.vdim ?? E) : E;
    const full = attentionParams(E, kdim, vdim, counted);
    const rest = applySequenceLayer(layer, input, bias).params - full;
    out.push({ code: 'layer.attention-no-output-projection', count: rest + attentionParams(E, kdim, vdim, counted, { out: false }), values: { missing: `${E}·${E}${counted ? ` + ${E}` : ''}` } });
    if (counted) out.push({ code: 'layer.attention-no-qkv-bias', count: rest + attentionParams(E, kdim, vdim, counted, { qkvBias: false }), values: { missing: `3·${E}` } });
    const h = layer.heads!;
    if (h > 1) {
      out.push({ code: 'layer.attention-heads-multiply', count: rest + attentionParams(E, kdim, vdim, counted, { headsTimes: h }), values: { heads: h } });
      out.push({ code: 'layer.attention-heads-multiply', count: rest + BigInt(h) * full, values: { heads: h } });
    }
  }
  return out;
}
