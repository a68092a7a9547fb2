import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadYamlFile, loadYamlText, LoadError } from '../src/load/yaml.js';
import { loadProblem } from '../src/grading/problems.js';
import { gradeFile } from '../src/grading/grade.js';
import { wholeSet } from '../src/grading/assignments.js';

const dir = mkdtempSync(join(tmpdir(), 'gc-loader-'));
function file(name: string, text: string) {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

function bomb(levels: number) {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < levels; i++) {
    const prev = String.fromCharCode(96 + i), cur = String.fromCharCode(97 + i);
    lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(', ')}]`);
  }
  return lines.join('\n');
}

describe('untrusted YAML', () => {
  it.each([
    ['broken syntax', 'a: [1, 2\nb: 3', /not readable YAML/, 2],
    ['duplicate key', 'a: 1\nb: 2\na: 3', /appears twice/, 3],
    ['empty', '', /empty/, 1],
  ])('%s is an error at a line', (_n, text, msg, line) => {
    try {
      loadYamlText(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LoadError);
      expect((e as LoadError).message).toMatch(msg);
      expect((e as LoadError).pos.line).toBe(line);
    }
  });

  it('refuses an alias bomb quickly', () => {
    const t0 = performance.now();
    expect(() => loadYamlText(bomb(9))).toThrow(/aliases/);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('refuses a 10 MB file before parsing', () => {
    const p = file('big.yaml', 'student: x\nanswers:\n  p:\n    m: [' + '0.123456789, '.repeat(900_000) + '0]\n');
    expect(() => loadYamlFile(p)).toThrow(/over the limit of 1.0 MB/);
  });
});

describe('problem files', () => {
  it.each([
    ['unknown kind', 'id: p\nkind: nope\ngiven: {}\nparts: {range: 1}\n', 2, 'kind must be one of'],
    ['missing parts', 'id: p\nkind: gd-step-size\ngiven: {matrix: [[1]]}\n', 1, 'must have "parts"'],
    ['bad part', 'id: p\nkind: gd-step-size\ngiven:\n  matrix: [[1, 0], [0, 1]]\nparts:\n  range: 5\n  rnage: 3\n', 7, '"rnage"'],
    ['not square', 'id: p\nkind: gd-step-size\ngiven:\n  matrix: [[1, 0, 2], [0, 1, 2]]\nparts: {range: 1}\n', 4, 'square'],
    ['not quadratic', 'id: p\nkind: gd-step-size\ngiven:\n  function: "x^3 + y^2"\nparts: {range: 1}\n', 4, 'not quadratic'],
    ['bad entry', 'id: p\nkind: gd-step-size\ngiven:\n  matrix: [[1, "f(x)=2"], [0, 1]]\nparts: {range: 1}\n', 4, 'function definition'],
  ])('%s: error at its line', (_n, text, line, msg) => {
    const r = loadProblem(file(`${_n}.yaml`, text));
    expect('errors' in r).toBe(true);
    if ('errors' in r) {
      expect(r.errors[0].code).toBe('problem.invalid');
      expect(r.errors[0].line).toBe(line);
      expect(r.errors[0].message).toContain(msg);
    }
  });
});

describe('submission files', () => {
  it.each([
    ['not yaml', 'student: [', 'submission.invalid'],
    ['not a submission', 'id: p\nkind: gd-step-size\n', 'submission.invalid'],
    ['no student', 'answers: {}\n', 'submission.invalid'],
  ])('%s is invalid with score 0', (_n, text, code) => {
    const r = gradeFile(file(`s-${_n}.yaml`, text), [wholeSet(new Map())], new Map());
    expect(r.status).toBe('invalid');
    expect(r.score).toBe(0);
    expect(r.findings[0].code).toBe(code);
    expect(r.findings[0].line).toBeGreaterThan(0);
  });
});

describe('shipped schemas', () => {
  it('schemas/ holds what the kinds declare (npm run build writes them)', async () => {
    const { readFileSync } = await import('node:fs');
    const { problemSchema, submissionSchema } = await import('../src/load/schemas.js');
    expect(JSON.parse(readFileSync('schemas/problem.schema.json', 'utf8'))).toEqual(problemSchema());
    expect(JSON.parse(readFileSync('schemas/submission.schema.json', 'utf8'))).toEqual(submissionSchema());
  });
});

describe('grading the same answer block twice', () => {
  it('does not reuse a result across problems that differ only in tolerance', () => {
    const key = (tol: string) => file(`tol-${tol}.yaml`, `id: same\nkind: gd-step-size\ngiven: { matrix: [[5, 2], [2, 2]] }\nparts: { optimal: 1 }\ntolerance: { rel: ${tol} }\n`);
    const grade = (p: string) => {
      const lp = loadProblem(p);
      if ('errors' in lp) throw new Error('bad fixture');
      const ref = lp.verifier.reference(lp.problem.given);
      return gradeFile('s.yaml', [wholeSet(new Map([['same', lp]]))], new Map([['same', ref]]), 'student: s\nanswers:\n  same: { optimal: 0.15 }\n').problems[0].parts[0].status;
    };
    expect(grade(key('0.001'))).toBe('incorrect'); // 0.15 vs 1/7 = 0.1429
    expect(grade(key('0.1'))).toBe('correct');
  });
});

describe('reference cache', () => {
  it('a second computation of the same problem is read from the cache, cross-check included', async () => {
    const { computeReference } = await import('../src/grading/references.js');
    const { loadProblems } = await import('../src/grading/problems.js');
    const lp = loadProblems(['problems/usi-a2/usi-a2-gd.yaml']).problems.get('usi-a2-gd')!;
    const cacheDir = mkdtempSync(join(tmpdir(), 'gc-refcache-'));
    const first = await computeReference(lp, { cacheDir, crossCheck: true });
    const second = await computeReference(lp, { cacheDir, crossCheck: true });
    expect([first.source, second.source]).toEqual(['computed', 'cache']);
    expect(second.crossCheck).toEqual(first.crossCheck);
    expect(lp.verifier.encodeRef(second.ref)).toEqual(lp.verifier.encodeRef(first.ref));
  });
});
