// Reading answers as a grader reads them (issue 22): every spelling of scientific notation and
// percentages keeps its written precision; `sigfigs: N` accepts any value within half a unit of
// the N-th figure of the exact value; a rounding that stops too early is its own finding.
import { describe, expect, it } from 'vitest';
import { readScalar } from '../answers/values.js';
import { loadYamlText } from '../load/yaml.js';
import { get } from '../load/pnode.js';
import { Num } from '../numbers/num.js';
import { writtenOf } from '../numbers/written.js';
import { compareMatrix, entryFinding, judge } from './compare.js';
import { DEFAULT_TOLERANCE, type Tolerance } from './types.js';

/** An answer as it stands in a submission: `v: <yaml>`. */
const entry = (yaml: string) => readScalar(get(loadYamlText(`v: ${yaml}`, 'x.yaml').root, 'v')!);
const exact = (s: string) => Num.parseDecimal(s);
const SIG4: Tolerance = { ...DEFAULT_TOLERANCE, sigfigs: 4 };
const DEC4: Tolerance = { ...DEFAULT_TOLERANCE, decimals: 4 };

describe('scientific notation and percentages keep their written figures', () => {
  it.each([
    // yaml as written, value, significant figures, place of the last digit
    ['1.77e-3', '0.00177', 3, -5],
    ['"1.77e-3"', '0.00177', 3, -5],
    ['"1.77E-3"', '0.00177', 3, -5],
    ['"1.77*10^-3"', '0.00177', 3, -5],
    ['"1.77 * 10^(-3)"', '0.00177', 3, -5],
    ['"1.77 x 10^-3"', '0.00177', 3, -5],
    ['"1.77×10⁻³"', '0.00177', 3, -5],
    ['"1.77·10⁻³"', '0.00177', 3, -5],
    ['"1.77*10**-3"', '0.00177', 3, -5],
    ['2.45*10^-2', '0.0245', 3, -4],
    ['"−2.450e-2"', '-0.0245', 4, -5],
    ['"16.2%"', '0.162', 3, -3],
    ['"16.20 %"', '0.162', 4, -4],
    ['"-5%"', '-0.05', 1, -2],
  ])('%s reads as %s with %i figures (last at 10^%i)', (yaml, value, sig, place) => {
    const e = entry(yaml);
    expect(e.value.eq(exact(value))).toBe(true);
    expect(e.value.exact).toBe(false);
    expect(writtenOf(e.value)).toEqual({ sig, place });
  });

  it('a whole number in scientific notation is still a rounded figure (1.5e3 has 2 figures)', () => {
    const e = entry('"1.5e3"');
    expect(e.value.eq(Num.int(1500))).toBe(true);
    expect(e.value.exact).toBe(false);
    expect(writtenOf(e.value)).toEqual({ sig: 2, place: 2 });
  });

  it('refuses an exponent no answer needs', () => {
    expect(() => entry('"1.0*10^5000"')).toThrow();
  });
});

describe('a grader\'s verdict on a value', () => {
  it.each([
    // yaml, exact value, tolerance, verdict
    ['1.77e-3', '0.0017726', DEFAULT_TOLERANCE, 'right'],
    ['"1.77e-3"', '0.0017726', DEFAULT_TOLERANCE, 'right'],
    ['"1.77*10^-3"', '0.0017726', DEFAULT_TOLERANCE, 'right'],
    ['"1.77×10⁻³"', '0.0017726', DEFAULT_TOLERANCE, 'right'],
    ['2.45*10^-2', '0.02452675', DEFAULT_TOLERANCE, 'right'],
    ['"1.78e-3"', '0.0017726', DEFAULT_TOLERANCE, 'wrong'], // not the rounding
    ['"16.2%"', '0.161837', DEFAULT_TOLERANCE, 'right'],
    ['"16.1%"', '0.161837', DEFAULT_TOLERANCE, 'wrong'],
    ['"16%"', '0.161837', DEFAULT_TOLERANCE, 'too-few-figures'],
    ['0.024526', '0.02452675', SIG4, 'right'], // within ½ unit of the 4th figure
    ['0.02453', '0.02452675', SIG4, 'right'],
    ['0.024531', '0.02452675', SIG4, 'right'],
    ['0.02452', '0.02452675', SIG4, 'wrong'],
    ['0.0245', '0.02452675', SIG4, 'too-few-figures'],
    ['"1/40"', '0.025', SIG4, 'right'], // an exact equal
    ['-0.28', '-0.2796', DEFAULT_TOLERANCE, 'too-few-figures'],
    ['-0.280', '-0.2796', DEFAULT_TOLERANCE, 'right'],
    ['-0.27', '-0.2796', DEFAULT_TOLERANCE, 'wrong'],
    ['0.28', '-0.2796', DEFAULT_TOLERANCE, 'wrong'], // the sign: not a rounding
    ['0', '0.0003', DEFAULT_TOLERANCE, 'wrong'], // zero is an answer, not a rounding
    ['3', '3.2', DEFAULT_TOLERANCE, 'wrong'], // a whole number is exact
    ['-0.0092', '-0.0091846', DEC4, 'right'],
    ['-0.00918', '-0.0091846', DEC4, 'right'],
    ['-0.009', '-0.0091846', DEC4, 'too-few-figures'],
  ])('%s for %s (%o) is %s', (yaml, value, tol, verdict) => {
    expect(judge(entry(yaml).value, exact(value), tol)).toBe(verdict);
  });
});

describe('too few figures is its own finding', () => {
  it('names what was written and how many figures are needed', () => {
    const f = entryFinding('rule', '', entry('-0.28'), exact('-0.2796'), DEFAULT_TOLERANCE)!;
    expect(f.code).toBe('value.too-few-figures');
    expect(f.values).toMatchObject({ got: '-0.28', written: 2, needed: 3, unit: 'significant figures' });
    expect(f.message).toContain('too few significant figures');
    expect(f.message).toContain('-0.28');
    expect(f.hint).not.toContain('0.2796');
  });
  it('says decimals where the problem asks for decimals', () => {
    const f = entryFinding('dW1', 'entry 1', entry('-0.009'), exact('-0.0091846'), DEC4)!;
    expect(f.values).toMatchObject({ written: 3, needed: 4, unit: 'decimals' });
  });
  it('compareMatrix counts such an entry wrong and names it', () => {
    const got = [[entry('-0.28'), entry('0.5'), entry('0.7')]];
    const cmp = compareMatrix('dW', got, [[exact('-0.2796'), exact('0.5'), exact('0.1')]], DEFAULT_TOLERANCE);
    expect(cmp.correct).toBe(1);
    expect(cmp.findings.map((f) => f.code)).toEqual(['value.too-few-figures', 'value.mismatch']);
  });
});

describe('every spelling of one number is judged alike (property)', () => {
  it('a mantissa and exponent written in any of the notations: one value, one precision, one verdict', async () => {
    const fc = (await import('fast-check')).default;
    const spellings = (m: string, e: number) => [`${m}e${e}`, `"${m}e${e}"`, `"${m}E${e}"`, `"${m}*10^${e}"`, `"${m} x 10^(${e})"`, `"${m}×10${sup(e)}"`, `"${m}·10**${e}"`];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: -12, max: 12 }), fc.integer({ min: -60, max: 60 }), (lead, frac, places, e, wiggle) => {
        const m = places ? `${lead}.${String(frac).padStart(4, '0').slice(0, places)}` : String(lead);
        const entries = spellings(m, e).map(entry);
        const exactValue = entries[0].value.add(Num.parseDecimal(`${wiggle}e${e - places - 2}`)); // within a few hundredths of its last digit
        const first = { value: entries[0].value.toExact(), w: writtenOf(entries[0].value), v: judge(entries[0].value, exactValue, DEFAULT_TOLERANCE) };
        for (const en of entries.slice(1)) {
          expect(en.value.toExact()).toBe(first.value);
          expect(writtenOf(en.value)).toEqual(first.w);
          expect(judge(en.value, exactValue, DEFAULT_TOLERANCE)).toBe(first.v);
        }
        // As the plain decimal it equals, with the same digits: the same precision.
        expect(first.w).toEqual({ sig: (m.replace('.', '').replace(/^0+/, '') || '0').length, place: e - places });
      }),
      { numRuns: 300, seed: 22 },
    );
  });
});

const SUP: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
const sup = (e: number) => [...String(e)].map((c) => SUP[c]).join('');
