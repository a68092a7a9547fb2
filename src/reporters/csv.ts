// A gradebook for the LMS: one row per student, one column per problem, and the total. Cells
// are student text headed for a spreadsheet and, printed, for a CI log: every cell is on one
// line (controls shown escaped), quoted (so no line starts with a student's id), and a cell that
// a spreadsheet would run as a formula (= + - @ first) is neutralised by csv-stringify's
// escape_formulas (a leading apostrophe, OWASP's advice).
import { createRequire } from 'node:module';
import type { Report, SubmissionResult } from '../grading/types.js';
import { fmtScore, percent } from './shape.js';
import { showControls } from './escape.js';

export function csvReport(r: Report): string {
  const { stringify } = createRequire(import.meta.url)('csv-stringify/sync') as typeof import('csv-stringify/sync');
  const ids = [...new Set(r.submissions.flatMap((s) => s.problems.map((p) => p.id)))].sort();
  // The assignment column only when the problems form assignments (the whole set has no id).
  const assignments = r.submissions.some((s) => s.assignment);
  // Policy (issue 22): the files graded as one submission, and the overrides, when there are any.
  const files = r.submissions.some((s) => s.combined);
  const overrides = r.submissions.some((s) => s.problems.some((p) => p.parts.some((pt) => pt.override)));
  const rows = r.submissions.map((s) => {
    const by = new Map(s.problems.map((p) => [p.id, p.score]));
    return [s.student ?? '', s.file, ...(assignments ? [s.assignment ?? ''] : []), s.status, ...ids.map((id) => (by.has(id) ? fmtScore(by.get(id)!) : '')), fmtScore(s.score), fmtScore(s.maxScore), percent(s.score, s.maxScore).toFixed(1), ...(files ? [countedFiles(s)] : []), ...(overrides ? [overridesOf(s)] : [])];
  });
  const table = [['student', 'file', ...(assignments ? ['assignment'] : []), 'status', ...ids, 'score', 'max_score', 'percent', ...(files ? ['files'] : []), ...(overrides ? ['overrides'] : [])], ...rows].map((row) => row.map(showControls));
  return stringify(table, { quoted: true, escape_formulas: true });
}

/** The files counted for a submission graded from several ("a.yaml; b.ipynb"). */
function countedFiles(s: SubmissionResult): string {
  return s.combined ? s.combined.files.filter((f) => f.counted).map((f) => f.file).join('; ') : s.file;
}

/** Each override: "quad.range 1→3 (TA Bob: regrade)". */
function overridesOf(s: SubmissionResult): string {
  return s.problems
    .flatMap((p) => p.parts.filter((pt) => pt.override).map((pt) => `${p.id}.${pt.id} ${fmtScore(pt.override!.before)}→${fmtScore(pt.override!.after)} (${pt.override!.by ? `${pt.override!.by}: ` : ''}${pt.override!.reason})`))
    .join('; ');
}
