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
  /**
   * What the batch keeps of a result once onOrdered has had it (what it returns): a streamed
   * report keeps only what later stages read (see written), so memory follows the batch's
   * threads, not the class.
   */
  keep?: (r: SubmissionResult) => SubmissionResult;
}

const NONE: never[] = Object.freeze([]) as unknown as never[];

/**
 * What is left of a result whose report entry is written: what the stages after grading read
 * when the report was streamed (no policy step: commands/grade.ts streams only then). The exit
 * code reads score and maxScore; the integrity pass file, student, assignment and status (it
 * reads the answers again from the file); the report's order, file. Findings and problems are
 * one shared empty list (frozen: nothing may add to it).
 */
export function written(r: SubmissionResult): SubmissionResult {
  return { file: r.file, student: r.student, ...(r.assignment !== undefined ? { assignment: r.assignment } : {}), status: r.status, score: r.score, maxScore: r.maxScore, findings: NONE, problems: NONE };
}

/**
 * Threads grading by default: the main thread and a worker per further core. Workers render
 * their submissions' JSON entries and send back only file, scores and entry (copying findings
 * back cost more than grading them), and run with a 32 MB young generation (WORKER_YOUNG_MB; grading allocates
 * many small, short-lived objects).
 */
const DEFAULT_JOBS = Math.min(availableParallelism(), 8); // each worker holds its own heap (~100 MB measured)
/**
 * A worker's young generation. 128 MB (the earlier figure) put a 2-thread run over 1,000
 * distinct-answer files at 376 MB peak against 275 MB with 32 MB, for the same CPU time
 * (measured back to back, issue 25).
 */
const WORKER_YOUNG_MB = 32;
/** The most files a worker is sent at once; near the end of a batch, fewer (see chunkSize). */
const CHUNK = 200;
/** The least: below it a message costs more than it carries. */
const MIN_CHUNK = 10;
/** The main thread's step: it lets the workers' results in (and sends them more) between steps. */
const MAIN_STEP = 20;
/** Chunks a worker holds at once: the next is there when it finishes one (the main thread may be mid-step). */
const AHEAD = 2;
/**
 * By default workers start only when the main thread, at its pace so far, has more than this
 * much grading left. A worker costs ~1 s of a core before it pays (starting, loading, then its
 * own first answers: a new thread has not seen them): on this project's 2-core machine a worker
 * made a 1.4 s batch slower and a 10 s one 1.5× faster (README, Performance). The pace is taken
 * over the main thread's recent steps (see PACE_STEPS), so a long batch of slow files starts
 * its workers after some 200 files rather than 600.
 */
const WORKERS_ABOVE_MS = 2500;
/**
 * …and only when grading a file takes at least this long. Copies of one answer set are graded
 * from the memo in a fraction of a millisecond, and the rest of a file's cost (reading it, its
 * JSON entry copied back and written) does not shrink with a worker: on 50,000 copies a worker
 * made a 2-core run 1.4× slower (85 s against 119 s under load, twice the CPU) and its peak
 * 173 MB → 568 MB (issue 25).
 */
const WORKERS_FROM_MS_PER_FILE = 1;
/**
 * The pace is that of the last 5 steps (100 files), not of all so far: copies are slow while
 * the memo fills (1.2 ms a file over the first 60) and then fast (0.1–0.15 ms).
 */
const PACE_STEPS = 5;
/**
 * …and is first taken after 200 files: under load a copies run still passed 1 ms a file over
 * files 20–120 (the memo filling) and started a worker it did not need.
 */
const PACE_FROM_STEP = 10;

/**
 * Whether the machine has a core to spare: the main thread got nearly a whole core (its CPU time
 * over the wall time of its last steps). On a machine whose cores are taken (a training job on
 * both of this project's 2 cores) it gets far less, and a worker would only share the cores: the
 * 10,000-file few-of-13 batch took 8.65 s and 384 MB with a worker against 7.43 s and 137 MB
 * without (load ~5). `--jobs N` still starts its workers.
 */
export function coreFree(cpuMs: number, wallMs: number): boolean {
  return cpuMs >= 0.85 * wallMs;
}

/**
 * The main thread grades small steps from the start; each worker takes chunks once it has
 * loaded (a batch never waits for a worker to start), and holds the next one while it grades.
 * Chunks shrink near the end so that the threads finish together. Results are placed by index
 * and handed on in file order. `jobs` given: its workers start at once; not given: when the
 * batch is long.
 */
export async function gradeBatch(files: string[], opts: BatchOptions): Promise<SubmissionResult[]> {
  const threads = Math.max(1, Math.min(opts.jobs ?? DEFAULT_JOBS, Math.ceil(files.length / CHUNK)));
  const out: SubmissionResult[] = new Array(files.length);
  let cursor = 0, done = 0, ordered = 0, outstanding = 0;
  /** The next `size` files (fewer at the end), with the index of the first. */
  const nextChunk = (size: number) => {
    const c = { id: cursor, files: files.slice(cursor, cursor + size) };
    cursor += c.files.length;
    return c;
  };
  /** A worker's chunk: CHUNK, or a share of what is left small enough that no thread is left waiting at the end. */
  const chunkSize = () => Math.max(MIN_CHUNK, Math.min(CHUNK, Math.ceil((files.length - cursor) / (threads * AHEAD * 2))));
  const take = (id: number, results: SubmissionResult[]) => {
    results.forEach((r, k) => (out[id + k] = r));
    for (; ordered < out.length && out[ordered] !== undefined; ordered++) {
      opts.onOrdered?.(out[ordered]);
      if (opts.keep) out[ordered] = opts.keep(out[ordered]);
    }
    done += results.length;
    opts.onProgress?.(done);
  };
  let finish!: () => void, fail!: (e: Error) => void;
  const finished = new Promise<void>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const startWorker = (refs: unknown[]) => {
    const w = new Worker(workerFile('./worker.js', import.meta.url), { workerData: { problemFiles: opts.problemFiles, refs, secret: opts.variants?.secret, drawn: opts.variants?.drawn instanceof VariantCache ? opts.variants.drawn.entries() : undefined }, execArgv: workerArgv(), resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    let held = 0; // chunks sent and not back yet
    const feed = () => {
      while (held < AHEAD && cursor < files.length) {
        held++;
        outstanding++;
        const c = nextChunk(chunkSize());
        w.postMessage({ ...c, renderJson: opts.renderJson ?? false, feedback: opts.feedback ?? 'full', assignment: opts.assignment, duplicates: c.files.filter((f) => opts.duplicates?.has(f)).map((f) => [f, opts.duplicates!.get(f)]), contexts: c.files.filter((f) => opts.contexts?.has(f)).map((f) => [f, opts.contexts!.get(f)]) });
      }
      if (cursor >= files.length && outstanding === 0) finish();
    };
    w.on('message', (m: { ready: true } | { id: number; results: SubmissionResult[] }) => {
      if ('results' in m) held--, outstanding--, take(m.id, m.results);
      feed();
    });
    w.on('error', fail);
    w.on('exit', (code) => held > 0 && fail(new Error(`a grading worker stopped (exit code ${code})`)));
    return w;
  };
  const workers: Worker[] = [];
  const startWorkers = () => {
    const refs = [...opts.refs].map(([id, ref]) => [id, opts.problems.get(idOfRefKey(id))!.verifier.encodeRef(ref)]); // encoded once for all workers
    workers.push(...Array.from({ length: threads - 1 }, () => startWorker(refs)));
  };
  if (opts.jobs !== undefined && threads > 1) startWorkers();
  const recentWall: number[] = []; // the same steps' wall ms (coreFree)
  const recent: number[] = []; // the main thread's grading ms of its last PACE_STEPS steps (not the first: it loads modules)
  try {
    for (let step = 0; cursor < files.length; step++) {
      const c = nextChunk(MAIN_STEP);
      const t0 = process.cpuUsage(), wall0 = performance.now();
      const results = c.files.map((f) => gradeFile(f, opts.assignments, opts.refs, undefined, { renderJson: opts.renderJson, sameStudent: opts.duplicates?.get(f), feedback: opts.feedback, assignment: opts.assignment, variants: opts.variants, context: opts.contexts?.get(f) }));
      // Grading only (writing the report stays on this thread whoever grades), in CPU time: on a
      // loaded machine wall time counts the waits for a core, and a worker would wait as well.
      const used = process.cpuUsage(t0), gradingMs = (used.user + used.system) / 1000;
      const wallMs = performance.now() - wall0;
      take(c.id, results);
      if (workers.length) await setImmediate(); // let the workers' results in, and send them more
      else if (threads > 1 && step > 0) {
        recent.push(gradingMs), recentWall.push(wallMs);
        if (recent.length > PACE_STEPS) recent.shift(), recentWall.shift();
        const pace = recent.reduce((x, y) => x + y, 0) / (recent.length * MAIN_STEP);
        if (step >= PACE_FROM_STEP && pace >= WORKERS_FROM_MS_PER_FILE && pace * (files.length - cursor) > WORKERS_ABOVE_MS && coreFree(recent.reduce((x, y) => x + y, 0), recentWall.reduce((x, y) => x + y, 0))) startWorkers();
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
