// Cross-check of the engine with TensorFlow.js: the same stack built as a tfjs model (CHW
// mapped to tfjs's HWC), every output shape and the trainable parameter count compared.
import type { CrossCheck, CrossCheckItem } from '../kinds/types.js';
import { loadTf } from '../tfjs/load.js';
import { repeatCount, runStack } from './engine.js';
import type { Layer, Shape } from './types.js';

/** Networks beyond this are not built (tfjs would allocate every weight). */
const MAX_BUILD_PARAMS = 30_000_000n;

export async function crossCheckStack(layers: Layer[], input: Shape, bias: boolean, vars: Record<string, number> = {}): Promise<CrossCheck> {
  const expanded = layers.flatMap((l) => Array.from({ length: repeatCount(l, vars) }, () => l));
  const ours = runStack(expanded, input, bias);
  if (ours.error) return { engine: 'tfjs', items: [{ name: 'stack', ok: true, detail: `not built: ${ours.error.error.message}` }] };
  const total = ours.steps.reduce((a, s) => a + s.params, 0n);
  if (total > MAX_BUILD_PARAMS) return { engine: 'tfjs', items: [{ name: 'stack', ok: true, detail: `not built: ${total} parameters is too large to allocate` }] };
  const { tf, engine } = await loadTf('cpu');
  const model = tf.sequential();
  const hwc = (s: Shape) => (s.length === 3 ? [s[1], s[2], s[0]] : s);
  const items: CrossCheckItem[] = [];
  let first = true;
  const inputShape = hwc(input);
  const opts = () => (first ? ((first = false), { inputShape }) : {});
  const marks: number[] = []; // index of the tfjs layer that ends each of our layers
  for (const l of expanded) {
    switch (l.type) {
      case 'conv':
        if (typeof l.padding === 'number' && l.padding > 0) model.add(tf.layers.zeroPadding2d({ padding: l.padding, ...opts() }));
        model.add(tf.layers.conv2d({ filters: l.filters!, kernelSize: l.kernel!, strides: l.stride ?? 1, padding: l.padding === 'same' ? 'same' : 'valid', useBias: l.bias ?? bias, ...opts() }));
        break;
      case 'maxpool':
        model.add(tf.layers.maxPooling2d({ poolSize: l.size!, strides: l.stride ?? l.size!, padding: 'valid', ...opts() }));
        break;
      case 'avgpool':
        model.add(tf.layers.averagePooling2d({ poolSize: l.size!, strides: l.stride ?? l.size!, padding: 'valid', ...opts() }));
        break;
      case 'flatten':
        model.add(tf.layers.flatten(opts()));
        break;
      case 'dense':
        if (model.layers.length ? model.outputs[0].shape.length > 2 : input.length > 1) model.add(tf.layers.flatten(opts()));
        model.add(tf.layers.dense({ units: l.units!, useBias: l.bias ?? bias, ...opts() }));
        break;
      case 'batchnorm':
        model.add(tf.layers.batchNormalization({ axis: -1, ...opts() }));
        break;
      case 'dropout':
        model.add(tf.layers.dropout({ rate: l.rate ?? 0.5, ...opts() }));
        break;
      default:
        model.add(tf.layers.activation({ activation: l.type === 'relu' ? 'relu' : l.type === 'sigmoid' ? 'sigmoid' : l.type === 'tanh' ? 'tanh' : 'softmax', ...opts() }));
    }
    marks.push(model.layers.length - 1);
  }
  const bad: string[] = [];
  ours.steps.forEach((s, i) => {
    const tfShape = (model.layers[marks[i]].outputShape as (number | null)[]).slice(1) as number[];
    const want = hwc(s.out);
    if (tfShape.join(',') !== want.join(',')) bad.push(`layer ${i + 1}: engine ${want.join('×')} (HWC), tfjs ${tfShape.join('×')}`);
  });
  items.push({ name: 'output shapes', ok: bad.length === 0, detail: bad.join('; ') || `${ours.steps.length} layers agree` });
  const trainable = model.trainableWeights.reduce((a, w) => a + BigInt(w.shape.reduce((x: number, y) => x * (y ?? 1), 1)), 0n);
  items.push({ name: 'trainable parameters', ok: trainable === total, maxDiff: Number(trainable - total), detail: `engine ${total}, tfjs ${trainable}` });
  model.dispose();
  return { engine, items };
}
