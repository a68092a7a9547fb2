// A grading worker: loads the problems itself, takes the references (already computed and
// cross-checked by the main thread) as encoded JSON, and grades the files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { loadProblems } from './problems.js';
import { gradeFile } from './grade.js';
import { submissionJson } from '../reporters/json.js';
import type { SubmissionResult } from './types.js';

const { problemFiles, refs } = workerData as { problemFiles: string[]; refs: [string, unknown][] };
const set = loadProblems(problemFiles);
const refMap = new Map(refs.map(([id, data]) => [id, set.problems.get(id)!.verifier.decodeRef(data)]));

parentPort!.on('message', (msg: { id: number; files: string[]; renderJson: boolean }) => {
  const results = msg.files.map((f) => {
    const r = gradeFile(f, set.problems, refMap);
    return msg.renderJson ? rendered(r) : r;
  });
  parentPort!.postMessage({ id: msg.id, results });
});

/**
 * The JSON entry rendered here, and of the result only what the main thread still reads (file,
 * scores for --fail-under): copying thousands of finding objects to the main thread and
 * rendering them there took longer than grading them.
 */
function rendered(r: SubmissionResult): SubmissionResult {
  return { file: r.file, student: r.student, status: r.status, score: r.score, maxScore: r.maxScore, findings: [], problems: [], json: submissionJson(r) };
}
