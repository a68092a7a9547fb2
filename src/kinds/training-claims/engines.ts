// Which engine retrains a problem's models. Two engines describe the same training (train.ts):
// tfjs on the wasm backend, always present, and PyTorch, used when the machine has it (Debian's
// python3-torch: 2–5× faster here, see the README's Performance). Verdicts do not depend on the
// choice: claims are judged within bands, and test/engines.test.ts trains one problem on each
// engine and checks that both land in them. The engine is part of the reference cache key, and
// every reference says which engine made it.
import { spawnSync } from 'node:child_process';
import type { Dataset } from '../../data/datasets.js';
import type { EpochMetrics, ModelSpec, Settings } from './train.js';

export type EngineChoice = 'auto' | 'tfjs' | 'torch';

/** `--engine` / $GRADECHECK_ENGINE: auto (PyTorch when installed, else tfjs), tfjs or torch. */
export const engineChoice: { wanted: EngineChoice } = { wanted: readChoice(process.env.GRADECHECK_ENGINE) };

function readChoice(v: string | undefined): EngineChoice {
  return v === 'tfjs' || v === 'torch' ? v : 'auto';
}

let pythonFound: string | null | undefined;

/**
 * The Python that has torch, or null. Debian's python3-torch lives in the system Python, which
 * may not be the first python3 on PATH. Asked with find_spec, which does not import torch (~30 ms).
 */
export function torchPython(): string | null {
  if (pythonFound !== undefined) return pythonFound;
  const candidates = [process.env.GRADECHECK_PYTHON, '/usr/bin/python3', 'python3'].filter((p): p is string => Boolean(p));
  pythonFound = candidates.find((p) => spawnSync(p, ['-c', 'import importlib.util as u, sys; sys.exit(0 if u.find_spec("torch") else 1)'], { stdio: 'ignore', timeout: 10_000 }).status === 0) ?? null;
  return pythonFound;
}

/** The engine a run will use: the one asked for, or under auto PyTorch when present. */
export function resolvedEngine(): 'tfjs' | 'torch' {
  if (engineChoice.wanted === 'auto') return torchPython() ? 'torch' : 'tfjs';
  return engineChoice.wanted;
}

export interface TrainHooks {
  onEpoch: (epoch: number, m: EpochMetrics) => void;
  onBatch: (epoch: number, done: number, total: number) => void;
}

/** A loaded engine: trains one model with one seed on the data it was opened with. */
export interface Engine {
  name: string;
  train(spec: ModelSpec, s: Settings, seed: number, hooks: TrainHooks): Promise<EpochMetrics[]>;
  close(): void;
}

export async function openEngine(data: Dataset): Promise<Engine> {
  if (resolvedEngine() === 'torch') {
    const python = torchPython();
    if (!python) throw new Error('--engine torch: no Python with torch found (install python3-torch, or set GRADECHECK_PYTHON)');
    return (await import('./torch-engine.js')).openTorch(python, data);
  }
  const { loadTf } = await import('../../tfjs/load.js');
  const { train } = await import('./train.js');
  const { tf, engine } = await loadTf('fast');
  return { name: engine, train: (spec, s, seed, h) => train(tf, spec, data, s, seed, h.onEpoch, h.onBatch), close: () => undefined };
}
