// A dense layer on plain tf.matMul. tfjs-layers' Dense trains through the fused matMul, whose
// gradient multiplies by transposed operands directly: the slow path of the wasm backend, out of
// reach of the registered gradient (wasm-gradients.ts). This one goes through the registry.
import type { Tf } from './load.js';
import { baseArgs, firstInput, firstShape, layerMaker, type TfLayer, type TfTensor } from './layer-class.js';

type DenseArgs = Parameters<Tf['layers']['dense']>[0];

export interface DenseConfig {
  units: number;
  useBias: boolean;
  kernelInitializer: DenseArgs['kernelInitializer'];
  /** The bias initialiser, given the layer's fan-in (PyTorch draws biases uniform ±1/√fan_in); zeros when absent. */
  biasBound?: (fanIn: number) => unknown;
  inputShape?: number[];
}

export const denseLayer = layerMaker<DenseConfig>(
  (tf) =>
    class PlainDense extends tf.layers.Layer {
      static className = 'GradcheckPlainDense';
      private kernel?: import('@tensorflow/tfjs').LayerVariable;
      private bias?: import('@tensorflow/tfjs').LayerVariable;
      constructor(private readonly c: DenseConfig) {
        super(baseArgs(c));
      }
      override build(inputShape: number[] | number[][]): void {
        const s = firstShape(inputShape);
        this.kernel = this.addWeight('kernel', [s[s.length - 1], this.c.units], 'float32', this.c.kernelInitializer as never);
        if (this.c.useBias) this.bias = this.addWeight('bias', [this.c.units], 'float32', (this.c.biasBound?.(s[s.length - 1]) ?? tf.initializers.zeros()) as never);
        this.built = true;
      }
      override computeOutputShape(inputShape: number[] | number[][]): number[] {
        return [...firstShape(inputShape).slice(0, -1), this.c.units];
      }
      override call(inputs: TfTensor | TfTensor[]): TfTensor {
        return tf.tidy(() => {
          const y = tf.matMul(firstInput(inputs) as import('@tensorflow/tfjs').Tensor2D, this.kernel!.read() as import('@tensorflow/tfjs').Tensor2D);
          return this.bias ? tf.add(y, this.bias.read()) : y;
        });
      }
      override getConfig() {
        return { ...super.getConfig(), units: this.c.units, useBias: this.c.useBias };
      }
    } as unknown as new (c: DenseConfig) => TfLayer,
);
