// The JSON report's schema (schemas/report.schema.json, written by `npm run build`). `stats` and
// `merge` read reports back, and a report is a file anyone may have edited: every field a
// reporter prints is checked for its type here (a `line` is an integer, a `status` one of its
// words, a `severity` one of three), so nothing read back can become a workflow command, a
// table cell's end or markup. Fields this release does not print are allowed (a newer report
// may carry more), never printed.

const str = { type: 'string' } as const;
const num = { type: 'number' } as const;
const int = { type: 'integer', minimum: 0 } as const;
const strOrNull = { type: ['string', 'null'] } as const;

const finding = {
  type: 'object',
  required: ['code', 'severity', 'message'],
  properties: {
    code: str,
    severity: { enum: ['error', 'warning', 'info'] },
    message: str,
    file: str,
    line: int,
    column: int,
    cell: { type: 'object', required: ['index'], properties: { index: int, id: str } },
    expected: str,
    got: str,
    entries: { type: 'array', items: { type: 'object', required: ['where', 'got'], properties: { where: str, got: str, expected: str, line: int, column: int } } },
  },
};

const part = {
  type: 'object',
  required: ['id', 'status', 'score', 'maxScore', 'findings'],
  properties: { id: str, status: { enum: ['correct', 'partial', 'incorrect', 'missing', 'invalid', 'unjudged'] }, score: num, maxScore: num, findings: { type: 'array', items: { $ref: '#/definitions/finding' } } },
};

const problem = {
  type: 'object',
  required: ['id', 'score', 'maxScore', 'parts'],
  properties: { id: str, score: num, maxScore: num, variant: { type: 'object', additionalProperties: str }, parts: { type: 'array', items: { $ref: '#/definitions/part' } } },
};

const submission = {
  type: 'object',
  required: ['file', 'student', 'status', 'score', 'maxScore', 'findings', 'problems'],
  properties: {
    file: str,
    student: strOrNull,
    assignment: strOrNull,
    status: { enum: ['graded', 'invalid'] },
    score: num,
    maxScore: num,
    findings: { type: 'array', items: { $ref: '#/definitions/finding' } },
    problems: { type: 'array', items: { $ref: '#/definitions/problem' } },
  },
};

const assignment = { type: 'object', required: ['id', 'maxScore'], properties: { id: strOrNull, title: str, canvasId: str, maxScore: num } };

const variantMatch = {
  type: 'object',
  required: ['code', 'assignment', 'file', 'student', 'matches', 'parts', 'own', 'evidence', 'message'],
  properties: {
    code: { const: 'integrity.matches-variant' },
    assignment: strOrNull,
    file: str,
    student: str,
    matches: str,
    parts: int,
    own: int,
    evidence: { type: 'array', items: { type: 'object', required: ['problem', 'part', 'answer', 'theirs', 'own'], properties: { problem: str, part: str, answer: str, theirs: str, own: str } } },
    message: str,
  },
};

const sharedWrong = {
  type: 'object',
  required: ['code', 'assignment', 'problem', 'part', 'answer', 'students', 'message'],
  properties: { code: { const: 'integrity.shared-wrong-answer' }, assignment: strOrNull, problem: str, part: str, answer: str, students: { type: 'array', items: str }, message: str },
};

export function reportSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://gradecheck.dev/schemas/report.schema.json',
    title: 'gradecheck JSON report (grade --format json, merge --format json)',
    type: 'object',
    required: ['submissions'],
    properties: {
      submissions: { type: 'array', items: { $ref: '#/definitions/submission' } },
      assignments: { type: 'array', items: { $ref: '#/definitions/assignment' } },
      integrity: { type: 'object', required: ['matches', 'shared'], properties: { matches: { type: 'array', items: variantMatch }, shared: { type: 'array', items: sharedWrong } } },
    },
    definitions: { finding, part, problem, submission, assignment },
  };
}
