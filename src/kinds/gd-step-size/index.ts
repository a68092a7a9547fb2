// Kind gd-step-size: for which learning rates does gradient descent converge on a quadratic?
import { Num } from '../../numbers/num.js';
import { formatInterval } from '../../answers/interval.js';
import { numberRef, partsSchema } from '../../load/schema-parts.js';
import { decode, encode } from '../../numbers/codec.js';
import { yamlValue } from '../../numbers/num.js';
import type { Verifier } from '../types.js';
import { GD_PARTS, parseGdAnswer, type GdAnswer } from './answers.js';
import { crossCheckGd } from './crosscheck.js';
import { gradeGd } from './grade.js';
import { readQuadratic, type Quadratic } from './quadratic.js';
import { computeReference, type GdReference } from './reference.js';
import { gdMarkdown } from './worked.js';
import { GD_DEFAULT_CREDIT, GD_DEPENDENCIES, GD_DIAGNOSES, gdPartDiagnoses } from './carry.js';

const matrix = { type: 'array', minItems: 1, maxItems: 12, items: { type: 'array', minItems: 1, maxItems: 12, items: numberRef } };

export const gdStepSize: Verifier<Quadratic, GdReference, GdAnswer> = {
  kind: 'gd-step-size',
  summary: 'the learning rates for which gradient descent converges on a quadratic',
  conditions: {
    // Positive definite iff every pivot of the exact elimination is above 0 (no eigenvalues needed).
    'hessian-positive-definite': { describe: 'every eigenvalue of the Hessian is above 0', holds: (q) => positivePivots(q.hessian) },
    'rational-eigenvalues': { describe: 'every eigenvalue is a rational number', holds: (_q, ref) => ref().eigenvalues.every((e) => isRational(e.value)) },
    'distinct-eigenvalues': { describe: 'no two eigenvalues are equal', holds: (_q, ref) => ref().eigenvalues.every((e, i, all) => all.every((f, j) => j <= i || !e.value.eq(f.value))) },
  },
  schema: {
    given: {
      type: 'object',
      additionalProperties: false,
      properties: {
        matrix: { ...matrix, description: 'f(u) = uᵀAu (A need not be symmetric)' },
        function: { type: 'string', maxLength: 500, description: 'any quadratic, e.g. "5x^2 + 2y^2 + 4xy"' },
        variables: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$' }, maxItems: 12, description: 'names of multi-letter variables, in order' },
      },
      oneOf: [{ required: ['matrix'] }, { required: ['function'] }],
    },
    parts: partsSchema([...GD_PARTS]),
  },
  prepare: (given) => readQuadratic(given),
  hasPart: (_g, part) => (GD_PARTS as readonly string[]).includes(part),
  reference: (qd) => computeReference(qd),
  crossCheck: async (qd, ref) => crossCheckGd(qd, ref),
  encodeRef: (ref) => encode(ref),
  decodeRef: (data) => decode<GdReference>(data),
  parseAnswer: (part, node, qd) => parseGdAnswer(part, node, qd),
  grade: (input) => gradeGd(input),
  // The codes that can explain a whole part (a rubric may price only these: policy/rubric.ts).
  diagnoses: [...GD_DIAGNOSES],
  partDiagnoses: (_g, part) => gdPartDiagnoses(part),
  // hessian → eigenvalues → range, optimal; rule → range (see carry.ts).
  dependencies: () => GD_DEPENDENCIES,
  defaultCredit: GD_DEFAULT_CREDIT,
  solve(problem, ref) {
    const answers: Record<string, unknown> = {};
    for (const { id } of problem.parts) {
      if (id === 'range') answers.range = formatInterval(ref.range);
      if (id === 'hessian') answers.hessian = ref.hessian.map((r) => r.map((v) => yamlValue(v)));
      if (id === 'eigenvalues') answers.eigenvalues = ref.eigenvalues.map((e) => yamlValue(e.value));
      if (id === 'optimal') answers.optimal = ref.optimal ? yamlValue(ref.optimal) : 'none';
      if (id === 'rule') answers.rule = ref.rule;
    }
    return {
      answers,
      markdown: gdMarkdown(problem, ref),
      details: {
        outcome: ref.outcome,
        hessian: ref.hessian.map((r) => r.map((v) => v.toExact())),
        eigenvalues: ref.eigenvalues.map((e) => e.value.toString()),
        range: formatInterval(ref.range),
        optimal: ref.optimal?.toString() ?? 'none',
      },
    };
  },
};


/** A rational eigenvalue: an exact fraction (a surd or a 64-digit decimal is not). */
function isRational(v: { toExact(): string; symbol?: string }): boolean {
  return !v.symbol && /^-?\d+(\/\d+)?$/.test(v.toExact());
}

/** Symmetric H is positive definite iff Gaussian elimination without row swaps meets only pivots above 0. */
function positivePivots(H: Num[][]): boolean {
  const a = H.map((r) => [...r]);
  for (let k = 0; k < a.length; k++) {
    if (a[k][k].sign() <= 0) return false;
    for (let i = k + 1; i < a.length; i++) {
      const f = a[i][k].div(a[k][k]);
      for (let j = k; j < a.length; j++) a[i][j] = a[i][j].sub(f.mul(a[k][j]));
    }
  }
  return true;
}
