// Assignments (issue 13, part 1): a submission is scored out of every problem of its assignment.
// Fixtures: test/fixtures/course (two assignments over three problem files, a dot-folder and a
// node_modules folder that must be skipped).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProblems } from '../src/grading/problems.js';
import { computeReferences } from '../src/grading/references.js';
import { gradeFile } from '../src/grading/grade.js';
import { expandPaths } from '../src/grading/files.js';
import { studentOf } from '../src/grading/students.js';
import type { SubmissionResult } from '../src/grading/types.js';

const COURSE = 'test/fixtures/course';
const set = loadProblems(expandPaths([`${COURSE}/problems`]).files);
const refs = new Map([...(await computeReferences(set.problems, { cacheDir: null, crossCheck: false }))].map(([id, r]) => [id, r.ref]));
const grade = (name: string, text?: string, sameStudent?: string[]) => gradeFile(`${COURSE}/${name}`, set.assignments, refs, text, { sameStudent });
const parts = (s: SubmissionResult) => s.problems.flatMap((p) => p.parts.map((pt) => [`${p.id}.${pt.id}`, pt.status, pt.score, pt.maxScore]));

const cache = mkdtempSync(join(tmpdir(), 'gc-cache-'));
function gc(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function tree(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'gc-assign-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(d, name, '..'), { recursive: true });
    writeFileSync(join(d, name), text);
  }
  return d;
}

describe('loading a course', () => {
  it('reads both assignments, in order, skipping the dot-folder and node_modules (their files are broken)', () => {
    expect(set.errors).toEqual([]);
    expect(set.assignments.map((a) => [a.id, [...a.problems.keys()]])).toEqual([
      ['a1', ['quad', 'count']],
      ['a2', ['count']],
    ]);
    expect(set.warnings).toEqual([]);
  });
  it('scales a problem to its points: 10 over three equal parts adds up to exactly 10', () => {
    const quad = set.assignments[0].problems.get('quad')!.problem;
    expect(quad.parts.map((p) => p.points)).toEqual([3.3333, 3.3333, 3.3334]);
    expect(set.assignments[1].problems.get('count')!.problem.parts.map((p) => p.points)).toEqual([5]);
    expect(set.problems.get('count')!.problem.parts.map((p) => p.points)).toEqual([2]); // the problem itself unchanged
  });
});

describe('scored out of the whole assignment', () => {
  it.each([
    ['a1-full.yaml', 'a1', 12, 12, []],
    ['a1-one.yaml', 'a1', 2, 12, ['quad.hessian', 'quad.eigenvalues', 'quad.range']],
    ['a1-empty.yaml', 'a1', 0, 12, ['quad.hessian', 'quad.eigenvalues', 'quad.range', 'count.total']],
    ['a2-full.yaml', 'a2', 5, 5, []],
  ])('%s: assignment %s, %d / %d, missing %j', (name, assignment, score, max, missing) => {
    const s = grade(name);
    expect(s.status).toBe('graded');
    expect([s.assignment, s.score, s.maxScore]).toEqual([assignment, score, max]);
    expect(parts(s).filter((p) => p[1] === 'missing').map((p) => p[0])).toEqual(missing);
    // every problem of the assignment is in the report, in the assignment's order
    expect(s.problems.map((p) => p.id)).toEqual([...set.assignments.find((a) => a.id === assignment)!.problems.keys()]);
  });
  it('a problem not answered: each part missing, 0 points, reported at the answers line', () => {
    const s = grade('a1-one.yaml');
    const quad = s.problems.find((p) => p.id === 'quad')!;
    expect(quad.parts.map((p) => [p.status, p.score, p.findings.map((f) => [f.code, f.values, f.line])])).toEqual(
      // One finding for the problem, on its first part, naming every part (issue 25).
      ['hessian', 'eigenvalues', 'range'].map((part, i) => ['missing', 0, i === 0 ? [['answer.missing', { problem: 'quad', parts: ['hessian', 'eigenvalues', 'range'], all: true }, 3]] : []]),
    );
  });
  it('answers: {} is every part missing and a warning, never a 0/0 pass', () => {
    const s = grade('a1-empty.yaml');
    expect(s.findings.map((f) => f.code)).toEqual(['submission.no-answers']);
    expect(s.maxScore).toBe(12);
  });
});

describe('which assignment', () => {
  it.each([
    ['unnamed.yaml', { line: 1, column: 1 }, /names no assignment, and there are 2 \(a1, a2\)/],
    ['unknown.yaml', { line: 2, column: 13 }, /there is no assignment "a3" \(known: a1, a2\)/],
  ])('%s is submission.invalid, with the ids there are', (name, pos, reason) => {
    const s = grade(name);
    expect(s.status).toBe('invalid');
    expect(s.assignment).toBeNull();
    expect(s.findings.map((f) => [f.code, f.line, f.column])).toEqual([['submission.invalid', pos.line, pos.column]]);
    expect(s.findings[0].values.reason).toMatch(reason);
  });
  it('a problem of another assignment is not graded (a warning naming the assignment)', () => {
    const s = grade('wrong-problem.yaml');
    expect(s.findings.map((f) => [f.code, f.values])).toEqual([['submission.unknown-problem', { id: 'quad', known: ['count'], assignment: 'a2' }]]);
    expect([s.score, s.maxScore]).toEqual([5, 5]);
  });
  it('with one assignment, a submission naming none is graded against it', () => {
    const one = loadProblems([`${COURSE}/problems/a2/assignment.yaml`, `${COURSE}/problems/a1/count.yaml`]);
    const s = gradeFile('s.yaml', one.assignments, refs, 'student: x\nanswers:\n  count: { total: 15 }\n');
    expect([s.status, s.assignment, s.score, s.maxScore]).toEqual(['graded', 'a2', 5, 5]);
  });
  it('without assignment files the problem set is one assignment (id null), whatever a submission names', () => {
    const plain = loadProblems([`${COURSE}/problems/a1/quad.yaml`, `${COURSE}/problems/a1/count.yaml`]);
    const s = gradeFile('s.yaml', plain.assignments, refs, 'student: x\nassignment: hw9\nanswers:\n  count: { total: 15 }\n');
    expect([s.status, s.assignment, s.score, s.maxScore]).toEqual(['graded', null, 2, 5]);
  });
});

describe('assignment files that are refused', () => {
  const quad = 'id: quad\nkind: gd-step-size\ngiven:\n  matrix: [[1, 0], [0, 2]]\nparts: { range: 1 }\n';
  it.each([
    ['an unknown problem', 'id: a\nproblems: [quad, nope]\n', 2, /there is no problem "nope" in the problem set \(known: quad\)/],
    ['a problem listed twice', 'id: a\nproblems: [quad, quad]\n', 2, /"quad" is listed twice/],
    ['points for a problem not listed', 'id: a\nproblems: [quad]\npoints: { other: 3 }\n', 3, /points are given for "other"/],
    ['points given twice', 'id: a\nproblems: [{ id: quad, points: 2 }]\npoints: { quad: 3 }\n', 3, /the points of "quad" are given twice/],
    ['zero points', 'id: a\nproblems: { quad: 0 }\n', 2, /quad/],
    ['no problems', 'id: a\nproblems: []\n', 2, /problems/],
  ])('%s: grade exits 2 at its line, validate reports it', (_, text, line, reason) => {
    const d = tree({ 'p/quad.yaml': quad, 'p/assignment.yaml': text, 's.yaml': 'student: s\nanswers: { quad: { range: "0 < eta < 1" } }\n' });
    const r = gc('grade', '--problems', join(d, 'p'), join(d, 's.yaml'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`assignment\\.yaml:${line}:\\d+ error `));
    expect(r.err).toMatch(reason);
    const v = gc('validate', join(d, 'p'));
    expect(v.code).toBe(2);
    expect(v.err).toMatch(reason);
  });
  it('two assignments with one id', () => {
    const d = tree({ 'p/quad.yaml': quad, 'p/x/assignment.yaml': 'id: a\nproblems: [quad]\n', 'p/y/assignment.yaml': 'id: a\nproblems: [quad]\n' });
    const r = gc('validate', join(d, 'p'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/y\/assignment\.yaml:1:1 error the assignment id "a" is already used by .*x\/assignment\.yaml/);
  });
  it('a problem in no assignment is a warning', () => {
    const d = tree({ 'p/quad.yaml': quad, 'p/count.yaml': 'id: count\nkind: param-count\ngiven:\n  input: [4]\n  layers: [{ type: dense, units: 3 }]\nparts: { total: 1 }\n', 'p/assignment.yaml': 'id: a\nproblems: [quad]\n' });
    const r = gc('validate', join(d, 'p'));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/count\.yaml:1:1 warning problem "count" is in no assignment/);
  });
});

describe('the same student twice', () => {
  it('two files of one student for one assignment are one submission (issue 22), on 1 and 2 threads alike', () => {
    const d = tree({});
    cpSync(`${COURSE}/a1-full.yaml`, join(d, 'first.yaml'));
    writeFileSync(join(d, 'second.yaml'), 'student: ann\nassignment: a1\nanswers:\n  count: { total: 15 }\n');
    const one = gc('grade', '--problems', `${COURSE}/problems`, d, '--format', 'json', '--jobs', '1');
    const two = gc('grade', '--problems', `${COURSE}/problems`, d, '--format', 'json', '--jobs', '2');
    expect(two.out).toBe(one.out);
    const subs = JSON.parse(one.out).submissions;
    // Merged: quad from first.yaml, count from both (the later file's counts): 12 of 12, never 14.
    expect(subs.map((s: any) => [s.status, s.score, s.maxScore, s.findings.map((f: any) => f.code), s.combined.files.map((f: any) => f.counted)])).toEqual([['graded', 12, 12, ['submission.combined'], [true, true]]]);
  });
  it('in process: the warning is a finding with the other files as values', () => {
    const s = grade('a1-full.yaml', undefined, ['other.yaml']);
    expect(s.findings.map((f) => [f.code, f.values])).toEqual([['submission.duplicate-student', { student: 'ann', others: ['other.yaml'] }]]);
  });
});

describe('folders', () => {
  it('are searched recursively in sorted order, skipping dot-folders and node_modules; a link loop ends', () => {
    const d = tree({ 'b/z.yaml': 'x', 'a/y.yml': 'x', 'a/deeper/x.yaml': 'x', '.git/h.yaml': 'x', 'node_modules/m/n.yaml': 'x', 'c/readme.txt': 'x', 'top.yaml': 'x' });
    symlinkSync('..', join(d, 'a', 'loop'));
    expect(expandPaths([d]).files.map((f) => f.slice(d.length + 1))).toEqual(['a/deeper/x.yaml', 'a/y.yml', 'b/z.yaml', 'top.yaml']);
  });
  it('a folder holding .gradecheck-skip is entered only when named (the bundled training problems)', () => {
    const d = tree({ 'a.yaml': 'x', 'training/.gradecheck-skip': '', 'training/t.yaml': 'x' });
    expect(expandPaths([d]).files.map((f) => f.slice(d.length + 1))).toEqual(['a.yaml']);
    expect(expandPaths([join(d, 'training')]).files.map((f) => f.slice(d.length + 1))).toEqual(['training/t.yaml']);
    expect(expandPaths(['problems']).files.some((f) => f.includes('training'))).toBe(false);
  });
  it('a folder with no YAML file (empty, or only other files) is a usage error, exit 2, even under --fail-under', () => {
    for (const files of [{}, { 'notes.txt': 'x', 'sub/data.json': '{}' }, { 'README.md': '# The course\n\nNotes.\n', 'work.ipynb': '{"cells": []}' }]) {
      const d = tree(files);
      const r = gc('grade', '--problems', `${COURSE}/problems`, d, '--fail-under', '50');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/no submission \(\*\.yaml, \*\.yml, or a \*\.md or \*\.ipynb report\)/);
    }
  });
});

describe('reports carry the assignment', () => {
  it('json, csv, text; gradescope never turns a warning into a passed 0/0 test', () => {
    const files = ['a1-empty.yaml', 'a2-full.yaml'].map((f) => `${COURSE}/${f}`);
    const json = JSON.parse(gc('grade', '--problems', `${COURSE}/problems`, ...files, '--format', 'json').out);
    expect(json.submissions.map((s: any) => [s.student, s.assignment, s.score, s.maxScore])).toEqual([['cat', 'a1', 0, 12], ['dan', 'a2', 5, 5]]);
    const csv = gc('grade', '--problems', `${COURSE}/problems`, ...files, '--format', 'csv').out.split('\n');
    expect(csv[0]).toBe('"student","file","assignment","status","count","quad","score","max_score","percent"');
    expect(csv[1]).toMatch(/^"cat",".*a1-empty\.yaml","a1","graded","0","0","0","12","0\.0"$/);
    expect(gc('grade', '--problems', `${COURSE}/problems`, ...files).out).toMatch(/^cat 0\/12 \(0\.0%\) .*a1-empty\.yaml — a1: quad 0\/10, count 0\/2$/m);
    const gs = JSON.parse(gc('grade', '--problems', `${COURSE}/problems`, files[0], '--format', 'gradescope').out);
    expect([gs.score, gs.max_score]).toEqual([0, 12]);
    expect(gs.tests.every((t: any) => t.max_score > 0 && t.status === 'failed')).toBe(true);
    expect(gs.output).toMatch(/answers none of the problems of its assignment \(`submission\.no-answers`\)/);
  });
});

describe('solve', () => {
  it('an answer key names its assignment and grades at full marks; several assignments need --assignment', () => {
    const key = gc('solve', `${COURSE}/problems`, '--assignment', 'a1').out;
    expect(key).toMatch(/^assignment: a1$/m);
    const d = tree({ 'key.yaml': key });
    const rep = JSON.parse(gc('grade', '--problems', `${COURSE}/problems`, join(d, 'key.yaml'), '--format', 'json').out);
    expect([rep.submissions[0].assignment, rep.submissions[0].score]).toEqual(['a1', 12]);
    const r = gc('solve', `${COURSE}/problems`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/the problems form 2 assignments \(a1, a2\)/);
    expect(gc('solve', `${COURSE}/problems`, '--assignment', 'zz').err).toMatch(/there is no assignment "zz" \(known: a1, a2\)/);
  });
});

describe('reading a file\'s student before grading (for the duplicate warning)', () => {
  it.each([
    ['plain', 'student: ann\nanswers: {}\n'],
    ['quoted, with a comment', 'student: "ann b" # who\nanswers: {}\n'],
    ['a number with leading zeros', 'student: 00123\nanswers: {}\n'],
    ['a float', 'student: 1.50\nanswers: {}\n'],
    ['after the answers', 'answers: {}\nstudent: zed\n'],
    ['over two lines', 'student: "a\n  b"\nanswers: {}\n'],
    ['after a BOM', '\uFEFFstudent: bom\nanswers: {}\n'],
    ['an alias', 'x: &s ann\nstudent: *s\nanswers: {}\n'],
    ['none', 'answers: {}\n'],
    ['null', 'student: ~\nanswers: {}\n'],
    ['far down', `${'# filler\n'.repeat(600)}student: late\nanswers: {}\n`],
  ])('%s: the same student as grading reads', (_, text) => {
    const d = tree({ 's.yaml': text });
    const f = join(d, 's.yaml');
    expect(studentOf(f)).toBe(gradeFile(f, set.assignments, refs).student);
  });
});
