// The integer square root behind exact surds: right for every size, and quick for huge ones
// (a double's guess, off by 10^14 at 60 digits, used to be corrected one step at a time).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isqrt, Num } from './num.js';

describe('isqrt', () => {
  it.each([
    [0n, 0n],
    [1n, 1n],
    [3n, 1n],
    [4n, 2n],
    [2n ** 106n, 2n ** 53n],
    [2n ** 106n - 1n, 2n ** 53n - 1n],
    [10n ** 60n + 7n, 10n ** 30n],
    [(10n ** 30n + 1n) ** 2n - 1n, 10n ** 30n],
  ])('isqrt(%s) = %s', (n, r) => expect(isqrt(n)).toBe(r));

  it('is ⌊√n⌋ for numbers of every size up to 2,000 digits', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 2000n }), (n) => {
        const r = isqrt(n);
        return r * r <= n && (r + 1n) * (r + 1n) > n;
      }),
      { numRuns: 300 },
    );
  });

  it('squares near a double\'s precision edge', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 2n ** 52n, max: 10n ** 40n }), fc.integer({ min: -3, max: 3 }), (r, d) => {
        const n = r * r + BigInt(d);
        const s = isqrt(n);
        return s * s <= n && (s + 1n) * (s + 1n) > n;
      }),
      { numRuns: 300 },
    );
  });
});

// Found independently by the optimizer-steps work: the square root of a 64-digit decimal's square.
describe('isqrt behind Num.sqrt', () => {
  it.each([
    ['0.6837722839831541611072102244107558268836547549631504086831235935'],
    ['0.8004122286917000000000000000000000000000000000000000000000000001'],
  ])('a 64-digit decimal squared: %s', (text) => {
    const v = Num.parseDecimal(text);
    expect(v.mul(v).sqrt().eq(v)).toBe(true);
  });
});
