// Cross-check of the engine with TensorFlow.js: the same stack built as a tfjs model (CHW
// mapped to tfjs's HWC), every output shape and the trainable parameter count compared.
import type { CrossCheck, CrossCheckItem } from '../kinds/types.js';
import { loadTf } from '../tfjs/load.js';
import { applyLayer, repeatCount, runStack, sameShape } from './engine.js';
import type { BiasConvention, Layer, Shape } from './types.js';
import { buildSequenceLayer } from './tfjs-sequence.js';
import { isSequence } from './sequence.js';

/** A layer beyond this is not built (tfjs would allocate every weight). */
const MAX_BUILD_PARAMS = 30_000_000n;

/**
 * Each distinct (layer, input shape) of the expanded stack is built once, as a one-layer tfjs
 * model on the engine's input shape, and its output shape and trainable count compared with the
 * engine's step. Copies of a repeated layer past a fixed point are the same (layer, shape), so
 * `repeat: 10000` builds one layer, not 10,000 (which took minutes); the total is the engine's
 * per-copy counts times their copies, each checked.
 */
export async function crossCheckStack(layers: Layer[], input: Shape, bias: BiasConvention, vars: Record<string, number> = {}): Promise<CrossCheck> {
  const ours = runStack(layers, input, bias, vars);
  if (ours.error) return { engine: 'tfjs', items: [{ name: 'stack', ok: true, detail: `not built: ${ours.error.error.message}` }] };
  const total = ours.steps.reduce((a, s) => a + s.params, 0n);
  const { tf, engine } = await loadTf('cpu');
  const checked = new Map<string, { out: number[]; params: bigint; note?: string } | { none: string } | null>();
  const notBuilt = new Set<string>();
  const bad: string[] = [];
  let tfTotal = 0n, skipped = 0;
  let shape = input;
  for (let i = 0; i < layers.length; i++) {
    const l = layers[i];
    for (let t = 0, times = repeatCount(l, vars); t < times; t++) {
      const st = applyLayer(l, shape, bias);
      const copies = sameShape(st.out, shape) ? BigInt(times - t) : 1n;
      const { pos: _pos, name: _name, repeat: _repeat, ...settings } = l;
      const key = JSON.stringify([settings, bias, shape]);
      if (!checked.has(key)) checked.set(key, st.params > MAX_BUILD_PARAMS ? null : isSequence(l.type) ? buildSequenceLayer(tf, l, shape, bias) : buildOne(tf, l, shape, bias));
      const got = checked.get(key)!;
      if (got === null) skipped++;
      else if ('none' in got) {
        // No tfjs layer to build (multi-head attention…): the engine's count stands here, said in the detail; dev/differential checks it against torch.nn.
        notBuilt.add(got.none);
        tfTotal += st.params * copies;
      } else {
        if (got.note) notBuilt.add(got.note);
        const want = hwc(st.out);
        if (got.out.join(',') !== want.join(',')) bad.push(`layer ${i + 1}: engine ${want.join('×')} (HWC), tfjs ${got.out.join('×')}`);
        tfTotal += got.params * copies;
      }
      shape = st.out;
      if (copies > 1n) break;
    }
  }
  const items: CrossCheckItem[] = [{ name: 'output shapes', ok: bad.length === 0, detail: bad.join('; ') || `${layers.length} layers agree (${checked.size} distinct layer and input shapes built)` }];
  if (skipped) items.push({ name: 'trainable parameters', ok: true, detail: `not built: a layer has more than ${MAX_BUILD_PARAMS} parameters; engine ${total}` });
  else items.push({ name: 'trainable parameters', ok: tfTotal === total, maxDiff: Number(tfTotal - total), detail: `engine ${total}, tfjs ${tfTotal}${notBuilt.size ? ` (${[...notBuilt].join('; ')})` : ''}` });
  return { engine, items };
}

const hwc = (s: Shape) => (s.length === 3 ? [s[1], s[2], s[0]] : s);

/** One layer as a tfjs model on the given input (CHW as tfjs's HWC): its output shape and trainable count. */
function buildOne(tf: typeof import('@tensorflow/tfjs'), l: Layer, input: Shape, convention: BiasConvention): { out: number[]; params: bigint } {
  const bias = convention !== false;
  const model = tf.sequential();
  const inputShape = hwc(input);
  let first = true;
  const opts = () => (first ? ((first = false), { inputShape }) : {});
  switch (l.type) {
    case 'conv':
      if (typeof l.padding === 'number' && l.padding > 0) model.add(tf.layers.zeroPadding2d({ padding: l.padding, ...opts() }));
      model.add(tf.layers.conv2d({ filters: l.filters!, kernelSize: l.kernel!, strides: l.stride ?? 1, padding: l.padding === 'same' ? 'same' : 'valid', useBias: (l.bias ?? bias) !== false, ...opts() }));
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
      if (input.length === 3) model.add(tf.layers.flatten(opts()));
      model.add(tf.layers.dense({ units: l.units!, useBias: (l.bias ?? bias) !== false, ...opts() }));
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
  const out = (model.outputs[0].shape as (number | null)[]).slice(1) as number[];
  const params = model.trainableWeights.reduce((a, w) => a + BigInt(w.shape.reduce((x: number, y) => x * (y ?? 1), 1)), 0n);
  model.dispose();
  return { out, params };
}
