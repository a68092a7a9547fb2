import { describe, expect, it } from 'vitest';
import { isqrt, Num } from './num.js';

describe('isqrt', () => {
  it.each([
    // n, where a double's square root is below the root by far more than 1 (the loop that hung)
    ['0.6837722839831541611072102244107558268836547549631504086831235935'],
    ['0.8004122286917000000000000000000000000000000000000000000000000001'],
  ])('a 64-digit decimal squared: %s', (text) => {
    const v = Num.parseDecimal(text);
    const sq = v.mul(v);
    const t0 = Date.now();
    expect(sq.sqrt().eq(v)).toBe(true);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it.each([0n, 1n, 2n, 3n, 4n, 15n, 16n, 17n, 10n ** 40n + 7n, 3n ** 1000n, (10n ** 64n + 3n) ** 2n - 1n, (10n ** 64n + 3n) ** 2n])('⌊√%s⌋', (n) => {
    const r = isqrt(n);
    expect(r * r <= n && (r + 1n) * (r + 1n) > n).toBe(true);
  });
});
