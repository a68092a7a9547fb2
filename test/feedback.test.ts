// Feedback levels (issue 15): `hints` names the mistake and why but never an expected value, in any
// format; `score` gives scores and statuses only. Checked on the bundled students and on answer
// keys with the classic mistakes planted (every finding of `full` paired with its `hints` twin).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cache = mkdtempSync(join(tmpdir(), 'gc-cache-'));
const gc = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1' } });

/** Wrong answers: each key with one mistake planted per file, and the bundled students. */
const MISTAKES: [string, RegExp, string][] = [
  ['usi-a2', /range: 0 < eta < 1\/6/, 'range: "0 < η ≤ 1/6"'],
  ['usi-a2', /hessian: \[\[10, 4\], \[4, 4\]\]/, 'hessian: [[5, 2], [2, 2]]'],
  ['usi-a2', /rule: 0 < eta < 2\/lambda_max/, 'rule: "0 < eta < 1/lambda_min"'],
  ['usi-a2', /db2: -2\.04/, 'db2: 2.04'],
  ['usi-a2', /loss: 1\.0185/, 'loss: 2.037'],
  ['usi-a2', /dW1: \[\[0\.131,/, 'dW1: [[0.431,'],
  ['usi-a2', /out: \[16, 12, 12\], params: 1216/, 'out: [16, 13, 13], params: 1200'],
  ['usi-a2', /total: 10496/, 'total: 10000'],
  ['hw3', /params: 200960/, 'params: 200704'],
  ['hw3', /total: 269322/, 'total: 268800'],
  ['hw3', /n: 53/, 'n: 54'],
  ['hw3', /params: 640/, 'params: 610'],
  ['batch-conv', /db: \[[^\]]*\]/, 'db: [1, 1]'],
  ['batch-conv', /dW: \[\[\[\[6, 4\]/, 'dW: [[[[-6, 4]'], // the bundled student's dW is right in its own layout now
];
const dir = mkdtempSync(join(tmpdir(), 'gc-feedback-'));
MISTAKES.forEach(([key, re, to], i) => {
  const text = readFileSync(`solutions/answer-keys/${key}.yaml`, 'utf8');
  expect(re.test(text)).toBe(true);
  writeFileSync(join(dir, `m${String(i).padStart(2, '0')}.yaml`), text.replace(re, to).replace(/^student: .*$/m, `student: m${i}`));
});
const inputs = ['--problems', 'problems', 'solutions', dir];

type F = { code: string; message: string; expected?: string; got?: string; entries?: { expected?: string }[] };
const findings = (json: string): F[] => JSON.parse(json).submissions.flatMap((s: any) => [...s.findings, ...s.problems.flatMap((p: any) => p.parts.flatMap((pt: any) => pt.findings))]);

describe('--feedback hints', () => {
  const full = findings(gc('grade', ...inputs, '--format', 'json').stdout);
  const hints = findings(gc('grade', ...inputs, '--format', 'json', '--feedback', 'hints').stdout);
  it('the same findings, in the same order, with the same codes', () => {
    expect(full.length).toBeGreaterThan(40);
    expect(hints.map((f) => f.code)).toEqual(full.map((f) => f.code));
  });
  it('no expected value: not in a field, not in an entry, not in a message', () => {
    expect(hints.filter((f) => f.expected !== undefined || f.entries?.some((e) => e.expected !== undefined))).toEqual([]);
    // What the question gives is not the answer: the shape a part must have (answer.wrong-shape),
    // a design's target (design.target-missed); nor is the sum of the student's own counts, which
    // may equal the right total (total.mismatch says "not the sum of your counts (10,496)").
    const given = ['answer.wrong-shape', 'design.target-missed'];
    const ownSum = (m: string) => /not the sum of your counts/.test(m);
    const leaks = full.flatMap((f, i) => (f.expected && f.expected.length >= 3 && !given.includes(f.code) && !ownSum(hints[i].message) && hints[i].message.includes(f.expected) ? [[f.code, hints[i].message]] : []));
    expect(leaks).toEqual([]);
    expect(full.filter((f) => f.expected && f.code !== 'answer.wrong-shape').length).toBeGreaterThan(15); // there was something to hide
  });
  it.each(['text', 'markdown', 'gradescope', 'junit'])('%s shows the hints, never the expected values', (format) => {
    const out = gc('grade', ...inputs, '--format', format, '--feedback', 'hints').stdout;
    for (const v of ['0.131', '[[10, 4], [4, 4]]', '269,322', 'the network has', 'expected 53', '(≈ 0.166667)']) expect(out).not.toContain(v);
    expect(out).toContain('comes from A, but the Hessian of f = uᵀAu is A + Aᵀ');
  });
});

describe('--feedback score', () => {
  it('part scores and statuses only; the same scores as full', () => {
    const full = JSON.parse(gc('grade', ...inputs, '--format', 'json').stdout);
    const score = JSON.parse(gc('grade', ...inputs, '--format', 'json', '--feedback', 'score').stdout);
    const scores = (r: any) => r.submissions.map((s: any) => [s.score, s.problems.map((p: any) => p.parts.map((pt: any) => [pt.status, pt.score]))]);
    expect(scores(score)).toEqual(scores(full));
    expect(score.submissions.flatMap((s: any) => s.problems.flatMap((p: any) => p.parts.flatMap((pt: any) => pt.findings)))).toEqual([]);
  });
  it('an unknown level is a usage error', () => expect(gc('grade', ...inputs, '--feedback', 'some').status).toBe(2));
});
