// Grading a batch: in this thread for small batches, on worker threads (one per core) for
// large ones. Results come back in the order of the files, whatever thread graded them.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { gradeFile } from './grade.js';
import { workerArgv, workerFile } from '../worker-file.js';
import type { LoadedProblem } from './problems.js';
import type { SubmissionResult } from './types.js';

export interface BatchOptions {
  problemFiles: string[];
  problems: ReadonlyMap<string, LoadedProblem>;
  refs: ReadonlyMap<string, unknown>;
  /** Worker threads; 1 grades here. Default: one per core, for batches worth it. */
  jobs?: number;
  onProgress?: (done: number) => void;
  /** Workers render each submission's JSON report entry (see SubmissionResult.json). */
  renderJson?: boolean;
  /** Each result in file order, as soon as it and all before it are graded (to stream a report). */
  onOrdered?: (r: SubmissionResult) => void;
}

/** Below this, starting workers (~0.35 s each to load) costs more than it saves. */
const PARALLEL_FROM = 400;
/**
 * Workers by default on every core (figures in the README's Performance section). What makes
 * them pay on 2 cores: for a JSON report they render their submissions' entries and send back
 * only file, scores and entry (copying finding objects back and rendering them on the main
 * thread cost more than grading), and a 128 MB young generation (grading allocates many small,
 * short-lived objects: GC took a sixth of a worker's time).
 */
const DEFAULT_JOBS = Math.min(availableParallelism(), 8); // each worker holds its own heap (~100 MB measured)
const CHUNK = 200;

export async function gradeBatch(files: string[], opts: BatchOptions): Promise<SubmissionResult[]> {
  const jobs = Math.max(1, Math.min(opts.jobs ?? (files.length >= PARALLEL_FROM ? DEFAULT_JOBS : 1), Math.ceil(files.length / CHUNK)));
  if (jobs === 1) {
    return files.map((f, i) => {
      const r = gradeFile(f, opts.problems, opts.refs);
      if (i % 50 === 49) opts.onProgress?.(i + 1);
      opts.onOrdered?.(r);
      return r;
    });
  }
  const refs = [...opts.refs].map(([id, ref]) => [id, opts.problems.get(id)!.verifier.encodeRef(ref)]);
  const out: SubmissionResult[] = new Array(files.length);
  const chunks: { id: number; files: string[] }[] = [];
  for (let i = 0; i < files.length; i += CHUNK) chunks.push({ id: i, files: files.slice(i, i + CHUNK) });
  let next = 0, done = 0, ordered = 0;
  const workers = Array.from({ length: jobs }, () => new Worker(workerFile('./worker.js', import.meta.url), { workerData: { problemFiles: opts.problemFiles, refs }, execArgv: workerArgv(), resourceLimits: { maxYoungGenerationSizeMb: 128 } }));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= chunks.length) return resolve();
              w.postMessage({ ...chunks[next++], renderJson: opts.renderJson ?? false });
            };
            w.on('message', (m: { id: number; results: SubmissionResult[] }) => {
              m.results.forEach((r, k) => (out[m.id + k] = r));
              for (; ordered < out.length && out[ordered] !== undefined; ordered++) opts.onOrdered?.(out[ordered]);
              done += m.results.length;
              opts.onProgress?.(done);
              feed();
            });
            w.on('error', reject);
            feed();
          }),
      ),
    );
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
