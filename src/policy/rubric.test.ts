// `rubric:` in problem and assignment files: read, merged (the problem's over its assignment's),
// and refused at the line when it names a part or code that does not exist or a credit outside 0..1.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProblems } from '../grading/problems.js';
import { creditFor, withAssignmentRubric } from './rubric.js';

function load(files: Record<string, string>) {
  const d = mkdtempSync(join(tmpdir(), 'gc-rubric-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(d, name, '..'), { recursive: true });
    writeFileSync(join(d, name), text);
  }
  return loadProblems(Object.keys(files).map((f) => join(d, f)));
}

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
  ])('refuses %s, at its line', (_name, rubric, line, message) => {
    const set = load({ 'quad.yaml': QUAD(rubric) });
    expect(set.errors).toHaveLength(1);
    expect(set.errors[0]).toMatchObject({ code: 'problem.invalid', line });
    expect(set.errors[0].message).toMatch(message);
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
