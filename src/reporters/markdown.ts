// Markdown feedback: one section per student, a table of parts, the findings as a list.
import { createHash } from 'node:crypto';
import escapeHtml from 'escape-html';
import type { Report } from '../grading/types.js';
import { fmtScore, percent } from './shape.js';
import { showControls } from './escape.js';

/** Student text can hold Markdown/HTML; table cells and list items must show it literally. */
export function escapeMd(s: string): string {
  // Line breaks and controls shown as escapes (a lone CR cuts a table row); Markdown's specials
  // next: the entities escapeHtml writes (&#39;) must stay intact.
  return escapeHtml(showControls(s).replace(/[\\`*_{}[\]|#!~]/g, (ch) => `\\${ch}`));
}

/** A code span that student text cannot leave: no backtick, no line break, no control. */
export function codeSpan(s: string): string {
  return `\`${showControls(s).replace(/`/g, "'")}\``;
}

/**
 * The file a picture is written to: the submission's file, then the problem and part, so one
 * student's picture never overwrites another's (paths flattened, odd characters replaced).
 */
export function attachmentFile(submission: string, name: string): string {
  const stem = submission.replace(/\.(ya?ml|md|ipynb)$/i, '').replace(/^[./\\]+/, '');
  const raw = `${stem}-${name}`;
  const flat = raw.replace(/[^\w.-]/g, '_');
  if (flat === raw) return flat;
  // Flattening is not one to one (t/a/b.yaml and t/a_b.yaml both give t_a_b): a flattened name
  // ends with a hash of the path it came from (no name left as it was has a ~).
  const hash = createHash('sha256').update(`${submission}\0${name}`, 'utf8').digest('hex').slice(0, 10);
  const dot = flat.lastIndexOf('.');
  return dot > 0 ? `${flat.slice(0, dot)}~${hash}${flat.slice(dot)}` : `${flat}~${hash}`;
}

export function markdownReport(r: Report): string {
  const out: string[] = ['# gradecheck report', ''];
  out.push('| student | file | score | % |', '| --- | --- | ---: | ---: |');
  for (const s of r.submissions) {
    out.push(`| ${escapeMd(s.student ?? '?')} | ${escapeMd(s.file)} | ${s.status === 'invalid' ? 'invalid' : `${fmtScore(s.score)}/${fmtScore(s.maxScore)}`} | ${percent(s.score, s.maxScore).toFixed(1)} |`);
  }
  out.push('');
  for (const s of r.submissions) {
    out.push(`## ${escapeMd(s.student ?? '?')} — ${s.status === 'invalid' ? 'invalid submission' : `${fmtScore(s.score)}/${fmtScore(s.maxScore)}`}`, '', `File: ${codeSpan(s.file)}${s.assignment ? `, assignment ${codeSpan(s.assignment)}` : ''}`, '');
    for (const f of s.findings) out.push(`- **${f.severity}** (line ${f.line ?? 1}): ${escapeMd(f.message)} ${codeSpan(f.code)}`);
    if (s.findings.length) out.push('');
    for (const p of s.problems) {
      out.push(`### ${escapeMd(p.id)}: ${fmtScore(p.score)}/${fmtScore(p.maxScore)}`, '', '| part | points | status |', '| --- | ---: | --- |');
      for (const pt of p.parts) out.push(`| ${escapeMd(pt.id)} | ${fmtScore(pt.score)}/${fmtScore(pt.maxScore)} | ${pt.status}${pt.override ? ` (override: was ${fmtScore(pt.override.before)})` : ''} |`);
      out.push('');
      for (const pt of p.parts)
        for (const f of pt.findings) out.push(`- ${escapeMd(pt.id)}, line ${f.line ?? 1}: ${f.severity === 'info' ? '(note) ' : ''}${escapeMd(f.message)} ${codeSpan(f.code)}`);
      if (p.parts.some((pt) => pt.findings.length)) out.push('');
      for (const pt of p.parts) for (const a of pt.attachments ?? []) out.push(`![${escapeMd(pt.id)}](${encodeURI(attachmentFile(s.file, a.name))})`, '');
    }
  }
  return out.join('\n');
}
