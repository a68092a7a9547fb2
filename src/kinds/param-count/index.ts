// Kind param-count: output shapes and parameter counts of a network, layer by layer.
import { readScalar } from '../../answers/values.js';
import { AnswerError } from '../../answers/values.js';
import { runStack } from '../../layers/engine.js';
import { readCount, readLayers } from '../../layers/read.js';
import { matchGivenLayers } from '../../layers/match.js';
import { crossCheckStack } from '../../layers/tfjs-check.js';
import { layerSchema, shapeSchema } from '../../layers/schema.js';
import { partsSchema } from '../../load/schema-parts.js';
import { decode, encode } from '../../numbers/codec.js';
import type { Verifier } from '../types.js';
import { gradeParamCount, paramDependencies, type ParamAnswer, type ParamRef } from './grade.js';
import { readParamGiven, solveFor, type ParamGiven } from './model.js';
import { paramMarkdown } from './worked.js';

export const paramCount: Verifier<ParamGiven, ParamRef, ParamAnswer> = {
  kind: 'param-count',
  summary: 'output shapes and parameter counts of a network, layer by layer',
  conditions: {
    'whole-solution': { describe: 'solve-for has a whole-number answer (with mode: equal, a count equal to the budget)', holds: (_g, ref) => ref().solved !== null },
  },
  schema: {
    given: {
      type: 'object',
      additionalProperties: false,
      required: ['input'],
      properties: {
        input: shapeSchema,
        layers: { type: 'array', items: layerSchema, maxItems: 500 },
        bias: { anyOf: [{ type: 'boolean' }, { enum: ['pytorch', 'keras'] }], description: 'count biases (default true); recurrent layers: pytorch (two bias vectors per gate, the default) or keras (one)' },
        'solve-for': {
          type: 'object',
          additionalProperties: false,
          required: ['budget'],
          properties: {
            variable: { type: 'string' },
            budget: { type: ['integer', 'string'] },
            mode: { enum: ['closest', 'equal'] },
            min: { type: 'integer', minimum: 0 },
            max: { type: 'integer', minimum: 0, maximum: 100000 },
          },
        },
      },
    },
    parts: partsSchema(['layers', 'total'], { '^[A-Za-z][A-Za-z0-9_]*$': 'the solve-for variable' }),
  },
  prepare: (node) => readParamGiven(node),
  hasPart: (g, part) => part === 'layers' || part === 'total' || part === g.solveFor?.variable,
  reference: (g) => ({ solved: g.solveFor ? solveFor(g) : null }),
  async crossCheck(g, ref) {
    if (!g.layers) return { engine: 'none', items: [{ name: 'layers', ok: true, detail: 'the submission brings the layers; nothing to build in advance' }] };
    const vars = g.solveFor && ref.solved ? { [g.solveFor.variable]: ref.solved.n } : {};
    return crossCheckStack(g.layers.map((l) => l.layer), g.input, g.bias, vars);
  },
  encodeRef: (ref) => encode(ref),
  decodeRef: (data) => decode<ParamRef>(data),
  parseAnswer(part, node, g): ParamAnswer {
    if (part === 'layers') {
      if (!g.layers) return { part, layers: readLayers(node, { claims: true }), pos: node.pos };
      if (node.kind !== 'seq') throw new AnswerError('answer.invalid', 'layers must be a list, one entry per layer', node.pos);
      const m = matchGivenLayers(node.items, g.layers);
      return { part, layers: m.layers, pos: node.pos, missing: m.missing, extra: m.extra };
    }
    if (part === 'total') return { part, value: readCount(node, 'total'), pos: node.pos, ...(node.kind === 'scalar' ? { text: typeof node.value === 'string' ? node.value.trim() : node.source } : {}) };
    // "none": no whole value meets an `equal` budget.
    if (node.kind === 'scalar' && typeof node.value === 'string' && /^\s*(none|no solution|no whole \w+)\s*$/i.test(node.value)) return { part: 'variable', value: null, pos: node.pos };
    return { part: 'variable', value: readScalar(node), pos: node.pos };
  },
  grade: (input) => gradeParamCount(input),
  // The codes that can explain a whole part (a rubric may price only these: policy/rubric.ts).
  diagnoses: ['layer.missing-bias'],
  // layers (layer by layer) → total; solve-for: n → layers, total.
  dependencies: (g) => paramDependencies(g),
  solve(problem, ref) {
    const g = problem.given;
    const answers: Record<string, unknown> = {};
    if (g.layers) {
      const vars = g.solveFor && ref.solved ? { [g.solveFor.variable]: ref.solved.n } : {};
      const run = runStack(g.layers.map((l) => l.layer), g.input, g.bias, vars);
      for (const { id } of problem.parts) {
        if (id === 'layers') answers.layers = run.steps.map((s) => ({ out: s.out, params: Number(s.perCopy?.[s.perCopy.length - 1] ?? s.params) }));
        if (id === 'total') answers.total = Number(run.steps.reduce((a, s) => a + s.params, 0n));
      }
    }
    if (g.solveFor) answers[g.solveFor.variable] = ref.solved ? ref.solved.n : 'none';
    return { answers, markdown: paramMarkdown(problem, ref), details: { solved: ref.solved ? { n: ref.solved.n, count: ref.solved.count.toString() } : null } };
  },
};
