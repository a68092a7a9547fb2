// What the full retraining of every bundled seed found (README, Training claims: "What a full
// retraining found"), kept as a test. The four references in fixtures/training-full-run/ are the
// cache entries that run wrote (PyTorch engine, 440 epochs, 2 h 20 min): grading the seeds'
// students against them must give the README's verdicts. No data is reachable here, so a
// reference that no longer matches its problem (a seed edited, the engine version bumped) fails
// with "data set not found" instead of retraining for hours: rerun the full command, then copy
// its four training-claims entries from the cache over these.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cache = mkdtempSync(join(tmpdir(), 'gc-full-run-'));
cpSync('test/fixtures/training-full-run', cache, { recursive: true });

type Part = { id: string; status: string; score: number; maxScore: number; findings: { code: string; message: string }[] };
function grade(problem: string, student: string): Part[] {
  const env = { ...process.env, GRADECHECK_CACHE_DIR: cache, GRADECHECK_MNIST: '/nonexistent', GRADECHECK_FASHION_MNIST: '/nonexistent' };
  const r = spawnSync(process.execPath, ['dist/cli.js', 'grade', '--problems', `problems/training/${problem}.yaml`, `solutions/training/${student}.yaml`, '--engine', 'torch', '--format', 'json'], { encoding: 'utf8', env });
  expect(r.status, `${r.stderr}\n(the kept reference no longer matches ${problem}: see the top of this file)`).toBe(0);
  return JSON.parse(r.stdout).submissions[0].problems[0].parts;
}
/** Each part as "status score/max codes…", the codes deduplicated in order. */
const verdicts = (parts: Part[]) => Object.fromEntries(parts.map((p) => [p.id, `${p.status} ${+p.score.toFixed(4)}/${p.maxScore} ${[...new Set(p.findings.map((f) => f.code))].join(',')}`]));
const notRebuilt = 'unjudged 1/1 training.not-rebuilt';

const table: { seed: string; problem: string; total: string; parts: Record<string, string> }[] = [
  {
    seed: '000', problem: 'seed000-mnist', total: '9/11',
    parts: {
      'cnn.test-accuracy': 'correct 2/2 training.claim-consistent',
      'mlp.test-accuracy': 'correct 2/2 training.claim-consistent',
      'cnn.test-loss': 'correct 2/2 training.claim-consistent',
      // "~0.7" beside "~98%": contradicted by retraining, and implausible without it.
      'mlp.test-loss': 'incorrect 0/2 training.claim-inconsistent,training.implausible',
      // The parameter comparison is the instructor's guess of the MLP: not judged, points kept.
      comparisons: 'correct 3/3 training.assumed-network,training.comparison-holds',
    },
  },
  {
    seed: '001', problem: 'seed001-mnist', total: '21/22',
    parts: {
      'mlp.train-loss': 'correct 1/1 training.claim-consistent',
      'mlp.validation-loss': 'correct 1/1 training.claim-consistent',
      'mlp.train-accuracy': 'incorrect 0/1 training.claim-inconsistent',
      // The same shortfall in every accuracy of one network is charged once.
      'mlp.validation-accuracy': 'correct 1/1 policy.charged-once',
      'mlp.test-accuracy': 'correct 1/1 policy.charged-once',
      ...Object.fromEntries(['cnn', 'cnn-dropout'].flatMap((m) => ['train-loss', 'validation-loss', 'train-accuracy', 'validation-accuracy', 'test-accuracy', 'validation-loss-curve', 'validation-accuracy-curve'].map((k) => [`${m}.${k}`, notRebuilt]))),
      comparisons: 'unjudged 3/3 training.not-rebuilt',
    },
  },
  {
    seed: '002', problem: 'seed002-mnist', total: '12.4444/13',
    parts: {
      ...Object.fromEntries(['mlp.train-accuracy', 'mlp.train-loss', 'cnn.train-accuracy', 'cnn.train-loss'].map((k) => [k, 'correct 1/1 training.claim-consistent'])),
      'mlp.test-accuracy': 'correct 2/2 training.claim-consistent',
      'cnn.test-accuracy': 'correct 2/2 training.claim-consistent',
      comparisons: 'partial 4.4444/5 training.comparison-holds,training.comparison-false',
    },
  },
  {
    seed: '003', problem: 'seed003-fashion', total: '8/8',
    parts: {
      'cnn.test-accuracy': 'correct 2/2 training.claim-consistent',
      'cnn.test-loss': 'correct 1/1 training.claim-consistent',
      'mlp.test-accuracy': 'correct 2/2 training.claim-consistent',
      'mlp.test-loss': 'correct 1/1 training.claim-consistent',
      comparisons: 'correct 2/2 training.comparison-holds',
    },
  },
];

describe('the full retraining of every seed, graded again from its kept references', () => {
  for (const { seed, problem, total, parts } of table) {
    it(`seed ${seed}: ${total}, every part's verdict as the README's table says`, () => {
      const got = grade(problem, `seed${seed}-student`);
      expect(verdicts(got)).toEqual(parts);
      const sum = (k: 'score' | 'maxScore') => +got.reduce((s, p) => s + p[k], 0).toFixed(4);
      expect(`${sum('score')}/${sum('maxScore')}`).toBe(total);
    });
  }

  it('names the plausible combination that reproduces a claim, and the one that comes closest to a contradicted one', () => {
    const s1 = grade('seed001-mnist', 'seed001-student');
    const msg = (id: string) => s1.find((p) => p.id === id)!.findings[0].message;
    expect(msg('mlp.train-loss')).toMatch(/reproduced by retraining .* over 3 seeds with momentum 0\.9 \(assumed\)/);
    expect(msg('mlp.train-accuracy')).toMatch(/contradicted under every one of the 2 plausible combinations.*momentum 0\.9/);
    expect(msg('cnn.test-accuracy')).toMatch(/first epoch of cnn.*0\.8500, rebuilt 2\.302/);
    const s2 = grade('seed002-mnist', 'seed002-student');
    const deep = s2.find((p) => p.id === 'comparisons')!.findings.find((f) => f.code === 'training.comparison-false')!;
    expect(deep.message).toMatch(/"mlp-deep test-accuracy > mlp test-accuracy" does not hold .* every one of the 2 plausible combinations/);
  });
});
