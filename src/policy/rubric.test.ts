// `rubric:` in problem and assignment files: read, merged (the problem's over its assignment's),
// and refused at the line when it names a part or code that does not exist or a credit outside 0..1.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProblems } from '../grading/problems.js';
import { KNOWN_CODES } from '../findings/finding.js';
import { creditFor, withAssignmentRubric } from './rubric.js';

function load(files: Record<string, string>) {
  const d = mkdtempSync(join(tmpdir(), 'gc-rubric-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(d, name, '..'), { recursive: true });
    writeFileSync(join(d, name), text);
  }
  return loadProblems(Object.keys(files).map((f) => join(d, f)));
}

const fixture = (kind: string, name: string) => readFileSync(join(import.meta.dirname, '..', 'kinds', kind, 'fixtures', `${name}.yaml`), 'utf8').trimEnd() + '\n';
const QUAD = (rubric: string) => `id: quad
kind: gd-step-size
given: { matrix: [[1, 0], [0, 2]] }
parts: { hessian: 1, eigenvalues: 1, range: 1 }
${rubric}`;

describe('reading a rubric', () => {
  it('credits per code, per part, and the ecf switch', () => {
    const set = load({ 'quad.yaml': QUAD('rubric:\n  gd.endpoint-included: 0.25\n  ecf: false\n  parts:\n    range: { gd.half-range: 0.5 }\n') });
    expect(set.errors).toEqual([]);
    expect(set.problems.get('quad')!.problem.rubric).toEqual({ credit: { 'gd.endpoint-included': 0.25 }, parts: { range: { 'gd.half-range': 0.5 } }, ecf: false });
  });
  it.each([
    ['a credit above 1', 'rubric:\n  gd.endpoint-included: 1.5\n', 6, /must be <= 1/],
    ['a credit below 0', 'rubric:\n  parts:\n    range: { gd.half-range: -0.5 }\n', 7, /must be >= 0/],
    ['a part the problem does not ask', 'rubric:\n  parts:\n    optimal: { gd.half-range: 0.5 }\n', 7, /no part "optimal" \(its parts: hessian, eigenvalues, range\)/],
    ['a code no catalog has', 'rubric:\n  gd.endpoint-include: 0.5\n', 6, /no finding code "gd.endpoint-include" \(gd\.\* codes: .*gd\.endpoint-included/],
    ['ecf that is not true/false', 'rubric:\n  ecf: "no"\n', 6, /ecf must be boolean/],
    ['a key that is not a code', 'rubric:\n  halfrange: 0.5\n', 6, /unknown key "halfrange"/],
    // A code that exists but prices nothing here: no part of this kind is ever explained by it as a whole.
    ['value.mismatch (a per-entry finding, never a whole-part diagnosis)', 'rubric:\n  gd.half-range: 0.5\n  value.mismatch: 1\n', 7, /"value\.mismatch" prices nothing: no part of a gd-step-size problem is ever explained by it.*gd\.half-range.*value\.too-few-figures/],
    ['another kind\'s diagnosis', 'rubric:\n  conv.sign-flipped: 0.75\n', 6, /"conv\.sign-flipped" prices nothing: no part of a gd-step-size problem/],
    ['a note of the kind that never explains a part (gd.semidefinite)', 'rubric:\n  gd.semidefinite: 0.5\n', 6, /"gd\.semidefinite" prices nothing/],
    ['a code that prices nothing, in a part\'s rubric', 'rubric:\n  parts:\n    range: { answer.missing: 0.5 }\n', 7, /"answer\.missing" prices nothing/],
    // A part's own rubric: the diagnoses that part can have (a Hessian is only ever A for 2A).
    ['a diagnosis the part never has (an endpoint on the Hessian)', 'rubric:\n  parts:\n    hessian: { gd.endpoint-included: 0.5 }\n', 7, /"gd\.endpoint-included" prices nothing: hessian of a gd-step-size problem is never explained by it.*hessian's rubric prices: gd\.hessian-not-doubled, value\.too-few-figures$/],
  ])('refuses %s, at its line', (_name, rubric, line, message) => {
    const set = load({ 'quad.yaml': QUAD(rubric) });
    expect(set.errors).toHaveLength(1);
    expect(set.errors[0]).toMatchObject({ code: 'problem.invalid', line });
    expect(set.errors[0].message).toMatch(message);
  });
});

describe('a rubric prices the diagnoses of its kind', () => {
  // Each kind declares the codes it may hand in as a whole-part diagnosis; those, and
  // value.too-few-figures (any part whose only errors are too few figures), are what a rubric prices.
  it.each([
    ['gd.endpoint-included', QUAD('')],
    ['gd.hessian-not-doubled', QUAD('')],
    ['value.too-few-figures', QUAD('')],
    ['conv.sign-flipped', fixture('conv-backprop', 'stride')],
    ['mlp.factor-off', fixture('mlp-gradients', 'square')],
    ['layer.missing-bias', fixture('param-count', 'small')],
  ])('%s is accepted', (code, problem) => {
    const set = load({ 'p.yaml': `${problem}rubric:\n  ${code}: 0.5\n` });
    expect(set.errors.map((e) => e.message)).toEqual([]);
  });
  it.each([
    ['hessian', 'gd.hessian-not-doubled'],
    ['eigenvalues', 'gd.hessian-not-doubled'],
    ['range', 'gd.endpoint-included'],
    ['range', 'gd.hessian-not-doubled'],
    ['hessian', 'value.too-few-figures'],
  ])("%s's own rubric prices %s", (part, code) => {
    const set = load({ 'quad.yaml': QUAD(`rubric:\n  parts:\n    ${part}: { ${code}: 0.5 }\n`) });
    expect(set.errors.map((e) => e.message)).toEqual([]);
  });
  it('every kind declares its diagnoses, each a known error code', async () => {
    const { KINDS } = await import('../kinds/registry.js');
    for (const v of Object.values(KINDS)) {
      expect(v.diagnoses.length, v.kind).toBeGreaterThan(0);
      expect(v.diagnoses.filter((c) => !KNOWN_CODES.has(c)), v.kind).toEqual([]);
    }
  });
});

describe("an assignment's rubric", () => {
  const files = (problemRubric: string, assignmentRubric: string) => ({
    'quad.yaml': QUAD(problemRubric),
    'assignment.yaml': `id: a1\nproblems: [quad]\n${assignmentRubric}`,
  });
  it('applies to its problems; the problem file overrides it code by code', () => {
    const set = load(files('rubric:\n  gd.half-range: 0.5\n', 'rubric:\n  gd.half-range: 0.1\n  gd.endpoint-included: 0.25\n  ecf: false\n'));
    expect(set.errors).toEqual([]);
    const r = set.assignments[0].problems.get('quad')!.problem.rubric;
    expect(r).toEqual({ credit: { 'gd.half-range': 0.5, 'gd.endpoint-included': 0.25 }, parts: {}, ecf: false });
    expect(set.problems.get('quad')!.problem.rubric).toEqual({ credit: { 'gd.half-range': 0.5 }, parts: {} }); // the problem itself unchanged
  });
  it('refuses a code that none of its problems\' kinds is ever diagnosed with, at the line', () => {
    const set = load(files('', 'rubric:\n  gd.half-range: 0.5\n  mlp.sign-flipped: 0.5\n  value.mismatch: 1\n'));
    expect(set.errors.map((e) => [e.code, e.line])).toEqual([
      ['assignment.invalid', 5],
      ['assignment.invalid', 6],
    ]);
    expect(set.errors[0].message).toMatch(/"mlp\.sign-flipped" prices nothing: no part of a gd-step-size problem/);
  });
  it('refuses parts (they belong in the problem file) and credits outside 0..1, at the line', () => {
    const set = load(files('', 'rubric:\n  parts: { range: { gd.half-range: 0.5 } }\n  gd.half-range: 2\n'));
    expect(set.errors.map((e) => [e.code, e.line])).toEqual([
      ['assignment.invalid', 4],
      ['assignment.invalid', 5],
    ]);
  });
});

describe('credit lookup', () => {
  const r = withAssignmentRubric({ credit: { a: 0.5 }, parts: { p: { a: 0.9 } } }, { credit: { a: 0.1, b: 0.2 }, parts: {}, ecf: false })!;
  it.each([
    ['p', 'a', 0.9],
    ['q', 'a', 0.5],
    ['q', 'b', 0.2],
    ['q', 'c', 0.3],
    ['q', 'd', 0],
  ])('part %s, code %s: %d', (part, code, expected) => {
    expect(creditFor(r, { c: 0.3, a: 0.7 }, part, code)).toBe(expected);
  });
  it('keeps the assignment\'s ecf when the problem sets none', () => expect(r.ecf).toBe(false));
});
