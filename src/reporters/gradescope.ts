// The Gradescope autograder results.json: one test per part (the parts a student left out of a
// problem: one test, see parts.ts), numbered `1.1`, `1.2`… by problem
// and part, the findings as Markdown (`output_format: md`); findings on the whole submission,
// and what happened when nothing could be graded, in the top-level `output`.
import type { Finding } from '../findings/finding.js';
import type { Report } from '../grading/types.js';
import { fmtScore } from './shape.js';
import { jsonLines, showControls } from './escape.js';
import { escapeMd } from './markdown.js';
import { partEntries } from './parts.js';

export const GRADESCOPE_VISIBILITY = ['visible', 'after_due_date', 'after_published', 'hidden'];

export interface GradescopeOptions {
  /** Who sees the tests and the score, and when (Gradescope's `visibility`); default visible. */
  visibility?: string;
}

/** A finding as one Markdown list item: its place, its message, its code. */
const item = (f: Finding) => `- line ${f.line ?? 1}:${f.column ?? 1}: ${f.severity === 'info' ? '(note) ' : ''}${escapeMd(f.message)} (\`${showControls(f.code).replace(/`/g, "'")}\`)`;

export function gradescopeReport(r: Report, o: GradescopeOptions = {}): string {
  const visibility = o.visibility ?? 'visible';
  const many = r.submissions.length > 1;
  const tests: Record<string, unknown>[] = [];
  const notes: string[] = [];
  for (const s of r.submissions) {
    const who = many ? `${escapeMd(s.student ?? s.file)}: ` : '';
    if (s.status === 'invalid') {
      // Nothing graded: the top-level output says why, in the student's words of the file.
      notes.push(`${who}**This submission could not be graded.** ${s.findings.length ? 'What is wrong:' : ''}`, ...s.findings.map(item), '');
      continue;
    }
    // Findings on the whole submission are told above the tests, never as a "passed" 0/0 test.
    if (s.findings.length) notes.push(...s.findings.map((f) => `- ${who}${item(f).slice(2)}`), '');
    s.problems.forEach((p, i) =>
      partEntries(p).forEach(({ id, part: pt }, j) =>
        tests.push({
          name: `${many ? `${showControls(s.student ?? s.file)}: ` : ''}${showControls(p.id)} ${showControls(id)}`,
          number: `${i + 1}.${j + 1}`,
          score: Number(fmtScore(pt.score)),
          max_score: Number(fmtScore(pt.maxScore)),
          status: pt.status === 'correct' || pt.status === 'unjudged' ? 'passed' : 'failed',
          output: pt.findings.map(item).join('\n') || pt.status,
          output_format: 'md',
          visibility,
        }),
      ),
    );
  }
  // Rounded as every other format prints scores (2 decimals), never truncated.
  const score = Number(fmtScore(r.submissions.reduce((a, s) => a + s.score, 0)));
  const max = Number(fmtScore(r.submissions.reduce((a, s) => a + s.maxScore, 0)));
  const out: Record<string, unknown> = { score, max_score: max };
  if (r.elapsedSeconds !== undefined) out.execution_time = Math.round(r.elapsedSeconds * 1000) / 1000;
  if (notes.length) (out.output = notes.join('\n').trim()), (out.output_format = 'md');
  Object.assign(out, { visibility, stdout_visibility: 'hidden', tests });
  return jsonLines(JSON.stringify(out, null, 2)) + '\n';
}
