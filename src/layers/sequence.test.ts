import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadYamlText } from '../load/yaml.js';
import { applyLayer, runStack } from './engine.js';
import { readLayer, readLayers } from './read.js';
import { gradeClaims } from './claims.js';
import { crossCheckStack } from './tfjs-check.js';
import { attentionParams, rnnParams } from './sequence.js';
import type { BiasConvention, Layer, Shape } from './types.js';

const layer = (yaml: string): Layer => readLayer(loadYamlText(yaml).root, { claims: false }).layer;
const count = (yaml: string, input: Shape, bias: BiasConvention = true) => applyLayer(layer(yaml), input, bias);

describe('sequence layers: shapes and counts by hand', () => {
  it.each([
    // layer, input, bias convention, out, params
    ['{ type: embedding, vocab: 1000, dim: 64 }', [20], true, [20, 64], 64000n],
    ['{ type: lstm, hidden: 128 }', [20, 64], 'pytorch', [20, 128], 4n * 128n * (64n + 128n + 2n)], // 99,328
    ['{ type: lstm, hidden: 128 }', [20, 64], 'keras', [20, 128], 4n * 128n * (64n + 128n + 1n)], // 98,816
    ['{ type: gru, hidden: 32 }', [5, 10], 'pytorch', [5, 32], 3n * 32n * (10n + 32n + 2n)],
    ['{ type: gru, hidden: 32 }', [5, 10], 'keras', [5, 32], 3n * 32n * (10n + 32n + 2n)], // Keras's reset_after default: two vectors
    ['{ type: gru, hidden: 32, reset_after: false }', [5, 10], 'keras', [5, 32], 3n * 32n * (10n + 32n + 1n)],
    ['{ type: rnn, hidden: 8, return: last }', [5, 3], 'pytorch', [8], 8n * (3n + 8n + 2n)],
    ['{ type: lstm, hidden: 16, num_layers: 2, bidirectional: true }', [7, 10], 'pytorch', [7, 32], 2n * 4n * 16n * (10n + 16n + 2n) + 2n * 4n * 16n * (32n + 16n + 2n)],
    ['{ type: lstm, hidden: 16, bias: false }', [7, 10], 'pytorch', [7, 16], 4n * 16n * (10n + 16n)],
    ['{ type: layernorm }', [7, 10], true, [7, 10], 20n],
    ['{ type: multihead-attention, heads: 8 }', [10, 512], true, [10, 512], 4n * 512n * 512n + 4n * 512n], // 1,050,624
    ['{ type: multihead-attention, heads: 2, kdim: 3, vdim: 5 }', [4, 6], true, [4, 6], 36n + 18n + 30n + 18n + 36n + 6n],
    ['{ type: multihead-attention, heads: 2, bias: false }', [4, 6], true, [4, 6], 4n * 36n],
    ['{ type: transformer-encoder, heads: 8, feedforward: 2048 }', [10, 512], true, [10, 512], 1050624n + 512n * 2048n + 2048n + 2048n * 512n + 512n + 4n * 512n], // 3,152,384
    ['{ type: positional-embedding, length: 100 }', [20, 64], true, [20, 64], 6400n],
    ['{ type: dense, units: 5 }', [20, 64], true, [20, 5], 325n],
  ] as const)('%s on %j (%s)', (yaml, input, bias, out, params) => {
    const st = count(yaml, [...input], bias);
    expect(st.out).toEqual(out);
    expect(st.params).toBe(params);
  });

  it.each([
    ['{ type: lstm, hidden: 4 }', [10], /sequence \[T, d\]/],
    ['{ type: multihead-attention, heads: 3 }', [4, 8], /3 heads do not split/],
    ['{ type: positional-embedding, length: 4 }', [5, 8], /does not fit/],
    ['{ type: lstm, hidden: 4, input_size: 7 }', [5, 8], /input_size is 7/],
    ['{ type: embedding, vocab: 10, dim: 4 }', [5, 8], /token ids/],
  ] as const)('%s on %j is refused', (yaml, input, msg) => {
    expect(() => count(yaml, [...input])).toThrow(msg);
  });

  it('refuses settings a layer does not have', () => {
    expect(() => layer('{ type: lstm, hidden: 4, heads: 2 }')).toThrow(/not a setting of lstm/);
    expect(() => layer('{ type: dense, units: 4, hidden: 2 }')).toThrow(/setting of sequence layers/);
    expect(() => layer('{ type: lstm }')).toThrow(/needs "hidden"/);
  });
});

describe('sequence layers: the named miscounts', () => {
  const claim = (yaml: string, params: bigint) => readLayers(loadYamlText(`[${yaml.replace(/}$/, `, params: ${params} }`)}]`).root, { claims: true });
  it.each([
    // layer, input, convention, the count the mistake gives, code
    ['{ type: lstm, hidden: 128 }', [20, 64], 'pytorch', rnnParams({ hidden: 128 } as Layer, 64, { gates: 1, vectors: 2 }), 'layer.gate-count'],
    ['{ type: gru, hidden: 32 }', [5, 10], 'pytorch', rnnParams({ hidden: 32 } as Layer, 10, { gates: 4, vectors: 2 }), 'layer.gate-count'],
    ['{ type: lstm, hidden: 128 }', [20, 64], 'pytorch', rnnParams({ hidden: 128 } as Layer, 64, { gates: 4, vectors: 1 }), 'layer.rnn-bias-vectors'],
    ['{ type: lstm, hidden: 128 }', [20, 64], 'keras', rnnParams({ hidden: 128 } as Layer, 64, { gates: 4, vectors: 2 }), 'layer.rnn-bias-vectors'],
    ['{ type: multihead-attention, heads: 8 }', [10, 512], true, attentionParams(512, 512, 512, true, { out: false }), 'layer.attention-no-output-projection'],
    ['{ type: multihead-attention, heads: 8 }', [10, 512], true, attentionParams(512, 512, 512, true, { qkvBias: false }), 'layer.attention-no-qkv-bias'],
    ['{ type: multihead-attention, heads: 8 }', [10, 512], true, attentionParams(512, 512, 512, true, { headsTimes: 8 }), 'layer.attention-heads-multiply'],
    ['{ type: multihead-attention, heads: 8 }', [10, 512], true, 8n * attentionParams(512, 512, 512, true), 'layer.attention-heads-multiply'],
    ['{ type: transformer-encoder, heads: 4, feedforward: 64 }', [10, 32], true, 2n * 32n * 64n + 64n + 32n + 4n * 32n + attentionParams(32, 32, 32, true, { out: false }), 'layer.attention-no-output-projection'],
  ] as const)('%s (%s) counted as %s → %s', (yaml, input, bias, wrong, code) => {
    const res = gradeClaims(claim(yaml, wrong), [...input], bias);
    expect(res.findings.map((f) => f.code)).toEqual([code]);
    expect(res.earned).toBe(0);
  });

  it('messages name the bias convention', () => {
    const res = gradeClaims(claim('{ type: lstm, hidden: 8 }', rnnParams({ hidden: 8 } as Layer, 4, { gates: 4, vectors: 1 })), [3, 4], 'pytorch');
    expect(res.findings[0].message).toMatch(/PyTorch's convention/);
  });
});

describe('sequence layers against torch.nn (40 random stacks from dev/optim-differential.mjs)', () => {
  const cases = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'torch-sequence-cases.json'), 'utf8')) as { input: number[]; layers: Record<string, unknown>[]; torch: { out: number[]; params: number }[] }[];
  it('holds 40 stacks covering every sequence layer type', () => {
    expect(cases).toHaveLength(40);
    const types = new Set(cases.flatMap((c) => c.layers.map((l) => l.type)));
    for (const t of ['embedding', 'rnn', 'lstm', 'gru', 'layernorm', 'multihead-attention', 'transformer-encoder', 'positional-embedding']) expect(types.has(t), t).toBe(true);
  });
  it.each(cases.map((c, i) => [i, c] as const))('stack %i', (_i, c) => {
    const layers = readLayers(loadYamlText(JSON.stringify(c.layers)).root, { claims: false }).map((l) => l.layer);
    const run = runStack(layers, c.input, 'pytorch');
    expect(run.error).toBeUndefined();
    expect(run.steps.map((s) => ({ out: s.out, params: Number(s.params) }))).toEqual(c.torch);
  });
});

describe('sequence layers in TensorFlow.js', () => {
  it.each([
    ['keras'],
    ['pytorch'],
  ] as const)('an embedding, a bidirectional 2-layer LSTM, a GRU (reset_after false), layer norm: shapes and counts agree (%s)', async (bias) => {
    const layers = readLayers(loadYamlText('[{ type: embedding, vocab: 50, dim: 8 }, { type: lstm, hidden: 6, num_layers: 2, bidirectional: true }, { type: layernorm }, { type: gru, hidden: 5, reset_after: false, return: last }]').root, { claims: false }).map((l) => l.layer);
    const cc = await crossCheckStack(layers, [7], bias === 'keras' ? 'keras' : 'pytorch');
    for (const item of cc.items) expect(item.ok, `${item.name}: ${item.detail}`).toBe(true);
    if (bias === 'pytorch') expect(cc.items[1].detail).toMatch(/second/);
  });

  it('attention is not built in tfjs and says so', async () => {
    const layers = readLayers(loadYamlText('[{ type: transformer-encoder, heads: 2, feedforward: 16 }]').root, { claims: false }).map((l) => l.layer);
    const cc = await crossCheckStack(layers, [4, 8], true);
    expect(cc.items[1].detail).toMatch(/no MultiHeadAttention/);
  });
});
