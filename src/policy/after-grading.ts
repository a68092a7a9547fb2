// The policy steps that read a whole run's results (issue 22): first each student's files for
// one assignment combined into one graded submission (submissions.ts), then the instructor's
// overrides (overrides.ts), so an override lands on the submission that counts.
import { statSync } from 'node:fs';
import type { Assignment } from '../grading/assignments.js';
import type { SubmissionResult } from '../grading/types.js';
import type { RegradeProblem } from '../grading/combined-problem.js';
import { applyOverrides, type Override } from './overrides.js';
import { combineSubmissions, type FileTime } from './submissions.js';

export function afterGrading(results: readonly SubmissionResult[], assignments: readonly Assignment[], overrides: readonly Override[], timeOf: (file: string) => FileTime = fileMtime, regrade?: RegradeProblem): { results: SubmissionResult[]; unused: Override[] } {
  const policyOf = (id: string | null) => (assignments.find((a) => a.id === id) ?? (assignments.length === 1 ? assignments[0] : undefined))?.submissions;
  const combined = combineSubmissions(results, { policyOf, timeOf, regrade });
  return overrides.length ? applyOverrides(combined, overrides) : { results: combined, unused: [] };
}

/** A file's modification time (undefined when it cannot be read: then the order falls back to names). */
export function fileMtime(file: string): FileTime {
  try {
    return { mtime: statSync(file).mtimeMs };
  } catch {
    return {};
  }
}
