// One copy of a model in training. A batch is cut into shards; a replica computes the gradient
// of one shard at a time (its share of the batch's mean loss) into a flat buffer, and applies the
// sum over all shards with its optimizer. Replicas on other threads apply the same sum to the
// same weights with the same optimizer, so every copy stays identical, and a run does not depend
// on how many threads computed its shards.
import type { Tf } from '../../tfjs/load.js';
import type { Noise } from '../../tfjs/dropout-layer.js';
import { buildModel, type ModelSpec, type Settings } from './train.js';

type Tensor = import('@tensorflow/tfjs').Tensor;
type Variable = import('@tensorflow/tfjs').Variable;

export class Replica {
  readonly model: import('@tensorflow/tfjs').Sequential;
  private readonly vars: Variable[];
  private readonly offsets: number[];
  /** Parameters in all: the length of a gradient buffer. */
  readonly size: number;
  private readonly noise: Noise = { draw: 0 };
  private readonly optimizer: import('@tensorflow/tfjs').Optimizer;

  constructor(
    private readonly tf: Tf,
    spec: ModelSpec,
    private readonly s: Settings,
    classes: number,
    seed: number,
  ) {
    this.model = buildModel(tf, spec, s, classes, seed, this.noise);
    this.vars = this.model.trainableWeights.map((w) => w.read() as Variable);
    this.offsets = [];
    let off = 0;
    for (const v of this.vars) {
      this.offsets.push(off);
      off += v.size;
    }
    this.size = off;
    this.optimizer = s.optimizer === 'adam' ? tf.train.adam(s.lr) : s.optimizer === 'sgd-momentum' ? tf.train.momentum(s.lr, s.momentum) : tf.train.sgd(s.lr);
  }

  /**
   * Writes into `out` the gradient of (Σ over the shard of the cross-entropy) / batchSize, so
   * the shards' gradients add up to the gradient of the batch mean. Returns the shard's summed
   * loss and its number of right answers. `draw` seeds the dropout masks of this shard.
   */
  shardGradients(xs: Tensor, ys: Tensor, batchSize: number, draw: number, out: Float32Array): { loss: number; correct: number } {
    const tf = this.tf;
    this.noise.draw = draw;
    let p: Tensor | undefined;
    const { value, grads } = tf.variableGrads(() => {
      p = tf.keep(this.model.apply(xs, { training: true }) as Tensor);
      // Cross-entropy of the softmax outputs, clipped as Keras does.
      return tf.neg(tf.sum(tf.mul(ys, tf.log(tf.clipByValue(p, 1e-7, 1 - 1e-7))))).div(batchSize) as import('@tensorflow/tfjs').Scalar;
    }, this.vars);
    this.vars.forEach((v, i) => out.set(grads[v.name].dataSync() as Float32Array, this.offsets[i]));
    const loss = value.dataSync()[0] * batchSize;
    const correct = tf.tidy(() => p!.argMax(1).equal(ys.argMax(1)).sum().dataSync()[0]);
    tf.dispose([value, p!, ...Object.values(grads)]);
    return { loss, correct };
  }

  /**
   * One optimizer step with the shards' gradients added in shard order (in float32 on the
   * backend: the same sum on every replica), plus weight decay on every parameter (as PyTorch's).
   */
  apply(shards: Float32Array[]): void {
    const tf = this.tf;
    tf.tidy(() => {
      const named: Record<string, Tensor> = {};
      this.vars.forEach((v, i) => {
        const part = (g: Float32Array) => tf.tensor(g.subarray(this.offsets[i], this.offsets[i] + v.size), v.shape);
        let g = part(shards[0]);
        for (let k = 1; k < shards.length; k++) g = tf.add(g, part(shards[k]));
        named[v.name] = this.s.weightDecay > 0 ? tf.add(g, tf.mul(v, this.s.weightDecay)) : g;
      });
      this.optimizer.applyGradients(named);
    });
  }

  /** The weights, flat (to start other replicas from the same ones). */
  readWeights(out: Float32Array): void {
    this.vars.forEach((v, i) => out.set(v.dataSync() as Float32Array, this.offsets[i]));
  }

  writeWeights(from: Float32Array): void {
    this.tf.tidy(() => this.vars.forEach((v, i) => v.assign(this.tf.tensor(from.subarray(this.offsets[i], this.offsets[i] + v.size), v.shape))));
  }

  dispose(): void {
    this.model.dispose();
    this.optimizer.dispose();
  }
}
