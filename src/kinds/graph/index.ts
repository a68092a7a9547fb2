// Kind graph: any computation written in the graph language (docs/graph-language.md), its
// values and ∂loss/∂ of every tensor computed exactly by reverse mode, cross-checked with
// TensorFlow.js, graded with the mistakes that hold for any graph named.
import { numberRef, partsSchema } from '../../load/schema-parts.js';
import { decode, encode } from '../../numbers/codec.js';
import { yamlValue } from '../../numbers/num.js';
import { nested } from '../../autodiff/tensor.js';
import { BOUNDS } from '../../autodiff/build.js';
import { MAX_LINE } from '../../autodiff/parse.js';
import type { Verifier } from '../types.js';
import type { GraphAnswer } from './answer.js';
import { parseGraphAnswer } from './answer.js';
import { crossCheckGraph } from './crosscheck.js';
import { partDependencies } from './dependencies.js';
import { gradeGraph } from './grade.js';
import { readGraphGiven, type GraphGiven } from './problem.js';
import { computeRef, type GraphRef } from './reference.js';
import { graphMarkdown } from './worked.js';
import { graphFinding } from './findings.js';

const tensorSchema = (depth: number): Record<string, unknown> => (depth === 0 ? numberRef : { anyOf: [numberRef, { type: 'array', minItems: 1, items: tensorSchema(depth - 1) }] });
const tensors = (what: string) => ({ type: 'object', additionalProperties: tensorSchema(4), propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }, description: `${what}: name → tensor (a number or nested lists, up to 4 dimensions)` });

export const graph: Verifier<GraphGiven, GraphRef, GraphAnswer> = {
  kind: 'graph',
  summary: 'values and gradients of any computation written in the graph language, computed exactly by reverse mode',
  conditions: {
    'no-relu-kink': { describe: 'no ReLU input is exactly 0 and no max-pool window has tied maxima', holds: (_g, ref) => !ref().kinks && !ref().ties },
  },
  schema: {
    given: {
      type: 'object',
      additionalProperties: false,
      required: ['graph'],
      properties: {
        inputs: tensors('the inputs'),
        params: tensors('the parameters'),
        targets: tensors('the targets (class indices: a list of whole numbers)'),
        graph: { type: 'array', minItems: 1, maxItems: BOUNDS.lines, items: { type: 'string', maxLength: MAX_LINE }, description: 'lines "name = expression" in the graph language (docs/graph-language.md)' },
        loss: { type: 'string', description: 'the name of the scalar loss (default: the last line)' },
      },
    },
    parts: partsSchema([], { '^d?[A-Za-z_][A-Za-z0-9_]*$': 'a tensor name (its value) or d<name> (∂loss/∂name)' }),
  },
  prepare: (node) => readGraphGiven(node),
  hasPart: (g, part) => g.parts.has(part),
  statedPart: (g, part) => g.parts.has(part),
  dependencies: (g) => partDependencies(g),
  defaultCredit: {},
  reference: (g) => computeRef(g),
  crossCheck: (g, ref) => crossCheckGraph(g, ref),
  encodeRef: (ref) => encode(ref),
  decodeRef: (data) => decode<GraphRef>(data),
  parseAnswer: (_part, node) => parseGraphAnswer(node),
  grade: (input) => gradeGraph(input),
  // The codes that can explain a whole part (a rubric may price only these: policy/rubric.ts).
  diagnoses: graphFinding.errorCodes,
  solve(problem, ref) {
    const p = ref.passes[0];
    const answers: Record<string, unknown> = {};
    for (const { id } of problem.parts) {
      const t = problem.given.parts.get(id)!;
      answers[id] = nested((t.grad ? p.grads[t.node] : p.values[t.node])!, (x) => yamlValue(x));
    }
    const loss = p.values[problem.given.graph.loss].data[0];
    return { answers, markdown: graphMarkdown(problem, ref), details: { loss: loss.toExact(), kinks: ref.kinks, ties: ref.ties } };
  },
};
