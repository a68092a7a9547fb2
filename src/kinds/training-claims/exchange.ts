// What replicas share: per-shard gradients and batch figures (double-buffered by phase), each
// replica's test figures, and a barrier. On one thread it is plain memory and the barrier is a
// no-op; across threads the buffers are SharedArrayBuffers and the barrier is Atomics on `ctl`,
// where ctl[r] is the number of phases replica r has finished (−1: it failed).
//
// Double buffering is enough: a replica writes phase p + 2's slots only after passing phase
// p + 1's barrier, which every other replica reaches only after it has read phase p.

export interface ExchangeBuffers {
  grads: ArrayBufferLike;
  stats: ArrayBufferLike;
  tests: ArrayBufferLike;
  ctl: ArrayBufferLike;
}

export class Exchange {
  private readonly grads: Float32Array;
  private readonly stats: Float64Array;
  private readonly tests: Float64Array;
  private readonly ctl: Int32Array;
  /** Set by the main thread when a worker reports an error or exits. */
  aborted?: string;

  private constructor(
    readonly buffers: ExchangeBuffers,
    readonly shards: number,
    readonly params: number,
    readonly threads: number,
    private readonly blocking: boolean,
  ) {
    this.grads = new Float32Array(buffers.grads);
    this.stats = new Float64Array(buffers.stats);
    this.tests = new Float64Array(buffers.tests);
    this.ctl = new Int32Array(buffers.ctl);
  }

  static create(shards: number, params: number, threads: number): Exchange {
    const B = threads > 1 ? SharedArrayBuffer : ArrayBuffer;
    const buffers = { grads: new B(2 * shards * params * 4), stats: new B(2 * shards * 2 * 8), tests: new B(threads * 4 * 8), ctl: new B(threads * 4) };
    return new Exchange(buffers, shards, params, threads, false);
  }

  /** A worker's view of the main thread's exchange; it waits by blocking. */
  static attach(buffers: ExchangeBuffers, shards: number, params: number, threads: number): Exchange {
    return new Exchange(buffers, shards, params, threads, true);
  }

  gradSlot(phase: number, shard: number): Float32Array {
    const at = ((phase % 2) * this.shards + shard) * this.params;
    return this.grads.subarray(at, at + this.params);
  }

  setStats(phase: number, shard: number, loss: number, correct: number): void {
    const at = ((phase % 2) * this.shards + shard) * 2;
    this.stats[at] = loss;
    this.stats[at + 1] = correct;
  }

  /** Every shard's gradient of a phase, in shard order (the replica adds them, on its backend). */
  shardGrads(phase: number): Float32Array[] {
    return Array.from({ length: this.shards }, (_, s) => this.gradSlot(phase, s));
  }

  /** The shards' summed loss and right answers. */
  figures(phase: number): { loss: number; correct: number } {
    let loss = 0, correct = 0;
    for (let s = 0; s < this.shards; s++) {
      const at = ((phase % 2) * this.shards + s) * 2;
      loss += this.stats[at];
      correct += this.stats[at + 1];
    }
    return { loss, correct };
  }

  /** A replica's summed loss and right answers on its share of the test set, then of the validation set. */
  setTest(replica: number, test: { loss: number; correct: number }, validation: { loss: number; correct: number }): void {
    this.tests.set([test.loss, test.correct, validation.loss, validation.correct], replica * 4);
  }

  testTotals(): { loss: number; correct: number; validationLoss: number; validationCorrect: number } {
    let loss = 0, correct = 0, validationLoss = 0, validationCorrect = 0;
    for (let r = 0; r < this.threads; r++) {
      loss += this.tests[r * 4];
      correct += this.tests[r * 4 + 1];
      validationLoss += this.tests[r * 4 + 2];
      validationCorrect += this.tests[r * 4 + 3];
    }
    return { loss, correct, validationLoss, validationCorrect };
  }

  /** Replica `r` has finished `phase`; returns when every replica has. */
  async arrive(r: number, phase: number): Promise<void> {
    if (this.threads === 1) return;
    Atomics.store(this.ctl, r, phase + 1);
    Atomics.notify(this.ctl, r);
    for (let q = 0; q < this.threads; q++) {
      if (q === r) continue;
      for (;;) {
        const v = Atomics.load(this.ctl, q);
        if (v < 0) {
          // The worker's error event comes just after its flag: give it a moment, for its message.
          if (!this.blocking && !this.aborted) await new Promise((r) => setTimeout(r, 200));
          throw new Error(this.aborted ?? `training thread ${q} failed`);
        }
        if (v >= phase + 1) break;
        if (this.aborted) throw new Error(this.aborted);
        // The main thread must not block: worker errors arrive as events. A pending waitAsync
        // does not keep Node's event loop alive, so a timer does (else a dead worker would end
        // the process with "unfinished top-level await" instead of an error).
        if (this.blocking) Atomics.wait(this.ctl, q, v, 1000);
        else {
          const alive = setTimeout(() => undefined, 1100);
          await waitAsync(this.ctl, q, v, 1000).value;
          clearTimeout(alive);
        }
      }
    }
  }

  /** Tells the other replicas that `r` has stopped (they throw instead of waiting for ever). */
  fail(r: number): void {
    if (this.threads === 1) return;
    Atomics.store(this.ctl, r, -1);
    Atomics.notify(this.ctl, r);
  }
}

// Node 20 has Atomics.waitAsync; TypeScript's ES2022 library does not declare it.
const waitAsync = (Atomics as unknown as { waitAsync: (a: Int32Array, i: number, v: number, t: number) => { value: Promise<string> | string } }).waitAsync;
