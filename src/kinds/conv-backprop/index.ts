// Kind conv-backprop: a convolution layer's forward and backward pass (Z, δ, dX, dW, db, im2col),
// exact, from seed 001's appendix.
import { numberRef, partsSchema } from '../../load/schema-parts.js';
import { decode, encode } from '../../numbers/codec.js';
import { yamlValue, type Num } from '../../numbers/num.js';
import type { Verifier } from '../types.js';
import { crossCheckConv } from './crosscheck.js';
import { convDependencies, gradeConv, parseConvAnswer, partValue, PARTS, type ConvAnswer, type ConvRef } from './grade.js';
import { runPass } from './layer.js';
import { LIMITS, readConvGiven, type ConvGiven } from './model.js';
import { mapNested } from './tensor.js';
import { convMarkdown } from './worked.js';
import { convFinding } from './findings.js';

const nested = (depth: number): Record<string, unknown> => (depth === 0 ? numberRef : { type: 'array', minItems: 1, maxItems: 16, items: nested(depth - 1) });
const tensor4 = nested(4);

export const convBackprop: Verifier<ConvGiven, ConvRef, ConvAnswer> = {
  kind: 'conv-backprop',
  summary: "a convolution layer's forward and backward pass (Z, dX, dW, db, im2col), computed exactly",
  schema: {
    given: {
      type: 'object',
      additionalProperties: false,
      required: ['input', 'filters'],
      properties: {
        input: { ...tensor4, description: `X: [B, C, H, W], B and C ≤ ${LIMITS.batch}, H and W ≤ ${LIMITS.size}` },
        filters: { ...tensor4, description: 'W: [F, C, kh, kw] (PyTorch), or [C, F, kh, kw] with layout; dW is answered [F, C, kh, kw], or in the layout the filters are written in' },
        im2col: { enum: ['rows-are-positions', 'rows-are-weights'], description: 'how im2col is answered: a row per example and output position (default), or a row per filter weight (C·kh·kw rows, a column per example and position)' },
        layout: { type: 'array', items: { enum: ['F', 'C', 'kh', 'kw'] }, description: 'the axes of filters: [F, C, kh, kw] (default) or [C, F, kh, kw]' },
        bias: { type: 'array', items: numberRef, description: '[F] (default 0)' },
        stride: { type: 'integer', minimum: 1, maximum: LIMITS.stride },
        padding: { type: 'integer', minimum: 0, maximum: LIMITS.padding },
        upstream: { ...tensor4, description: 'δ = ∂L/∂(output): [B, F, H\', W\']' },
        loss: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          maxProperties: 1,
          properties: { 'half-sse': { ...tensor4, description: 'the target of L = ½Σ(output − target)²' }, 'weighted-sum': { ...tensor4, description: 'the weights of L = Σ weights ⊙ output' } },
        },
        after: { anyOf: [{ const: 'relu' }, { type: 'object', additionalProperties: false, required: ['maxpool'], properties: { maxpool: { type: 'integer', minimum: 2, maximum: 4 } } }] },
      },
    },
    parts: partsSchema([...PARTS]),
  },
  prepare: (node) => readConvGiven(node),
  hasPart: (_g, part) => (PARTS as readonly string[]).includes(part),
  statedPart: (_g, part) => part === 'Z' || part === 'dZ',
  reference(g) {
    const p0 = runPass(g, { kink: 0 });
    return { passes: p0.kinks ? [p0, runPass(g, { kink: 1 })] : [p0] };
  },
  crossCheck: (g, ref) => crossCheckConv(g, ref),
  encodeRef: (ref) => encode(ref),
  decodeRef: (data) => decode<ConvRef>(data),
  parseAnswer: (part, node, g) => parseConvAnswer(part, node, g),
  dependencies: (g) => convDependencies(g),
  grade: (input) => gradeConv(input),
  // The codes that can explain a whole part (a rubric may price only these: policy/rubric.ts).
  diagnoses: convFinding.errorCodes,
  solve(problem, ref) {
    const g = problem.given;
    const answers = Object.fromEntries(problem.parts.map(({ id }) => [id, mapNested(partValue(g, ref.passes[0], id), (x: Num) => yamlValue(x))]));
    const p = ref.passes[0];
    return { answers, markdown: convMarkdown(problem, ref), details: { loss: p.loss?.toExact() ?? null, kinks: p.kinks, shapes: g.dims } };
  },
};
