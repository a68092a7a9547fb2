// The streamed JSON report (json-stream.ts) writes entries through a reused byte buffer: its
// bytes must be those of the plain path, JSON.stringify of the whole report, whatever the entries
// (rendered while grading or from results), their characters (multi-byte, surrogate pairs) and
// where the buffer's edge falls (entries larger than it are written as they are).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProblems } from '../grading/problems.js';
import { computeReferences } from '../grading/references.js';
import { gradeFile } from '../grading/grade.js';
import { expandPaths } from '../grading/files.js';
import { publicSubmission } from '../reporters/shape.js';
import { jsonReport } from '../reporters/json.js';
import type { Report, SubmissionResult } from '../grading/types.js';
import { JsonReportStream } from './json-stream.js';

const COURSE = 'test/fixtures/course';
const set = loadProblems(expandPaths([`${COURSE}/problems`]).files);
const refs = new Map([...(await computeReferences(set.problems, { cacheDir: null, crossCheck: false }))].map(([id, r]) => [id, r.ref]));
const files = expandPaths([COURSE]).files.filter((f) => !f.includes('/problems/')).sort();
/** The fixtures graded as results (findings kept), and as grading renders them for the stream (entries only). */
const plain = files.map((f) => gradeFile(f, set.assignments, refs));
const rendered = () => files.map((f) => gradeFile(f, set.assignments, refs, undefined, { renderJson: true }));

const sub = (student: string, message = 'm'): SubmissionResult => ({ file: `${student}.yaml`, student, assignment: 'hw', status: 'graded', score: 1, maxScore: 2, findings: [{ code: 'answer.wrong', severity: 'error', message, values: {} }], problems: [] });
const repeat = <T>(xs: T[], n: number): T[] => Array.from({ length: n }, () => xs).flat();
const assignments = [{ id: 'hw', title: 'Hömework ☃', maxScore: 2 }];

describe('the streamed JSON report', () => {
  it.each<[string, () => SubmissionResult[], SubmissionResult[], Pick<Report, 'assignments'>]>([
    ['the fixtures, from results', () => plain.map((s) => ({ ...s })), plain, {}],
    ['the fixtures, entries rendered while grading', rendered, plain, { assignments }],
    // Some 1,000 fixture entries (each a copy: the stream lets go of an entry it has written): several buffers, their edges anywhere in an entry.
    ['the fixtures 150 times (past the buffer several times)', () => repeat(rendered(), 150).map((s) => ({ ...s })), repeat(plain, 150), {}],
    ['multi-byte text and surrogate pairs across buffer edges', () => mixed(), mixed(), { assignments }],
    ['an entry larger than the buffer, between small ones', () => big(), big(), {}],
    ['no entries', () => [], [], { assignments }],
  ])('%s: the bytes of JSON.stringify', (_, toStream, results, extras) => {
    const expected = JSON.stringify({ submissions: results.map(publicSubmission), ...extras }, null, 2) + '\n';
    expect(jsonReport({ submissions: results, ...extras })).toBe(expected);
    const file = join(mkdtempSync(join(tmpdir(), 'gc-stream-')), 'r.json');
    const stream = new JsonReportStream(file);
    for (const s of toStream()) stream.add(s);
    stream.end(extras);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  }, 60_000);
});

/** Students named in 1-, 2-, 3- and 4-byte characters, of lengths that move every buffer edge. */
function mixed(): SubmissionResult[] {
  return Array.from({ length: 6000 }, (_, i) => sub(`s${i}-${'é中😀a'.repeat(i % 7)}`, `${'ü'.repeat(i % 13)}😀 wrong`));
}

/** A finding of 2 M characters (more than the 1 MB buffer at any encoding) among small entries. */
function big(): SubmissionResult[] {
  return [sub('a'), sub('b', `${'x'.repeat(1 << 21)}é`), sub('c'), sub('d', 'é'.repeat(400_000))];
}
