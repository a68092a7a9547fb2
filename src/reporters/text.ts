// ESLint-like text: `FILE:LINE:COL severity message code`, then a summary line per student.
import pc from 'picocolors';
import type { Finding } from '../findings/finding.js';
import type { Report } from '../grading/types.js';
import { allFindings, fmtScore, percent } from './shape.js';
import { lineStart, pathStart, showControls } from './escape.js';

export interface TextOptions {
  color: boolean;
}

export function findingLine(f: Finding, c = pc.createColors(false)): string {
  const where = `${pathStart(f.file ?? '?')}${f.cell ? `[cell ${f.cell.index + 1}]` : ''}:${f.line ?? 1}:${f.column ?? 1}`;
  const sev = f.severity === 'error' ? c.red('error') : f.severity === 'warning' ? c.yellow('warning') : c.blue('info');
  return `${where} ${sev} ${showControls(f.message)} ${c.dim(showControls(f.code))}`;
}

export function textReport(r: Report, opts: TextOptions = { color: false }): string {
  const c = pc.createColors(opts.color);
  const out: string[] = [];
  for (const s of r.submissions) {
    // In line order within the file, whatever problem or part each finding belongs to.
    const findings = allFindings(s).map((f, i) => ({ f, i })).sort((a, b) => (a.f.line ?? 0) - (b.f.line ?? 0) || (a.f.column ?? 0) - (b.f.column ?? 0) || a.i - b.i);
    for (const { f } of findings) out.push(findingLine(f, c));
  }
  if (out.length) out.push('');
  for (const s of r.submissions) {
    const who = s.student === null ? '(unknown student)' : lineStart(s.student);
    const file = showControls(s.file);
    if (s.status === 'invalid') {
      out.push(`${c.bold(who)} ${c.red('invalid')} 0 ${c.dim(file)}`);
      continue;
    }
    const pct = percent(s.score, s.maxScore);
    const problems = (s.assignment ? `${showControls(s.assignment)}: ` : '') + s.problems.map((p) => `${showControls(p.id)} ${fmtScore(p.score)}/${fmtScore(p.maxScore)}`).join(', ');
    const color = pct >= 99.99 ? c.green : pct >= 50 ? c.yellow : c.red;
    // Policy (issue 22): the files graded as this one submission, and the parts an override set.
    const overridden = s.problems.flatMap((p) => p.parts.filter((pt) => pt.override).map((pt) => `${showControls(p.id)}.${showControls(pt.id)}`));
    const files = s.combined ? ` [${s.combined.files.filter((f) => f.counted).length} of ${s.combined.files.length} files counted]` : '';
    out.push(`${c.bold(who)} ${color(`${fmtScore(s.score)}/${fmtScore(s.maxScore)}`)} (${pct.toFixed(1)}%) ${c.dim(file)}${files}${problems ? ` — ${problems}` : ''}${overridden.length ? ` (override: ${overridden.join(', ')})` : ''}`);
  }
  const graded = r.submissions.filter((s) => s.status === 'graded').length;
  const invalid = r.submissions.length - graded;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const s of r.submissions) for (const f of allFindings(s)) counts[f.severity]++;
  out.push('', `${r.submissions.length} submission${r.submissions.length === 1 ? '' : 's'}: ${graded} graded, ${invalid} invalid; ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`);
  return out.join('\n') + '\n';
}
