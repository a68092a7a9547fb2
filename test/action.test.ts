// The GitHub Action with `identity: repository`, end to end (issue 23): the Action's entry
// (dist/action/main.js, the JavaScript the committed bundle is made from) run as a runner runs
// it: inputs as INPUT_*, GITHUB_REPOSITORY and GITHUB_ACTOR set, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files. A file in carol's repository that names alice is graded as carol
// (her variant, her row), flagged, and the outputs and the summary are hers.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const COURSE = resolve('test/fixtures/variants/course');
const ENTRY = resolve('dist/action/main.js');
const root = mkdtempSync(join(tmpdir(), 'gc-action-identity-'));
const roster = join(root, 'roster.csv');
writeFileSync(roster, 'student,name,email,sid,github,repo\nalice,Alice A,alice@uni.example,1001,alice-gh,course/hw1-alice-gh\ncarol,Carol C,carol@uni.example,1003,carolc,course/hw1-carolc\n');

/** Only what GitHub sets for the step (the machine's own GITHUB_* and INPUT_* left out). */
function baseEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_)/.test(k)));
  return { ...env, GRADECHECK_CACHE_DIR: join(root, 'cache'), NO_COLOR: '1' };
}

/** A student's own right answers (their variant's key), under whatever `student:` the file claims. */
function keyOf(student: string, claim: string): string {
  const r = spawnSync(process.execPath, ['dist/cli.js', 'solve', COURSE, '--student', student], { encoding: 'utf8', env: { ...baseEnv(), GRADECHECK_SECRET: 'golden' } });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.replace(/^student: .*$/m, `student: ${claim}`);
}

/** The Action's entry, in a workspace holding the submission, as the runner starts it. */
function action(inputs: Record<string, string>, github: { repository: string; actor: string }, answers: string) {
  const ws = mkdtempSync(join(root, 'ws-'));
  mkdirSync(join(ws, 'answers'));
  writeFileSync(join(ws, 'answers', 'hw1.yaml'), answers);
  const files = { GITHUB_OUTPUT: join(ws, 'output'), GITHUB_STEP_SUMMARY: join(ws, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env = { ...baseEnv(), ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])), ...files, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws, GITHUB_REPOSITORY: github.repository, GITHUB_ACTOR: github.actor };
  const r = spawnSync(process.execPath, [ENTRY], { cwd: ws, encoding: 'utf8', env });
  return { ...r, ws, outputs: readFileSync(files.GITHUB_OUTPUT, 'utf8'), summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8') };
}

const output = (outputs: string, name: string) => new RegExp(`^${name}<<(.*)\\n([^\\n]*)\\n\\1$`, 'm').exec(outputs)?.[2];

describe('the Action with identity: repository (dist/action/main.js, as a runner runs it)', () => {
  const inputs = (more: Record<string, string> = {}) => ({ problems: COURSE, submissions: 'answers', identity: 'repository', roster, secret: 'golden', ...more });
  const carols = { repository: 'course/hw1-carolc', actor: 'carolc' };

  it.each([
    // what the file in carol's repository holds, the student graded, full marks?, flagged?
    ["alice's key, claiming alice", keyOf('alice', 'alice'), 'carol', false, true],
    ["carol's own key, claiming alice", keyOf('carol', 'alice'), 'carol', true, true],
    ["carol's own key, claiming carol", keyOf('carol', 'carol'), 'carol', true, false],
    ["carol's own key under her email", keyOf('carol', 'carol@uni.example'), 'carol', true, false],
  ])('%s: graded as carol', (_label, answers, student, full, flagged) => {
    const r = action(inputs({ format: 'json', output: 'report.json' }), carols, answers);
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const s = JSON.parse(readFileSync(join(r.ws, 'report.json'), 'utf8')).submissions[0];
    expect(s.student).toBe(student);
    expect(s.score === s.maxScore).toBe(full);
    const codes = s.findings.map((f: { code: string }) => f.code);
    expect(codes.includes('submission.identity-mismatch')).toBe(flagged);
    if (flagged) expect(s.findings.find((f: { code: string }) => f.code === 'submission.identity-mismatch').message).toContain('course/hw1-carolc');
  });

  it('format github: the summary and the outputs are carol\'s, the claim an annotation', () => {
    const r = action(inputs(), carols, keyOf('carol', 'alice'));
    expect(r.status, r.stderr + r.stdout).toBe(0);
    expect(output(r.outputs, 'score')).toBe(output(r.outputs, 'max-score'));
    expect(Number(output(r.outputs, 'score'))).toBeGreaterThan(0);
    expect(r.summary).toMatch(/<h3>carol: [\d.]+\/[\d.]+ \(100\.0%\)<\/h3>/);
    expect(r.summary).not.toMatch(/<h3>alice/);
    expect(r.stdout).toMatch(/^::warning title=submission\.identity-mismatch,file=answers\/hw1\.yaml,line=1,col=1::.*"alice"/m);
  });

  it('no roster: the actor is the student (their variant)', () => {
    const r = action({ problems: COURSE, submissions: 'answers', identity: 'repository', secret: 'golden', format: 'json', output: 'report.json' }, { repository: 'course/hw1-carolc', actor: 'carol' }, keyOf('carol', 'alice'));
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const s = JSON.parse(readFileSync(join(r.ws, 'report.json'), 'utf8')).submissions[0];
    expect([s.student, s.score]).toEqual(['carol', s.maxScore]);
  });

  it('identity: file (the default) grades whoever the file names', () => {
    const r = action({ ...inputs({ format: 'json', output: 'report.json' }), identity: 'file' }, carols, keyOf('alice', 'alice'));
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const s = JSON.parse(readFileSync(join(r.ws, 'report.json'), 'utf8')).submissions[0];
    expect([s.student, s.score]).toEqual(['alice', s.maxScore]);
  });

  it('a repository the roster does not know: a failed step that says so, nothing graded as the file\'s student', () => {
    const r = action(inputs(), { repository: 'course/hw1-mallory', actor: 'mallory' }, keyOf('alice', 'alice'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('no roster row has this repo');
    expect(r.stdout).toMatch(/::error::gradecheck: nothing was graded/);
    expect(r.summary).not.toContain('alice');
  });
});
