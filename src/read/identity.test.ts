// Identity from the platform (issue 23): the file's `student:` is a claim. An upload claiming
// another student is graded as its submitter (their variant, their gradebook row) and flagged
// `submission.identity-mismatch`, on Gradescope (submission_metadata.json), in a GitHub
// workflow (the repository) and in a collected batch (collect's manifest). Ids stay strings.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimMatches, githubIdentity, gradescopeIdentity, normalizeRepo, parseGradescopeMetadata, platformStudent } from './identity.js';
import { loadSubmission } from '../grading/submission.js';
import { headOf } from '../grading/students.js';
import type { Roster } from '../grading/roster.js';

const COURSE = 'test/fixtures/variants/course';
const cache = mkdtempSync(join(tmpdir(), 'gc-cache-'));
const gc = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1', GRADECHECK_SECRET: 'golden', ...env } });
const roster: Roster = new Map([
  ['alice', { student: 'alice', name: 'Alice A', email: 'alice@uni.example', sid: '1001', github: 'alice-gh' }],
  ['carol', { student: 'carol', name: 'Carol C', email: 'carol@uni.example', sid: '1003', github: 'carolc', repo: 'course/hw1-carolc' }],
]);

/** A student's own right answers: the key of their variant. */
function keyOf(student: string, claim = student): string {
  const r = gc(['solve', COURSE, '--student', student]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.replace(/^student: .*$/m, `student: ${claim}`);
}

describe('ids are strings, as written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-ids-'));
  it.each([
    ['student: 00123', '00123'],
    ['student: 12345678901234567890', '12345678901234567890'],
    ['student: 12345678901234567891', '12345678901234567891'],
    ['student: 1e3', '1e3'],
    ['student: "00123"', '00123'],
    ['student: true', 'true'],
  ])('%s reads as "%s" (grading and the run\'s heads agree)', (line, id) => {
    const f = join(dir, `${id}.yaml`);
    writeFileSync(f, `${line}\nanswers:\n  p: { a: 1 }\n`);
    const sub = loadSubmission(f);
    expect(sub.student).toBe(id);
    expect(headOf(f).student).toBe(id);
  });
});

describe('resolving a platform identity', () => {
  const meta = parseGradescopeMetadata(JSON.stringify({ id: 1, created_at: '2026-03-02T10:00:00Z', assignment: { due_date: '2026-03-01T23:00:00Z' }, users: [{ email: 'carol@uni.example', id: 77, name: 'Carol C', sid: 1003 }] }));
  it('Gradescope metadata: ids as strings, the upload and due times', () => {
    expect(meta).toEqual({ users: [{ email: 'carol@uni.example', id: '77', name: 'Carol C', sid: '1003' }], createdAt: '2026-03-02T10:00:00Z', dueDate: '2026-03-01T23:00:00Z' });
  });
  it.each([
    // claim, roster?, graded as, flagged
    ['alice', roster, 'carol', true],
    ['carol', roster, 'carol', false],
    ['carol@uni.example', roster, 'carol', false], // an alias the roster knows: graded under the roster's id
    ['1003', roster, 'carol', false],
    ['alice', undefined, '1003', true], // no roster: the sid
    ['Carol', undefined, 'carol', false], // no roster: the email's local part, as the platform spells it
  ] as const)('Gradescope: claim %s (roster: %s) is graded as %s', (claim, r, student, flagged) => {
    const id = gradescopeIdentity(meta, r, claim);
    const out = platformStudent(claim, id, 'a.yaml');
    expect(out.student).toBe(student);
    expect(out.note?.code).toBe(flagged ? 'submission.identity-mismatch' : undefined);
    if (flagged) expect(out.note!.values).toMatchObject({ claimed: claim, student, platform: 'gradescope' });
  });
  it('a group submission is graded as the member the file names, else its first member', () => {
    const group = parseGradescopeMetadata(JSON.stringify({ users: [{ email: 'carol@uni.example' }, { email: 'alice@uni.example' }] }));
    expect(gradescopeIdentity(group, roster, 'alice').student).toBe('alice');
    expect(gradescopeIdentity(group, roster, 'bob').student).toBe('carol');
  });
  it('no file claim (unreadable): the platform\'s student', () => expect(platformStudent(null, gradescopeIdentity(meta, roster, null), 'a.yaml')).toEqual({ student: 'carol' }));
  it.each([
    ['course/hw1-carolc', undefined, 'carol'], // the roster's repo
    ['https://github.com/Course/HW1-CarolC.git', undefined, 'carol'],
    ['course/hw2-alice-gh', undefined, 'alice'], // GitHub Classroom's <assignment>-<login>
    ['alice-gh/homework', undefined, 'alice'], // owned by the login
    ['course/unknown', 'carolc', 'carol'], // the actor
    ['course/unknown', 'nobody', null],
  ])('GitHub %s (actor %s) is %s', (repo, actor, student) => {
    expect(githubIdentity(repo, actor, roster)?.student ?? null).toBe(student);
  });
  it('normalizes repositories', () => {
    expect(['git@github.com:Org/R.git', 'https://github.com/org/r/', 'org/r', 'ssh://git@github.com/org/r.git'].map(normalizeRepo)).toEqual(['org/r', 'org/r', 'org/r', 'org/r']);
  });
  it('claims are compared without case', () => expect(claimMatches('ALICE@UNI.example', githubIdentity('course/hw1-alice-gh', undefined, roster)!)).toBe(true));
});

describe('an upload claiming another student is graded as its submitter, and flagged', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-who-'));
  const metaFile = join(dir, 'submission_metadata.json');
  writeFileSync(metaFile, JSON.stringify({ users: [{ email: 'carol@uni.example', name: 'Carol C', sid: '1003' }] }));
  const rosterFile = join(dir, 'roster.csv');
  writeFileSync(rosterFile, 'student,name,email,sid,github,repo\nalice,Alice A,alice@uni.example,1001,alice-gh,course/hw1-alice-gh\ncarol,Carol C,carol@uni.example,1003,carolc,course/hw1-carolc\nbob,Bob B,bob@uni.example,1002,bobb,course/hw1-bobb\n');
  const grade = (file: string, extra: string[]) => {
    const r = gc(['grade', '--problems', COURSE, '--format', 'json', ...extra, file]);
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout).submissions[0];
  };

  it('Gradescope: carol uploads alice\'s key as alice: graded as carol, against carol\'s variant, flagged', () => {
    const f = join(dir, 'answers.yaml');
    writeFileSync(f, keyOf('alice'));
    const plain = grade(f, []);
    expect([plain.student, plain.score]).toEqual(['alice', plain.maxScore]); // what the file says, with no platform: full marks
    const s = grade(f, ['--gradescope-metadata', metaFile, '--roster', rosterFile]);
    expect(s.student).toBe('carol');
    expect(s.score).toBeLessThan(s.maxScore);
    const note = s.findings.find((x: { code: string }) => x.code === 'submission.identity-mismatch');
    expect(note.message).toContain('"alice"');
    expect(note.message).toContain('carol@uni.example');
  });
  it('Gradescope: carol\'s own key under "Carol" scores full (no roster: the platform\'s spelling draws the variant)', () => {
    const f = join(dir, 'own.yaml');
    writeFileSync(f, keyOf('carol', 'Carol'));
    const s = grade(f, ['--gradescope-metadata', metaFile]);
    expect([s.student, s.score]).toEqual(['carol', s.maxScore]);
    expect(s.findings.map((x: { code: string }) => x.code)).not.toContain('submission.identity-mismatch');
  });
  it('the flag is never hidden by a feedback level', () => {
    const f = join(dir, 'answers.yaml');
    for (const level of ['hints', 'score']) {
      const s = grade(f, ['--gradescope-metadata', metaFile, '--roster', rosterFile, '--feedback', level]);
      expect(s.findings.map((x: { code: string }) => x.code)).toContain('submission.identity-mismatch');
    }
  });
  it.each([
    ['broken.yaml', 'student: alice\nanswers: [\n'],
    ['report.md', '# no gradecheck block here\n'],
    ['nb.ipynb', '{ not json'],
  ])('an unreadable upload (%s) is still the submitter\'s: a 0 in their row', (name, text) => {
    const f = join(dir, name);
    writeFileSync(f, text);
    const s = grade(f, ['--gradescope-metadata', metaFile, '--roster', rosterFile]);
    expect([s.student, s.status, s.score]).toEqual(['carol', 'invalid', 0]);
  });
  it('unreadable metadata grades nothing (never whoever the file names)', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"users": []}');
    const r = gc(['grade', '--problems', COURSE, '--gradescope-metadata', bad, join(dir, 'answers.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--gradescope-metadata');
  });
  it('GitHub: the repository\'s student, whatever the file says', () => {
    const s = grade(join(dir, 'answers.yaml'), ['--github-repository', 'course/hw1-carolc', '--roster', rosterFile]);
    expect(s.student).toBe('carol');
    expect(s.findings.map((x: { code: string }) => x.code)).toContain('submission.identity-mismatch');
  });

  it('a batch with a roster (collect\'s manifest): carol\'s folder claiming alice fills carol\'s row, not alice\'s', () => {
    const out = join(dir, 'collected');
    for (const [st, body] of [['alice', keyOf('alice')], ['carol', keyOf('alice')]]) {
      mkdirSync(join(out, st), { recursive: true });
      writeFileSync(join(out, st, 'answers.yaml'), body);
    }
    const entry = (student: string) => ({ student, dir: student, repo: `file:///srv/${student}.git`, sha: 'a'.repeat(40), submittedAt: '2026-03-01T10:00:00Z', deadline: '2026-03-01T23:00:00Z', late: false, daysLate: 0 });
    writeFileSync(join(out, 'gradecheck-collect.json'), JSON.stringify({ gradecheck: 'collect', collectedAt: '2026-03-02T00:00:00Z', deadline: '2026-03-01T23:00:00Z', submissions: [entry('alice'), entry('carol')], missing: [{ student: 'bob', reason: 'no commit' }] }));
    const json = gc(['grade', '--problems', COURSE, '--format', 'json', '--manifest', join(out, 'gradecheck-collect.json'), '--roster', rosterFile, out]);
    expect(json.status, json.stderr).toBe(0);
    const subs = JSON.parse(json.stdout).submissions;
    expect(subs.map((s: { student: string }) => s.student)).toEqual(['alice', 'carol']);
    expect(subs[0].score).toBe(subs[0].maxScore);
    expect(subs[1].score).toBeLessThan(subs[1].maxScore);
    expect(subs[1].findings.map((x: { code: string }) => x.code)).toContain('submission.identity-mismatch');
    expect(subs[0].findings.map((x: { code: string }) => x.code)).not.toContain('submission.duplicate-student'); // two files, two students
    expect(subs[1].submission).toMatchObject({ sha: 'a'.repeat(40), late: false });
    const canvas = gc(['grade', '--problems', COURSE, '--format', 'canvas', '--manifest', join(out, 'gradecheck-collect.json'), '--roster', rosterFile, out]);
    const rows = canvas.stdout.trim().split('\n');
    expect(rows.find((r) => r.startsWith('"Alice A"'))).toContain(`"${subs[0].score}"`);
    expect(rows.find((r) => r.startsWith('"Carol C"'))).toContain(`"${subs[1].score}"`);
    expect(rows.find((r) => r.startsWith('"Bob B"'))).toBe('"Bob B",,,,,'); // handed in nothing: a row, blank
    expect(canvas.stderr).toContain('bob (no commit)');
  });

  it('the Gradescope autograder passes the metadata (and the packed roster) to grade', () => {
    const zip = join(dir, 'ag.zip');
    const r = gc(['gradescope-package', COURSE, '--out', zip, '--secret-file', writeSecret(dir), '--roster', rosterFile]);
    expect(r.status, r.stderr).toBe(0);
    const run = spawnSync('unzip', ['-p', zip, 'run_autograder'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--gradescope-metadata "$root/submission_metadata.json"');
    expect(run.stdout).toContain('--roster "$src/roster.csv"');
  });
});

function writeSecret(dir: string): string {
  const f = join(dir, 'secret');
  writeFileSync(f, 'golden\n');
  return f;
}

describe('worker threads carry each file\'s platform context', () => {
  it('--jobs 1 and --jobs 2 give the same bytes over 450 collected folders (every 7th claiming s000, every 5th late)', () => {
    const d = mkdtempSync(join(tmpdir(), 'gc-many-'));
    const key = gc(['solve', 'test/fixtures/course/problems/a1', '--student', 'X']).stdout;
    const submissions = Array.from({ length: 450 }, (_, i) => {
      const st = `s${String(i).padStart(3, '0')}`;
      mkdirSync(join(d, st));
      writeFileSync(join(d, st, 'a.yaml'), key.replace('student: X', `student: ${i % 7 === 0 ? 's000' : st}`));
      return { student: st, dir: st, repo: 'r', sha: 'b'.repeat(40), submittedAt: '2026-03-02T10:00:00Z', deadline: '2026-03-01T23:00:00Z', late: i % 5 === 0, daysLate: i % 5 === 0 ? 1 : 0 };
    });
    writeFileSync(join(d, 'gradecheck-collect.json'), JSON.stringify({ gradecheck: 'collect', collectedAt: 'x', deadline: null, submissions, missing: [] }));
    const run = (jobs: string) => gc(['grade', '--problems', 'test/fixtures/course/problems/a1', '--manifest', join(d, 'gradecheck-collect.json'), '--format', 'json', '--jobs', jobs, d]);
    const one = run('1'), two = run('2');
    expect([one.status, two.status]).toEqual([0, 0]);
    expect(two.stdout).toBe(one.stdout);
    const subs = JSON.parse(two.stdout).submissions as { student: string; findings: { code: string }[] }[];
    const has = (code: string) => subs.filter((s) => s.findings.some((f) => f.code === code)).length;
    expect([subs.length, new Set(subs.map((s) => s.student)).size, has('submission.identity-mismatch'), has('submission.late'), has('submission.duplicate-student')]).toEqual([450, 450, 64, 90, 0]);
  });
});

describe('the Gradescope autograder, run as Gradescope runs it', () => {
  it('grades the upload as submission_metadata.json\'s submitter (run_autograder with this build\'s CLI)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-ag-'));
    const rosterFile = join(dir, 'roster.csv');
    writeFileSync(rosterFile, 'student,email,sid\nalice,alice@uni.example,1001\ncarol,carol@uni.example,1003\n');
    const zip = join(dir, 'ag.zip');
    expect(gc(['gradescope-package', COURSE, '--out', zip, '--secret-file', writeSecret(dir), '--roster', rosterFile]).status).toBe(0);
    const root = join(dir, 'autograder');
    mkdirSync(root);
    expect(spawnSync('unzip', ['-q', zip, '-d', join(root, 'source')]).status).toBe(0);
    // The committed bundle is rebuilt after merging; this build's CLI stands in for it.
    spawnSync('ln', ['-sf', join(process.cwd(), 'dist', 'cli.js'), join(root, 'source', 'bundle', 'cli.js')]);
    mkdirSync(join(root, 'submission'));
    writeFileSync(join(root, 'submission', 'answers.yaml'), keyOf('alice'));
    writeFileSync(join(root, 'submission_metadata.json'), JSON.stringify({ id: 9, created_at: '2026-03-01T10:00:00Z', assignment: { due_date: '2026-03-01T23:00:00Z' }, users: [{ email: 'carol@uni.example', id: 5, name: 'Carol', sid: '1003' }] }));
    const r = spawnSync('bash', [join(root, 'source', 'run_autograder')], { encoding: 'utf8', env: { ...process.env, AUTOGRADER_ROOT: root, GRADECHECK_CACHE_DIR: cache, GRADECHECK_SECRET: '' } });
    expect(r.status, r.stderr).toBe(0);
    const results = JSON.parse(readFileSync(join(root, 'results', 'results.json'), 'utf8'));
    const max = results.tests.reduce((a: number, t: { max_score: number }) => a + t.max_score, 0);
    expect(results.score).toBeLessThan(max); // alice's key against carol's variant
    expect(results.output).toContain('identity-mismatch');
  });
});
