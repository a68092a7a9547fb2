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
