import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { codes, fixture, gradeAnswers } from '../../../test/helpers.js';
import { convDesign, type DesignRef } from './index.js';
import { designKey } from './enumerate.js';

const fx = () => fixture(join(import.meta.dirname, 'fixtures', 'seed.yaml'));
const conv = (k: number, f: number, extra = {}) => ({ type: 'conv', kernel: k, filters: f, ...extra });
const pool = { type: 'maxpool', size: 2, stride: 2 };

describe('conv-design', () => {
  it('enumerates the designs that meet the constraints', async () => {
    const { ref } = (await fx()) as { ref: DesignRef };
    const keys = ref.designs.map(designKey);
    expect(keys).toContain('c3-p-c3-p-c3'); // 32→30→15→13→6→4
    expect(keys).toContain('c3-p-c7-p'); // 32→30→15→9→4
    for (const k of keys) expect(k).not.toMatch(/c\d-c|p-p/); // alternation
    expect(ref.designs[0].params <= ref.designs[ref.designs.length - 1].params).toBe(true);
  });

  it.each([
    ['a valid design', [conv(3, 16), pool, conv(7, 64), pool], 1, []],
    ['stride 2', [conv(3, 16, { stride: 2 }), pool, conv(3, 64)], null, ['design.constraint-violated', 'design.target-missed']],
    ['kernel 4', [conv(4, 16), pool, conv(6, 64), pool], null, ['design.constraint-violated']],
    ['padding 1', [conv(3, 16, { padding: 1 }), pool, conv(3, 16, { padding: 1 }), pool, conv(3, 64, { padding: 1 }), pool], null, ['design.constraint-violated']],
    ['two convs in a row', [conv(3, 16), conv(3, 16), pool, conv(5, 64), pool], null, ['design.constraint-violated', 'design.target-missed']],
    ['average pooling', [conv(3, 16), { type: 'avgpool', size: 2 }, conv(7, 64), pool], null, ['design.constraint-violated']],
    ['a kernel larger than its input', [conv(7, 16), pool, conv(7, 16), pool, conv(7, 64)], 4 / 6, ['design.target-missed', 'layer.invalid-size']],
    ['wrong channels', [conv(3, 16), pool, conv(7, 32), pool], null, ['design.target-missed']],
  ])('%s', async (_n, layers, fraction, expected) => {
    const r = gradeAnswers(await fx(), `layers: ${JSON.stringify(layers)}`).get('layers')!;
    expect(codes(r.findings)).toEqual(expected);
    if (fraction !== null) expect(r.score / r.maxScore).toBeCloseTo(fraction, 3);
    else expect(r.status).toBe('partial');
  });

  it('solve output grades at full marks', async () => {
    const f = await fx();
    const sol = convDesign.solve(f.lp.problem, f.ref as DesignRef);
    const r = gradeAnswers(f, stringify(sol.answers));
    for (const [, p] of r) expect(p.status, JSON.stringify(p.findings)).toBe('correct');
    expect(sol.markdown).toContain('| # | layers | parameters |');
  });
});

describe('conv-design search: every valid order, the fewest parameters, the count', () => {
  const prob = (constraints: string, target = '[64, 4, 4]', input = '[3, 32, 32]') =>
    `id: p\nkind: conv-design\ngiven:\n  input: ${input}\n  target: ${target}\n  constraints: ${constraints}\nparts: { layers: 1, total: 1 }\n`;
  const load = async (text: string) => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'gc-design-')), 'p.yaml');
    writeFileSync(file, text);
    return (await fixture(file)).ref as DesignRef;
  };
  it('pooling may come first: the seed problem\'s fewest-parameter key pools the input first', async () => {
    const { ref } = (await fx()) as { ref: DesignRef };
    expect(designKey(ref.designs[0])).toBe('p-c5-p-c3'); // 32→16→12→6→4
    expect(ref.designs[0].params).toBe(5_280n); // 3·25·8 + 8 and 8·9·64 + 64 (hidden convs take the smallest count, 8)
    expect(ref.designs.every((d) => d.params >= ref.designs[0].params)).toBe(true);
    expect(ref.count).toBe(String(ref.designs.length));
  });
  it('a step below the target size that padding grows again is searched (and pooling first)', async () => {
    // 8×8 → max pool → 4×4, below the 6×6 target → conv 1×1 with padding 1 → 6×6: the only design.
    const ref = await load(prob('{ kernels: [1], padding: 1, max-depth: 2, pooling: { type: max, size: 2, stride: 2 } }', '[4, 6, 6]', '[1, 8, 8]'));
    expect(ref.designs.map(designKey)).toEqual(['p-c1']);
    expect(ref.count).toBe('1');
  });
  it('counts designs by dynamic programming, however many there are', async () => {
    const ref = await load(prob('{ kernels: [1, 3, 5, 7], padding: 1, max-depth: 9 }', '[64, 20, 20]'));
    expect(BigInt(ref.count)).toBeGreaterThan(BigInt(ref.designs.length));
    expect(ref.designs.length).toBeLessThanOrEqual(501);
    // The key has the fewest parameters of all listed.
    expect(ref.designs.every((d) => d.params >= ref.designs[0].params)).toBe(true);
  });
});

describe('conv-design under the policy stage: layers → total', () => {
  const rubric = (r: object) => <T extends { lp: { problem: object } }>(f: T): T => ({ ...f, lp: { ...f.lp, problem: { ...f.lp.problem, rubric: { credit: {}, parts: {}, ...r } } } });
  // conv 3×3×16 (448) → pool → conv 7×7×64 (50,240) → pool: 50,688 (50,608 without the biases).
  const design = (second: number) => `layers: ${JSON.stringify([conv(3, 16, { params: 448 }), pool, conv(7, 64, { params: second }), pool])}`;
  it.each([
    ['the sum of their own counts (one count wrong): carried forward', `${design(50000)}\ntotal: 50448`, {}, 5, ['policy.carried-forward', 'total.mismatch']],
    ['the same with ecf: false: wrong against the network', `${design(50000)}\ntotal: 50448`, { ecf: false }, 0, ['total.mismatch']],
    ['right counts, a total without the biases: that mistake, 0 by default', `${design(50240)}\ntotal: 50608`, {}, 0, ['layer.missing-bias']],
    ['… and its rubric credit when the rubric prices it', `${design(50240)}\ntotal: 50608`, { credit: { 'layer.missing-bias': 0.5 } }, 2.5, ['layer.missing-bias']],
    ['a total that is nobody\'s sum', `${design(50240)}\ntotal: 50000`, {}, 0, ['total.mismatch']],
  ])('%s', async (_name, answers, r, score, expected) => {
    const t = gradeAnswers(rubric(r)(await fx()), answers).get('total')!;
    expect(t.score).toBe(score);
    expect(t.findings.map((f) => f.code)).toEqual(expected);
    expect(t.findings.filter((f) => f.code !== 'policy.carried-forward').every((f) => f.severity === (score === 5 ? 'info' : 'error'))).toBe(true);
  });
});

describe('conv-design: layer by layer, error carried forward (and switched off)', () => {
  const withEcf = (ecf: boolean) => <T extends { lp: { problem: object } }>(f: T): T => ({ ...f, lp: { ...f.lp, problem: { ...f.lp.problem, rubric: { credit: {}, parts: {}, ...(ecf ? {} : { ecf: false }) } } } });
  // conv 3 → 30×30 (claimed 28×28), pool → 15 (claimed 14: right from their 28), conv 7 → 9 (claimed 8: right from their 14), pool → 4.
  const layers = `layers: ${JSON.stringify([conv(3, 16, { out: [16, 28, 28] }), { ...pool, out: [16, 14, 14] }, conv(7, 64, { out: [64, 8, 8] }), { ...pool, out: [64, 4, 4] }])}`;
  it('a wrong shape costs its claim; the next claim right from it keeps its points', async () => {
    const on = gradeAnswers(await fx(), layers).get('layers')!;
    const off = gradeAnswers(withEcf(false)(await fx()), layers).get('layers')!;
    expect(on.score).toBeGreaterThan(off.score);
    expect(on.findings.map((f) => [f.code, f.severity])).toContainEqual(['policy.carried-forward', 'info']);
    expect(off.findings.some((f) => f.code === 'policy.carried-forward' || f.severity === 'info')).toBe(false);
    expect(off.findings.filter((f) => f.code === 'layer.shape-mismatch').map((f) => f.severity)).toEqual(['error', 'error', 'error']);
    expect(on.findings.filter((f) => f.code === 'layer.shape-mismatch').map((f) => f.severity)).toEqual(['error', 'info', 'info']);
    expect(on.score - off.score).toBeCloseTo((2 / 9) * 10, 3); // two of nine items (4 shapes, 4 constraints, the target) back
  });
});
