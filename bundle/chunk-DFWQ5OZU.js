import{createRequire as __gcRequire}from'node:module';import{fileURLToPath as __gcPath}from'node:url';import{dirname as __gcDir}from'node:path';const require=__gcRequire(import.meta.url);const __filename=__gcPath(import.meta.url);const __dirname=__gcDir(__filename);
var y=/\.(md|ipynb)$/i,m=/^( {0,3})(`{3,}|~{3,})\s*yaml\s+gradecheck\s*$/;function f(t,r){if(/\.ipynb$/i.test(t))return u(r);let o=g(r.split(/\r?\n/),0);return o.origins.length?o:{reason:"the report has no ```yaml gradecheck block: put the answers in one (see the answers template)"}}function g(t,r,o){let a=[],e=[];for(let n=0;n<t.length;n++){let i=m.exec(t[n]);if(!i)continue;let s=i[1].length,l=i[2],h=new RegExp(`^ {0,3}${l[0]==="`"?"`":"~"}{${l.length},}\\s*$`);for(n++;n<t.length&&!h.test(t[n]);n++)a.push(t[n].slice(Math.min(s,t[n].length-t[n].trimStart().length))),e.push({line:r+n+1,indent:s,...o?{cell:o}:{}})}return{yaml:a.join(`
`),origins:e}}function u(t){let r;try{r=JSON.parse(t)}catch(e){return{reason:`the notebook is not valid JSON (${e.message.split(`
`)[0]})`}}if(!r||!Array.isArray(r.cells))return{reason:"the notebook has no cells"};let o=[],a=[];return r.cells.forEach((e,n)=>{let s=(Array.isArray(e.source)?e.source.join(""):typeof e.source=="string"?e.source:"").split(/\r?\n/),l={index:n,...typeof e.id=="string"?{id:e.id}:{}},h=Array.isArray(e.metadata?.tags)&&e.metadata.tags.includes("gradecheck"),c;if(h&&(e.cell_type==="raw"||e.cell_type==="markdown")&&!s.some(d=>m.test(d)))c={yaml:s.join(`
`),origins:s.map((d,p)=>({line:p+1,indent:0,cell:l}))};else if(e.cell_type==="markdown"||e.cell_type==="raw")c=g(s,0,l);else return;c.origins.length&&(o.push(c.yaml),a.push(...c.origins))}),a.length?{yaml:o.join(`
`),origins:a}:{reason:"the notebook has no gradecheck answers: a Markdown cell with a ```yaml gradecheck block, or a raw cell tagged gradecheck"}}function w(t,r){let o=e=>{if(e.line===void 0)return e;let n=r[Math.min(Math.max(e.line,1),r.length)-1];return n?{...e,line:n.line,column:(e.column??1)+n.indent,...n.cell?{cell:n.cell}:{}}:e},a=o(t);return t.entries?{...a,entries:t.entries.map(o)}:a}function k(t,r,o){if(t==="md")return`${r.trimEnd()}

## Your answers

Write them in the block below (it is what is graded; the rest of this file is not).

\`\`\`yaml gradecheck
${o.trimEnd()}
\`\`\`
`;let a=n=>n.split(`
`).map((i,s,l)=>s<l.length-1?`${i}
`:i),e={cells:[{cell_type:"markdown",id:"statement",metadata:{},source:a(r.trimEnd())},{cell_type:"markdown",id:"how",metadata:{},source:a("## Your answers\n\nThe raw cell below, tagged `gradecheck`, is what is graded. Your own code cells may go anywhere.")},{cell_type:"raw",id:"answers",metadata:{tags:["gradecheck"]},source:a(o.trimEnd())}],metadata:{kernelspec:{display_name:"Python 3",language:"python",name:"python3"}},nbformat:4,nbformat_minor:5};return JSON.stringify(e,null,1)+`
`}export{y as a,f as b,w as c,k as d};
