// Dropout with a fresh, reproducible mask per step. tfjs-layers' Dropout given a seed draws the
// same mask on every call (it reseeds each time), which trains a fixed thinned network, and
// without a seed it is not reproducible. Here the mask's seed comes from `noise.draw`, which
// the trainer sets before each forward pass from (run seed, step, shard), so a run is the
// same whichever thread computes a shard.
import type { Tf } from './load.js';

type Tensor = import('@tensorflow/tfjs').Tensor;

/** Set by the trainer before each training forward pass. */
export interface Noise {
  draw: number;
}

export interface DropoutConfig {
  rate: number;
  /** Which dropout layer this is: layers draw different masks. */
  index: number;
  noise: Noise;
  inputShape?: number[];
}

const classes = new WeakMap<object, new (c: DropoutConfig) => import('@tensorflow/tfjs').layers.Layer>();

export function dropoutLayer(tf: Tf, cfg: DropoutConfig): import('@tensorflow/tfjs').layers.Layer {
  let C = classes.get(tf);
  if (!C) {
    class SteppedDropout extends tf.layers.Layer {
      static className = 'GradcheckSteppedDropout';
      constructor(private readonly c: DropoutConfig) {
        super(c.inputShape ? { inputShape: c.inputShape } : {});
      }
      override computeOutputShape(inputShape: number[] | number[][]): number[] {
        return (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as number[];
      }
      override call(inputs: Tensor | Tensor[], kwargs: { training?: boolean }): Tensor {
        const x = Array.isArray(inputs) ? inputs[0] : inputs;
        if (!kwargs.training || this.c.rate === 0) return x.clone();
        return tf.tidy(() => {
          // Inverted dropout (as PyTorch): keep with probability 1 − rate, scale by 1/(1 − rate).
          const seed = (this.c.noise.draw * 7919 + this.c.index * 104729) % 2147483647;
          const keep = tf.randomUniform(x.shape, 0, 1, 'float32', seed).greaterEqual(this.c.rate);
          return tf.mul(x, keep.toFloat().mul(1 / (1 - this.c.rate)));
        });
      }
      override getConfig() {
        return { ...super.getConfig(), rate: this.c.rate };
      }
    }
    C = SteppedDropout as unknown as new (c: DropoutConfig) => import('@tensorflow/tfjs').layers.Layer;
    classes.set(tf, C);
  }
  return new C(cfg);
}
