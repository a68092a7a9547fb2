// Issue 23's security review, one regression test per finding (each fails without its fix):
// what a submission may link to, what notebooks and Markdown reports are read, what hints show,
// report files read back, release folder names, the reference cache, picture names.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractReport } from '../src/answers/reports.js';
import { encodeId, folderNames } from '../src/commands/folder-name.js';
import { attachmentFile } from '../src/reporters/markdown.js';
import { coarsePicture } from '../src/grading/picture-hints.js';
import { problemAt } from '../src/grading/feedback.js';
import { loadProblems } from '../src/grading/problems.js';
import { computeReference } from '../src/grading/references.js';
import { gdFinding } from '../src/kinds/gd-step-size/findings.js';
import { hintOf } from '../src/grading/feedback.js';

const KEY = readFileSync('solutions/answer-keys/usi-a2.yaml', 'utf8');
const cache = mkdtempSync(join(tmpdir(), 'gc-cache-'));
const gc = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 26, timeout: 120_000, env: { ...process.env, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1', GRADECHECK_SECRET: '', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = (p: string) => mkdtempSync(join(tmpdir(), `gc-sec-${p}-`));

describe('symbolic links in a submission', () => {
  const root = tmp('links');
  const outside = join(root, 'instructor');
  const subs = join(root, 'submission');
  mkdirSync(outside);
  mkdirSync(join(subs, 'inner'), { recursive: true });
  writeFileSync(join(outside, 'key.yaml'), KEY);
  writeFileSync(join(outside, 'secret'), 'TOPSECRET-3f9a\n');
  writeFileSync(join(subs, 'inner', 'mine.yaml'), KEY.replace(/^student: .*$/m, 'student: inside'));
  symlinkSync(join(outside, 'key.yaml'), join(subs, 'key.yaml')); // to the instructor's key
  symlinkSync('../instructor/secret', join(subs, 'nb.ipynb')); // a notebook that is the secret
  symlinkSync(join(outside), join(subs, 'dir')); // a folder out of the submission
  symlinkSync('inner/mine.yaml', join(subs, 'ok.yaml')); // inside: allowed
  it.each([
    ['key.yaml', 'a link to the instructor\'s key'],
    ['nb.ipynb', 'a notebook linked to the secret'],
  ])('%s (%s) is refused, and nothing it points at is printed', (name) => {
    const r = gc(['grade', '--problems', 'problems/usi-a2', join(subs, name), '--format', 'json']);
    const s = JSON.parse(r.out).submissions[0];
    expect([s.status, s.score]).toEqual(['invalid', 0]);
    expect(s.findings[0].message).toMatch(/symbolic link to a file outside its folder/);
    expect(r.out + r.err).not.toContain('TOPSECRET');
  });
  it('a folder: links out are not followed (no file of theirs is graded), a link inside is', () => {
    const r = JSON.parse(gc(['grade', '--problems', 'problems/usi-a2', subs, '--format', 'json']).out);
    const by = Object.fromEntries(r.submissions.map((s: any) => [s.file.slice(subs.length + 1), [s.status, s.score]]));
    // ok.yaml links to inner/mine.yaml inside the folder: both are read, and (one student, one
    // assignment) graded as one submission whose files are both named; the link out is refused.
    expect(by).toEqual({ 'key.yaml': ['invalid', 0], 'ok.yaml': ['graded', 50] });
    const combined = r.submissions.find((s: any) => s.file.endsWith('ok.yaml')).combined;
    expect(combined.files.map((f: any) => f.file.slice(subs.length + 1)).sort()).toEqual(['inner/mine.yaml', 'ok.yaml']);
  });
  it('a notebook that is not JSON: its reason says where, never quotes the text', () => {
    const d = tmp('nbjson');
    writeFileSync(join(d, 'a.ipynb'), 'TOPSECRET-3f9a is here');
    const r = gc(['grade', '--problems', 'problems/usi-a2', join(d, 'a.ipynb'), '--format', 'json']);
    expect(JSON.parse(r.out).submissions[0].findings[0].message).toMatch(/notebook is not valid JSON/);
    expect(r.out + r.err).not.toContain('TOPSECRET');
  });
});

describe('reports: what is read', () => {
  const block = '```yaml gradecheck\nstudent: real\nanswers: {}\n```';
  it.each([
    ['a block', `${block}\n`, ['student: real', 'answers: {}']],
    ['inside an HTML comment', `<!--\n${block.replace('real', 'commented')}\n-->\n${block}\n`, ['student: real', 'answers: {}']],
    ['a comment on one line', `<!-- note -->\n${block}\n`, ['student: real', 'answers: {}']],
    ['inside a four-backtick example', `\`\`\`\`markdown\n${block.replace('real', 'example')}\n\`\`\`\`\n${block}\n`, ['student: real', 'answers: {}']],
    ['inside a ~~~ example', `~~~\n${block.replace('real', 'example')}\n~~~\n${block}\n`, ['student: real', 'answers: {}']],
    ['only in an example: none', `\`\`\`\`\n${block}\n\`\`\`\`\n`, null],
  ])('Markdown: %s', (_, text, lines) => {
    const r = extractReport('r.md', text);
    if (lines === null) expect('reason' in r).toBe(true);
    else expect('yaml' in r && r.yaml.split('\n')).toEqual(lines);
  });
  it.each([
    ['a null cell', [null]],
    ['a number and a string cell', [5, 'x']],
    ['a cell with null metadata', [{ cell_type: 'raw', metadata: null, source: 'x' }]],
  ])('a notebook with %s is read, not an internal error', (_, bad) => {
    const nb = { cells: [...bad, { cell_type: 'raw', metadata: { tags: ['gradecheck'] }, source: 'student: n\nanswers: {}' }] };
    const r = extractReport('n.ipynb', JSON.stringify(nb));
    expect('yaml' in r && r.yaml).toBe('student: n\nanswers: {}');
  });
  it('a notebook over 1 MB of plots is graded; over 1 MB of cell sources is refused with the reason', () => {
    const d = tmp('bignb');
    const answers = { cell_type: 'raw', metadata: { tags: ['gradecheck'] }, source: KEY };
    const plots = { cell_type: 'code', source: ['plot()'], outputs: [{ data: { 'image/png': 'A'.repeat(3_000_000) } }] };
    writeFileSync(join(d, 'plots.ipynb'), JSON.stringify({ cells: [plots, answers] }));
    writeFileSync(join(d, 'text.ipynb'), JSON.stringify({ cells: [{ cell_type: 'markdown', source: 'x'.repeat(1_100_000) }, answers] }));
    const r = JSON.parse(gc(['grade', '--problems', 'problems/usi-a2', join(d, 'plots.ipynb'), join(d, 'text.ipynb'), '--format', 'json']).out);
    expect(r.submissions.map((s: any) => [s.status, s.score])).toEqual([['graded', 50], ['invalid', 0]]);
    expect(r.submissions[1].findings[0].message).toMatch(/characters of source, over the limit .*outputs such as plots do not count/);
  });
});

describe('--feedback hints gives no key away', () => {
  it('pictures: every coordinate a whole pixel (the curve was there to 15 digits)', () => {
    const svg = '<svg><polyline points="66,158.12345678 80.5,120.987654321" stroke-width="2"/><circle cx="80.25" cy="101.4999" r="4" fill-opacity="0.15"/></svg>';
    expect(coarsePicture(svg)).toBe('<svg><polyline points="66,158 81,121" stroke-width="2"/><circle cx="80" cy="101" r="4" fill-opacity="0.15"/></svg>');
  });
  it('no variant params below full; pictures coarse under hints', () => {
    const r = { id: 'p', score: 0, maxScore: 1, variant: { lam: '12' }, parts: [{ id: 'a', status: 'incorrect' as const, score: 0, maxScore: 1, findings: [], attachments: [{ name: 'x.svg', content: '<svg><circle cy="1.234"/></svg>' }] }] };
    expect(problemAt(r, 'full').variant).toEqual({ lam: '12' });
    expect(problemAt(r, 'hints').variant).toBeUndefined();
    expect(problemAt(r, 'score').variant).toBeUndefined();
    expect(problemAt(r, 'hints').parts[0].attachments![0].content).toBe('<svg><circle cy="1"/></svg>');
  });
  it('gd.diverges: neither η nor the distances (each gives λmax) under hints', () => {
    const f = hintOf(gdFinding('gd.diverges', { eta: '3/16', distances: '2, 4, 8, 16' }, {}));
    expect(f.message).not.toMatch(/3\/16|16|η =/);
  });
  it('end to end: a templated problem\'s JSON at hints names no variant', () => {
    const d = tmp('hintsjson');
    const roster = join(d, 'roster.csv');
    writeFileSync(roster, 'student\nalice\n');
    expect(gc(['release', 'test/fixtures/variants/course', '--students', roster, '--out', join(d, 'rel')], { GRADECHECK_SECRET: 'golden' }).code).toBe(0);
    const key = join(d, 'rel', 'instructors', 'alice', 'key.yaml');
    const at = (level: string) => JSON.parse(gc(['grade', '--problems', 'test/fixtures/variants/course', key, '--format', 'json', '--feedback', level], { GRADECHECK_SECRET: 'golden' }).out).submissions[0].problems;
    expect(at('full').every((p: any) => p.variant)).toBe(true);
    expect(at('hints').some((p: any) => p.variant)).toBe(false);
    expect(at('score').some((p: any) => p.variant)).toBe(false);
  });
});

describe('release: every id grade accepts, checked before anything is written', () => {
  it.each([
    ['.', '%2E'],
    ['..', '%2E.'],
    ['mary ann', 'mary%20ann'],
    ['josé', 'jos%C3%A9'],
    ['a/b', 'a%2Fb'],
    ['50%', '50%25'],
    ['alice', 'alice'],
    ['a.b', 'a.b'],
  ])('%j → %s', (id, folder) => expect(encodeId(id)).toBe(folder));
  it('one to one; case twins and long ids end with a hash; no name over 120 bytes', () => {
    const ids = ['Ann', 'ann', 'x'.repeat(300), 'x'.repeat(299), 'é'.repeat(200), 'a b', 'a%20b'];
    const names = folderNames(ids);
    expect(new Set([...names.values()].map((n) => n.toLowerCase())).size).toBe(ids.length);
    expect([...names.values()].every((n) => Buffer.byteLength(n) <= 120 && n !== '.' && n !== '..' && !n.includes('/'))).toBe(true);
  });
  it('. and .. write folders inside students/ (never the release itself); mary ann, josé and a 300-character id are released; folders.csv says whose is whose', () => {
    const d = tmp('release');
    const roster = join(d, 'roster.csv');
    writeFileSync(roster, `student\n.\n..\nmary ann\njosé\n${'y'.repeat(300)}\n`);
    const r = gc(['release', 'test/fixtures/variants/course', '--students', roster, '--out', join(d, 'out')], { GRADECHECK_SECRET: 'golden' });
    expect(r.code).toBe(0);
    expect(readdirSync(join(d, 'out', 'students')).sort()).toEqual(['%2E', '%2E.', 'jos%C3%A9', 'mary%20ann', `${'y'.repeat(100)}~${folderNames(['y'.repeat(300)]).get('y'.repeat(300))!.split('~')[1]}`].sort());
    expect(readdirSync(join(d, 'out', 'instructors'))).toHaveLength(5);
    expect(readFileSync(join(d, 'out', 'students', '%2E.', 'answers.yaml'), 'utf8')).toMatch(/^student: "?\.\."?$/m);
    expect(readFileSync(join(d, 'out', 'folders.csv'), 'utf8')).toContain('"mary ann","mary%20ann"');
  });
  it('every id comes back: each released key, graded, is its student\'s and scores full marks', () => {
    const ids = ['a: b', '#x', "'quote", 'line\nbreak', '- x', 'null', '00123', 'true', '~', 'mary ann', 'josé', '..', 'z'.repeat(300)];
    const d = tmp('release-ids');
    const roster = join(d, 'roster.csv');
    writeFileSync(roster, `student\n${ids.map((i) => `"${i.replace(/"/g, `""`)}"`).join('\n')}\n`);
    expect(gc(['release', 'test/fixtures/variants/course', '--students', roster, '--out', join(d, 'out')], { GRADECHECK_SECRET: 'golden' }).code).toBe(0);
    const r = JSON.parse(gc(['grade', '--problems', 'test/fixtures/variants/course', join(d, 'out', 'instructors'), '--format', 'json'], { GRADECHECK_SECRET: 'golden' }).out);
    expect(r.submissions.map((s: any) => [s.student, s.score]).sort()).toEqual(ids.map((i) => [i, 15]).sort());
  });
  it('a student without a variant stops the release before any folder is written', () => {
    const d = tmp('release-stop');
    const roster = join(d, 'roster.csv');
    writeFileSync(roster, 'student\nalice\nbob\n');
    const problems = join(d, 'p');
    mkdirSync(problems);
    for (const f of ['assignment.yaml', 'gd.yaml', 'mlp.yaml', 'count.yaml', 'count2.yaml']) writeFileSync(join(problems, f), readFileSync(join('test/fixtures/variants/course', f), 'utf8'));
    // bob's pinned values break the gd template's require: no variant for him.
    writeFileSync(join(problems, 'variants.yaml'), 'bob: { gd-var: { a: 2, b: 0, c: 2 } }\n');
    const r = gc(['release', problems, '--students', roster, '--out', join(d, 'out')], { GRADECHECK_SECRET: 'golden' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bob/);
    expect(() => statSync(join(d, 'out'))).toThrow();
  });
  it('its option is --students, and its errors say so', () => {
    const r = gc(['release', 'test/fixtures/variants/course', '--students', '/nonexistent/roster.csv', '--out', tmp('rel-opt')], { GRADECHECK_SECRET: 'golden' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--students \/nonexistent\/roster\.csv/);
    expect(r.err).not.toMatch(/--roster/);
  });
});

describe('the reference cache', () => {
  const set = loadProblems(['problems/usi-a2/usi-a2-gd.yaml']);
  const lp = [...set.problems.values()][0];
  it('entries are 0600 in a 0700 folder', async () => {
    const dir = join(tmp('cache'), 'c');
    await computeReference(lp, { cacheDir: dir, crossCheck: false });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).mode & 0o777).toBe(0o600);
  });
  it('a folder an older release made 0755 is made 0700', async () => {
    const dir = join(tmp('cache-old'), 'c');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    await computeReference(lp, { cacheDir: dir, crossCheck: false });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
  it.each([
    ['the reference edited', (t: string) => t.replace(/12/g, '13')],
    ['the payload and its digest edited together with another problem\'s name', (t: string) => JSON.stringify({ ...JSON.parse(t), problem: 'x' })],
    ['an entry of the old format', (t: string) => JSON.parse(t).payload],
  ])('%s: not used, computed again', async (_, edit) => {
    const dir = join(tmp('cache-edit'), 'c');
    const first = await computeReference(lp, { cacheDir: dir, crossCheck: false });
    const file = join(dir, readdirSync(dir)[0]);
    writeFileSync(file, edit(readFileSync(file, 'utf8')), { mode: 0o600 });
    const again = await computeReference(lp, { cacheDir: dir, crossCheck: false });
    expect(again.source).toBe('computed');
    expect(lp.verifier.encodeRef(again.ref)).toEqual(lp.verifier.encodeRef(first.ref));
    expect((await computeReference(lp, { cacheDir: dir, crossCheck: false })).source).toBe('cache');
  });
  it('an entry others may write is not trusted', async () => {
    const dir = join(tmp('cache-mode'), 'c');
    await computeReference(lp, { cacheDir: dir, crossCheck: false });
    const file = join(dir, readdirSync(dir)[0]);
    chmodSync(file, 0o666);
    expect((await computeReference(lp, { cacheDir: dir, crossCheck: false })).source).toBe('computed');
  });
  it('end to end: an edited entry does not turn a wrong answer right', () => {
    const dir = join(tmp('cache-e2e'), 'c');
    const d = tmp('cache-sub');
    writeFileSync(join(d, 's.yaml'), KEY.replace('eigenvalues: [2, 12]', 'eigenvalues: [1, 6]'));
    const grade = () => JSON.parse(gc(['grade', '--problems', 'problems/usi-a2', join(d, 's.yaml'), '--format', 'json'], { GRADECHECK_CACHE_DIR: dir }).out).submissions[0].score;
    const before = grade();
    expect(before).toBeLessThan(50);
    for (const f of readdirSync(dir).filter((f) => f.startsWith('gd-step-size'))) {
      const t = readFileSync(join(dir, f), 'utf8');
      // The Hessian's eigenvalues 2 and 12 become the student's 1 and 6 (quoted plainly or inside the payload string).
      writeFileSync(join(dir, f), t.replace(/(\\?")12(\\?")/g, '$16$2').replace(/(\\?")2(\\?")/g, '$11$2'), { mode: 0o600 });
    }
    expect(grade()).toBe(before);
  });
});

describe('picture names', () => {
  it.each([
    [['t/a/b.yaml', 't/a_b.yaml'], 'p-loss.svg'],
    [['t/a b.yaml', 't/a_b.yaml'], 'p-loss.svg'],
    [['x/é.yaml', 'x/_.yaml'], 'p.svg'],
  ])('%j never share a file', (files, name) => {
    const names = files.map((f) => attachmentFile(f, name));
    expect(new Set(names).size).toBe(files.length);
    for (const n of names) expect(n).toMatch(/^[\w.~-]+$/);
  });
  it('a plain name stays as it was', () => expect(attachmentFile('alice.yaml', 'p-loss.svg')).toBe('alice-p-loss.svg'));
});

describe('gradescope-package', () => {
  it('packs variants.yaml with a templated assignment', async () => {
    const d = tmp('gs');
    const secret = join(d, 'secret');
    writeFileSync(secret, 'golden');
    const zip = join(d, 'a.zip');
    const r = gc(['gradescope-package', 'test/fixtures/variants/course', '--out', zip, '--secret-file', secret]);
    expect(r.code).toBe(0);
    const { default: yauzl } = await import('yauzl');
    const names = await new Promise<string[]>((done, fail) =>
      yauzl.open(zip, { lazyEntries: true }, (err, z) => {
        if (err) return fail(err);
        const out: string[] = [];
        z.on('entry', (e: { fileName: string }) => (out.push(e.fileName), z.readEntry()));
        z.on('end', () => done(out));
        z.readEntry();
      }),
    );
    expect(names).toContain('problems/variants.yaml');
  });
});
