// GitHub Actions: what to annotate, the job summary, the outputs. Pure: the CLI hands the plan
// to @actions/core (sinks/github.ts). GitHub shows at most 10 error and 10 warning annotations
// per step (50 per job), so annotations are ranked: the first error of every part that lost
// points comes first, then the other errors, then warnings; the summary says what was left out.
import escapeHtml from 'escape-html';
import type { Finding } from '../findings/finding.js';
import type { Report } from '../grading/types.js';
import { fmtScore, percent } from './shape.js';
import { showControls } from './escape.js';

export const MAX_ANNOTATIONS = { error: 10, warning: 10 };

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  title: string;
  file: string;
  line: number;
  column: number;
}

export interface GithubPlan {
  annotations: Annotation[];
  /** Findings (errors and warnings) not shown as annotations. */
  omitted: number;
  /** HTML for the job summary; every piece of student text is escaped. */
  summary: string;
  outputs: { score: string; 'max-score': string };
}

export function githubPlan(r: Report): GithubPlan {
  const first: Finding[] = [], rest: Finding[] = [], warnings: Finding[] = [];
  for (const s of r.submissions) {
    for (const f of s.findings) (f.severity === 'error' ? first : f.severity === 'warning' ? warnings : []).push(f);
    for (const p of s.problems)
      for (const pt of p.parts) {
        const errs = pt.findings.filter((f) => f.severity === 'error');
        if (errs.length) first.push(errs[0]);
        rest.push(...errs.slice(1));
        warnings.push(...pt.findings.filter((f) => f.severity === 'warning'));
      }
  }
  const errors = [...first, ...rest];
  const pick = (fs: Finding[], level: 'error' | 'warning') =>
    fs.slice(0, MAX_ANNOTATIONS[level]).map((f) => ({ level, message: showControls(f.message), title: showControls(f.code), file: showControls(f.file ?? ''), line: f.line ?? 1, column: f.column ?? 1 }));
  const annotations = [...pick(errors, 'error'), ...pick(warnings, 'warning')];
  const omitted = errors.length + warnings.length - annotations.length;
  const score = r.submissions.reduce((a, s) => a + s.score, 0);
  const max = r.submissions.reduce((a, s) => a + s.maxScore, 0);
  return { annotations, omitted, summary: summaryHtml(r, omitted), outputs: { score: fmtScore(score), 'max-score': fmtScore(max) } };
}

/** Student text in the summary: one line (a blank line would end the HTML block and let Markdown in), HTML-escaped. */
const e = (s: string) => escapeHtml(showControls(s));

function summaryHtml(r: Report, omitted: number): string {
  const out: string[] = ['<h2>gradecheck</h2>'];
  for (const s of r.submissions) {
    const who = e(s.student ?? '(unknown student)');
    if (s.status === 'invalid') {
      out.push(`<h3>${who}: invalid submission</h3>`, `<p><code>${e(s.file)}</code></p>`);
    } else {
      out.push(`<h3>${who}: ${fmtScore(s.score)}/${fmtScore(s.maxScore)} (${percent(s.score, s.maxScore).toFixed(1)}%)</h3>`, `<p><code>${e(s.file)}</code></p>`);
      out.push('<table><tr><th>problem</th><th>part</th><th>points</th><th>status</th></tr>');
      for (const p of s.problems) for (const pt of p.parts) out.push(`<tr><td>${e(p.id)}</td><td>${e(pt.id)}</td><td>${fmtScore(pt.score)}/${fmtScore(pt.maxScore)}</td><td>${e(pt.status)}</td></tr>`);
      out.push('</table>');
    }
    const fs = [...s.findings, ...s.problems.flatMap((p) => p.parts.flatMap((pt) => pt.findings))];
    if (fs.length) out.push('<ul>', ...fs.map((f) => `<li>${f.severity} line ${f.line ?? 1}: ${e(f.message)} <code>${e(f.code)}</code></li>`), '</ul>');
  }
  if (omitted > 0) out.push(`<p>${omitted} more finding${omitted === 1 ? ' is' : 's are'} listed above but not shown as annotations (GitHub shows at most ${MAX_ANNOTATIONS.error} error and ${MAX_ANNOTATIONS.warning} warning annotations per step).</p>`);
  return out.join('\n') + '\n';
}
