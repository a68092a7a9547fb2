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
 * The JSON entry rendered here, and the result without its findings: copying thousands of
 * finding objects to the main thread and rendering them there took longer than grading.
 */
function rendered(r: SubmissionResult): SubmissionResult {
  return {
    ...r,
    findings: [],
    problems: r.problems.map((p) => ({ ...p, parts: p.parts.map((pt) => ({ id: pt.id, status: pt.status, score: pt.score, maxScore: pt.maxScore, findings: [] })) })),
    json: submissionJson(r),
  };
}
