// One student, one graded submission per assignment. Several files of the same student for the
// same assignment (a YAML and a notebook in one Gradescope upload, two uploads, a resubmission)
// are graded each on its own, then combined by the assignment's `submissions:` policy:
//   merge (default)  every part from the latest file that answers it: distinct problems (or
//                    parts) combine, and where two files answer the same part the latest counts;
//   latest           the latest file alone;
//   best             the file with the highest score (the latest of equals).
// "Latest" is by the collect record's submittedAt when every file has one, else by the files'
// modification times, else by file name (a tie is broken by file name); the result says which.
// The result is scored out of the assignment once: it can never add up past its maxScore. Files
// of one student for different assignments are different submissions and are left alone.
import { finding } from '../findings/codes.js';
import { at, type Finding } from '../findings/finding.js';
import { roundScore } from '../grading/score.js';
import { policyFinding } from './findings.js';
import type { RegradeProblem } from '../grading/combined-problem.js';
import type { CombinedFiles, PartResult, ProblemResult, SubmissionPolicy, SubmissionResult } from '../grading/types.js';

export const SUBMISSION_POLICIES: readonly SubmissionPolicy[] = ['merge', 'latest', 'best'];

/** When a file was handed in, as far as it is known (ms since the epoch). */
export interface FileTime {
  submittedAt?: number;
  mtime?: number;
}

export interface CombineOptions {
  /** The policy of an assignment (by its id; null: the whole problem set). Default merge. */
  policyOf?: (assignment: string | null) => SubmissionPolicy | undefined;
  /** A file's times; the collect record's submittedAt is also read from the result itself. */
  timeOf?: (file: string) => FileTime;
  /**
   * A problem answered over several files graded again from their answers together, as one
   * file would be (grading/combined-problem.ts): error carried forward from file A to file B.
   * Absent (or undefined for a problem): the files' own part grades, a mistake charged once.
   */
  regrade?: RegradeProblem;
}

// The one rounding of every score (grading/score.ts): a combined score is rounded as grading rounds.
const round = roundScore;

/** Which files a group is: graded, with a student, of one assignment. */
function groupKey(r: SubmissionResult): string | null {
  return r.status === 'graded' && r.student !== null && r.assignment !== undefined ? JSON.stringify([r.student, r.assignment]) : null;
}

/**
 * The results with each student's several graded files for one assignment replaced by one
 * combined result (at the place of its first file); everything else as it was.
 */
export function combineSubmissions(results: readonly SubmissionResult[], opts: CombineOptions = {}): SubmissionResult[] {
  const groups = new Map<string, SubmissionResult[]>();
  for (const r of results) {
    const k = groupKey(r);
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const out: SubmissionResult[] = [];
  const placed = new Set<string>();
  for (const r of results) {
    const k = groupKey(r);
    const group = k === null ? undefined : groups.get(k)!;
    if (!group || group.length < 2) {
      out.push(r);
      continue;
    }
    if (placed.has(k!)) continue;
    placed.add(k!);
    out.push(combineGroup(group, opts.policyOf?.(r.assignment ?? null) ?? 'merge', opts.timeOf ?? (() => ({})), opts.regrade));
  }
  return out;
}

/** The files in the order they were handed in (latest last), and how that order was told. */
export function handInOrder(group: readonly SubmissionResult[], timeOf: (file: string) => FileTime): { order: CombinedFiles['order']; files: SubmissionResult[] } {
  const times = group.map((r) => ({ r, t: { ...timeOf(r.file), ...submittedAtOf(r) } }));
  const order: CombinedFiles['order'] = times.every((x) => x.t.submittedAt !== undefined) ? 'submittedAt' : times.every((x) => x.t.mtime !== undefined) ? 'mtime' : 'name';
  const key = (t: FileTime) => (order === 'name' ? 0 : order === 'submittedAt' ? t.submittedAt! : t.mtime!);
  times.sort((a, b) => key(a.t) - key(b.t) || (a.r.file < b.r.file ? -1 : a.r.file > b.r.file ? 1 : 0));
  return { order, files: times.map((x) => x.r) };
}

/** The collect record's time, when the platform reader put it on the result (`submission.submittedAt`). */
function submittedAtOf(r: SubmissionResult): FileTime {
  const iso = (r as { submission?: { submittedAt?: unknown } }).submission?.submittedAt;
  const ms = typeof iso === 'string' ? Date.parse(iso) : NaN;
  return Number.isFinite(ms) ? { submittedAt: ms } : {};
}

export function combineGroup(group: readonly SubmissionResult[], policy: SubmissionPolicy, timeOf: (file: string) => FileTime, regrade?: RegradeProblem): SubmissionResult {
  const { order, files } = handInOrder(group, timeOf);
  const latest = files[files.length - 1];
  if (policy === 'latest' || policy === 'best') {
    const chosen = policy === 'latest' ? latest : files.reduce((a, b) => (b.score >= a.score ? b : a));
    const combined: CombinedFiles = { policy, order, files: files.map((f) => ({ file: f.file, counted: f === chosen })) };
    return withNote({ ...chosen, findings: ownFindings(chosen) }, combined);
  }
  // merge: each part from the latest file that answers it (the latest file's, when none does).
  const from = new Map<SubmissionResult, string[]>();
  const problems: ProblemResult[] = latest.problems.map((p) => {
    const sources: SubmissionResult[] = [];
    let parts: PartResult[] = p.parts.map((pt) => {
      const source = [...files].reverse().find((f) => answered(partOf(f, p.id, pt.id))) ?? latest;
      const chosen = partOf(source, p.id, pt.id) ?? pt;
      sources.push(partOf(source, p.id, pt.id) ? source : latest);
      if (answered(chosen)) from.set(source, [...(from.get(source) ?? []), `${p.id}.${pt.id}`]);
      return chosen;
    });
    const variant = files.map((f) => f.problems.find((q) => q.id === p.id)?.variant).find((v) => v !== undefined);
    // All its parts from one file: that file's problem score of record (rounded once from exact
    // shares); parts from several files: the sum of their exact shares, rounded once (adding
    // their rounded scores gave 66.6666 where the same answers in one file score 66.6667).
    const one = sources.every((s) => s === sources[0]) ? sources[0].problems.find((q) => q.id === p.id) : undefined;
    if (!one) {
      // Answers from several files: graded together, as in one file (their own grades could not
      // carry a mistake from one file to the next).
      const again = regrade?.(latest, p.id, files.filter((f) => sources.includes(f)).map((f) => f.file));
      if (again) return { ...p, ...(variant ? { variant } : {}), parts: again.parts, score: again.score, maxScore: again.maxScore };
      parts = chargedOnceAcross(parts);
    }
    return { ...p, ...(variant ? { variant } : {}), parts, score: one ? one.score : round(parts.reduce((a, x) => a + (x.exact ?? x.score), 0)), maxScore: one ? one.maxScore : round(parts.reduce((a, x) => a + x.maxScore, 0)) };
  });
  const counted = files.filter((f) => from.has(f));
  const primary = counted.length ? counted[counted.length - 1] : latest;
  const combined: CombinedFiles = { policy, order, files: files.map((f) => ({ file: f.file, counted: from.has(f) || (counted.length === 0 && f === latest), ...(from.has(f) ? { parts: from.get(f)! } : {}) })) };
  const findings = (counted.length ? counted : [latest]).flatMap(ownFindings).filter((f) => f.code !== 'submission.no-answers' || counted.length === 0);
  let score = Math.min(round(problems.reduce((a, p) => a + p.score, 0)), latest.maxScore);
  // A late penalty (policy/late.ts) is the latest counted file's: it applies to the combined score.
  const late = findings.findIndex((f) => f.code === 'submission.late');
  if (late >= 0) {
    const v = findings[late].values as Parameters<typeof finding<'submission.late'>>[1];
    const after = round(score * (1 - v.penalty));
    findings[late] = at(finding('submission.late', { ...v, before: score, after }, { pos: { line: findings[late].line ?? 1, column: findings[late].column ?? 1 } }), findings[late].file ?? primary.file);
    score = after;
  }
  return withNote({ ...primary, score, maxScore: latest.maxScore, findings, problems }, combined);
}

/**
 * Parts from several files, each file having charged its named mistakes once: charged once across
 * them, at the first part in the kind's dependency order, as one file would (a Hessian A for 2A
 * in one file and eigenvalues of A in the other were charged twice: 14.29/25 against 19.64/25).
 * The other parts keep all their points and say where the mistake was charged.
 */
function chargedOnceAcross(parts: PartResult[]): PartResult[] {
  const first = new Map<string, PartResult>();
  for (const pt of parts.filter((x) => x.charged).sort((a, b) => a.charged!.rank - b.charged!.rank)) if (!first.has(pt.charged!.code)) first.set(pt.charged!.code, pt);
  return parts.map((pt) => {
    const c = pt.charged;
    const at0 = c && first.get(c.code);
    if (!c || !at0 || at0 === pt) return pt;
    const own = pt.findings.filter((f) => f.code === c.code);
    const where = own.find((f) => f.line !== undefined) ?? pt.findings.find((f) => f.line !== undefined);
    const note = at(policyFinding('policy.charged-once', { code: c.code, part: pt.id, first: at0.id }, where ? { pos: { line: where.line!, column: where.column ?? 1 } } : {}), where?.file ?? '');
    const { charged: _charged, ...rest } = pt;
    return { ...rest, status: 'correct' as const, score: pt.maxScore, exact: c.share, findings: [note, ...pt.findings.filter((f) => f.code !== c.code)] };
  });
}

function partOf(r: SubmissionResult, problem: string, part: string): PartResult | undefined {
  return r.problems.find((p) => p.id === problem)?.parts.find((pt) => pt.id === part);
}

/** A part the file gives an answer to (wrong or right), not one it leaves out. */
function answered(pt: PartResult | undefined): boolean {
  return pt !== undefined && pt.status !== 'missing';
}

/** A file's findings on the whole submission, without the warning that another file names the student: that is now said by submission.combined. */
function ownFindings(r: SubmissionResult): Finding[] {
  return r.findings.filter((f) => f.code !== 'submission.duplicate-student');
}

function withNote(r: SubmissionResult, combined: CombinedFiles): SubmissionResult {
  const counted = combined.files.filter((f) => f.counted).map((f) => f.file);
  const left = combined.files.filter((f) => !f.counted).map((f) => f.file);
  const note = at(finding('submission.combined', { policy: combined.policy, order: combined.order, counted, left }, { pos: { line: 1, column: 1 } }), r.file);
  return { ...r, findings: [note, ...r.findings], combined };
}

/** `combined` read back from a JSON report (untrusted: `merge`), or undefined when it is not well formed. */
export function reviveCombined(x: unknown): CombinedFiles | undefined {
  const c = x as Partial<CombinedFiles> | null;
  if (!c || typeof c !== 'object' || !SUBMISSION_POLICIES.includes(c.policy as SubmissionPolicy) || !['submittedAt', 'mtime', 'name'].includes(c.order as string) || !Array.isArray(c.files)) return undefined;
  const files = c.files.filter((f) => f && typeof f === 'object' && typeof f.file === 'string' && typeof f.counted === 'boolean');
  return { policy: c.policy!, order: c.order!, files: files.map((f) => ({ file: f.file, counted: f.counted, ...(Array.isArray(f.parts) ? { parts: f.parts.map(String) } : {}) })) };
}
