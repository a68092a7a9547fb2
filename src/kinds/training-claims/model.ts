// A training-claims problem: the data set, the models (layer lists), the training settings.
import { get, type PNode, type Pos } from '../../load/pnode.js';
import { asProblemError } from '../given.js';
import { readLayers, readShape } from '../../layers/read.js';
import type { DatasetSpec } from '../../data/datasets.js';
import { ProblemError } from '../types.js';
import type { ModelSpec, Settings } from './train.js';

export interface TrainingGiven {
  dataset: DatasetSpec;
  /** Where the problem names its data (a missing data set is reported there). */
  datasetPos: Pos;
  models: ModelSpec[];
  settings: Settings;
  /** Training runs per model (mean ± spread over them). */
  seeds: number;
  maxTrain?: number;
  maxTest?: number;
  /** What a quick check cut from the problem as written (--max-train, --epochs, --seeds): its claims are not judged. */
  shortened?: string[];
}

/** Command-line overrides for a quick check (--seeds, --max-train, --epochs); part of the cache key. */
export const overrides: { seeds?: number; maxTrain?: number; epochs?: number } = {};

export const METRICS = ['train-accuracy', 'test-accuracy', 'train-loss', 'test-loss'] as const;
export type Metric = (typeof METRICS)[number];

const str = (n: PNode | undefined) => (n?.kind === 'scalar' && n.value !== null ? String(n.value) : undefined);
const num = (n: PNode | undefined, name: string, min: number, max: number): number | undefined => {
  if (!n) return undefined;
  const v = n.kind === 'scalar' ? Number(n.value) : NaN;
  if (!(v >= min && v <= max)) throw new ProblemError(`${name} must be a number from ${min} to ${max}`, n.pos);
  return v;
};

export function readTrainingGiven(given: PNode): TrainingGiven {
  const ds = get(given, 'dataset');
  if (!ds) throw new ProblemError('"dataset" is required (fashion-mnist, mnist, or { dir } / { files })', given.pos);
  let dataset: DatasetSpec;
  if (ds.kind === 'scalar') {
    const name = str(ds);
    if (name !== 'fashion-mnist' && name !== 'mnist') throw new ProblemError('dataset: fashion-mnist or mnist (or a mapping with dir or files)', ds.pos);
    dataset = { name };
  } else {
    const name = str(get(ds, 'name')) ?? 'files';
    const files = get(ds, 'files');
    dataset = {
      name: name === 'mnist' || name === 'fashion-mnist' ? name : 'files',
      dir: str(get(ds, 'dir')),
      files: files
        ? { trainImages: str(get(files, 'train-images'))!, trainLabels: str(get(files, 'train-labels'))!, testImages: str(get(files, 'test-images'))!, testLabels: str(get(files, 'test-labels'))! }
        : undefined,
    };
    if (dataset.files && Object.values(dataset.files).some((v) => !v)) throw new ProblemError('files needs train-images, train-labels, test-images and test-labels', files!.pos);
    if (!dataset.files && !dataset.dir && dataset.name === 'files') throw new ProblemError('dataset needs a name, a dir or files', ds.pos);
  }
  const modelsNode = get(given, 'models');
  if (modelsNode?.kind !== 'map' || modelsNode.entries.length === 0) throw new ProblemError('"models" maps names to { input, layers }', modelsNode?.pos ?? given.pos);
  const models = modelsNode.entries.map((e) => {
    if (!/^[A-Za-z][\w-]*$/.test(e.key)) throw new ProblemError(`model names are plain words, not "${e.key}"`, e.keyPos);
    const input = get(e.value, 'input'), layers = get(e.value, 'layers');
    if (!input || !layers) throw new ProblemError(`model ${e.key} needs input and layers`, e.value.pos);
    return asProblemError(() => ({ name: e.key, input: readShape(input, 'input'), layers: readLayers(layers, { claims: false }).map((l) => l.layer) }));
  });
  const t = get(given, 'training') ?? given;
  const opt = str(get(t, 'optimizer')) ?? 'sgd';
  if (!['sgd', 'sgd-momentum', 'adam'].includes(opt)) throw new ProblemError('optimizer: sgd, sgd-momentum or adam', get(t, 'optimizer')!.pos);
  const initText = str(get(t, 'init')) ?? 'xavier';
  const normal = /^normal\(\s*([\d.e-]+)\s*\)$/.exec(initText);
  if (!normal && !['xavier', 'he'].includes(initText)) throw new ProblemError('init: xavier, he or normal(std), e.g. normal(0.01)', get(t, 'init')!.pos);
  const settings: Settings = {
    optimizer: opt as Settings['optimizer'],
    lr: num(get(t, 'lr'), 'lr', 1e-9, 10) ?? 0.01,
    momentum: num(get(t, 'momentum'), 'momentum', 0, 1) ?? 0.9,
    batch: num(get(t, 'batch'), 'batch', 1, 100_000) ?? 100,
    epochs: overrides.epochs ?? num(get(t, 'epochs'), 'epochs', 1, 1000) ?? 1,
    weightDecay: num(get(t, 'weight-decay'), 'weight-decay', 0, 1) ?? 0,
    init: normal ? { kind: 'normal', std: Number(normal[1]) } : { kind: initText as 'xavier' | 'he', std: 0 },
  };
  const asked = { epochs: num(get(t, 'epochs'), 'epochs', 1, 1000) ?? 1, maxTrain: num(get(given, 'max-train'), 'max-train', 10, 10_000_000), seeds: num(get(given, 'seeds'), 'seeds', 1, 20) ?? 1 };
  const shortened = [
    ...(overrides.maxTrain !== undefined && (asked.maxTrain === undefined || overrides.maxTrain < asked.maxTrain) ? [`the first ${overrides.maxTrain} training images${asked.maxTrain ? ` of ${asked.maxTrain}` : ''}`] : []),
    ...(overrides.epochs !== undefined && overrides.epochs < asked.epochs ? [`${overrides.epochs} epoch${overrides.epochs === 1 ? '' : 's'} of ${asked.epochs}`] : []),
    ...(overrides.seeds !== undefined && overrides.seeds < asked.seeds ? [`${overrides.seeds} seed${overrides.seeds === 1 ? '' : 's'} of ${asked.seeds}`] : []),
  ];
  return {
    dataset,
    datasetPos: ds.pos,
    models,
    settings,
    ...(shortened.length ? { shortened } : {}),
    seeds: overrides.seeds ?? num(get(given, 'seeds'), 'seeds', 1, 20) ?? 1,
    maxTrain: overrides.maxTrain ?? num(get(given, 'max-train'), 'max-train', 10, 10_000_000),
    maxTest: num(get(given, 'max-test'), 'max-test', 10, 10_000_000),
  };
}
