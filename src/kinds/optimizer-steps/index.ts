// Kind optimizer-steps: the parameters and the optimiser's state after each of k steps of SGD,
// momentum, Nesterov, Adagrad, RMSprop, Adam or AdamW, computed exactly.
import { numberRef, partsSchema } from '../../load/schema-parts.js';
import { decode, encode } from '../../numbers/codec.js';
import { yamlValue } from '../../numbers/num.js';
import type { Verifier } from '../types.js';
import { MAX_STEPS, OPTIMIZERS, partExists, readOptGiven, type OptGiven } from './config.js';
import { crossCheckOpt } from './crosscheck.js';
import { computeOptRef, gradeOpt, optDependencies, parseOptAnswer, valueOf, type OptAnswer, type OptRef } from './grade.js';
import { optMarkdown } from './worked.js';
import { graph } from '../graph/index.js';
import { optimFinding } from './findings.js';

const vector = { anyOf: [numberRef, { type: 'array', minItems: 1, maxItems: 12, items: numberRef }] };
const matrix = { type: 'array', minItems: 1, maxItems: 12, items: { type: 'array', minItems: 1, maxItems: 12, items: numberRef } };

export const optimizerSteps: Verifier<OptGiven, OptRef, OptAnswer> = {
  kind: 'optimizer-steps',
  summary: 'parameters and optimiser state after k steps of SGD, momentum, Nesterov, Adagrad, RMSprop, Adam or AdamW',
  schema: {
    given: {
      type: 'object',
      additionalProperties: false,
      required: ['optimizer', 'lr', 'steps'],
      properties: {
        start: { ...vector, description: 'w0: the parameters before the first step (with a graph: its params instead)' },
        matrix: { ...matrix, description: 'f(w) = wᵀAw: the gradient is (A + Aᵀ)w' },
        function: { type: 'string', maxLength: 500, description: 'a quadratic f, e.g. "x^2 + 3y^2 - 2x"' },
        variables: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$' }, maxItems: 12 },
        graph: { ...graph.schema.given, description: "a graph problem's given in the graph language (docs/graph-language.md): its params are w0 and the optimised parameters (flattened in the order written, each row-major); g_t = ∂loss/∂params at w_{t−1}" },
        gradients: { type: 'array', minItems: 1, maxItems: MAX_STEPS, items: vector, description: 'the gradient of each step, instead of a quadratic' },
        optimizer: { enum: [...OPTIMIZERS] },
        lr: numberRef,
        momentum: { ...numberRef, description: 'μ (momentum, nesterov; default 0.9)' },
        convention: { enum: ['pytorch', 'classical'], description: "momentum: PyTorch's v = μv + g, w −= ηv (default) or the classical v = μv − ηg, w += v" },
        beta1: numberRef,
        beta2: numberRef,
        alpha: { ...numberRef, description: "RMSprop's smoothing constant (default 0.99)" },
        eps: { ...numberRef, description: 'default 1e-8' },
        eps_placement: { enum: ['outside', 'inside'], description: 'ε added to √s (default, PyTorch) or inside: √(s + ε) (TensorFlow\'s RMSprop, Adagrad)' },
        weight_decay: { ...numberRef, description: 'λ: L2 in the gradient (g + λw); AdamW decouples it (default 0.01 for adamw, else 0)' },
        initial_accumulator: { ...numberRef, description: "Adagrad's starting sum of squares (default 0)" },
        steps: { type: 'integer', minimum: 1, maximum: MAX_STEPS },
      },
      // "start" is required without a graph and refused with one, by prepare (a clearer message than oneOf's).
      oneOf: [{ required: ['matrix'] }, { required: ['function'] }, { required: ['gradients'] }, { required: ['graph'] }],
    },
    parts: partsSchema([], { '^(g|w|v|s|m|m_hat|v_hat)[1-9][0-9]*$': 'w<t>, g<t>, and the state of step t: v<t> (momentum), s<t> (Adagrad, RMSprop), m<t>, v<t>, m_hat<t>, v_hat<t> (Adam)' }),
  },
  prepare: (node) => readOptGiven(node),
  hasPart: (g, part) => partExists(g, part),
  statedPart: (g, part) => partExists(g, part),
  dependencies: (g) => optDependencies(g),
  // A convention slip (ε's place, the momentum form) costs less than a wrong rule.
  defaultCredit: { 'optim.eps-placement': 0.5, 'optim.momentum-convention': 0.5, 'optim.bias-correction-t': 0.25 },
  reference: (g) => computeOptRef(g),
  crossCheck: (g, ref) => crossCheckOpt(g, ref),
  encodeRef: (ref) => encode(ref),
  decodeRef: (data) => decode<OptRef>(data),
  parseAnswer: (_part, node, g) => parseOptAnswer(node, g),
  grade: (input) => gradeOpt(input),
  // The codes that can explain a whole part (a rubric may price only these: policy/rubric.ts).
  diagnoses: optimFinding.errorCodes,
  solve(problem, ref) {
    const answers: Record<string, unknown> = {};
    for (const { id } of problem.parts) {
      const v = valueOf(ref.run, id)!;
      answers[id] = v.length === 1 ? yamlValue(v[0]) : v.map((x) => yamlValue(x));
    }
    return {
      answers,
      markdown: optMarkdown(problem, ref),
      details: { steps: ref.run.steps.map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v!.map((x) => x.toExact())]))) },
    };
  },
};
