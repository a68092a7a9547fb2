// Training the described networks with TensorFlow.js, reproducibly: seeded initialisers, a
// seeded shuffle, seeded dropout masks, per-epoch train and test metrics. Each batch is cut into
// two shards whose gradients are computed by two replicas of the model, on two threads when the
// machine has two cores (wasm runs one core per thread), else one after the other: the same
// arithmetic either way (see replica.ts, exchange.ts, loop.ts).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerArgv, workerFile } from '../../worker-file.js';
import type { Tf } from '../../tfjs/load.js';
import { convLayer } from '../../tfjs/conv-layer.js';
import { denseLayer } from '../../tfjs/dense-layer.js';
import { dropoutLayer, type Noise } from '../../tfjs/dropout-layer.js';
import type { Dataset } from '../../data/datasets.js';
import type { Layer, Shape } from '../../layers/types.js';
import { Exchange } from './exchange.js';
import { runReplica, type LoopJob } from './loop.js';
import { Replica } from './replica.js';

export interface Settings {
  optimizer: 'sgd' | 'sgd-momentum' | 'adam';
  lr: number;
  momentum: number;
  batch: number;
  epochs: number;
  weightDecay: number;
  /** pytorch: PyTorch's defaults (Kaiming-uniform, a = √5; biases uniform ±1/√fan_in); keras (= xavier): Glorot-uniform, zero biases. */
  init: { kind: 'xavier' | 'he' | 'normal' | 'pytorch' | 'keras'; std: number };
}

export interface ModelSpec {
  name: string;
  /** [C, H, W] for conv nets, [N] for flat input. */
  input: Shape;
  layers: Layer[];
  /** The settings this model changes for itself, laid over each combination (seed 001: no weight decay with dropout). */
  own?: Partial<Settings>;
  /** What of this network the report does not state, in the instructor's words: a parameter count of it judges nothing. */
  assumed?: string;
  /** Judge this model's claims only if some plausible combination reproduces the report's first `anchor` epochs (of its claimed curves). */
  anchor?: number;
}

export interface EpochMetrics {
  trainLoss: number;
  trainAccuracy: number;
  testLoss: number;
  testAccuracy: number;
  /** On the images held out for validation, when the problem holds some out. */
  validationLoss?: number;
  validationAccuracy?: number;
}

export { prng } from '../../data/prng.js';

/** The model (ending in softmax). Weight decay is not in it: the trainer adds it to the gradients. */
export function buildModel(tf: Tf, spec: ModelSpec, s: Settings, classes: number, seed: number, noise: Noise = { draw: 0 }): import('@tensorflow/tfjs').Sequential {
  const model = tf.sequential();
  const hwc = spec.input.length === 3 ? [spec.input[1], spec.input[2], spec.input[0]] : spec.input;
  let first = true;
  let k = 0;
  const opts = () => (first ? ((first = false), { inputShape: hwc }) : {});
  const init = () => initializers(tf, s.init, seed * 1000 + k++);
  let dropouts = 0;
  for (const l of spec.layers) {
    switch (l.type) {
      case 'conv':
        model.add(convLayer(tf, { filters: l.filters!, kernelSize: l.kernel!, strides: l.stride ?? 1, padding: l.padding === 'same' ? 'same' : typeof l.padding === 'number' && l.padding > 0 ? l.padding : 'valid', useBias: l.bias !== false, ...init(), ...opts() }));
        break;
      case 'maxpool':
      case 'avgpool': {
        const cfg = { poolSize: l.size!, strides: l.stride ?? l.size!, ...opts() };
        model.add(l.type === 'maxpool' ? tf.layers.maxPooling2d(cfg) : tf.layers.averagePooling2d(cfg));
        break;
      }
      case 'flatten':
        model.add(tf.layers.flatten(opts()));
        break;
      case 'dense':
        if (!first && model.outputs[0].shape.length > 2) model.add(tf.layers.flatten());
        model.add(denseLayer(tf, { units: l.units!, useBias: l.bias !== false, ...init(), ...opts() }));
        break;
      case 'dropout':
        model.add(dropoutLayer(tf, { rate: l.rate ?? 0.5, index: seed * 1000 + dropouts++, noise, ...opts() }));
        break;
      case 'batchnorm':
        model.add(tf.layers.batchNormalization(opts()));
        break;
      default:
        model.add(tf.layers.activation({ activation: l.type as 'relu' | 'sigmoid' | 'tanh' | 'softmax', ...opts() }));
    }
  }
  const last = spec.layers[spec.layers.length - 1];
  if (last?.type !== 'softmax') model.add(tf.layers.activation({ activation: 'softmax' }));
  const outUnits = model.outputs[0].shape[model.outputs[0].shape.length - 1];
  if (outUnits !== classes) throw new Error(`model ${spec.name} ends with ${outUnits} outputs; the data set has ${classes} classes`);
  return model;
}

/**
 * A weighted layer's initialisers. PyTorch's default (nn.Linear, nn.Conv2d): weights
 * Kaiming-uniform with a = √5, i.e. uniform ±√(6 / ((1 + 5)·fan_in)) = ±1/√fan_in, and biases
 * uniform ±1/√fan_in; tfjs's varianceScaling (scale 1/3, fan in, uniform) draws the same bound,
 * and the bias initialiser reads fan_in off the kernel's shape (the last axis is the units).
 */
export function initializers(tf: Tf, init: Settings['init'], seed: number) {
  switch (init.kind) {
    case 'he':
      return { kernelInitializer: tf.initializers.heNormal({ seed }) };
    case 'normal':
      return { kernelInitializer: tf.initializers.randomNormal({ mean: 0, stddev: init.std, seed }) };
    case 'pytorch':
      return { kernelInitializer: tf.initializers.varianceScaling({ scale: 1 / 3, mode: 'fanIn', distribution: 'uniform', seed }), biasBound: (fanIn: number) => tf.initializers.randomUniform({ minval: -1 / Math.sqrt(fanIn), maxval: 1 / Math.sqrt(fanIn), seed: seed + 500 }) };
    default:
      return { kernelInitializer: tf.initializers.glorotUniform({ seed }) };
  }
}

/**
 * Shards per batch: 2, so two threads can share a batch. Batch norm needs the whole batch's
 * statistics (and updates running ones as it goes), so a model with it trains unsharded.
 */
export function shardsFor(spec: ModelSpec, s: Settings): number {
  return spec.layers.some((l) => l.type === 'batchnorm') || s.batch < 2 ? 1 : 2;
}

/** Training threads: one per shard, up to the cores (GRADECHECK_TRAIN_THREADS=1 keeps it on this thread). */
export const trainThreads: { max: number; used?: number } = { max: Number(process.env.GRADECHECK_TRAIN_THREADS) || availableParallelism() };

export async function train(
  tf: Tf,
  spec: ModelSpec,
  data: Dataset,
  s: Settings,
  seed: number,
  onEpoch?: (epoch: number, m: EpochMetrics) => void,
  onBatch?: (epoch: number, done: number, total: number) => void,
): Promise<EpochMetrics[]> {
  const replica = new Replica(tf, spec, s, data.train.classes, seed);
  const shards = shardsFor(spec, s);
  // Workers run tfjs on wasm; tfjs-node (when installed) already uses every core.
  const threads = tf.getBackend() === 'wasm' ? Math.max(1, Math.min(shards, trainThreads.max)) : 1;
  trainThreads.used = threads;
  const ex = Exchange.create(shards, replica.size, threads);
  const job: LoopJob = { spec, settings: s, seed, data };
  const workers = Array.from({ length: threads - 1 }, (_, i) => new Worker(workerFile('./replica-worker.js', import.meta.url), { workerData: { job, replica: i + 1, buffers: ex.buffers, shards, threads }, execArgv: workerArgv() }));
  for (const w of workers) {
    w.on('error', (e) => (ex.aborted ??= `training thread: ${e.message}`));
    w.on('exit', (code) => (ex.aborted ??= code === 0 ? undefined : `training thread exited with code ${code}`));
  }
  try {
    return await runReplica(tf, job, 0, ex, replica, { onEpoch, onBatch });
  } catch (e) {
    ex.fail(0);
    throw e;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    replica.dispose();
  }
}
