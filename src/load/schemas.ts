// JSON Schemas of problem and submission files. The problem schema is assembled from each
// kind's `schema` (given + parts) so adding a kind needs no edit here; `npm run build` writes
// the same objects to schemas/*.json for editors (yaml-language-server).
import { KINDS } from '../kinds/registry.js';
import { MAX_PROBLEM_POINTS, number, toleranceSchema } from './schema-parts.js';
import { rubricSchema } from '../policy/rubric.js';

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
      id: { type: 'string', pattern: ID_PATTERN, maxLength: 100, description: 'Unique across the problem set; submissions answer by id.' },
      kind: { enum: kinds.map((k) => k.kind), description: 'Which verifier checks it.' },
      title: { type: 'string', maxLength: 300 },
      description: { type: 'string' },
      given: { type: 'object', description: 'The data of the problem, per kind.' },
      parts: { type: 'object', minProperties: 1, description: 'What is asked, and the points for each.' },
      tolerance: toleranceSchema,
      params: { type: 'object', description: 'Template params, drawn per student: { int: [lo, hi] }, { decimal: [lo, hi], places: d }, { choice: [...] }, { expr: "..." }, { matrix: [r, c], int: [lo, hi], symmetric: true }. `${expr}` in given uses them.' },
      require: { type: 'array', items: { type: 'string' }, description: 'Conditions a variant must meet: the kind\'s named ones, or comparisons over params ("a != b").' },
      statement: { type: 'string', description: 'What the student reads (Markdown), with ${...} placeholders; ${given.<name>} shows a given value.' },
      rubric: rubricSchema(true),
    },
    allOf: kinds.map((k) => ({
      if: { properties: { kind: { const: k.kind } }, required: ['kind'] },
      then: { properties: { given: { $ref: `#/definitions/${k.kind}.given` }, parts: { $ref: `#/definitions/${k.kind}.parts` } } },
    })),
    definitions: defs,
  };
}

/** Problem and assignment ids: what a submission names them by. */
const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]*$';

/** A problem's points in an assignment: its parts are scaled to add up to them. */
const assignmentPoints = { type: 'number', exclusiveMinimum: 0, maximum: MAX_PROBLEM_POINTS };

/**
 * An assignment (`assignment.yaml`): which problems a submission is graded against, in order,
 * and optionally how many points each is worth. `problems` is a list of ids (or of
 * `{ id, points }`), or a mapping id → points; `points` may also be given apart, id → points.
 */
export function assignmentSchema(): Record<string, unknown> {
  const id = { type: 'string', pattern: ID_PATTERN, maxLength: 100 };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'assignment.schema.json',
    title: 'gradecheck assignment',
    type: 'object',
    required: ['id', 'problems'],
    additionalProperties: false,
    properties: {
      id: { ...id, description: 'Submissions name their assignment by it (`assignment: ID`).' },
      title: { type: 'string', maxLength: 300 },
      description: { type: 'string' },
      'canvas-id': { type: ['string', 'integer'], pattern: '^[0-9]+$', minimum: 1, description: 'The Canvas assignment id: `--format canvas` names the column `<title> (<canvas-id>)` so Canvas imports into it.' },
      problems: {
        description: 'The problem ids, in order; a submission is scored out of all of them.',
        // One schema for both forms (array keywords apply to a list, object keywords to a mapping), so an error is said once.
        type: ['array', 'object'],
        minItems: 1,
        maxItems: 1000,
        items: { anyOf: [id, { type: 'object', additionalProperties: false, required: ['id'], properties: { id, points: assignmentPoints } }] },
        minProperties: 1,
        maxProperties: 1000,
        propertyNames: { pattern: ID_PATTERN, maxLength: 100 },
        additionalProperties: { ...assignmentPoints, type: ['number', 'null'] },
      },
      points: { type: 'object', propertyNames: { pattern: ID_PATTERN, maxLength: 100 }, additionalProperties: assignmentPoints, description: 'Problem id → its points in this assignment (its parts scaled to them).' },
      rubric: rubricSchema(false),
      'shared-params': { type: 'object', description: 'Params drawn once per student for the whole assignment: every templated problem of it sees them (the same numbers in problems 1 and 2).' },
    },
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
      assignment: { type: 'string', pattern: ID_PATTERN, maxLength: 100, description: 'The assignment answered (an id of an assignment.yaml); needed when the problems form several.' },
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

