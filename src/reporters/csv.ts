// A gradebook for the LMS: one row per student, one column per problem, and the total. Cells
// are student text headed for a spreadsheet and, printed, for a CI log: every cell is on one
// line (controls shown escaped), quoted (so no line starts with a student's id), and a cell that
// a spreadsheet would run as a formula (= + - @ first) is neutralised by csv-stringify's
// escape_formulas (a leading apostrophe, OWASP's advice).
import { createRequire } from 'node:module';
import type { Report } from '../grading/types.js';
import { fmtScore, percent } from './shape.js';
import { showControls } from './escape.js';

export function csvReport(r: Report): string {
  const { stringify } = createRequire(import.meta.url)('csv-stringify/sync') as typeof import('csv-stringify/sync');
  const ids = [...new Set(r.submissions.flatMap((s) => s.problems.map((p) => p.id)))].sort();
  // The assignment column only when the problems form assignments (the whole set has no id).
  const assignments = r.submissions.some((s) => s.assignment);
  const rows = r.submissions.map((s) => {
    const by = new Map(s.problems.map((p) => [p.id, p.score]));
    return [s.student ?? '', s.file, ...(assignments ? [s.assignment ?? ''] : []), s.status, ...ids.map((id) => (by.has(id) ? fmtScore(by.get(id)!) : '')), fmtScore(s.score), fmtScore(s.maxScore), percent(s.score, s.maxScore).toFixed(1)];
  });
  const table = [['student', 'file', ...(assignments ? ['assignment'] : []), 'status', ...ids, 'score', 'max_score', 'percent'], ...rows].map((row) => row.map(showControls));
  return stringify(table, { quoted: true, escape_formulas: true });
}
