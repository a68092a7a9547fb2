// Sharded training: one thread or two, the same run; dropout masks per step; weight decay on
// every parameter.
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticIdxDir } from '../../../test/synthetic-idx.js';
import { loadDataset } from '../../data/datasets.js';
import { loadTf } from '../../tfjs/load.js';
import { dropoutLayer } from '../../tfjs/dropout-layer.js';
import type { Layer } from '../../layers/types.js';
import { Exchange } from './exchange.js';
import { Replica } from './replica.js';
import { train, trainThreads, type ModelSpec, type Settings } from './train.js';

const pos = { line: 1, column: 1 };
const L = (l: Omit<Layer, 'pos'>): Layer => ({ ...l, pos });
const MLP: ModelSpec = { name: 'mlp', input: [100], layers: [L({ type: 'dense', units: 16 }), L({ type: 'relu' }), L({ type: 'dropout', rate: 0.3 }), L({ type: 'dense', units: 3 })] };
const CNN: ModelSpec = { name: 'cnn', input: [1, 10, 10], layers: [L({ type: 'conv', filters: 4, kernel: 3, padding: 1 }), L({ type: 'relu' }), L({ type: 'maxpool', size: 2 }), L({ type: 'flatten' }), L({ type: 'dense', units: 3 })] };
const settings: Settings = { optimizer: 'sgd-momentum', lr: 0.05, momentum: 0.9, batch: 25, epochs: 2, weightDecay: 0.01, init: { kind: 'he', std: 0 } };
const data = loadDataset({ name: 'files', dir: syntheticIdxDir(150, 60) });
const threads = trainThreads.max;
afterEach(() => void (trainThreads.max = threads));

describe('training on shards', () => {
  it.each([
    ['an MLP with dropout', MLP],
    ['a CNN with max pooling', CNN],
  ])('%s: one thread and two threads give the same curves, bit for bit', async (_, spec) => {
    const { tf } = await loadTf('fast');
    trainThreads.max = 1;
    const one = await train(tf, spec, data, settings, 3);
    trainThreads.max = 2;
    const two = await train(tf, spec, data, settings, 3);
    expect(trainThreads.used).toBe(2);
    expect(two).toEqual(one);
    expect(one[1].trainLoss).toBeLessThan(one[0].trainLoss);
    // batches of 25 in shards of 12 and 13; the accuracy counts right answers over 150 images
    const right = one[0].trainAccuracy * 150;
    expect(Math.abs(right - Math.round(right))).toBeLessThan(1e-9);
  });
});

describe('the exchange between replicas', () => {
  it('a replica waiting at the barrier throws when another has failed or its thread died', async () => {
    const ex = Exchange.create(2, 4, 2);
    ex.fail(1);
    await expect(ex.arrive(0, 0)).rejects.toThrow(/training thread 1 failed/);
    const ex2 = Exchange.create(2, 4, 2);
    ex2.aborted = 'training thread exited with code 1';
    await expect(ex2.arrive(0, 0)).rejects.toThrow(/exited with code 1/);
  });

  it('keeps two phases apart and adds the shards\' figures', () => {
    const ex = Exchange.create(2, 3, 1);
    ex.gradSlot(0, 0).set([1, 2, 3]);
    ex.gradSlot(0, 1).set([10, 20, 30]);
    ex.gradSlot(1, 0).set([7, 7, 7]);
    ex.setStats(0, 0, 1.5, 4);
    ex.setStats(0, 1, 2.5, 5);
    expect(ex.shardGrads(0).map((g) => Array.from(g))).toEqual([[1, 2, 3], [10, 20, 30]]);
    expect(Array.from(ex.shardGrads(1)[0])).toEqual([7, 7, 7]);
    expect(ex.figures(0)).toEqual({ loss: 4, correct: 9 });
  });
});

describe('dropout masks', () => {
  it('a new mask per draw, the same mask for the same draw, kept units scaled by 1/(1 − rate)', async () => {
    const { tf } = await loadTf('cpu');
    const noise = { draw: 1 };
    const layer = dropoutLayer(tf, { rate: 0.5, index: 0, noise });
    const x = tf.ones([1, 400]);
    const mask = () => Array.from((layer.apply(x, { training: true }) as import('@tensorflow/tfjs').Tensor).dataSync());
    const a = mask(), again = mask();
    noise.draw = 2;
    const b = mask();
    expect(again).toEqual(a);
    expect(b).not.toEqual(a);
    expect(new Set(a)).toEqual(new Set([0, 2]));
    expect(a.filter((v) => v === 2).length).toBeGreaterThan(150);
    expect(a.filter((v) => v === 2).length).toBeLessThan(250);
    expect(Array.from((layer.apply(x, { training: false }) as import('@tensorflow/tfjs').Tensor).dataSync())).toEqual(Array(400).fill(1));
  });
});

describe('weight decay', () => {
  it('adds wd·w to the gradient of every parameter, biases included (as PyTorch)', async () => {
    const { tf } = await loadTf('cpu');
    const spec: ModelSpec = { name: 'd', input: [2], layers: [L({ type: 'dense', units: 3 })] };
    const r = new Replica(tf, spec, { ...settings, optimizer: 'sgd', lr: 0.5, weightDecay: 0.1 }, 3, 1);
    const w = Float32Array.from({ length: r.size }, (_, i) => i + 1); // kernel 2×3, then bias 3
    r.writeWeights(w);
    r.apply([new Float32Array(r.size), new Float32Array(r.size)]); // zero gradients: only the decay moves the weights
    const after = new Float32Array(r.size);
    r.readWeights(after);
    Array.from(after).forEach((v, i) => expect(v).toBeCloseTo(w[i] * (1 - 0.5 * 0.1), 5));
    r.dispose();
  });

  it('steps by the sum of the shards\' gradients', async () => {
    const { tf } = await loadTf('cpu');
    const spec: ModelSpec = { name: 'd', input: [2], layers: [L({ type: 'dense', units: 3 })] };
    const r = new Replica(tf, spec, { ...settings, optimizer: 'sgd', lr: 0.5, weightDecay: 0 }, 3, 1);
    const w = new Float32Array(r.size);
    r.readWeights(w);
    const g1 = Float32Array.from({ length: r.size }, (_, i) => i), g2 = Float32Array.from({ length: r.size }, (_, i) => 2 * i);
    r.apply([g1, g2]);
    const after = new Float32Array(r.size);
    r.readWeights(after);
    Array.from(after).forEach((v, i) => expect(v).toBeCloseTo(w[i] - 0.5 * 3 * i, 5));
    r.dispose();
  });
});
