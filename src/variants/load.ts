// Reading templated problems and variants.yaml when the problem set is loaded.
import { basename } from 'node:path';
import { finding } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import { get, type PMap, type PNode } from '../load/pnode.js';
import { verifierFor } from '../kinds/registry.js';
import { ProblemError } from '../kinds/types.js';
import type { LoadedProblem } from '../grading/problems.js';
import { Num } from '../numbers/num.js';
import { drawParams, type ParamSpec, type Params, type ParamValue } from './params.js';
import { VariantStream } from './seed.js';
import { readTemplate } from './template.js';
import { acceptanceRate, variantFor, VariantError } from './variant.js';

/** Per student: another draw (`alice: 17`), or values pinned per problem (`alice: { p1: { a: 3 } }`). */
export type VariantPins = Map<string, { reseed?: number; pinned?: Map<string, Params> }>;

export function isVariantsFile(file: string): boolean {
  return /^variants\.ya?ml$/i.test(basename(file));
}

/** The secret validate and load use to draw a sample variant (never a student's). */
export const SAMPLE_SECRET = 'gradecheck-sample';

/**
 * A template, checked by drawing a sample variant (with the shared params of an assignment that
 * lists it): the sample must load like any problem; its problem stands for the template's parts.
 */
export function loadTemplate(file: string, root: PNode, shared: ParamSpec[]): LoadedProblem | { errors: Finding[] } {
  const fail = (e: ProblemError): { errors: Finding[] } => ({ errors: [finding('problem.invalid', { reason: e.message }, { file, pos: e.pos ?? { line: 1, column: 1 } })] });
  try {
    const kind = String((get(root, 'kind') as { value?: unknown } | undefined)?.value ?? '');
    const template = readTemplate(file, root as PMap, verifierFor(kind), shared.map((s) => s.name));
    const sharedValues = sharedParams(shared, SAMPLE_SECRET, null, '(sample)');
    let sample;
    try {
      sample = variantFor(template, { secret: SAMPLE_SECRET, assignment: null, student: '(sample)', shared: sharedValues });
    } catch (e) {
      if (!(e instanceof VariantError)) throw e;
      // Say how rare a valid variant is, so the instructor can loosen require: or the ranges.
      const rate = acceptanceRate(template, 100, sharedValues);
      throw new VariantError(`${e.message}; ${rate.accepted} of ${rate.draws} sample draws made a valid variant`, e.pos);
    }
    return { ...sample.lp, template };
  } catch (e) {
    if (e instanceof VariantError || e instanceof ProblemError) return fail(e);
    throw e;
  }
}

/** An assignment's shared params for one student (drawn once for all its problems). */
export function sharedParams(specs: readonly ParamSpec[], secret: string, assignment: string | null, student: string, reseed?: number): Params {
  if (!specs.length) return new Map();
  return drawParams(specs, VariantStream.of(secret, { assignment, problem: '(shared)', student, reseed }, 0));
}

export function readVariantFiles(files: { file: string; root: PNode }[], errors: Finding[]): VariantPins {
  const pins: VariantPins = new Map();
  for (const { file, root } of files) {
    if (root.kind !== 'map') {
      errors.push(finding('problem.invalid', { reason: 'variants.yaml: a mapping of student → a reseed number, or problem → pinned params' }, { file, pos: root.pos }));
      continue;
    }
    for (const e of root.entries) {
      const v = e.value;
      if (v.kind === 'scalar' && Number.isInteger(v.value)) pins.set(e.key, { reseed: Number(v.value) });
      else if (v.kind === 'map') {
        const pinned = new Map<string, Params>();
        for (const p of v.entries) {
          if (p.value.kind !== 'map') {
            errors.push(finding('problem.invalid', { reason: `variants.yaml: ${e.key}.${p.key} is a mapping of param → value` }, { file, pos: p.value.pos }));
            continue;
          }
          pinned.set(p.key, new Map(p.value.entries.map((x) => [x.key, pinValue(x.value)])));
        }
        pins.set(e.key, { pinned });
      } else errors.push(finding('problem.invalid', { reason: `variants.yaml: ${e.key} takes a whole number (another draw) or problem → pinned params` }, { file, pos: v.pos }));
    }
  }
  return pins;
}

function pinValue(n: PNode): ParamValue {
  if (n.kind === 'seq') return n.items.map(pinValue);
  if (n.kind === 'scalar' && (typeof n.value === 'number' || /^-?\d+(\.\d+)?(\/\d+)?$/.test(String(n.value)))) {
    const [a, b] = String(n.kind === 'scalar' && typeof n.value === 'number' ? n.source : n.value).split('/');
    return b ? Num.parseDecimal(a).div(Num.parseDecimal(b)) : Num.parseDecimal(a);
  }
  return String((n as { value?: unknown }).value);
}
