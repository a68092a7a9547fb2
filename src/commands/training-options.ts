// --seeds, --max-train, --epochs for training-claims problems, and how training shows progress:
// a bar per epoch on a terminal, a line per epoch otherwise (CI logs, pipes), each saying where
// the whole job stands (model i of n, seed j of k, epochs done of all, images/s, time left).
import { createRequire } from 'node:module';
import { overrides } from '../kinds/training-claims/model.js';
import { progress, type JobProgress } from '../kinds/training-claims/reference.js';
import { trainThreads } from '../kinds/training-claims/train.js';
import { engineChoice, type EngineChoice } from '../kinds/training-claims/engines.js';
import { UsageError } from './shared.js';

export interface TrainingFlags {
  seeds?: string;
  maxTrain?: string;
  epochs?: string;
  jobs?: string;
  engine?: string;
  /** grade only: check what needs no training (--no-train). */
  train?: boolean;
}

export function applyTrainingFlags(o: TrainingFlags): void {
  const int = (v: string | undefined, name: string, min: number) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} takes a whole number ≥ ${min}`);
    return n;
  };
  overrides.seeds = int(o.seeds, '--seeds', 1);
  overrides.maxTrain = int(o.maxTrain, '--max-train', 10);
  overrides.epochs = int(o.epochs, '--epochs', 1);
  overrides.noTrain = o.train === false ? true : undefined;
  if (o.engine !== undefined) {
    if (!['auto', 'tfjs', 'torch'].includes(o.engine)) throw new UsageError('--engine takes auto, tfjs or torch');
    engineChoice.wanted = o.engine as EngineChoice;
  }
  // Threads change how fast a run goes, not its figures (see train.ts): not in the cache key.
  const jobs = int(o.jobs, '--jobs', 1);
  if (jobs !== undefined) trainThreads.max = jobs;
  const tty = Boolean(process.stderr.isTTY) && !process.env.CI;
  let bar: { start: (t: number, v: number) => void; update: (v: number) => void; stop: () => void } | null = null;
  progress.batch = (model, seed, epoch, epochs, done, total, job) => {
    if (!tty) return;
    if (!bar) {
      const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
      bar = new cliProgress.SingleBar({ stream: process.stderr, format: `training ${where(model, seed, job)} epoch ${epoch}/${epochs} [{bar}] {percentage}% · ${whole(job)}`, hideCursor: true }, cliProgress.Presets.shades_classic);
      bar.start(total, 0);
    }
    bar.update(done);
  };
  progress.epoch = (model, seed, epoch, epochs, m, seconds, job) => {
    bar?.stop();
    bar = null;
    process.stderr.write(
      `training ${where(model, seed, job)} epoch ${epoch}/${epochs}: train loss ${m.trainLoss.toFixed(4)} accuracy ${m.trainAccuracy.toFixed(4)}, ${m.validationLoss !== undefined ? `validation loss ${m.validationLoss.toFixed(4)} accuracy ${m.validationAccuracy!.toFixed(4)}, ` : ''}test loss ${m.testLoss.toFixed(4)} accuracy ${m.testAccuracy.toFixed(4)} (${seconds.toFixed(1)} s) · ${whole(job)}\n`,
    );
  };
}

/** "mlp (model 1 of 2, seed 1 of 3)". */
const where = (model: string, seed: number, j: JobProgress) => `${model} (model ${j.model} of ${j.models}, seed ${seed} of ${j.seeds})`;

/** The whole job: epochs done of all, images per second, time left. */
function whole(j: JobProgress): string {
  const left = Number.isFinite(j.secondsLeft) ? (j.secondsLeft >= 90 ? `about ${Math.round(j.secondsLeft / 60)} min left` : `about ${Math.round(j.secondsLeft)} s left`) : 'time left not known yet';
  return `job: ${j.epochsDone} of ${j.epochsTotal} epochs${j.imagesPerSecond > 0 ? `, ${Math.round(j.imagesPerSecond).toLocaleString('en-US')} images/s` : ''}, ${left}`;
}
