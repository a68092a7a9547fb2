// A conv layer on plain tf.conv2d. tfjs-layers' Conv2D trains through the fused conv op, whose
// gradient calls Conv2DBackpropFilter directly: a kernel the wasm backend lacks, and a path the
// gradient registry (wasm-gradients.ts) cannot reach. This layer's gradient goes through the
// registry, so training a conv net works on wasm.
import type { Tf } from './load.js';

type Tensor = import('@tensorflow/tfjs').Tensor;
type LayerVariable = import('@tensorflow/tfjs').LayerVariable;
type Conv2DArgs = Parameters<Tf['layers']['conv2d']>[0];

export interface ConvConfig {
  filters: number;
  kernelSize: number;
  strides: number;
  /** A number pads every side by that many zeros inside the conv op (no separate pad layer). */
  padding: 'valid' | 'same' | number;
  useBias: boolean;
  kernelInitializer: Conv2DArgs['kernelInitializer'];
  kernelRegularizer?: Conv2DArgs['kernelRegularizer'];
  inputShape?: number[];
}

const classes = new WeakMap<object, new (c: ConvConfig) => import('@tensorflow/tfjs').layers.Layer>();

export function convLayer(tf: Tf, cfg: ConvConfig): import('@tensorflow/tfjs').layers.Layer {
  let C = classes.get(tf);
  if (!C) {
    class PlainConv2D extends tf.layers.Layer {
      static className = 'GradcheckPlainConv2D';
      private kernel?: LayerVariable;
      private bias?: LayerVariable;
      constructor(private readonly c: ConvConfig) {
        super(c.inputShape ? { inputShape: c.inputShape } : {});
      }
      override build(inputShape: number[] | number[][]): void {
        const s = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as number[];
        // The initialiser and regulariser objects are the ones tf.layers.conv2d takes.
        this.kernel = this.addWeight('kernel', [this.c.kernelSize, this.c.kernelSize, s[3], this.c.filters], 'float32', this.c.kernelInitializer as never, this.c.kernelRegularizer as never);
        if (this.c.useBias) this.bias = this.addWeight('bias', [this.c.filters], 'float32', tf.initializers.zeros());
        this.built = true;
      }
      override computeOutputShape(inputShape: number[] | number[][]): number[] {
        const s = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as number[];
        const p = typeof this.c.padding === 'number' ? this.c.padding : 0;
        const size = (h: number) => (this.c.padding === 'same' ? Math.ceil(h / this.c.strides) : Math.floor((h + 2 * p - this.c.kernelSize) / this.c.strides) + 1);
        return [s[0], size(s[1]), size(s[2]), this.c.filters];
      }
      override call(inputs: Tensor | Tensor[]): Tensor {
        return tf.tidy(() => {
          const x = (Array.isArray(inputs) ? inputs[0] : inputs) as import('@tensorflow/tfjs').Tensor4D;
          const y = tf.conv2d(x, this.kernel!.read() as import('@tensorflow/tfjs').Tensor4D, this.c.strides, this.c.padding as never);
          return this.bias ? tf.add(y, this.bias.read()) : y;
        });
      }
      override getConfig() {
        return { ...super.getConfig(), filters: this.c.filters, kernelSize: this.c.kernelSize, strides: this.c.strides, padding: this.c.padding, useBias: this.c.useBias };
      }
    }
    C = PlainConv2D as unknown as new (c: ConvConfig) => import('@tensorflow/tfjs').layers.Layer;
    classes.set(tf, C);
  }
  return new C(cfg);
}
