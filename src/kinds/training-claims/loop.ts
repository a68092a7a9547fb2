// The training loop every replica runs, on the main thread (replica 0, which reports progress)
// and on workers. Each replica shuffles with the same seeded generator, so all agree on every
// batch without talking; they meet at one barrier per step (after writing their shards'
// gradients) and one per evaluation.
import type { Tf } from '../../tfjs/load.js';
import type { Dataset, Split } from '../../data/datasets.js';
import type { Shape } from '../../layers/types.js';
import type { Exchange } from './exchange.js';
import type { Replica } from './replica.js';
import { prng, type EpochMetrics, type ModelSpec, type Settings } from './train.js';

export interface LoopJob {
  spec: ModelSpec;
  settings: Settings;
  seed: number;
  data: Dataset;
}

export interface LoopHooks {
  onEpoch?: (epoch: number, m: EpochMetrics) => void;
  onBatch?: (epoch: number, done: number, total: number) => void;
}

export async function runReplica(tf: Tf, job: LoopJob, r: number, ex: Exchange, replica: Replica, hooks: LoopHooks = {}): Promise<EpochMetrics[]> {
  const { spec, settings: s, data } = job;
  const classes = data.train.classes;
  const S = ex.shards, W = ex.threads;
  let phase = 0;
  // Phase 0: every replica starts from replica 0's weights.
  if (r === 0) replica.readWeights(ex.gradSlot(phase, 0));
  await ex.arrive(r, phase);
  if (r !== 0) replica.writeWeights(ex.gradSlot(phase, 0));
  phase++;

  const rand = prng(job.seed);
  const order = Uint32Array.from({ length: data.train.n }, (_, i) => i);
  const curves: EpochMetrics[] = [];
  let step = 0;
  for (let e = 0; e < s.epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let loss = 0, correct = 0, seen = 0;
    for (let b = 0; b < order.length; b += s.batch, step++, phase++) {
      const end = Math.min(b + s.batch, order.length), size = end - b;
      for (let k = r; k < S; k += W) {
        const from = b + Math.floor((k * size) / S), to = b + Math.floor(((k + 1) * size) / S);
        const slot = ex.gradSlot(phase, k);
        if (to === from) {
          slot.fill(0);
          ex.setStats(phase, k, 0, 0);
          continue;
        }
        const { xs, ys } = batchTensors(tf, data.train, order, from, to, spec.input, classes);
        const f = replica.shardGradients(xs, ys, size, step * S + k, slot);
        tf.dispose([xs, ys]);
        ex.setStats(phase, k, f.loss, f.correct);
      }
      await ex.arrive(r, phase);
      replica.apply(ex.shardGrads(phase));
      const f = ex.figures(phase);
      loss += f.loss;
      correct += f.correct;
      seen += size;
      if (r === 0) hooks.onBatch?.(e + 1, seen, order.length);
    }
    const none = { loss: 0, correct: 0 };
    ex.setTest(r, evaluate(tf, replica.model, data.test, spec.input, classes, r, W), data.validation ? evaluate(tf, replica.model, data.validation, spec.input, classes, r, W) : none);
    await ex.arrive(r, phase++);
    const test = ex.testTotals();
    const v = data.validation;
    const m: EpochMetrics = {
      trainLoss: loss / seen,
      trainAccuracy: correct / seen,
      testLoss: test.loss / data.test.n,
      testAccuracy: test.correct / data.test.n,
      ...(v ? { validationLoss: test.validationLoss / v.n, validationAccuracy: test.validationCorrect / v.n } : {}),
    };
    curves.push(m);
    if (r === 0) hooks.onEpoch?.(e + 1, m);
  }
  return curves;
}

function batchTensors(tf: Tf, data: Split, idx: ArrayLike<number>, from: number, to: number, input: Shape, classes: number) {
  const per = data.shape[0] * data.shape[1];
  const n = to - from;
  const x = new Float32Array(n * per);
  const y = new Float32Array(n * classes);
  for (let i = 0; i < n; i++) {
    const j = idx[from + i];
    x.set(data.x.subarray(j * per, (j + 1) * per), i * per);
    y[i * classes + data.y[j]] = 1;
  }
  const shape = input.length === 3 ? [n, input[1], input[2], input[0]] : [n, per];
  return { xs: tf.tensor(x, shape), ys: tf.tensor2d(y, [n, classes]) };
}

/** Summed cross-entropy and right answers on this replica's share of the test set (chunks r, r + W, …). */
function evaluate(tf: Tf, model: import('@tensorflow/tfjs').Sequential, data: Split, input: Shape, classes: number, r: number, W: number) {
  const idx = Uint32Array.from({ length: data.n }, (_, i) => i);
  let loss = 0, correct = 0;
  for (let b = r * 1000; b < data.n; b += W * 1000) {
    const end = Math.min(b + 1000, data.n);
    const { xs, ys } = batchTensors(tf, data, idx, b, end, input, classes);
    tf.tidy(() => {
      const p = model.predict(xs) as import('@tensorflow/tfjs').Tensor2D;
      // Cross-entropy −Σ t·ln p of the softmax outputs.
      loss -= tf.sum(ys.mul(tf.log(p.clipByValue(1e-7, 1)))).dataSync()[0];
      correct += p.argMax(1).equal(ys.argMax(1)).sum().dataSync()[0];
    });
    tf.dispose([xs, ys]);
  }
  return { loss, correct };
}
