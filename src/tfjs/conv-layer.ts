// A conv layer on plain tf.conv2d. tfjs-layers' Conv2D trains through the fused conv op, whose
// gradient calls Conv2DBackpropFilter directly: a kernel the wasm backend lacks, and a path the
// gradient registry (wasm-gradients.ts) cannot reach. This layer's gradient goes through the
// registry, so training a conv net works on wasm.
import type { Tf } from './load.js';
import { baseArgs, firstInput, firstShape, layerMaker, type TfLayer, type TfTensor } from './layer-class.js';

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
  /** The bias initialiser, given the layer's fan-in (PyTorch draws biases uniform ±1/√fan_in); zeros when absent. */
  biasBound?: (fanIn: number) => unknown;
  inputShape?: number[];
}

export const convLayer = layerMaker<ConvConfig>(
  (tf) =>
    class PlainConv2D extends tf.layers.Layer {
      static className = 'GradcheckPlainConv2D';
      private kernel?: LayerVariable;
      private bias?: LayerVariable;
      constructor(private readonly c: ConvConfig) {
        super(baseArgs(c));
      }
      override build(inputShape: number[] | number[][]): void {
        const s = firstShape(inputShape);
        // The initialiser object is the one tf.layers.conv2d takes.
        this.kernel = this.addWeight('kernel', [this.c.kernelSize, this.c.kernelSize, s[3], this.c.filters], 'float32', this.c.kernelInitializer as never);
        if (this.c.useBias) this.bias = this.addWeight('bias', [this.c.filters], 'float32', (this.c.biasBound?.(this.c.kernelSize * this.c.kernelSize * s[3]) ?? tf.initializers.zeros()) as never);
        this.built = true;
      }
      override computeOutputShape(inputShape: number[] | number[][]): number[] {
        const s = firstShape(inputShape);
        const p = typeof this.c.padding === 'number' ? this.c.padding : 0;
        const size = (h: number) => (this.c.padding === 'same' ? Math.ceil(h / this.c.strides) : Math.floor((h + 2 * p - this.c.kernelSize) / this.c.strides) + 1);
        return [s[0], size(s[1]), size(s[2]), this.c.filters];
      }
      override call(inputs: TfTensor | TfTensor[]): TfTensor {
        return tf.tidy(() => {
          const y = tf.conv2d(firstInput(inputs) as import('@tensorflow/tfjs').Tensor4D, this.kernel!.read() as import('@tensorflow/tfjs').Tensor4D, this.c.strides, this.c.padding as never);
          return this.bias ? tf.add(y, this.bias.read()) : y;
        });
      }
      override getConfig() {
        return { ...super.getConfig(), filters: this.c.filters, kernelSize: this.c.kernelSize, strides: this.c.strides, padding: this.c.padding, useBias: this.c.useBias };
      }
    } as unknown as new (c: ConvConfig) => TfLayer,
);
