// Loading TensorFlow.js lazily: importing it costs ~0.3–0.45 s, so it happens only when a
// reference must be computed (never on a run that finds every reference in the cache).
// tfjs-node is used when the user has it installed (it cannot be installed here: its install
// script downloads libtensorflow); otherwise @tensorflow/tfjs with the wasm or cpu backend.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Tf = typeof import('@tensorflow/tfjs');

export interface TfHandle {
  tf: Tf;
  /** e.g. "tfjs 4.22.0 (cpu)". */
  engine: string;
}

const handles = new Map<string, Promise<TfHandle>>();

/** `cpu` suits the small cross-checks; `wasm` (or tfjs-node) is for training. */
export function loadTf(backend: 'cpu' | 'fast' = 'cpu'): Promise<TfHandle> {
  let h = handles.get(backend);
  if (!h) {
    h = load(backend);
    handles.set(backend, h);
  }
  return h;
}

async function load(backend: 'cpu' | 'fast'): Promise<TfHandle> {
  silenceNodeBackendAdvice();
  {
    if (backend === 'fast') {
      try {
        const pkg = 'Tensorflow/tfjs-node'.replace('T', '@t');
        const tf = (await import(pkg)) as Tf;
        return { tf, engine: `tfjs-node ${tf.version_core}` };
      } catch {
        /* not installed: the wasm backend below */
      }
    }
    const tf = await import('@tensorflow/tfjs');
    if (backend === 'fast') {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      wasm.setWasmPaths(join(wasmDir(), '/'));
      const { registerWasmGradients } = await import('./wasm-gradients.js');
      registerWasmGradients(tf);
      if (await tf.setBackend('wasm')) {
        await tf.ready();
        return { tf, engine: `tfjs ${tf.version.tfjs} (wasm)` };
      }
    }
    await tf.setBackend('cpu');
    await tf.ready();
    return { tf, engine: `tfjs ${tf.version.tfjs} (cpu)` };
  }
}

/** The .wasm files: beside this module in the bundle (bundle/), else in the installed package. */
function wasmDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  if (existsSync(join(here, 'tfjs-backend-wasm.wasm'))) return here;
  return dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm'));
}

/** tfjs prints an advert for tfjs-node when a backend first runs (not at import, so the filter stays). */
let silenced = false;
function silenceNodeBackendAdvice(): void {
  if (silenced) return;
  silenced = true;
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('looks like you are running TensorFlow.js in Node.js')) return;
    warn(...args);
  };
}
