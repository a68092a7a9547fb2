// One student's variant of a templated problem: params drawn from the secret and the student,
// kept when the problem they make loads and meets `require:`. Deterministic, so the grader,
// every worker and a regrade a month later draw the same variant; memoised per process.
import type { LoadedProblem } from '../grading/problems.js';
import { loadProblem } from '../grading/problems.js';
import { ProblemError } from '../kinds/types.js';
import type { Params } from './params.js';
import { comparisonsHold, drawAttempt, instantiate, MAX_TRIES, renderStatement, textOf, type ProblemTemplate } from './template.js';
import type { VariantKey } from './seed.js';
import { drawKey, type DrawnVariants } from './cache.js';

export interface VariantContext {
  secret: string;
  assignment: string | null;
  student: string;
  /** The assignment's shared params, drawn for this student. */
  shared?: Params;
  /** From variants.yaml: another draw for this student, or values pinned. */
  reseed?: number;
  pinned?: Params;
  /** The variant cache: which attempt drew each variant before (cache.ts). */
  drawn?: DrawnVariants;
}

export interface Variant {
  lp: LoadedProblem;
  params: Params;
  /** The reference, when a named condition needed it (then grading reuses it). */
  ref?: unknown;
  attempts: number;
}

export class VariantError extends ProblemError {}
/** A draw whose reference cannot be computed: drawn again. */
class RejectDraw extends Error {}

/** The variant of a template for one student. */
export function variantFor(t: ProblemTemplate, ctx: VariantContext): Variant {
  const key: VariantKey = { assignment: ctx.assignment, problem: t.id, student: ctx.student, reseed: ctx.reseed };
  const memoKey = JSON.stringify([ctx.secret.length, hashOf(ctx.secret), key, [...(ctx.shared ?? [])].map(([k, v]) => [k, textOf(v)]), [...(ctx.pinned ?? [])].map(([k, v]) => [k, textOf(v)])]);
  let v = memo.get(memoKey);
  if (!v) {
    const dk = ctx.drawn ? drawKey(t, ctx.student, ctx.reseed, ctx.shared, ctx.pinned) : '';
    const known = ctx.drawn?.get(ctx.assignment, dk);
    v = (known !== undefined ? drawKnown(t, ctx, key, known) : null) ?? draw(t, ctx, key);
    ctx.drawn?.set(ctx.assignment, dk, v.attempts - 1);
    if (memo.size > 50_000) memo.clear();
    memo.set(memoKey, v);
  }
  return v;
}
const memo = new Map<string, Variant>();

/**
 * The variant the cache says attempt `attempt` drew (the cache's file is authenticated by the
 * secret, so this is the first attempt that met require: its named conditions and the problem
 * schema are not checked again); null when that draw does not make a problem, then the variant is drawn from the start.
 */
function drawKnown(t: ProblemTemplate, ctx: VariantContext, key: VariantKey, attempt: number): Variant | null {
  if (!(Number.isInteger(attempt) && attempt >= 0 && attempt < MAX_TRIES)) return null;
  return attemptOf(t, ctx, key, attempt, true)?.variant ?? null;
}

function draw(t: ProblemTemplate, ctx: VariantContext, key: VariantKey): Variant {
  let last = 'no draw met the comparisons of require';
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const r = attemptOf(t, ctx, key, attempt, false);
    if (!r) continue;
    if (r.variant) return r.variant;
    last = r.failed;
  }
  throw new VariantError(`no variant of ${t.id} for ${ctx.student} in ${MAX_TRIES} draws (${last})`, t.specs[0]?.pos);
}

/**
 * One draw: its variant, why it failed, or null when the comparisons of require do not hold.
 * `known`: the cache's draw, which met require and the problem schema when it was drawn.
 */
function attemptOf(t: ProblemTemplate, ctx: VariantContext, key: VariantKey, attempt: number, known: boolean): { variant: Variant } | { variant?: undefined; failed: string } | null {
  const params = drawAttempt(t, ctx.secret, key, attempt, ctx.shared ?? new Map(), ctx.pinned ?? new Map());
  if (!comparisonsHold(t, params)) return null;
  const root = instantiate(t, params);
  const r = loadProblem(t.file, root, { shapeChecked: known });
  if ('errors' in r) return { failed: r.errors[0].message };
  let ref: unknown;
  let refError: string | null = null;
  // The reference, computed once when a condition asks for it.
  const refOf = () => {
    if (ref === undefined && refError === null) {
      try {
        ref = r.verifier.reference(r.problem.given);
      } catch (e) {
        if (!(e instanceof ProblemError)) throw e;
        refError = e.message;
      }
      if (ref instanceof Promise) throw new VariantError(`require: a named condition needs the reference at once, which ${r.problem.kind} does not give`, t.require.find((q) => q.named)?.pos);
    }
    if (refError !== null) throw new RejectDraw(refError);
    return ref;
  };
  let failed: string | null = null;
  if (!known) try {
    const f = t.require.find((q) => q.named && !r.verifier.conditions![q.named].holds(r.problem.given, refOf));
    if (f) failed = `${f.text} does not hold`;
  } catch (e) {
    if (!(e instanceof RejectDraw)) throw e;
    failed = e.message;
  }
  if (failed) return { failed };
  // Every param the variant was made with: the assignment's shared ones, then its own.
  const text = Object.fromEntries([...params].map(([k, v]) => [k, textOf(v)]));
  const statement = t.statement === undefined ? undefined : renderStatement(t.statement, params, root);
  r.problem.variant = { params: text, ...(statement !== undefined ? { statement } : {}) };
  return { variant: { lp: { problem: r.problem, verifier: r.verifier }, params, ref, attempts: attempt + 1 } };
}

/** The share of draws that make a valid variant, over `samples` students (for validate). */
export function acceptanceRate(t: ProblemTemplate, samples: number, shared: Params = new Map()): { accepted: number; draws: number } {
  let accepted = 0, draws = 0;
  for (let i = 0; i < samples; i++) {
    const key: VariantKey = { assignment: null, problem: t.id, student: `sample-${i}` };
    const params = drawAttempt(t, 'gradecheck-validate', key, 0, shared, new Map());
    draws++;
    if (!comparisonsHold(t, params)) continue;
    const r = loadProblem(t.file, instantiate(t, params));
    if ('errors' in r) continue;
    try {
      let ref: unknown;
      const refOf = () => (ref ??= r.verifier.reference(r.problem.given));
      if (t.require.some((q) => q.named && !r.verifier.conditions![q.named].holds(r.problem.given, refOf)) || ref instanceof Promise) continue;
    } catch (e) {
      if (e instanceof ProblemError) continue;
      throw e;
    }
    accepted++;
  }
  return { accepted, draws };
}

function hashOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
