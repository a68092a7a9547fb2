// Grading a batch: in this thread, helped by worker threads (one per further core) for large
// batches. Results come back in the order of the files, whatever thread graded them.
import { availableParallelism } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { gradeFile } from './grade.js';
import { workerArgv, workerFile } from '../worker-file.js';
import type { LoadedProblem } from './problems.js';
import type { Assignment } from './assignments.js';
import type { FeedbackLevel } from './feedback.js';
import { idOfRefKey, type VariantSetup } from '../variants/grading.js';
import { VariantCache } from '../variants/cache.js';
import type { SubmissionResult } from './types.js';
import type { SubmissionContext } from '../read/identity.js';

export interface BatchOptions {
  problemFiles: string[];
  problems: ReadonlyMap<string, LoadedProblem>;
  /** What each submission is graded against (the problem files' assignments). */
  assignments: readonly Assignment[];
  /** What reports tell students (see feedback.ts). */
  feedback?: FeedbackLevel;
  /** The assignment of submissions that name none. */
  assignment?: string;
  /** The secret and pins of templated problems. */
  variants?: VariantSetup;
  /** File → the other files naming the same student (see duplicateStudents). */
  duplicates?: ReadonlyMap<string, string[]>;
  /** File → what the platform says about it (its student, when handed in: read/identity.ts). */
  contexts?: ReadonlyMap<string, SubmissionContext>;
  refs: ReadonlyMap<string, unknown>;
  /** Threads grading (this one and jobs - 1 workers, started at once). Default: one per core, workers started when the batch is long. */
  jobs?: number;
  onProgress?: (done: number) => void;
  /** Each submission's JSON report entry rendered by the thread that grades it (see SubmissionResult.json). */
  renderJson?: boolean;
  /** Each result in file order, as soon as it and all before it are graded (to stream a report). */
  onOrdered?: (r: SubmissionResult) => void;
}

/**
 * Threads grading by default: the main thread and a worker per further core. Workers render
 * their submissions' JSON entries and send back only file, scores and entry (copying findings
 * back cost more than grading them), and run with a 128 MB young generation (grading allocates
 * many small, short-lived objects).
 */
const DEFAULT_JOBS = Math.min(availableParallelism(), 8); // each worker holds its own heap (~100 MB measured)
const CHUNK = 200;
/**
 * By default workers start only when the main thread, at the pace of its last chunks, has more
 * than this much grading left. A worker costs ~1 s of a core before it pays (starting, loading,
 * then its own first answers: a new thread has not seen them): on this project's 2-core machine
 * a worker made a 1.4 s batch slower and a 10 s one 1.5× faster (README, Performance).
 */
const WORKERS_ABOVE_MS = 2500;

/**
 * Whether the machine has a core to spare: the main thread got nearly a whole core (its CPU time
 * over the wall time of its last chunks). On a machine whose cores are taken (a training job on
 * both of this project's 2 cores) it gets far less, and a worker would only share the cores: the
 * 10,000-file few-of-13 batch took 8.65 s and 384 MB with a worker against 7.43 s and 137 MB
 * without (load ~5). `--jobs N` still starts its workers.
 */
export function coreFree(cpuMs: number, wallMs: number): boolean {
  return cpuMs >= 0.85 * wallMs;
}

/**
 * The main thread grades chunks from the start; each worker takes chunks once it has loaded
 * (a batch never waits for a worker to start). Results are placed by index and handed on in
 * file order. `jobs` given: its workers start at once; not given: when the batch is long.
 */
export async function gradeBatch(files: string[], opts: BatchOptions): Promise<SubmissionResult[]> {
  const threads = Math.max(1, Math.min(opts.jobs ?? DEFAULT_JOBS, Math.ceil(files.length / CHUNK)));
  const out: SubmissionResult[] = new Array(files.length);
  const chunks: { id: number; files: string[] }[] = [];
  for (let i = 0; i < files.length; i += CHUNK) chunks.push({ id: i, files: files.slice(i, i + CHUNK) });
  let next = 0, done = 0, ordered = 0, outstanding = 0;
  const take = (id: number, results: SubmissionResult[]) => {
    results.forEach((r, k) => (out[id + k] = r));
    for (; ordered < out.length && out[ordered] !== undefined; ordered++) opts.onOrdered?.(out[ordered]);
    done += results.length;
    opts.onProgress?.(done);
  };
  let finish!: () => void, fail!: (e: Error) => void;
  const finished = new Promise<void>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const startWorker = (refs: unknown[]) => {
    const w = new Worker(workerFile('./worker.js', import.meta.url), { workerData: { problemFiles: opts.problemFiles, refs, secret: opts.variants?.secret, drawn: opts.variants?.drawn instanceof VariantCache ? opts.variants.drawn.entries() : undefined }, execArgv: workerArgv(), resourceLimits: { maxYoungGenerationSizeMb: 128 } });
    let busy = false;
    const feed = () => {
      if (next < chunks.length) {
        busy = true;
        outstanding++;
        const c = chunks[next++];
        w.postMessage({ ...c, renderJson: opts.renderJson ?? false, feedback: opts.feedback ?? 'full', assignment: opts.assignment, duplicates: c.files.filter((f) => opts.duplicates?.has(f)).map((f) => [f, opts.duplicates!.get(f)]), contexts: c.files.filter((f) => opts.contexts?.has(f)).map((f) => [f, opts.contexts!.get(f)]) });
      } else if (outstanding === 0) finish();
    };
    w.on('message', (m: { ready: true } | { id: number; results: SubmissionResult[] }) => {
      if ('results' in m) busy = false, outstanding--, take(m.id, m.results);
      feed();
    });
    w.on('error', fail);
    w.on('exit', (code) => busy && fail(new Error(`a grading worker stopped (exit code ${code})`)));
    return w;
  };
  const workers: Worker[] = [];
  const startWorkers = () => {
    const refs = [...opts.refs].map(([id, ref]) => [id, opts.problems.get(idOfRefKey(id))!.verifier.encodeRef(ref)]); // encoded once for all workers
    workers.push(...Array.from({ length: threads - 1 }, () => startWorker(refs)));
  };
  if (opts.jobs !== undefined) startWorkers();
  const paces: number[] = []; // ms per chunk, the last few (not the first: it loads modules)
  const cpus: number[] = []; // this thread's CPU ms in the same chunks
  try {
    while (next < chunks.length) {
      const c = chunks[next++];
      const t0 = performance.now(), cpu0 = process.cpuUsage();
      take(c.id, c.files.map((f) => gradeFile(f, opts.assignments, opts.refs, undefined, { renderJson: opts.renderJson, sameStudent: opts.duplicates?.get(f), feedback: opts.feedback, assignment: opts.assignment, variants: opts.variants, context: opts.contexts?.get(f) })));
      if (workers.length) await setImmediate(); // let the workers' results in
      else if (threads > 1 && c.id > 0) {
        const cpu = process.cpuUsage(cpu0);
        paces.push(performance.now() - t0), cpus.push((cpu.user + cpu.system) / 1000);
        if (paces.length > 4) paces.shift(), cpus.shift();
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        if (paces.length >= 2 && (sum(paces) / paces.length) * (chunks.length - next) > WORKERS_ABOVE_MS && coreFree(sum(cpus), sum(paces))) startWorkers();
      }
    }
    if (outstanding === 0) finish();
    await finished;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}

/** `--shard K/N`: the K-th of N contiguous slices of the (sorted) files. */
export function shard(files: string[], spec: string): string[] {
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  const k = m ? Number(m[1]) : NaN, n = m ? Number(m[2]) : NaN;
  if (!(n >= 1 && k >= 1 && k <= n)) throw new Error(`--shard takes K/N with 1 ≤ K ≤ N, e.g. 2/4 (got "${spec}")`);
  return files.slice(Math.floor(((k - 1) * files.length) / n), Math.floor((k * files.length) / n));
}

/** Reports list submissions by file path, so shards merge into the same report. */
export function byFile(a: SubmissionResult, b: SubmissionResult): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
