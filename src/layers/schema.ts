// JSON Schema of a layer (problem files and editors).
import { LAYER_TYPES } from './types.js';
import { SEQUENCE_ALIAS } from './sequence-types.js';

const int1 = { type: 'integer', minimum: 1 };
/** Settings of the sequence layers (src/layers/sequence.ts). */
const sequenceLayerProperties = {
  vocab: int1,
  dim: int1,
  length: { ...int1, description: 'positional-embedding: positions it holds (default the sequence length)' },
  hidden: int1,
  num_layers: { ...int1, maximum: 100 },
  bidirectional: { type: 'boolean' },
  input_size: int1,
  return: { enum: ['sequence', 'last'] },
  reset_after: { type: 'boolean', description: "Keras's GRU (default true: two bias vectors per gate)" },
  embed: int1,
  heads: int1,
  kdim: int1,
  vdim: int1,
  feedforward: { ...int1, description: 'transformer-encoder: the feed-forward width (default 2048)' },
  norm: { enum: ['pre', 'post'] },
  batch_first: { type: 'boolean', description: 'accepted; shapes here are one sequence\'s, without the batch' },
};

export const shapeSchema = { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 1, maxItems: 3 };

export const layerSchema = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { enum: [...LAYER_TYPES, 'linear', 'fc', 'conv2d', 'bn', ...Object.keys(SEQUENCE_ALIAS)] },
    filters: { type: 'integer', minimum: 1 },
    kernel: { type: 'integer', minimum: 1 },
    stride: { type: 'integer', minimum: 1 },
    padding: { anyOf: [{ type: 'integer', minimum: 0 }, { enum: ['same', 'valid'] }] },
    bias: { anyOf: [{ type: 'boolean' }, { enum: ['pytorch', 'keras'] }], description: 'recurrent layers: pytorch (two bias vectors per gate) or keras (one; GRU two with reset_after)' },
    size: { type: 'integer', minimum: 1 },
    units: { type: 'integer', minimum: 1 },
    rate: { type: 'number', minimum: 0, maximum: 1 },
    repeat: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string', pattern: '^[A-Za-z]\\w*$' }] },
    name: { type: 'string' },
    ...sequenceLayerProperties,
  },
  additionalProperties: false,
};
