// Grading against variants: a submission's templated problems are the variants of its student
// (drawn again from the secret: nothing about them is stored), with the assignment's points.
import type { Assignment } from '../grading/assignments.js';
import type { LoadedProblem } from '../grading/problems.js';
import { sharedParams, type VariantPins } from './load.js';
import { variantFor } from './variant.js';
import { withAssignmentRubric } from '../policy/rubric.js';
import type { DrawnVariants } from './cache.js';

export interface VariantSetup {
  secret: string;
  pins: VariantPins;
  /** The variant cache (cache.ts): absent with --no-cache. */
  drawn?: DrawnVariants;
}

/** The problem a student answers: the problem itself, or (a template) their variant, scaled as the assignment scales it. */
export function problemFor(lp: LoadedProblem, assignment: Assignment, student: string, setup: VariantSetup | undefined): LoadedProblem {
  if (!lp.template) return lp;
  if (!setup) throw new Error(`${lp.problem.id} is drawn per student, and no secret was given`);
  const pin = setup.pins.get(student);
  const shared = sharedParams(assignment.shared ?? [], setup.secret, assignment.id, student, pin?.reseed);
  const v = variantFor(lp.template, { secret: setup.secret, assignment: assignment.id, student, shared, reseed: pin?.reseed, pinned: pin?.pinned?.get(lp.problem.id), drawn: setup.drawn });
  // The same object each time for the same variant and assignment problem (points, rubric): what
  // is cached by problem (its grading key, its unanswered result) stays cached.
  let byProblem = scaled.get(v.lp);
  if (!byProblem) scaled.set(v.lp, (byProblem = new WeakMap()));
  let out = byProblem.get(lp.problem);
  if (!out) {
    const rubric = withAssignmentRubric(v.lp.problem.rubric, assignment.rubric);
    byProblem.set(lp.problem, (out = { ...v.lp, problem: { ...v.lp.problem, parts: lp.problem.parts, ...(rubric ? { rubric } : {}) } }));
  }
  return out;
}
const scaled = new WeakMap<LoadedProblem, WeakMap<object, LoadedProblem>>();

/** Where a problem's reference is kept: by id, or for a variant by id and content. */
export function refKey(lp: LoadedProblem): string {
  return lp.problem.variant ? `${lp.problem.id}@${lp.problem.hash}` : lp.problem.id;
}

/** The problem id of a reference key (the verifier that decodes it). */
export const idOfRefKey = (key: string) => key.split('@')[0];
