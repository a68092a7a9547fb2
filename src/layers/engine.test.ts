import { describe, expect, it } from 'vitest';
import { applyLayer, LayerError, runStack } from './engine.js';
import type { Layer } from './types.js';
import { crossCheckStack } from './tfjs-check.js';

const pos = { line: 1, column: 1 };
const L = (x: Partial<Layer> & { type: Layer['type'] }): Layer => ({ pos, ...x });

describe('layer engine', () => {
  it.each([
    ['conv valid', L({ type: 'conv', filters: 16, kernel: 3 }), [1, 28, 28], [16, 26, 26], 160n],
    ['conv padding 3', L({ type: 'conv', filters: 16, kernel: 3, padding: 3 }), [16, 32, 32], [16, 36, 36], 2320n],
    ['conv stride 2 floors', L({ type: 'conv', filters: 16, kernel: 3, stride: 2 }), [3, 32, 32], [16, 15, 15], 448n],
    ['conv same', L({ type: 'conv', filters: 8, kernel: 5, stride: 2, padding: 'same' }), [3, 31, 31], [8, 16, 16], 608n],
    ['conv no bias', L({ type: 'conv', filters: 4, kernel: 3, bias: false }), [2, 5, 5], [4, 3, 3], 72n],
    ['maxpool floors', L({ type: 'maxpool', size: 2 }), [16, 15, 15], [16, 7, 7], 0n],
    ['avgpool stride 1', L({ type: 'avgpool', size: 3, stride: 1 }), [2, 5, 5], [2, 3, 3], 0n],
    ['flatten', L({ type: 'flatten' }), [64, 4, 4], [1024], 0n],
    ['dense', L({ type: 'dense', units: 500 }), [1024], [500], 512500n],
    ['dense after 3-D reads it flattened', L({ type: 'dense', units: 10 }), [16, 14, 14], [10], 31370n],
    ['batchnorm 2·C', L({ type: 'batchnorm' }), [32, 8, 8], [32, 8, 8], 64n],
    ['relu', L({ type: 'relu' }), [10], [10], 0n],
    ['dropout', L({ type: 'dropout', rate: 0.2 }), [3, 2, 2], [3, 2, 2], 0n],
  ])('%s', (_n, layer, input, out, params) => {
    const s = applyLayer(layer, input);
    expect(s.out).toEqual(out);
    expect(s.params).toBe(params);
  });

  it('counts beyond 2^53 exactly', () => {
    expect(applyLayer(L({ type: 'dense', units: 1_000_000 }), [1_000_000_000]).params).toBe(1_000_000_000_000_000n + 1_000_000n);
  });

  it.each([
    [L({ type: 'conv', filters: 1, kernel: 7 }), [1, 5, 5], 'layer.invalid-size'],
    [L({ type: 'maxpool', size: 2 }), [1, 1, 1], 'layer.invalid-size'],
    [L({ type: 'conv', filters: 1, kernel: 3 }), [100], 'layer.invalid-input'],
  ])('refuses %#', (layer, input, code) => {
    try {
      applyLayer(layer, input);
      expect.unreachable();
    } catch (e) {
      expect((e as LayerError).code).toBe(code);
    }
  });
});

describe('engine vs tfjs', () => {
  // Random valid stacks: every output shape and the trainable count agree with tfjs.
  it('random stacks agree', async () => {
    let seed = 11;
    const r = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let checked = 0;
    for (let t = 0; t < 25; t++) {
      const layers: Layer[] = [];
      let shape = [1 + r(3), 8 + r(20), 8 + r(20)];
      const input = shape;
      for (let d = 0; d < 2 + r(4); d++) {
        const choice = r(5);
        const cand =
          choice === 0 ? L({ type: 'maxpool', size: 2 + r(2), stride: 1 + r(2) })
          : choice === 1 ? L({ type: 'batchnorm' })
          : choice === 2 ? L({ type: 'avgpool', size: 2 })
          : L({ type: 'conv', filters: 1 + r(6), kernel: 1 + r(4), stride: 1 + r(2), padding: r(3) === 0 ? 'same' : r(3), bias: r(4) !== 0 });
        try {
          shape = applyLayer(cand, shape).out;
          layers.push(cand);
        } catch {
          /* does not fit: skip */
        }
      }
      if (r(2)) layers.push(L({ type: 'flatten' }));
      layers.push(L({ type: 'dense', units: 1 + r(9), bias: r(3) !== 0 }));
      expect(runStack(layers, input, true).error).toBeUndefined();
      const cc = await crossCheckStack(layers, input, true);
      for (const item of cc.items) expect(item.ok, `${JSON.stringify(layers)} ${item.detail}`).toBe(true);
      checked++;
    }
    expect(checked).toBe(25);
  });
});
