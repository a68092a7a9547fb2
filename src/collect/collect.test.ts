// `gradecheck collect` with real git (issue 23): five local bare repositories (file URLs), one
// student late, one with an extension, one with nothing before the cutoff. The commit taken,
// its time and lateness are checked, then `grade --manifest` applies the assignment's late
// policy (`late: { per-day: 0.1, max-days: 3 }`).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderNames, repoUrl, withoutCredentials } from './collect.js';

const root = mkdtempSync(join(tmpdir(), 'gc-collect-'));
const cache = mkdtempSync(join(tmpdir(), 'gc-cache-'));
const gc = (args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1' } });

function git(cwd: string, args: string[], date?: string): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 's', GIT_AUTHOR_EMAIL: 's@x', GIT_COMMITTER_NAME: 's', GIT_COMMITTER_EMAIL: 's@x', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) };
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A bare repository at srv/<name>.git whose history is these commits (time, answers file); their shas. */
function repo(name: string, commits: [string, string][]): string[] {
  const work = join(root, 'work', name);
  mkdirSync(work, { recursive: true });
  git(work, ['init', '-q', '-b', 'main']);
  const shas = commits.map(([date, text]) => {
    writeFileSync(join(work, 'answers.yaml'), text);
    git(work, ['add', 'answers.yaml']);
    git(work, ['commit', '-q', '-m', `at ${date}`], date);
    return git(work, ['rev-parse', 'HEAD']);
  });
  git(root, ['clone', '-q', '--bare', work, join(root, 'srv', `${name}.git`)]);
  return shas;
}

// The class deadline; dan has an extension to 03-04 23:59.
const DEADLINE = '2026-03-01T23:59:00Z';
const problems = join(root, 'problems');
cpSync('test/fixtures/course/problems/a1', problems, { recursive: true });
writeFileSync(join(problems, 'assignment.yaml'), 'id: a1\ntitle: Quadratics and counts\nproblems:\n  - { id: quad, points: 10 }\n  - count\nlate: { per-day: 0.1, max-days: 3 }\n');
const key = gc(['solve', problems, '--student', 'X']).stdout;
/** The key (right) or the key with a wrong count (wrong), as the student. */
const answers = (student: string, right = true) => key.replace(/^student: .*$/m, `student: ${student}`).replace(/total: .*/, right ? '$&' : 'total: 999');
const shas = {
  ann: repo('ann', [['2026-02-27T10:00:00Z', answers('ann', false)], ['2026-03-01T20:00:00Z', answers('ann')]]),
  ben: repo('ben', [['2026-03-01T23:59:00Z', answers('ben')]]), // at the deadline exactly: on time
  cat: repo('cat', [['2026-03-01T12:00:00Z', answers('cat', false)], ['2026-03-03T00:00:00Z', answers('cat')]]), // 24 h 1 min late: 2 days
  dan: repo('dan', [['2026-03-04T13:00:00+01:00', answers('dan')], ['2026-03-09T12:00:00Z', answers('dan', false)]]), // extension; the second is past it and its late days
  eve: repo('eve', [['2026-03-10T12:00:00Z', answers('eve')]]), // nothing before the cutoff
};
const rosterFile = join(root, 'roster.csv');
writeFileSync(rosterFile, 'student,name,github\nann,Ann,ann\nben,Ben,ben\ncat,Cat,cat\ndan,Dan,dan\neve,Eve,eve\n');
const extensions = join(root, 'extensions.csv');
writeFileSync(extensions, 'student,deadline\ndan,2026-03-04T23:59:00Z\n');
const out = join(root, 'collected');
const run = gc(['collect', '--roster', rosterFile, '--out', out, '--repo-url', `file://${root}/srv/{github}.git`, '--deadline', DEADLINE, '--extensions', extensions, '--late-days', '3']);
const manifest = JSON.parse(readFileSync(join(out, 'gradecheck-collect.json'), 'utf8'));
const entry = (s: string) => manifest.submissions.find((e: { student: string }) => e.student === s);

describe('collect from five local repositories', () => {
  it('runs', () => expect(run.status, run.stderr).toBe(0));
  it.each([
    ['ann', shas.ann[1], '2026-03-01T20:00:00+00:00', DEADLINE, false, 0],
    ['ben', shas.ben[0], '2026-03-01T23:59:00+00:00', DEADLINE, false, 0],
    ['cat', shas.cat[1], '2026-03-03T00:00:00+00:00', DEADLINE, true, 2],
    ['dan', shas.dan[0], '2026-03-04T13:00:00+01:00', '2026-03-04T23:59:00Z', false, 0],
  ])('%s: commit, time as git wrote it, deadline, lateness', (student, sha, time, deadline, late, days) => {
    expect(entry(student)).toMatchObject({ student, dir: student, sha, submittedAt: time, deadline, late, daysLate: days, repo: `file://${root}/srv/${student}.git` });
    expect(readFileSync(join(out, student, 'answers.yaml'), 'utf8')).toBe(git(join(root, 'work', student), ['show', `${sha}:answers.yaml`]) + '\n');
  });
  it('eve, with no commit before her cutoff, is missing with the reason; stderr says so', () => {
    expect(entry('eve')).toBeUndefined();
    expect(manifest.missing).toEqual([{ student: 'eve', reason: expect.stringContaining('no commit at or before 2026-03-01T23:59:00Z + 3 late day(s)') }]);
    expect(existsSync(join(out, 'eve'))).toBe(false);
    expect(run.stderr).toContain('collected 4 of 5 student(s)');
    expect(run.stderr).toContain('1 late (cat 2 d)');
  });
  it('collecting again fetches (the repositories are kept) and takes a new commit', () => {
    const work = join(root, 'work', 'ben');
    writeFileSync(join(work, 'answers.yaml'), answers('ben', false));
    git(work, ['commit', '-qam', 'fix'], '2026-03-01T23:00:00Z'); // dated before the last, made after it
    git(work, ['push', '-q', join(root, 'srv', 'ben.git'), 'main']);
    const again = gc(['collect', '--roster', rosterFile, '--out', join(root, 'again'), '--repo-url', `file://${root}/srv/{github}.git`, '--deadline', DEADLINE]);
    expect(again.status, again.stderr).toBe(0);
    const m = JSON.parse(readFileSync(join(root, 'again', 'gradecheck-collect.json'), 'utf8'));
    // No late days: cat's on-time commit; ben's newest-dated commit at or before the deadline is still 23:59.
    expect(m.submissions.find((e: { student: string }) => e.student === 'cat').sha).toBe(shas.cat[0]);
    expect(m.submissions.find((e: { student: string }) => e.student === 'ben').sha).toBe(shas.ben[0]);
  });

  it('grade --manifest: each folder as its student, the late policy applied and shown', () => {
    const r = gc(['grade', '--problems', problems, '--format', 'json', '--manifest', join(out, 'gradecheck-collect.json'), out]);
    expect(r.status, r.stderr).toBe(0);
    const subs = JSON.parse(r.stdout).submissions as { student: string; score: number; maxScore: number; findings: { code: string; message: string }[]; submission: Record<string, unknown> }[];
    const by = (s: string) => subs.find((x) => x.student === s)!;
    expect(subs.map((s) => s.student)).toEqual(['ann', 'ben', 'cat', 'dan']);
    for (const s of ['ann', 'ben', 'dan']) expect([s, by(s).score]).toEqual([s, by(s).maxScore]);
    const cat = by('cat');
    expect(cat.score).toBeCloseTo(cat.maxScore * 0.8, 4); // 2 days at 10 % a day
    const late = cat.findings.find((f) => f.code === 'submission.late')!;
    expect(late.message).toContain('2 days after the deadline');
    expect(late.message).toContain('20 % off');
    expect(cat.submission).toMatchObject({ sha: shas.cat[1], late: true, daysLate: 2 });
    const text = gc(['grade', '--problems', problems, '--manifest', join(out, 'gradecheck-collect.json'), out]);
    expect(text.stdout).toContain('submission.late');
  });
  it('after max-days a late submission scores 0 (still graded)', () => {
    const m = JSON.parse(readFileSync(join(out, 'gradecheck-collect.json'), 'utf8'));
    m.submissions.find((e: { student: string }) => e.student === 'cat').daysLate = 4;
    const f = join(out, 'gradecheck-collect.json');
    const copy = join(root, 'late4.json');
    writeFileSync(copy, JSON.stringify(m));
    cpSync(copy, f);
    const r = gc(['grade', '--problems', problems, '--format', 'json', '--manifest', f, out]);
    const cat = JSON.parse(r.stdout).submissions.find((s: { student: string }) => s.student === 'cat');
    expect(cat.score).toBe(0);
    expect(cat.findings.find((x: { code: string }) => x.code === 'submission.late').message).toContain('more than the 3 late days allowed');
    expect(cat.problems.length).toBeGreaterThan(0);
  });
});

describe('collect\'s pieces', () => {
  it.each([
    ['alice', 'alice'],
    ['..', /^_\.-[0-9a-f]{10}$/],
    ['.hidden', /^_hidden-[0-9a-f]{10}$/],
    ['a/b', /^a_b-[0-9a-f]{10}$/],
    ['x'.repeat(300), /^x{80}-[0-9a-f]{10}$/],
  ])('the folder of %s', (id, want) => {
    const name = folderNames([id]).get(id)!;
    if (typeof want === 'string') expect(name).toBe(want);
    else expect(name).toMatch(want);
  });
  it('two ids never share a folder (case aside)', () => {
    const m = folderNames(['Ann', 'ann']);
    expect(new Set(m.values()).size).toBe(2);
  });
  it('URLs: a template filled (escaped) from the row, owner/name as GitHub, credentials never recorded', () => {
    expect(repoUrl({ student: 's', github: 'a b' }, 'https://h/{github}.git')).toBe('https://h/a%20b.git');
    expect(repoUrl({ student: 's' }, 'https://h/{github}.git')).toBeUndefined();
    expect(repoUrl({ student: 's', repo: 'org/hw1-s' }, undefined)).toBe('https://github.com/org/hw1-s.git');
    expect(withoutCredentials('https://user:tok@github.com/o/r.git')).toBe('https://github.com/o/r.git');
  });
  it('a symbolic link in a student\'s repository is checked out as a plain file holding its target', () => {
    const work = join(root, 'work', 'lnk');
    mkdirSync(work, { recursive: true });
    git(work, ['init', '-q', '-b', 'main']);
    spawnSync('ln', ['-s', '/etc/passwd', join(work, 'answers.yaml')]);
    git(work, ['add', 'answers.yaml']);
    git(work, ['commit', '-q', '-m', 'link'], '2026-03-01T10:00:00Z');
    const r = join(root, 'r3.csv');
    writeFileSync(r, `student,repo\nlnk,file://${work}\n`);
    const res = gc(['collect', '--roster', r, '--out', join(root, 'c3')]);
    expect(res.status, res.stderr).toBe(0);
    const f = join(root, 'c3', 'lnk', 'answers.yaml');
    expect(lstatSync(f).isSymbolicLink()).toBe(false);
    expect(readFileSync(f, 'utf8')).toBe('/etc/passwd');
  });
  it('a student with nothing this time keeps no folder from an earlier run', () => {
    const again = join(root, 'c4');
    mkdirSync(join(again, 'zed'), { recursive: true });
    writeFileSync(join(again, 'zed', 'answers.yaml'), 'student: zed\nanswers: {}\n');
    const r = join(root, 'r4.csv');
    writeFileSync(r, 'student,github\nzed,zed\n');
    expect(gc(['collect', '--roster', r, '--out', again, '--repo-url', `file://${root}/srv/{github}.git`]).status).toBe(0);
    expect(existsSync(join(again, 'zed'))).toBe(false);
  });
  it('a repository that cannot be fetched is missing with git\'s reason, the rest collected', () => {
    const r = join(root, 'r2.csv');
    writeFileSync(r, 'student,github\nann,ann\nzed,zed\n');
    const res = gc(['collect', '--roster', r, '--out', join(root, 'c2'), '--repo-url', `file://${root}/srv/{github}.git`]);
    expect(res.status, res.stderr).toBe(0);
    const m = JSON.parse(readFileSync(join(root, 'c2', 'gradecheck-collect.json'), 'utf8'));
    expect(m.submissions.map((e: { student: string }) => e.student)).toEqual(['ann']);
    expect(m.missing[0]).toMatchObject({ student: 'zed', reason: expect.stringContaining('cannot fetch') });
    expect(m.submissions[0].sha).toBe(shas.ann[1]); // no deadline: the newest commit
  });
});
