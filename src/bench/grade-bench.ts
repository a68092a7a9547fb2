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
//   5. prints issue 25's table: each workload run with this build and with the previous release
//      (compare.ts: a worktree of PREVIOUS_RELEASE built in a temporary folder), back to back,
//      with the ratio previous / now (> 1: faster now). Figures taken under other load are only
//      comparable within one run.
// Usage: npm run bench [-- N] [--no-previous]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { expandPaths } from '../grading/files.js';
import { writeAssignment13, writeTemplated4 } from './assignment13.js';
import { writeFew13 } from './few13.js';
import { buildPrevious, PREVIOUS_RELEASE, row, runCli, type Run } from './compare.js';
import { tmpdir } from 'node:os';
import { basename, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli.js');
const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10_000);

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
// The repository the previous release is checked out from: this one (or GRADECHECK_BENCH_REPO, for a copy of dist/ run elsewhere).
const prev = process.argv.includes('--no-previous') ? null : buildPrevious(process.env.GRADECHECK_BENCH_REPO ?? root, PREVIOUS_RELEASE);
/** Each CLI with its own reference cache (their cache layouts may differ). */
const clis = [{ name: 'now', cli, env: { ...env, GRADECHECK_CACHE_DIR: join(dir, 'cache-now') } }, ...(prev ? [{ name: 'previous', cli: prev.cli, env: { ...env, GRADECHECK_CACHE_DIR: join(dir, 'cache-previous') } }] : [])];
/** The same CLI run for each build, back to back: { now, previous }. */
function both(args: (name: string) => string[], extraEnv: Record<string, string> = {}, timeoutMs?: number): Record<string, Run> {
  const out: Record<string, Run> = {};
  for (const c of clis) out[c.name] = runCli(c.cli, args(c.name), { ...c.env, ...extraEnv }, timeoutMs);
  return out;
}
const out = (name: string) => join(dir, `report-${name}.json`);
both(() => ['grade', '--problems', problems, join(subs, 's00000.yaml'), '--format', 'json']); // references computed and cached
const copies = both((n) => ['grade', '--problems', problems, subs, '--format', 'json', '--output', out(n)]);
const report = JSON.parse(readFileSync(out('now'), 'utf8')) as { submissions: { findings: unknown[]; problems: { parts: { findings: unknown[] }[] }[] }[] };
const findings = report.submissions.reduce((a, s) => a + s.findings.length + s.problems.reduce((b, p) => b + p.parts.reduce((c, pt) => c + pt.findings.length, 0), 0), 0);
const distinctRun = both((n) => ['grade', '--problems', problems, distinct, '--format', 'json', '--output', out(n)]);
console.log(`submissions:            ${N} (${(bytes / N / 1024).toFixed(1)} kB each on average, ${findings} findings in all)`);

// 10,000 submissions answering a few of the 13 problems of a realistic assignment.
const a13 = join(dir, 'assignment13');
writeAssignment13(root, a13);
const key13 = join(dir, 'key13.yaml');
writeFileSync(key13, execFileSync(process.execPath, [cli, 'solve', a13], { env, encoding: 'utf8' }));
const few = join(dir, 'few13');
writeFew13(readFileSync(key13, 'utf8'), few, N);
both(() => ['grade', '--problems', a13, key13, '--format', 'json']); // references computed and cached
const fewRun = both((n) => ['grade', '--problems', a13, few, '--format', 'json', '--output', out(`few-${n}`)]);
const perStudent = (n: string) => (fewRun[n]?.ok ? statSync(out(`few-${n}`)).size / N : NaN);

// The cold start of one student's answers to the 13 problems (this build only).
const colds13 = Array.from({ length: 7 }, () => runCli(cli, ['grade', '--problems', a13, key13, '--format', 'json'], clis[0].env).seconds).sort((a, b) => a - b);
const one = join(dir, 'one.yaml');
writeFileSync(one, key);
const colds = Array.from({ length: 7 }, () => runCli(cli, ['grade', '--problems', problems, one, '--format', 'json'], clis[0].env).seconds).sort((a, b) => a - b);
console.log(`cold start, one submission, warm reference cache: median ${colds[3].toFixed(3)} s (min ${colds[0].toFixed(3)}, max ${colds[6].toFixed(3)})`);
console.log(`cold start, one submission to a 13-problem assignment, warm cache: median ${colds13[3].toFixed(3)} s (min ${colds13[0].toFixed(3)}, max ${colds13[6].toFixed(3)}; target 0.4 s)`);

// Variants (issue 14): 1,000 students × 4 templated problems, each student graded against their
// own variants: cold (every variant's reference computed and cross-checked), then warm (cached).
const v4 = join(dir, 'templated4');
writeTemplated4(v4);
const secret = { GRADECHECK_SECRET: 'bench-secret' };
const roster = join(dir, 'roster.csv');
writeFileSync(roster, 'student\ns0000\n');
execFileSync(process.execPath, [cli, 'release', v4, '--students', roster, '--out', join(dir, 'release')], { env: { ...env, ...secret, GRADECHECK_CACHE_DIR: join(dir, 'release-cache') }, stdio: 'ignore' });
const key4 = readFileSync(join(dir, 'release', 'instructors', 's0000', 'key.yaml'), 'utf8');
const vsubs = join(dir, 'variant-subs');
mkdirSync(vsubs);
/** 1,000 students (fewer in a check run with a small N). */
const VN = Math.min(1000, N);
for (let i = 0; i < VN; i++) writeFileSync(join(vsubs, `s${String(i).padStart(4, '0')}.yaml`), key4.replace(/^student: .*$/m, `student: s${String(i).padStart(4, '0')}`));
const vcold = both((n) => ['grade', '--problems', v4, vsubs, '--format', 'json', '--output', out(`v-${n}`)], secret);
const vwarm = both((n) => ['grade', '--problems', v4, vsubs, '--format', 'json', '--output', out(`v-${n}`)], secret);
console.log(`variants, ${VN} students × 4 templated problems: cold ${vcold.now.seconds.toFixed(2)} s (target 30 s)${vcold.previous ? `, previous release ${vcold.previous.seconds.toFixed(2)} s` : ''}`);

// stats on 40,000 report entries: this build's report of the third row, four times (the
// students renamed per copy), read by each build's stats. Stopped after STATS_TIMEOUT.
const STATS_TIMEOUT = 180_000;
const statsFiles: string[] = [];
if (fewRun.now.ok) {
  const text = readFileSync(out('few-now'), 'utf8');
  for (let k = 0; k < 4; k++) {
    const f = join(dir, `stats-${k}.json`);
    writeFileSync(f, text.replace(/"(student|file)": "((?:few\/)?)(s\d{5})/g, `"$1": "$2c${k}-$3`));
    statsFiles.push(f);
  }
}
const statsRun = both(() => ['stats', ...statsFiles, '--format', 'json', '--output', join(dir, 'stats.json')], {}, STATS_TIMEOUT);

// The table of issue 25, previous release beside this build.
const rate = (r: Run | undefined) => (r?.ok ? N / r.seconds : NaN);
const secs = (r: Run | undefined) => (!r ? 'not run' : r.timedOut ? `> ${(STATS_TIMEOUT / 1000).toFixed(0)} s (stopped)` : !r.ok ? 'failed' : `${r.seconds.toFixed(2)} s`);
const mem = (r: Run | undefined) => (r?.peakMB ? `, ${Math.round(r.peakMB)} MB` : '');
const perSec = (r: Run | undefined) => (r?.ok ? `${Math.round(rate(r))} /s${mem(r)}` : secs(r));
const P = (x: Record<string, Run>) => x.previous;
console.log('');
console.log(`| workload | previous release (${PREVIOUS_RELEASE}) | now | ratio (> 1: now faster or smaller) |`);
console.log('| --- | ---: | ---: | ---: |');
console.log(row(`copies of one answer set (${N})`, perSec(copies.now), perSec(P(copies)), rate(copies.now) / rate(P(copies))));
console.log(row(`distinct answers (every decimal per-student, ${N})`, perSec(distinctRun.now), perSec(P(distinctRun)), rate(distinctRun.now) / rate(P(distinctRun))));
console.log(row(`${N} submissions that each answer a few of 13 problems`, `${secs(fewRun.now)}${mem(fewRun.now)}`, `${secs(P(fewRun))}${mem(P(fewRun))}`, P(fewRun)?.ok ? P(fewRun).seconds / fewRun.now.seconds : null));
console.log(row('  same, JSON report bytes per student', `${Math.round(perStudent('now'))} B`, prev ? `${Math.round(perStudent('previous'))} B` : 'not run', perStudent('previous') / perStudent('now')));
console.log(row(`${VN} students × 4 templated problems, warm cache`, `${secs(vwarm.now)}${mem(vwarm.now)}`, `${secs(P(vwarm))}${mem(P(vwarm))}`, P(vwarm)?.ok ? P(vwarm).seconds / vwarm.now.seconds : null));
console.log(row(`\`stats\` on ${statsFiles.length * N} reports`, `${secs(statsRun.now)}${mem(statsRun.now)}`, `${secs(P(statsRun))}${mem(P(statsRun))}`, P(statsRun)?.ok && statsRun.now.ok ? P(statsRun).seconds / statsRun.now.seconds : null));
console.log('');
console.log('Times are wall seconds of one CLI process each; the two builds ran back to back on the same machine, so only their ratio means much on a loaded one.');
prev?.remove();
rmSync(dir, { recursive: true, force: true });
