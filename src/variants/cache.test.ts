// The variant cache (issue 25) is a layer around the plain path: cold, warm and --no-cache grade
// the same bytes in every format; a cache file tampered with, cut short, or for another secret is
// ignored (grades are those of --no-cache) and written again; the secret is never in it.
// Runs the built CLI (npm run build) on test/fixtures/variants/course (shared params, pins).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VariantCache } from './cache.js';

const COURSE = 'test/fixtures/variants/course';
const SECRET = 'golden';
const work = mkdtempSync(join(tmpdir(), 'gc-vcache-'));
const gc = (args: string[], cache: string) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1', GRADECHECK_SECRET: SECRET } });

// Each student's key, a key handed in under another name, and an empty answers template.
const students = ['alice', 'bob', 'carol', 'dave'];
writeFileSync(join(work, 'roster.csv'), `student\n${students.join('\n')}\n`);
const rel = gc(['release', COURSE, '--students', join(work, 'roster.csv'), '--out', join(work, 'rel')], join(work, 'release-cache'));
const subs = join(work, 'subs');
const keyOf = (s: string) => readFileSync(join(work, 'rel', 'instructors', s, 'key.yaml'), 'utf8');
if (rel.status === 0) {
  spawnSync('mkdir', ['-p', subs]);
  for (const s of students) writeFileSync(join(subs, `${s}.yaml`), keyOf(s));
  writeFileSync(join(subs, 'erin.yaml'), keyOf('alice').replace(/^student: alice$/m, 'student: erin'));
  writeFileSync(join(subs, 'frank.yaml'), readFileSync(join(work, 'rel', 'students', 'bob', 'answers.yaml'), 'utf8').replace(/^student: .*$/m, 'student: frank'));
}
const grade = (format: string, cache: string, ...extra: string[]) => {
  const r = gc(['grade', '--problems', COURSE, subs, '--format', format, ...extra], cache);
  return { status: r.status, stdout: r.stdout };
};
const variantFiles = (cache: string) => (existsSync(cache) ? readdirSync(cache) : []).filter((f) => /^variants-[0-9a-f]{32}\.json$/.test(f));

describe('warm, cold and --no-cache grade the same bytes', () => {
  it('the course is released', () => expect(rel.status).toBe(0));
  it.each(['json', 'text', 'markdown', 'csv', 'junit'])('%s', (format) => {
    const cache = join(work, `cache-${format}`);
    const plain = grade(format, cache, '--no-cache');
    expect(plain.stdout.length).toBeGreaterThan(100);
    expect(variantFiles(cache)).toEqual([]); // --no-cache writes nothing
    const cold = grade(format, cache);
    expect(variantFiles(cache).length).toBe(1); // one file for the assignment, not one per variant
    expect(readdirSync(cache).filter((f) => f.endsWith('.json'))).toEqual(variantFiles(cache));
    const warm = grade(format, cache);
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
  });
});

/** Ways a cache file can be wrong: each must be ignored, never change a grade. */
const TAMPER: [string, (text: string) => string][] = [
  ['with every drawn attempt moved on by one', (t) => {
    const e = JSON.parse(t);
    const p = JSON.parse(e.payload);
    p.attempts = p.attempts.map(([k, n]: [string, number]) => [k, n + 1]);
    return JSON.stringify({ ...e, payload: JSON.stringify(p) });
  }],
  ['with a reference changed (a number in it)', (t) => {
    const e = JSON.parse(t);
    const at = e.payload.indexOf('"refs"');
    return JSON.stringify({ ...e, payload: e.payload.slice(0, at) + e.payload.slice(at).replace(/(\d)(?=[,\]])/, (d: string) => String((Number(d) + 1) % 10)) });
  }],
  ['with its MAC replaced by another', (t) => t.replace(/"mac":"[0-9a-f]{2}/, (m) => `${m.slice(0, -2)}${m.slice(-2) === '00' ? '11' : '00'}`)],
  ['cut short', (t) => t.slice(0, Math.floor(t.length / 2))],
  ['not JSON at all', () => 'nonsense'],
  ['for another secret', (t) => t.replace(/"secret":"[0-9a-f]+"/, `"secret":"${'0'.repeat(64)}"`)],
];

describe('a damaged cache is ignored and written again', () => {
  const plain = rel.status === 0 ? grade('json', join(work, 'cache-plain'), '--no-cache').stdout : '';
  it.each(TAMPER)('a file %s', (_, tamper) => {
    const cache = mkdtempSync(join(work, 'cache-t-'));
    expect(grade('json', cache).stdout).toBe(plain);
    const [file] = variantFiles(cache);
    const good = readFileSync(join(cache, file), 'utf8');
    const bad = tamper(good);
    expect(bad).not.toBe(good);
    writeFileSync(join(cache, file), bad, { mode: 0o600 });
    expect(grade('json', cache).stdout).toBe(plain);
    // Written again, whole, and read back.
    const again = JSON.parse(readFileSync(join(cache, file), 'utf8'));
    expect(again.mac).toBe(JSON.parse(good).mac);
    const [key, attempt] = JSON.parse(again.payload).attempts[0];
    expect(new VariantCache(cache, SECRET).get(again.assignment, key)).toBe(attempt);
    rmSync(cache, { recursive: true });
  });
  it('the secret is never in the file, only keyed hashes of it', () => {
    const cache = mkdtempSync(join(work, 'cache-s-'));
    grade('json', cache);
    const text = readFileSync(join(cache, variantFiles(cache)[0]), 'utf8');
    expect(text).not.toContain(SECRET);
    expect(JSON.parse(text).secret).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('VariantCache', () => {
  const dir = mkdtempSync(join(work, 'unit-'));
  const written = new VariantCache(dir, 's3cret');
  written.set('hw1', 'k1', 3);
  written.set(null, 'k2', 0);
  written.putRef('hw1', 'p@abc', 'gd-step-size', { x: 1 });
  written.save();
  it.each([
    ['the same secret reads what was written', 's3cret', 'hw1', 'k1', 3],
    ['another assignment\'s entries are its own', 's3cret', null, 'k2', 0],
    ['a key never drawn is not there', 's3cret', 'hw1', 'k2', undefined],
    ['another secret reads nothing (another file name)', 'other', 'hw1', 'k1', undefined],
  ] as const)('%s', (_, secret, assignment, key, attempt) => {
    expect(new VariantCache(dir, secret).get(assignment, key)).toBe(attempt);
  });
  it.each([
    ['its own kind', 'gd-step-size', { data: { x: 1 } }],
    ['another kind under the same key', 'mlp-gradients', undefined],
  ] as const)('a reference is given back for %s only', (_, kind, want) => {
    expect(new VariantCache(dir, 's3cret').ref('hw1', 'p@abc', kind)).toEqual(want);
  });
  it('a worker\'s copy (no folder) has the entries it is given and writes nothing', () => {
    const c = VariantCache.fromEntries('s3cret', [['hw1', 'k1', 3]]);
    expect(c.get('hw1', 'k1')).toBe(3);
    expect(c.pathOf('hw1')).toBeNull();
  });
});

describe('forgetting references', () => {
  it('writes the file first, then keeps no encoded reference and writes nothing more', () => {
    const dir = mkdtempSync(join(work, 'forget-'));
    const c = new VariantCache(dir, 's3cret');
    c.putRef('hw1', 'p@abc', 'gd-step-size', { x: 1 });
    c.forgetReferences();
    expect(c.ref('hw1', 'p@abc', 'gd-step-size')).toBeUndefined();
    c.set('hw1', 'k9', 1);
    c.save(); // would drop the reference from the file: not written
    const again = new VariantCache(dir, 's3cret');
    expect(again.ref('hw1', 'p@abc', 'gd-step-size')).toEqual({ data: { x: 1 } });
    expect(again.get('hw1', 'k9')).toBeUndefined();
  });
});
