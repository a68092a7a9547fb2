// Reports whose answers are split over several gradecheck blocks grade as one submission, and
// every message's line counts from the file (issue 22). Real Markdown files and a notebook.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProblems } from './problems.js';
import { computeReferences } from './references.js';
import { gradeFile } from './grade.js';
import { headOf } from './students.js';
import type { Assignment } from './assignments.js';
import type { SubmissionResult } from './types.js';
import { allFindings } from '../reporters/shape.js';

const dir = join(import.meta.dirname, 'fixtures', 'reports');
const problemsDir = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'course', 'problems', 'a1');
let assignments: Assignment[];
let refs: Map<string, unknown>;

beforeAll(async () => {
  const set = loadProblems(['assignment.yaml', 'quad.yaml', 'count.yaml'].map((f) => join(problemsDir, f)));
  assignments = set.assignments;
  refs = new Map([...(await computeReferences(set.problems, { cacheDir: null, crossCheck: false }))].map(([k, v]) => [k, v.ref]));
});

const grade = (name: string): SubmissionResult => gradeFile(join(dir, name), assignments, refs);
/** The 1-based line of the first line of the file that contains `text` (after line `after`). */
const lineOf = (name: string, text: string, after = 0) => readFileSync(join(dir, name), 'utf8').split('\n').findIndex((l, i) => i >= after && l.includes(text)) + 1;

describe('a report in several blocks is one submission', () => {
  it.each([
    // file, student, score (quad is 10 over 3 parts, count 2), failing part → the line it is reported at
    ['split.md', 'ann', 10, ['count.total', 'total: 14']],
    ['repeated.md', 'ann', 8.6667, ['quad.range', 'range:']],
    ['continued.md', 'ann', 12, null],
  ] as const)('%s: %s, %s/12', (file, student, score, wrong) => {
    const r = grade(file);
    expect(r.status).toBe('graded');
    expect(r.student).toBe(student);
    expect(r.score).toBe(score);
    expect(r.maxScore).toBe(12);
    expect(r.findings).toEqual([]);
    const bad = r.problems.flatMap((p) => p.parts.filter((pt) => pt.status !== 'correct').map((pt) => `${p.id}.${pt.id}`));
    expect(bad).toEqual(wrong ? [wrong[0]] : []);
    if (wrong) {
      const f = allFindings(r).find((x) => x.severity === 'error')!;
      expect(f.file).toBe(join(dir, file));
      expect(f.line).toBe(lineOf(file, wrong[1]));
    }
  });

  it('conflicting students: an error at the second one, in the file\'s lines', () => {
    const r = grade('conflict.md');
    expect(r.status).toBe('invalid');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'submission.invalid', line: lineOf('conflict.md', 'student: bob'), column: 1 });
    expect(r.findings[0].message).toMatch(/"bob" differs from the "ann"/);
  });

  it('a part answered in two blocks: an error at the second, saying where the first is', () => {
    const r = grade('twice.md');
    expect(r.status).toBe('invalid');
    const second = lineOf('twice.md', 'eigenvalues: [2, 5]');
    expect(r.findings[0]).toMatchObject({ code: 'submission.invalid', line: second, column: 5 });
    expect(r.findings[0].message).toContain(`quad.eigenvalues is answered twice (first at line ${lineOf('twice.md', 'quad: {')})`);
  });

  it('a notebook: a raw tagged cell and a Markdown cell\'s block, each with its own student line', () => {
    const r = grade('split.ipynb');
    expect(r.status).toBe('graded');
    expect(r.student).toBe('ann');
    expect(r.score).toBe(10);
    const f = r.problems[1].parts[0].findings[0];
    expect(f.code).toBe('value.mismatch');
    // Cell 4 (index 3), its line 7: "Counting:", "", the fence, student, answers, count, then "    total: 16".
    expect(f).toMatchObject({ cell: { index: 3, id: 'a-count' }, line: 7, column: 12 });
  });

  it.each(['split.md', 'repeated.md', 'split.ipynb'])('%s: the student is known before grading (duplicates, variants)', (file) => {
    expect(headOf(join(dir, file))).toEqual({ student: 'ann', assignment: 'a1' });
  });
});

describe('validate reads a report in several blocks as grade does (CLI)', () => {
  const cache = mkdtempSync(join(tmpdir(), 'gc-report-cache-'));
  const gc = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1' } });
  it.each([
    ['split.md', 0, null],
    ['split.ipynb', 0, null],
    ['conflict.md', 2, /conflict\.md:12:1 error not a readable submission: this block's student "bob" differs from the "ann" of an earlier block/],
    ['twice.md', 2, /twice\.md:10:5 error .*quad\.eigenvalues is answered twice \(first at line 4\)/],
  ] as const)('%s: exit %i', (file, code, message) => {
    const r = gc('validate', join(dir, file), '--problems', problemsDir);
    expect(r.status).toBe(code);
    if (message) expect(r.stderr).toMatch(message);
  });
});
