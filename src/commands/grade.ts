// `gradecheck grade`: load problems (stop on a broken one), compute each reference once,
// grade every submission, report.
import { computeReferences, CrossCheckError, defaultCacheDir } from '../grading/references.js';
import { loadProblems } from '../grading/problems.js';
import { gradeFile } from '../grading/grade.js';
import type { Report } from '../grading/types.js';
import { REPORTERS } from '../reporters/index.js';
import { percent } from '../reporters/shape.js';
import { emit, filesOf, printFindings, UsageError } from './shared.js';

export interface GradeOptions {
  problems: string[];
  format: string;
  output?: string;
  failUnder?: string;
  cache: boolean;
}

export async function gradeCommand(paths: string[], opts: GradeOptions): Promise<number> {
  if (!opts.problems?.length) throw new UsageError('grade needs --problems <file|dir>');
  const reporter = REPORTERS[opts.format];
  if (!reporter) throw new UsageError(`--format must be one of: ${Object.keys(REPORTERS).join(', ')}`);
  const failUnder = opts.failUnder === undefined ? undefined : Number(opts.failUnder);
  if (failUnder !== undefined && !(failUnder >= 0 && failUnder <= 100)) throw new UsageError('--fail-under takes a percentage from 0 to 100');
  const set = loadProblems(filesOf(opts.problems, '--problems'));
  if (set.errors.length) {
    printFindings(set.errors);
    process.stderr.write('gradecheck: nothing was graded: a problem file is invalid\n');
    return 2;
  }
  const subFiles = filesOf(paths, 'grade');
  let refs;
  try {
    refs = await computeReferences(set.problems, { cacheDir: opts.cache ? defaultCacheDir() : null, crossCheck: true });
  } catch (e) {
    if (e instanceof CrossCheckError) {
      process.stderr.write(`${e.file}:1:1 error internal error: the exact reference of ${e.problemId} disagrees with its cross-check: ${e.detail} internal.cross-check\n`);
      return 2;
    }
    throw e;
  }
  const refMap = new Map([...refs].map(([id, r]) => [id, r.ref]));
  const report: Report = { submissions: subFiles.map((f) => gradeFile(f, set.problems, refMap)) };
  const color = opts.format === 'text' && !opts.output && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  emit(reporter(report, { color }), opts.output);
  if (failUnder !== undefined && report.submissions.some((s) => percent(s.score, s.maxScore) < failUnder)) return 1;
  return 0;
}
