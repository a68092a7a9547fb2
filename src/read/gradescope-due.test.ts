// Gradescope per-student extensions (issue 23): submission_metadata.json writes each user's own
// dates (`users[].assignment.due_date`, `late_due_date`), with any extension the instructor gave
// them. The late policy counts days from the graded student's own due date; the class's
// `assignment.due_date` is everyone else's.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gradescopeMember, gradescopeSubmission, parseGradescopeMetadata } from './identity.js';

const CLASS_DUE = '2026-03-01T23:59:00Z';
const UPLOAD = '2026-03-03T12:00:00Z'; // 2 started days after the class's due date
const user = (email: string, sid: string, own?: { due_date?: unknown; late_due_date?: unknown }) => ({ email, sid, name: email, ...(own ? { assignment: { title: 'A1', ...own } } : {}) });
const metadata = (users: object[]) => JSON.stringify({ id: 9, created_at: UPLOAD, assignment: { due_date: CLASS_DUE, late_due_date: '2026-03-05T23:59:00Z' }, users });

describe("the graded student's own due date", () => {
  it.each([
    // users, the file's claim, deadline used, days late
    ['no extension: the class\'s due date', [user('ann@u.x', '1')], 'ann', CLASS_DUE, 2],
    ['an extension to 3 March 23:59: on time', [user('ann@u.x', '1', { due_date: '2026-03-03T23:59:00Z', late_due_date: '2026-03-06T23:59:00Z' })], 'ann', '2026-03-03T23:59:00Z', 0],
    ['an extension of one day: 1 day late', [user('ann@u.x', '1', { due_date: '2026-03-02T23:59:00Z' })], 'ann', '2026-03-02T23:59:00Z', 1],
    ['offsets as Gradescope writes them', [user('ann@u.x', '1', { due_date: '2026-03-03T05:00:00.000000-07:00' })], 'ann', '2026-03-03T05:00:00.000000-07:00', 0],
    ['a user entry with the class\'s own dates', [user('ann@u.x', '1', { due_date: CLASS_DUE })], 'ann', CLASS_DUE, 2],
    ['an unreadable own date is no date: the class\'s', [user('ann@u.x', '1', { due_date: 'soon' })], 'ann', CLASS_DUE, 2],
    ['null (no extension): the class\'s', [user('ann@u.x', '1', { due_date: null })], 'ann', CLASS_DUE, 2],
    // A group: the member graded (the one the file names) is judged by their own date.
    ['a group, the extended member graded', [user('bob@u.x', '2'), user('ann@u.x', '1', { due_date: '2026-03-04T23:59:00Z' })], 'ann', '2026-03-04T23:59:00Z', 0],
    ['a group, the other member graded', [user('bob@u.x', '2'), user('ann@u.x', '1', { due_date: '2026-03-04T23:59:00Z' })], 'bob', CLASS_DUE, 2],
  ])('%s', (_label, users, claim, deadline, daysLate) => {
    const meta = parseGradescopeMetadata(metadata(users));
    const { user: u } = gradescopeMember(meta, undefined, claim);
    expect(gradescopeSubmission(meta, u)).toEqual({ submittedAt: UPLOAD, deadline, late: daysLate > 0, daysLate });
  });
  it('reads the user\'s late due date too', () => {
    const meta = parseGradescopeMetadata(metadata([user('ann@u.x', '1', { due_date: '2026-03-03T23:59:00Z', late_due_date: '2026-03-06T23:59:00Z' })]));
    expect(meta.users[0]).toMatchObject({ dueDate: '2026-03-03T23:59:00Z', lateDueDate: '2026-03-06T23:59:00Z' });
  });
});

describe('grade --gradescope-metadata: the late policy from the student\'s own due date', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-gs-due-'));
  const problems = join(dir, 'a1');
  cpSync('test/fixtures/course/problems/a1', problems, { recursive: true });
  writeFileSync(join(problems, 'assignment.yaml'), 'id: a1\nproblems:\n  - { id: quad, points: 10 }\n  - count\nlate: { per-day: 0.1, max-days: 3 }\n');
  const gc = (args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, GRADECHECK_CACHE_DIR: join(dir, 'cache'), NO_COLOR: '1' } });
  const key = gc(['solve', problems]);
  const answers = join(dir, 'answers.yaml');
  writeFileSync(answers, key.stdout.replace(/^student: .*$/m, 'student: ann'));

  it.each([
    // the metadata's users, score of 12 (the key's), the deadline the late finding names (none: on time)
    ['no extension: 2 days late, 20 % off', [user('ann@u.x', '1')], 9.6, CLASS_DUE],
    ['her extension covers the upload: full marks, not late', [user('ann@u.x', '1', { due_date: '2026-03-04T23:59:00Z' })], 12, null],
    ['an extension of one day: 10 % off', [user('ann@u.x', '1', { due_date: '2026-03-02T23:59:00Z' })], 10.8, '2026-03-02T23:59:00Z'],
  ])('%s', (_label, users, score, deadline) => {
    expect(key.status, key.stderr).toBe(0);
    const meta = join(dir, `meta-${score}.json`);
    writeFileSync(meta, metadata(users));
    const r = gc(['grade', '--problems', problems, '--gradescope-metadata', meta, '--format', 'json', answers]);
    expect(r.status, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout).submissions[0];
    expect([s.student, s.score, s.maxScore]).toEqual(['ann', score, 12]);
    const f = s.findings.find((x: { code: string }) => x.code === 'submission.late');
    if (deadline === null) expect(f).toBeUndefined();
    else expect(f.message).toContain(`after the deadline ${deadline}`);
  });
});
