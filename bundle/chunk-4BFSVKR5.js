import{createRequire as __gcRequire}from'node:module';import{fileURLToPath as __gcPath}from'node:url';import{dirname as __gcDir}from'node:path';const require=__gcRequire(import.meta.url);const __filename=__gcPath(import.meta.url);const __dirname=__gcDir(__filename);
import{a as g}from"./chunk-P5VSI2Q5.js";import{a as c}from"./chunk-JNASKDBU.js";import{e as p}from"./chunk-U567NIXE.js";var H=p(g(),1);var j=p(g(),1);var d=t=>(0,j.default)(c(t));function S(t){if(!t.matches.length&&!t.shared.length)return"";let n=["<h3>Integrity (for the instructor)</h3>"];if(t.matches.length){let s=t.matches.map(e=>`<tr><td>${d(e.student)}</td><td>${d(e.file)}</td><td>${d(e.matches)}</td><td class="num">${e.parts}</td><td class="num">${e.own}</td><td>${e.evidence.map(r=>`${d(r.problem)}.${d(r.part)}: <code>${d(r.answer)}</code> (theirs <code>${d(r.theirs)}</code>, own <code>${d(r.own)}</code>)`).join("<br>")}</td></tr>`).join(`
`);n.push(`<table class="integrity-matches"><caption>Answers that fit another student's variant</caption><thead><tr><th>student</th><th>file</th><th>fits the variant of</th><th class="num">parts</th><th class="num">right for their own</th><th>evidence</th></tr></thead><tbody>
${s}
</tbody></table>`)}if(t.shared.length){let s=t.shared.map(e=>`<tr><td>${d(e.problem)}</td><td>${d(e.part)}</td><td><code>${d(e.answer)}</code></td><td class="num">${e.students.length}</td><td>${e.students.map(d).join(", ")}</td></tr>`).join(`
`);n.push(`<table class="integrity-shared"><caption>The same unusual wrong answer, shared</caption><thead><tr><th>problem</th><th>part</th><th>answer</th><th class="num">students</th><th>who</th></tr></thead><tbody>
${s}
</tbody></table>`)}return n.join(`
`)}var k=p(g(),1);function y(t,n){let s=n.width??360,e=n.height??140,r=8,i=8,u=16,C=22,M=t.counts.length,P=t.counts.reduce((h,l)=>Math.max(h,l),1),$=(s-r-i)/M,b=e-u-C,A=t.counts.map((h,l)=>{let w=b*h/P,v=r+l*$,x=u+b-w;return`<rect x="${m(v+1)}" y="${m(x)}" width="${m($-2)}" height="${m(w)}" fill="#4a78b5"><title>${f(t.edges[l])}\u2013${f(t.edges[l+1])} %: ${h}</title></rect>`+(h?`<text x="${m(v+$/2)}" y="${m(x-3)}" text-anchor="middle">${h}</text>`:"")}).join(""),z=t.edges.map((h,l)=>`<text x="${m(r+l*$)}" y="${e-6}" text-anchor="middle">${f(h)}</text>`).join("");return`<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${(0,k.default)(c(n.label))}" width="${s}" height="${e}" viewBox="0 0 ${s} ${e}" font-family="sans-serif" font-size="10"><line x1="${r}" y1="${u+b}" x2="${s-i}" y2="${u+b}" stroke="#888"/>${A}${z}</svg>`}var m=t=>(Math.round(t*10)/10).toString(),f=t=>(Math.round(t*10)/10).toString();var o=t=>(0,H.default)(c(t)),a=(t,n=1)=>(Math.round(t*10**n)/10**n).toString(),I=t=>t==="error"||t==="warning"?t:"info",N=`body{font-family:system-ui,sans-serif;margin:2em auto;max-width:70em;color:#222;padding:0 1em}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}h3{margin-top:1.5em}
table{border-collapse:collapse;margin:.6em 0;font-size:.92em}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
td.num,th.num{text-align:right}.error{color:#a40000}.warning{color:#8a5a00}.info{color:#225}
.summary{display:flex;gap:2em;flex-wrap:wrap;align-items:flex-start}code{font-size:.95em}
@media print{body{margin:0;max-width:none}h2{break-before:page}table,svg{break-inside:avoid}}`;function Q(t,n="gradecheck class statistics"){let s=t.assignments.map(D).join(`
`);return`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o(n)}</title><style>${N}</style></head>
<body><h1>${o(n)}</h1>
${t.assignments.length?s:"<p>No graded submission in these reports.</p>"}
${t.unplaced.length?`<section><h2>Invalid submissions of no known assignment</h2>
${T(t.unplaced)}</section>`:""}
</body></html>
`}function D(t){let n=(t.id===null?"All problems":`Assignment ${o(t.id)}`)+(t.title!==void 0?`: ${o(t.title)}`:""),s=t.percent,e=t.points,r=`<table><tr><th>students</th><td class="num">${t.students}</td></tr>
<tr><th>graded submissions</th><td class="num">${t.submissions}</td></tr><tr><th>invalid submissions</th><td class="num">${t.invalid}</td></tr>
<tr><th>points possible</th><td class="num">${a(t.maxScore,2)}</td></tr>
<tr><th>mean</th><td class="num">${a(e.mean,2)} (${a(s.mean)} %)</td></tr><tr><th>median</th><td class="num">${a(e.median,2)} (${a(s.median)} %)</td></tr>
<tr><th>SD</th><td class="num">${a(e.sd,2)} (${a(s.sd)} %)</td></tr><tr><th>min \u2013 max</th><td class="num">${a(e.min,2)} \u2013 ${a(e.max,2)}</td></tr></table>`;return`<section class="assignment"><h2>${n}</h2>
<div class="summary">${r}<figure>${y(t.histogram,{label:`scores of ${t.students} students, percent of ${a(t.maxScore,2)} points`})}<figcaption>Scores (% of the points), students per bin</figcaption></figure></div>
${t.invalidSubmissions.length?`<h3>Invalid submissions</h3>
${T(t.invalidSubmissions)}`:""}
<h3>Misconceptions</h3>
${B(t.misconceptions,t.students)}
${t.missingAnswers.length?`<h3>Parts left unanswered</h3>
${E(t.missingAnswers)}`:""}
${S(t.integrity)}
<h3>Problems and parts</h3>
${t.problems.map(i=>V(i)).join(`
`)}
${t.byParam.length?`<h3>Variants: scores by param</h3>
${t.byParam.map(L).join(`
`)}`:""}
${t.overrides.length?`<h3>Overrides</h3>
${O(t.overrides)}`:""}
</section>`}function O(t){return`<table class="overrides"><thead><tr><th>student</th><th>problem</th><th>part</th><th class="num">points</th><th>by</th><th>reason</th></tr></thead><tbody>${t.map(s=>`<tr><td>${o(s.student??"?")}</td><td>${o(s.problem)}</td><td>${o(s.part)}</td><td class="num">${a(s.before,2)} \u2192 ${a(s.after,2)}</td><td>${o(s.by??"")}</td><td>${o(s.reason)}</td></tr>`).join("")}</tbody></table>`}function B(t,n){if(!t.length)return n?"<p>No findings: every student answered every part they answered right.</p>":"<p>No graded submission.</p>";let s=r=>r.parts.map(i=>`${i.problem===null?"(submission)":o(i.problem)}${i.part===null?"":` ${o(i.part)}`} (${i.students})`).join(", ");return`<table class="misconceptions"><thead><tr><th>finding</th><th>parts (students)</th><th class="num">students</th><th class="num">of the class</th><th class="num">points lost</th><th>example</th></tr></thead><tbody>
${t.map(r=>`<tr><td class="${I(r.severity)}"><code>${o(r.code)}</code></td><td>${s(r)}</td><td class="num">${r.students}</td><td class="num">${a(r.percent)} %</td><td class="num">${a(r.pointsLost,2)}</td><td>${o(r.example)}</td></tr>`).join(`
`)}
</tbody></table>`}function E(t){return`<table class="missing"><thead><tr><th>problem</th><th>part</th><th class="num">students</th><th class="num">of the class</th></tr></thead><tbody>
${t.map(s=>`<tr><td>${o(s.problem)}</td><td>${o(s.part)}</td><td class="num">${s.students}</td><td class="num">${a(s.percent)} %</td></tr>`).join(`
`)}
</tbody></table>`}function T(t){return`<table class="invalid"><thead><tr><th>file</th><th>student</th><th>finding</th><th>reason</th></tr></thead><tbody>
${t.map(s=>`<tr><td>${o(s.file)}</td><td>${s.student===null?"":o(s.student)}</td><td><code>${o(s.code)}</code></td><td>${o(s.reason)}</td></tr>`).join(`
`)}
</tbody></table>`}function L(t){let n=t.values.map(s=>`<tr><td>${o(s.value)}</td><td class="num">${s.students}</td><td class="num">${a(s.meanPercent)} %</td></tr>`).join("");return`<table class="params"><caption>${o(t.problem)}: ${o(t.param)}</caption><thead><tr><th>value</th><th class="num">students</th><th class="num">mean</th></tr></thead><tbody>${n}</tbody></table>`}function V(t){let n=t.parts.map(s=>`<tr><td>${o(s.id)}</td><td class="num">${a(s.mean,2)} / ${a(s.maxScore,2)}</td><td class="num">${a(s.fullMarks)} %</td><td class="num">${a(s.missing)} %</td><td class="num">${s.discrimination===null?"\u2014":a(s.discrimination,2)}</td><td>${y(s.histogram,{width:180,height:70,label:`${s.id}: score distribution`})}</td></tr>`).join(`
`);return`<h4>${o(t.id)} \u2014 mean ${a(t.mean,2)} / ${a(t.maxScore,2)}</h4>
<table class="parts"><thead><tr><th>part</th><th class="num">mean</th><th class="num">full marks</th><th class="num">missing</th><th class="num">discrimination</th><th>distribution (%)</th></tr></thead><tbody>
${n}
</tbody></table>`}export{Q as statsHtml};
