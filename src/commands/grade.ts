// `gradecheck grade`: load problems (stop on a broken one), compute each reference once,
// grade every submission, report.
import { applyTrainingFlags, type TrainingFlags } from './training-options.js';
import { defaultCacheDir } from '../grading/references.js';
import { loadProblems } from '../grading/problems.js';
import { createRequire } from 'node:module';
import { byFile, gradeBatch, shard, written } from '../grading/batch.js';
import { duplicateStudents, readHeads, type Head } from '../grading/students.js';
import { chooseAssignment, type Assignment } from '../grading/assignments.js';
import type { LoadedProblem } from '../grading/problems.js';
import { problemFor, refKey, type VariantSetup } from '../variants/grading.js';
import { VariantCache, variantReferenceStore } from '../variants/cache.js';
import { readSecret } from './secret.js';
import { FEEDBACK_LEVELS, type FeedbackLevel } from '../grading/feedback.js';
import { GRADESCOPE_VISIBILITY } from '../reporters/gradescope.js';
import type { Report } from '../grading/types.js';
import { checkFormat, deliver, exitCode, parseFailUnder } from './deliver.js';
import { JsonReportStream } from './json-stream.js';
import { integrityPass } from '../integrity/pass.js';
import { filesOf, printFindings, referencesOrReport, UsageError } from './shared.js';
import { isOverridesFile, readOverrides, type Override } from '../policy/overrides.js';
import { afterGrading } from '../policy/after-grading.js';
import { combinedProblemGrader } from '../grading/combined-problem.js';
import { readRoster } from '../grading/roster.js';
import { platformContexts } from '../read/platform.js';
import { platformStudent } from '../read/identity.js';

export interface GradeOptions {
  problems: string[];
  format: string;
  output?: string;
  failUnder?: string;
  cache: boolean;
  shard?: string;
  jobs?: string;
  seeds?: string;
  maxTrain?: string;
  epochs?: string;
  roster?: string;
  secretFile?: string;
  feedback?: string;
  visibility?: string;
  assignment?: string;
  // Who handed in the files, as the platform says (read/platform.ts); and gradebook rows.
  manifest?: string;
  gradescopeMetadata?: string;
  githubRepository?: string;
  githubActor?: string;
  missing?: string;
}

/** A progress bar on an interactive terminal only: never in CI logs or piped output. */
function progressBar(total: number): { update: (n: number) => void; stop: () => void } | null {
  if (!process.stderr.isTTY || process.env.CI || total < 200) return null;
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
  const bar = new cliProgress.SingleBar({ stream: process.stderr, format: 'grading [{bar}] {value}/{total} submissions', hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(total, 0);
  return { update: (n) => bar.update(n), stop: () => bar.stop() };
}

export async function gradeCommand(paths: string[], opts: GradeOptions): Promise<number> {
  if (!opts.problems?.length) throw new UsageError('grade needs --problems <file|dir>');
  checkFormat(opts.format);
  applyTrainingFlags(opts);
  const failUnder = parseFailUnder(opts.failUnder);
  const feedback = (opts.feedback ?? 'full') as FeedbackLevel;
  if (!FEEDBACK_LEVELS.includes(feedback)) throw new UsageError(`--feedback must be one of: ${FEEDBACK_LEVELS.join(', ')}`);
  if (opts.visibility !== undefined && !GRADESCOPE_VISIBILITY.includes(opts.visibility)) throw new UsageError(`--visibility must be one of: ${GRADESCOPE_VISIBILITY.join(', ')}`);
  const started = performance.now();
  const problemFiles = filesOf(opts.problems, '--problems');
  const set = loadProblems(problemFiles);
  printFindings(set.warnings);
  if (set.errors.length) {
    printFindings(set.errors);
    process.stderr.write('gradecheck: nothing was graded: a problem file is invalid\n');
    return 2;
  }
  if (opts.assignment !== undefined && !set.assignments.some((a) => a.id === opts.assignment)) {
    const ids = set.assignments.flatMap((a) => (a.id === null ? [] : [a.id]));
    throw new UsageError(`--assignment: there is no assignment "${opts.assignment}"${ids.length ? ` (known: ${ids.join(', ')})` : ' (these problems have no assignment file)'}`);
  }
  // Policy (issue 22): the instructor's overrides beside the assignments, checked before grading.
  const overrides = overridesOf(problemFiles, set.assignments, opts.roster);
  if (!overrides) return 2;
  const subFiles = filesOf(paths, 'grade', { reports: true });
  // Nothing to grade is a mistake in the call (a wrong folder), never a passing run of 0 submissions.
  if (subFiles.length === 0) throw new UsageError(`grade: no submission (*.yaml, *.yml, or a *.md or *.ipynb report) in ${paths.join(', ')}`);
  let files = [...subFiles].sort();
  if (opts.shard) {
    try {
      files = shard(files, opts.shard);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  const heads = readHeads(files);
  // The platform's student, not the file's, draws the variant and fills the gradebook row.
  const roster = opts.roster ? readRoster(opts.roster) : undefined;
  const contexts = platformContexts(files, new Map([...heads].map(([f, h]) => [f, h.student])), { roster, manifest: opts.manifest, gradescopeMetadata: opts.gradescopeMetadata, githubRepository: opts.githubRepository, githubActor: opts.githubActor });
  for (const [f, c] of contexts) heads.set(f, { ...heads.get(f)!, student: platformStudent(heads.get(f)!.student, c.identity, f).student });
  const duplicates = duplicateStudents(heads, (h) => assignmentIdOf(h, set.assignments, opts.assignment));
  // Templated problems: each student's variant is drawn now, so its reference is computed (and
  // cross-checked, and cached by content) once, like any problem's.
  const secret = readSecret(opts.secretFile);
  // The variant cache (issue 25) is a layer: which draw made each variant and every variant's
  // reference, one file per assignment; with --no-cache all is drawn and computed as before.
  const vcache = secret !== undefined && opts.cache ? new VariantCache(defaultCacheDir(), secret) : undefined;
  const variants: VariantSetup | undefined = secret === undefined ? undefined : { secret, pins: set.pins, ...(vcache ? { drawn: vcache } : {}) };
  const problems = new Map([...set.problems].filter(([, lp]) => !lp.template));
  const owners = new Map<string, string | null>();
  for (const { lp: v, assignment } of studentVariants(heads, set.assignments, opts.assignment, variants)) problems.set(refKey(v), v), owners.set(refKey(v), assignment);
  heads.clear(); // read by the steps above only: not held (one entry a file) while grading
  const refs = await referencesOrReport(problems, { cacheDir: opts.cache ? defaultCacheDir() : null, crossCheck: true, ...(vcache ? { store: variantReferenceStore(vcache, owners) } : {}) });
  vcache?.forgetReferences(); // written; the encoded copies are not kept while grading
  if (!refs) {
    process.stderr.write('gradecheck: nothing was graded: a problem\'s reference cannot be computed\n');
    return 2;
  }
  const refMap = new Map([...refs].map(([id, r]) => [id, r.ref]));
  const bar = progressBar(files.length);
  // JSON goes out while grading goes on (files are sorted, so file order is report order).
  // (Not streamed when a policy step must see whole results: several files of a student, or overrides.)
  const stream = opts.format === 'json' && duplicates.size === 0 && overrides.length === 0 ? new JsonReportStream(opts.output) : null;
  let results;
  try {
    results = await gradeBatch(files, { problemFiles, problems: set.problems, assignments: set.assignments, assignment: opts.assignment, variants, duplicates, contexts, feedback, refs: refMap, jobs: opts.jobs ? Number(opts.jobs) : undefined, onProgress: bar?.update, renderJson: stream !== null, onOrdered: stream ? (r) => stream.add(r) : undefined, keep: stream ? written : undefined });
  } catch (e) {
    stream?.abort(); // no half-written report is left behind
    throw e;
  } finally {
    bar?.stop();
  }
  // A problem a student answered over several files is graded again from them together (error carried forward across files).
  const policy = afterGrading(results, set.assignments, overrides, undefined, combinedProblemGrader({ assignments: set.assignments, refs: refMap, variants, feedback }));
  results = policy.results;
  for (const o of policy.unused) process.stderr.write(`gradecheck: ${o.file}:${o.pos.line}:${o.pos.column}: the override for ${o.student} (${o.problem}${o.part ? `.${o.part}` : ''}) is not applied: no graded submission of theirs${o.assignment ? ` to ${o.assignment}` : ''}\n`);
  const assignments = set.assignments.map((a) => ({ id: a.id, title: a.title, canvasId: a.canvasId, maxScore: [...a.problems.values()].reduce((t, lp) => t + lp.problem.parts.reduce((u, p) => u + p.points, 0), 0) }));
  // Copies seen (instructor only: the report's integrity section and stderr, never a submission's feedback).
  const integrity = variants ? integrityPass({ results, assignments: set.assignments, setup: variants, refs: refMap }) : undefined;
  const report: Report = { submissions: results.sort(byFile), assignments, ...(integrity ? { integrity } : {}), elapsedSeconds: (performance.now() - started) / 1000 };
  if (stream) {
    stream.end({ assignments, integrity });
    return exitCode(report, failUnder);
  }
  return deliver(report, { format: opts.format, output: opts.output, failUnder, roster: opts.roster, visibility: opts.visibility, missing: opts.missing, manifest: opts.manifest });
}

/** The overrides files among the problem files, read; null (after printing why) when one is invalid. */
function overridesOf(problemFiles: string[], assignments: readonly Assignment[], rosterFile: string | undefined): Override[] | null {
  const files = problemFiles.filter(isOverridesFile);
  if (!files.length) return [];
  const roster = rosterFile ? new Set(readRoster(rosterFile).keys()) : undefined;
  const read = files.map((f) => readOverrides(f, assignments, { roster }));
  const errors = read.flatMap((r) => r.errors);
  if (errors.length) {
    printFindings(errors);
    process.stderr.write('gradecheck: nothing was graded: an overrides file is invalid\n');
    return null;
  }
  return read.flatMap((r) => r.overrides);
}

/** The id of the assignment a file is graded against (undefined: none can be chosen). */
function assignmentIdOf(h: Head, assignments: readonly Assignment[], fallback: string | undefined): string | null | undefined {
  const a = chooseAssignment(h.assignment === undefined ? undefined : { id: h.assignment, pos: { line: 1, column: 1 } }, assignments, fallback);
  return 'reason' in a ? undefined : a.id;
}

/**
 * The variants the submissions' students answer (each once). A submission whose assignment has a
 * templated problem, with no secret, is a usage error: nobody's variant can be drawn.
 */
function studentVariants(heads: ReadonlyMap<string, Head>, assignments: readonly Assignment[], fallback: string | undefined, setup: VariantSetup | undefined): { lp: LoadedProblem; assignment: string | null }[] {
  const out = new Map<string, { lp: LoadedProblem; assignment: string | null }>();
  for (const [file, h] of heads) {
    if (h.student === null) continue;
    const a = chooseAssignment(h.assignment === undefined ? undefined : { id: h.assignment, pos: { line: 1, column: 1 } }, assignments, fallback);
    if ('reason' in a) continue;
    for (const lp of a.problems.values()) {
      if (!lp.template) continue;
      if (!setup) throw new UsageError(`${file}: ${lp.problem.id} is drawn per student (params): give the course secret with --secret-file or $GRADECHECK_SECRET`);
      try {
        const v = problemFor(lp, a, h.student, setup);
        out.set(refKey(v), { lp: v, assignment: a.id });
      } catch {
        /* no valid variant for this student: their report says so */
      }
    }
  }
  return [...out.values()];
}
