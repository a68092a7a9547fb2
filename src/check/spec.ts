// The check file (`gradecheck check --write-spec check.json`, run where the problems are): what
// each part's answer looks like, with no value in it. For each part, the shape of its reference
// answer: a number, a text, a list of n of some shape (a matrix is a list of rows), or a mapping
// of named entries. A templated problem's shapes are its sample variant's (drawn without the
// course secret); shapes that vary between variants are not checked (see check.ts).
// The file goes to the students' repositories: it holds no value, no key and no secret.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Ajv as AjvClass } from 'ajv';
import { readScalar } from '../answers/values.js';
import type { PScalar } from '../load/pnode.js';

export type Shape = { t: 'number' } | { t: 'text' } | { t: 'list'; n: number; of: Shape | null } | { t: 'map'; keys: Record<string, Shape> };

export interface CheckSpec {
  gradecheck: 'check';
  assignment: string | null;
  /** `stated`: intermediate values a student may also write (z1, a1, Z…): not parts, read but not checked. */
  problems: { id: string; title?: string; parts: { id: string; shape: Shape | null }[]; stated?: string[] }[];
}

/** The shape of a reference answer (a key value, as `solve` writes it). */
export function shapeOfValue(v: unknown): Shape {
  if (Array.isArray(v)) {
    const items = v.map(shapeOfValue);
    const same = items.every((s) => JSON.stringify(s) === JSON.stringify(items[0]));
    // Only numbers' lists (vectors, matrices) have a size the problem fixes; a list of layers or
    // claims is the student's own design, so only its being a list is checked.
    const numeric = items.length > 0 && same && (items[0].t === 'number' || (items[0].t === 'list' && items[0].n >= 0 && items[0].of?.t === 'number'));
    return numeric ? { t: 'list', n: items.length, of: items[0] } : { t: 'list', n: -1, of: null };
  }
  if (v !== null && typeof v === 'object') return { t: 'map', keys: Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shapeOfValue(x)])) };
  if (typeof v === 'number' || typeof v === 'bigint') return { t: 'number' };
  if (typeof v === 'string' && readsAsNumber(v)) return { t: 'number' };
  return { t: 'text' };
}

function readsAsNumber(text: string): boolean {
  const node: PScalar = { kind: 'scalar', pos: { line: 1, column: 1 }, value: text, source: text, quoted: true };
  try {
    readScalar(node);
    return true;
  } catch {
    return false;
  }
}

/** Shapes as a student reads them: "a number", "a 2×3 matrix", "a list of 4", "a mapping of a, b". */
export function describe(s: Shape | null): string {
  if (!s) return 'a value';
  switch (s.t) {
    case 'number':
      return 'a number';
    case 'text':
      return 'a value';
    case 'list':
      if (s.n < 0) return 'a list';
      if (s.of?.t === 'list') return `a ${s.n}×${s.of.n} matrix`;
      return `a list of ${s.n}`;
    case 'map':
      return `a mapping of ${Object.keys(s.keys).join(', ')}`;
  }
}

const SHAPE = {
  $id: 'shape',
  oneOf: [
    { type: 'null' },
    { type: 'object', required: ['t'], properties: { t: { enum: ['number', 'text'] } } },
    { type: 'object', required: ['t', 'n', 'of'], properties: { t: { const: 'list' }, n: { type: 'integer', minimum: -1, maximum: 100000 }, of: { $ref: 'shape' } } },
    { type: 'object', required: ['t', 'keys'], properties: { t: { const: 'map' }, keys: { type: 'object', additionalProperties: { $ref: 'shape' } } } },
  ],
};
const SPEC = {
  type: 'object',
  required: ['gradecheck', 'assignment', 'problems'],
  properties: {
    gradecheck: { const: 'check' },
    assignment: { type: ['string', 'null'] },
    problems: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'parts'],
        properties: { id: { type: 'string' }, stated: { type: 'array', items: { type: 'string' } }, parts: { type: 'array', items: { type: 'object', required: ['id', 'shape'], properties: { id: { type: 'string' }, shape: { $ref: 'shape' } } } } },
      },
    },
  },
};

/** The check file, checked against its schema (a hand-edited one is refused, never half-read). */
export function readSpec(file: string): CheckSpec {
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass };
  const validate = new Ajv({ strict: false }).addSchema(SHAPE).compile(SPEC);
  if (!validate(data)) throw new Error(`not a gradecheck check file (made by \`gradecheck check --write-spec\`): ${validate.errors![0].instancePath || '/'} ${validate.errors![0].message}`);
  return data as unknown as CheckSpec;
}
