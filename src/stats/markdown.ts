// The class statistics as Markdown (for a GitHub job summary): the same figures as the HTML page,
// tables only, the misconceptions first. Report strings are escaped for Markdown.
import { escapeMd } from '../reporters/markdown.js';
import type { ClassStats } from './compute.js';

const n = (x: number, d = 1) => (Math.round(x * 10 ** d) / 10 ** d).toString();
const bars = (counts: number[]) => counts.map((c) => (c === 0 ? '·' : '▁▂▃▄▅▆▇█'[Math.min(7, Math.round((7 * c) / Math.max(1, ...counts)))])).join('');

export function statsMarkdown(stats: ClassStats): string {
  const out: string[] = ['# gradecheck class statistics', ''];
  if (!stats.assignments.length) out.push('No graded submission in these reports.', '');
  for (const a of stats.assignments) {
    out.push(`## ${a.id === null ? 'All problems' : `Assignment ${escapeMd(a.id)}`}`, '');
    out.push(
      `${a.students} students (${a.submissions} graded submissions, ${a.invalid} invalid), out of ${n(a.maxScore, 2)} points: mean ${n(a.points.mean, 2)} (${n(a.percent.mean)} %), median ${n(a.points.median, 2)}, SD ${n(a.points.sd, 2)}, min ${n(a.points.min, 2)}, max ${n(a.points.max, 2)}. Scores by tenths: \`${bars(a.histogram.counts)}\``,
      '',
    );
    out.push('### Misconceptions', '');
    if (!a.misconceptions.length) out.push('No findings.', '');
    else {
      out.push('| problem | part | finding | students | % | points lost | example |', '| --- | --- | --- | ---: | ---: | ---: | --- |');
      for (const m of a.misconceptions) out.push(`| ${m.problem === null ? '(submission)' : escapeMd(m.problem)} | ${m.part === null ? '' : escapeMd(m.part)} | ${escapeMd(m.code)} | ${m.students} | ${n(m.percent)} | ${n(m.pointsLost, 2)} | ${escapeMd(m.example)} |`);
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
  return out.join('\n');
}
