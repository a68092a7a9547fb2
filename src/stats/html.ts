// The class statistics as one self-contained HTML page: inline CSS and SVG, no script, no
// external asset, printable. Every string that came from a report (ids, messages quoting student
// answers) is escaped, controls shown.
import escapeHtml from 'escape-html';
import { showControls } from '../reporters/escape.js';
import type { AssignmentStats, ClassStats, InvalidSubmission, Misconception, MissingAnswers, OverrideRow } from './compute.js';
import { integrityHtml } from './integrity-html.js';
import { histogramSvg } from './svg.js';

const e = (s: string) => escapeHtml(showControls(s));
const n = (x: number, d = 1) => (Math.round(x * 10 ** d) / 10 ** d).toString();
/** A class attribute from a report is one of three words, whatever the report says (a tampered severity cannot leave its attribute). */
const severityClass = (s: string) => (s === 'error' || s === 'warning' ? s : 'info');

const CSS = `body{font-family:system-ui,sans-serif;margin:2em auto;max-width:70em;color:#222;padding:0 1em}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}h3{margin-top:1.5em}
table{border-collapse:collapse;margin:.6em 0;font-size:.92em}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
td.num,th.num{text-align:right}.error{color:#a40000}.warning{color:#8a5a00}.info{color:#225}
.summary{display:flex;gap:2em;flex-wrap:wrap;align-items:flex-start}code{font-size:.95em}
@media print{body{margin:0;max-width:none}h2{break-before:page}table,svg{break-inside:avoid}}`;

export function statsHtml(stats: ClassStats, title = 'gradecheck class statistics'): string {
  const body = stats.assignments.map(assignmentHtml).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><style>${CSS}</style></head>
<body><h1>${e(title)}</h1>
${stats.assignments.length ? body : '<p>No graded submission in these reports.</p>'}
${stats.unplaced.length ? `<section><h2>Invalid submissions of no known assignment</h2>\n${invalidTable(stats.unplaced)}</section>` : ''}
</body></html>
`;
}

function assignmentHtml(a: AssignmentStats): string {
  const name = (a.id === null ? 'All problems' : `Assignment ${e(a.id)}`) + (a.title !== undefined ? `: ${e(a.title)}` : '');
  const p = a.percent, pts = a.points;
  const summary = `<table><tr><th>students</th><td class="num">${a.students}</td></tr>
<tr><th>graded submissions</th><td class="num">${a.submissions}</td></tr><tr><th>invalid submissions</th><td class="num">${a.invalid}</td></tr>
<tr><th>points possible</th><td class="num">${n(a.maxScore, 2)}</td></tr>
<tr><th>mean</th><td class="num">${n(pts.mean, 2)} (${n(p.mean)} %)</td></tr><tr><th>median</th><td class="num">${n(pts.median, 2)} (${n(p.median)} %)</td></tr>
<tr><th>SD</th><td class="num">${n(pts.sd, 2)} (${n(p.sd)} %)</td></tr><tr><th>min – max</th><td class="num">${n(pts.min, 2)} – ${n(pts.max, 2)}</td></tr></table>`;
  return `<section class="assignment"><h2>${name}</h2>
<div class="summary">${summary}<figure>${histogramSvg(a.histogram, { label: `scores of ${a.students} students, percent of ${n(a.maxScore, 2)} points` })}<figcaption>Scores (% of the points), students per bin</figcaption></figure></div>
${a.invalidSubmissions.length ? `<h3>Invalid submissions</h3>\n${invalidTable(a.invalidSubmissions)}` : ''}
<h3>Misconceptions</h3>
${misconceptionTable(a.misconceptions, a.students)}
${a.missingAnswers.length ? `<h3>Parts left unanswered</h3>\n${missingTable(a.missingAnswers)}` : ''}
${integrityHtml(a.integrity)}
<h3>Problems and parts</h3>
${a.problems.map((pr) => problemTable(pr)).join('\n')}
${a.byParam.length ? `<h3>Variants: scores by param</h3>\n${a.byParam.map(paramTable).join('\n')}` : ''}
${a.overrides.length ? `<h3>Overrides</h3>\n${overrideTable(a.overrides)}` : ''}
</section>`;
}

/** The instructor's overrides, counted in the figures above (policy/overrides.ts). */
function overrideTable(rows: OverrideRow[]): string {
  const body = rows.map((o) => `<tr><td>${e(o.student ?? '?')}</td><td>${e(o.problem)}</td><td>${e(o.part)}</td><td class="num">${n(o.before, 2)} → ${n(o.after, 2)}</td><td>${e(o.by ?? '')}</td><td>${e(o.reason)}</td></tr>`).join('');
  return `<table class="overrides"><thead><tr><th>student</th><th>problem</th><th>part</th><th class="num">points</th><th>by</th><th>reason</th></tr></thead><tbody>${body}</tbody></table>`;
}

function misconceptionTable(rows: Misconception[], students: number): string {
  if (!rows.length) return students ? '<p>No findings: every student answered every part they answered right.</p>' : '<p>No graded submission.</p>';
  const where = (m: Misconception) => m.parts.map((p) => `${p.problem === null ? '(submission)' : e(p.problem)}${p.part === null ? '' : ` ${e(p.part)}`} (${p.students})`).join(', ');
  const body = rows
    .map((m) => `<tr><td class="${severityClass(m.severity)}"><code>${e(m.code)}</code></td><td>${where(m)}</td><td class="num">${m.students}</td><td class="num">${n(m.percent)} %</td><td class="num">${n(m.pointsLost, 2)}</td><td>${e(m.example)}</td></tr>`)
    .join('\n');
  return `<table class="misconceptions"><thead><tr><th>finding</th><th>parts (students)</th><th class="num">students</th><th class="num">of the class</th><th class="num">points lost</th><th>example</th></tr></thead><tbody>
${body}
</tbody></table>`;
}

function missingTable(rows: MissingAnswers[]): string {
  const body = rows.map((m) => `<tr><td>${e(m.problem)}</td><td>${e(m.part)}</td><td class="num">${m.students}</td><td class="num">${n(m.percent)} %</td></tr>`).join('\n');
  return `<table class="missing"><thead><tr><th>problem</th><th>part</th><th class="num">students</th><th class="num">of the class</th></tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function invalidTable(rows: InvalidSubmission[]): string {
  const body = rows.map((s) => `<tr><td>${e(s.file)}</td><td>${s.student === null ? '' : e(s.student)}</td><td><code>${e(s.code)}</code></td><td>${e(s.reason)}</td></tr>`).join('\n');
  return `<table class="invalid"><thead><tr><th>file</th><th>student</th><th>finding</th><th>reason</th></tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function paramTable(p: AssignmentStats['byParam'][number]): string {
  const rows = p.values.map((v) => `<tr><td>${e(v.value)}</td><td class="num">${v.students}</td><td class="num">${n(v.meanPercent)} %</td></tr>`).join('');
  return `<table class="params"><caption>${e(p.problem)}: ${e(p.param)}</caption><thead><tr><th>value</th><th class="num">students</th><th class="num">mean</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function problemTable(pr: AssignmentStats['problems'][number]): string {
  const rows = pr.parts
    .map((pt) => `<tr><td>${e(pt.id)}</td><td class="num">${n(pt.mean, 2)} / ${n(pt.maxScore, 2)}</td><td class="num">${n(pt.fullMarks)} %</td><td class="num">${n(pt.missing)} %</td><td class="num">${pt.discrimination === null ? '—' : n(pt.discrimination, 2)}</td><td>${histogramSvg(pt.histogram, { width: 180, height: 70, label: `${pt.id}: score distribution` })}</td></tr>`)
    .join('\n');
  return `<h4>${e(pr.id)} — mean ${n(pr.mean, 2)} / ${n(pr.maxScore, 2)}</h4>
<table class="parts"><thead><tr><th>part</th><th class="num">mean</th><th class="num">full marks</th><th class="num">missing</th><th class="num">discrimination</th><th>distribution (%)</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}
