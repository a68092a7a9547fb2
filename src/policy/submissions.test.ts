// One student, one graded submission per assignment (issue 22): tables of cases over small
// results, then the whole run on real files (a YAML and a notebook of one student, one file for
// another assignment) through the CLI.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finding } from '../findings/codes.js';
import type { PartStatus, SubmissionResult } from '../grading/types.js';
import { duplicateStudents } from '../grading/students.js';
import { combineSubmissions, type FileTime } from './submissions.js';

/** The assignment: p1 { a: 2, b: 2 }, p2 { c: 6 } (10 points). A file's parts: score, or 'm' (missing). */
type Given = Partial<Record<'a' | 'b' | 'c', number | 'm'>>;
const PARTS = { p1: { a: 2, b: 2 }, p2: { c: 6 } } as const;
function sub(file: string, given: Given, extra: Partial<SubmissionResult> = {}): SubmissionResult {
  const problems = Object.entries(PARTS).map(([id, parts]) => {
    const ps = Object.entries(parts).map(([pid, max]) => {
      const g = given[pid as keyof Given] ?? 'm';
      const status: PartStatus = g === 'm' ? 'missing' : g >= max ? 'correct' : g === 0 ? 'incorrect' : 'partial';
      return { id: pid, status, score: g === 'm' ? 0 : g, maxScore: max, findings: g === 'm' ? [finding('answer.missing', { problem: id, parts: [pid], all: false }, { file, pos: { line: 3, column: 1 } })] : [] };
    });
    return { id, score: ps.reduce((t, p) => t + p.score, 0), maxScore: ps.reduce((t, p) => t + p.maxScore, 0), parts: ps };
  });
  return { file, student: 'ann', assignment: 'hw1', status: 'graded', score: problems.reduce((t, p) => t + p.score, 0), maxScore: 10, findings: [], problems, ...extra };
}
const scoreOf = (r: SubmissionResult, part: string) => r.problems.flatMap((p) => p.parts).find((pt) => pt.id === part)!.score;
/** Times by file: modification times 1, 2, 3 … in the order given. */
const mtimes = (...files: string[]) => (f: string): FileTime => (files.includes(f) ? { mtime: files.indexOf(f) + 1 } : {});

describe('several files of one student for one assignment are one submission', () => {
  it.each([
    // policy, files (in hand-in order: each [name, parts]), expected score, parts, files counted
    ['merge', [['ann.yaml', { a: 2, b: 0 }], ['ann.ipynb', { c: 6 }]], 8, { a: 2, b: 0, c: 6 }, ['ann.yaml', 'ann.ipynb']], // distinct problems combine
    ['merge', [['v1.yaml', { a: 2, b: 2, c: 6 }], ['v2.yaml', { a: 2, b: 2, c: 6 }]], 10, { a: 2, b: 2, c: 6 }, ['v2.yaml']], // never 20/10
    ['merge', [['v1.yaml', { a: 2, b: 2 }], ['v2.yaml', { a: 0 }]], 2, { a: 0, b: 2, c: 0 }, ['v1.yaml', 'v2.yaml']], // the latest where both answer a part
    ['merge', [['v1.yaml', { a: 0, b: 0, c: 6 }], ['v2.yaml', { a: 2 }], ['v3.yaml', { b: 2 }]], 10, { a: 2, b: 2, c: 6 }, ['v1.yaml', 'v2.yaml', 'v3.yaml']],
    ['merge', [['v1.yaml', {}], ['v2.yaml', {}]], 0, { a: 0, b: 0, c: 0 }, ['v2.yaml']], // nothing answered: the latest stands
    ['latest', [['v1.yaml', { a: 2, b: 2, c: 6 }], ['v2.yaml', { a: 2 }]], 2, { a: 2, b: 0, c: 0 }, ['v2.yaml']],
    ['best', [['v1.yaml', { a: 2, b: 2, c: 6 }], ['v2.yaml', { a: 2 }]], 10, { a: 2, b: 2, c: 6 }, ['v1.yaml']],
    ['best', [['v1.yaml', { c: 6 }], ['v2.yaml', { a: 2, b: 2, c: 2 }]], 6, { a: 2, b: 2, c: 2 }, ['v2.yaml']], // equal scores: the latest
  ] as const)('%s of %j scores %s', (policy, files, score, parts, counted) => {
    const results = files.map(([f, g]) => sub(f, g));
    const out = combineSubmissions(results, { policyOf: () => policy, timeOf: mtimes(...files.map(([f]) => f)) });
    expect(out).toHaveLength(1);
    const r = out[0];
    expect(r.score).toBe(score);
    expect(r.maxScore).toBe(10);
    for (const [k, v] of Object.entries(parts)) expect(scoreOf(r, k)).toBe(v);
    expect(r.combined!.files.filter((f) => f.counted).map((f) => f.file)).toEqual(counted);
    expect(r.combined!.files.map((f) => f.file)).toEqual(files.map(([f]) => f));
    expect(r.findings[0]).toMatchObject({ code: 'submission.combined', values: { policy, order: 'mtime', counted } });
  });

  it('merge by default; one score, never summed past the assignment', () => {
    const out = combineSubmissions([sub('a.yaml', { a: 2, b: 2, c: 6 }), sub('b.ipynb', { a: 2, b: 2, c: 6 })], { timeOf: mtimes('a.yaml', 'b.ipynb') });
    expect(out.map((r) => [r.score, r.maxScore, r.combined!.policy])).toEqual([[10, 10, 'merge']]);
  });

  it.each([
    // times of x and y, the order that tells them, the file counted as latest
    [{ x: { submittedAt: 2, mtime: 1 }, y: { submittedAt: 1, mtime: 2 } }, 'submittedAt', 'x'],
    [{ x: { submittedAt: 2, mtime: 1 }, y: { mtime: 2 } }, 'mtime', 'y'], // submittedAt only where every file has one
    [{ x: { mtime: 5 }, y: {} }, 'name', 'y'],
    [{ x: { mtime: 3 }, y: { mtime: 3 } }, 'mtime', 'y'], // a tie: by name
  ] as const)('latest by %j is told by %s', (times, order, latest) => {
    const out = combineSubmissions([sub('x', { a: 1 }), sub('y', { a: 2 })], { policyOf: () => 'latest', timeOf: (f) => times[f as 'x' | 'y'] });
    expect(out[0].combined!.order).toBe(order);
    expect(out[0].file).toBe(latest);
    expect(out[0].findings[0].message).toContain({ submittedAt: 'the time handed in', mtime: 'modification time', name: 'file name' }[order]);
  });

  it('reads the collect record\'s submittedAt from the result (submission.submittedAt)', () => {
    const at = (iso: string) => ({ submission: { submittedAt: iso } }) as Partial<SubmissionResult>;
    const out = combineSubmissions([sub('x', { a: 1 }, at('2026-03-02T10:00:00Z')), sub('y', { a: 2 }, at('2026-03-01T10:00:00Z'))], { policyOf: () => 'latest', timeOf: mtimes('x', 'y') });
    expect(out[0]).toMatchObject({ file: 'x', combined: { order: 'submittedAt' } });
  });

  it('leaves alone: other assignments, other students, invalid files', () => {
    const dup = finding('submission.duplicate-student', { student: 'ann', others: ['b'] }, { file: 'a', pos: { line: 1, column: 1 } });
    const results = [
      sub('a', { a: 2 }, { findings: [dup] }),
      sub('b', { c: 6 }, { findings: [dup] }),
      sub('c', { a: 2 }, { assignment: 'hw2' }),
      sub('d', { a: 2 }, { student: 'bob' }),
      { ...sub('e', {}), status: 'invalid' as const, problems: [], score: 0, maxScore: 0 },
    ];
    const out = combineSubmissions(results, { timeOf: mtimes('a', 'b') });
    expect(out.map((r) => [r.file, r.student, r.assignment, r.score])).toEqual([['b', 'ann', 'hw1', 8], ['c', 'ann', 'hw2', 2], ['d', 'bob', 'hw1', 2], ['e', 'ann', 'hw1', 0]]);
    // The duplicate warning is replaced by the note that says which files counted.
    expect(out[0].findings.map((f) => f.code)).toEqual(['submission.combined']);
  });

  it('files of one student for different assignments are not duplicates', () => {
    const heads = new Map([
      ['hw1.yaml', { student: 'ann', assignment: 'hw1' }],
      ['hw2.yaml', { student: 'ann', assignment: 'hw2' }],
      ['hw1.ipynb', { student: 'ann', assignment: 'hw1' }],
    ]);
    expect([...duplicateStudents(heads, (h) => h.assignment)]).toEqual([['hw1.yaml', ['hw1.ipynb']], ['hw1.ipynb', ['hw1.yaml']]]);
  });
});

describe('a problem answered over several files is graded again from them together (merge)', () => {
  // The regrade hook (grading/combined-problem.ts in a run) is asked only for a problem whose
  // parts come from several files, with those files in hand-in order; its grade is the problem's.
  const again = (score: number) => ({ id: 'p1', score, maxScore: 4, parts: [{ id: 'a', status: 'correct' as const, score: 2, maxScore: 2, findings: [] }, { id: 'b', status: 'partial' as const, score: score - 2, maxScore: 2, findings: [] }] });
  it.each([
    // files (hand-in order), the regrade's answer, calls expected, p1's score, the total
    [[['v1.yaml', { a: 2 }], ['v2.yaml', { b: 0, c: 6 }]], 3, [['p1', ['v1.yaml', 'v2.yaml']]], 3, 9],
    [[['v1.yaml', { b: 0 }], ['v2.yaml', { a: 2 }], ['v3.yaml', { c: 6 }]], 3.5, [['p1', ['v1.yaml', 'v2.yaml']]], 3.5, 9.5], // v3 gives no part of p1
    [[['v1.yaml', { a: 2, b: 0 }], ['v2.yaml', { c: 6 }]], 3, [], 2, 8], // each problem from one file: its own grade
    [[['v1.yaml', { a: 2 }], ['v2.yaml', { b: 0 }]], undefined, [['p1', ['v1.yaml', 'v2.yaml']]], 2, 2], // cannot regrade: the files' own grades
  ] as const)('%j: regrade %s', (files, answer, calls, p1, total) => {
    const asked: [string, string[]][] = [];
    const out = combineSubmissions(files.map(([f, g]) => sub(f, g)), { timeOf: mtimes(...files.map(([f]) => f)), regrade: (_r, problem, fs) => (asked.push([problem, [...fs]]), answer === undefined ? undefined : again(answer)) });
    expect(asked).toEqual(calls);
    expect(out[0].problems.find((p) => p.id === 'p1')!.score).toBe(p1);
    expect(out[0].score).toBe(total);
  });
});

describe('a whole run (CLI)', () => {
  const root = mkdtempSync(join(tmpdir(), 'gc-submissions-'));
  const problems = join(root, 'problems');
  cpSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'course', 'problems'), problems, { recursive: true });
  const subs = join(root, 'upload');
  mkdirSync(subs);
  const put = (name: string, text: string, mtime: number) => {
    writeFileSync(join(subs, name), text);
    utimesSync(join(subs, name), mtime, mtime);
  };
  // One Gradescope upload: the quad in YAML (range wrong), the count in a notebook; and a2's file.
  put('answers.yaml', 'student: ann\nassignment: a1\nanswers:\n  quad: { hessian: [[2, 0], [0, 4]], eigenvalues: [2, 4], range: "0 < eta < 1/3" }\n', 1_700_000_000);
  put('report.ipynb', JSON.stringify({ cells: [{ cell_type: 'raw', id: 'a', metadata: { tags: ['gradecheck'] }, source: 'student: ann\nassignment: a1\nanswers:\n  count: { total: 15 }' }], metadata: {}, nbformat: 4, nbformat_minor: 5 }), 1_700_000_100);
  put('a2.yaml', 'student: ann\nassignment: a2\nanswers:\n  count: { total: 15 }\n', 1_700_000_200);
  const gc = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, GRADECHECK_CACHE_DIR: join(root, 'cache'), NO_COLOR: '1' } });

  it('a YAML and a notebook of one student grade as one a1 submission; a2 stands apart, unwarned', () => {
    const r = gc('grade', '--problems', problems, subs, '--format', 'json');
    expect(r.status).toBe(0);
    const rep = JSON.parse(r.stdout);
    const rows = rep.submissions.map((s: SubmissionResult) => [s.assignment, s.score, s.maxScore]);
    // a1: quad 10 (range, 3.3334, wrong) + count 2; a2: count 5.
    expect(rows).toEqual([['a2', 5, 5], ['a1', 8.6667, 12]]);
    const a1 = rep.submissions[1];
    expect(a1.combined.files).toEqual([
      { file: join(subs, 'answers.yaml'), counted: true, parts: ['quad.hessian', 'quad.eigenvalues', 'quad.range'] },
      { file: join(subs, 'report.ipynb'), counted: true, parts: ['count.total'] },
    ]);
    const codes = rep.submissions.flatMap((s: SubmissionResult) => s.findings.map((f) => f.code));
    expect(codes).not.toContain('submission.duplicate-student');
  });

  it('Gradescope: one upload scores out of the assignment, not the sum of its files', () => {
    const r = gc('grade', '--problems', join(problems, 'a1'), join(subs, 'answers.yaml'), join(subs, 'report.ipynb'), '--format', 'gradescope');
    const out = JSON.parse(r.stdout);
    expect([out.score, out.max_score]).toEqual([8.6667, 12]);
    expect(out.output).toContain('submission.combined');
  });
});

describe('a problem combined from several files is rounded once, from its parts\' exact shares', () => {
  // 100 points over three equal parts: 33.3333, 33.3333, 33.3334. Two right are 200/3 = 66.6667
  // whether the answers come in one file or two (adding the rounded parts gave 66.6666).
  const root = mkdtempSync(join(tmpdir(), 'gc-combined-round-'));
  const problems = join(root, 'problems');
  mkdirSync(problems);
  writeFileSync(join(problems, 'gd.yaml'), 'id: gd\nkind: gd-step-size\ntitle: gd\ngiven:\n  function: "7x^2 + 4xy + 4y^2"\nparts: { hessian: 1, eigenvalues: 1, optimal: 1 }\n');
  writeFileSync(join(problems, 'assignment.yaml'), 'id: a\ntitle: A\nproblems: [{ id: gd, points: 100 }]\n');
  const file = (name: string, answers: string) => {
    writeFileSync(join(root, name), `student: ${name.split('-')[0]}\nanswers:\n  gd:\n${answers}`);
    return join(root, name);
  };
  const H = '    hessian: [[14, 4], [4, 8]]\n', E = '    eigenvalues: [6, 16]\n', O = '    optimal: 5\n';
  it.each([
    // files of one student (answers each), the score of record
    ['one file', [H + E + O], 66.6667],
    ['two files', [H, E + O], 66.6667],
    ['three files', [H, E, O], 66.6667],
  ] as const)('%s: the same score', (label, texts, score) => {
    const files = texts.map((t, i) => file(`${label.replace(' ', '_')}-${i}.yaml`, t));
    const r = spawnSync(process.execPath, ['dist/cli.js', 'grade', '--problems', problems, ...files, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, GRADECHECK_CACHE_DIR: join(root, 'cache') } });
    const rep = JSON.parse(r.stdout);
    expect(rep.submissions.map((s: SubmissionResult) => [s.score, s.problems[0].score])).toEqual([[score, score]]);
  });
});

describe('a mistake is charged once across a student\'s files, as in one file', () => {
  // Issue 22's example: the Hessian as the coefficient matrix, then correct work from it. One
  // file: 11/14 of 25 = 19.6429. Split over two files, each file charged the mistake once
  // (hessian in one, eigenvalues in the other): 14.2857 before.
  const root = mkdtempSync(join(tmpdir(), 'gc-combined-charge-'));
  const problems = join(root, 'problems');
  mkdirSync(problems);
  writeFileSync(join(problems, 'gd.yaml'), 'id: gd\nkind: gd-step-size\ntitle: gd\ngiven:\n  function: "7x^2 + 4xy + 4y^2"\nparts: { hessian: 3, eigenvalues: 3, rule: 2, range: 4, optimal: 2 }\n');
  writeFileSync(join(problems, 'assignment.yaml'), 'id: a\ntitle: A\nproblems: [{ id: gd, points: 25 }]\n');
  const H = '    hessian: [[7, 2], [2, 4]]\n', R = '    rule: "0 < eta < 2/lambda_max"\n', E = '    eigenvalues: [3, 8]\n', G = '    range: "0 < eta < 1/4"\n', O = '    optimal: "2/11"\n';
  it.each([
    // files of one student (answers each), the score of record, the parts that name the mistake
    ['one file', [H + R + E + G + O], 19.6429],
    ['hessian apart', [H + R, E + G + O], 19.6429],
    ['hessian last', [E + G + O, H + R], 19.6429],
    ['every part apart', [H, R, E, G, O], 19.6429],
  ] as const)('%s', (label, texts, score) => {
    const files = texts.map((t, i) => {
      const f = join(root, `${label.replace(/ /g, '_')}-${i}.yaml`);
      writeFileSync(f, `student: ${label.replace(/ /g, '_')}\nanswers:\n  gd:\n${t}`);
      utimesSync(f, 1_700_000_000 + i, 1_700_000_000 + i);
      return f;
    });
    const r = spawnSync(process.execPath, ['dist/cli.js', 'grade', '--problems', problems, ...files, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, GRADECHECK_CACHE_DIR: join(root, 'cache') } });
    const s = JSON.parse(r.stdout).submissions[0];
    expect(s.score).toBe(score);
    const named = s.problems[0].parts.filter((pt: { findings: { code: string }[] }) => pt.findings.some((f) => f.code === 'gd.hessian-not-doubled')).map((pt: { id: string }) => pt.id);
    expect(named).toEqual(['hessian']);
  });
});
