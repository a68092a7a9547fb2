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
    ['0.0421465', '0.0421464', { sigfigs: 4 }, true], // 6 figures, within half a unit of the 4th (issue 22)
    ['0.0421515', '0.0421464', { sigfigs: 4 }, false], // 6 figures, more than half a unit of the 4th away
  ])('%s for %s %o: %s', (got, want, t, right) => {
    expect(close(answer(got as string), exact(want as string), tol(t as Partial<Tolerance>))).toBe(right);
  });
});
