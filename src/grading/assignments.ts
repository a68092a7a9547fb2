// Assignments: the problems a submission is graded against, in order, each worth its points.
// Without assignment files the whole problem set is one assignment (id null). A submission is
// scored out of every problem of its assignment: one it does not answer scores 0 and counts.
import { basename } from 'node:path';
import { finding } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import { get, type PMap, type PNode, type Pos } from '../load/pnode.js';
import { validateAssignmentShape } from '../load/validate.js';
import type { LoadedProblem } from './problems.js';
import { readParamSpecs, type ParamSpec } from '../variants/params.js';
import { ProblemError } from '../kinds/types.js';
import { readRubric, withAssignmentRubric, type Rubric } from '../policy/rubric.js';
import type { SubmissionPolicy } from './types.js';
import { readLatePolicy, type LatePolicy } from '../policy/late.js';

export interface Assignment {
  /** null: no assignment file; the whole problem set is the one assignment. */
  id: string | null;
  title?: string;
  /** The Canvas assignment this one's grades go to (its column in a Canvas gradebook import). */
  canvasId?: string;
  /** The assignment's rubric (each of its problems carries it under its own, see policy/rubric.ts). */
  rubric?: Rubric;
  /** Params drawn once per student for every templated problem of the assignment. */
  shared?: ParamSpec[];
  /** How several files of one student are combined (policy/submissions.ts); merge when absent. */
  submissions?: SubmissionPolicy;
  /** What a late submission loses (policy/late.ts). */
  late?: LatePolicy;
  file?: string;
  /** Its problems in order, each with its parts' points scaled to its points here (if given). */
  problems: ReadonlyMap<string, LoadedProblem>;
}

/** `assignment.yaml`, `hw1.assignment.yaml`, or any file with `problems` and no `kind`. */
export function isAssignmentFile(file: string, root: PNode): boolean {
  if (/(^|\.)assignment\.ya?ml$/i.test(basename(file))) return true;
  return root.kind === 'map' && get(root, 'problems') !== undefined && get(root, 'kind') === undefined && get(root, 'given') === undefined;
}

/** The whole problem set as one assignment (when no assignment file is given). */
export function wholeSet(problems: ReadonlyMap<string, LoadedProblem>): Assignment {
  return { id: null, problems };
}

/** An assignment file read against the loaded problems; every reason it is refused, positioned. */
export function loadAssignment(file: string, root: PNode, problems: ReadonlyMap<string, LoadedProblem>): { assignment: Assignment; idPos: Pos } | { errors: Finding[] } {
  const fail = (reason: string, pos: Pos): Finding => finding('assignment.invalid', { reason }, { file, pos });
  const issues = validateAssignmentShape(root);
  if (issues.length) return { errors: issues.map((i) => fail(i.message, i.pos)) };
  const map = root as PMap;
  const id = String(scalar(get(map, 'id')));
  const listed = listedProblems(get(map, 'problems')!);
  const pointsNode = get(map, 'points') as PMap | undefined;
  const errors: Finding[] = [];
  const order = new Map<string, { pos: Pos; points?: number; pointsPos?: Pos }>();
  for (const p of listed) {
    if (order.has(p.id)) errors.push(fail(`problem "${p.id}" is listed twice`, p.pos));
    else if (!problems.has(p.id)) errors.push(fail(`there is no problem "${p.id}" in the problem set${knownIds(problems)}`, p.pos));
    else order.set(p.id, p);
  }
  for (const e of pointsNode?.entries ?? []) {
    const p = order.get(e.key);
    if (!p) {
      if (!listed.some((l) => l.id === e.key)) errors.push(fail(`points are given for "${e.key}", which is not among this assignment's problems`, e.keyPos));
      continue;
    }
    if (p.points !== undefined) errors.push(fail(`the points of "${e.key}" are given twice`, e.keyPos));
    else (p.points = Number(scalar(e.value))), (p.pointsPos = e.value.pos);
  }
  const rubricNode = get(map, 'rubric');
  // It prices what some problem it lists can be diagnosed with (all the problems when none are listed well).
  const listedKinds = [...order.keys()].map((pid) => problems.get(pid)!.verifier);
  const pricedBy = listedKinds.length ? listedKinds : [...problems.values()].map((lp) => lp.verifier);
  const rubric = rubricNode ? readRubric(rubricNode, undefined, { kinds: pricedBy.map((v) => v.kind), codes: pricedBy.flatMap((v) => v.diagnoses) }) : undefined;
  for (const i of rubric?.issues ?? []) errors.push(fail(i.message, i.pos));
  if (errors.length) return { errors };
  const scaled = new Map<string, LoadedProblem>();
  for (const [pid, p] of order) {
    const lp = problems.get(pid)!;
    const s = p.points === undefined ? lp : scaleTo(lp, p.points);
    scaled.set(pid, rubric ? { ...s, problem: { ...s.problem, rubric: withAssignmentRubric(s.problem.rubric, rubric.rubric) } } : s);
  }
  const title = get(map, 'title');
  const canvas = get(map, 'canvas-id');
  let shared: ParamSpec[] | undefined;
  try {
    shared = get(map, 'shared-params') ? readParamSpecs(get(map, 'shared-params')!) : undefined;
  } catch (e) {
    if (e instanceof ProblemError) return { errors: [fail(e.message, e.pos ?? map.pos)] };
    throw e;
  }
  const assignment: Assignment = { id, file, problems: scaled, ...(title ? { title: String(scalar(title)) } : {}), ...(canvas ? { canvasId: String(scalar(canvas)) } : {}), ...(shared ? { shared } : {}), ...(rubric ? { rubric: rubric.rubric } : {}) };
  const submissions = scalar(get(map, 'submissions'));
  if (submissions !== undefined) assignment.submissions = submissions as SubmissionPolicy; // one of the schema's enum
  const late = readLatePolicy(get(map, 'late'));
  if (late) assignment.late = late;
  return { assignment, idPos: map.index.get('id')!.keyPos };
}

/** The shared params of an assignment file that lists `problem` (null when it does not, or has none readable). */
export function sharedSpecsListing(root: PNode, problem: string): ParamSpec[] | null {
  const p = get(root, 'problems');
  if (!p || !listedProblems(p).some((x) => x.id === problem)) return null;
  const s = get(root, 'shared-params');
  try {
    return s ? readParamSpecs(s) : [];
  } catch {
    return null; // the assignment reports it when it is read
  }
}

/** `[a, b]`, `[{ id: a, points: 10 }, b]` or `{ a: 10, b: null }`, as ids in order with their points. */
function listedProblems(node: PNode): { id: string; pos: Pos; points?: number; pointsPos?: Pos }[] {
  if (node.kind === 'map') return node.entries.map((e) => ({ id: e.key, pos: e.keyPos, ...pointsOf(e.value) }));
  if (node.kind !== 'seq') return [];
  return node.items.map((item) => {
    if (item.kind !== 'map') return { id: String(scalar(item)), pos: item.pos };
    const idNode = get(item, 'id')!;
    return { id: String(scalar(idNode)), pos: idNode.pos, ...pointsOf(get(item, 'points')) };
  });
}

function pointsOf(node: PNode | undefined): { points?: number; pointsPos?: Pos } {
  const v = node ? scalar(node) : null;
  return v === null || v === undefined ? {} : { points: Number(v), pointsPos: node!.pos };
}

function scalar(node: PNode | undefined): unknown {
  return node?.kind === 'scalar' ? node.value : undefined;
}

function knownIds(problems: ReadonlyMap<string, LoadedProblem>): string {
  const ids = [...problems.keys()].sort();
  return ids.length ? ` (known: ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''})` : '';
}

/**
 * The problem with its parts' points scaled to add up to `points`, in the proportions the
 * problem gives them. Each part is rounded to 4 decimals (as scores are) and the last takes the
 * remainder, so the parts add up to exactly the assignment's figure (10 over three equal parts:
 * 3.3333 + 3.3333 + 3.3334, never 9.9999). Each part keeps its exact share, which scores are
 * made from (see score.ts).
 */
export function scaleTo(lp: LoadedProblem, points: number): LoadedProblem {
  const parts = lp.problem.parts;
  const total = parts.reduce((a, p) => a + p.points, 0);
  let given = 0;
  const scaled = parts.map((p, i) => {
    const v = i < parts.length - 1 ? round4((p.points * points) / total) : round4(points - given);
    given += v;
    return { ...p, points: v, share: (p.points * points) / total };
  });
  return { ...lp, problem: { ...lp.problem, parts: scaled } };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * The assignment a submission is graded against: the one it names, or the only one there is.
 * A name is required when there are several (or `grade --assignment` gives the one for those
 * that name none); a name that is not an assignment is refused, with the ids there are. Without assignment files (the whole set, id null) a name is not checked.
 */
export function chooseAssignment(named: { id: string; pos: Pos } | undefined, assignments: readonly Assignment[], fallback?: string): Assignment | { reason: string; pos: Pos } {
  const ids = assignments.map((a) => a.id).filter((id): id is string => id !== null);
  // `grade --assignment ID`: what a submission that names none is graded against.
  if (!named && fallback !== undefined) named = { id: fallback, pos: { line: 1, column: 1 } };
  if (named) {
    const a = assignments.find((x) => x.id === named.id) ?? (assignments.length === 1 && assignments[0].id === null ? assignments[0] : undefined);
    return a ?? { reason: `there is no assignment "${named.id}" (known: ${ids.join(', ')})`, pos: named.pos };
  }
  if (assignments.length === 1) return assignments[0];
  return { reason: `it names no assignment, and there are ${assignments.length} (${ids.join(', ')}): add \`assignment: <id>\` to it`, pos: { line: 1, column: 1 } };
}
