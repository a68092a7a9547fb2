// Small IDX data sets the training tests make for themselves: three classes of 10×10 images
// (a bright top half, a bright left half, a bright diagonal) with seeded noise.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { idxBuffer } from '../src/data/idx.js';

function synthetic(n: number, seed: number) {
  let s = seed;
  const r = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const x = new Uint8Array(n * 100), y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % 3;
    y[i] = c;
    for (let p = 0; p < 100; p++) {
      const row = Math.floor(p / 10), col = p % 10;
      const on = c === 0 ? row < 5 : c === 1 ? col < 5 : Math.abs(row - col) < 2;
      x[i * 100 + p] = Math.min(255, Math.floor((on ? 170 : 40) + r() * 80));
    }
  }
  return { x, y };
}

/** A directory with train (gzipped) and t10k (plain) IDX files of `trainN` and `testN` images. */
export function syntheticIdxDir(trainN = 300, testN = 90): string {
  const dir = mkdtempSync(join(tmpdir(), 'gc-idx-'));
  const train = synthetic(trainN, 1), test = synthetic(testN, 2);
  writeFileSync(join(dir, 'train-images-idx3-ubyte.gz'), gzipSync(idxBuffer([trainN, 10, 10], train.x)));
  writeFileSync(join(dir, 'train-labels-idx1-ubyte.gz'), gzipSync(idxBuffer([trainN], train.y)));
  writeFileSync(join(dir, 't10k-images-idx3-ubyte'), idxBuffer([testN, 10, 10], test.x));
  writeFileSync(join(dir, 't10k-labels-idx1-ubyte'), idxBuffer([testN], test.y));
  return dir;
}
