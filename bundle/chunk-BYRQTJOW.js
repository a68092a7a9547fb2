import{createRequire as __gcRequire}from'node:module';import{fileURLToPath as __gcPath}from'node:url';import{dirname as __gcDir}from'node:path';const require=__gcRequire(import.meta.url);const __filename=__gcPath(import.meta.url);const __dirname=__gcDir(__filename);
import{a as P}from"./chunk-P5VSI2Q5.js";import{a as x}from"./chunk-JNASKDBU.js";import{e as M}from"./chunk-U567NIXE.js";var y=M(P(),1);function p(t,e){let s=e.width??360,i=e.height??140,r=8,l=8,c=16,w=22,v=t.counts.length,S=Math.max(1,...t.counts),h=(s-r-l)/v,u=i-c-w,j=t.counts.map((d,m)=>{let b=u*d/S,g=r+m*h,f=c+u-b;return`<rect x="${o(g+1)}" y="${o(f)}" width="${o(h-2)}" height="${o(b)}" fill="#4a78b5"><title>${$(t.edges[m])}\u2013${$(t.edges[m+1])} %: ${d}</title></rect>`+(d?`<text x="${o(g+h/2)}" y="${o(f-3)}" text-anchor="middle">${d}</text>`:"")}).join(""),k=t.edges.map((d,m)=>`<text x="${o(r+m*h)}" y="${i-6}" text-anchor="middle">${$(d)}</text>`).join("");return`<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${e.label}" width="${s}" height="${i}" viewBox="0 0 ${s} ${i}" font-family="sans-serif" font-size="10"><line x1="${r}" y1="${c+u}" x2="${s-l}" y2="${c+u}" stroke="#888"/>${j}${k}</svg>`}var o=t=>(Math.round(t*10)/10).toString(),$=t=>(Math.round(t*10)/10).toString();var a=t=>(0,y.default)(x(t)),n=(t,e=1)=>(Math.round(t*10**e)/10**e).toString(),z=`body{font-family:system-ui,sans-serif;margin:2em auto;max-width:70em;color:#222;padding:0 1em}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}h3{margin-top:1.5em}
table{border-collapse:collapse;margin:.6em 0;font-size:.92em}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
td.num,th.num{text-align:right}.error{color:#a40000}.warning{color:#8a5a00}.info{color:#225}
.summary{display:flex;gap:2em;flex-wrap:wrap;align-items:flex-start}code{font-size:.95em}
@media print{body{margin:0;max-width:none}h2{break-before:page}table,svg{break-inside:avoid}}`;function E(t,e="gradecheck class statistics"){let s=t.assignments.map(H).join(`
`);return`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${a(e)}</title><style>${z}</style></head>
<body><h1>${a(e)}</h1>
${t.assignments.length?s:"<p>No graded submission in these reports.</p>"}
</body></html>
`}function H(t){let e=t.id===null?"All problems":`Assignment ${a(t.id)}`,s=t.percent,i=t.points,r=`<table><tr><th>students</th><td class="num">${t.students}</td></tr>
<tr><th>graded submissions</th><td class="num">${t.submissions}</td></tr><tr><th>invalid submissions</th><td class="num">${t.invalid}</td></tr>
<tr><th>points possible</th><td class="num">${n(t.maxScore,2)}</td></tr>
<tr><th>mean</th><td class="num">${n(i.mean,2)} (${n(s.mean)} %)</td></tr><tr><th>median</th><td class="num">${n(i.median,2)} (${n(s.median)} %)</td></tr>
<tr><th>SD</th><td class="num">${n(i.sd,2)} (${n(s.sd)} %)</td></tr><tr><th>min \u2013 max</th><td class="num">${n(i.min,2)} \u2013 ${n(i.max,2)}</td></tr></table>`;return`<section class="assignment"><h2>${e}</h2>
<div class="summary">${r}<figure>${p(t.histogram,{label:`scores of ${t.students} students, percent of ${n(t.maxScore,2)} points`})}<figcaption>Scores (% of the points), students per bin</figcaption></figure></div>
<h3>Misconceptions</h3>
${T(t.misconceptions)}
<h3>Problems and parts</h3>
${t.problems.map(l=>A(l)).join(`
`)}
${t.byParam.length?`<h3>Variants: scores by param</h3>
${t.byParam.map(C).join(`
`)}`:""}
</section>`}function T(t){return t.length?`<table class="misconceptions"><thead><tr><th>problem</th><th>part</th><th>finding</th><th class="num">students</th><th class="num">of the class</th><th class="num">points lost</th><th>example</th></tr></thead><tbody>
${t.map(s=>`<tr><td>${s.problem===null?"(submission)":a(s.problem)}</td><td>${s.part===null?"":a(s.part)}</td><td class="${s.severity}"><code>${a(s.code)}</code></td><td class="num">${s.students}</td><td class="num">${n(s.percent)} %</td><td class="num">${n(s.pointsLost,2)}</td><td>${a(s.example)}</td></tr>`).join(`
`)}
</tbody></table>`:"<p>No findings: every student answered every part right.</p>"}function C(t){let e=t.values.map(s=>`<tr><td>${a(s.value)}</td><td class="num">${s.students}</td><td class="num">${n(s.meanPercent)} %</td></tr>`).join("");return`<table class="params"><caption>${a(t.problem)}: ${a(t.param)}</caption><thead><tr><th>value</th><th class="num">students</th><th class="num">mean</th></tr></thead><tbody>${e}</tbody></table>`}function A(t){let e=t.parts.map(s=>`<tr><td>${a(s.id)}</td><td class="num">${n(s.mean,2)} / ${n(s.maxScore,2)}</td><td class="num">${n(s.fullMarks)} %</td><td class="num">${n(s.missing)} %</td><td class="num">${s.discrimination===null?"\u2014":n(s.discrimination,2)}</td><td>${p(s.histogram,{width:180,height:70,label:`${s.id}: score distribution`})}</td></tr>`).join(`
`);return`<h4>${a(t.id)} \u2014 mean ${n(t.mean,2)} / ${n(t.maxScore,2)}</h4>
<table class="parts"><thead><tr><th>part</th><th class="num">mean</th><th class="num">full marks</th><th class="num">missing</th><th class="num">discrimination</th><th>distribution (%)</th></tr></thead><tbody>
${e}
</tbody></table>`}export{E as statsHtml};
