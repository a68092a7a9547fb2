// Per-student variants (issue 14): drawn reproducibly from the secret, meeting `require:`, shared
// params the same across an assignment, variants.yaml touching one student only, release and
// grade agreeing, and answers read from Markdown reports and notebooks at their own positions.
// Fixtures: test/fixtures/variants/course.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProblems } from '../src/grading/problems.js';
import { expandPaths } from '../src/grading/files.js';
import { problemFor } from '../src/variants/grading.js';
import { VariantStream } from '../src/variants/seed.js';

const COURSE = 'test/fixtures/variants/course';
const set = loadProblems(expandPaths([COURSE]).files);
const assignment = set.assignments[0];
const setup = { secret: 'golden', pins: set.pins };
const variant = (student: string, problem: string, secret = 'golden') => problemFor(assignment.problems.get(problem)!, assignment, student, { ...setup, secret }).problem.variant!.params;

const cache = mkdtempSync(join(tmpdir(), 'gc-cache-'));
const gc = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1', GRADECHECK_SECRET: '', ...env } });

describe('drawing', () => {
  it('loads: four templates, one with shared params, pins for two students', () => {
    expect(set.errors).toEqual([]);
    expect([...set.problems.values()].filter((lp) => lp.template).length).toBe(4);
    expect(assignment.shared?.map((s) => s.name)).toEqual(['n']);
    expect([...set.pins.keys()]).toEqual(['carol', 'dave']);
  });
  it('a drawn variant never changes (these are the variants of this release; a change here breaks every regrade)', () => {
    expect(variant('alice', 'gd-var')).toEqual({ n: '9', a: '3', b: '0', c: '6' });
    expect(variant('bob', 'mlp-var')).toEqual({ n: '5', W: '[[0.6, 0.3], [-0.5, -0.5]]', x1: '-0.3', t: '0.5' });
    expect(variant('alice', 'count-var')).toEqual({ n: '9', k: '3' });
    const s = VariantStream.of('golden', { assignment: 'var1', problem: 'p', student: 'alice' }, 0);
    expect([s.int(1, 6), s.int(1, 6), s.int(-1000, 1000), s.int(0, 2 ** 31)]).toEqual(goldenStream);
  });
  it('the same inputs give the same variant; another secret, another student give others', () => {
    expect(variant('alice', 'mlp-var')).toEqual(variant('alice', 'mlp-var'));
    const many = Array.from({ length: 30 }, (_, i) => JSON.stringify(variant(`s${i}`, 'mlp-var')));
    expect(new Set(many).size).toBeGreaterThan(25);
    expect(JSON.stringify(variant('alice', 'mlp-var', 'other'))).not.toBe(JSON.stringify(variant('alice', 'mlp-var')));
  });
  it('every variant meets require (positive definite, rational and distinct eigenvalues, a != c; no ReLU kink)', () => {
    for (let i = 0; i < 40; i++) {
      const v = variant(`s${i}`, 'gd-var');
      expect(v.a).not.toBe(v.c);
      const [a, b, c] = [Number(v.a), Number(v.b), Number(v.c)];
      const disc = (a - c) ** 2 + 4 * b * b; // eigenvalues of 2A: a + c ± √disc
      expect(Number.isInteger(Math.sqrt(disc))).toBe(true);
      expect(a + c - Math.sqrt(disc)).toBeGreaterThan(0);
    }
  });
  it('shared params are the same in every problem of a student\'s assignment', () => {
    for (const s of ['alice', 'bob', 'x', 'y']) expect(new Set(['gd-var', 'mlp-var', 'count-var', 'count-var2'].map((p) => variant(s, p).n)).size).toBe(1);
  });
  it('variants.yaml: carol drawn again and dave pinned, nobody else moved', () => {
    const plain = loadProblems(expandPaths([COURSE]).files.filter((f) => !f.endsWith('variants.yaml')));
    const without = (student: string, p: string) => problemFor(plain.assignments[0].problems.get(p)!, plain.assignments[0], student, { secret: 'golden', pins: plain.pins }).problem.variant!.params;
    expect(variant('carol', 'mlp-var')).not.toEqual(without('carol', 'mlp-var'));
    expect(variant('dave', 'gd-var')).toMatchObject({ a: '2', b: '0', c: '5' });
    expect(variant('alice', 'gd-var')).toEqual(without('alice', 'gd-var'));
    expect(variant('dave', 'mlp-var')).toEqual(without('dave', 'mlp-var')); // only the pinned problem moves
  });
});

describe('templates that are refused', () => {
  it.each([
    ['require no draw meets', 'params:\n  a: { int: [1, 3] }\nrequire: ["a > 5"]\n', 4, /no variant of t for \(sample\) in 200 draws .*; 0 of 100 sample draws made a valid variant/],
    ['an unknown condition', 'params:\n  a: { int: [1, 3] }\nrequire: [no-such-thing]\n', 5, /"no-such-thing" is neither a condition of this kind \(hessian-positive-definite, rational-eigenvalues, distinct-eigenvalues\)/],
    ['a bad range', 'params:\n  a: { int: [3, 1] }\n', 4, /params\.a\.int: \[lo, hi\] with lo ≤ hi/],
  ])('%s: validate exits 2 at its line', (_, head, line, why) => {
    const d = mkdtempSync(join(tmpdir(), 'gc-tpl-'));
    writeFileSync(join(d, 't.yaml'), `id: t\nkind: gd-step-size\n${head}given:\n  matrix: [["\${a}"]]\nparts: { range: 1 }\n`);
    const r = gc(['validate', d]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`t\\.yaml:${line}:\\d+ error `));
    expect(r.stderr).toMatch(why);
  });
});

describe('release, grade and regrade', () => {
  const out = mkdtempSync(join(tmpdir(), 'gc-release-'));
  const roster = join(out, 'roster.csv');
  writeFileSync(roster, 'student,name\nalice,Alice\nbob,Bob\n');
  const rel = gc(['release', COURSE, '--students', roster, '--out', join(out, 'yaml')], { GRADECHECK_SECRET: 'golden' });
  it('each student\'s key grades full marks for them, and only for them', () => {
    expect(rel.status).toBe(0);
    const keys = ['alice', 'bob'].map((s) => join(out, 'yaml', 'instructors', s, 'key.yaml'));
    const r = JSON.parse(gc(['grade', '--problems', COURSE, ...keys, '--format', 'json'], { GRADECHECK_SECRET: 'golden' }).stdout);
    expect(r.submissions.map((s: any) => [s.student, s.score, s.maxScore])).toEqual([['alice', 15, 15], ['bob', 15, 15]]);
    const swapped = join(out, 'alice-as-bob.yaml');
    writeFileSync(swapped, readFileSync(keys[0], 'utf8').replace(/^student: alice$/m, 'student: bob'));
    const s = JSON.parse(gc(['grade', '--problems', COURSE, swapped, '--format', 'json'], { GRADECHECK_SECRET: 'golden' }).stdout).submissions[0];
    expect(s.score).toBeLessThan(15);
  });
  it('the report names each problem\'s variant; a regrade gives the same bytes', () => {
    const key = join(out, 'yaml', 'instructors', 'bob', 'key.yaml');
    const a = gc(['grade', '--problems', COURSE, key, '--format', 'json'], { GRADECHECK_SECRET: 'golden' }).stdout;
    const b = gc(['grade', '--problems', COURSE, key, '--format', 'json', '--no-cache'], { GRADECHECK_SECRET: 'golden' }).stdout;
    expect(a).toBe(b);
    expect(JSON.parse(a).submissions[0].problems[1].variant).toEqual({ n: '5', W: '[[0.6, 0.3], [-0.5, -0.5]]', x1: '-0.3', t: '0.5' });
  });
  it('the statement has the student\'s numbers; the answers template passes validate and is all missing', () => {
    const st = readFileSync(join(out, 'yaml', 'students', 'alice', 'statement.md'), 'utf8');
    expect(st).toContain('| **1** | 3 | 0 |'); // alice's A, as a table
    const tpl = join(out, 'yaml', 'students', 'alice', 'answers.yaml');
    expect(gc(['validate', tpl, '--problems', COURSE]).status).toBe(0);
    const s = JSON.parse(gc(['grade', '--problems', COURSE, tpl, '--format', 'json'], { GRADECHECK_SECRET: 'golden' }).stdout).submissions[0];
    expect([s.status, s.score, s.maxScore]).toEqual(['graded', 0, 15]);
    expect(s.problems.every((p: any) => p.parts.every((pt: any) => pt.status === 'missing'))).toBe(true);
  });
  it('grading a templated assignment without the secret is a usage error', () => {
    const r = gc(['grade', '--problems', COURSE, join(out, 'yaml', 'students', 'alice', 'answers.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/drawn per student \(params\): give the course secret/);
  });
});

describe('the answers template', () => {
  it.each(['usi-a2', 'hw3', 'batch-conv'])('%s: every part a key, passes validate, grades all missing, and gives no answer away', (id) => {
    const folder = `problems/${id === 'usi-a2' ? 'usi-a2' : id === 'hw3' ? 'hw3' : 'seed001'}`;
    const r = gc(['template', folder]);
    const given = expandPaths([folder]).files.map((f) => readFileSync(f, 'utf8')).join('\n'); // what the problems say (titles, data) is no leak
    expect(r.status).toBe(0);
    const d = mkdtempSync(join(tmpdir(), 'gc-template-'));
    writeFileSync(join(d, 'answers.yaml'), r.stdout);
    expect(gc(['validate', join(d, 'answers.yaml'), '--problems', 'problems']).status).toBe(0);
    const s = JSON.parse(gc(['grade', '--problems', 'problems', join(d, 'answers.yaml'), '--format', 'json']).stdout).submissions[0];
    expect(s.problems.flatMap((p: any) => p.parts.map((pt: any) => pt.status))).toEqual(s.problems.flatMap((p: any) => p.parts.map(() => 'missing')));
    // No value of the key appears in it (numbers of 3 or more characters, the rules, the ranges).
    const key = readFileSync(`solutions/answer-keys/${id}.yaml`, 'utf8').split('\nanswers:\n')[1];
    const values = [...key.matchAll(/-?\d[\d./]{2,}|0 < eta < [^\n]+|lambda_max/g)].map((m) => m[0]).filter((v) => !given.includes(v));
    if (id !== 'batch-conv') expect(values.length).toBeGreaterThan(2); // batch-conv's key is small integers only
    expect(values.filter((v) => r.stdout.includes(v))).toEqual([]);
  });
});

describe('answers inside reports', () => {
  const out = mkdtempSync(join(tmpdir(), 'gc-reports-'));
  const roster = join(out, 'roster.csv');
  writeFileSync(roster, 'student\nalice\n');
  for (const f of ['md', 'ipynb']) gc(['release', COURSE, '--students', roster, '--out', join(out, f), '--format', f], { GRADECHECK_SECRET: 'golden' });
  const grade = (file: string) => JSON.parse(gc(['grade', '--problems', COURSE, file, '--format', 'json'], { GRADECHECK_SECRET: 'golden' }).stdout).submissions[0];
  it('Markdown: the ```yaml gradecheck block is graded, findings at the .md\'s own lines', () => {
    const md = join(out, 'alice.md');
    const text = '# My report\n\nProse, and a table that is ignored.\n\n' + readFileSync(join(out, 'md', 'students', 'alice', 'answers.md'), 'utf8').replace('    range:\n', '    range: 0 < eta < 1/3\n');
    writeFileSync(md, text);
    const s = grade(md);
    expect(s.status).toBe('graded');
    const f = s.problems[0].parts.find((p: any) => p.id === 'range').findings[0];
    expect(text.split('\n')[f.line - 1]).toContain('range: 0 < eta < 1/3');
    expect(text.split('\n')[f.line - 1].indexOf('0 < eta')).toBe(f.column - 1);
  });
  it('a notebook: the cell tagged gradecheck, findings with the cell index and id and the line within it', () => {
    const nb = JSON.parse(readFileSync(join(out, 'ipynb', 'students', 'alice', 'answers.ipynb'), 'utf8'));
    nb.cells.splice(1, 0, { cell_type: 'code', id: 'work', metadata: {}, source: ['import numpy as np\n'], outputs: [], execution_count: null });
    const cell = nb.cells.find((c: any) => c.metadata?.tags?.includes('gradecheck'));
    cell.source = cell.source.join('').replace('    loss:', '    loss: 99').split(/(?<=\n)/);
    const file = join(out, 'alice.ipynb');
    writeFileSync(file, JSON.stringify(nb));
    const s = grade(file);
    const f = s.problems[1].parts.find((p: any) => p.id === 'loss').findings[0];
    expect(f.cell).toEqual({ index: 3, id: 'answers' });
    expect(cell.source.join('').split('\n')[f.line - 1]).toContain('loss: 99');
  });
  it('the md and ipynb templates pass validate; a refused answer in a report is said at the report\'s line', () => {
    const tpl = [join(out, 'md', 'students', 'alice', 'answers.md'), join(out, 'ipynb', 'students', 'alice', 'answers.ipynb')];
    expect(gc(['validate', ...tpl, '--problems', COURSE]).status).toBe(0);
    const md = join(out, 'refused.md');
    const text = readFileSync(tpl[0], 'utf8').replace('    range:\n', '    range: "0 < eta < import(1)"\n');
    writeFileSync(md, text);
    const r = gc(['validate', md, '--problems', COURSE]);
    expect(r.status).toBe(2);
    const line = text.split('\n').findIndex((l) => l.includes('import(1)')) + 1;
    expect(r.stderr).toMatch(new RegExp(`refused\\.md:${line}:\\d+ error range`));
  });
  it.each([
    ['bad.ipynb', '{ not json', /the notebook is not valid JSON/],
    ['plain.md', '# a report\n\n```yaml\nstudent: x\n```\n', /no ```yaml gradecheck block/],
  ])('%s is submission.invalid with a clear message', (name, text, why) => {
    const file = join(out, name);
    writeFileSync(file, text);
    const s = grade(file);
    expect(s.status).toBe('invalid');
    expect(s.findings[0].message).toMatch(why);
  });
});

/**
 * The first draws of one stream, as this release makes them (HMAC-SHA256 over the JSON key and a
 * counter, big-endian 32-bit words, rejection for an unbiased range). Python's hmac module, fed
 * the same message, gives the same four numbers (checked when this was written).
 */
const goldenStream = [6, 4, 69, 329968632];
