// Gradebook imports (issue 15): Canvas's CSV (Student, ID, SIS User ID, SIS Login ID, Section,
// `<title> (<canvas id>)` columns, a Points Possible row) and Moodle's, from a roster.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canvasReport, moodleReport } from '../src/reporters/gradebook.js';
import type { Report, SubmissionResult } from '../src/grading/types.js';
import type { Roster } from '../src/grading/roster.js';

const sub = (student: string, assignment: string, score: number, file = `${student}-${assignment}.yaml`): SubmissionResult => ({ file, student, assignment, status: 'graded', score, maxScore: 10, findings: [], problems: [] });
const report: Report = {
  submissions: [sub('ann', 'a1', 7.25), sub('ann', 'a1', 9, 'ann-again.yaml'), sub('ann', 'a2', 3), sub('=bob', 'a1', 5)],
  assignments: [
    { id: 'a1', title: 'First', canvasId: '4411', maxScore: 10 },
    { id: 'a2', title: 'Second', maxScore: 20 },
  ],
};
const roster: Roster = new Map([
  ['ann', { student: 'ann', name: 'Ann Lee', id: '101', sisUserId: 'S-1', sisLoginId: 'alee', section: 'Mon', email: 'ann@uni.example' }],
  ['=bob', { student: '=bob', name: '@SUM(A1)', id: '102' }],
]);

describe('canvas', () => {
  const rows = canvasReport(report, { roster }).trim().split('\n');
  it.each([
    [0, '"Student","ID","SIS User ID","SIS Login ID","Section","First (4411)","Second"'],
    [1, '"Points Possible",,,,,"10","20"'],
    [2, '"\'@SUM(A1)","102",,,,"5",'], // a formula in a name is neutralised; no score for a2 is an empty cell
    [3, '"Ann Lee","101","S-1","alee","Mon","9","3"'], // the better of ann's two a1 submissions
  ])('row %i', (i, row) => expect(rows[i]).toBe(row));
  it('a student missing from the roster keeps the row, with empty ids', () => {
    const r = canvasReport(report, { roster: new Map([['ann', roster.get('ann')!]]) }).trim().split('\n');
    expect(r[2]).toBe('"\'=bob",,,,,"5",');
  });
});

describe('moodle', () => {
  it('an identifier column (email when the roster has it), the name, a column per assignment', () => {
    expect(moodleReport(report, { roster }).trim().split('\n')).toEqual(['"Email address","Full name","First","Second"', ',"\'@SUM(A1)","5",', '"ann@uni.example","Ann Lee","9","3"']);
    expect(moodleReport(report).trim().split('\n')[0]).toBe('"ID number","Full name","First","Second"');
  });
});

describe('the CLI', () => {
  const cache = mkdtempSync(join(tmpdir(), 'gc-cache-'));
  const gc = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1' } });
  it('grade --format canvas --roster: stderr names the students not in the roster; merge gives the same columns from JSON', () => {
    const d = mkdtempSync(join(tmpdir(), 'gc-gb-'));
    writeFileSync(join(d, 'roster.csv'), 'student,name,id\nseed004-student,Ada,7\n');
    const r = gc('grade', '--problems', 'problems/usi-a2', 'solutions/seed004-student.yaml', 'solutions/answer-keys/usi-a2.yaml', '--format', 'canvas', '--roster', join(d, 'roster.csv'));
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      '"Student","ID","SIS User ID","SIS Login ID","Section","Assignment 2: gradients, step sizes, convolutional networks"',
      '"Points Possible",,,,,"50"',
      '"answer-key-usi-a2",,,,,"50"', // rows in the order of the students' ids
      // Issue 22: the eigenvalues and range that follow from Ada's own Hessian and rule keep their 9 points
      // (31.6944 before, printed 31.69: the score is now printed as it is stored, everywhere).
      '"Ada","7",,,,"37.6944"',
    ]);
    expect(r.stderr).toMatch(/1 student\(s\) not in .*roster\.csv, written without LMS ids: answer-key-usi-a2/);
    mkdirSync(join(d, 'j'));
    const json = join(d, 'j', 'r.json');
    gc('grade', '--problems', 'problems/usi-a2', 'solutions/seed004-student.yaml', '--format', 'json', '--output', json);
    expect(gc('merge', json, '--format', 'canvas').stdout.split('\n')[0]).toBe('"Student","ID","SIS User ID","SIS Login ID","Section","usi-a2"');
  });
  it('a roster without a student column, or naming a student twice, is a usage error', () => {
    const d = mkdtempSync(join(tmpdir(), 'gc-gb-'));
    for (const text of ['name,id\nAda,7\n', 'student\nann\nann\n']) {
      writeFileSync(join(d, 'r.csv'), text);
      const r = gc('grade', '--problems', 'problems/usi-a2', 'solutions/seed004-student.yaml', '--format', 'canvas', '--roster', join(d, 'r.csv'));
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--roster .*r\.csv: /);
    }
  });
});
