// JSON Schema of a layer (problem files and editors).
import { LAYER_TYPES } from './types.js';

export const shapeSchema = { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 1, maxItems: 3 };

export const layerSchema = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { enum: [...LAYER_TYPES, 'linear', 'fc', 'conv2d', 'bn'] },
    filters: { type: 'integer', minimum: 1 },
    kernel: { type: 'integer', minimum: 1 },
    stride: { type: 'integer', minimum: 1 },
    padding: { anyOf: [{ type: 'integer', minimum: 0 }, { enum: ['same', 'valid'] }] },
    bias: { type: 'boolean' },
    size: { type: 'integer', minimum: 1 },
    units: { type: 'integer', minimum: 1 },
    rate: { type: 'number', minimum: 0, maximum: 1 },
    repeat: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string', pattern: '^[A-Za-z]\\w*$' }] },
    name: { type: 'string' },
  },
  additionalProperties: false,
};
