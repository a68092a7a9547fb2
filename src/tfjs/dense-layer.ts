// A dense layer on plain tf.matMul. tfjs-layers' Dense trains through the fused matMul, whose
// gradient multiplies by transposed operands directly: the slow path of the wasm backend, out of
// reach of the registered gradient (wasm-gradients.ts). This one goes through the registry.
import type { Tf } from './load.js';

type Tensor = import('@tensorflow/tfjs').Tensor;
type DenseArgs = Parameters<Tf['layers']['dense']>[0];

export interface DenseConfig {
  units: number;
  useBias: boolean;
  kernelInitializer: DenseArgs['kernelInitializer'];
  kernelRegularizer?: DenseArgs['kernelRegularizer'];
  inputShape?: number[];
}

const classes = new WeakMap<object, new (c: DenseConfig) => import('@tensorflow/tfjs').layers.Layer>();

export function denseLayer(tf: Tf, cfg: DenseConfig): import('@tensorflow/tfjs').layers.Layer {
  let C = classes.get(tf);
  if (!C) {
    class PlainDense extends tf.layers.Layer {
      static className = 'GradcheckPlainDense';
      private kernel?: import('@tensorflow/tfjs').LayerVariable;
      private bias?: import('@tensorflow/tfjs').LayerVariable;
      constructor(private readonly c: DenseConfig) {
        super(c.inputShape ? { inputShape: c.inputShape } : {});
      }
      override build(inputShape: number[] | number[][]): void {
        const s = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as number[];
        this.kernel = this.addWeight('kernel', [s[s.length - 1], this.c.units], 'float32', this.c.kernelInitializer as never, this.c.kernelRegularizer as never);
        if (this.c.useBias) this.bias = this.addWeight('bias', [this.c.units], 'float32', tf.initializers.zeros());
        this.built = true;
      }
      override computeOutputShape(inputShape: number[] | number[][]): number[] {
        const s = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as number[];
        return [...s.slice(0, -1), this.c.units];
      }
      override call(inputs: Tensor | Tensor[]): Tensor {
        return tf.tidy(() => {
          const x = (Array.isArray(inputs) ? inputs[0] : inputs) as import('@tensorflow/tfjs').Tensor2D;
          const y = tf.matMul(x, this.kernel!.read() as import('@tensorflow/tfjs').Tensor2D);
          return this.bias ? tf.add(y, this.bias.read()) : y;
        });
      }
      override getConfig() {
        return { ...super.getConfig(), units: this.c.units, useBias: this.c.useBias };
      }
    }
    C = PlainDense as unknown as new (c: DenseConfig) => import('@tensorflow/tfjs').layers.Layer;
    classes.set(tf, C);
  }
  return new C(cfg);
}
