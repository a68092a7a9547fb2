// Schema pieces the kinds use (kept apart from schemas.ts, which imports the registry).

export const number = { anyOf: [{ type: 'number' }, { type: 'string', maxLength: 200 }] };

/** Points of one part: positive and finite (.inf or 1e308 would make every score NaN or Infinity). */
export const MAX_PART_POINTS = 1000;
/** Points of one problem (its parts together, or its points in an assignment). */
export const MAX_PROBLEM_POINTS = 100_000;

/**
 * How close a numeric answer must be: `rel`/`abs` (a decimal correctly rounded to 3 or more
 * significant figures is right as well), or `sigfigs`/`decimals` (correctly rounded to at least
 * that many). A relative tolerance of 1 accepts any answer of the right sign; an absolute one of
 * 1e308 any answer at all.
 */
export const toleranceSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    rel: { type: 'number', minimum: 0, exclusiveMaximum: 1 },
    abs: { type: 'number', minimum: 0, maximum: 1 },
    sigfigs: { type: 'integer', minimum: 1, maximum: 15, description: 'right when correctly rounded to at least this many significant figures' },
    decimals: { type: 'integer', minimum: 0, maximum: 15, description: 'right when correctly rounded to at least this many decimals' },
  },
  not: { required: ['sigfigs', 'decimals'] },
  description: 'Numeric answers within it are correct (default rel 0.001, abs 1e-9, and a decimal correctly rounded to 3 or more significant figures; rel below 1, abs at most 1).',
};

/** A part's points, or its points and its own tolerance: `dW1: { points: 4, tolerance: { decimals: 4 } }`. */
export const partPoints = {
  anyOf: [
    { type: 'number', exclusiveMinimum: 0, maximum: MAX_PART_POINTS },
    { type: 'object', additionalProperties: false, required: ['points'], properties: { points: { type: 'number', exclusiveMinimum: 0, maximum: MAX_PART_POINTS }, tolerance: toleranceSchema } },
  ],
};

/** `points` for each part id a kind allows. */
export function partsSchema(ids: string[], patternProps: Record<string, string> = {}): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(ids.map((id) => [id, partPoints])),
    patternProperties: Object.fromEntries(Object.entries(patternProps).map(([p]) => [p, partPoints])),
  };
}

export const numberRef = { $ref: '#/definitions/number' };
