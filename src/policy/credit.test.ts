// The policy stage on raw part grades (no kind): carried forward, credit by rubric, charged once.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/finding.js';
import type { PartGrade } from '../kinds/types.js';
import { applyPolicy, type PolicyContext } from './credit.js';
import { dependencyOrder } from './order.js';
import type { Rubric } from './rubric.js';

const err = (code: string, line = 1): Finding => ({ code, severity: 'error', message: code, values: {}, line, column: 1 });
const ok: PartGrade = { fraction: 1, findings: [] };
const diag = (code: string, fraction = 0.5, line = 1): PartGrade => ({ fraction, findings: [err(code, line)], diagnosis: code });
const rubric = (r: Partial<Rubric>): Rubric => ({ credit: {}, parts: {}, ...r });

// gd-step-size's dependencies, as the kind declares them.
const GD: PolicyContext = { parts: ['hessian', 'eigenvalues', 'rule', 'range', 'optimal'], dependencies: { eigenvalues: ['hessian'], range: ['eigenvalues', 'rule'], optimal: ['eigenvalues'] } };

const run = (grades: Record<string, PartGrade>, ctx: PolicyContext = GD) => applyPolicy(new Map(Object.entries(grades)), ctx);
const fractions = (m: Map<string, PartGrade>) => Object.fromEntries([...m].map(([k, g]) => [k, g.fraction]));
const codes = (g: PartGrade | undefined) => g!.findings.map((f) => f.code);

describe('dependency order', () => {
  it.each<[string, readonly string[], Record<string, string[]> | undefined, string[]]>([
    ['no dependencies: the problem order', ['b', 'a'], undefined, ['b', 'a']],
    ['gd: hessian → eigenvalues → range, optimal; rule → range', ['optimal', 'range', 'rule', 'eigenvalues', 'hessian'], GD.dependencies, ['rule', 'hessian', 'eigenvalues', 'optimal', 'range']],
    ['through a stated part that is not asked', ['dW1', 'loss'], { loss: ['a1'], a1: ['z1'], dW1: ['loss'] }, ['loss', 'dW1']],
    ['a cycle keeps the problem order', ['a', 'b'], { a: ['b'], b: ['a'] }, ['a', 'b']],
    ['layer by layer → total', ['total', 'layers'], { total: ['layers'] }, ['layers', 'total']],
  ])('%s', (_name, parts, deps, expected) => {
    expect(dependencyOrder(parts, deps)).toEqual(expected);
  });
});

describe('credit by rubric', () => {
  it.each<[string, PartGrade, Partial<PolicyContext>, number]>([
    ['a diagnosed part earns 0 by default, whatever entries coincide', diag('gd.hessian-not-doubled', 0.5), {}, 0],
    ["the kind's default credit", diag('gd.endpoint-included', 0), { defaultCredit: { 'gd.endpoint-included': 0.5 } }, 0.5],
    ["the rubric beats the kind's default", diag('gd.endpoint-included', 0), { defaultCredit: { 'gd.endpoint-included': 0.5 }, rubric: rubric({ credit: { 'gd.endpoint-included': 0.25 } }) }, 0.25],
    ["the part's own credit beats the problem's", diag('gd.endpoint-included', 0), { rubric: rubric({ credit: { 'gd.endpoint-included': 0.25 }, parts: { range: { 'gd.endpoint-included': 0.75 } } }) }, 0.75],
    ["another part's credit does not apply", diag('gd.endpoint-included', 0), { rubric: rubric({ parts: { optimal: { 'gd.endpoint-included': 0.75 } } }) }, 0],
    ['no diagnosis: the per-entry fraction stands', { fraction: 0.75, findings: [err('value.mismatch')] }, { rubric: rubric({ credit: { 'value.mismatch': 1 } }) }, 0.75],
    ['only too-few-figures, priced by the rubric: its credit', { fraction: 0.5, findings: [err('value.too-few-figures'), err('value.too-few-figures', 2)] }, { rubric: rubric({ credit: { 'value.too-few-figures': 0.8 } }) }, 0.8],
    ['only too-few-figures, not priced: the per-entry fraction stands', { fraction: 0.5, findings: [err('value.too-few-figures')] }, {}, 0.5],
    ['too-few-figures and a real mismatch: per entry', { fraction: 0.5, findings: [err('value.too-few-figures'), err('value.mismatch')] }, { rubric: rubric({ credit: { 'value.too-few-figures': 0.8 } }) }, 0.5],
  ])('%s', (_name, grade, ctx, expected) => {
    const out = run({ range: grade }, { ...GD, ...ctx });
    expect(out.get('range')!.fraction).toBe(expected);
  });
});

describe('error carried forward', () => {
  const carried: PartGrade = { fraction: 0, findings: [err('value.mismatch', 3)], carried: { fraction: 1, from: ['hessian'], findings: [] } };
  it('a part right from the student\'s own earlier answer keeps its points, and says so', () => {
    const out = run({ hessian: diag('gd.hessian-not-doubled', 0.5), eigenvalues: carried });
    expect(fractions(out)).toEqual({ hessian: 0, eigenvalues: 1 });
    expect(out.get('eigenvalues')!.findings).toMatchObject([{ code: 'policy.carried-forward', severity: 'info', values: { part: 'eigenvalues', from: ['hessian'] }, line: 3 }]);
    expect(out.get('eigenvalues')!.findings[0].message).toContain('your own hessian');
  });
  it('ecf: false grades it against the reference', () => {
    const out = run({ hessian: diag('gd.hessian-not-doubled'), eigenvalues: carried }, { ...GD, rubric: rubric({ ecf: false }) });
    expect(fractions(out)).toEqual({ hessian: 0, eigenvalues: 0 });
    expect(codes(out.get('eigenvalues'))).toEqual(['value.mismatch']);
  });
  it('a carried grade with its own mistake earns that mistake\'s credit', () => {
    const g: PartGrade = { fraction: 0, findings: [], carried: { fraction: 0.6, from: ['eigenvalues'], findings: [err('gd.endpoint-included')], diagnosis: 'gd.endpoint-included' } };
    const out = run({ range: g }, { ...GD, defaultCredit: { 'gd.endpoint-included': 0.5 } });
    expect(out.get('range')!.fraction).toBe(0.5);
    expect(codes(out.get('range'))).toEqual(['policy.carried-forward', 'gd.endpoint-included']);
  });
  // mlp: a stated y that the problem does not ask is scored nowhere, so carrying from it would
  // charge its mistake nowhere (y = t and zero gradients earned every point).
  const MLP: PolicyContext = { parts: ['loss', 'dW2'], dependencies: { loss: ['y'], dW2: ['y'] } };
  const fromY = (fraction: number): PartGrade => ({ fraction, findings: fraction < 1 ? [err('value.mismatch')] : [], carried: { fraction: 1, from: ['y'], findings: [] } });
  it.each<[string, readonly string[], Record<string, number>]>([
    ['y not asked: nothing carried, the parts graded against the reference', ['loss', 'dW2'], { loss: 0, dW2: 0 }],
    ['y asked (and charged there): carried', ['y', 'loss', 'dW2'], { loss: 1, dW2: 1 }],
  ])('%s', (_name, parts, expected) => {
    const out = run({ loss: fromY(0), dW2: fromY(0), ...(parts.includes('y') ? { y: { fraction: 0, findings: [err('value.mismatch')] } } : {}) }, { ...MLP, parts });
    expect(Object.fromEntries(Object.keys(expected).map((k) => [k, out.get(k)!.fraction]))).toEqual(expected);
  });
});

describe('one mistake charged once', () => {
  it('at the first part in dependency order, whatever the problem order; later parts full, and told where', () => {
    const ctx = { ...GD, parts: ['optimal', 'eigenvalues', 'hessian'] };
    const out = run({ optimal: diag('gd.hessian-not-doubled', 0, 9), eigenvalues: diag('gd.hessian-not-doubled', 0, 5), hessian: diag('gd.hessian-not-doubled', 0, 2) }, ctx);
    expect(fractions(out)).toEqual({ hessian: 0, eigenvalues: 1, optimal: 1 });
    expect(codes(out.get('hessian'))).toEqual(['gd.hessian-not-doubled']);
    for (const p of ['eigenvalues', 'optimal']) {
      expect(out.get(p)!.findings).toMatchObject([{ code: 'policy.charged-once', severity: 'info', values: { code: 'gd.hessian-not-doubled', part: p, first: 'hessian' } }]);
    }
    expect(out.get('optimal')!.findings[0].line).toBe(9);
  });
  it('charged at its rubric credit once: two parts with a 0.5 mistake lose half of one part', () => {
    const out = run({ range: diag('gd.endpoint-included', 0), optimal: diag('gd.endpoint-included', 0) }, { ...GD, defaultCredit: { 'gd.endpoint-included': 0.5 } });
    expect(fractions(out)).toEqual({ range: 0.5, optimal: 1 });
  });
  it('different mistakes are each charged', () => {
    const out = run({ hessian: diag('gd.hessian-not-doubled'), range: diag('gd.half-range') });
    expect(fractions(out)).toEqual({ hessian: 0, range: 0 });
  });
  it('a carried part does not count as showing the mistake; the next diagnosed part is charged', () => {
    const out = run({ eigenvalues: { ...diag('gd.used-lambda-min'), carried: { fraction: 1, from: ['hessian'], findings: [] } }, range: diag('gd.used-lambda-min') });
    expect(fractions(out)).toEqual({ eigenvalues: 1, range: 0 });
  });
  it('the same result in whatever order the grades arrive (pure)', () => {
    const a = run({ hessian: diag('x.y'), eigenvalues: diag('x.y') });
    const b = run({ eigenvalues: diag('x.y'), hessian: diag('x.y') });
    expect(fractions(a)).toEqual(fractions(b));
    expect(a.get('eigenvalues')).toEqual(b.get('eigenvalues'));
  });
});

describe('carried forward only where it earns more', () => {
  it.each<[string, PartGrade, number, string[]]>([
    ['carried 0, raw 0: the raw grade (its findings against the reference)', { fraction: 0, findings: [err('value.mismatch')], carried: { fraction: 0, from: ['hessian'], findings: [err('value.mismatch')] } }, 0, ['value.mismatch']],
    ['carried 0, raw 0.5 (an included endpoint): raw', { ...diag('gd.endpoint-included', 0.5), carried: { fraction: 0, from: ['eigenvalues'], findings: [err('value.mismatch')] } }, 0.5, ['gd.endpoint-included']],
    ['carried 0.5, raw 0: carried', { fraction: 0, findings: [err('value.mismatch')], carried: { fraction: 0.5, from: ['hessian'], findings: [err('value.mismatch')] } }, 0.5, ['policy.carried-forward', 'value.mismatch']],
  ])('%s', (_name, g, fraction, expected) => {
    const out = run({ range: g }, { ...GD, defaultCredit: { 'gd.endpoint-included': 0.5 } });
    expect(out.get('range')!.fraction).toBe(fraction);
    expect(codes(out.get('range'))).toEqual(expected);
  });
});

describe('carried forward and charged once together', () => {
  it('a part whose mistake was already charged is not marked down by a worse carried reading', () => {
    const range: PartGrade = { ...diag('gd.half-range'), carried: { fraction: 0.5, from: ['eigenvalues'], findings: [err('value.mismatch')] } };
    const out = run({ rule: diag('gd.half-range'), range });
    expect(fractions(out)).toEqual({ rule: 0, range: 1 });
    expect(codes(out.get('range'))).toEqual(['policy.charged-once']);
  });
});

describe('a carried reading that names the mistake', () => {
  it('is kept at equal credit over a bare mismatch (the named mistake made on top of the student\'s own values)', () => {
    const raw = { fraction: 0, findings: [{ code: 'value.mismatch', severity: 'error' as const, message: 'm', values: {} }], carried: { fraction: 0, from: ['dp'], findings: [{ code: 'x.act', severity: 'error' as const, message: 'n', values: {} }], diagnosis: 'x.act' } };
    const out = applyPolicy(new Map([['dz', raw]]), { parts: ['dp', 'dz'], dependencies: { dz: ['dp'] } }); // dp asked: carried only from parts asked
    expect(out.get('dz')!.diagnosis).toBe('x.act');
    expect(out.get('dz')!.findings.map((f) => f.code)).toEqual(['policy.carried-forward', 'x.act']);
    expect(out.get('dz')!.fraction).toBe(0);
  });
  it('is not taken with ecf: false', () => {
    const raw = { fraction: 0, findings: [{ code: 'value.mismatch', severity: 'error' as const, message: 'm', values: {} }], carried: { fraction: 0, from: ['dp'], findings: [], diagnosis: 'x.act' } };
    const out = applyPolicy(new Map([['dz', raw]]), { parts: ['dz'], rubric: { ecf: false } as never });
    expect(out.get('dz')!.diagnosis).toBeUndefined();
  });
});
