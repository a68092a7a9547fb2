// The instructor's rubric: how much of a part a named mistake keeps, and whether error is
// carried forward. Written as `rubric:` in a problem file (its parts may have their own) and in
// an assignment file (for all its problems; a problem's own rubric overrides it code by code).
//
//   rubric:
//     gd.endpoint-included: 0.5     # a part explained by this mistake earns half its points
//     ecf: false                    # no error carried forward (default: carried)
//     parts:                        # problem files only: one part's own credits
//       range: { gd.half-range: 0.25 }
import { KNOWN_CODES } from '../findings/finding.js';
import { get, type PMap, type PNode, type Pos } from '../load/pnode.js';

export interface Rubric {
  /** Finding code → the share of a part (0..1) a part explained by that mistake earns. */
  credit: Record<string, number>;
  /** Part id → its own credits (they beat `credit`). */
  parts: Record<string, Record<string, number>>;
  /** Error carried forward; absent: on. */
  ecf?: boolean;
}

/** A finding code as the catalogs write them: `area.name`, lower case. */
export const CODE_PATTERN = '^[a-z][a-z0-9-]*\\.[a-z0-9.-]+$';

const credit = { type: 'number', minimum: 0, maximum: 1, description: 'the share of the part (0..1) a part explained by this mistake earns' };
const credits = { type: 'object', additionalProperties: false, patternProperties: { [CODE_PATTERN]: credit } };

/** The schema of `rubric:` (problem files: with `parts`; assignment files: without). */
export function rubricSchema(withParts: boolean): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    description:
      'Credit per finding code (0..1) for a part that mistake explains, whatever entries coincide' +
      (withParts ? '; `parts: { <part>: { <code>: credit } }` for one part' : '; applies to every problem of the assignment (a problem\'s own rubric overrides it)') +
      '; `ecf: false` switches error carried forward off.',
    properties: {
      ecf: { type: 'boolean', description: 'error carried forward: a part wrong only because of the student\'s own earlier answer keeps its points (default true)' },
      ...(withParts ? { parts: { type: 'object', additionalProperties: credits, description: 'part id → its own credits per code' } } : {}),
    },
    patternProperties: { [CODE_PATTERN]: credit },
  };
}

/**
 * Codes that are not a kind's diagnosis but explain a part when they are its only errors: a
 * part whose every error is too few significant figures (policy/credit.ts). Any kind's part can
 * be explained by them, so every rubric may price them.
 */
export const FINDING_DIAGNOSES: readonly string[] = ['value.too-few-figures'];

/**
 * What a rubric can price where it applies: the diagnoses of the kinds of its problems (a
 * problem's own kind; every kind an assignment lists). A credit for any other code (a
 * `value.mismatch`, an info, another kind's mistake) would never be used: no part is ever
 * explained by it as a whole, so the instructor's decision would silently change nothing.
 */
export interface Priced {
  /** The kinds the rubric applies to, for the message. */
  kinds: readonly string[];
  /** Their diagnosis codes (FINDING_DIAGNOSES are added). */
  codes: Iterable<string>;
  /** A problem's: the diagnoses one part can have, where its kind knows (absent: `codes`). */
  ofPart?: (part: string) => Iterable<string> | undefined;
}

export interface RubricIssue {
  message: string;
  pos: Pos;
}

/**
 * The rubric as written (already valid against rubricSchema), and what a schema cannot say:
 * a part the problem does not ask, a code no catalog has. `parts` lists the problem's part ids
 * (absent for an assignment's rubric).
 */
export function readRubric(node: PNode, parts?: readonly string[], priced?: Priced): { rubric: Rubric; issues: RubricIssue[] } {
  const rubric: Rubric = { credit: {}, parts: {} };
  const issues: RubricIssue[] = [];
  if (node.kind !== 'map') return { rubric, issues };
  const pricingOf = (part?: string) => {
    const own = part === undefined ? undefined : priced?.ofPart?.(part);
    return priced && new Set([...(own ?? priced.codes), ...FINDING_DIAGNOSES]);
  };
  const codes = (m: PMap, into: Record<string, number>, part?: string) => {
    const pricing = pricingOf(part);
    for (const e of m.entries) {
      if (!KNOWN_CODES.has(e.key)) issues.push({ message: `rubric: there is no finding code "${e.key}"${near(e.key)}`, pos: e.keyPos });
      else if (pricing && !pricing.has(e.key)) issues.push({ message: pricesNothing(e.key, priced!, pricing, part), pos: e.keyPos });
      else into[e.key] = Number((e.value as { value: unknown }).value);
    }
  };
  for (const e of node.entries) {
    if (e.key === 'ecf') rubric.ecf = (e.value as { value: unknown }).value === true;
    else if (e.key === 'parts' && e.value.kind === 'map') {
      for (const p of e.value.entries) {
        if (parts && !parts.includes(p.key)) {
          issues.push({ message: `rubric: this problem has no part "${p.key}" (its parts: ${parts.join(', ')})`, pos: p.keyPos });
          continue;
        }
        if (p.value.kind === 'map') codes(p.value, (rubric.parts[p.key] = {}), p.key);
      }
    } else codes({ ...node, entries: [e] }, rubric.credit);
  }
  return { rubric, issues };
}

/** Why a known code cannot be priced here, and what can be. */
function pricesNothing(code: string, priced: Priced, pricing: ReadonlySet<string>, part?: string): string {
  const kinds = [...new Set(priced.kinds)];
  const of = kinds.length === 1 ? `a ${kinds[0]} problem` : `the problems of this assignment (${kinds.join(', ')})`;
  const never = part === undefined ? `no part of ${of} is ever explained by it as a whole` : `${part} of ${of} is never explained by it as a whole`;
  return `rubric: "${code}" prices nothing: ${never} (a named mistake), so its credit would never be used; ${part === undefined ? 'a rubric prices' : `${part}'s rubric prices`}: ${[...pricing].sort().join(', ')}`;
}

/** A known code that differs from a mistyped one only after its area (`gd.endpoint-include`). */
function near(code: string): string {
  const area = code.split('.')[0] + '.';
  const same = [...KNOWN_CODES].filter((c) => c.startsWith(area)).sort();
  return same.length ? ` (${area}* codes: ${same.slice(0, 12).join(', ')}${same.length > 12 ? ', …' : ''})` : '';
}

/** The rubric of a problem file's `rubric:` node, or undefined when it has none. */
export function problemRubricNode(root: PNode): PNode | undefined {
  return get(root, 'rubric');
}

/** A problem's rubric under its assignment's: the problem's codes and ecf win, its parts are its own. */
export function withAssignmentRubric(own: Rubric | undefined, assignment: Rubric | undefined): Rubric | undefined {
  if (!assignment) return own;
  if (!own) return assignment;
  const ecf = own.ecf ?? assignment.ecf;
  return { credit: { ...assignment.credit, ...own.credit }, parts: own.parts, ...(ecf === undefined ? {} : { ecf }) };
}

/** The credit a part explained by `code` earns: the part's own, the problem's (or assignment's), the kind's default, else 0. */
export function creditFor(rubric: Rubric | undefined, defaults: Record<string, number> | undefined, part: string, code: string): number {
  return rubric?.parts[part]?.[code] ?? rubric?.credit[code] ?? defaults?.[code] ?? 0;
}

/** Whether the rubric sets a credit for `code` (anywhere that applies to `part`). */
export function rubricSets(rubric: Rubric | undefined, part: string, code: string): boolean {
  return rubric?.parts[part]?.[code] !== undefined || rubric?.credit[code] !== undefined;
}

/** A rubric as data for a cache key (stable order). */
export function rubricKey(rubric: Rubric | undefined): unknown {
  if (!rubric) return null;
  const sorted = (o: Record<string, number>) => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [rubric.ecf ?? null, sorted(rubric.credit), Object.entries(rubric.parts).sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, c]) => [p, sorted(c)])];
}
