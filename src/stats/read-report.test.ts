// The streamed report reader (issue 25): every layout reads as JSON.parse reads the whole file,
// gradecheck's own layout by its fast path included; a refused file gets the message the whole
// file checked at once gave (bad JSON first, at its character; then the schema's first error;
// then a score out of range). And stats' compact copies give the same figures as the entries.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonReport } from '../reporters/json.js';
import type { SubmissionResult } from '../grading/types.js';
import { classStats, type ReportSubmission } from './compute.js';
import { Compactor } from './compact.js';
import { readReport, readReportFile, ReportReadError } from './read-report.js';

const dir = mkdtempSync(join(tmpdir(), 'gc-read-report-'));
let n = 0;
const file = (text: string) => {
  const f = join(dir, `r${n++}.json`);
  writeFileSync(f, text);
  return f;
};

const finding = (code: string, message: string) => ({ code, severity: 'error', message, file: 'x.yaml', line: 3, column: 5 });
const part = (id: string, status: string, score: number, maxScore: number, findings: unknown[] = []) => ({ id, status, score, maxScore, findings });
function entry(i: number): Record<string, unknown> {
  const missing = i % 3 === 0;
  return {
    file: `s${i}.yaml`,
    student: i % 7 === 6 ? null : `s${i % 5}`, // students twice (the higher score counts), and files without one
    assignment: i % 4 === 3 ? 'hw2' : 'hw',
    status: 'graded',
    score: missing ? 1 : 2 + (i % 3),
    maxScore: 5,
    findings: [],
    problems: [
      { id: 'p', score: missing ? 0 : 1 + (i % 3), maxScore: 4, parts: missing ? [part('a', 'missing', 0, 2, [finding('answer.missing', 'p is not answered: its parts a, b score 0')]), part('b', 'missing', 0, 2)] : [part('a', 'correct', 2, 2), part('b', i % 2 ? 'incorrect' : 'partial', (i % 3) - 1 < 0 ? 0 : (i % 3) - 1, 2, [finding('m.sign', `sign ${i % 2} «ü» \u2028`)])] },
      { id: 'q', score: 1, maxScore: 1, ...(i % 2 ? { variant: { k: String(i % 4) } } : {}), parts: [{ ...part('c', 'correct', 1, 1), ...(i === 4 ? { override: { before: 0, after: 1, reason: 'regraded', by: 'ta' } } : {}) }] },
    ],
  };
}
const report = { submissions: Array.from({ length: 40 }, (_, i) => entry(i)), assignments: [{ id: 'hw', title: 'Homework', maxScore: 5 }] };

const layouts: [string, string][] = [
  ['gradecheck’s own (JSON.stringify, two spaces)', JSON.stringify(report, null, 2)],
  ['minified', JSON.stringify(report)],
  ['tabs and CRLF', JSON.stringify(report, null, '\t').replace(/\n/g, '\r\n')],
  // A nested `}` on a line of four spaces: the fast path's guess ends inside the first entry, does not parse, and the entry is read byte by byte.
  ['a `}` on a line of four spaces inside an entry', JSON.stringify(report, null, 2).replace('"findings": []', '"x": {"a": "}"\n    },\n      "findings": []')],
  ['an entry over the 1 MB chunk', JSON.stringify({ ...report, submissions: [entry(0), { ...entry(1), findings: [finding('x.long', 'y'.repeat(1_500_000))] }, entry(2)] }, null, 2)],
  ['members in another order, with unknown ones', `{"future": {"a": [1, "]"]}, "assignments": ${JSON.stringify(report.assignments)}, "submissions": ${JSON.stringify(report.submissions, null, 3)}}`],
];

describe('a report reads as the whole file parsed', () => {
  it.each(layouts)('%s', (_, text) => {
    const whole = JSON.parse(text);
    const r = readReportFile(file(text));
    expect(r.submissions).toEqual(whole.submissions);
    expect(r.assignments).toEqual(whole.assignments);
  });
  it('the report grade writes (reporters/json.ts), through the fast path', () => {
    const text = jsonReport({ submissions: report.submissions as unknown as SubmissionResult[] });
    expect(readReportFile(file(text)).submissions).toEqual(JSON.parse(text).submissions);
  });
});

describe('a refused report says what the whole file checked at once said', () => {
  const good = JSON.stringify(report, null, 2);
  const whole = (text: string) => {
    try {
      JSON.parse(text);
      return null;
    } catch (e) {
      return /position (\d+)/.exec((e as Error).message)?.[1] ?? '';
    }
  };
  const refusals: [string, string, RegExp][] = [
    ['bad JSON late, a schema error early: bad JSON wins', good.replace('"status": "graded"', '"status": "gone"').replace(/\}\s*$/, '}}'), /not valid JSON at character \d+\)$/],
    ['cut off in an entry', good.slice(0, good.length / 2), /\(not valid JSON\)$/],
    ['a bad token inside an entry, at the character JSON.parse names', good.replace('"score": 1,', '"score": 1,,'), /not valid JSON at character \d+\)$/],
    ['non-ASCII before the fault: characters, not bytes', good.replace('"status": "graded"', '"status": "gradéd", "x": 1 2'), /not valid JSON at character \d+\)$/],
    ['the first schema error in the schema\'s order', good.replace('"status": "graded"', '"status": 1').replace('"title": "Homework"', '"title": 2'), /\(\/submissions\/0\/status: must be equal to one of the allowed values\)$/],
    ['assignments after submissions', good.replace('"title": "Homework"', '"title": 2'), /\(\/assignments\/0\/title: must be string\)$/],
    ['a schema error beats an earlier score out of range', good.replace('"score": 1,', '"score": 100,').replace('"status": "partial"', '"status": "nope"'), /\/submissions\/\d+\/problems\/0\/parts\/1\/status: must be/],
    ['a score out of range', good.replace('"score": 1,', '"score": 100,'), /\(\/submissions\/0: a score outside 0\.\.maxScore\)$/],
    ['not an object', '[1, 2]', /\(\/: must be object\)$/],
    ['no submissions', '{"assignments": []}', /\(\/: must have required property 'submissions'\)$/],
    ['submissions not a list', '{"submissions": {"a": 1}}', /\(\/submissions: must be array\)$/],
    ['submissions twice', '{"submissions": [], "submissions": []}', /the key "submissions" twice/],
    ['text after the report', `${good} ::error ::x`, /not valid JSON at character \d+\)$/],
  ];
  it.each(refusals)('%s', (_, text, message) => {
    const f = file(text);
    let err: unknown;
    try {
      readReport(f, () => {});
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ReportReadError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toMatch(/::error|ü/);
    const at = /character (\d+)/.exec((err as Error).message)?.[1];
    if (at !== undefined) expect(at).toBe(whole(text)); // the same place JSON.parse names in the whole text
  });
});

describe('stats keeps compact copies that give the same figures', () => {
  it('classStats of the compact entries equals classStats of the entries', () => {
    const c = new Compactor();
    const subs = report.submissions as unknown as ReportSubmission[];
    expect(JSON.stringify(classStats(subs.map((s) => c.submission(s))))).toBe(JSON.stringify(classStats(subs)));
  });
  it('equal results are one object; a part differing in anything stats reads is not', () => {
    const c = new Compactor();
    const [a, b] = [entry(0), entry(3)].map((s) => c.submission(s as unknown as ReportSubmission));
    expect(a.problems[0]).toBe(b.problems[0]);
    const other = structuredClone(entry(3)) as any;
    other.problems[0].parts[0].findings[0].message += ' ';
    expect(c.submission(other).problems[0]).not.toBe(a.problems[0]);
    const negative = structuredClone(entry(3)) as any;
    negative.problems[0].parts[1].score = -0;
    expect(c.submission(negative).problems[0]).not.toBe(a.problems[0]);
  });
});
