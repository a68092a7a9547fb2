import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { codes, fixture, gradeAnswers } from '../../../test/helpers.js';
import { paramCount } from './index.js';

const fx = (name: string) => fixture(join(import.meta.dirname, 'fixtures', `${name}.yaml`));
const claims = (xs: object[]) => `layers: ${JSON.stringify(xs)}`;
const ok = [{ out: [16, 28, 28], params: 160 }, { out: [16, 14, 14] }, { out: [3136] }, { out: [10], params: 31370 }];

describe('param-count claims (given layers)', () => {
  it.each([
    ['all right', ok, 1, [], []],
    ['missing bias', [{ ...ok[0], params: 144 }, ...ok.slice(1)], 5 / 6, ['layer.missing-bias'], []],
    ['three input channels assumed', [{ ...ok[0], params: 448 }, ...ok.slice(1)], 5 / 6, ['layer.channel-mismatch'], []],
    ['a plain wrong count', [{ ...ok[0], params: 150 }, ...ok.slice(1)], 5 / 6, ['layer.params-mismatch'], []],
    ['claimed input channels', [{ ...ok[0], in: 3 }, ...ok.slice(1)], 1, ['layer.channel-mismatch'], []],
    // one slip, carried forward through pool, flatten and the dense count: it costs once
    // (issue 22: carried by the policy stage, which says so; `ecf: false` would charge each)
    ['carried forward', [{ out: [16, 26, 26], params: 160 }, { out: [16, 13, 13] }, { out: [2704] }, { out: [10], params: 27050 }], 5 / 6, ['layer.params-mismatch', 'layer.shape-mismatch', 'policy.carried-forward'], ['layer.params-mismatch', 'layer.shape-mismatch', 'policy.carried-forward']],
    // the dense layer left out: named, and its count not earned (3 of 4 claims' worth)
    ['fewer entries', ok.slice(0, 2), 3 / 4, ['layer.count-mismatch'], []],
    // claims on a given layer need not repeat its definition; a type names which layer a row is
    ['rows with their types', [{ type: 'conv', out: [16, 28, 28], params: 160 }, { type: 'maxpool', out: [16, 14, 14] }, { type: 'flatten', out: [3136] }, { type: 'dense', out: [10], params: 31370 }], 1, [], []],
    ['flatten left out', [ok[0], ok[1], ok[3]], 1, [], []],
    ['a row for a layer the network lacks', [...ok, { type: 'dense', params: 110 }], 6 / 7, ['layer.count-mismatch'], []],
  ])('%s', async (_n, answer, fraction, expected, infos) => {
    const r = gradeAnswers(await fx('small'), claims(answer)).get('layers')!;
    expect(r.score / r.maxScore).toBeCloseTo(fraction, 4); // scores keep 4 decimals
    expect(codes(r.findings)).toEqual(expected);
    expect(codes(r.findings.filter((f) => f.severity === 'info'))).toEqual(infos);
  });

  it('reads shapes written as text (16x28x28, 16×14×14)', async () => {
    const r = gradeAnswers(await fx('small'), 'layers: [{ out: "16x28x28", params: 160 }, { out: "16×14×14" }, { out: [3136] }, { out: [10], params: 31370 }]').get('layers')!;
    expect([r.status, r.findings]).toEqual(['correct', []]);
    expect(gradeAnswers(await fx('small'), 'layers: [{ out: "28x28" }]').get('layers')!.status).toBe('invalid');
  });

  it('shape mismatch shows the arithmetic', async () => {
    const r = gradeAnswers(await fx('small'), claims([{ out: [16, 26, 26] }, ...ok.slice(1)])).get('layers')!;
    expect(r.findings[0].values).toMatchObject({ got: '[16, 26, 26]', expected: '[16, 28, 28]', arithmetic: 'padding 1 turns 28×28 into 28×28: (28 + 2·1 − 3)/1 + 1 = 28' });
  });

  it.each([
    ['31530', 1, [], []],
    ['31000', 0, ['total.mismatch'], []],
    ['"31,530"', 1, [], []],
  ])('total %s', async (total, fraction, expected, infos) => {
    const r = gradeAnswers(await fx('small'), `${claims(ok)}\ntotal: ${total}`).get('total')!;
    expect(r.score / r.maxScore).toBe(fraction);
    expect(codes(r.findings)).toEqual(expected);
    expect(codes(r.findings.filter((f) => f.severity === 'info'))).toEqual(infos);
  });

  it('a total that adds up wrong counts correctly keeps its points (info)', async () => {
    const r = gradeAnswers(await fx('small'), `${claims([{ ...ok[0], params: 150 }, ...ok.slice(1)])}\ntotal: 31520`).get('total')!;
    expect(r.status).toBe('correct');
    // carried forward from the layers by the policy stage (issue 22), which says so first
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['policy.carried-forward', 'info'], ['total.mismatch', 'info']]);
  });
});

describe('param-count with the submission\'s own layers', () => {
  it('grades a brought design', async () => {
    const layers = [
      { type: 'conv', filters: 8, kernel: 3, out: [8, 30, 30], params: 224 },
      { type: 'batchnorm', out: [8, 30, 30], params: 16 },
      { type: 'maxpool', size: 2, out: [8, 15, 15] },
      { type: 'dense', units: 10, out: [10], params: 18000 },
    ];
    const r = gradeAnswers(await fx('own'), `layers: ${JSON.stringify(layers)}\ntotal: 18240`); // the sum of its own counts
    expect(codes(r.get('layers')!.findings)).toEqual(['layer.missing-bias']);
    expect(r.get('total')!.findings.map((f) => [f.code, f.severity])).toEqual([['policy.carried-forward', 'info'], ['total.mismatch', 'info']]);
  });
  it('refuses unknown layer types and settings', async () => {
    const r = gradeAnswers(await fx('own'), 'layers: [{ type: convolution, filters: 3 }]').get('layers')!;
    expect(r.status).toBe('invalid');
    expect(r.findings[0].message).toMatch(/unknown layer type/);
  });
});

describe('solve-for', () => {
  it('finds the closest n with biases', async () => {
    const f = await fx('deep');
    expect((f.ref as { solved: { n: number } }).solved.n).toBe(53); // (269322 − 50240 − 650)/4160 = 52.5
    expect(codes(gradeAnswers(f, 'n: 54').get('n')!.findings)).toEqual(['value.mismatch']);
    expect(gradeAnswers(f, 'n: 53').get('n')!.status).toBe('correct');
  });
  it('solve output grades at full marks', async () => {
    for (const name of ['small', 'deep']) {
      const f = await fx(name);
      const sol = paramCount.solve(f.lp.problem, f.ref as never);
      for (const [, p] of gradeAnswers(f, stringify(sol.answers))) expect(p.status, name + p.id).toBe('correct');
    }
  });
});

describe('param-count solve-for: every admissible n', () => {
  // Repeated 3×3 convs shrink the 12×12 map the dense layer reads: counts by n (worked by hand)
  // 0: 1,450; 1: 4,050; 2: 2,758; 3: 1,786; 4: 1,134; 5: 802; from 6 the stack is invalid.
  const problem = (budget: number, mode: string) =>
    `id: p\nkind: param-count\ngiven:\n  input: [1, 12, 12]\n  layers:\n    - { type: conv, filters: 4, kernel: 3, repeat: n }\n    - { type: flatten }\n    - { type: dense, units: 10 }\n  solve-for: { variable: n, budget: ${budget}, mode: ${mode}, max: 20 }\nparts: { n: 1 }\n`;
  const load = async (text: string) => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'gc-solvefor-')), 'p.yaml');
    writeFileSync(file, text);
    return fixture(file);
  };
  it.each([
    [1800, 'closest', 3],
    [1134, 'equal', 4],
    [4000, 'closest', 1],
    [1450, 'equal', 0],
    [700, 'closest', 5],
  ])('budget %i (%s): n = %i, though the counts do not grow with n', async (budget, mode, n) => {
    const f = await load(problem(budget, mode));
    expect((f.ref as { solved: { n: number } }).solved.n).toBe(n);
    expect(gradeAnswers(f, `n: ${n}`).get('n')!.status).toBe('correct');
  });
  it('equal with no whole solution: the key says none, and "none" is right', async () => {
    const f = await load(problem(1135, 'equal'));
    expect((f.ref as { solved: unknown }).solved).toBeNull();
    expect(gradeAnswers(f, 'n: none').get('n')!.status).toBe('correct');
    expect(codes(gradeAnswers(f, 'n: 4').get('n')!.findings)).toEqual(['value.mismatch']);
  });
});

describe('param-count: a short layer list (the issue\'s 784-256-256-10 MLP)', () => {
  const mlp = () => fixture(join(import.meta.dirname, '..', '..', '..', 'problems', 'hw3', 'hw3-mlp-count.yaml'));
  it('two of three layers listed and the right total: the total keeps its points, the missing layer is named, nothing false is said', async () => {
    const r = gradeAnswers(await mlp(), 'layers: [{ params: 200960 }, { params: 65792 }]\ntotal: 269322');
    expect([r.get('total')!.status, r.get('total')!.findings]).toEqual(['correct', []]);
    const layers = r.get('layers')!;
    expect(layers.findings.map((f) => [f.code, f.values.missing])).toEqual([['layer.count-mismatch', 'layer 3 (dense)']]);
    expect(layers.findings.some((f) => /sum of your counts|266,752/.test(f.message))).toBe(false);
  });
  it('activations given in the problem may be left out of the answer', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'gc-relu-')), 'p.yaml');
    writeFileSync(file, 'id: p\nkind: param-count\ngiven:\n  input: [784]\n  layers:\n    - { type: dense, units: 256 }\n    - { type: relu }\n    - { type: dense, units: 10 }\n    - { type: softmax }\nparts: { layers: 2, total: 1 }\n');
    const r = gradeAnswers(await fixture(file), 'layers: [{ params: 200960 }, { params: 2570 }]\ntotal: 203530');
    for (const [, p] of r) expect([p.status, p.findings]).toEqual(['correct', []]);
  });
});

describe('param-count solve-for: carried forward, and the worked solution per copy', () => {
  it('a total right for the student\'s own n keeps its points (info), the n alone is charged', async () => {
    const f = await fx('deep');
    const key = (f.ref as { solved: { n: number } }).solved.n;
    const own = key - 1;
    // (784 + 1)·64 + own·(64 + 1)·64 + (64 + 1)·10: worked by hand from the fixture's layers
    const total = 785 * 64 + own * 65 * 64 + 65 * 10;
    const r = gradeAnswers(f, `n: ${own}\ntotal: ${total}`);
    expect(r.get('n')!.status).toBe('incorrect');
    expect(r.get('total')!.status).toBe('correct');
    expect(r.get('total')!.findings.map((x) => [x.code, x.severity, x.values.from])).toEqual([['policy.carried-forward', 'info', ['n']], ['total.mismatch', 'info', undefined]]);
  });
  it('the worked solution gives a repeated layer\'s count per copy beside the copies\' total', async () => {
    const f = await fx('deep');
    const md = paramCount.solve(f.lp.problem as never, f.ref as never).markdown;
    expect(md).toMatch(/\| 4,160 per copy; ×\d+ = [\d,]+ \|/); // (64 + 1)·64 = 4,160
  });
});

describe('param-count: a repeated layer written out one row per copy', () => {
  it('the copies\' rows are read as the one repeated layer, nothing extra (hw3-deep-mlp, weights only)', async () => {
    const f = await fixture(join(import.meta.dirname, '..', '..', '..', 'problems', 'hw3', 'hw3-deep-mlp.yaml'));
    const n = (f.ref as { solved: { n: number } }).solved.n;
    // 784·64, then 64·64 per copy, then 64·10 (bias: false)
    const rows = [{ params: 50176 }, ...Array.from({ length: n }, () => ({ params: 4096 })), { params: 640 }];
    const layers = gradeAnswers(f, `layers: ${JSON.stringify(rows)}\nn: ${n}`).get('layers')!;
    expect([layers.status, layers.findings]).toEqual(['correct', []]);
  });
});
