// A training-claims problem: the data set, the models (layer lists), the training settings.
import { get, type PNode, type Pos } from '../../load/pnode.js';
import { asProblemError } from '../given.js';
import { readLayers, readShape } from '../../layers/read.js';
import type { DatasetSpec, ValidationSpec } from '../../data/datasets.js';
import { ProblemError } from '../types.js';
import type { ModelSpec, Settings } from './train.js';
import { MAX_TRAINED_EPOCHS, readOwn, readPlan, type SettingsPlan } from './settings.js';

export interface TrainingGiven {
  dataset: DatasetSpec;
  /** Where the problem names its data (a missing data set is reported there). */
  datasetPos: Pos;
  models: ModelSpec[];
  /** The first combination's settings (every combination trains the same number of epochs). */
  settings: Settings;
  /** Stated and assumed settings, and the combinations of plausible values retrained. */
  plan: SettingsPlan;
  /** Training runs per model (mean ± spread over them). */
  seeds: number;
  maxTrain?: number;
  maxTest?: number;
  /** Training images held out for validation (claims may then name <model>.validation-<accuracy|loss>). */
  validation?: ValidationSpec;
  /** What a quick check cut from the problem as written (--max-train, --epochs, --seeds): its claims are not judged. */
  shortened?: string[];
  /** --no-train: nothing is retrained; only the claims' own consistency and exact counts are checked. */
  untrained?: boolean;
}

/** Command-line overrides for a quick check (--seeds, --max-train, --epochs); part of the cache key. */
export const overrides: { seeds?: number; maxTrain?: number; epochs?: number; noTrain?: boolean } = {};

export const METRICS = ['train-accuracy', 'test-accuracy', 'train-loss', 'test-loss', 'validation-accuracy', 'validation-loss'] as const;
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
  const models: ModelSpec[] = modelsNode.entries.map((e) => {
    if (!/^[A-Za-z][\w-]*$/.test(e.key)) throw new ProblemError(`model names are plain words, not "${e.key}"`, e.keyPos);
    const input = get(e.value, 'input'), layers = get(e.value, 'layers');
    if (!input || !layers) throw new ProblemError(`model ${e.key} needs input and layers`, e.value.pos);
    return asProblemError(() => ({ name: e.key, input: readShape(input, 'input'), layers: readLayers(layers, { claims: false }).map((l) => l.layer) }));
  });
  const t = get(given, 'training') ?? given;
  const plan = readPlan(t);
  if (overrides.epochs !== undefined) {
    // A quick check: every combination trains the shortened run; claims are then not judged.
    const cut = Math.min(overrides.epochs, Math.max(...plan.epochs));
    for (const c of plan.combinations) c.settings.epochs = cut;
    plan.epochs = [...new Set(plan.epochs.map((e) => Math.min(e, cut)))];
  }
  for (const [i, e] of modelsNode.entries.entries()) {
    const own = get(e.value, 'training');
    if (own) models[i].own = readOwn(own, e.key).own;
    const anchor = get(e.value, 'anchor');
    if (anchor) models[i].anchor = num(anchor, `model ${e.key}: anchor (the report's first epochs the rebuilt network must reproduce)`, 1, 1000)!;
    const assumed = get(e.value, 'assumed');
    if (assumed) {
      if (assumed.kind !== 'scalar' || typeof assumed.value !== 'string' || !assumed.value.trim()) throw new ProblemError(`model ${e.key}: assumed says, in words, what of this network the report does not state (its layer widths, …)`, assumed.pos);
      models[i].assumed = assumed.value.trim();
    }
  }
  const settings = plan.combinations[0].settings;
  const validation = readValidation(get(given, 'validation'));
  const asked = { epochs: Math.max(...readPlan(t).epochs), maxTrain: num(get(given, 'max-train'), 'max-train', 10, 10_000_000), seeds: num(get(given, 'seeds'), 'seeds', 1, 20) ?? 1 };
  const shortened = [
    ...(overrides.maxTrain !== undefined && (asked.maxTrain === undefined || overrides.maxTrain < asked.maxTrain) ? [`the first ${overrides.maxTrain} training images${asked.maxTrain ? ` of ${asked.maxTrain}` : ''}`] : []),
    ...(overrides.epochs !== undefined && overrides.epochs < asked.epochs ? [`${overrides.epochs} epoch${overrides.epochs === 1 ? '' : 's'} of ${asked.epochs}`] : []),
    ...(overrides.seeds !== undefined && overrides.seeds < asked.seeds ? [`${overrides.seeds} seed${overrides.seeds === 1 ? '' : 's'} of ${asked.seeds}`] : []),
  ];
  const seeds = overrides.seeds ?? num(get(given, 'seeds'), 'seeds', 1, 20) ?? 1;
  const trained = models.length * seeds * plan.combinations.length * settings.epochs;
  if (trained > MAX_TRAINED_EPOCHS) throw new ProblemError(`retraining every plausible combination would train ${trained} epochs (${models.length} models × ${seeds} seeds × ${plan.combinations.length} combinations × ${settings.epochs} epochs); the bound is ${MAX_TRAINED_EPOCHS}: narrow the plausible settings or the seeds`, (get(given, 'training') ?? given).pos);
  return {
    dataset,
    datasetPos: ds.pos,
    models,
    settings,
    plan,
    ...(overrides.noTrain ? { shortened: ['no retraining (--no-train)'], untrained: true } : shortened.length ? { shortened } : {}),
    seeds,
    maxTrain: overrides.maxTrain ?? num(get(given, 'max-train'), 'max-train', 10, 10_000_000),
    maxTest: num(get(given, 'max-test'), 'max-test', 10, 10_000_000),
    ...(validation ? { validation } : {}),
  };
}

/** `validation: N` (the last N training images; below 1, a share of them) or `{ size: N, pick: last | random, seed: S }` (a seed implies random). */
function readValidation(n: PNode | undefined): ValidationSpec | undefined {
  if (!n) return undefined;
  const sizeNode = n.kind === 'map' ? get(n, 'size') : n;
  const size = num(sizeNode, 'validation size', Number.MIN_VALUE, 10_000_000);
  if (size === undefined || (size >= 1 && !Number.isInteger(size))) throw new ProblemError('validation: a whole number of training images to hold out (or a share below 1, e.g. 0.1), or { size: N, pick: last | random, seed: S }', (sizeNode ?? n).pos);
  const seed = n.kind === 'map' ? num(get(n, 'seed'), 'validation seed', 0, 2 ** 32 - 1) : undefined;
  const pick = n.kind === 'map' ? (str(get(n, 'pick')) ?? (seed !== undefined ? 'random' : 'last')) : 'last';
  if (pick !== 'last' && pick !== 'random') throw new ProblemError('validation pick: last (the last N training images) or random (N drawn with a seed)', get(n, 'pick')!.pos);
  if (pick === 'last' && seed !== undefined) throw new ProblemError('validation: a seed draws the images at random; with pick: last there is nothing to draw', get(n, 'seed')!.pos);
  return { size, pick, ...(seed !== undefined ? { seed } : {}) };
}
