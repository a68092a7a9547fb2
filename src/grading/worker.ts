// A grading worker: loads the problems itself, takes the references (already computed and
// cross-checked by the main thread) as encoded JSON, and grades the files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { loadProblems } from './problems.js';
import { gradeFile } from './grade.js';
import type { FeedbackLevel } from './feedback.js';
import { idOfRefKey } from '../variants/grading.js';
import { VariantCache } from '../variants/cache.js';
import type { SubmissionContext } from '../read/identity.js';

const { problemFiles, refs, secret, drawn } = workerData as { problemFiles: string[]; refs: [string, unknown][]; secret?: string; drawn?: [string | null, string, number][] };
const set = loadProblems(problemFiles);
const refMap = new Map(refs.map(([id, data]) => [id, set.problems.get(idOfRefKey(id))!.verifier.decodeRef(data)]));
// The main thread's drawn variants (cache.ts): each drawn here at its known attempt.
const variants = secret === undefined ? undefined : { secret, pins: set.pins, ...(drawn ? { drawn: VariantCache.fromEntries(secret, drawn) } : {}) };

parentPort!.on('message', (msg: { id: number; files: string[]; renderJson: boolean; feedback: FeedbackLevel; assignment?: string; duplicates: [string, string[]][]; contexts: [string, SubmissionContext][] }) => {
  const duplicates = new Map(msg.duplicates);
  const contexts = new Map(msg.contexts);
  const results = msg.files.map((f) => gradeFile(f, set.assignments, refMap, undefined, { renderJson: msg.renderJson, sameStudent: duplicates.get(f), feedback: msg.feedback, assignment: msg.assignment, variants, context: contexts.get(f) }));
  parentPort!.postMessage({ id: msg.id, results });
});
parentPort!.postMessage({ ready: true });
