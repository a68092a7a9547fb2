// The committed bundle (bundle/: what the GitHub Action and the Gradescope package run): fresh
// (rebuilt from dist/ byte for byte), self-contained (it grades, and trains on wasm, from a
// folder with no node_modules anywhere above it, as the JavaScript it was built from does),
// and the Action's inputs, outputs and failures.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { relative, join } from 'node:path';
import { bundle } from '../src/scripts/bundle.js';
import { syntheticIdxDir } from './synthetic-idx.js';
import { torchPython } from '../src/kinds/training-claims/engines.js';

/** A copy of the bundle and the bundled problems and solutions in a folder outside the repository. */
const root = mkdtempSync(join(tmpdir(), 'gc-bundle-'));
cpSync('bundle', join(root, 'bundle'), { recursive: true });
for (const d of ['problems', 'solutions']) cpSync(d, join(root, d), { recursive: true });
const run = (entry: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = root) =>
  spawnSync(process.execPath, [entry, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, GRADECHECK_CACHE_DIR: join(root, 'cache'), NO_COLOR: '1', ...env } });

/** A small training problem on synthetic data. */
function trainProblem(): string {
  const dir = syntheticIdxDir(120, 30);
  const problem = join(root, 'train.yaml');
  writeFileSync(problem, JSON.stringify({ id: 't', kind: 'training-claims', given: { dataset: { name: 'files', dir }, models: { mlp: { input: [100], layers: [{ type: 'dense', units: 8 }, { type: 'relu' }, { type: 'dense', units: 3 }] } }, training: { optimizer: 'sgd', lr: 0.1, batch: 30, epochs: 1 } }, parts: { 'mlp.test-accuracy': 1 } }));
  return problem;
}

describe('the bundle', () => {
  it('is what `npm run bundle` makes of the current sources (CI fails on any difference)', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'gc-bundle-fresh-'));
    await bundle(fresh);
    const list = (d: string) => (readdirSync(d, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((e) => e.isFile()).map((e) => relative(d, join(e.parentPath ?? e.path, e.name))).sort();
    const files = list('bundle');
    expect(list(fresh)).toEqual(files);
    const stale = files.filter((f) => !readFileSync(join(fresh, f)).equals(readFileSync(join('bundle', f))));
    expect(stale, 'bundle/ is stale: run `npm run build && npm run bundle` and commit it').toEqual([]);
  }, 60_000);

  it('grades alone (no node_modules): the same report as dist/cli.js', () => {
    const mine = run('bundle/cli.js', ['grade', '--problems', 'problems', 'solutions', '--format', 'json']);
    expect(mine.status).toBe(0);
    const theirs = spawnSync(process.execPath, [join(process.cwd(), 'dist', 'cli.js'), 'grade', '--problems', 'problems', 'solutions', '--format', 'json'], { cwd: root, encoding: 'utf8', env: { ...process.env, GRADECHECK_CACHE_DIR: join(root, 'cache-dist') } });
    expect(mine.stdout).toBe(theirs.stdout);
  });

  it('trains on wasm on two threads (the replica worker and the .wasm files beside it), as dist does', () => {
    const problem = trainProblem();
    const mine = run('bundle/cli.js', ['solve', problem, '--format', 'json', '--no-cache', '--jobs', '2', '--engine', 'tfjs']);
    expect(mine.status).toBe(0);
    const theirs = spawnSync(process.execPath, [join(process.cwd(), 'dist', 'cli.js'), 'solve', problem, '--format', 'json', '--no-cache', '--jobs', '2', '--engine', 'tfjs'], { cwd: root, encoding: 'utf8' });
    // The same figures (the time per epoch aside), on the same engine.
    const [a, b] = [mine, theirs].map((r) => JSON.parse(r.stdout).problems[0]);
    expect(a.answers).toEqual(b.answers);
    expect(a.reference.engine).toBe('tfjs 4.22.0 (wasm)');
    expect(b.reference.engine).toBe(a.reference.engine);
    const epochs = (r: { stderr: string }) => r.stderr.split('\n').filter((l) => l.includes('epoch')).map((l) => l.replace(/\(\d+(\.\d+)? s\).*$/, ''));
    expect(epochs(mine).length).toBeGreaterThan(0);
    expect(epochs(mine)).toEqual(epochs(theirs)); // losses and accuracies to 4 digits
  }, 60_000);

  // The PyTorch engine's script travels with the bundle (bundle/python/).
  it.runIf(torchPython())('trains on the PyTorch engine from the bundle', () => {
    const problem = trainProblem();
    const r = run('bundle/cli.js', ['solve', problem, '--format', 'json', '--no-cache', '--engine', 'torch']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).problems[0].reference.engine).toMatch(/^PyTorch /);
  }, 60_000);
});

describe('the Action (bundle/action.js with INPUT_* as the runner sets them)', () => {
  function action(inputs: Record<string, string>) {
    const d = mkdtempSync(join(tmpdir(), 'gc-action-'));
    const files = { GITHUB_OUTPUT: join(d, 'output'), GITHUB_STEP_SUMMARY: join(d, 'summary') };
    for (const f of Object.values(files)) writeFileSync(f, '');
    const env = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
    const r = run('bundle/action.js', [], { ...env, ...files });
    return { ...r, outputs: readFileSync(files.GITHUB_OUTPUT, 'utf8'), summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8') };
  }
  it('one submission in a folder with spaces: its score is the output, its own table in the summary, the stats beside it', () => {
    mkdirSync(join(root, 'my work'), { recursive: true });
    cpSync(join(root, 'solutions', 'seed004-student.yaml'), join(root, 'my work', 'me.yaml'));
    const r = action({ problems: 'problems', submissions: 'my work', stats: 'stats.html' });
    expect(r.status).toBe(0);
    expect(r.outputs).toMatch(/^score<<.*\n37\.6944\n/m);
    expect(r.outputs).toMatch(/^max-score<<.*\n50\n/m);
    expect(r.summary).toContain('<h3>seed004-student: 37.6944/50 (75.4%)</h3>' /* issue 22: ECF on seed 004's gd (+6); the score as stored */);
    expect(r.summary).toContain('# gradecheck class statistics');
    expect(readFileSync(join(root, 'stats.html'), 'utf8')).toContain('<svg');
    expect(r.stdout).toMatch(/^::error title=value\.mismatch,file=my work\/me\.yaml,line=11,col=12::/m);
  });
  it('hints: no expected value in the annotations', () => {
    const r = action({ problems: 'problems', submissions: 'solutions/seed004-student.yaml', feedback: 'hints' });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('expected 0.131');
    expect(r.stdout).toContain('dW1 row 1, column 1 is 0.431, which is not right');
  });
  it('a repository with no submission is a failed step with a clear message, never a green one', () => {
    mkdirSync(join(root, 'empty'), { recursive: true });
    const r = action({ problems: 'problems', submissions: 'empty' });
    expect(r.status).not.toBe(0);
    expect(r.stderr + r.stdout).toMatch(/no submission \(\*\.yaml, \*\.yml, or a \*\.md or \*\.ipynb report\) in empty/);
    expect(r.stdout).toMatch(/::error::gradecheck: nothing was graded/);
  });
  it('below fail-under: a failed step that says so', () => {
    const r = action({ problems: 'problems', submissions: 'solutions/seed004-student.yaml', 'fail-under': '90' });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(/::error::gradecheck: a submission scored below fail-under/);
  });
});
