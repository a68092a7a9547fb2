// Grading one submission against the loaded problems and their references. Pure and
// synchronous: the same inputs give the same result, in any worker, in any order.
import { AnswerError } from '../answers/values.js';
import { answerErrorFinding, capFindings, finding, notPartsReason } from '../findings/codes.js';
import { at, type Finding } from '../findings/finding.js';
import type { PartGrade } from '../kinds/types.js';
import type { LoadedProblem } from './problems.js';
import { chooseAssignment, type Assignment } from './assignments.js';
import { problemAt, submissionFindingsAt, type FeedbackLevel } from './feedback.js';
import { problemFor, refKey, type VariantSetup } from '../variants/grading.js';
import { loadSubmission, loadWhole, readBlock, type AnswerSource, type InvalidSubmission, type LoadedSubmission, type ProblemAnswers } from './submission.js';
import type { PartResult, PartStatus, ProblemResult, SubmissionResult, Tolerance } from './types.js';
import { submissionJson } from '../reporters/json.js';
import { extractReport, placeInReport, REPORT_FILE, type ExtractedReport } from '../answers/reports.js';
import { loadReportBlocks } from './report-submission.js';
import { LoadError } from '../load/yaml.js';
import { readSubmissionText } from '../load/submission-text.js';
import { personalize, placeFinding, placeProblem, type Placed } from './place.js';
import type { PNode } from '../load/pnode.js';
import { applyPolicy } from '../policy/credit.js';
import { dependencyOrder } from '../policy/order.js';
import { missingPart, withMissingFinding } from './missing.js';
import { roundScore } from './score.js';
import { rubricKey } from '../policy/rubric.js';
import { platformStudent, type SubmissionContext } from '../read/identity.js';
import { applyLatePolicy } from '../policy/late.js';

export type References = ReadonlyMap<string, unknown>;

export interface GradeFileOptions {
  /**
   * Render the submission's JSON report entry into `json` and leave out its findings and
   * problems (see SubmissionResult.json): the entry is filled from each cached problem's
   * rendering, so nothing is copied per submission.
   */
  renderJson?: boolean;
  /** The other files that name the same student in this run (each gets a warning). */
  sameStudent?: readonly string[];
  /** What the report tells the student (see feedback.ts); full by default. */
  feedback?: FeedbackLevel;
  /** The assignment of a submission that names none (`grade --assignment`). */
  assignment?: string;
  /** The secret and pins templated problems are drawn with. */
  variants?: VariantSetup;
  /** What the platform says about this file: its student (graded as them) and when it was handed in. */
  context?: SubmissionContext;
}

export function gradeFile(file: string, assignments: readonly Assignment[], refs: References, text?: string, opts: GradeFileOptions = {}): SubmissionResult {
  try {
    return gradeFileUnguarded(file, assignments, refs, text, opts);
  } catch (e) {
    // A bug met on one file (or the memory it asked for) must not take the batch down with it.
    const reason = `internal error while grading this file: ${(e as Error)?.message?.split('\n')[0] ?? String(e)}`;
    return done(invalidResult(asPlatformStudent({ file, student: null, errors: [finding('submission.invalid', { reason }, { file, pos: { line: 1, column: 1 } })] }, opts)), [], opts);
  }
}

function gradeFileUnguarded(file: string, assignments: readonly Assignment[], refs: References, text: string | undefined, opts: GradeFileOptions): SubmissionResult {
  if (REPORT_FILE.test(file)) return gradeReport(file, assignments, refs, text, opts);
  const sub = asPlatformStudent(loadSubmission(file, text), opts);
  if ('errors' in sub) return done(invalidResult(sub, opts), [], opts);
  const graded = gradeSubmission(sub, assignments, refs, opts);
  if (graded) return graded;
  // A block that did not read cleanly on its own: the whole file, read as one, says why (or grades).
  const whole = asPlatformStudent(loadWhole(file, sub.text), opts);
  return 'errors' in whole ? done(invalidResult(whole, opts), [], opts) : gradeSubmission(whole, assignments, refs, opts)!;
}

/**
 * A Markdown or notebook report: its gradecheck blocks graded as one YAML submission, then every
 * finding moved back to where its line is in the report (and its notebook cell).
 */
function gradeReport(file: string, assignments: readonly Assignment[], refs: References, text: string | undefined, opts: GradeFileOptions): SubmissionResult {
  const fail = (reason: string, pos = { line: 1, column: 1 }) => done(invalidResult(asPlatformStudent({ file, student: null, errors: [finding('submission.invalid', { reason }, { file, pos })] }, opts), opts), [], opts);
  try {
    text ??= readSubmissionText(file);
  } catch (e) {
    if (e instanceof LoadError) return fail(e.message, e.pos);
    throw e;
  }
  const report = extractReport(file, text);
  if ('reason' in report) return fail(report.reason);
  const r = gradeReportYaml(`${file}\0yaml`, report, assignments, refs, { ...opts, renderJson: false });
  const move = (f: Finding) => ({ ...placeInReport(f, report.origins), file });
  const placed: SubmissionResult = { ...r, file, findings: r.findings.map(move), problems: r.problems.map((p) => ({ ...p, parts: p.parts.map((pt) => ({ ...pt, findings: pt.findings.map(move) })) })) };
  return opts.renderJson ? { ...placed, findings: [], problems: [], json: submissionJson(placed) } : placed;
}

/** The report's YAML graded: its blocks put together when it has several (see report-submission.ts). */
function gradeReportYaml(file: string, report: ExtractedReport, assignments: readonly Assignment[], refs: References, opts: GradeFileOptions): SubmissionResult {
  const merged = loadReportBlocks(file, report);
  if (!merged) return gradeFileUnguarded(file, assignments, refs, report.yaml, opts);
  const sub = asPlatformStudent(merged, opts);
  return 'errors' in sub ? done(invalidResult(sub, opts), [], opts) : gradeSubmission(sub, assignments, refs, opts)!;
}

/**
 * The submission as the platform's student (see read/identity.ts): `identityNote` is the
 * finding when the file claims someone else.
 */
type AsPlatform<T> = T & { identityNote?: Finding };
function asPlatformStudent<T extends LoadedSubmission | InvalidSubmission>(sub: T, opts: GradeFileOptions): AsPlatform<T> {
  if (!opts.context?.identity) return sub;
  const { student, note } = platformStudent(sub.student, opts.context.identity, sub.file);
  return { ...sub, student, ...(note ? { identityNote: note } : {}) } as AsPlatform<T>;
}

function invalidResult(sub: AsPlatform<InvalidSubmission>, opts: GradeFileOptions = {}, assignment?: string | null): SubmissionResult {
  const errors = sub.identityNote ? [...sub.errors, sub.identityNote] : sub.errors;
  const findings = sub.student === null ? errors : [...errors, ...sameStudent(sub.file, sub.student, opts)];
  return { file: sub.file, student: sub.student, ...(assignment !== undefined ? { assignment } : {}), status: 'invalid', score: 0, maxScore: 0, findings, problems: [] };
}

function sameStudent(file: string, student: string, opts: GradeFileOptions): Finding[] {
  return opts.sameStudent?.length ? [at(finding('submission.duplicate-student', { student, others: [...opts.sameStudent] }, { pos: { line: 1, column: 1 } }), file)] : [];
}

/**
 * The graded submission, scored out of every problem of its assignment (one it does not answer
 * is there with its parts missing); null when one of its blocks does not read on its own (see
 * submission.ts).
 */
export function gradeSubmission(sub: AsPlatform<LoadedSubmission>, assignments: readonly Assignment[], refs: References, opts: GradeFileOptions = {}): SubmissionResult | null {
  const assignment = chooseAssignment(sub.assignment, assignments, opts.assignment);
  if ('reason' in assignment) {
    const errors = [finding('submission.invalid', { reason: assignment.reason, assignment: true }, { file: sub.file, pos: assignment.pos })];
    return done(invalidResult({ file: sub.file, student: sub.student, errors, identityNote: sub.identityNote }, opts, null), [], opts);
  }
  let problems: ReadonlyMap<string, LoadedProblem>;
  try {
    problems = new Map([...assignment.problems].map(([id, lp]) => [id, problemFor(lp, assignment, sub.student, opts.variants)]));
  } catch (e) {
    const errors = [finding('submission.invalid', { reason: (e as Error).message, assignment: true }, { file: sub.file, pos: { line: 1, column: 1 } })];
    return done(invalidResult({ file: sub.file, student: sub.student, errors, identityNote: sub.identityNote }, opts, assignment.id), [], opts);
  }
  const findings: Finding[] = [];
  const graded = new Map<string, Placed>();
  for (const src of sub.answers) {
    const lp = problems.get(src.id);
    if (!lp) {
      // Not graded, but read all the same: what is wrong in it (syntax, an alias bomb) is reported as reading it whole would.
      if ('text' in src && !readBlock(src.text, src.id, src.keyPos.column)) return null;
      const values = { id: src.id, known: [...problems.keys()], ...(assignment.id === null ? {} : { assignment: assignment.id }) };
      findings.push(at(finding('submission.unknown-problem', values, { pos: src.keyPos }), sub.file));
      continue;
    }
    const g = gradeProblemMemo(lp, refs.get(refKey(lp)), src);
    if (!g) return null;
    for (const f of g.entry.sub) findings.push(placeFinding(f, g.shift, sub.file));
    graded.set(src.id, { result: g.entry.result, shift: g.shift });
  }
  if (graded.size === 0 && problems.size > 0) findings.push(at(finding('submission.no-answers', {}, { pos: { line: 1, column: 1 } }), sub.file));
  if (sub.identityNote) findings.push(sub.identityNote);
  findings.push(...sameStudent(sub.file, sub.student, opts));
  // In the assignment's order; a problem not answered is reported where the answers are.
  const placed = [...problems.values()].map((lp) => graded.get(lp.problem.id) ?? { result: unanswered(lp), shift: sub.answersPos.line - 1 });
  const r: SubmissionResult = {
    file: sub.file,
    student: sub.student,
    assignment: assignment.id,
    status: 'graded',
    score: round(placed.reduce((a, g) => a + g.result.score, 0)),
    maxScore: round(placed.reduce((a, g) => a + g.result.maxScore, 0)),
    findings: capFindings(findings),
    problems: [],
  };
  return done(applyLatePolicy(r, assignment.late, opts.context?.submission), placed, opts);
}

/** A problem not answered: every part missing, at line 1 (placed at the `answers:` line). One per problem, so its JSON is rendered once. */
const unansweredResults = new WeakMap<LoadedProblem, ProblemResult>();
function unanswered(lp: LoadedProblem): ProblemResult {
  let r = unansweredResults.get(lp);
  if (!r) {
    const { problem } = lp;
    const pos = { line: 1, column: 1 };
    const parts = withMissingFinding(problem.id, problem.parts.map((part) => missingPart(part.id, part.points)), pos);
    unansweredResults.set(lp, (r = { id: problem.id, score: 0, maxScore: round(parts.reduce((a, p) => a + p.maxScore, 0)), ...(problem.variant ? { variant: problem.variant.params } : {}), parts }));
  }
  return r;
}

/** The result with its problems placed, or (renderJson) its JSON entry and no findings. */
function done(r: SubmissionResult, graded: Placed[], opts: GradeFileOptions): SubmissionResult {
  if (opts.context?.submission) r = { ...r, submission: opts.context.submission };
  graded = graded.map((g) => personalize(g, r.student ?? r.file));
  const level = opts.feedback ?? 'full';
  if (level !== 'full') {
    r = { ...r, findings: submissionFindingsAt(r.findings, level) };
    graded = graded.map((g) => ({ result: problemAt(g.result, level), shift: g.shift }));
  }
  if (opts.renderJson) return { ...r, findings: [], json: submissionJson(r, graded) };
  r.problems = graded.map((g) => placeProblem(g, r.file));
  return r;
}

/**
 * Identical answers are graded once. In a course, hundreds of students give the same (right, or
 * typically wrong) answer to a problem. Answers are known by their tree, with lines counted from
 * the problem's key, so the same answers anywhere in any file hit; a block read on its own is
 * known by its text too, so a block written exactly as before is not even parsed. The cached
 * result comes back with its lines shifted. Results are exactly those of grading afresh.
 */
interface MemoEntry {
  result: ProblemResult;
  /** Findings on the submission rather than a part (unknown parts). */
  sub: Finding[];
  /** The line of the problem's key in the positions of `result`. */
  line: number;
}
const memo = new Map<string, MemoEntry>();
/**
 * Bounds: entries, and characters of keys (a key holds a block's text: up to 64 kB each). A
 * class repeats a few hundred blocks per problem; when nothing repeats (every decimal
 * per-student) the memo only holds memory, so it is kept small: 20,000 entries and 32 M
 * characters held ~150 MB of results and keys on the distinct-answers workload (issue 25).
 */
const MEMO_SIZE = 4096;
const MEMO_KEY_CHARS = 8 << 20;
let memoKeyChars = 0;

function gradeProblemMemo(lp: LoadedProblem, ref: unknown, src: AnswerSource): { entry: MemoEntry; shift: number } | null {
  const textKey = 'text' in src ? `${gradingKey(lp)}\0t${src.text}` : null;
  let entry = textKey === null ? undefined : memo.get(textKey);
  if (!entry) {
    const pa = 'text' in src ? readBlock(src.text, src.id, src.keyPos.column) : src.answers;
    if (!pa) return null;
    // The same answers written differently (comments, spacing inside a line) meet here.
    const treeKey = `${gradingKey(lp)}\0${pa.keyPos.column}\0${canonical(pa.node, pa.keyPos.line)}`;
    entry = memo.get(treeKey);
    if (!entry) {
      const sub: Finding[] = [];
      entry = { result: gradeProblem(lp, ref, pa, sub), sub, line: pa.keyPos.line };
      remember(treeKey, entry);
    }
    if (textKey !== null) remember(textKey, entry);
  }
  return { entry, shift: src.keyPos.line - entry.line };
}

function remember(key: string, entry: MemoEntry): void {
  if (memo.size >= MEMO_SIZE || memoKeyChars + key.length > MEMO_KEY_CHARS) memo.clear(), (memoKeyChars = 0);
  memo.set(key, entry);
  memoKeyChars += key.length;
}

/** Everything about a problem that grading depends on: its reference (hash), id, parts, tolerance and rubric. */
const gradingKeys = new WeakMap<LoadedProblem, string>();
function gradingKey(lp: LoadedProblem): string {
  let k = gradingKeys.get(lp);
  if (!k) {
    const { hash, id, parts, tolerance, rubric } = lp.problem;
    gradingKeys.set(lp, (k = JSON.stringify([hash, id, parts.map((p) => [p.id, p.points, p.share ?? null, p.tolerance ?? null]), tolerance, rubricKey(rubric)])));
  }
  return k;
}

/** The answer block as text, positions relative to the problem key's line. */
function canonical(node: PNode, base: number): string {
  const p = (pos: { line: number; column: number }) => `${pos.line - base}:${pos.column}`;
  switch (node.kind) {
    case 'scalar':
      return `s${p(node.pos)}${node.quoted ? 'q' : ''}${typeof node.value}(${node.source.length}:${node.source})`;
    case 'seq':
      return `[${p(node.pos)}${node.items.map((i) => canonical(i, base)).join(',')}]`;
    case 'map':
      return `{${p(node.pos)}${node.entries.map((e) => `${e.key.length}:${e.key}@${p(e.keyPos)}=${canonical(e.value, base)}`).join(',')}}`;
  }
}

export function gradeProblem(lp: LoadedProblem, ref: unknown, pa: ProblemAnswers, subFindings: Finding[]): ProblemResult {
  const { problem, verifier } = lp;
  const { asked, dependencies, order } = problemSetup(lp);
  if (!pa.parts) {
    const why = notPartsReason(pa.id, asked, pa.node.kind);
    const parts = problem.parts.map((part) => result(part.id, 'invalid', 0, part.points, [finding('answer.invalid', { part: part.id, reason: why }, { pos: pa.node.pos })]));
    return { id: problem.id, score: 0, maxScore: round(problem.parts.reduce((a, p) => a + p.points, 0)), parts };
  }
  const answerParts = pa.parts;
  const parsed = new Map<string, { answer: unknown; pos: { line: number; column: number } }>();
  const early = new Map<string, PartResult>();
  for (const part of problem.parts) {
    const entry = answerParts.index.get(part.id);
    // A part left empty (`loss:` in the answers template) is not answered.
    if (!entry || (entry.value.kind === 'scalar' && entry.value.value === null)) {
      early.set(part.id, missingPart(part.id, part.points));
      continue;
    }
    try {
      parsed.set(part.id, { answer: verifier.parseAnswer(part.id, entry.value, problem.given), pos: entry.value.pos });
    } catch (e) {
      if (!(e instanceof AnswerError)) throw e;
      early.set(part.id, result(part.id, e.code === 'answer.wrong-shape' ? 'incorrect' : 'invalid', 0, part.points, [answerErrorFinding(part.id, e)]));
    }
  }
  for (const e of answerParts.entries) {
    if (asked.includes(e.key)) continue;
    if (verifier.statedPart?.(problem.given, e.key)) {
      try {
        parsed.set(e.key, { answer: verifier.parseAnswer(e.key, e.value, problem.given), pos: e.value.pos });
      } catch (err) {
        if (!(err instanceof AnswerError)) throw err; // an unreadable stated value is simply not used
      }
    } else subFindings.push(finding('answer.unknown-part', { part: `${pa.id}.${e.key}`, asked: [...asked] }, { pos: e.keyPos }));
  }
  let grades: Map<string, PartGrade>;
  try {
    grades = [...parsed.keys()].some((k) => asked.includes(k)) ? gradeByTolerance(lp, ref, parsed) : new Map();
    // The policy stage: error carried forward, credit by rubric, one mistake charged once.
    grades = applyPolicy(grades, { parts: asked, dependencies, order, rubric: problem.rubric, defaultCredit: verifier.defaultCredit });
  } catch (e) {
    // A bug in a verifier must not take the batch down: report it on this problem.
    const msg = `internal error while grading: ${(e as Error).message}`;
    grades = new Map([...parsed.keys()].filter((k) => asked.includes(k)).map((k) => [k, { fraction: 0, status: 'invalid' as const, findings: [finding('answer.invalid', { part: k, reason: msg }, { pos: parsed.get(k)!.pos })] }]));
  }
  // Each score rounded once, from the exact share of the points (see score.ts).
  let exact = 0;
  const parts = problem.parts.map((part) => {
    const pre = early.get(part.id);
    if (pre) return pre;
    const g = grades.get(part.id) ?? { fraction: 0, findings: [] };
    const fraction = Math.max(0, Math.min(1, g.fraction));
    const status: PartStatus = g.status ?? (fraction >= 1 ? 'correct' : fraction <= 0 ? 'incorrect' : 'partial');
    exact += (part.share ?? part.points) * fraction;
    // A part with all its credit shows all its points (its share rounded), whatever the share's 16th digit.
    const r = result(part.id, status, fraction >= 1 ? part.points : round((part.share ?? part.points) * fraction), part.points, capFindings(byPosition(g.findings)));
    r.exact = (part.share ?? part.points) * fraction;
    if (g.diagnosis !== undefined && fraction < 1) r.charged = { code: g.diagnosis, rank: order.indexOf(part.id), share: part.share ?? part.points };
    if (g.attachments?.length) r.attachments = g.attachments.map((a) => ({ ...a, name: `${problem.id}-${a.name}` }));
    return r;
  });
  return { id: problem.id, score: round(exact), maxScore: round(parts.reduce((a, p) => a + p.maxScore, 0)), ...(problem.variant ? { variant: problem.variant.params } : {}), parts: withMissingFinding(problem.id, parts, pa.keyPos) };
}

/**
 * The verifier grades the parts that share a tolerance together, each group with its tolerance
 * as the problem's: kinds read one tolerance, and a part may carry its own.
 */
function gradeByTolerance(lp: LoadedProblem, ref: unknown, parsed: Map<string, { answer: unknown; pos: { line: number; column: number } }>): Map<string, PartGrade> {
  const { problem, verifier } = lp;
  const out = new Map<string, PartGrade>();
  for (const g of problemSetup(lp).groups) {
    if (!g.asked.some((k) => parsed.has(k))) continue;
    const grades = verifier.grade({ problem: g.tolerance === problem.tolerance ? problem : { ...problem, tolerance: g.tolerance }, ref, answers: parsed as never, asked: g.asked });
    for (const [k, v] of grades) out.set(k, v);
  }
  return out;
}

/**
 * What grading needs of a problem and never of an answer, worked out once per loaded problem
 * (not per submission): the parts asked, the kind's dependencies and the order they give, the
 * parts grouped by tolerance. Each is a pure function of the problem.
 */
interface ProblemSetup {
  asked: string[];
  dependencies: Record<string, string[]> | undefined;
  order: string[];
  groups: { tolerance: Tolerance; asked: string[] }[];
}
const setups = new WeakMap<LoadedProblem, ProblemSetup>();
function problemSetup(lp: LoadedProblem): ProblemSetup {
  let s = setups.get(lp);
  if (s) return s;
  const { problem, verifier } = lp;
  const asked = problem.parts.map((p) => p.id);
  const dependencies = verifier.dependencies?.(problem.given);
  const groups = new Map<string, { tolerance: Tolerance; asked: string[] }>();
  for (const part of problem.parts) {
    const tolerance = part.tolerance ?? problem.tolerance;
    const key = JSON.stringify(tolerance);
    const g = groups.get(key) ?? { tolerance, asked: [] };
    g.asked.push(part.id);
    groups.set(key, g);
  }
  setups.set(lp, (s = { asked, dependencies, order: dependencyOrder(asked, dependencies), groups: [...groups.values()] }));
  return s;
}

function result(id: string, status: PartStatus, score: number, maxScore: number, findings: Finding[]): PartResult {
  return { id, status, score, maxScore, findings };
}

/** Scores are rounded once, where they are made, to the decimals every format prints (score.ts). */
export const round = roundScore;

/** Findings of a part in the order of the file (stable: a diagnosis stays before its entries). */
function byPosition(fs: Finding[]): Finding[] {
  return [...fs].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
