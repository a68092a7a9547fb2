// The JSON report's tail (issue 23): after the submissions, the assignments graded and (with
// variants) the integrity section. Streamed or whole, the bytes are JSON.stringify's.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonReport } from '../src/reporters/json.js';
import { publicSubmission } from '../src/reporters/shape.js';
import { JsonReportStream } from '../src/commands/json-stream.js';
import type { Report, SubmissionResult } from '../src/grading/types.js';

const sub = (n: number): SubmissionResult => ({ file: `s${n}.yaml`, student: `s${n}`, assignment: 'hw', status: 'graded', score: n, maxScore: 5, findings: [], problems: [] });
const assignments = [{ id: 'hw', title: 'Homework 1', canvasId: '42', maxScore: 5 }, { id: null, maxScore: 3 }];
const integrity = { matches: [], shared: [{ code: 'integrity.shared-wrong-answer' as const, assignment: 'hw', problem: 'p', part: 'a', answer: '0.4321', students: ['a', 'b'], message: 'm' }] };

describe('the report\'s tail', () => {
  it.each([
    ['no entries, nothing more', 0, {}],
    ['no entries, assignments', 0, { assignments }],
    ['two entries, nothing more', 2, {}],
    ['one entry, assignments', 1, { assignments }],
    ['two entries, assignments and integrity', 2, { assignments, integrity }],
  ])('%s: streamed = whole = JSON.stringify', (_, n, extras: Pick<Report, 'assignments' | 'integrity'>) => {
    const subs = Array.from({ length: n }, (_, i) => sub(i));
    const expected = JSON.stringify({ submissions: subs.map(publicSubmission), ...extras }, null, 2) + '\n';
    expect(jsonReport({ submissions: subs, ...extras })).toBe(expected);
    const file = join(mkdtempSync(join(tmpdir(), 'gc-tail-')), 'r.json');
    const stream = new JsonReportStream(file);
    for (const s of subs) stream.add(s);
    stream.end(extras);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
});
