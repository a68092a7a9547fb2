// Reading a submission block by block (load/blocks.ts) must give what reading it whole gives:
// the same student, the same tree for every problem (positions included), and the same
// verdict on whether the file is valid; or decline (then the file is read whole). Checked on
// the bundled submissions, on hand-written layouts, and on a thousand random edits of the key.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { splitBlocks } from '../src/load/blocks.js';
import { loadSubmission, loadWhole, readBlock } from '../src/grading/submission.js';
import { gradeFile, gradeSubmission } from '../src/grading/grade.js';
import { submissionJson } from '../src/reporters/json.js';
import { loadProblems } from '../src/grading/problems.js';
import { wholeSet } from '../src/grading/assignments.js';
import { expandPaths } from '../src/grading/files.js';
import type { PNode } from '../src/load/pnode.js';

/** A tree as plain data, its lines moved by `by` (a block's lines count from its key). */
function plain(n: PNode, by = 0): unknown {
  const pos = { line: n.pos.line + by, column: n.pos.column };
  if (n.kind === 'map') return { kind: 'map', pos, entries: n.entries.map((e) => ({ key: e.key, keyPos: { line: e.keyPos.line + by, column: e.keyPos.column }, value: plain(e.value, by) })) };
  if (n.kind === 'seq') return { kind: 'seq', pos, items: n.items.map((i) => plain(i, by)) };
  return { ...n, pos };
}

/** Whether the block reading agrees with the whole reading; 'declined' when it reads whole. */
function compare(text: string): 'declined' | 'same' {
  const whole = loadWhole('s.yaml', text);
  const blocks = loadSubmission('s.yaml', text);
  if ('errors' in blocks || blocks.answers.every((a) => 'answers' in a)) return 'declined';
  const read = blocks.answers.map((a) => ('text' in a ? readBlock(a.text, a.id, a.keyPos.column) : null));
  if (read.some((r) => r === null)) return 'declined'; // grading reads such a file whole
  expect(whole, 'blocks read a file the whole reader refuses').not.toHaveProperty('errors');
  if ('errors' in whole) return 'same';
  expect(blocks.student).toBe(whole.student);
  expect(blocks.answers.map((a) => [a.id, a.keyPos])).toEqual(whole.answers.map((a) => [a.id, a.keyPos]));
  read.forEach((r, i) => {
    const by = blocks.answers[i].keyPos.line - 1;
    expect(plain(r!.node, by)).toEqual(plain(whole.answers[i].answers.node, 0));
    expect(r!.parts === null).toBe(whole.answers[i].answers.parts === null);
  });
  return 'same';
}

/** Every bundled key's answers in one file (graded against the whole set as one assignment). */
const KEY = 'student: answer-key\nanswers:\n' + readdirSync('solutions/answer-keys').sort().map((f) => readFileSync(`solutions/answer-keys/${f}`, 'utf8').split('\nanswers:\n')[1]).join('');

const set = loadProblems(expandPaths(['problems']).files);
const wholeSetOnly = [wholeSet(set.problems)];
const refs = new Map([...set.problems].map(([id, lp]) => [id, lp.verifier.reference(lp.problem.given)]));

/** The JSON entry of grading `text` as `grade` does (blocks when it can) and read whole. */
function gradedBothWays(text: string): [string, string] {
  const asGraded = submissionJson(gradeFile('s.yaml', wholeSetOnly, refs, text));
  const whole = loadWhole('s.yaml', text);
  const wholeResult = 'errors' in whole ? { file: 's.yaml', student: whole.student, status: 'invalid' as const, score: 0, maxScore: 0, findings: whole.errors, problems: [] } : gradeSubmission(whole, wholeSetOnly, refs)!;
  return [asGraded, submissionJson(wholeResult)];
}

describe('splitBlocks', () => {
  it('cuts the plain layout at its keys, comments and blank lines staying in their block', () => {
    const b = splitBlocks('# head\nstudent: s1\nanswers:\n  p1:\n    a: 1\n\n# between\n  p2: {b: 2}\nextra: 3\n')!;
    expect(b.top.map((t) => [t.key, t.line, t.text])).toEqual([
      ['student', 2, 'student: s1\n'],
      ['extra', 9, 'extra: 3\n'],
    ]);
    expect(b.answersLine).toBe(3);
    expect(b.problems.map((p) => [p.key, p.line, p.column, p.text])).toEqual([
      ['p1', 4, 3, '  p1:\n    a: 1\n\n# between\n'],
      ['p2', 8, 3, '  p2: {b: 2}\n'],
    ]);
  });
  it.each([
    ['a tab', 'student: s\nanswers:\n\tp: 1\n'],
    ['CRLF', 'student: s\r\nanswers:\r\n  p: 1\r\n'],
    ['answers in flow style', 'student: s\nanswers: {p: {a: 1}}\n'],
    ['an anchor on answers', 'student: s\nanswers: &x\n  p: 1\n'],
    ['a document marker', '---\nstudent: s\nanswers:\n  p: 1\n'],
    ['a quoted key', 'student: s\nanswers:\n  "p": 1\n'],
    ['a quoted top key', '"student": s\nanswers:\n  p: 1\n'],
    ['a line between the indentations', 'student: s\nanswers:\n    p: 1\n  q: 2\n'],
    ['answers as a list', 'student: s\nanswers:\n  - p\n'],
    ['a duplicate problem', 'student: s\nanswers:\n  p: 1\n  p: 2\n'],
    ['a duplicate top key', 'student: s\nstudent: t\nanswers:\n  p: 1\n'],
    ['indented text before any key', '  student: s\nanswers:\n  p: 1\n'],
    ['no answers', 'student: s\n'],
    ['empty answers', 'student: s\nanswers:\n'],
    ['a complex key', 'student: s\nanswers:\n  ? p\n  : 1\n'],
  ])('declines %s', (_name, text) => {
    expect(splitBlocks(text)).toBeNull();
  });
});

describe('blocks read as the whole file reads', () => {
  const bundled = readdirSync('solutions').filter((f) => f.endsWith('.yaml'));
  it.each(bundled)('solutions/%s', (f) => {
    expect(compare(readFileSync(`solutions/${f}`, 'utf8'))).toBe('same');
  });

  it.each([
    ['block scalars, kept trailing lines', 'student: s\nanswers:\n  p:\n    a: |+\n      x\n\n\n  q:\n    b: >\n      y\n      z\n'],
    ['a comment at column 0 inside a block', 'student: s\nanswers:\n  p:\n    a: 1\n# note\n    b: 2\n'],
    ['a multi-line plain value', 'student: s\nanswers:\n  p:\n    rule: 0 < eta\n      < 2/lambda_max\n  q: 1\n'],
    ['a flow list over lines', 'student: s\nanswers:\n  p:\n    m: [[1, 2],\n        [3, 4]]\n'],
    ['a flow mapping closed at the key indentation', 'student: s\nanswers:\n  p: {a: 1,\n  b: 2}\n'],
    ['a quoted value over lines', 'student: s\nanswers:\n  p: "a\n  q: b"\n'],
    ['a string that looks like a key', 'student: "x\nanswers:\n  p: 1\ny"\n'],
    ['a problem that is not a mapping', 'student: s\nanswers:\n  p: 3\n  q: [1, 2]\n'],
    ['student after answers', 'answers:\n  p:\n    a: 1\nstudent: 42\n'],
    ['an unknown top-level key', 'student: s\nanswers:\n  p: {a: 1}\ngrade: 100\n'],
    ['a null student', 'student:\nanswers:\n  p: {a: 1}\n'],
    ['an alias across blocks', 'student: s\nanswers:\n  p: &v {a: 1}\n  q: *v\n'],
    ['deeper indentation', 'student: s\nanswers:\n      p:\n          a: 1\n      q: {b: 2}\n'],
    ['a value on the key line and below', 'student: s\nanswers:\n  p: 1\n    b: 2\n'],
    ['an alias between problems not in the set', 'student: s\nanswers:\n  nope: &a [1, 1]\n  nope2: [*a, *a]\n'],
    ['broken YAML in a problem not in the set', 'student: s\nanswers:\n  usi-a2-gd: {range: 0 < eta < 1/6}\n  nope: {a: [1\n'],
  ])('%s', (_name, text) => {
    expect(['same', 'declined']).toContain(compare(text));
    const [graded, whole] = gradedBothWays(text);
    expect(graded).toBe(whole);
  });

  it('a thousand random edits of the answer key: never a different tree or grade', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const CHARS = ['{', '}', '[', ']', '"', "'", '#', ':', '- ', '|', '>', '&a ', '*a', '!', '? ', ' ', '  ', '\n', ',', '%'];
    const tally = { same: 0, declined: 0 };
    for (let i = 0; i < 1000; i++) {
      let lines = KEY.split('\n');
      for (let k = 1 + rnd(2); k > 0; k--) {
        const at = rnd(lines.length);
        const edit = rnd(5);
        if (edit === 0) {
          const c = rnd(lines[at].length + 1);
          lines[at] = lines[at].slice(0, c) + CHARS[rnd(CHARS.length)] + lines[at].slice(c);
        } else if (edit === 1) lines[at] = lines[at].slice(0, Math.max(0, rnd(lines[at].length))) + lines[at].slice(rnd(lines[at].length) + 1);
        else if (edit === 2) lines[at] = rnd(2) ? `  ${lines[at]}` : lines[at].replace(/^ {1,2}/, '');
        else if (edit === 3) lines.splice(at, 0, lines[rnd(lines.length)]);
        else lines = [...lines.slice(0, at), ...lines.slice(at + 1, at + 2), ...lines.slice(at, at + 1), ...lines.slice(at + 2)];
      }
      const text = lines.join('\n');
      tally[compare(text)]++;
      const [graded, whole] = gradedBothWays(text);
      expect(graded, text).toBe(whole);
    }
    // Many edits leave the layout plain: the blocks are really read, not always declined.
    expect(tally.same).toBeGreaterThan(250);
  });
});

describe('grading block by block', () => {
  it('grades a moved block as the whole file: lines, files and the JSON entry', () => {
    const problems = [wholeSet(new Map([...set.problems].filter(([id]) => id === 'usi-a2-gd')))];
    const block = '  usi-a2-gd:\n    hessian: [[5, 2], [2, 2]]\n    eigenvalues: [2, 12]\n    extra: 1\n';
    for (const [file, head] of [['a.yaml', 'student: a\nanswers:\n'], ['b.yaml', '# three\n# more\n# lines\nstudent: b\nanswers:\n']]) {
      const text = head + block;
      const byBlocks = gradeFile(file, problems, refs, text);
      const whole = loadWhole(file, text);
      if ('errors' in whole) throw new Error('fixture');
      expect(byBlocks.findings.map((f) => [f.code, f.file, f.line])).toEqual([['answer.unknown-part', file, head.split('\n').length + 3]]);
      const hessian = byBlocks.problems[0].parts.find((p) => p.id === 'hessian')!;
      expect(hessian.findings.length).toBeGreaterThan(0);
      expect(hessian.findings.every((f) => f.file === file && f.line === head.split('\n').length + 1)).toBe(true);
      // The JSON entry filled from the cached rendering is the one rendered from the result.
      // (Twice: a result met once is rendered directly, then from its cut rendering.)
      for (let k = 0; k < 2; k++) expect(gradeFile(file, problems, refs, text, { renderJson: true }).json).toBe(submissionJson(byBlocks));
    }
  });
});
