// The PyTorch engine: python/torch_engine.py trains one model with one seed per process, reading
// the images this side wrote once to a temporary folder (float32 pixels, uint8 labels: the same
// numbers tfjs trains on, validation split included). Its figures come back a line per epoch.
// OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE, set on some machines for old OpenBLAS builds, slow
// today's several times over: they are not passed on.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Dataset, Split } from '../../data/datasets.js';
import type { Engine, TrainHooks } from './engines.js';
import type { EpochMetrics } from './train.js';

/** The script: in the package's python/ folder (from src/ or dist/), or beside the bundle. */
export function torchScript(): string {
  const candidates = ['../../../python/torch_engine.py', './python/torch_engine.py'].map((r) => fileURLToPath(new URL(r, import.meta.url)));
  const found = candidates.find(existsSync);
  if (!found) throw new Error(`python/torch_engine.py not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** Threads for PyTorch: $GRADECHECK_TORCH_THREADS, else 1 (measured fastest on a shared 2-core machine; npm run bench:train). */
export const torchThreads = (): number => Number(process.env.GRADECHECK_TORCH_THREADS) || 1;

export function torchEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  return env;
}

/** Torch's version and the BLAS kernel OpenBLAS picked (for the reference's engine line and bench:train). */
export function torchVersion(python: string): string {
  const r = spawnSync(python, ['-c', 'import torch; print(torch.__version__)'], { encoding: 'utf8', env: torchEnv(), timeout: 60_000 });
  return r.status === 0 ? r.stdout.trim() : 'unknown';
}

function writeSplit(dir: string, name: string, s: Split): void {
  writeFileSync(join(dir, `${name}.x`), new Uint8Array(s.x.buffer, s.x.byteOffset, s.x.byteLength));
  writeFileSync(join(dir, `${name}.y`), s.y);
}

export function openTorch(python: string, data: Dataset): Engine {
  const script = torchScript();
  const dir = mkdtempSync(join(tmpdir(), 'gradecheck-torch-'));
  writeSplit(dir, 'train', data.train);
  writeSplit(dir, 'test', data.test);
  if (data.validation) writeSplit(dir, 'validation', data.validation);
  const name = `PyTorch ${torchVersion(python)} (${torchThreads()} thread${torchThreads() > 1 ? 's' : ''})`;
  // One process for the problem's runs: torch is imported and the images read once.
  const child = spawn(python, [script], { env: torchEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '', exited: string | undefined;
  let current: { resolve: (m: EpochMetrics[]) => void; reject: (e: Error) => void; curves: EpochMetrics[]; hooks: TrainHooks; model: string } | undefined;
  child.stderr.on('data', (b: Buffer) => (err = (err + b.toString()).slice(-4000)));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const m = JSON.parse(line) as { batch?: [number, number, number]; epoch?: number; metrics?: EpochMetrics; done?: boolean };
    if (!current) return;
    if (m.batch) current.hooks.onBatch(...m.batch);
    else if (m.metrics) current.curves.push(m.metrics), current.hooks.onEpoch(m.epoch!, m.metrics);
    else if (m.done) {
      const c = current;
      current = undefined;
      c.resolve(c.curves);
    }
  });
  const stopped = (why: string) => {
    exited = why;
    current?.reject(new Error(`the PyTorch engine stopped (${why}) training ${current.model}: ${err.trim().split('\n').slice(-3).join(' ')}`));
    current = undefined;
  };
  child.on('error', (e) => stopped(e.message));
  child.on('close', (code) => stopped(`exit ${code}`));
  return {
    name,
    close: () => {
      child.stdin.end();
      rmSync(dir, { recursive: true, force: true });
    },
    train: (spec, settings, seed, hooks) =>
      new Promise<EpochMetrics[]>((resolve, reject) => {
        if (exited) return reject(new Error(`the PyTorch engine stopped (${exited}): ${err.trim().split('\n').slice(-3).join(' ')}`));
        current = { resolve, reject, curves: [], hooks, model: spec.name };
        const layers = spec.layers.map(({ pos: _pos, ...l }) => l);
        child.stdin.write(JSON.stringify({ dir, spec: { name: spec.name, input: spec.input, layers }, settings, seed, threads: torchThreads(), classes: data.train.classes }) + '\n');
      }),
  };
}
