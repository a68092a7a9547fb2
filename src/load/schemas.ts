// JSON Schemas of problem and submission files. The problem schema is assembled from each
// kind's `schema` (given + parts) so adding a kind needs no edit here; `npm run build` writes
// the same objects to schemas/*.json for editors (yaml-language-server).
import { KINDS } from '../kinds/registry.js';
import { number, toleranceSchema } from './schema-parts.js';

export function problemSchema(): Record<string, unknown> {
  const kinds = Object.values(KINDS);
  const defs: Record<string, unknown> = { number };
  for (const k of kinds) {
    defs[`${k.kind}.given`] = k.schema.given;
    defs[`${k.kind}.parts`] = k.schema.parts;
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'problem.schema.json',
    title: 'gradecheck problem',
    type: 'object',
    required: ['id', 'kind', 'given', 'parts'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$', maxLength: 100, description: 'Unique across the problem set; submissions answer by id.' },
      kind: { enum: kinds.map((k) => k.kind), description: 'Which verifier checks it.' },
      title: { type: 'string', maxLength: 300 },
      description: { type: 'string' },
      given: { type: 'object', description: 'The data of the problem, per kind.' },
      parts: { type: 'object', minProperties: 1, description: 'What is asked, and the points for each.' },
      tolerance: toleranceSchema,
    },
    allOf: kinds.map((k) => ({
      if: { properties: { kind: { const: k.kind } }, required: ['kind'] },
      then: { properties: { given: { $ref: `#/definitions/${k.kind}.given` }, parts: { $ref: `#/definitions/${k.kind}.parts` } } },
    })),
    definitions: defs,
  };
}

export function submissionSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'submission.schema.json',
    title: 'gradecheck submission',
    type: 'object',
    required: ['student', 'answers'],
    additionalProperties: false,
    properties: {
      student: { type: ['string', 'number'], description: 'An id, as the course knows the student.' },
      answers: {
        type: 'object',
        description: 'Problem id → part id → answer.',
        // Each problem's answers should be a mapping; one that is not is reported on that problem
        // (its parts invalid), so the rest of the submission is still graded.
        additionalProperties: true,
      },
    },
  };
}

