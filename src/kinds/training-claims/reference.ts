// The reproduced figures: every model trained `seeds` times; mean and spread per metric and epoch.
import { loadDataset } from '../../data/datasets.js';
import { IdxError } from '../../data/idx.js';
import { ProblemError } from '../types.js';
import { openEngine } from './engines.js';
import type { Metric, TrainingGiven } from './model.js';
import type { EpochMetrics } from './train.js';
import { settingsFor } from './settings.js';

export interface Stat {
  mean: number;
  /** Sample standard deviation over the seeds (0 with one seed). */
  spread: number;
  runs: number[];
}

export interface TrainingRef {
  engine: string;
  source: string;
  seeds: number;
  epochs: number;
  trainExamples: number;
  /** Images held out of training for the validation figures. */
  validationExamples?: number;
  secondsPerEpoch: Record<string, number>;
  /** The figures under the first combination of settings (the stated ones, with the first plausible value of each assumed set). */
  models: Record<string, Record<Metric, Stat[]>>;
  /** The figures under each further combination of plausible settings, named by the values it takes. */
  alternatives?: { label: string; models: Record<string, Record<Metric, Stat[]>> }[];
  /** The first combination's label (empty when nothing varies). */
  label?: string;
  /** Classes in the data (chance accuracy is 1/classes) and test images evaluated. */
  classes?: number;
  testExamples?: number;
}

/** Where the whole job stands: model i of n, seed j of k, epochs done of all, speed, time left. */
export interface JobProgress {
  model: number;
  models: number;
  seed: number;
  seeds: number;
  epochsDone: number;
  epochsTotal: number;
  imagesPerSecond: number;
  secondsLeft: number;
}

/** Where progress goes (the CLI sets a progress bar on a TTY, a line per epoch otherwise). */
export const progress: {
  batch: (model: string, seed: number, epoch: number, epochs: number, done: number, total: number, job: JobProgress) => void;
  epoch: (model: string, seed: number, epoch: number, epochs: number, m: EpochMetrics, seconds: number, job: JobProgress) => void;
} = { batch: () => undefined, epoch: () => undefined };

const KEYS: Record<Metric, keyof EpochMetrics> = {
  'train-accuracy': 'trainAccuracy',
  'test-accuracy': 'testAccuracy',
  'train-loss': 'trainLoss',
  'test-loss': 'testLoss',
  'validation-accuracy': 'validationAccuracy',
  'validation-loss': 'validationLoss',
};

export function stat(xs: number[]): Stat {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const spread = xs.length > 1 ? Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1)) : 0;
  return { mean, spread, runs: xs };
}

export async function reproduce(g: TrainingGiven): Promise<TrainingRef> {
  // --no-train: no data read, nothing trained; grading checks only what needs no training.
  if (g.untrained) return { engine: 'none (--no-train)', source: 'none', seeds: 0, epochs: g.settings.epochs, trainExamples: 0, secondsPerEpoch: {}, models: {} };
  let data;
  try {
    data = loadDataset(g.dataset, { maxTrain: g.maxTrain, maxTest: g.maxTest, validation: g.validation });
  } catch (e) {
    if (e instanceof IdxError) throw new ProblemError(`${e.message} (grade --no-train checks what needs no data: the claims against each other, and parameter counts)`, g.datasetPos);
    throw e;
  }
  const engine = await openEngine(data);
  const combos = g.plan.combinations;
  const all: TrainingRef['models'][] = combos.map(() => ({}));
  const secondsPerEpoch: Record<string, number> = {};
  const epochs = g.settings.epochs;
  const epochsTotal = g.models.length * g.seeds * epochs * combos.length;
  let epochsDone = 0, elapsed = 0;
  const job = (model: number, seed: number): JobProgress => ({
    model, models: g.models.length * combos.length, seed, seeds: g.seeds, epochsDone, epochsTotal,
    imagesPerSecond: elapsed > 0 ? (epochsDone * data.train.n) / elapsed : 0,
    secondsLeft: epochsDone > 0 ? (elapsed / epochsDone) * (epochsTotal - epochsDone) : NaN,
  });
  try {
    for (const [ci, combo] of combos.entries()) {
      for (const [mi, spec] of g.models.entries()) {
        const runs: EpochMetrics[][] = [];
        let seconds = 0;
        const name = combo.label ? `${spec.name} (${combo.label})` : spec.name;
        for (let s = 1; s <= g.seeds; s++) {
          let t = performance.now();
          runs.push(
            await engine.train(spec, settingsFor(combo, spec.own), s, {
              onEpoch: (e, m) => {
                const dt = (performance.now() - t) / 1000;
                seconds += dt;
                epochsDone++, (elapsed += dt);
                progress.epoch(name, s, e, epochs, m, dt, job(ci * g.models.length + mi + 1, s));
                t = performance.now();
              },
              onBatch: (e, done, total) => progress.batch(name, s, e, epochs, done, total, job(ci * g.models.length + mi + 1, s)),
            }),
          );
        }
        if (ci === 0) secondsPerEpoch[spec.name] = seconds / (g.seeds * epochs);
        const metrics = (Object.keys(KEYS) as Metric[]).filter((m) => !m.startsWith('validation') || data.validation);
        all[ci][spec.name] = Object.fromEntries(metrics.map((metric) => [metric, Array.from({ length: epochs }, (_, e) => stat(runs.map((r) => r[e][KEYS[metric]]!)))])) as Record<Metric, Stat[]>;
      }
    }
  } finally {
    engine.close();
  }
  const models = all[0];
  const alternatives = combos.slice(1).map((c, i) => ({ label: c.label, models: all[i + 1] }));
  const extra = { classes: data.train.classes, testExamples: data.test.n, ...(combos[0].label ? { label: combos[0].label } : {}), ...(alternatives.length ? { alternatives } : {}) };
  return { engine: engine.name, source: data.source, ...(data.validation ? { validationExamples: data.validation.n } : {}), seeds: g.seeds, epochs, trainExamples: data.train.n, secondsPerEpoch, models, ...extra };
}
