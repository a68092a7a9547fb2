// Error carried forward across a student's separate files (issue 22, submissions: merge): a
// mistake in an earlier part in file A carries forward to the parts computed from it in file B
// exactly as in one file, and is charged once across the files. For each kind's dependency
// chain, a student's answers with one early mistake (every later part worked correctly from it)
// score the same in one file and split over files in every order, the later parts say
// `policy.carried-forward` in the file they are in, and the mistake is named once.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = mkdtempSync(join(tmpdir(), 'gc-combined-ecf-'));
const env = { ...process.env, GRADECHECK_CACHE_DIR: join(root, 'cache'), NO_COLOR: '1' };
const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env });
const fixture = (kind: string, name: string) => readFileSync(join(import.meta.dirname, '..', 'kinds', kind, 'fixtures', `${name}.yaml`), 'utf8');

/** The answers `solve` gives for a problem (the student's: the key of a problem they misread). */
function solved(id: string, text: string): Record<string, unknown> {
  const f = join(root, `${id}-misread.yaml`);
  writeFileSync(f, text);
  const r = cli('solve', f);
  expect(r.status, r.stderr).toBe(0);
  return parse(r.stdout).answers[id];
}

interface Case {
  /** The problem graded. */
  problem: string;
  id: string;
  /** The student's answers, part by part. */
  answers: () => Record<string, unknown>;
  /** Splits over files, in hand-in order: the parts each file answers. */
  splits: string[][][];
  /** Parts that must keep their points by error carried forward (in whatever file they are). */
  carried: string[];
  /** The mistake, named on one part only (undefined: the mistake is a plain wrong value). */
  named?: string;
}

const GD = 'id: gd\nkind: gd-step-size\ntitle: gd\ngiven:\n  function: "7x^2 + 4xy + 4y^2"\nparts: { hessian: 3, eigenvalues: 3, rule: 2, range: 4, optimal: 2 }\n';
// mlp-gradients: the first layer's bias misread (0.3 for 0.1): z1, a1, y wrong, every gradient right for them.
const MLP = fixture('mlp-gradients', 'square').replace(/^parts: .*$/m, 'parts: { z1: 1, a1: 1, y: 1, loss: 1, dW1: 1, db1: 1, dW2: 1, db2: 1 }');
// conv-backprop: the bias misread (1 for 0): Z wrong; dZ, dX, dW, db right for that Z.
const CONV = fixture('conv-backprop', 'stride');

const CASES: [string, Case][] = [
  [
    'gd: the coefficient matrix as Hessian (hessian → eigenvalues → range, optimal)',
    {
      problem: GD,
      id: 'gd',
      answers: () => ({ hessian: [[7, 2], [2, 4]], rule: '0 < eta < 2/lambda_max', eigenvalues: [3, 8], range: '0 < eta < 1/4', optimal: '2/11' }),
      splits: [
        [['hessian', 'rule'], ['eigenvalues', 'range', 'optimal']],
        [['eigenvalues', 'range', 'optimal'], ['hessian', 'rule']],
        [['hessian'], ['eigenvalues'], ['rule', 'range'], ['optimal']],
      ],
      carried: ['eigenvalues', 'range', 'optimal'],
      named: 'gd.hessian-not-doubled',
    },
  ],
  [
    'gd: a rule with its end included, the range from it (rule → range)',
    {
      problem: GD,
      id: 'gd',
      answers: () => ({ hessian: [[14, 4], [4, 8]], eigenvalues: [6, 16], rule: '0 < eta <= 2/lambda_max', range: '0 < eta <= 1/8', optimal: '1/11' }),
      splits: [
        [['hessian', 'eigenvalues', 'rule'], ['range', 'optimal']],
        [['range'], ['rule'], ['hessian', 'eigenvalues', 'optimal']],
      ],
      carried: [],
      named: 'gd.endpoint-included',
    },
  ],
  [
    'gd: wrong eigenvalues (no named mistake), the range and optimal step from them',
    {
      problem: GD,
      id: 'gd',
      answers: () => ({ hessian: [[14, 4], [4, 8]], rule: '0 < eta < 2/lambda_max', eigenvalues: [6, 20], range: '0 < eta < 1/10', optimal: '1/13' }),
      splits: [
        [['hessian', 'rule', 'eigenvalues'], ['range', 'optimal']],
        [['range', 'optimal'], ['hessian', 'rule', 'eigenvalues']],
        [['eigenvalues'], ['range'], ['optimal', 'hessian', 'rule']],
      ],
      carried: ['range', 'optimal'],
    },
  ],
  [
    'mlp-gradients: a misread bias (z1 → a1 → y → loss, gradients)',
    {
      problem: MLP,
      id: 'square',
      answers: () => solved('square', MLP.replace('bias: [0.1, -0.2]', 'bias: [0.3, -0.2]')),
      splits: [
        [['z1', 'a1', 'y'], ['loss', 'dW1', 'db1', 'dW2', 'db2']],
        [['loss', 'dW2', 'db2'], ['z1', 'a1'], ['y', 'dW1', 'db1']],
      ],
      carried: ['loss', 'dW1', 'db1', 'dW2', 'db2'],
    },
  ],
  [
    'conv-backprop: a misread bias (Z → dZ → dX, dW, db)',
    {
      problem: CONV,
      id: 'conv-stride',
      answers: () => solved('conv-stride', CONV.replace('bias: [0]', 'bias: [1]')),
      splits: [
        [['Z'], ['dZ', 'dX', 'dW', 'db']],
        [['dX', 'dW', 'db'], ['Z', 'dZ']],
        [['Z', 'dZ'], ['dX'], ['dW', 'db']],
      ],
      carried: ['dZ', 'dX', 'dW', 'db'],
    },
  ],
  [
    'param-count: a wrong count, the total from it (layers → total)',
    {
      problem: fixture('param-count', 'small'),
      id: 'small',
      answers: () => ({ layers: [{ out: [16, 28, 28], params: 150 }, { out: [16, 14, 14], params: 0 }, { out: [3136], params: 0 }, { out: [10], params: 31370 }], total: 31520 }),
      splits: [[['layers'], ['total']], [['total'], ['layers']]],
      carried: ['total'],
    },
  ],
];

interface Sub {
  score: number;
  problems: { score: number; parts: { id: string; score: number; maxScore: number; findings: { code: string; file?: string }[] }[] }[];
}

/** The student's answers in files (each the parts given, in hand-in order), graded in one run. */
function grade(c: Case, label: string, files: string[][], answers: Record<string, unknown>): { sub: Sub; paths: string[] } {
  const dir = join(root, label);
  mkdirSync(join(dir, 'problems'), { recursive: true });
  writeFileSync(join(dir, 'problems', 'p.yaml'), c.problem);
  const paths = files.map((parts, i) => {
    const f = join(dir, `part-${i}.yaml`);
    writeFileSync(f, `student: ann\nanswers:\n  ${c.id}:\n${parts.map((p) => `    ${p}: ${JSON.stringify(answers[p])}\n`).join('')}`);
    utimesSync(f, 1_700_000_000 + i, 1_700_000_000 + i);
    return f;
  });
  const r = cli('grade', '--problems', join(dir, 'problems'), ...paths, '--format', 'json');
  expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
  const subs = JSON.parse(r.stdout).submissions as Sub[];
  expect(subs).toHaveLength(1);
  return { sub: subs[0], paths };
}

describe('error carried forward across a student\'s files, as in one file', () => {
  describe.each(CASES)('%s', (name, c) => {
    const k = CASES.findIndex(([n]) => n === name);
    let memo: { answers: Record<string, unknown>; one: Sub } | undefined;
    const once = () => {
      if (!memo) {
        const answers = c.answers();
        memo = { answers, one: grade(c, `case${k}-one`, [Object.keys(answers)], answers).sub };
      }
      return memo;
    };
    it('in one file: the later parts keep their points, carried forward', () => {
      const { one } = once();
      for (const p of c.carried) {
        const pt = one.problems[0].parts.find((x) => x.id === p)!;
        expect([p, pt.score]).toEqual([p, pt.maxScore]);
        expect(pt.findings.map((f) => f.code), p).toContain('policy.carried-forward');
      }
      expect(one.score).toBeLessThan(one.problems[0].parts.reduce((a, p) => a + p.maxScore, 0));
    });
    it.each(c.splits.map((s) => [s.map((f) => f.join('+')).join(' | '), s] as const))('split %s: the same score, parts carried in their own file', (_label, split) => {
      const { answers, one } = once();
      const { sub, paths } = grade(c, `case${k}-split${c.splits.indexOf(split)}`, split, answers);
      expect(sub.score).toBe(one.score);
      const parts = sub.problems[0].parts;
      expect(parts.map((p) => [p.id, p.score])).toEqual(one.problems[0].parts.map((p) => [p.id, p.score]));
      for (const p of c.carried) {
        const pt = parts.find((x) => x.id === p)!;
        const file = paths[split.findIndex((f) => f.includes(p))];
        const note = pt.findings.find((f) => f.code === 'policy.carried-forward');
        expect(note?.file, p).toBe(file);
      }
      if (c.named) expect(parts.filter((p) => p.findings.some((f) => f.code === c.named)).map((p) => p.id)).toEqual(one.problems[0].parts.filter((p) => p.findings.some((f) => f.code === c.named)).map((p) => p.id));
    });
  });
});

describe('a notebook and a YAML file', () => {
  it('the Hessian in a notebook cell, the rest in YAML: 19.6429/25 as in one file, each finding in its own file', () => {
    const dir = join(root, 'notebook');
    mkdirSync(join(dir, 'problems'), { recursive: true });
    writeFileSync(join(dir, 'problems', 'gd.yaml'), GD);
    writeFileSync(join(dir, 'problems', 'assignment.yaml'), 'id: a\ntitle: A\nproblems: [{ id: gd, points: 25 }]\n');
    const nb = join(dir, 'report.ipynb');
    const source = 'student: ann\nanswers:\n  gd:\n    hessian: [[7, 2], [2, 4]]\n    rule: "0 < eta < 2/lambda_max"';
    writeFileSync(nb, JSON.stringify({ cells: [{ cell_type: 'markdown', id: 'm', metadata: {}, source: '# Homework' }, { cell_type: 'raw', id: 'a', metadata: { tags: ['gradecheck'] }, source }], metadata: {}, nbformat: 4, nbformat_minor: 5 }));
    utimesSync(nb, 1_700_000_000, 1_700_000_000);
    const yml = join(dir, 'rest.yaml');
    writeFileSync(yml, 'student: ann\nanswers:\n  gd:\n    eigenvalues: [3, 8]\n    range: "0 < eta < 1/4"\n    optimal: "2/11"\n');
    utimesSync(yml, 1_700_000_100, 1_700_000_100);
    const r = cli('grade', '--problems', join(dir, 'problems'), nb, yml, '--format', 'json');
    const sub = JSON.parse(r.stdout).submissions[0] as Sub & { problems: { parts: { findings: { code: string; file?: string; line?: number; cell?: { index: number } }[] }[] }[] };
    expect(sub.score).toBe(19.6429);
    const byCode = (part: string, code: string) => sub.problems[0].parts.find((p) => p.id === part)!.findings.find((f) => f.code === code);
    expect(byCode('hessian', 'gd.hessian-not-doubled')).toMatchObject({ file: nb, line: 4, cell: { index: 1 } });
    expect(byCode('eigenvalues', 'policy.carried-forward')).toMatchObject({ file: yml, line: 4 });
  });
});
