// Dropout with a fresh, reproducible mask per step. tfjs-layers' Dropout given a seed draws the
// same mask on every call (it reseeds each time), which trains a fixed thinned network, and
// without a seed it is not reproducible. Here the mask's seed comes from `noise.draw`, which
// the trainer sets before each forward pass from (run seed, step, shard), so a run is the
// same whichever thread computes a shard.
import { baseArgs, firstInput, firstShape, layerMaker, type TfLayer, type TfTensor } from './layer-class.js';

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

export const dropoutLayer = layerMaker<DropoutConfig>(
  (tf) =>
    class SteppedDropout extends tf.layers.Layer {
      static className = 'GradcheckSteppedDropout';
      constructor(private readonly c: DropoutConfig) {
        super(baseArgs(c));
      }
      override computeOutputShape(inputShape: number[] | number[][]): number[] {
        return firstShape(inputShape);
      }
      override call(inputs: TfTensor | TfTensor[], kwargs: { training?: boolean }): TfTensor {
        const x = firstInput(inputs);
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
    } as unknown as new (c: DropoutConfig) => TfLayer,
);
