// `gradecheck grade`: load problems (stop on a broken one), compute each reference once,
// grade every submission, report.
import { applyTrainingFlags, type TrainingFlags } from './training-options.js';
import { defaultCacheDir } from '../grading/references.js';
import { loadProblems } from '../grading/problems.js';
import { createRequire } from 'node:module';
import { byFile, gradeBatch, shard } from '../grading/batch.js';
import { duplicateStudents } from '../grading/students.js';
import { FEEDBACK_LEVELS, type FeedbackLevel } from '../grading/feedback.js';
import { GRADESCOPE_VISIBILITY } from '../reporters/gradescope.js';
import type { Report } from '../grading/types.js';
import { checkFormat, deliver, exitCode, parseFailUnder } from './deliver.js';
import { JsonReportStream } from './json-stream.js';
import { filesOf, printFindings, referencesOrReport, UsageError } from './shared.js';

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
  feedback?: string;
  visibility?: string;
  assignment?: string;
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
  const subFiles = filesOf(paths, 'grade');
  // Nothing to grade is a mistake in the call (a wrong folder), never a passing run of 0 submissions.
  if (subFiles.length === 0) throw new UsageError(`grade: no submission (*.yaml, *.yml) in ${paths.join(', ')}`);
  const refs = await referencesOrReport(set.problems, { cacheDir: opts.cache ? defaultCacheDir() : null, crossCheck: true });
  if (!refs) {
    process.stderr.write('gradecheck: nothing was graded: a problem\'s reference cannot be computed\n');
    return 2;
  }
  const refMap = new Map([...refs].map(([id, r]) => [id, r.ref]));
  let files = [...subFiles].sort();
  if (opts.shard) {
    try {
      files = shard(files, opts.shard);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  const duplicates = duplicateStudents(files);
  const bar = progressBar(files.length);
  // JSON goes out while grading goes on (files are sorted, so file order is report order).
  const stream = opts.format === 'json' ? new JsonReportStream(opts.output) : null;
  let results;
  try {
    results = await gradeBatch(files, { problemFiles, problems: set.problems, assignments: set.assignments, assignment: opts.assignment, duplicates, feedback, refs: refMap, jobs: opts.jobs ? Number(opts.jobs) : undefined, onProgress: bar?.update, renderJson: stream !== null, onOrdered: stream ? (r) => stream.add(r) : undefined });
  } catch (e) {
    stream?.abort(); // no half-written report is left behind
    throw e;
  } finally {
    bar?.stop();
  }
  const assignments = set.assignments.map((a) => ({ id: a.id, title: a.title, canvasId: a.canvasId, maxScore: [...a.problems.values()].reduce((t, lp) => t + lp.problem.parts.reduce((u, p) => u + p.points, 0), 0) }));
  const report: Report = { submissions: results.sort(byFile), assignments, elapsedSeconds: (performance.now() - started) / 1000 };
  if (stream) {
    stream.end();
    return exitCode(report, failUnder);
  }
  return deliver(report, { format: opts.format, output: opts.output, failUnder, roster: opts.roster, visibility: opts.visibility });
}
