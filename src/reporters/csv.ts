// A gradebook for the LMS: one row per student, one column per problem, and the total.
import { createRequire } from 'node:module';
import type { Report } from '../grading/types.js';
import { fmtScore, percent } from './shape.js';

export function csvReport(r: Report): string {
  const { stringify } = createRequire(import.meta.url)('csv-stringify/sync') as typeof import('csv-stringify/sync');
  const ids = [...new Set(r.submissions.flatMap((s) => s.problems.map((p) => p.id)))].sort();
  const rows = r.submissions.map((s) => {
    const by = new Map(s.problems.map((p) => [p.id, p.score]));
    return [s.student ?? '', s.file, s.status, ...ids.map((id) => (by.has(id) ? fmtScore(by.get(id)!) : '')), fmtScore(s.score), fmtScore(s.maxScore), percent(s.score, s.maxScore).toFixed(1)];
  });
  return stringify([['student', 'file', 'status', ...ids, 'score', 'max_score', 'percent'], ...rows]);
}
