// Instructor overrides (issue 22): what each override does to a score (a table of cases), the
// errors that refuse one at its line, and that every report format and `stats` show them.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProblems } from '../grading/problems.js';
import type { Assignment } from '../grading/assignments.js';
import type { PartStatus, Report, SubmissionResult } from '../grading/types.js';
import { applyOverrides, readOverrides, type Override } from './overrides.js';
import { REPORTERS } from '../reporters/index.js';
import { classStats, type ReportSubmission } from '../stats/compute.js';
import { statsMarkdown } from '../stats/markdown.js';
import { statsHtml } from '../stats/html.js';

let assignments: Assignment[];
const dir = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'course', 'problems');
beforeAll(() => {
  // a1: quad (10 points: hessian 3.3333, eigenvalues 3.3333, range 3.3334) and count (total: 2).
  assignments = loadProblems(['a1/assignment.yaml', 'a1/quad.yaml', 'a1/count.yaml', 'a2/assignment.yaml'].map((f) => join(dir, f))).assignments;
});

/** ann's a1 submission: quad's parts scored as given, count right. */
function graded(quad: [number, number, number]): SubmissionResult {
  const max = [3.3333, 3.3333, 3.3334];
  const parts = ['hessian', 'eigenvalues', 'range'].map((id, i) => ({ id, status: (quad[i] >= max[i] ? 'correct' : quad[i] === 0 ? 'incorrect' : 'partial') as PartStatus, score: quad[i], maxScore: max[i], findings: [] }));
  const q = { id: 'quad', score: quad.reduce((a, b) => a + b, 0), maxScore: 10, parts };
  const c = { id: 'count', score: 2, maxScore: 2, parts: [{ id: 'total', status: 'correct' as const, score: 2, maxScore: 2, findings: [] }] };
  return { file: 'ann.yaml', student: 'ann', assignment: 'a1', status: 'graded', score: q.score + 2, maxScore: 12, findings: [], problems: [q, c] };
}

const overridesText = (...entries: string[]) => `overrides:\n${entries.map((e) => `  - ${e.split('\n').join('\n    ')}`).join('\n')}\n`;
function read(...entries: string[]) {
  // Beside a1's assignment file (a2 is in another folder).
  return readOverrides(join(dir, 'a1', 'overrides.yaml'), assignments, { text: overridesText(...entries), roster: new Set(['ann', 'bob']) });
}
const one = (entry: string): Override => {
  const r = read(entry);
  expect(r.errors).toEqual([]);
  return r.overrides[0];
};

describe('what an override does to the score', () => {
  it.each([
    // quad's parts before, the override, quad's parts after, the statuses after
    [[3.3333, 3.3333, 0], 'part: range\npoints: 2', [3.3333, 3.3333, 2], 'partial'],
    [[3.3333, 3.3333, 0], 'part: range\nadjust: 1.5', [3.3333, 3.3333, 1.5], 'partial'],
    [[3.3333, 3.3333, 1], 'part: range\nadjust: 5', [3.3333, 3.3333, 3.3334], 'correct'], // within 0..max
    [[3.3333, 3.3333, 1], 'part: range\nadjust: -2', [3.3333, 3.3333, 0], 'incorrect'],
    [[3.3333, 3.3333, 3.3334], 'part: hessian\npoints: 0', [0, 3.3333, 3.3334], 'incorrect'],
    // The problem as a whole: the difference spread over its parts in order.
    [[0, 0, 0], 'points: 5', [3.3333, 1.6667, 0], 'partial'],
    [[3.3333, 0, 0], 'adjust: 4', [3.3333, 3.3333, 0.6667], 'partial'],
    [[3.3333, 3.3333, 3.3334], 'adjust: -4', [0, 2.6666, 3.3334], 'partial'],
    [[3.3333, 0, 3.3334], 'adjust: 100', [3.3333, 3.3333, 3.3334], 'correct'],
    [[1, 1, 1], 'points: 0', [0, 0, 0], 'incorrect'],
  ] as const)('%j with {%s} → %j', (before, entry, after, status) => {
    const o = one(`student: ann\nproblem: quad\n${entry}\nreason: regrade\nby: TA Bob`);
    const { results, unused } = applyOverrides([graded([...before])], [o]);
    expect(unused).toEqual([]);
    const r = results[0];
    const quad = r.problems[0];
    expect(quad.parts.map((p) => p.score)).toEqual(after);
    expect(quad.score).toBe(Math.round(after.reduce((a, b) => a + b, 0) * 1e4) / 1e4);
    expect(r.score).toBe(Math.round((quad.score + 2) * 1e4) / 1e4);
    const changed = quad.parts.filter((p) => p.override);
    expect(changed.length).toBeGreaterThan(0);
    for (const p of changed) {
      expect(p.findings.at(-1)).toMatchObject({ code: 'score.override', severity: 'info', values: { reason: 'regrade', by: 'TA Bob', before: before[quad.parts.indexOf(p)], after: p.score } });
      expect(p.override).toMatchObject({ before: before[quad.parts.indexOf(p)], after: p.score, reason: 'regrade', by: 'TA Bob', scope: entry.startsWith('part') ? 'part' : 'problem' });
    }
    const named = entry.startsWith('part: ') ? quad.parts.find((p) => p.id === entry.split('\n')[0].slice(6))! : changed[changed.length - 1];
    if (status === 'correct' || entry.startsWith('part')) expect(named.status).toBe(status);
  });

  it('two overrides of one part apply in the file\'s order; the record keeps the first score', () => {
    const { overrides } = read('student: ann\nproblem: quad\npart: range\npoints: 1\nreason: a', 'student: ann\nproblem: quad\npart: range\nadjust: 1\nreason: b');
    const r = applyOverrides([graded([3.3333, 3.3333, 0])], overrides).results[0];
    expect(r.problems[0].parts[2]).toMatchObject({ score: 2, override: { before: 0, after: 2, reason: 'b' } });
    expect(r.problems[0].parts[2].findings.map((f) => f.values.after)).toEqual([1, 2]);
  });

  it('an override for a student without a graded submission is reported unused', () => {
    const o = one('student: bob\nproblem: quad\npoints: 1\nreason: x');
    expect(applyOverrides([graded([0, 0, 0])], [o]).unused).toEqual([o]);
  });
});

describe('an override that names what does not exist is refused at its line', () => {
  it.each([
    ['student: zed\nproblem: quad\npoints: 1\nreason: x', 2, 14, /student "zed" is not in the roster/],
    ['student: ann\nproblem: quadd\npoints: 1\nreason: x', 3, 14, /no problem "quadd" in assignment a1/],
    ['student: ann\nproblem: quad\npart: rnge\npoints: 1\nreason: x', 4, 11, /quad has no part "rnge" \(its parts: hessian, eigenvalues, range\)/],
    ['student: ann\nassignment: a9\nproblem: quad\npoints: 1\nreason: x', 3, 17, /no assignment "a9"/],
    ['student: ann\nproblem: quad\npoints: 1\nadjust: 1\nreason: x', 2, 5, /either `points`.*or `adjust`/],
    ['student: ann\nproblem: quad\nreason: x', 2, 5, /either `points`/],
    ['student: ann\nproblem: count\npoints: 3\nreason: x', 2, 5, /3 points is more than count is worth \(2\)/],
    ['student: ann\nproblem: quad\npoints: 1', 2, 5, /must have "reason"/],
    ['student: ann\nproblem: quad\npoints: 1\nreason: x\nwhy: y', 6, 5, /unknown key "why"/],
  ])('%j: line %i, column %i', (entry, line, column, message) => {
    const r = read(entry);
    expect(r.overrides).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 'overrides.invalid', line, column });
    expect(r.errors[0].message).toMatch(message);
  });

  it('beside an assignment it is for that one; beside none of two, it must name one', () => {
    expect(read('student: ann\nproblem: count\npoints: 1\nreason: x').overrides[0].assignment).toBe('a1');
    const text = overridesText('student: ann\nproblem: count\npoints: 1\nreason: x');
    const nowhere = readOverrides(join(dir, 'overrides.yaml'), assignments, { text });
    expect(nowhere.errors[0]).toMatchObject({ line: 2, column: 5 });
    expect(nowhere.errors[0].message).toMatch(/name the assignment with `assignment:` \(one of a1, a2\)/);
    const named = readOverrides(join(dir, 'overrides.yaml'), assignments, { text: overridesText('student: ann\nassignment: a2\nproblem: count\npoints: 1\nreason: x') });
    expect(named.overrides[0]).toMatchObject({ assignment: 'a2', problem: 'count', points: 1 });
  });

  it('student ids are read as written (00123 stays "00123")', () => {
    const r = readOverrides('x/overrides.yaml', assignments, { text: overridesText('student: 00123\nassignment: a1\nproblem: quad\npoints: 1\nreason: x') });
    expect(r.overrides[0].student).toBe('00123');
  });
});

describe('overrides are shown in every report format and in stats', () => {
  let report: Report;
  beforeAll(() => {
    const o = one('student: ann\nproblem: quad\npart: range\npoints: 2\nreason: "regrade: her bound follows"\nby: TA Bob');
    report = { submissions: applyOverrides([graded([3.3333, 3.3333, 0])], [o]).results, assignments: [{ id: 'a1', title: 'A1', maxScore: 12 }] };
  });

  it.each(['text', 'json', 'markdown', 'csv', 'gradescope', 'junit'])('%s names the override and its reason', (format) => {
    const out = REPORTERS[format](report, { color: false });
    expect(out).toContain('regrade: her bound follows');
    expect(out).toContain('TA Bob');
  });

  it.each(['canvas', 'moodle', 'csv', 'text', 'gradescope'])('%s counts it in the score (10.6666 of 12: the parts as given, 3.3333 + 3.3333 + 2 + 2)', (format) => {
    // every format prints the score of record as it is (one score everywhere)
    expect(REPORTERS[format](report, { color: false })).toContain('10.6666');
  });

  it('the JSON report carries it on the part, and stats (JSON, Markdown, HTML) list it', () => {
    const rep = JSON.parse(REPORTERS.json(report, { color: false }));
    const part = rep.submissions[0].problems[0].parts[2];
    expect(part.override).toEqual({ before: 0, after: 2, points: 2, scope: 'part', reason: 'regrade: her bound follows', by: 'TA Bob' });
    const stats = classStats(rep.submissions as ReportSubmission[]);
    expect(stats.assignments[0].overrides).toEqual([{ student: 'ann', problem: 'quad', part: 'range', before: 0, after: 2, reason: 'regrade: her bound follows', by: 'TA Bob' }]);
    expect(statsMarkdown(stats)).toMatch(/### Overrides[\s\S]*\| ann \| quad \| range \| 0 → 2 \| TA Bob \| regrade: her bound follows \|/);
    expect(statsHtml(stats)).toContain('<h3>Overrides</h3>');
  });

  it('stats ignores a malformed override read back from a report', () => {
    const rep = JSON.parse(REPORTERS.json(report, { color: false }));
    rep.submissions[0].problems[0].parts[2].override = { before: '0', after: null };
    expect(classStats(rep.submissions).assignments[0].overrides).toEqual([]);
  });
});

describe('overrides in a run (CLI): grade applies them, validate and grade refuse a bad one at its line, merge keeps them', () => {
  const root = mkdtempSync(join(tmpdir(), 'gc-overrides-'));
  const problems = join(root, 'problems');
  cpSync(dir, problems, { recursive: true });
  const subs = join(root, 'subs');
  mkdirSync(subs);
  writeFileSync(join(subs, 'ann.yaml'), 'student: ann\nassignment: a1\nanswers:\n  quad: { hessian: [[2, 0], [0, 4]], eigenvalues: [2, 4], range: "0 < eta < 1/3" }\n  count: { total: 15 }\n');
  writeFileSync(join(subs, 'bob.yaml'), 'student: bob\nassignment: a1\nanswers:\n  quad: { hessian: [[2, 0], [0, 4]], eigenvalues: [2, 4], range: "0 < eta < 1/2" }\n');
  writeFileSync(join(root, 'roster.csv'), 'student,name\nann,Ann\nbob,Bob\n');
  const gc = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, GRADECHECK_CACHE_DIR: join(root, 'cache'), NO_COLOR: '1' } });
  const write = (text: string) => writeFileSync(join(problems, 'a1', 'overrides.yaml'), text);

  it('applies them: ann\'s range 0 → 3, bob\'s count +1 of 2 (his total missing)', () => {
    write(overridesText('student: ann\nproblem: quad\npart: range\npoints: 3\nreason: right for her Hessian\nby: TA Bob', 'student: bob\nproblem: count\nadjust: +1\nreason: answered on paper'));
    const r = gc('grade', '--problems', problems, subs, '--format', 'json', '--roster', join(root, 'roster.csv'));
    expect(r.status).toBe(0);
    const rep = JSON.parse(r.stdout);
    expect(rep.submissions.map((s: SubmissionResult) => [s.student, s.score, s.maxScore])).toEqual([['ann', 11.6667, 12], ['bob', 11, 12]]);
    const text = gc('grade', '--problems', problems, subs);
    expect(text.stdout).toMatch(/overrides\.yaml:2:5 info quad\.range: 0 → 3 of 3\.33 points by an override \(TA Bob\): right for her Hessian score\.override/);
    expect(text.stdout).toMatch(/^ann 11\.6667\/12 .*\(override: quad\.range\)$/m);
    // merge keeps them (shards), and stats reads them from the merged report.
    writeFileSync(join(root, 'r.json'), r.stdout);
    const merged = gc('merge', join(root, 'r.json'));
    expect(merged.stdout).toBe(r.stdout);
    expect(gc('stats', join(root, 'r.json'), '--format', 'markdown').stdout).toContain('| ann | quad | range | 0 → 3 | TA Bob | right for her Hessian |');
  });

  it('refuses an unknown student (with a roster), problem or part at its line, in validate and grade', () => {
    write(overridesText('student: ann\nproblem: quad\npart: range\npoints: 3\nreason: ok', 'student: zed\nproblem: quad\npoints: 1\nreason: x', 'student: ann\nproblem: quad\npart: rnge\npoints: 1\nreason: x'));
    const v = gc('validate', problems, '--roster', join(root, 'roster.csv'));
    expect(v.status).toBe(2);
    expect(v.stderr).toMatch(/a1\/overrides\.yaml:7:14 error override not applied: student "zed" is not in the roster overrides\.invalid/);
    expect(v.stderr).toMatch(/a1\/overrides\.yaml:13:11 error override not applied: problem quad has no part "rnge"/);
    const g = gc('grade', '--problems', problems, subs, '--roster', join(root, 'roster.csv'));
    expect(g.status).toBe(2);
    expect(g.stderr).toContain('nothing was graded: an overrides file is invalid');
    // Without a roster the student is not checked; the part still is.
    expect(gc('validate', problems).stderr).not.toContain('zed');
  });

  it('merge drops a malformed policy record read back from a report (untrusted), and renders every format', () => {
    write(overridesText('student: ann\nproblem: quad\npart: range\npoints: 3\nreason: ok'));
    const rep = JSON.parse(gc('grade', '--problems', problems, subs, '--format', 'json').stdout);
    rep.submissions[0].problems[0].parts[2].override = { before: 'x', after: {}, reason: 5 };
    rep.submissions[0].combined = { policy: 'all', files: 7 };
    writeFileSync(join(root, 'bad.json'), JSON.stringify(rep));
    for (const format of ['csv', 'text', 'markdown', 'junit', 'gradescope', 'json']) {
      const m = gc('merge', join(root, 'bad.json'), '--format', format);
      expect(m.status, format).toBe(0);
    }
    const back = JSON.parse(gc('merge', join(root, 'bad.json')).stdout);
    expect(back.submissions[0].combined).toBeUndefined();
    expect(back.submissions[0].problems[0].parts[2].override).toBeUndefined();
  });
});
