// Workers join a long batch only when the machine has a core to spare (issue 25: on a loaded
// 2-core machine a worker made the few-of-13 batch slower and 250 MB bigger).
import { describe, expect, it } from 'vitest';
import { coreFree, gradeBatch, written } from './batch.js';
import { loadProblems } from './problems.js';
import { computeReferences } from './references.js';
import { expandPaths } from './files.js';
import type { SubmissionResult } from './types.js';

describe('coreFree: the main thread got nearly a whole core in its last chunks', () => {
  const cases: [number, number, boolean][] = [
    [1000, 1000, true], // a quiet machine
    [900, 1000, true],
    [1300, 1000, true], // GC threads count too
    [840, 1000, false],
    [450, 1000, false], // a training job on both cores: a worker would only share them
    [0, 0, true],
  ];
  it.each(cases)('%d ms of CPU in %d ms: %s', (cpu, wall, free) => expect(coreFree(cpu, wall)).toBe(free));
});

// What a streamed report keeps of each result once its entry is written (issue 25: memory
// bounded by the batch, not the class): what the exit code, the integrity pass and the report's
// order read, nothing else.
const full: SubmissionResult = { file: 'a.yaml', student: 'ann', assignment: 'hw', status: 'graded', score: 3, maxScore: 5, findings: [{ code: 'answer.wrong', severity: 'error', message: 'm', values: {} }], problems: [{ id: 'p', score: 3, maxScore: 5, parts: [] }] as never, json: '{…}', submission: { at: 'x' } as never, combined: { policy: 'latest', order: 'name', files: [] } };
describe('written: a result whose entry is out', () => {
  it.each<[string, SubmissionResult, Record<string, unknown>]>([
    ['graded, with findings, entry and platform data', full, { file: 'a.yaml', student: 'ann', assignment: 'hw', status: 'graded', score: 3, maxScore: 5, findings: [], problems: [] }],
    ['graded against the whole problem set (assignment null)', { ...full, assignment: null }, { file: 'a.yaml', student: 'ann', assignment: null, status: 'graded', score: 3, maxScore: 5, findings: [], problems: [] }],
    ['unreadable (no student, assignment not known)', { file: 'b.yaml', student: null, status: 'invalid', score: 0, maxScore: 0, findings: full.findings, problems: [] }, { file: 'b.yaml', student: null, status: 'invalid', score: 0, maxScore: 0, findings: [], problems: [] }],
  ])('%s', (_, r, kept) => {
    const w = written(r);
    expect(w).toStrictEqual(kept);
    expect(() => w.findings.push(full.findings[0])).toThrow(); // the shared empty list stays empty
  });
});

describe('gradeBatch with keep', () => {
  it('hands each whole result on in file order and returns what keep leaves', async () => {
    const set = loadProblems(expandPaths(['test/fixtures/course/problems']).files);
    const refs = new Map([...(await computeReferences(set.problems, { cacheDir: null, crossCheck: false }))].map(([id, r]) => [id, r.ref]));
    const files = expandPaths(['test/fixtures/course']).files.filter((f) => !f.includes('/problems/')).sort();
    const seen: SubmissionResult[] = [];
    const kept = await gradeBatch(files, { problemFiles: [], problems: set.problems, assignments: set.assignments, refs, jobs: 1, onOrdered: (r) => seen.push(r), keep: written });
    expect(seen.map((r) => r.file)).toEqual(files);
    expect(seen.some((r) => r.problems.length > 0)).toBe(true);
    expect(kept).toStrictEqual(seen.map(written));
  }, 60_000);
});
