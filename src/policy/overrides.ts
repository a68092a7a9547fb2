// Instructor overrides: `overrides.yaml` beside the assignment, applied after grading (and after
// a student's files are combined), so a regrade decision survives every regrade:
//
//   overrides:
//     - student: ann
//       problem: quad
//       part: range          # leave out to override the problem as a whole
//       points: 3            # the score set to this; or
//       adjust: -0.5         # added to the score (+ or -)
//       reason: "regrade request: the bound is right for her Hessian"
//       by: TA Bob
//       assignment: a1       # when the file is beside several assignments
//
// A part's score stays within 0 and its points. A problem's override changes the problem's
// score by the difference, spread over its parts in order: points given go to the parts that
// lost some, points taken come off the parts that have some; what cannot be placed is not.
// Each part changed says so (`score.override`, with the reason and who), in every report.
import { basename, dirname, resolve } from 'node:path';
import { finding } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import { get, type PMap, type PNode, type Pos } from '../load/pnode.js';
import { LoadError, loadYamlText, readYamlText } from '../load/yaml.js';
import { validateOverridesShape } from '../load/validate.js';
import type { Assignment } from '../grading/assignments.js';
import type { PartOverride, PartResult, PartStatus, ProblemResult, SubmissionResult } from '../grading/types.js';

export interface Override {
  file: string;
  /** Where the override's entry is (its `student:` key). */
  pos: Pos;
  student: string;
  /** The assignment it is for: named, or the one beside the file (null: the whole problem set). */
  assignment: string | null;
  problem: string;
  part?: string;
  points?: number;
  adjust?: number;
  reason: string;
  by?: string;
  /** Where each field is, for validate's messages. */
  at: Partial<Record<'student' | 'assignment' | 'problem' | 'part', Pos>>;
}

/** `overrides.yaml`, `overrides.yml`, or `NAME.overrides.yaml`: never a problem file. */
export function isOverridesFile(file: string): boolean {
  return /(^|\.)overrides\.ya?ml$/i.test(basename(file));
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * An overrides file read and checked against the assignments: every entry it cannot place (an
 * unknown assignment, problem or part; a student not in the roster, when one is given) is an
 * error at its line, and such an entry is not applied.
 */
export function readOverrides(file: string, assignments: readonly Assignment[], opts: { roster?: ReadonlySet<string>; text?: string } = {}): { overrides: Override[]; errors: Finding[] } {
  const errors: Finding[] = [];
  const fail = (reason: string, pos: Pos) => errors.push(finding('overrides.invalid', { reason }, { file, pos }));
  let root: PNode;
  try {
    root = loadYamlText(opts.text ?? readYamlText(file), file).root;
  } catch (e) {
    if (!(e instanceof LoadError)) throw e;
    fail(e.message, e.pos ?? { line: 1, column: 1 });
    return { overrides: [], errors };
  }
  const issues = validateOverridesShape(root);
  if (issues.length) {
    for (const i of issues) fail(i.message, i.pos);
    return { overrides: [], errors };
  }
  const beside = besideAssignment(file, assignments);
  const overrides: Override[] = [];
  const list = get(root, 'overrides');
  for (const item of list?.kind === 'seq' ? list.items : []) {
    const o = readEntry(file, item as PMap, beside, fail);
    if (o && placeable(o, assignments, opts.roster, fail)) overrides.push(o);
  }
  return { overrides, errors };
}

/** The assignment an entry without `assignment:` is for: the one file beside it, or the only one there is. */
function besideAssignment(file: string, assignments: readonly Assignment[]): Assignment | string {
  if (assignments.length === 1) return assignments[0];
  const here = assignments.filter((a) => a.file !== undefined && resolve(dirname(a.file)) === resolve(dirname(file)));
  if (here.length === 1) return here[0];
  const ids = assignments.map((a) => a.id).join(', ');
  return here.length ? `several assignments are beside this file (${here.map((a) => a.id).join(', ')}): name one with \`assignment:\`` : `no assignment file is beside this file: name the assignment with \`assignment:\` (one of ${ids})`;
}

function readEntry(file: string, m: PMap, beside: Assignment | string, fail: (reason: string, pos: Pos) => void): Override | null {
  const str = (k: string) => {
    const n = get(m, k);
    return n?.kind === 'scalar' && n.value !== null ? String(n.value) : undefined;
  };
  const num = (k: string) => {
    const n = get(m, k);
    return n?.kind === 'scalar' && typeof n.value === 'number' ? n.value : undefined;
  };
  const at = (k: string) => m.index.get(k)?.value.pos;
  const points = num('points'), adjust = num('adjust');
  if ((points === undefined) === (adjust === undefined)) {
    fail('an override gives either `points` (the score set) or `adjust` (added to it), exactly one of them', m.pos);
    return null;
  }
  const named = str('assignment');
  if (named === undefined && typeof beside === 'string') {
    fail(beside, m.pos);
    return null;
  }
  const pos = m.index.get('student')?.keyPos ?? m.pos;
  return {
    file,
    pos,
    student: sourceText(get(m, 'student')!),
    assignment: named ?? (beside as Assignment).id,
    problem: str('problem')!,
    ...(str('part') !== undefined ? { part: str('part') } : {}),
    ...(points !== undefined ? { points } : { adjust }),
    reason: str('reason')!,
    ...(str('by') !== undefined ? { by: str('by') } : {}),
    at: { student: at('student'), assignment: at('assignment'), problem: at('problem'), part: at('part') },
  };
}

/** An id as written: `student: 00123` is "00123", not 123. */
function sourceText(n: PNode): string {
  return n.kind === 'scalar' ? (typeof n.value === 'string' ? n.value : n.source) : '';
}

/** Whether the entry names things that exist: the assignment, its problem and part, the student (with a roster). */
function placeable(o: Override, assignments: readonly Assignment[], roster: ReadonlySet<string> | undefined, fail: (reason: string, pos: Pos) => void): boolean {
  const a = assignments.find((x) => x.id === o.assignment) ?? (assignments.length === 1 && assignments[0].id === null ? assignments[0] : undefined);
  if (!a) return fail(`there is no assignment "${o.assignment}" (known: ${assignments.map((x) => x.id).join(', ')})`, o.at.assignment ?? o.pos), false;
  if (roster && !roster.has(o.student)) return fail(`student "${o.student}" is not in the roster`, o.at.student ?? o.pos), false;
  const lp = a.problems.get(o.problem);
  if (!lp) return fail(`there is no problem "${o.problem}" in ${a.id === null ? 'the problem set' : `assignment ${a.id}`} (known: ${[...a.problems.keys()].join(', ')})`, o.at.problem ?? o.pos), false;
  const parts = lp.problem.parts.map((p) => p.id);
  if (o.part !== undefined && !parts.includes(o.part)) return fail(`problem ${o.problem} has no part "${o.part}" (its parts: ${parts.join(', ')})`, o.at.part ?? o.pos), false;
  const max = o.part !== undefined ? lp.problem.parts.find((p) => p.id === o.part)!.points : lp.problem.parts.reduce((t, p) => t + p.points, 0);
  if (o.points !== undefined && o.points > max + 1e-9) return fail(`${o.points} points is more than ${o.part ? `${o.problem}.${o.part}` : o.problem} is worth (${round(max)})`, o.pos), false;
  return true;
}

/**
 * The results with the overrides applied, in the file's order (a later one sees the earlier's
 * score); `unused`: overrides for a student with no graded submission to that assignment.
 */
export function applyOverrides(results: readonly SubmissionResult[], overrides: readonly Override[]): { results: SubmissionResult[]; unused: Override[] } {
  const out = [...results];
  const unused: Override[] = [];
  for (const o of overrides) {
    const i = out.findIndex((r) => r.status === 'graded' && r.student === o.student && (r.assignment ?? null) === o.assignment);
    if (i < 0) {
      unused.push(o);
      continue;
    }
    out[i] = applyOne(out[i], o);
  }
  return { results: out, unused };
}

function applyOne(r: SubmissionResult, o: Override): SubmissionResult {
  const problems = r.problems.map((p) => (p.id === o.problem ? overrideProblem(p, o) : p));
  return { ...r, problems, score: round(r.score + problems.reduce((a, p, i) => a + p.score - r.problems[i].score, 0)) };
}

function overrideProblem(p: ProblemResult, o: Override): ProblemResult {
  const changes = new Map<string, number>();
  if (o.part !== undefined) {
    const pt = p.parts.find((x) => x.id === o.part)!;
    changes.set(pt.id, clamp(o.points ?? pt.score + o.adjust!, pt.maxScore) - pt.score);
  } else {
    // The problem's new score, then its difference placed part by part.
    let delta = clamp(o.points ?? p.score + o.adjust!, p.maxScore) - p.score;
    for (const pt of p.parts) {
      const d = delta > 0 ? Math.min(delta, pt.maxScore - pt.score) : Math.max(delta, -pt.score);
      if (Math.abs(d) > 1e-9) changes.set(pt.id, d), (delta -= d); // (a binary remainder is no change)
    }
  }
  // The note goes on every part changed; on the part named (or the first) when nothing changes.
  if (![...changes.values()].some((d) => Math.abs(d) > 1e-9)) changes.set(o.part ?? p.parts[0].id, 0);
  const parts = p.parts.map((pt) => (changes.has(pt.id) ? overridePart(pt, changes.get(pt.id)!, o) : pt));
  // The problem's score of record moves by what its parts moved: re-adding the rounded parts could
  // differ from it in the 4th decimal (three thirds of 1 point show as 0.3333 each, 1 in all).
  return { ...p, parts, score: round(p.score + parts.reduce((a, x, i) => a + x.score - p.parts[i].score, 0)) };
}

function overridePart(pt: PartResult, delta: number, o: Override): PartResult {
  const after = round(clamp(pt.score + delta, pt.maxScore));
  const before = pt.override?.before ?? pt.score;
  const f = finding('score.override', { problem: o.problem, part: pt.id, whole: o.part === undefined, before: pt.score, after, max: pt.maxScore, ...(o.points !== undefined ? { points: o.points } : { adjust: o.adjust! }), reason: o.reason, ...(o.by !== undefined ? { by: o.by } : {}) }, { file: o.file, pos: o.pos });
  const status: PartStatus = after === pt.score ? pt.status : after >= pt.maxScore ? 'correct' : after <= 0 ? (pt.status === 'missing' ? 'missing' : 'incorrect') : 'partial';
  return {
    ...pt,
    score: after,
    status,
    findings: [...pt.findings, f],
    override: { before, after, ...(o.points !== undefined ? { points: o.points } : { adjust: o.adjust! }), scope: o.part === undefined ? 'problem' : 'part', reason: o.reason, ...(o.by !== undefined ? { by: o.by } : {}) },
  };
}

function clamp(x: number, max: number): number {
  return Math.min(max, Math.max(0, x));
}

/** A part's `override` read back from a JSON report (untrusted: `merge`), or undefined when it is not well formed. */
export function reviveOverride(x: unknown): PartOverride | undefined {
  const o = x as Partial<PartOverride> | null;
  if (!o || typeof o !== 'object' || !Number.isFinite(o.before) || !Number.isFinite(o.after) || typeof o.reason !== 'string' || (o.scope !== 'part' && o.scope !== 'problem')) return undefined;
  return {
    before: o.before!,
    after: o.after!,
    ...(Number.isFinite(o.points) ? { points: o.points } : Number.isFinite(o.adjust) ? { adjust: o.adjust } : {}),
    scope: o.scope,
    reason: o.reason,
    ...(typeof o.by === 'string' ? { by: o.by } : {}),
  };
}
