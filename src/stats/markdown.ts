// The class statistics as Markdown (for a GitHub job summary): the same figures as the HTML page,
// tables only, the misconceptions first. Report strings are escaped for Markdown.
import { codeSpan, escapeMd } from '../reporters/markdown.js';
import type { ClassStats } from './compute.js';

const n = (x: number, d = 1) => (Math.round(x * 10 ** d) / 10 ** d).toString();
const bars = (counts: number[]) => counts.map((c) => (c === 0 ? '·' : '▁▂▃▄▅▆▇█'[Math.min(7, Math.round((7 * c) / Math.max(1, ...counts)))])).join('');

export function statsMarkdown(stats: ClassStats): string {
  const out: string[] = ['# gradecheck class statistics', ''];
  if (!stats.assignments.length) out.push('No graded submission in these reports.', '');
  for (const a of stats.assignments) {
    out.push(`## ${a.id === null ? 'All problems' : `Assignment ${escapeMd(a.id)}`}${a.title !== undefined ? `: ${escapeMd(a.title)}` : ''}`, '');
    out.push(
      `${a.students} students (${a.submissions} graded submissions, ${a.invalid} invalid), out of ${n(a.maxScore, 2)} points: mean ${n(a.points.mean, 2)} (${n(a.percent.mean)} %), median ${n(a.points.median, 2)}, SD ${n(a.points.sd, 2)}, min ${n(a.points.min, 2)}, max ${n(a.points.max, 2)}. Scores by tenths: \`${bars(a.histogram.counts)}\``,
      '',
    );
    if (a.invalidSubmissions.length) {
      out.push('### Invalid submissions', '', '| file | student | finding | reason |', '| --- | --- | --- | --- |');
      for (const s of a.invalidSubmissions) out.push(`| ${escapeMd(s.file)} | ${s.student === null ? '' : escapeMd(s.student)} | ${escapeMd(s.code)} | ${escapeMd(s.reason)} |`);
      out.push('');
    }
    out.push('### Misconceptions', '');
    if (!a.misconceptions.length) out.push('No findings.', '');
    else {
      out.push('| finding | parts (students) | students | % | points lost | example |', '| --- | --- | ---: | ---: | ---: | --- |');
      for (const m of a.misconceptions) out.push(`| ${escapeMd(m.code)} | ${m.parts.map((p) => `${p.problem === null ? '(submission)' : escapeMd(p.problem)}${p.part === null ? '' : ` ${escapeMd(p.part)}`} (${p.students})`).join(', ')} | ${m.students} | ${n(m.percent)} | ${n(m.pointsLost, 2)} | ${escapeMd(m.example)} |`);
      out.push('');
    }
    if (a.missingAnswers.length) {
      out.push('### Parts left unanswered', '', '| problem | part | students | % |', '| --- | --- | ---: | ---: |');
      for (const m of a.missingAnswers) out.push(`| ${escapeMd(m.problem)} | ${escapeMd(m.part)} | ${m.students} | ${n(m.percent)} |`);
      out.push('');
    }
    if (a.integrity.matches.length || a.integrity.shared.length) {
      out.push('### Integrity (for the instructor)', '');
      for (const m of a.integrity.matches) out.push(`- ${escapeMd(m.student)} (${escapeMd(m.file)}) fits the variant of ${escapeMd(m.matches)}: ${m.parts} part(s), ${m.own} right for their own — ${m.evidence.map((x) => `${escapeMd(x.problem)}.${escapeMd(x.part)} ${codeSpan(x.answer)}`).join(', ')}`);
      for (const s of a.integrity.shared) out.push(`- ${s.students.length} students gave the same wrong ${escapeMd(s.problem)}.${escapeMd(s.part)} ${codeSpan(s.answer)}: ${s.students.map(escapeMd).join(', ')}`);
      out.push('');
    }
    out.push('### Parts', '', '| problem | part | mean | full marks % | missing % | discrimination | distribution |', '| --- | --- | ---: | ---: | ---: | ---: | --- |');
    for (const p of a.problems) for (const pt of p.parts) out.push(`| ${escapeMd(p.id)} | ${escapeMd(pt.id)} | ${n(pt.mean, 2)} / ${n(pt.maxScore, 2)} | ${n(pt.fullMarks)} | ${n(pt.missing)} | ${pt.discrimination === null ? '—' : n(pt.discrimination, 2)} | \`${bars(pt.histogram.counts)}\` |`);
    out.push('');
    if (a.overrides.length) {
      const net = a.overrides.reduce((t, o) => t + o.after - o.before, 0);
      out.push('### Overrides', '', `${a.overrides.length} part${a.overrides.length === 1 ? '' : 's'} overridden for ${new Set(a.overrides.map((o) => o.student)).size} student(s), ${net >= 0 ? '+' : ''}${n(net, 2)} points in all (counted in the figures above).`, '', '| student | problem | part | points | by | reason |', '| --- | --- | --- | ---: | --- | --- |');
      for (const o of a.overrides) out.push(`| ${escapeMd(o.student ?? '?')} | ${escapeMd(o.problem)} | ${escapeMd(o.part)} | ${n(o.before, 2)} → ${n(o.after, 2)} | ${escapeMd(o.by ?? '')} | ${escapeMd(o.reason)} |`);
      out.push('');
    }
    if (a.byParam.length) {
      out.push('### Variants: scores by param', '', '| problem | param | value | students | mean % |', '| --- | --- | --- | ---: | ---: |');
      for (const p of a.byParam) for (const v of p.values) out.push(`| ${escapeMd(p.problem)} | ${escapeMd(p.param)} | ${escapeMd(v.value)} | ${v.students} | ${n(v.meanPercent)} |`);
      out.push('');
    }
  }
  if (stats.unplaced.length) {
    out.push('## Invalid submissions of no known assignment', '', '| file | student | finding | reason |', '| --- | --- | --- | --- |');
    for (const s of stats.unplaced) out.push(`| ${escapeMd(s.file)} | ${s.student === null ? '' : escapeMd(s.student)} | ${escapeMd(s.code)} | ${escapeMd(s.reason)} |`);
    out.push('');
  }
  return out.join('\n');
}
