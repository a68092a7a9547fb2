// The late policy (issue 23): days late counted by started day, 10 % a day up to max-days, 0
// after; no policy: nothing taken off, the lateness still said.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProblems } from '../grading/problems.js';
import { expandPaths } from '../grading/files.js';
import { applyLatePolicy } from './late.js';
import { lateness } from '../read/identity.js';
import type { SubmissionResult } from '../grading/types.js';

const graded = (score: number): SubmissionResult => ({ file: 'a.yaml', student: 'ann', assignment: 'a1', status: 'graded', score, maxScore: 10, findings: [], problems: [] });
const DEADLINE = '2026-03-01T23:59:00Z';

describe('lateness', () => {
  it.each([
    ['2026-03-01T23:59:00Z', 0], // at the deadline: on time
    ['2026-03-01T23:59:01Z', 1], // a second late is a day
    ['2026-03-02T23:59:00Z', 1],
    ['2026-03-03T00:00:00Z', 2],
    ['2026-03-02T00:59:00+01:00', 0], // offsets count: this is 23:59 UTC
    ['2026-02-01T00:00:00Z', 0],
  ])('%s is %i day(s) late', (at, days) => expect(lateness(at, DEADLINE)).toEqual({ submittedAt: at, deadline: DEADLINE, late: days > 0, daysLate: days }));
});

describe('applyLatePolicy', () => {
  const policy = { perDay: 0.1, maxDays: 3 };
  it.each([
    [0, 9, undefined],
    [1, 8.1, '10 % off'],
    [3, 6.3, '30 % off'],
    [4, 0, 'more than the 3 late days allowed, so it scores 0'],
  ])('%i day(s) late: 9 becomes %d', (days, after, says) => {
    const r = applyLatePolicy(graded(9), policy, { ...lateness('2026-03-05T00:00:00Z', DEADLINE), late: days > 0, daysLate: days });
    expect(r.score).toBeCloseTo(after, 10);
    const f = r.findings.find((x) => x.code === 'submission.late');
    if (says === undefined) expect(f).toBeUndefined();
    else expect(f?.message).toContain(says);
  });
  it('no policy: the score stays, the finding says it was late', () => {
    const r = applyLatePolicy(graded(9), undefined, { submittedAt: 'x', deadline: 'y', late: true, daysLate: 2 });
    expect(r.score).toBe(9);
    expect(r.findings.map((f) => f.code)).toEqual(['submission.late']);
  });
  it('an invalid submission is left alone (it scores 0 already)', () => {
    const inv = { ...graded(0), status: 'invalid' as const };
    expect(applyLatePolicy(inv, policy, { late: true, daysLate: 2 })).toBe(inv);
  });
});

describe('late: in assignment.yaml', () => {
  const load = async (late: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-late-'));
    cpSync('test/fixtures/course/problems/a1', dir, { recursive: true });
    writeFileSync(join(dir, 'assignment.yaml'), `id: a1\nproblems: [quad, count]\nlate: ${late}\n`);
    return loadProblems(expandPaths([dir]).files);
  };
  it('is read', async () => expect((await load('{ per-day: 0.1, max-days: 3 }')).assignments[0].late).toEqual({ perDay: 0.1, maxDays: 3 }));
  it.each(['{ per-day: 2 }', '{ max-days: 3 }', '{ per-day: 0.1, max-days: 1.5 }', '{ per-day: 0.1, grace: 1 }', '0.1'])('%s is refused at its line', async (late) => {
    const set = await load(late);
    expect(set.errors.map((e) => [e.code, e.line])).toEqual([['assignment.invalid', 3]]);
  });
});
