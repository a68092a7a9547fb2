// The fast paths of number reading and comparison (issue 25) give what the plain paths give:
// bit lengths without strings, a literal's 64-digit value read from its text instead of divided,
// and |a − b| ≤ bound in integers instead of reduced fractions.
import { describe, expect, it } from 'vitest';
import { bitLength, decimalToFraction, fracToDec, Num } from './num.js';
import { absDiffAtMost } from '../grading/compare.js';
import { Frac } from './mathjs.js';

/** The plain bit length (the one the fast path replaces below 2^53). */
const plainBits = (n: bigint) => (n < 0n ? -n : n).toString(2).length;

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}
const r = rng(7);
/** Random decimal literals of every length and sign, leading and trailing zeros included. */
const literals = [
  '0.131', '-0.0350', '1.000', '12', '-12', '0.5', '00.50', '1.5000', '123456789.987654321', '-0.000000000000000000001',
  '9'.repeat(64), '0.' + '9'.repeat(64), '1' + '0'.repeat(63) + '.5', '0.0', '-0.0', '0', '+1.5', '1.', '.5', '1e3', '1.5e-3',
  ...Array.from({ length: 2000 }, () => {
    const int = String(Math.floor(r() * 10 ** Math.floor(r() * 12)));
    const frac = Array.from({ length: Math.floor(r() * 40) }, () => String(Math.floor(r() * 10))).join('');
    return `${r() < 0.5 ? '-' : ''}${int}${frac ? '.' + frac : ''}`;
  }),
];

describe('bit lengths', () => {
  it.each([0n, 1n, 2n, 3n, 255n, 256n, 2n ** 31n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 52n + 1n, 2n ** 53n - 1n, -(2n ** 40n), -7n])('%s', (n) => {
    expect(bitLength(n)).toBe(plainBits(n));
  });
  it('random integers below 2^53', () => {
    for (let i = 0; i < 5000; i++) {
      const n = BigInt(Math.floor(r() * 2 ** Math.floor(r() * 53)));
      expect(bitLength(n)).toBe(plainBits(n));
    }
  });
});

describe("a literal's 64-digit value is the divided one", () => {
  it('same digits, exponent and sign for every literal', () => {
    for (const text of literals) {
      const fast = Num.parseDecimal(text).d;
      const plain = fracToDec(decimalToFraction(text));
      expect({ text, d: fast.d, e: fast.e, s: fast.s, str: fast.toString() }).toEqual({ text, d: plain.d, e: plain.e, s: plain.s, str: plain.toString() });
    }
  });
  it('kept through withExact', () => {
    expect(Num.parseDecimal('0.131').withExact(false).d.toString()).toBe('0.131');
  });
});

describe('|a − b| ≤ bound in integers', () => {
  it('agrees with the reduced fractions on random triples', () => {
    const frac = () => new Frac(BigInt(Math.floor((r() - 0.5) * 2 ** 40)), BigInt(1 + Math.floor(r() * 10 ** Math.floor(r() * 8))));
    for (let i = 0; i < 5000; i++) {
      const a = frac(), b = r() < 0.2 ? a : frac(), bound = r() < 0.3 ? new Frac(0n) : new Frac(BigInt(Math.floor(r() * 1000)), BigInt(1 + Math.floor(r() * 1e6))).abs();
      expect(absDiffAtMost(a, b, bound)).toBe(a.sub(b).abs().compare(bound) <= 0);
    }
  });
});
