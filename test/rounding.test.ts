// Rounding-aware comparison: a decimal is right when it is the exact value correctly rounded to
// the digits written (3 significant figures or more by default), or within the tolerance.
import { describe, expect, it } from 'vitest';
import { readScalar } from '../src/answers/values.js';
import { close } from '../src/grading/compare.js';
import { DEFAULT_TOLERANCE, type Tolerance } from '../src/grading/types.js';
import { loadYamlText } from '../src/load/yaml.js';
import { get } from '../src/load/pnode.js';
import { Num } from '../src/numbers/num.js';
import { readWritten } from '../src/numbers/written.js';

const answer = (yaml: string) => readScalar(get(loadYamlText(`v: ${yaml}`).root, 'v')!).value;
const exact = (s: string) => (s.includes('/') ? Num.frac(BigInt(s.split('/')[0]), BigInt(s.split('/')[1])) : Num.parseDecimal(s));

describe('written precision', () => {
  it.each([
    ['-0.0421', 3, -4],
    ['-0.0350', 3, -4],
    ['1.000', 4, -3],
    ['0.04', 1, -2],
    ['124', 3, 0],
    ['4.21e-2', 3, -4],
    ['0.000', 3, -3],
  ])('%s: %i significant figures, last digit at 10^%i', (text, sig, place) => {
    expect(readWritten(text)).toEqual({ sig, place });
  });
  it.each(['1/6', 'sqrt(2)', 'abc', ''])('%s is not a decimal literal', (text) => expect(readWritten(text)).toBeNull());
});

describe('close', () => {
  const tol = (t: Partial<Tolerance> = {}): Tolerance => ({ ...DEFAULT_TOLERANCE, ...t });
  it.each([
    // [answer as written, exact value, tolerance, right?]
    ['-0.0421', '-0.0421464', {}, true], // rounded to 4 decimals: relative error 1.1e-3, yet correctly rounded
    ['0.0369', '0.0369427', {}, true],
    ['"1.000"', '1.0003', {}, true], // a quoted decimal is read as written, trailing zeros included
    ['-0.0350', '-0.03504', {}, true],
    ['0.04', '0.0421', {}, false], // one significant figure is no rounding of 0.0421
    ['0.042', '0.0421', {}, false], // two: not enough by default, and 2.4e-3 off
    ['0.0422', '0.0421464', {}, false], // three figures, but not the right rounding (0.0421)
    ['0.1667', '1/6', {}, true],
    ['0.16667', '1/6', {}, true],
    ['"1/6"', '1/6', {}, true],
    ['-0.0092', '-0.0091846', { decimals: 4 }, true], // "give 4 decimals"
    ['-0.00918', '-0.0091846', { decimals: 4 }, true], // more decimals, still correctly rounded
    ['-0.009', '-0.0091846', { decimals: 4 }, false], // 3 decimals where 4 are asked
    ['-0.0091', '-0.0091846', { decimals: 4 }, false], // truncated, not rounded
    ['0.04215', '0.0421464', { sigfigs: 4 }, true],
    ['0.0421', '0.0421464', { sigfigs: 4 }, false], // 3 figures where 4 are asked
    ['0.04214', '0.0421464', { sigfigs: 4 }, false], // 4 figures but truncated: 0.04215 is the rounding
    ['"1/6"', '1/6', { sigfigs: 4 }, true], // an exact value is always right
    ['0.0421465', '0.0421464', { sigfigs: 4 }, false], // 6 figures, not the rounding; sigfigs replaces rel
  ])('%s for %s %o: %s', (got, want, t, right) => {
    expect(close(answer(got as string), exact(want as string), tol(t as Partial<Tolerance>))).toBe(right);
  });
});

// Issue 22, item 7: one score everywhere. Fixture test/fixtures/one-score: parts of 6, 7, 7, 7, 3
// points scaled to 100 (20, 23.3333 ×3, 10.0001); a student right in all but the 3-point part
// earned 27/30 of 100 = 90. It was 89.9999 in the JSON, shown as 90, failed --fail-under 90 and
// fell in stats' 80–90 bin.
describe('one score everywhere', async () => {
  const { spawnSync } = await import('node:child_process');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { percentOf, roundScore, scoreText } = await import('../src/grading/score.js');
  const { exitCode } = await import('../src/commands/deliver.js');
  const { histogram } = await import('../src/stats/compute.js');
  const cache = mkdtempSync(join(tmpdir(), 'gc-cache-'));
  const out = mkdtempSync(join(tmpdir(), 'gc-one-score-'));
  const gc = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1' } });
    return { code: r.status, out: r.stdout };
  };
  const P = ['--problems', 'test/fixtures/one-score/problems'];
  const ninety = 'test/fixtures/one-score/submissions/ninety.yaml';

  it('27 of 30 parts of 100 points: 90 in the JSON, problem and submission alike', () => {
    const s = JSON.parse(gc('grade', ...P, ninety, '--format', 'json').out).submissions[0];
    expect([s.score, s.problems[0].score]).toEqual([90, 90]);
  });
  it('the text, CSV and Canvas gradebook print that 90', () => {
    expect(gc('grade', ...P, ninety).out).toContain('ninety 90/100 (90.0%)');
    expect(gc('grade', ...P, ninety, '--format', 'csv').out).toMatch(/,"90","90","100","90.0"$/m);
    expect(gc('grade', ...P, ninety, '--format', 'canvas').out).toMatch(/^"ninety",,,,,"90"$/m);
  });
  it('--fail-under 90 passes it, 90.1 does not', () => {
    expect(gc('grade', ...P, ninety, '--fail-under', '90').code).toBe(0);
    expect(gc('grade', ...P, ninety, '--fail-under', '90.1').code).toBe(1);
  });
  it('stats puts it in the 90–100 bin', () => {
    const report = join(out, 'r.json');
    expect(gc('grade', ...P, ninety, '--format', 'json', '--output', report).code).toBe(0);
    const a = JSON.parse(gc('stats', report, '--format', 'json').out).assignments[0];
    expect(a.histogram.counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(a.percent.mean).toBe(90);
  });
  it.each([
    // score, max: the percentage printed is the one compared, at every threshold
    [89.9999, 100, 90],
    [19.6429, 25, 78.6],
    [89.94, 100, 89.9],
    [16.665, 33.33, 50],
    [0, 0, 0],
  ])('%d of %d is %d %% in text, --fail-under and stats alike', (score, max, pct) => {
    expect(percentOf(score, max)).toBe(pct);
    const report = { submissions: [{ file: 'f', student: 's', status: 'graded' as const, score, maxScore: max, findings: [], problems: [] }] };
    expect(exitCode(report, pct)).toBe(0);
    expect(exitCode(report, pct + 0.1)).toBe(1);
    const bin = Math.min(9, Math.floor(pct / 10));
    expect(histogram([percentOf(score, max)], 10).counts[bin]).toBe(1);
  });
  it('scores are printed with the decimals they are stored with (19.6429, never 19.64)', () => {
    expect(scoreText(19.6429)).toBe('19.6429');
    expect(roundScore(16.66665)).toBe(16.6667); // half up, though 16.66665 is 16.666649… in binary
    expect(scoreText(90.00000000000001)).toBe('90');
  });
});
