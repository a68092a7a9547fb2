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

let pythonFound: { python: string; fastBlas: boolean } | null | undefined;

// Exit 0: torch (and numpy, which the engine reads the images with), with a fast BLAS; 2: Debian's torch on the reference BLAS (libblas3 alone,
// slower than tfjs: apt install libopenblas0-pthread); 1: no torch. find_spec does not import
// torch (~30 ms).
const PROBE = `
import glob, importlib.util as u, os, sys
s = u.find_spec("torch")
if not s or not u.find_spec("numpy"): sys.exit(1)
blas = [os.path.realpath(p) for p in glob.glob("/usr/lib/*/libblas.so.3")]
sys.exit(2 if s.origin.startswith("/usr/lib/python3/") and blas and all("/blas/libblas" in b for b in blas) else 0)
`;

function probe(): { python: string; fastBlas: boolean } | null {
  if (pythonFound !== undefined) return pythonFound;
  // Debian's python3-torch lives in the system Python, which may not be the first python3 on PATH.
  const candidates = [process.env.GRADECHECK_PYTHON, '/usr/bin/python3', 'python3'].filter((p): p is string => Boolean(p));
  pythonFound = null;
  for (const python of candidates) {
    const status = spawnSync(python, ['-c', PROBE], { stdio: 'ignore', timeout: 10_000 }).status;
    if (status === 0 || status === 2) {
      pythonFound = { python, fastBlas: status === 0 };
      break;
    }
  }
  return pythonFound;
}

/** The Python that has torch, or null. */
export function torchPython(): string | null {
  return probe()?.python ?? null;
}

/** The engine a run will use: the one asked for, or under auto PyTorch when present on a fast BLAS. */
export function resolvedEngine(): 'tfjs' | 'torch' {
  if (engineChoice.wanted === 'auto') return probe()?.fastBlas ? 'torch' : 'tfjs';
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
