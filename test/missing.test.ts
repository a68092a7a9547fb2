// Issue 25, item 1: what a submission leaves out is reported once per problem — one
// `answer.missing` finding naming the problem and its missing parts — in every format, while
// each missing part keeps its status `missing` and its score 0.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProblems } from '../src/grading/problems.js';
import { computeReferences } from '../src/grading/references.js';
import { gradeFile } from '../src/grading/grade.js';
import { expandPaths } from '../src/grading/files.js';
import type { Report, SubmissionResult } from '../src/grading/types.js';
import { REPORTERS } from '../src/reporters/index.js';
import { githubPlan } from '../src/reporters/github.js';
import { jsonReport } from '../src/reporters/json.js';
import { JsonReportStream } from '../src/commands/json-stream.js';
import { writeAssignment13 } from '../src/bench/assignment13.js';

const COURSE = 'test/fixtures/course';
const set = loadProblems(expandPaths([`${COURSE}/problems`]).files);
const refs = new Map([...(await computeReferences(set.problems, { cacheDir: null, crossCheck: false }))].map(([id, r]) => [id, r.ref]));
const grade = (text: string) => gradeFile(`${COURSE}/case.yaml`, set.assignments, refs, text);
const missingFindings = (s: SubmissionResult) => s.problems.flatMap((p) => p.parts.flatMap((pt) => pt.findings.filter((f) => f.code === 'answer.missing').map((f) => ({ at: `${p.id}.${pt.id}`, ...f.values, line: f.line }))));

const QUAD = 'hessian: [[2, 0], [0, 4]], eigenvalues: [2, 4], range: "0 < eta < 1/2"';
// [case, submission, the one finding per problem expected]
const CASES: [string, string, { at: string; problem: string; parts: string[]; all: boolean; line: number }[]][] = [
  ['a whole problem missing', 'student: ann\nassignment: a1\nanswers:\n  count: { total: 15 }\n', [{ at: 'quad.hessian', problem: 'quad', parts: ['hessian', 'eigenvalues', 'range'], all: true, line: 3 }]],
  ['some parts missing', 'student: ann\nassignment: a1\nanswers:\n  quad: { hessian: [[2, 0], [0, 4]] }\n  count: { total: 15 }\n', [{ at: 'quad.eigenvalues', problem: 'quad', parts: ['eigenvalues', 'range'], all: false, line: 4 }]],
  ['a part left empty is missing', 'student: ann\nassignment: a1\nanswers:\n  quad:\n    hessian: [[2, 0], [0, 4]]\n    eigenvalues: [2, 4]\n    range:\n  count: { total: 15 }\n', [{ at: 'quad.range', problem: 'quad', parts: ['range'], all: false, line: 4 }]],
  [
    'an empty answers map',
    'student: ann\nassignment: a1\nanswers: {}\n',
    [
      { at: 'quad.hessian', problem: 'quad', parts: ['hessian', 'eigenvalues', 'range'], all: true, line: 3 },
      { at: 'count.total', problem: 'count', parts: ['total'], all: true, line: 3 },
    ],
  ],
  ['nothing missing', `student: ann\nassignment: a1\nanswers:\n  quad: { ${QUAD} }\n  count: { total: 15 }\n`, []],
];

describe('one answer.missing finding per problem', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    const s = grade(text);
    expect(missingFindings(s)).toEqual(expected);
    // Every part left out is still `missing` and scores 0; the finding is not repeated on it.
    for (const e of expected) {
      const p = s.problems.find((x) => x.id === e.problem)!;
      for (const id of e.parts) expect(p.parts.find((pt) => pt.id === id)).toMatchObject({ status: 'missing', score: 0 });
    }
    expect(s.problems.flatMap((p) => p.parts.filter((pt) => pt.status === 'missing').map((pt) => `${p.id}.${pt.id}`))).toEqual(expected.flatMap((e) => e.parts.map((id) => `${e.problem}.${id}`)));
  });

  it.each(CASES)('%s: once per problem in every format', (_name, text, expected) => {
    const s = grade(text);
    const report: Report = { submissions: [s], assignments: [{ id: 'a1', maxScore: 12 }] };
    const count = (out: string) => out.split('answer.missing').length - 1;
    // Formats that print findings: each missing problem's finding once.
    for (const format of ['text', 'json', 'markdown', 'gradescope']) expect([format, count(REPORTERS[format](report, { color: false }))]).toEqual([format, expected.length]);
    // JUnit names the code twice in a failure: its type, and after the message in its text.
    expect(REPORTERS.junit(report, { color: false }).split('type="answer.missing"').length - 1).toBe(expected.length);
    expect(githubPlan(report).annotations.filter((a) => a.title === 'answer.missing').map((a) => a.line)).toEqual(expected.map((e) => e.line));
    // JUnit and Gradescope: the parts a student left out of a problem are one testcase / test.
    const tests = (JSON.parse(REPORTERS.gradescope(report, { color: false })) as { tests: { name: string; max_score: number; status: string }[] }).tests;
    for (const e of expected) expect(tests.filter((t) => t.name.startsWith(`${e.problem} `) && t.name.includes(e.parts[0]))).toEqual([expect.objectContaining({ name: `${e.problem} ${e.parts.join(', ')}`, status: 'failed' })]);
    const junit = REPORTERS.junit(report, { color: false });
    for (const e of expected) expect(junit.split(`name="${e.problem} ${e.parts.join(', ')}"`).length - 1).toBe(1);
    // Gradebooks and CSV print scores only: the missing problem is its 0, one row for the student.
    for (const format of ['csv', 'canvas', 'moodle']) {
      const out = REPORTERS[format](report, { color: false });
      expect(count(out)).toBe(0);
      expect(out.trim().split('\n').filter((l) => l.includes('ann')).length).toBe(1);
    }
    // The JSON report: the documented shape, each part with its status; streamed, the same bytes.
    const json = JSON.parse(REPORTERS.json(report, { color: false }));
    expect(json.submissions[0].problems.flatMap((p: any) => p.parts.map((pt: any) => Object.keys(pt)))).toEqual(s.problems.flatMap((p) => p.parts.map(() => ['id', 'status', 'score', 'maxScore', 'findings'])));
  });
});

describe('streaming the JSON report', () => {
  it('writes the bytes of jsonReport', () => {
    const subs = CASES.map(([, text]) => grade(text));
    const out = join(mkdtempSync(join(tmpdir(), 'gc-missing-')), 'r.json');
    const stream = new JsonReportStream(out);
    for (const s of subs) stream.add({ ...s });
    stream.end();
    expect(readFileSync(out, 'utf8')).toBe(jsonReport({ submissions: subs }));
  });
});

describe('a student answering 1 of 13 problems', () => {
  it('text: one line per missing problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-a13-'));
    writeAssignment13(process.cwd(), dir);
    const set13 = loadProblems(expandPaths([dir]).files);
    const refs13 = new Map([...(await computeReferences(set13.problems, { cacheDir: null, crossCheck: false }))].map(([id, r]) => [id, r.ref]));
    const file = join(dir, 'one.yaml');
    writeFileSync(file, 'student: zoe\nassignment: bench13\nanswers:\n  count-solve: { n: 8 }\n');
    const s = gradeFile(file, set13.assignments, refs13);
    expect(s.problems.length).toBe(13);
    const lines = REPORTERS.text({ submissions: [s] }, { color: false }).split('\n').filter((l) => l.includes('answer.missing'));
    expect(lines.length).toBe(12);
    expect(lines.map((l) => /error (\S+) is not answered/.exec(l)?.[1])).toEqual(s.problems.filter((p) => p.id !== 'count-solve').map((p) => p.id));
  }, 60_000);
});
