// What param-count hands the policy stage (dependencies, whole-part diagnoses, carried totals),
// the matching and solve-for gaps of issue 22, and messages that quote what the student wrote.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stringify } from 'yaml';
import { codes, fixture, gradeAnswers } from '../../../test/helpers.js';
import { kindGrade } from '../../../test/kind-grade.js';
import { paramCount } from './index.js';
import type { ParamGiven } from './model.js';

const fx = (name: string) => fixture(join(import.meta.dirname, 'fixtures', `${name}.yaml`));
const dir = mkdtempSync(join(tmpdir(), 'gc-param-diag-'));
let k = 0;
const inline = (text: string) => {
  const file = join(dir, `p${k++}.yaml`);
  writeFileSync(file, text);
  return fixture(file);
};
const layers = (xs: object[]) => `layers: ${JSON.stringify(xs)}`;
// small: conv 16 3×3 pad 1 (160), maxpool 2, flatten, dense 10 (31,370); layers 6, total 2
const OK = [{ out: [16, 28, 28], params: 160 }, { out: [16, 14, 14] }, { out: [3136] }, { out: [10], params: 31370 }];
const NO_BIAS = [{ out: [16, 28, 28], params: 144 }, { out: [16, 14, 14] }, { out: [3136] }, { out: [10], params: 31360 }];

describe('param-count dependencies', () => {
  it.each([
    ['small', { layers: [], total: ['layers'] }],
    ['deep', { n: [], layers: ['n'], total: ['layers', 'n'] }],
  ])('%s', async (name, deps) => {
    expect(paramCount.dependencies!((await fx(name)).lp.problem.given as ParamGiven)).toEqual(deps);
  });
});

describe('param-count whole-part diagnoses and carried totals', () => {
  it('biases left out of every count: the layers part is that one mistake; the total (their sum, without the biases) is carried', async () => {
    const r = kindGrade(await fx('small'), `${layers(NO_BIAS)}\ntotal: 31504`);
    expect(r.get('layers')!.diagnosis).toBe('layer.missing-bias');
    const total = r.get('total')!;
    expect([total.fraction, total.diagnosis]).toEqual([0, 'layer.missing-bias']);
    expect(total.carried).toMatchObject({ fraction: 1, from: ['layers'] });
  });
  it('after the policy: the biases charged once, at the layers (rubric credit 0 by default); the total keeps its points', async () => {
    const r = gradeAnswers(await fx('small'), `${layers(NO_BIAS)}\ntotal: 31504`);
    expect([r.get('layers')!.score, r.get('total')!.score]).toEqual([0, 2]);
  });
  it('one layer\'s bias left out of two: named, per-entry credit (a slip, not the whole part)', async () => {
    const r = kindGrade(await fx('small'), layers([NO_BIAS[0], ...OK.slice(1)])).get('layers')!;
    expect(codes(r.findings)).toEqual(['layer.missing-bias']);
    expect(r.diagnosis).toBeUndefined();
    expect(r.fraction).toBeCloseTo(5 / 6, 9);
  });
  it('a total without the biases, the layers right: that one mistake', async () => {
    const r = kindGrade(await fx('small'), `${layers(OK)}\ntotal: 31504`).get('total')!;
    expect([r.fraction, r.diagnosis, r.carried]).toEqual([0, 'layer.missing-bias', undefined]);
  });
  it('a total that is the sum of the student\'s own (wrong) counts is carried from the layers; one that is not, is not', async () => {
    const wrong = [{ ...OK[0], params: 150 }, ...OK.slice(1)];
    const carried = kindGrade(await fx('small'), `${layers(wrong)}\ntotal: 31520`).get('total')!;
    expect([carried.fraction, carried.carried?.fraction, carried.carried?.from]).toEqual([0, 1, ['layers']]);
    expect(kindGrade(await fx('small'), `${layers(wrong)}\ntotal: 31521`).get('total')!.carried).toBeUndefined();
  });
  it('with ecf: false a total summing wrong counts loses its points', async () => {
    const f = await inline('id: p\nkind: param-count\ngiven:\n  input: [1, 28, 28]\n  layers:\n    - { type: conv, filters: 16, kernel: 3, padding: 1 }\n    - { type: maxpool, size: 2 }\n    - { type: flatten }\n    - { type: dense, units: 10 }\nrubric: { ecf: false }\nparts: { layers: 6, total: 2 }\n');
    const r = gradeAnswers(f, `${layers([{ ...OK[0], params: 150 }, ...OK.slice(1)])}\ntotal: 31520`);
    expect(r.get('total')!.score).toBe(0);
  });
  it('shapes and counts right only from the student\'s own earlier shape: carried within the layers part, and not with ecf: false', async () => {
    const slip = [{ out: [16, 26, 26], params: 160 }, { out: [16, 13, 13] }, { out: [2704] }, { out: [10], params: 27050 }];
    const raw = kindGrade(await fx('small'), layers(slip)).get('layers')!;
    expect([raw.fraction, raw.carried?.fraction, raw.carried?.from]).toEqual([2 / 6, 5 / 6, ['layers']]);
    const off = await inline('id: p\nkind: param-count\ngiven:\n  input: [1, 28, 28]\n  layers:\n    - { type: conv, filters: 16, kernel: 3, padding: 1 }\n    - { type: maxpool, size: 2 }\n    - { type: flatten }\n    - { type: dense, units: 10 }\nrubric: { ecf: false }\nparts: { layers: 6, total: 2 }\n');
    expect(gradeAnswers(off, layers(slip)).get('layers')!.score).toBe(2);
    expect(gradeAnswers(await fx('small'), layers(slip)).get('layers')!.score).toBe(5);
  });
  it('a total right for the student\'s own n is carried from n', async () => {
    const f = await fx('deep');
    const own = (f.ref as { solved: { n: number } }).solved.n - 1;
    const r = kindGrade(f, `n: ${own}\ntotal: ${785 * 64 + own * 65 * 64 + 65 * 10}`).get('total')!;
    expect([r.fraction, r.carried?.fraction, r.carried?.from]).toEqual([0, 1, ['n']]);
  });
});

describe('param-count matching rows to layers (issue 22)', () => {
  const named = 'id: p\nkind: param-count\ngiven:\n  input: [1, 28, 28]\n  layers:\n    - { type: conv, filters: 16, kernel: 3, padding: 1, name: conv1 }\n    - { type: maxpool, size: 2, name: pool1 }\n    - { type: flatten, name: flat }\n    - { type: dense, units: 10, name: fc }\nparts: { layers: 6, total: 2 }\n';
  it.each([
    ['rows named, no type, the pooling row left out', [{ name: 'conv1', out: [16, 28, 28], params: 160 }, { name: 'fc', out: [10], params: 31370 }]],
    ['rows named, no type, out of order', [{ name: 'fc', out: [10], params: 31370 }, { name: 'pool1', out: [16, 14, 14] }, { name: 'conv1', out: [16, 28, 28], params: 160 }]],
    ['rows named in another case', [{ name: 'CONV1', out: [16, 28, 28], params: 160 }, { name: 'Pool1', out: [16, 14, 14] }, { name: 'FC', out: [10], params: 31370 }]],
  ])('%s: matched by name, full marks, nothing said of a pooling layer "with parameters"', async (_name, rows) => {
    const r = gradeAnswers(await inline(named), `${layers(rows)}\ntotal: 31530`);
    for (const [, p] of r) expect([p.id, p.status, p.findings]).toEqual([p.id, 'correct', []]);
  });
  it('a parameterised layer left out is still named', async () => {
    const r = gradeAnswers(await inline(named), layers([{ name: 'pool1', out: [16, 14, 14] }, { name: 'fc', out: [10], params: 31370 }])).get('layers')!;
    expect(r.findings.map((f) => [f.code, f.values.missing])).toEqual([['layer.count-mismatch', 'conv1 (layer 1, conv)']]);
  });
});

describe('param-count solve-for n = 0 (issue 22)', () => {
  // 12×12 input, n 3×3 convs of 4 filters, flatten, dense 10: budget 1450 is n = 0 exactly.
  const text = (parts: string) => `id: p\nkind: param-count\ngiven:\n  input: [1, 12, 12]\n  layers:\n    - { type: conv, filters: 4, kernel: 3, repeat: n }\n    - { type: flatten }\n    - { type: dense, units: 10 }\n  solve-for: { variable: n, budget: 1450, mode: equal, max: 20 }\nparts: ${parts}\n`;
  it('the key (a zero-copy row included) grades at full marks', async () => {
    const f = await inline(text('{ n: 1, layers: 2, total: 1 }'));
    expect((f.ref as { solved: { n: number } }).solved.n).toBe(0);
    const sol = paramCount.solve(f.lp.problem, f.ref as never);
    expect(sol.answers.layers).toEqual([{ out: [1, 12, 12], params: 0 }, { out: [144], params: 0 }, { out: [10], params: 1450 }]);
    for (const [, p] of gradeAnswers(f, stringify(sol.answers))) expect([p.id, p.status, p.findings]).toEqual([p.id, 'correct', []]);
  });
  it('the zero-copy layer may be left out', async () => {
    const f = await inline(text('{ layers: 2 }'));
    const r = gradeAnswers(f, layers([{ type: 'dense', out: [10], params: 1450 }])).get('layers')!; // a row without type or name is matched in order
    expect([r.status, r.findings]).toEqual(['correct', []]);
  });
});

describe('param-count messages quote what the student wrote', () => {
  it.each([
    ['a total written without separators', `${layers(OK)}\ntotal: 31000`, 'total', '31000'],
    ['a total written with them', `${layers(OK)}\ntotal: "31,000"`, 'total', '31,000'],
    ['a count without its biases', layers([{ ...OK[0], params: 144 }, { out: [16, 14, 14] }, { out: [3136] }, { out: [10], params: 31360 }]), 'layers', '31360'],
    ['a shape written as text', layers([{ out: '16x26x26', params: 160 }, ...OK.slice(1)]), 'layers', '16x26x26'],
  ])('%s', async (_name, answers, part, written) => {
    const r = gradeAnswers(await fx('small'), answers).get(part)!;
    const errors = r.findings.filter((f) => f.severity === 'error' && f.got !== undefined);
    expect(errors.map((f) => f.got)).toContain(written);
    expect(errors.some((f) => f.message.includes(written))).toBe(true);
  });
});
