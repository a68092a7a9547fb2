// `gradecheck check` (issue 23): what a student's own CI runs. It reads the answers against the
// check file (made where the problems are, with no secret), names a wrong shape, an unreadable
// value, an unknown part and a missing part, and prints no expected value and no score: the
// output is searched for every value of the reference answers.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const dir = mkdtempSync(join(tmpdir(), 'gc-check-'));
const cache = mkdtempSync(join(tmpdir(), 'gc-cache-'));
/** No secret anywhere in the environment: check must not need one. */
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'GRADECHECK_SECRET'));
const gc = (args: string[], extra: Record<string, string> = {}) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...env, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1', ...extra } });

/** Every leaf of a key (numbers and texts), as text. */
function leaves(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(leaves);
  if (v && typeof v === 'object') return Object.values(v).flatMap(leaves);
  return v === null || v === undefined ? [] : [String(v)];
}

describe('check against a problem set without params (usi-a2)', () => {
  const spec = join(dir, 'check.json');
  const made = gc(['check', '--write-spec', spec, '--problems', 'problems/usi-a2']);
  const keyText = gc(['solve', 'problems/usi-a2', '--student', 'ann']).stdout;
  const key = parse(keyText).answers as Record<string, Record<string, unknown>>;
  // Values that could not appear by chance: with a digit (not a layer type's name), and not a
  // small integer (shape sizes and line numbers are).
  const secretish = [...new Set(leaves(key))].filter((v) => /\d/.test(v) && (v.length >= 3 || /[./]/.test(v)));

  it('the check file is made without a secret and holds no value of the key', () => {
    expect(made.status, made.stderr).toBe(0);
    const text = readFileSync(spec, 'utf8');
    expect(secretish.length).toBeGreaterThan(5);
    for (const v of secretish) expect(text, v).not.toContain(v);
  });

  it('the key itself: every part ready, exit 0', () => {
    const f = join(dir, 'key.yaml');
    writeFileSync(f, keyText);
    const r = gc(['check', '--spec', spec, f]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('11 of 11 part(s) read in the expected shape');
  });

  // The key with one mistake of each sort; the rest right (so their values are in the file, never in the output).
  const broken = keyText
    .replace(/^(\s+)db1: .*$/m, '$1db1: [1, 2, 3]') // wrong shape (2 asked)
    .replace(/^(\s+)db2: .*$/m, '$1db2: "1/0 + x"') // unreadable
    .replace(/^(\s+)loss: .*$/m, '$1loss:\n$1lost: 3') // missing (empty) and an unknown part
    .replace(/^student: .*$/m, 'student: ann');
  const f = join(dir, 'broken.yaml');
  writeFileSync(f, broken);
  const r = gc(['check', '--spec', spec, f]);
  const codeAt = (code: string) => r.stdout.split('\n').filter((l) => l.endsWith(` ${code}`));

  it.each([
    ['answer.wrong-shape', 'usi-a2-p1.db1 has shape a list of 3; expected a list of 2'],
    ['answer.invalid', 'usi-a2-p1.db2'],
    ['answer.missing', 'usi-a2-p1.loss is not answered'],
    ['answer.unknown-part', '"usi-a2-p1.lost" is not a part of this problem'],
  ])('names %s', (code, text) => {
    expect(codeAt(code).length, r.stdout).toBe(1);
    expect(codeAt(code)[0]).toContain(text);
    expect(codeAt(code)[0]).toMatch(/^.*broken\.yaml:\d+:\d+ /);
  });
  it('exits 1, and prints no expected value and no score', () => {
    expect(r.status).toBe(1);
    for (const v of secretish) expect(r.stdout + r.stderr, v).not.toContain(v);
    expect(r.stdout).not.toMatch(/scores?|points|%/i);
  });
});

describe('a check file that is not one', () => {
  it.each(['{}', '{"gradecheck":"check","assignment":null,"problems":[{"id":"p","parts":[{"id":"a","shape":{"t":"list","n":"x"}}]}]}', 'nope'])('%s is a usage error, exit 2', (text) => {
    const spec = join(dir, 'bad-spec.json');
    writeFileSync(spec, text);
    const f = join(dir, 'any.yaml');
    writeFileSync(f, 'student: ann\nanswers: {}\n');
    const r = gc(['check', '--spec', spec, f]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^gradecheck: --spec .*bad-spec\.json: /);
  });
});

describe('check reads Markdown reports, at the report\'s own lines', () => {
  it('a problem left out is named at the answers line of the .md', () => {
    const spec = join(dir, 'md.json');
    expect(gc(['check', '--write-spec', spec, '--problems', 'problems/usi-a2']).status).toBe(0);
    const key = gc(['solve', 'problems/usi-a2', '--student', 'ann']).stdout;
    const noConv = key.slice(0, key.indexOf('  usi-a2-conv:'));
    const f = join(dir, 'report.md');
    writeFileSync(f, `# My homework\n\nSome text.\n\n\`\`\`yaml gradecheck\n${noConv.trimEnd()}\n\`\`\`\n`);
    const r = gc(['check', '--spec', spec, f]);
    expect(r.status).toBe(1);
    const answersLine = 5 + noConv.split('\n').findIndex((l) => l.startsWith('answers:')) + 1;
    expect(r.stdout).toContain(`report.md:${answersLine}:1 error usi-a2-conv is not answered (its parts layers, total) answer.missing`);
  });
});

describe('check against templated problems (drawn per student) with no secret', () => {
  const spec = join(dir, 'var.json');
  it('the check file is made from sample draws, without the course secret', () => {
    const made = gc(['check', '--write-spec', spec, '--problems', 'test/fixtures/variants/course']);
    expect(made.status, made.stderr).toBe(0);
  });
  it('a student\'s right answers (their own variant) are all ready; nothing of their key is printed', () => {
    const keyText = gc(['solve', 'test/fixtures/variants/course', '--student', 'alice'], { GRADECHECK_SECRET: 'golden' }).stdout;
    const f = join(dir, 'alice.yaml');
    writeFileSync(f, keyText.replace(/^student: .*$/m, 'student: alice'));
    const r = gc(['check', '--spec', spec, f]);
    expect(r.status, r.stdout).toBe(0);
    for (const v of [...new Set(leaves(parse(keyText).answers))].filter((v) => /\d/.test(v) && v.length >= 3)) expect(r.stdout, v).not.toContain(v);
  });
});
