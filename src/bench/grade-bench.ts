// `npm run bench`: grading throughput and cold start, measured on the built CLI.
//   1. writes N synthetic submissions (default 10,000) answering the bundled problems, each
//      with a random mix of right answers and the classic mistakes (sign flips, ½ dropped,
//      closed endpoints, missing biases, wrong shapes, refused expressions …);
//   2. grades them in one CLI run (--format json to a file) and prints submissions/s;
//   3. the same with every decimal in every submission given extra digits of its number
//      (still right to the tolerance): no two submissions share an answer block, so nothing is
//      graded from the memo of identical answers, only integer-only blocks are shared;
//   4. grades one submission from a cold start (new process, warm reference cache), 7 times,
//      and prints the median wall time; the same for one student's answers to a realistic
//      13-problem assignment (bench/assignment13.ts).
// Usage: npm run bench [-- N]
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expandPaths } from '../grading/files.js';
import { writeAssignment13, writeTemplated4 } from './assignment13.js';
import { tmpdir } from 'node:os';
import { basename, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli.js');
const N = Number(process.argv[2] ?? 10_000);

// [pattern in the answer key, replacement]: each applied with probability 0.3.
const MISTAKES: [RegExp, string][] = [
  [/range: 0 < eta < 1\/6/, 'range: "0 < η ≤ 1/6"'],
  [/hessian: \[\[10, 4\], \[4, 4\]\]/, 'hessian: [[5, 2], [2, 2]]'],
  [/eigenvalues: \[2, 12\]/, 'eigenvalues: [1, 6]'],
  [/rule: 0 < eta < 2\/lambda_max/, 'rule: "0 < eta < 1/lambda_max"'],
  [/db2: -2\.04/, 'db2: 2.04'],
  [/loss: 1\.0185/, 'loss: 2.037'],
  [/dW1: \[\[0\.131,/, 'dW1: [[0.431,'],
  [/dW2: \[-1\.2445, -0\.2385\]/, 'dW2: [[-1.2445], [-0.2385]]'],
  [/params: 200960/, 'params: 200704'],
  [/total: 269322/, 'total: 268800'],
  [/n: 53/, 'n: 54'],
  [/params: 640/, 'params: 610'],
  [/out: \[16, 15, 15\]/, 'out: [16, 16, 16]'],
  [/total: 12048/, 'total: "12,048"'],
  [/db1: \[-0\.262, -0\.318\]/, 'db1: ["-131/500", "import(\'fs\')"]'],
];

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function run(args: string[], env: NodeJS.ProcessEnv): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`gradecheck exited ${r.status}: ${r.stderr}`);
  return (performance.now() - t) / 1000;
}

const dir = mkdtempSync(join(tmpdir(), 'gradecheck-bench-'));
const subs = join(dir, 'submissions');
const distinct = join(dir, 'distinct');
mkdirSync(subs);
mkdirSync(distinct);
const cache = join(dir, 'cache');
const env = { ...process.env, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1' };
// The bundled problems as one problem set (no assignment files), less those without an answer
// key (a submission brings their layers): every synthetic submission answers every problem.
const problems = join(dir, 'problems');
mkdirSync(problems);
for (const f of expandPaths([join(root, 'problems')]).files) if (!/assignment\.ya?ml$/.test(f)) copyFileSync(f, join(problems, basename(f)));
// solve caches the references too: its own cache, so the first grading run computes them.
const solve = () => execFileSync(process.execPath, [cli, 'solve', problems], { env: { ...env, GRADECHECK_CACHE_DIR: join(dir, 'solve-cache') }, encoding: 'utf8' });
for (const [, id] of solve().matchAll(/^# (\S+): no reference answer/gm)) for (const f of readdirSync(problems)) if (readFileSync(join(problems, f), 'utf8').includes(`\nid: ${id}\n`)) rmSync(join(problems, f));
const key = solve();
const r = rng(42);
let bytes = 0;
for (let i = 0; i < N; i++) {
  let text = key.replace(/^student: .*$/m, `student: s${String(i).padStart(5, '0')}`);
  for (const [re, to] of MISTAKES) if (r() < 0.3) text = text.replace(re, to);
  bytes += text.length;
  writeFileSync(join(subs, `s${String(i).padStart(5, '0')}.yaml`), text);
  const digits = String(i + 1).padStart(5, '0');
  const answers = text.indexOf('\nanswers:');
  writeFileSync(join(distinct, `s${String(i).padStart(5, '0')}.yaml`), text.slice(0, answers) + text.slice(answers).replace(/(\d\.\d+)(?![\d/])/g, `$1${digits}`));
}
const warm = run(['grade', '--problems', problems, join(subs, 's00000.yaml'), '--format', 'json'], env);
const out = join(dir, 'report.json');
const batch = run(['grade', '--problems', problems, subs, '--format', 'json', '--output', out], env);
const report = JSON.parse(readFileSync(out, 'utf8')) as { submissions: { findings: unknown[]; problems: { parts: { findings: unknown[] }[] }[] }[] };
const findings = report.submissions.reduce((a, s) => a + s.findings.length + s.problems.reduce((b, p) => b + p.parts.reduce((c, pt) => c + pt.findings.length, 0), 0), 0);
const batchDistinct = run(['grade', '--problems', problems, distinct, '--format', 'json', '--output', out], env);
const one = join(dir, 'one.yaml');
writeFileSync(one, key);
const colds = Array.from({ length: 7 }, () => run(['grade', '--problems', problems, one, '--format', 'json'], env)).sort((a, b) => a - b);
console.log(`submissions:            ${N} (${(bytes / N / 1024).toFixed(1)} kB each on average, ${findings} findings in all)`);
console.log(`first run (computes the references and their tfjs cross-checks): ${warm.toFixed(2)} s`);
console.log(`batch, one CLI run:     ${batch.toFixed(2)} s = ${Math.round(N / batch)} submissions/s`);
console.log(`same, no two answer blocks alike (decimals made distinct): ${batchDistinct.toFixed(2)} s = ${Math.round(N / batchDistinct)} submissions/s`);
console.log(`cold start, one submission, warm reference cache: median ${colds[3].toFixed(3)} s (min ${colds[0].toFixed(3)}, max ${colds[6].toFixed(3)})`);
// The measure: a whole process grading one student's answers to a realistic 13-problem
// assignment (every kind; a function-form quadratic and surd answers), references cached.
const a13 = join(dir, 'assignment13');
writeAssignment13(root, a13);
const key13 = join(dir, 'key13.yaml');
writeFileSync(key13, execFileSync(process.execPath, [cli, 'solve', a13], { env, encoding: 'utf8' }));
run(['grade', '--problems', a13, key13, '--format', 'json'], env); // references computed and cached
const colds13 = Array.from({ length: 7 }, () => run(['grade', '--problems', a13, key13, '--format', 'json'], env)).sort((a, b) => a - b);
console.log(`cold start, one submission to a 13-problem assignment, warm cache: median ${colds13[3].toFixed(3)} s (min ${colds13[0].toFixed(3)}, max ${colds13[6].toFixed(3)}; target 0.4 s)`);
// Variants (issue 14): 1,000 students × 4 templated problems, each student graded against their
// own variants: cold (every variant's reference computed and cross-checked) and warm (cached).
const v4 = join(dir, 'templated4');
writeTemplated4(v4);
const venv = { ...env, GRADECHECK_SECRET: 'bench-secret', GRADECHECK_CACHE_DIR: join(dir, 'variants-cache') };
const roster = join(dir, 'roster.csv');
writeFileSync(roster, 'student\ns0000\n');
execFileSync(process.execPath, [cli, 'release', v4, '--students', roster, '--out', join(dir, 'release')], { env: { ...venv, GRADECHECK_CACHE_DIR: join(dir, 'release-cache') }, stdio: 'ignore' });
const key4 = readFileSync(join(dir, 'release', 'instructors', 's0000', 'key.yaml'), 'utf8');
const vsubs = join(dir, 'variant-subs');
mkdirSync(vsubs);
for (let i = 0; i < 1000; i++) writeFileSync(join(vsubs, `s${String(i).padStart(4, '0')}.yaml`), key4.replace(/^student: .*$/m, `student: s${String(i).padStart(4, '0')}`));
const vcold = run(['grade', '--problems', v4, vsubs, '--format', 'json', '--output', out], venv);
const vwarm = run(['grade', '--problems', v4, vsubs, '--format', 'json', '--output', out], venv);
console.log(`variants, 1,000 students × 4 templated problems: cold ${vcold.toFixed(2)} s (target 30 s), warm ${vwarm.toFixed(2)} s (target 2 s)`);
rmSync(dir, { recursive: true, force: true });
