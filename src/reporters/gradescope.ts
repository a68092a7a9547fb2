// The Gradescope autograder results.json: one test per part, the findings as its output.
import type { Report } from '../grading/types.js';
import { fmtScore } from './shape.js';
import { jsonLines } from './escape.js';

export function gradescopeReport(r: Report): string {
  const many = r.submissions.length > 1;
  const tests: Record<string, unknown>[] = [];
  const notes: string[] = [];
  for (const s of r.submissions) {
    const prefix = many ? `${s.student ?? s.file}: ` : '';
    if (s.status === 'invalid') {
      tests.push({ name: `${prefix}submission file`, score: 0, max_score: 0, status: 'failed', output: s.findings.map((f) => `line ${f.line}:${f.column}: ${f.message} (${f.code})`).join('\n'), visibility: 'visible' });
      continue;
    }
    // Findings on the whole submission are told above the tests, never as a "passed" 0/0 test.
    for (const f of s.findings) notes.push(`${prefix}line ${f.line}:${f.column}: ${f.message} (${f.code})`);
    for (const p of s.problems)
      for (const pt of p.parts)
        tests.push({
          name: `${prefix}${p.id} ${pt.id}`,
          score: Number(fmtScore(pt.score)),
          max_score: Number(fmtScore(pt.maxScore)),
          status: pt.status === 'correct' ? 'passed' : 'failed',
          output: pt.findings.map((f) => `line ${f.line}:${f.column}: ${f.severity === 'info' ? '(note) ' : ''}${f.message} (${f.code})`).join('\n') || pt.status,
          visibility: 'visible',
        });
  }
  // Rounded as every other format prints scores (2 decimals), never truncated.
  const score = Number(fmtScore(r.submissions.reduce((a, s) => a + s.score, 0)));
  const max = Number(fmtScore(r.submissions.reduce((a, s) => a + s.maxScore, 0)));
  return jsonLines(JSON.stringify({ score, max_score: max, ...(notes.length ? { output: notes.join('\n') } : {}), visibility: 'visible', stdout_visibility: 'hidden', tests }, null, 2)) + '\n';
}
