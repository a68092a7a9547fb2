// Layers of conv-design and param-count problems, as the SPEC lists them. Shapes are CHW
// ([C, H, W]) or flat ([N]); counts are BigInt so a 10¹⁰-parameter answer is still exact.
import type { Pos } from '../load/pnode.js';
import { SEQUENCE_TYPES, type SequenceType } from './sequence-types.js';

export type LayerType = 'conv' | 'maxpool' | 'avgpool' | 'flatten' | 'dense' | 'batchnorm' | 'relu' | 'sigmoid' | 'tanh' | 'softmax' | 'dropout' | SequenceType;

export const LAYER_TYPES: LayerType[] = ['conv', 'maxpool', 'avgpool', 'flatten', 'dense', 'batchnorm', 'relu', 'sigmoid', 'tanh', 'softmax', 'dropout', ...SEQUENCE_TYPES];

/**
 * Whether biases are counted (true/false), and for recurrent layers whose convention: PyTorch's
 * two bias vectors per gate or Keras's one (`true` counts PyTorch's).
 */
export type BiasConvention = boolean | 'pytorch' | 'keras';

export type Shape = number[];

export interface Layer {
  type: LayerType;
  filters?: number;
  kernel?: number;
  stride?: number;
  padding?: number | 'same';
  bias?: BiasConvention;
  size?: number;
  units?: number;
  rate?: number;
  /** A symbol (solve-for) or a count: the layer stands this many times. */
  repeat?: string | number;
  // Sequence layers (src/layers/sequence.ts).
  vocab?: number;
  dim?: number;
  /** positional-embedding: the positions it holds (default the sequence's length). */
  length?: number;
  hidden?: number;
  /** Stacked recurrent layers (PyTorch's num_layers). */
  numLayers?: number;
  bidirectional?: boolean;
  inputSize?: number;
  /** A recurrent layer's output: every step's [T, h] (default) or the last step's [h]. */
  returns?: 'sequence' | 'last';
  /** Keras's GRU: two bias vectors per gate when true (its default). */
  resetAfter?: boolean;
  embed?: number;
  heads?: number;
  kdim?: number;
  vdim?: number;
  feedforward?: number;
  /** Transformer encoder: layer norm before or after each sublayer (the count is the same). */
  norm?: 'pre' | 'post';
  /** The submission's own name for it ("conv2"), used in messages. */
  name?: string;
  pos: Pos;
}

/** What a submission claims about a layer. */
export interface LayerClaims {
  in?: { value: number; pos: Pos };
  /** `text`: the shape as written, when written as text ("16x28x28"). */
  out?: { value: Shape; pos: Pos; text?: string };
  params?: { value: bigint; pos: Pos; text: string };
}

export interface ClaimedLayer {
  layer: Layer;
  claims: LayerClaims;
  pos: Pos;
}

export interface Step {
  out: Shape;
  params: bigint;
  /** Of which biases (or batchnorm's shift). */
  biasParams: bigint;
  /** How the output size was computed, e.g. "(32 + 2·3 − 3)/1 + 1 = 36". */
  arithmetic: string;
  /** For a repeated layer: the count of one copy (the last; the first may differ in channels). */
  perCopy?: bigint[];
}

export const shapeText = (s: Shape) => `[${s.join(', ')}]`;
