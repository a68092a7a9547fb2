// What gradcheck's own tfjs layers (dense, conv, dropout) share. A layer class must extend the
// `tf.layers.Layer` of the tfjs that runs it (the cpu and wasm handles, or tfjs-node, are
// separate module instances), so each class is defined per tfjs, on first use.
import type { Tf } from './load.js';

export type TfLayer = import('@tensorflow/tfjs').layers.Layer;
export type TfTensor = import('@tensorflow/tfjs').Tensor;

/** A layer maker: `define` builds the class for one tfjs; it is kept for that tfjs. */
export function layerMaker<C>(define: (tf: Tf) => new (cfg: C) => TfLayer): (tf: Tf, cfg: C) => TfLayer {
  const classes = new WeakMap<Tf, new (cfg: C) => TfLayer>();
  return (tf, cfg) => {
    let K = classes.get(tf);
    if (!K) classes.set(tf, (K = define(tf)));
    return new K(cfg);
  };
}

/** The layer's base arguments: the input shape only for a model's first layer. */
export const baseArgs = (cfg: { inputShape?: number[] }) => (cfg.inputShape ? { inputShape: cfg.inputShape } : {});

/** The one input's shape (tfjs passes a shape, or a list of them). */
export const firstShape = (shape: number[] | number[][]): number[] => (Array.isArray(shape[0]) ? shape[0] : shape) as number[];

/** The one input tensor (tfjs passes a tensor, or a list of them). */
export const firstInput = (inputs: TfTensor | TfTensor[]): TfTensor => (Array.isArray(inputs) ? inputs[0] : inputs);
