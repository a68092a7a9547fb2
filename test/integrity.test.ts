// Copies seen (issue 23, item 3): with variants, a submission whose answers are another student's
// key is flagged with the right pair, for the instructor only (the report's integrity section,
// stderr, stats), never in anything a student reads; unusual wrong values shared are listed.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint, unusual } from '../src/integrity/fingerprint.js';

const COURSE = 'test/fixtures/variants/course';
const cache = mkdtempSync(join(tmpdir(), 'gc-cache-'));
const gc = (args: string[]) => {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 26, timeout: 120_000, env: { ...process.env, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1', GRADECHECK_SECRET: 'golden' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('fingerprints', () => {
  it.each([
    [0.16666666, '1/6'],
    ['0 < eta < 0.1667', '0 < eta < 1/6'],
    [[[6, 0], [0, 12]], [[6.0, 0], [0, '12']]],
    [{ b: 1, a: 2 }, { a: 2, b: 1 }],
  ])('%j and %j are the same answer', (x, y) => expect(fingerprint(x)).toBe(fingerprint(y)));
  it.each([
    [0.1667, 0.17],
    ['[1, 6]', '[1, 7]'],
  ])('%j and %j are not', (x, y) => expect(fingerprint(x)).not.toBe(fingerprint(y)));
  it.each([
    ['12', false],
    ['[1,6]', false],
    ['0.0903', true],
    ['[1,6,12]', true],
  ])('%s unusual: %s', (fp, u) => expect(unusual(fp)).toBe(u));
});

describe('a swapped-variant submission', () => {
  const d = mkdtempSync(join(tmpdir(), 'gc-copies-'));
  const roster = join(d, 'roster.csv');
  writeFileSync(roster, 'student\nalice\nbob\ncarol\nerin\nfrank\n');
  const rel = gc(['release', COURSE, '--students', roster, '--out', join(d, 'rel')]);
  const key = (s: string) => readFileSync(join(d, 'rel', 'instructors', s, 'key.yaml'), 'utf8');
  const subs = join(d, 'subs');
  mkdirSync(subs);
  // alice, carol and frank hand in their own keys; bob hands in alice's answers as his; erin's own, one part wrong.
  for (const s of ['alice', 'carol', 'frank']) writeFileSync(join(subs, `${s}.yaml`), key(s));
  writeFileSync(join(subs, 'bob.yaml'), key('alice').replace(/^student: alice$/m, 'student: bob'));
  writeFileSync(join(subs, 'erin.yaml'), key('erin').replace(/(\n {4}loss: )\S+/, '$10.123456'));
  const report = join(d, 'report.json');
  const graded = gc(['grade', '--problems', COURSE, subs, '--format', 'json', '--output', report]);

  it('is flagged with the right pair: who, whose variant, how many parts, the evidence', () => {
    expect(rel.code).toBe(0);
    expect(graded.code).toBe(0);
    const r = JSON.parse(readFileSync(report, 'utf8'));
    expect(r.integrity.matches.map((m: any) => [m.code, m.student, m.matches, m.file.slice(subs.length + 1)])).toEqual([['integrity.matches-variant', 'bob', 'alice', 'bob.yaml']]);
    const m = r.integrity.matches[0];
    expect(m.parts).toBeGreaterThanOrEqual(5);
    expect(m.own).toBeLessThan(m.parts);
    for (const e of m.evidence) expect(fingerprint(e.answer)).toBe(fingerprint(e.theirs));
    expect(m.evidence.every((e: any) => fingerprint(e.own) !== fingerprint(e.theirs))).toBe(true);
    expect(graded.err).toMatch(/integrity: bob's answers .* fit alice's variant/);
  });

  it('students who answered their own variants are not flagged', () => {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    expect(r.integrity.matches.filter((m: any) => m.student !== 'bob')).toEqual([]);
  });

  it('nothing of it in a submission\'s entry, nor in the student-facing formats', () => {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    expect(JSON.stringify(r.submissions)).not.toMatch(/integrity|matches-variant|alice's variant/);
    for (const format of ['text', 'markdown', 'gradescope']) {
      for (const feedback of ['full', 'hints', 'score']) {
        const out = gc(['grade', '--problems', COURSE, join(subs, 'bob.yaml'), join(subs, 'alice.yaml'), '--format', format, '--feedback', feedback]).out;
        expect(out).not.toMatch(/integrity|fits? alice's variant|matches-variant/);
      }
    }
  });

  it('stats lists the pair (markdown and JSON)', () => {
    const md = gc(['stats', report, '--format', 'markdown']).out;
    expect(md).toMatch(/### Integrity \(for the instructor\)\n\n- bob \(.*bob\.yaml\) fits the variant of alice: \d+ part\(s\)/);
    const js = JSON.parse(gc(['stats', report, '--format', 'json']).out);
    expect(js.assignments[0].integrity.matches.map((m: any) => [m.student, m.matches])).toEqual([['bob', 'alice']]);
  });

  /** bob's key with the named problems' blocks taken from alice's key. */
  const mixed = (from: string[]) => {
    const block = (text: string, id: string) => new RegExp(`\\n  ${id}:\\n(?: {4}.*\\n)*`).exec(text)![0];
    let t = key('bob');
    for (const id of from) t = t.replace(block(t, id), block(key('alice'), id));
    return t;
  };
  it.each([
    ['alice\'s gd-var only (3 parts) against 4 right for his own', ['gd-var'], false],
    ['alice\'s gd-var and mlp-var (5 parts) against 2 right for his own', ['gd-var', 'mlp-var'], true],
  ])('bob hands in %s: flagged %s', (_, from, flagged) => {
    const s3 = mkdtempSync(join(tmpdir(), 'gc-copies-mixed-'));
    writeFileSync(join(s3, 'alice.yaml'), key('alice'));
    writeFileSync(join(s3, 'carol.yaml'), key('carol'));
    writeFileSync(join(s3, 'bob.yaml'), mixed(from as string[]));
    const r = JSON.parse(gc(['grade', '--problems', COURSE, s3, '--format', 'json']).out);
    expect(r.integrity.matches.map((m: any) => [m.student, m.matches])).toEqual(flagged ? [['bob', 'alice']] : []);
  });

  it('the same unusual wrong value given by two students is listed', () => {
    const s2 = join(d, 'subs2');
    mkdirSync(s2);
    for (const s of ['alice', 'bob', 'carol', 'frank']) writeFileSync(join(s2, `${s}.yaml`), key(s).replace(/(\n {4}loss: )\S+/, s === 'alice' || s === 'carol' ? '$10.4321987' : '$10.2222'));
    const r = JSON.parse(gc(['grade', '--problems', COURSE, s2, '--format', 'json']).out);
    const shared = r.integrity.shared.filter((x: any) => x.part === 'loss');
    expect(shared.map((x: any) => [x.problem, x.students])).toContainEqual(['mlp-var', ['alice', 'carol']]);
    expect(r.integrity.matches).toEqual([]);
  });
});
