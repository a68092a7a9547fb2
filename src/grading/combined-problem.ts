// A problem whose answers a student split over several files (submissions: merge), graded as
// one file would grade it: each part's answer from the latest file that gives it (stated values
// too: a y or dZ in one file, the gradients in another), then the kind and the policy stage run
// once over them together. So a mistake in file A carries forward to the parts in file B that
// are computed from it, and a mistake is charged once across the files, exactly as in one file.
// Every finding points at the file (and line, and notebook cell) its part's answer came from.
//
// The submission policy (policy/submissions.ts) decides which files count and which file gives
// each part; this module only grades again what it chose. It reads the files once more (only a
// student's problems answered over several files: a rare case, in the main thread).
import { at, type Finding } from '../findings/finding.js';
import type { PMap, PMapEntry } from '../load/pnode.js';
import { LoadError } from '../load/yaml.js';
import { readSubmissionText } from '../load/submission-text.js';
import { extractReport, placeInReport, REPORT_FILE } from '../answers/reports.js';
import { problemFor, refKey, type VariantSetup } from '../variants/grading.js';
import type { Assignment } from './assignments.js';
import { problemAt, type FeedbackLevel } from './feedback.js';
import { gradeProblem } from './grade.js';
import { personalize } from './place.js';
import { loadReportBlocks } from './report-submission.js';
import { loadSubmission, loadWhole, type ProblemAnswers } from './submission.js';
import type { ProblemResult, SubmissionResult } from './types.js';

export interface RegradeSetup {
  assignments: readonly Assignment[];
  /** The references by refKey (a variant's too: the run computed every student's). */
  refs: ReadonlyMap<string, unknown>;
  variants?: VariantSetup;
  feedback?: FeedbackLevel;
}

/**
 * Grades one problem of a combined submission from its files (oldest first, latest last);
 * undefined when it cannot (a file no longer reads, no reference): the caller then keeps the
 * files' own grades.
 */
export type RegradeProblem = (r: SubmissionResult, problem: string, files: readonly string[]) => ProblemResult | undefined;

export function combinedProblemGrader(setup: RegradeSetup): RegradeProblem {
  return (r, problem, files) => {
    try {
      return regrade(setup, r, problem, files);
    } catch {
      return undefined; // the files' own grades stand (each was graded and reported on its own)
    }
  };
}

/** A file's answers to one problem, and how a finding in them is placed in the file. */
interface FileAnswers {
  file: string;
  pa: ProblemAnswers;
  place: (f: Finding) => Finding;
}

function regrade(setup: RegradeSetup, r: SubmissionResult, problem: string, files: readonly string[]): ProblemResult | undefined {
  const assignment = setup.assignments.find((a) => a.id === (r.assignment ?? null));
  const base = assignment?.problems.get(problem);
  if (!assignment || !base || r.student === null) return undefined;
  const lp = problemFor(base, assignment, r.student, setup.variants);
  const ref = setup.refs.get(refKey(lp));
  if (ref === undefined) return undefined;
  const read = files.map((f) => answersIn(f, problem)).filter((x): x is FileAnswers => x !== null && x.pa.parts !== null);
  if (read.length < 2) return undefined;
  // Each key (a part asked, or a value stated) from the latest file that gives it.
  const from = new Map<string, { entry: PMapEntry; src: FileAnswers }>();
  for (const src of read) for (const e of src.pa.parts!.entries) if (!(e.value.kind === 'scalar' && e.value.value === null)) from.set(e.key, { entry: e, src });
  const latest = read[read.length - 1];
  const entries = [...from.values()].map((x) => x.entry);
  const parts: PMap = { kind: 'map', pos: latest.pa.parts!.pos, entries, index: new Map(entries.map((e) => [e.key, e])) };
  const graded = gradeProblem(lp, ref, { id: problem, keyPos: latest.pa.keyPos, parts, node: parts }, []);
  let result = personalize({ result: graded, shift: 0 }, r.student).result;
  result = problemAt(result, setup.feedback ?? 'full');
  // Findings to the file their part's answer came from (a part no file answers: the latest's key).
  return { ...result, parts: result.parts.map((pt) => ({ ...pt, findings: pt.findings.map((from.get(pt.id)?.src ?? latest).place) })) };
}

/** The problem's answers in a file (a YAML submission or a report), read whole; null when it does not read or does not answer it. */
function answersIn(file: string, problem: string): FileAnswers | null {
  let text: string;
  try {
    text = readSubmissionText(file);
  } catch (e) {
    if (e instanceof LoadError) return null;
    throw e;
  }
  if (REPORT_FILE.test(file)) {
    const report = extractReport(file, text);
    if ('reason' in report) return null;
    const sub = loadReportBlocks(file, report) ?? loadWhole(file, report.yaml);
    if ('errors' in sub) return null;
    const pa = sub.answers.find((a) => a.id === problem)?.answers;
    return pa ? { file, pa, place: (f) => ({ ...placeInReport(f, report.origins), file }) } : null;
  }
  const sub = loadSubmission(file, text, 'whole');
  if ('errors' in sub) return null;
  const pa = sub.answers.find((a) => a.id === problem)?.answers;
  return pa ? { file, pa, place: (f) => at(f, file) } : null;
}
