// The shape-and-parameter engine: the output shape and parameter count of one layer.
// Conv and pooling sizes are floored, as in PyTorch and Keras ('valid'); 'same' padding gives
// ceil(H/stride) like Keras. A kernel or pool larger than its (padded) input is invalid.
import type { BiasConvention, Layer, Shape, Step } from './types.js';
import { applySequenceLayer, isSequence } from './sequence.js';

export class LayerError extends Error {
  constructor(
    readonly code: 'layer.invalid-size' | 'layer.invalid-input',
    message: string,
  ) {
    super(message);
  }
}

export function applyLayer(layer: Layer, input: Shape, defaultBias: BiasConvention = true): Step {
  if (isSequence(layer.type)) return applySequenceLayer(layer, input, defaultBias);
  const bias = (layer.bias ?? defaultBias) !== false;
  switch (layer.type) {
    case 'conv': {
      const [c, h, w] = spatial(input, 'a convolution');
      const k = layer.kernel!, s = layer.stride ?? 1, f = layer.filters!;
      const { size: oh, arithmetic } = convSize(h, k, s, layer.padding ?? 0);
      const { size: ow } = convSize(w, k, s, layer.padding ?? 0);
      const weights = BigInt(f) * BigInt(k) * BigInt(k) * BigInt(c);
      const b = bias ? BigInt(f) : 0n;
      return { out: [f, oh, ow], params: weights + b, biasParams: b, arithmetic };
    }
    case 'maxpool':
    case 'avgpool': {
      const [c, h, w] = spatial(input, 'pooling');
      const k = layer.size!, s = layer.stride ?? k;
      if (k > h || k > w) throw new LayerError('layer.invalid-size', `a ${k}×${k} pool does not fit in a ${h}×${w} input`);
      const oh = Math.floor((h - k) / s) + 1, ow = Math.floor((w - k) / s) + 1;
      return { out: [c, oh, ow], params: 0n, biasParams: 0n, arithmetic: `⌊(${h} − ${k})/${s}⌋ + 1 = ${oh}` };
    }
    case 'flatten': {
      const n = input.reduce((a, b) => a * b, 1);
      return { out: [n], params: 0n, biasParams: 0n, arithmetic: `${input.join('·')} = ${n}` };
    }
    case 'dense': {
      // A dense layer after a 3-D output reads it flattened (nn.Linear after .view()); on a
      // sequence [T, d] it acts on each step's vector (nn.Linear on the last dimension).
      const seq = input.length === 2;
      const n = seq ? input[1] : input.reduce((a, b) => a * b, 1);
      const u = layer.units!;
      const b = bias ? BigInt(u) : 0n;
      return { out: seq ? [input[0], u] : [u], params: BigInt(n) * BigInt(u) + b, biasParams: b, arithmetic: `${n}·${u}${bias ? ` + ${u}` : ''}` };
    }
    case 'batchnorm': {
      const c = input[0];
      return { out: [...input], params: 2n * BigInt(c), biasParams: BigInt(c), arithmetic: `2·${c}` };
    }
    default:
      return { out: [...input], params: 0n, biasParams: 0n, arithmetic: '' };
  }
}

function spatial(input: Shape, what: string): [number, number, number] {
  if (input.length !== 3) throw new LayerError('layer.invalid-input', `${what} needs a [C, H, W] input, but gets ${input.length === 1 ? `a flat vector of ${input[0]}` : `[${input.join(', ')}]`}`);
  return input as [number, number, number];
}

export function convSize(h: number, k: number, s: number, p: number | 'same'): { size: number; arithmetic: string } {
  if (p === 'same') {
    const size = Math.ceil(h / s);
    return { size, arithmetic: `⌈${h}/${s}⌉ = ${size} ('same' padding)` };
  }
  const padded = h + 2 * p;
  if (k > padded) throw new LayerError('layer.invalid-size', `a ${k}×${k} kernel does not fit in a ${h}×${h} input${p ? ` padded by ${p}` : ''}`);
  const exact = (padded - k) / s + 1;
  const size = Math.floor((padded - k) / s) + 1;
  const head = p ? `(${h} + 2·${p} − ${k})/${s} + 1` : `(${h} − ${k})/${s} + 1`;
  return { size, arithmetic: Number.isInteger(exact) ? `${head} = ${size}` : `${head} = ${round2(exact)}, floored to ${size}` };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Runs a whole stack, expanding `repeat`; returns every step or the first error with its index.
 * A copy whose output has its input's shape is a fixed point: every later copy is the same step,
 * so they are counted at once (`repeat: 100000` of a dense layer costs one step, not 100,000).
 */
export function runStack(layers: Layer[], input: Shape, defaultBias: BiasConvention, vars: Record<string, number> = {}): { steps: Step[]; error?: { index: number; error: LayerError } } {
  const steps: Step[] = [];
  let shape = input;
  for (let i = 0; i < layers.length; i++) {
    const times = repeatCount(layers[i], vars);
    for (let t = 0; t < times; t++) {
      try {
        const st = applyLayer(layers[i], shape, defaultBias);
        const copies = sameShape(st.out, shape) ? BigInt(times - t) : 1n;
        if (t === 0) steps.push({ ...st, params: st.params * copies, biasParams: st.biasParams * copies, perCopy: [st.params] });
        else {
          const prev = steps[steps.length - 1];
          const perCopy = prev.perCopy!.includes(st.params) ? prev.perCopy : [...prev.perCopy!, st.params];
          steps[steps.length - 1] = { ...st, params: prev.params + st.params * copies, biasParams: prev.biasParams + st.biasParams * copies, perCopy };
        }
        shape = st.out;
        if (copies > 1n) break;
      } catch (e) {
        if (e instanceof LayerError) return { steps, error: { index: i, error: e } };
        throw e;
      }
    }
    if (times === 0) steps.push({ out: shape, params: 0n, biasParams: 0n, arithmetic: '' });
  }
  return { steps };
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function repeatCount(layer: Layer, vars: Record<string, number>): number {
  if (layer.repeat === undefined) return 1;
  if (typeof layer.repeat === 'number') return layer.repeat;
  // Own keys only: `repeat: constructor` must not read Object.prototype. Names are checked when
  // read (a submission has none, a problem only its solve-for variable); that variable without a
  // solution counts once.
  return Object.hasOwn(vars, layer.repeat) ? vars[layer.repeat] : 1;
}

