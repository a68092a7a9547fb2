// Schema pieces the kinds use (kept apart from schemas.ts, which imports the registry).

export const number = { anyOf: [{ type: 'number' }, { type: 'string', maxLength: 200 }] };

/** Points of one part: positive and finite (.inf or 1e308 would make every score NaN or Infinity). */
export const MAX_PART_POINTS = 1000;

/** `points` for each part id a kind allows. */
export function partsSchema(ids: string[], patternProps: Record<string, string> = {}): Record<string, unknown> {
  const points = { type: 'number', exclusiveMinimum: 0, maximum: MAX_PART_POINTS };
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(ids.map((id) => [id, points])),
    patternProperties: Object.fromEntries(Object.entries(patternProps).map(([p]) => [p, points])),
  };
}

export const numberRef = { $ref: '#/definitions/number' };
