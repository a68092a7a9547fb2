// A training thread: one more replica of the model (see train.ts). It loads its own tfjs on
// wasm, builds the model from the same seed, then runs the shared loop on its shards.
import { workerData } from 'node:worker_threads';
import { loadTf } from '../../tfjs/load.js';
import { Exchange, type ExchangeBuffers } from './exchange.js';
import { runReplica, type LoopJob } from './loop.js';
import { Replica } from './replica.js';

const { job, replica: r, buffers, shards, threads } = workerData as { job: LoopJob; replica: number; buffers: ExchangeBuffers; shards: number; threads: number };
const { tf } = await loadTf('fast');
const replica = new Replica(tf, job.spec, job.settings, job.data.train.classes, job.seed);
const ex = Exchange.attach(buffers, shards, replica.size, threads);
try {
  await runReplica(tf, job, r, ex, replica);
} catch (e) {
  ex.fail(r);
  throw e;
}
