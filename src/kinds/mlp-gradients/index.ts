// Kind mlp-gradients: loss and gradients of a fully connected network on a small batch.
import { numberRef, partsSchema } from '../../load/schema-parts.js';
import { decode, encode } from '../../numbers/codec.js';
import { yamlValue } from '../../numbers/num.js';
import type { Verifier } from '../types.js';
import { runPass, partValue } from './backprop.js';
import { crossCheckMlp } from './crosscheck.js';
import { gradeMlp, parseMlpAnswer, type MlpAnswer, type MlpRef } from './grade.js';
import { ACTIVATIONS, LOSSES, partExists, readNet, type Net } from './network.js';
import { mlpMarkdown } from './worked.js';
import { mlpDependencies } from './dependencies.js';
import { mlpFinding } from './findings.js';

const matrix = { type: 'array', minItems: 1, items: { anyOf: [numberRef, { type: 'array', minItems: 1, items: numberRef }] } };


export const mlpGradients: Verifier<Net, MlpRef, MlpAnswer> = {
  kind: 'mlp-gradients',
  summary: 'loss and gradients of a fully connected network, computed exactly',
  conditions: {
    'no-relu-kink': { describe: 'no ReLU input is exactly 0 (the derivative is defined everywhere)', holds: (_n, ref) => ref().passes.length === 1 && !ref().passes[0].kinks },
  },
  schema: {
    given: {
      type: 'object',
      additionalProperties: false,
      required: ['inputs', 'targets', 'layers'],
      properties: {
        inputs: { ...matrix, description: 'one example per row' },
        targets: { ...matrix, description: 'a value per example, a row per example, or class indices (cross-entropy)' },
        layers: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['weights'],
            properties: { weights: matrix, bias: { anyOf: [numberRef, { type: 'array', items: numberRef }] }, activation: { enum: ACTIVATIONS }, alpha: numberRef },
          },
        },
        loss: { enum: LOSSES },
      },
    },
    parts: partsSchema([], { '^(loss|y|(z|a|dW|db)[1-9][0-9]*)$': 'loss, y, z<i>, a<i>, dW<i>, db<i>' }),
  },
  prepare: (node) => readNet(node),
  hasPart: (net, part) => partExists(net, part),
  dependencies: (net) => mlpDependencies(net),
  statedPart: (net, part) => partExists(net, part) && /^(z|a)\d+$|^y$/.test(part),
  reference(net) {
    const p0 = runPass(net, { kink: 0 });
    return { passes: p0.kinks ? [p0, runPass(net, { kink: 1 })] : [p0] };
  },
  crossCheck: (net, ref) => crossCheckMlp(net, ref),
  encodeRef: (ref) => encode(ref),
  decodeRef: (data) => decode<MlpRef>(data),
  parseAnswer: (_part, node) => parseMlpAnswer(node),
  grade: (input) => gradeMlp(input),
  // The codes that can explain a whole part (a rubric may price only these: policy/rubric.ts).
  diagnoses: mlpFinding.errorCodes,
  solve(problem, ref) {
    const answers: Record<string, unknown> = {};
    for (const { id } of problem.parts) {
      const m = partValue(ref.passes[0], id);
      answers[id] = m.length === 1 && m[0].length === 1 ? yamlValue(m[0][0]) : m.length === 1 ? m[0].map((v) => yamlValue(v)) : m[0].length === 1 && id === 'y' ? m.map((r) => yamlValue(r[0])) : m.map((r) => r.map((v) => yamlValue(v)));
    }
    const p = ref.passes[0];
    return {
      answers,
      markdown: mlpMarkdown(problem, ref),
      details: { loss: p.loss.toExact(), kinks: p.kinks, dW: p.dW.map((m) => m.map((r) => r.map((x) => x.toExact()))), db: p.db.map((r) => r.map((x) => x.toExact())) },
    };
  },
};
