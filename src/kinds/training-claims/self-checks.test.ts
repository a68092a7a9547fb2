// Checks that need no training: a loss the claimed accuracy rules out, a loss that needs tens of
// nats per mistake, an accuracy that is no whole number of the images it was measured on.
import { describe, expect, it } from 'vitest';
import { imagesCheck, selfChecks, writtenDecimals } from './self-checks.js';
import type { Claim } from './claims.js';
import type { TrainingGiven } from './model.js';

const pos = { line: 1, column: 1 };
const value = (model: string, metric: string, v: number, text = String(v)): Claim => ({ part: `${model}.${metric}`, kind: 'value', model, metric: metric as never, value: v, text, pos });
const curve = (model: string, metric: string, values: number[]): Claim => ({ part: `${model}.${metric}-curve`, kind: 'curve', model, metric: metric as never, values, pos });
const g = (extra: Partial<TrainingGiven> = {}) => ({ dataset: { name: 'mnist' }, models: [], seeds: 1, ...extra }) as unknown as TrainingGiven;
const codesOf = (c: Claim, all: Claim[], given = g()) => selfChecks(c, all, given).map((f) => f.code);

describe('a loss against its accuracy', () => {
  it.each([
    // seed 000: "~0.7" test loss at "~98%": 0.7 / 0.02 = 35 nats per misclassified image
    ['seed 000 MLP: 0.7 at 98 %', 0.7, 0.98, ['training.implausible']],
    ['seed 000 CNN: 0.05 at 99 %', 0.05, 0.99, []],
    ['a typical 0.33 at 88.9 %', 0.3357, 0.889125, []],
    // (1 − 0.9)·ln 2 = 0.0693: a mean cross-entropy of 0.05 cannot go with 90 % accuracy
    ['0.05 at 90 % is impossible', 0.05, 0.9, ['training.loss-below-bound']],
    ['just above the bound', 0.07, 0.9, []],
    ['perfect accuracy says nothing', 0.4, 1, []],
  ])('%s', (_n, loss, acc, expected) => {
    const l = value('m', 'test-loss', loss), a = value('m', 'test-accuracy', acc);
    expect(codesOf(l, [l, a])).toEqual(expected);
    expect(codesOf(a, [l, a]).filter((c) => c !== 'training.test-size')).toEqual([]); // found on the loss part only
  });

  it('pairs only the same model and split', () => {
    const l = value('m', 'test-loss', 0.05), other = value('n', 'test-accuracy', 0.9), train = value('m', 'train-accuracy', 0.9);
    expect(codesOf(l, [l, other, train])).toEqual([]);
  });

  it('checks curves epoch by epoch and says which epoch', () => {
    const l = curve('m', 'train-loss', [0.9, 0.04]), a = curve('m', 'train-accuracy', [0.7, 0.9]);
    const [f] = selfChecks(l, [l, a], g());
    expect(f).toMatchObject({ code: 'training.loss-below-bound', values: { loss: '0.04000', accuracy: 'epoch 2: m train-accuracy 0.9000' } });
  });
});

describe('an accuracy as a whole number of images', () => {
  it.each([
    ['0.9732 of 10,000', 0.9732, '0.9732', 10_000, null],
    ['91.77% of 10,000', 0.9177, '91.77%', 10_000, null],
    ['~98% of 10,000', 0.98, '98%', 10_000, null],
    // seed 003: 0.889125 = 7113/8000
    ['seed 003: 0.889125 of 10,000', 0.889125, '0.889125', 10_000, { images: '8891.25', first: 8000 }],
    ['0.889125 of 8,000', 0.889125, '0.889125', 8_000, null],
    ['0.12345 of 1,000', 0.12345, '0.12345', 1_000, { images: '123.45', first: 20000 }],
  ])('%s', (_n, v, text, size, expected) => {
    const r = imagesCheck(v, text, size);
    if (expected === null) expect(r).toBeNull();
    else {
      expect(r!.images).toBe(expected.images);
      expect(r!.fits[0]).toBe(expected.first);
      for (const n of r!.fits) expect(Math.abs(Math.round(v * n) / n - v)).toBeLessThan(1e-12); // exactly k/n
    }
  });

  it.each([
    ['0.889125', 6],
    ['88.9125%', 6],
    ['99%', 2],
    ['0.97', 2],
    ['1.5e-3', 4],
    ['12', 0],
  ])('%s is written to %i decimals', (text, d) => expect(writtenDecimals(text)).toBe(d));

  it('uses the problem\'s test size, max-test, and the validation split', () => {
    const a = value('cnn', 'test-accuracy', 0.889125, '0.889125');
    expect(codesOf(a, [a])).toEqual(['training.test-size']);
    expect(codesOf(a, [a], g({ maxTest: 8000 }))).toEqual([]);
    const v = value('cnn', 'validation-accuracy', 0.889125, '0.889125');
    expect(codesOf(v, [v], g({ validation: { size: 8000, pick: 'last' } }))).toEqual([]);
    expect(codesOf(v, [v], g({ validation: { size: 0.1, pick: 'last' } }))).toEqual(['training.test-size']);
    expect(codesOf(v, [v])).toEqual([]); // no split, no size to check against
    const files = g({ dataset: { name: 'files', dir: '/x' } });
    expect(codesOf(a, [a], files)).toEqual([]); // a size nobody stated is not guessed
  });

  it('says the images and the sizes it fits', () => {
    const a = value('cnn', 'test-accuracy', 0.889125, '0.889125');
    const [f] = selfChecks(a, [a], g());
    expect(f.values).toMatchObject({ size: 10000, images: '8891.25', fits: [8000, 16000, 24000] });
    expect(f.message).toMatch(/exactly 7,113 of 8,000 images \(or of 16,000, 24,000\)/);
  });
});
