// The rule part read as a grader reads it (issue 22): λmax however it is named (L, λmax,
// lambda_max, a name defined after the rule), and a rule without its "0 <".
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { codes, fixture, gradeAnswers } from '../../../test/helpers.js';
import { ruleText } from './answers.js';

const seed = () => fixture(join(import.meta.dirname, 'fixtures', 'seed.yaml'));

describe('the rule as written', () => {
  it.each([
    ['0 < eta < 2/L, L = lambda_max', '0 < eta < 2/lambda_max'],
    ['0 < eta < 2/L', '0 < eta < 2/lambda_max'],
    ['0 < η < 2/λmax', '0 < η < 2/lambda_max'],
    ['0 < eta < 2/λ_max(H)', '0 < eta < 2/lambda_max'],
    ['0 < eta < 2/M; M = λ_max', '0 < eta < 2/(lambda_max)'],
    ['0 < eta < 2/M where M = the largest eigenvalue', '0 < eta < 2/(lambda_max)'],
    ['eta < 2/lambda_max', 'eta < 2/lambda_max'],
    ['(0, 2/L)', '(0, 2/lambda_max)'],
  ])('%s reads %s', (raw, read) => {
    expect(ruleText(raw)).toBe(read);
  });
});

describe('rule answers score as a grader scores them (seed: λmax = 12)', () => {
  it.each([
    ['"0 < eta < 2/L, L = lambda_max"', 1, []],
    ['"0 < eta < 2/L"', 1, []],
    ['"0 < η < 2/λmax"', 1, []],
    ['"0 < eta < 2/lambda_max"', 1, []],
    ['"eta < 2/lambda_max"', 1, []], // the "0 <" is understood
    ['"η < 2/λmax"', 1, []],
    ['"(0, 2/L)"', 1, []],
    ['"0 < eta < 2/M, M = lambda_max"', 1, []],
    ['"eta < 1/lambda_max"', 0, ['gd.half-range']], // a missing 0 < hides no other mistake
    ['"eta <= 2/L"', 0.5, ['gd.endpoint-included']],
    ['"0 < eta < 2/L, L = lambda_min"', 0, ['gd.used-lambda-min']],
    ['"0 < eta < 2/lambda_min"', 0, ['gd.used-lambda-min']],
  ])('%s scores %s', async (answer, fraction, expected) => {
    const r = gradeAnswers(await seed(), `rule: ${answer}`).get('rule')!;
    expect(r.score / r.maxScore).toBe(fraction);
    expect(codes(r.findings)).toEqual(expected);
  });
});
