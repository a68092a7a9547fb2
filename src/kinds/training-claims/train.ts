// Training the described networks with TensorFlow.js, reproducibly: seeded initialisers, a
// seeded shuffle, per-epoch train and test metrics.
import type { Tf } from '../../tfjs/load.js';
import { convLayer } from '../../tfjs/conv-layer.js';
import { denseLayer } from '../../tfjs/dense-layer.js';
import type { Dataset, Split } from '../../data/datasets.js';
import type { Layer, Shape } from '../../layers/types.js';

export interface Settings {
  optimizer: 'sgd' | 'sgd-momentum' | 'adam';
  lr: number;
  momentum: number;
  batch: number;
  epochs: number;
  weightDecay: number;
  init: { kind: 'xavier' | 'he' | 'normal'; std: number };
}

export interface ModelSpec {
  name: string;
  /** [C, H, W] for conv nets, [N] for flat input. */
  input: Shape;
  layers: Layer[];
}

export interface EpochMetrics {
  trainLoss: number;
  trainAccuracy: number;
  testLoss: number;
  testAccuracy: number;
}

/** mulberry32: a small seeded generator for the shuffle. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildModel(tf: Tf, spec: ModelSpec, s: Settings, classes: number, seed: number): import('@tensorflow/tfjs').Sequential {
  const model = tf.sequential();
  const hwc = spec.input.length === 3 ? [spec.input[1], spec.input[2], spec.input[0]] : spec.input;
  let first = true;
  let k = 0;
  const opts = () => (first ? ((first = false), { inputShape: hwc }) : {});
  const init = () => {
    const sd = seed * 1000 + k++;
    return s.init.kind === 'he' ? tf.initializers.heNormal({ seed: sd }) : s.init.kind === 'normal' ? tf.initializers.randomNormal({ mean: 0, stddev: s.init.std, seed: sd }) : tf.initializers.glorotUniform({ seed: sd });
  };
  // PyTorch's weight_decay adds wd·w to the gradient: an L2 penalty of (wd/2)·‖w‖².
  const reg = () => (s.weightDecay > 0 ? { kernelRegularizer: tf.regularizers.l2({ l2: s.weightDecay / 2 }) } : {});
  for (const l of spec.layers) {
    switch (l.type) {
      case 'conv':
        model.add(convLayer(tf, { filters: l.filters!, kernelSize: l.kernel!, strides: l.stride ?? 1, padding: l.padding === 'same' ? 'same' : typeof l.padding === 'number' && l.padding > 0 ? l.padding : 'valid', useBias: l.bias ?? true, kernelInitializer: init(), ...reg(), ...opts() }));
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
        model.add(denseLayer(tf, { units: l.units!, useBias: l.bias ?? true, kernelInitializer: init(), ...reg(), ...opts() }));
        break;
      case 'dropout':
        model.add(tf.layers.dropout({ rate: l.rate ?? 0.5, seed: seed * 1000 + k++, ...opts() }));
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
  const optimizer = s.optimizer === 'adam' ? tf.train.adam(s.lr) : s.optimizer === 'sgd-momentum' ? tf.train.momentum(s.lr, s.momentum) : tf.train.sgd(s.lr);
  model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return model;
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

export async function train(
  tf: Tf,
  spec: ModelSpec,
  data: Dataset,
  s: Settings,
  seed: number,
  onEpoch?: (epoch: number, m: EpochMetrics) => void,
  onBatch?: (epoch: number, done: number, total: number) => void,
): Promise<EpochMetrics[]> {
  const classes = data.train.classes;
  const model = buildModel(tf, spec, s, classes, seed);
  const rand = prng(seed);
  const order = Uint32Array.from({ length: data.train.n }, (_, i) => i);
  const curves: EpochMetrics[] = [];
  try {
    for (let e = 0; e < s.epochs; e++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      let loss = 0, acc = 0, seen = 0;
      for (let b = 0; b < order.length; b += s.batch) {
        const end = Math.min(b + s.batch, order.length);
        const { xs, ys } = batchTensors(tf, data.train, order, b, end, spec.input, classes);
        const [l, a] = (await model.trainOnBatch(xs, ys)) as number[];
        tf.dispose([xs, ys]);
        loss += l * (end - b);
        acc += a * (end - b);
        seen += end - b;
        onBatch?.(e + 1, seen, order.length);
      }
      const test = evaluate(tf, model, data.test, spec.input, classes);
      const m = { trainLoss: loss / seen, trainAccuracy: acc / seen, testLoss: test.loss, testAccuracy: test.accuracy };
      curves.push(m);
      onEpoch?.(e + 1, m);
    }
  } finally {
    model.dispose();
  }
  return curves;
}

function evaluate(tf: Tf, model: import('@tensorflow/tfjs').Sequential, data: Split, input: Shape, classes: number) {
  const idx = Uint32Array.from({ length: data.n }, (_, i) => i);
  let loss = 0, correct = 0;
  for (let b = 0; b < data.n; b += 1000) {
    const end = Math.min(b + 1000, data.n);
    const { xs, ys } = batchTensors(tf, data, idx, b, end, input, classes);
    tf.tidy(() => {
      const p = model.predict(xs) as import('@tensorflow/tfjs').Tensor2D;
      // Mean cross-entropy −Σ t·ln p of the softmax outputs.
      loss += tf.neg(tf.sum(ys.mul(tf.log(p.clipByValue(1e-7, 1))), 1)).mean().dataSync()[0] * (end - b);
      correct += p.argMax(1).equal(ys.argMax(1)).sum().dataSync()[0];
    });
    tf.dispose([xs, ys]);
  }
  return { loss: loss / data.n, accuracy: correct / data.n };
}
