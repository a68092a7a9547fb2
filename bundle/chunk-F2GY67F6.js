import{createRequire as __gcRequire}from'node:module';import{fileURLToPath as __gcPath}from'node:url';import{dirname as __gcDir}from'node:path';const require=__gcRequire(import.meta.url);const __filename=__gcPath(import.meta.url);const __dirname=__gcDir(__filename);
import{a as g}from"./chunk-ZGFVK7Y4.js";import"./chunk-O46BOZYB.js";import"./chunk-P5VSI2Q5.js";import{f as v,g as l,k as w}from"./chunk-UAL3BLKY.js";import{a as p}from"./chunk-LN4RRVM6.js";import{w as y}from"./chunk-KD7QWJIQ.js";import"./chunk-QYKFK5LS.js";import"./chunk-HV7X4NJD.js";import"./chunk-PJ7B7YGB.js";import"./chunk-JNASKDBU.js";import"./chunk-2HBZRMPW.js";import"./chunk-U567NIXE.js";import{createWriteStream as B,existsSync as x,readdirSync as D,readFileSync as h,statSync as L}from"node:fs";import{dirname as $,join as d,relative as N,resolve as S}from"node:path";import{fileURLToPath as P}from"node:url";var b=$(P(import.meta.url)),c=x(d(b,"tfjs-backend-wasm.wasm"))?b:d(b,"..","..","bundle"),R=new Date("2026-01-01T00:00:00Z");async function J(t,e){let o=e.feedback??"full";if(!p.includes(o))throw new l(`--feedback must be one of: ${p.join(", ")}`);let u=e.visibility??"visible";if(!g.includes(u))throw new l(`--visibility must be one of: ${g.join(", ")}`);if(!x(d(c,"cli.js")))throw new l(`the bundle is missing (${c}): run npm run bundle`);let j=e.problems??[t],k=v(j).files,n=y(k);if(n.errors.length)return w(n.errors),2;let r=e.problems?n.assignments.find(s=>s.id===t):n.assignments.length===1?n.assignments[0]:void 0;if(!r){let s=n.assignments.flatMap(i=>i.id===null?[]:[i.id]);throw new l(e.problems?`there is no assignment "${t}" (known: ${s.join(", ")||"none"})`:`${t} holds ${n.assignments.length} assignments (${s.join(", ")}): give one's folder, or its id with --problems`)}let m=new Set([...r.problems.values()].map(s=>S(s.problem.file)));r.file&&m.add(S(r.file));let E=T([...m]),{ZipFile:F}=await import("./chunk-OEU2GTJZ.js"),f=new F,a=(s,i,A=420)=>f.addBuffer(Buffer.isBuffer(i)?i:Buffer.from(i),s,{mtime:R,mode:A});for(let s of[...m].sort())a(`problems/${N(E,s).split("\\").join("/")}`,h(s));for(let s of D(c).sort())L(d(c,s)).isFile()&&a(`bundle/${s}`,h(d(c,s)));if([...r.problems.values()].some(s=>s.template)&&!e.secretFile)throw new l("this assignment draws a variant per student (params): give --secret-file, packed so the autograder can draw each student's variant");return e.secretFile&&a("secret",h(e.secretFile),384),a("setup.sh",_,493),a("run_autograder",q({assignment:r.id,feedback:o,visibility:u,secret:!!e.secretFile}),493),a("README.md",`# gradecheck autograder

Made by \`gradecheck gradescope-package\` for ${r.id===null?"its problems":`assignment \`${r.id}\``}: upload this zip as the autograder of a Gradescope programming assignment (Ubuntu image). Students submit their answers file (YAML).
`),await new Promise((s,i)=>{f.outputStream.pipe(B(e.out)).on("close",s).on("error",i),f.end()}),process.stderr.write(`gradecheck: wrote ${e.out}: ${m.size} problem file(s)${r.id?` of assignment ${r.id}`:""}, feedback ${o}, visibility ${u}
`),0}function T(t){let e=$(t[0]);for(;!t.every(o=>o.startsWith(e+"/"));)e=$(e);return e}var _=`#!/usr/bin/env bash
# Gradescope runs this once when it builds the autograder image.
set -euo pipefail
major() { command -v "$1" >/dev/null && "$1" -e 'process.stdout.write(process.versions.node.split(".")[0])' || echo 0; }
if [ "$(major node)" -ge 20 ]; then exit 0; fi
if command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs curl xz-utils ca-certificates >/dev/null || true
fi
if [ "$(major node)" -ge 20 ]; then exit 0; fi
# The image's packages are older: nodejs.org's tarball (NodeSource's builds come from the same place).
arch=$(uname -m); case "$arch" in x86_64) arch=x64 ;; aarch64) arch=arm64 ;; esac
curl -fsSL "https://nodejs.org/dist/latest-v20.x/SHASUMS256.txt" -o /tmp/node-sums.txt
tarball=$(grep -o "node-v20[^ ]*-linux-$arch.tar.xz" /tmp/node-sums.txt | head -1)
curl -fsSL "https://nodejs.org/dist/latest-v20.x/$tarball" -o "/tmp/$tarball"
(cd /tmp && grep " $tarball\\$" node-sums.txt | sha256sum -c -)
tar -xJf "/tmp/$tarball" -C /usr/local --strip-components=1
node --version
`;function q(t){let e=o=>`'${o.replace(/'/g,"'\\''")}'`;return`#!/usr/bin/env bash
# Gradescope runs this for each submission: the results go to results/results.json.
set -uo pipefail
root="\${AUTOGRADER_ROOT:-/autograder}"
src="$root/source"
results="$root/results/results.json"
mkdir -p "$root/results"
node "$src/bundle/cli.js" grade --problems "$src/problems" ${t.assignment?`--assignment ${e(t.assignment)} `:""}${t.secret?'--secret-file "$src/secret" ':""}--feedback ${e(t.feedback)} --visibility ${e(t.visibility)} --format gradescope --output "$results" --no-cache "$root/submission" 2> "$root/results/stderr.txt"
code=$?
cat "$root/results/stderr.txt" >&2
if [ "$code" -eq 2 ] || [ ! -s "$results" ]; then
  # Nothing gradable (no answers file, or the grader stopped): say so in the results.
  node -e '
    const fs = require("fs");
    const why = fs.readFileSync(process.argv[2], "utf8").trim().replace(/^gradecheck: /gm, "") || "the grader stopped";
    const out = { score: 0, output: "**Nothing was graded.** " + why + "\\n\\nSubmit your answers as a YAML file (answers.yaml).", output_format: "md", visibility: process.argv[3], stdout_visibility: "hidden", tests: [] };
    fs.writeFileSync(process.argv[1], JSON.stringify(out, null, 2) + "\\n");
  ' "$results" "$root/results/stderr.txt" ${e(t.visibility)}
fi
exit 0
`}export{J as gradescopePackageCommand};
