import{createRequire as __gcRequire}from'node:module';import{fileURLToPath as __gcPath}from'node:url';import{dirname as __gcDir}from'node:path';const require=__gcRequire(import.meta.url);const __filename=__gcPath(import.meta.url);const __dirname=__gcDir(__filename);
import{b}from"./chunk-VZFV7L5W.js";import{b as k}from"./chunk-GWJ4W243.js";import"./chunk-7TTIF5M4.js";import"./chunk-P5VSI2Q5.js";import{h as E,i as d,m as x}from"./chunk-RQRFMP55.js";import{a as h}from"./chunk-N2X7CRMS.js";import{E as S,I as N}from"./chunk-TQKEK5ED.js";import"./chunk-WZYP62XQ.js";import"./chunk-UUGZXCGN.js";import"./chunk-Z4NTOER7.js";import"./chunk-M3CGKOP3.js";import"./chunk-JNASKDBU.js";import"./chunk-2HBZRMPW.js";import"./chunk-U567NIXE.js";import{createWriteStream as F,existsSync as _,readdirSync as I,readFileSync as f,statSync as P}from"node:fs";import{dirname as w,join as m,relative as A,resolve as $}from"node:path";import{fileURLToPath as B}from"node:url";var g=w(B(import.meta.url)),l=_(m(g,"tfjs-backend-wasm.wasm"))?g:m(g,"..","..","bundle"),T=new Date("2026-01-01T00:00:00Z");async function X(r,e){let o=e.feedback??"full";if(!h.includes(o))throw new d(`--feedback must be one of: ${h.join(", ")}`);let u=e.visibility??"visible";if(!b.includes(u))throw new d(`--visibility must be one of: ${b.join(", ")}`);if(!_(m(l,"cli.js")))throw new d(`the bundle is missing (${l}): run npm run bundle`);let j=e.problems??[r],y=E(j).files,n=N(y);if(n.errors.length)return x(n.errors),2;let t=e.problems?n.assignments.find(s=>s.id===r):n.assignments.length===1?n.assignments[0]:void 0;if(!t){let s=n.assignments.flatMap(i=>i.id===null?[]:[i.id]);throw new d(e.problems?`there is no assignment "${r}" (known: ${s.join(", ")||"none"})`:`${r} holds ${n.assignments.length} assignments (${s.join(", ")}): give one's folder, or its id with --problems`)}let c=new Set([...t.problems.values()].map(s=>$(s.problem.file)));if(t.file&&c.add($(t.file)),[...t.problems.values()].some(s=>s.template))for(let s of y)S(s)&&c.add($(s));let D=L([...c]),{ZipFile:O}=await import("./chunk-OEU2GTJZ.js"),p=new O,a=(s,i,R=420)=>p.addBuffer(Buffer.isBuffer(i)?i:Buffer.from(i),s,{mtime:T,mode:R});for(let s of[...c].sort())a(`problems/${A(D,s).split("\\").join("/")}`,f(s));for(let s of I(l).sort())P(m(l,s)).isFile()&&a(`bundle/${s}`,f(m(l,s)));if([...t.problems.values()].some(s=>s.template)&&!e.secretFile)throw new d("this assignment draws a variant per student (params): give --secret-file, packed so the autograder can draw each student's variant");return e.secretFile&&a("secret",f(e.secretFile),384),e.roster&&(k(e.roster),a("roster.csv",f(e.roster),384)),a("setup.sh",q,493),a("run_autograder",C({assignment:t.id,feedback:o,visibility:u,secret:!!e.secretFile,roster:!!e.roster}),493),a("README.md",`# gradecheck autograder

Made by \`gradecheck gradescope-package\` for ${t.id===null?"its problems":`assignment \`${t.id}\``}: upload this zip as the autograder of a Gradescope programming assignment (Ubuntu image). Students submit their answers file (YAML).
`),await new Promise((s,i)=>{p.outputStream.pipe(F(e.out)).on("close",s).on("error",i),p.end()}),process.stderr.write(`gradecheck: wrote ${e.out}: ${c.size} problem file(s)${t.id?` of assignment ${t.id}`:""}, feedback ${o}, visibility ${u}
`),0}function L(r){let e=w(r[0]);for(;!r.every(o=>o.startsWith(e+"/"));)e=w(e);return e}var v={version:"24.22.3",sha256:{x64:"6d747cda21df616c78e9ed4f8a816cbacd25f24c1abb4d9aa26773d000e24bd9",arm64:"ecdab33ad827e0bf4a856981f274ea7f2acdb942f9c517efb34edd9171c84d0d"}},q=`#!/usr/bin/env bash
# Gradescope runs this once when it builds the autograder image.
set -euo pipefail
NODE_VERSION=${v.version}
prefix="\${GRADECHECK_NODE_PREFIX:-/usr/local}"
major() { command -v "$1" >/dev/null && "$1" -e 'process.stdout.write(process.versions.node.split(".")[0])' || echo 0; }
if [ "$(major node)" -ge 24 ]; then exit 0; fi
arch=$(uname -m)
case "$arch" in
  x86_64) arch=x64; sha256=${v.sha256.x64} ;;
  aarch64 | arm64) arch=arm64; sha256=${v.sha256.arm64} ;;
  *) echo "setup.sh: no pinned Node $NODE_VERSION for $arch" >&2; exit 1 ;;
esac
if ! command -v curl >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl ca-certificates >/dev/null
fi
tarball="\${TMPDIR:-/tmp}/node-linux-$arch-$NODE_VERSION.tgz"
curl -fsSL "https://registry.npmjs.org/node-linux-$arch/-/node-linux-$arch-$NODE_VERSION.tgz" -o "$tarball"
# The hash written above, not one fetched from the same server: a changed tarball stops here.
echo "$sha256  $tarball" | sha256sum -c -
mkdir -p "$prefix/bin"
tar -xzf "$tarball" -C "$prefix/bin" --strip-components=2 package/bin/node
rm -f "$tarball"
"$prefix/bin/node" --version
`;function C(r){let e=o=>`'${o.replace(/'/g,"'\\''")}'`;return`#!/usr/bin/env bash
# Gradescope runs this for each submission: the results go to results/results.json.
set -uo pipefail
root="\${AUTOGRADER_ROOT:-/autograder}"
src="$root/source"
results="$root/results/results.json"
mkdir -p "$root/results"
# The student is Gradescope's submitter (submission_metadata.json), not whoever the file names.
identity=()
if [ -f "$root/submission_metadata.json" ]; then identity=(--gradescope-metadata "$root/submission_metadata.json"); fi
node "$src/bundle/cli.js" grade --problems "$src/problems" ${r.assignment?`--assignment ${e(r.assignment)} `:""}${r.secret?'--secret-file "$src/secret" ':""}${r.roster?'--roster "$src/roster.csv" ':""}\${identity[@]+"\${identity[@]}"} --feedback ${e(r.feedback)} --visibility ${e(r.visibility)} --format gradescope --output "$results" --no-cache "$root/submission" 2> "$root/results/stderr.txt"
code=$?
cat "$root/results/stderr.txt" >&2
if [ "$code" -eq 2 ] || [ ! -s "$results" ]; then
  # Nothing gradable (no answers file, or the grader stopped): say so in the results.
  node -e '
    const fs = require("fs");
    const why = fs.readFileSync(process.argv[2], "utf8").trim().replace(/^gradecheck: /gm, "") || "the grader stopped";
    const out = { score: 0, output: "**Nothing was graded.** " + why + "\\n\\nSubmit your answers as a YAML file (answers.yaml).", output_format: "md", visibility: process.argv[3], stdout_visibility: "hidden", tests: [] };
    fs.writeFileSync(process.argv[1], JSON.stringify(out, null, 2) + "\\n");
  ' "$results" "$root/results/stderr.txt" ${e(r.visibility)}
fi
exit 0
`}export{v as NODE_PIN,X as gradescopePackageCommand};
