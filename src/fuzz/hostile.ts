// Hostile inputs, as an attacker would write them: fast-check arbitraries for submission and
// problem files. Each case is a file name and the bytes of the file. The families are those that
// found defects before: byte mutations of real files, YAML tags, aliases, deep nesting, huge and
// non-finite numbers, hostile expressions, prototype keys, control characters and line breaks in
// every string (the student id, keys, answers and the file name itself).
import fc from 'fast-check';

export interface HostileFile {
  name: string;
  bytes: Buffer;
}

/** Marks text a student planted in an output: no output line may start with it. */
export const PLANT = 'pwn';

/** Strings that try to leave their place in a report. */
export const INJECTIONS = [
  `x\n::error ::${PLANT}`,
  `x\r\n::add-mask::${PLANT}`,
  `x\r::set-output name=score::${PLANT}`,
  `x\u2028::error::${PLANT}`,
  `x\u2029::warning::${PLANT}`,
  `x\u0085::error::${PLANT}`,
  `::error file=a::${PLANT}`,
  `=cmd|' /C calc'!A0`,
  `+1+cmd|' /C calc'!A0`,
  `-2+3`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
  `\t=1+1`,
  `\r=1+1`,
  `a\x1b[2J\x1b]0;${PLANT}\x07b`,
  `\x1b[8m${PLANT}\x1b[0m`,
  `x\n\n# ${PLANT} heading\n\n![t](http://example.invalid/${PLANT}.png)`,
  `x\n\n<img src="http://example.invalid/${PLANT}.png">`,
  `</td></tr></table><h1>${PLANT}</h1>`,
  `a\`\n# ${PLANT}\n\``,
  `| ${PLANT} | cell |\r| --- |`,
  `\u202e${PLANT}`,
  `\0nul\x01\x7f\x9b`,
];

const HOSTILE_NUMBERS = ['1e308', '1e309', '-1e400', '.inf', '-.inf', '.nan', '1e-400', '-0', '0x7fffffff', '0o777', '1_000', '9'.repeat(400), '1/0', '0/0'];
const HOSTILE_EXPRESSIONS = [
  "import('fs')",
  'require("child_process").exec("id")',
  'constructor.constructor("return process")()',
  '__proto__',
  'evaluate("1+1")',
  '2^2^2^2^2^2',
  'e^(10^9)',
  'factorial(1000)',
  '10^1e9',
  'sqrt(-1)',
  '1/0',
  '('.repeat(300) + '1' + ')'.repeat(300),
  'x'.repeat(5000),
  '1e999999',
  '0 < eta < 1/0',
  ']0, 1e400[',
  '"; process.exit(1); "',
];
const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf', '__defineGetter__'];
const TAGS = ['!!binary aGVsbG8=', '!!timestamp 2001-01-01', '!foo bar', '!!python/object:os.system ls', '!<tag:yaml.org,2002:js/function> "function(){}"', '!!set {a, b}', '!!omap [a: 1]', '!!str', '!!float 1', '!!int "3"', '!!null ""', '!!map {}', '!!seq []'];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** A YAML double-quoted scalar holding s exactly (every control character escaped as YAML reads it). */
export function yamlQuote(s: string): string {
  return JSON.stringify(s).replace(/[\u2028\u2029\u0085]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A scalar of hostile content, in YAML: a number, an expression, a planted string, a tag… */
const hostileScalar: fc.Arbitrary<string> = fc.oneof(
  pick(HOSTILE_NUMBERS),
  pick(HOSTILE_EXPRESSIONS).map(yamlQuote),
  pick(INJECTIONS).map(yamlQuote),
  pick(TAGS),
  pick(PROTO_KEYS),
  fc.string({ unit: 'binary', maxLength: 40 }).map(yamlQuote),
  fc.double().map(String),
  fc.integer().map(String),
);

const deep = fc.oneof(
  fc.integer({ min: 1, max: 5000 }).map((n) => '['.repeat(n) + '1' + ']'.repeat(n)),
  fc.integer({ min: 1, max: 5000 }).map((n) => '['.repeat(n)),
  fc.integer({ min: 1, max: 3000 }).map((n) => '{a: '.repeat(n) + '1' + '}'.repeat(n)),
  fc.integer({ min: 60, max: 2000 }).map((n) => '\n' + Array.from({ length: n }, (_, i) => ' '.repeat(4 + i) + 'k:').join('\n') + ' 1'),
  fc.integer({ min: 60, max: 100_000 }).map((n) => '\n' + '- '.repeat(n) + '1'),
);

const aliasBomb = fc.integer({ min: 2, max: 12 }).map((levels) => {
  const lines = ['a0: &a0 [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  return `{${lines.join(', ')}}`;
});

const hugeList = fc.integer({ min: 10_001, max: 20_000 }).map((n) => `[${Array(n).fill('1.5').join(', ')}]`);

const value = fc.oneof({ weight: 5, arbitrary: hostileScalar }, { weight: 1, arbitrary: deep }, { weight: 1, arbitrary: aliasBomb }, { weight: 1, arbitrary: hugeList });

/** A key: ordinary, a prototype name, or planted text. */
const key = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('usi-a2-p1', 'usi-a2-gd', 'usi-a2-conv', 'hw3-mlp-count', 'hw3-deep-mlp', 'smallvggnet', 'seed001-conv', 'loss', 'dW1', 'range', 'rule', 'layers', 'total', 'n', 'Z', 'dX', 'dW', 'db', 'dZ', 'im2col') }, { weight: 2, arbitrary: pick(PROTO_KEYS) }, { weight: 2, arbitrary: pick(INJECTIONS).map(yamlQuote) });

/** A file name: plain, or with line breaks, escapes and workflow commands in it (Linux allows all but / and NUL). */
const fileName = fc.oneof(
  { weight: 4, arbitrary: fc.constant('s') },
  { weight: 2, arbitrary: pick(INJECTIONS).map((s) => s.replace(/[/\0]/g, '_')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map((s) => s.replace(/[/\0]/g, '_')) },
);

/** A submission built from hostile parts. */
const builtSubmission = fc
  .record({
    student: fc.oneof(pick(INJECTIONS).map(yamlQuote), hostileScalar, fc.constant('alice')),
    entries: fc.array(fc.record({ problem: key, part: key, value }), { minLength: 0, maxLength: 6 }),
    extraTop: fc.option(fc.record({ k: key, v: value })),
    /** The assignment named: a bundled one, or a hostile value. */
    assignment: fc.option(fc.oneof(fc.constantFrom('usi-a2', 'hw3', 'smallvggnet', 'batch-conv', 'nope'), value)),
    /** Sometimes the whole `answers` is one hostile value (a tag, a number, a deep list). */
    answersValue: fc.option(value, { freq: 6 }),
  })
  .map(({ student, entries, extraTop, assignment, answersValue }) => {
    const byProblem = new Map<string, string[]>();
    for (const e of entries) {
      const lines = byProblem.get(e.problem) ?? [];
      if (!lines.some((l) => l.startsWith(`    ${e.part}:`))) lines.push(`    ${e.part}: ${e.value}`);
      byProblem.set(e.problem, lines);
    }
    const problems = [...byProblem].map(([p, lines]) => `  ${p}:\n${lines.join('\n')}`);
    const answers = answersValue !== null ? ` ${answersValue}` : problems.length ? '\n' + problems.join('\n') : ' {}';
    return `student: ${student}\n${assignment !== null ? `assignment: ${assignment}\n` : ''}${extraTop ? `${extraTop.k}: ${extraTop.v}\n` : ''}answers:${answers}\n`;
  });

/** A real file with bytes flipped, inserted or deleted. */
function mutated(seeds: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), op: fc.constantFrom('flip', 'insert', 'delete', 'splice'), text: fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), pick(INJECTIONS), pick(TAGS), pick(HOSTILE_NUMBERS), pick(['&a', '*a', '<<: *a', '[', '{', ': ', '- ', '"', "'", '|', '>', '#', '\t', '\r', '---', '...', '? '])) });
  return fc.record({ seed: pick(seeds), edits: fc.array(edit, { minLength: 1, maxLength: 8 }) }).map(({ seed, edits }) => {
    let s = seed;
    for (const e of edits) {
      const i = Math.floor(e.at * s.length);
      if (e.op === 'flip') s = s.slice(0, i) + String.fromCharCode((s.charCodeAt(i) ^ (1 << Math.floor(e.at * 16))) & 0xffff) + s.slice(i + 1);
      else if (e.op === 'insert') s = s.slice(0, i) + e.text + s.slice(i);
      else if (e.op === 'delete') s = s.slice(0, i) + s.slice(i + e.text.length + 1);
      else s = s.slice(0, i) + e.text + s.slice(Math.floor((i + s.length) / 2));
    }
    return s;
  });
}

/** Raw bytes: invalid UTF-8, a BOM, NULs, or a file just over the size limit. */
const rawBytes = fc.oneof(
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
  fc.constant(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('student: bom\nanswers: {}\n')])),
  fc.constant(Buffer.from('student: "\xff\xfe"\nanswers: {}\n', 'latin1')),
  fc.integer({ min: (1 << 20) - 64, max: (1 << 20) + 64 }).map((n) => Buffer.from(('student: big\nanswers:\n  x: "' + 'a'.repeat(n)).slice(0, n) + '"\n')),
);

export function hostileSubmissions(seeds: readonly string[]): fc.Arbitrary<HostileFile> {
  const text = fc.oneof({ weight: 4, arbitrary: mutated(seeds) }, { weight: 4, arbitrary: builtSubmission }, { weight: 1, arbitrary: rawBytes.map((b) => b.toString('latin1')) });
  // Sometimes inside a report: a Markdown file's gradecheck block, or a notebook's tagged cell.
  const wrap = fc.constantFrom('yaml', 'yaml', 'yaml', 'yaml', 'md', 'ipynb');
  return fc.record({ name: fileName, text, raw: fc.option(rawBytes, { freq: 10 }), wrap }).map(({ name, text, raw, wrap }) => {
    if (raw || wrap === 'yaml') return { name: `${name}.yaml`, bytes: raw ?? Buffer.from(text, 'utf8') };
    if (wrap === 'md') return { name: `${name}.md`, bytes: Buffer.from(`# Report\n\nSome prose.\n\n\`\`\`yaml gradecheck\n${text}\n\`\`\`\n`, 'utf8') };
    const nb = { cells: [{ cell_type: 'markdown', source: ['# Report\n'] }, { cell_type: 'raw', id: 'a', metadata: { tags: ['gradecheck'] }, source: text.split(/(?<=\n)/) }], nbformat: 4, nbformat_minor: 5 };
    return { name: `${name}.ipynb`, bytes: Buffer.from(JSON.stringify(nb), 'utf8') };
  });
}

/** Problem files: the bundled problems mutated, and hostile values in the places that decide the work. */
export function hostileProblems(seeds: readonly string[]): fc.Arbitrary<HostileFile> {
  const numberish = fc.oneof(pick(HOSTILE_NUMBERS), fc.integer({ min: -5, max: 100_000 }).map(String), pick(PROTO_KEYS));
  const targeted = fc.oneof(
    fc.record({ pts: numberish, tol: fc.oneof(pick(['{ rel: .inf }', '{ rel: 1e308, abs: 1e308 }', '{ rel: -1 }', '{ abs: .nan }', '{ rel: 1 }', '{ rel: 0.5 }', '{ __proto__: 1 }'])) }).map(
      ({ pts, tol }) => `id: p\nkind: gd-step-size\ngiven: { matrix: [[5, 2], [2, 2]] }\nparts: { hessian: ${pts}, range: ${pts} }\ntolerance: ${tol}\n`,
    ),
    fc.record({ rep: fc.oneof(numberish, pick(['n', 'm'])), units: numberish, max: fc.integer({ min: 0, max: 100_000 }) }).map(
      ({ rep, units, max }) => `id: p\nkind: param-count\ngiven:\n  input: [784]\n  layers:\n    - { type: dense, units: ${units}, repeat: ${rep} }\n    - { type: dense, units: 10 }\n  solve-for: { variable: n, budget: 268800, max: ${max} }\nparts: { n: 1, total: 1 }\n`,
    ),
    fc.record({ k: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 40 }), depth: fc.integer({ min: 1, max: 12 }), pad: fc.integer({ min: 0, max: 30 }), t: fc.integer({ min: 1, max: 300 }) }).map(
      ({ k, depth, pad, t }) => `id: p\nkind: conv-design\ngiven:\n  input: [3, 224, 224]\n  target: [64, ${t}, ${t}]\n  constraints: { kernels: [${k.join(', ')}], max-depth: ${depth}, padding: ${pad}, pooling: { type: max, size: 2, stride: 2 } }\nparts: { layers: 1 }\n`,
    ),
    fc.record({ x: numberish, act: pick(['tanh', 'sigmoid', 'relu', 'softmax', 'constructor']), loss: pick(['half-sse', 'cross-entropy', 'toString']) }).map(
      ({ x, act, loss }) => `id: p\nkind: mlp-gradients\ngiven:\n  inputs: [[${x}, 1]]\n  targets: [[1, 0]]\n  layers:\n    - { weights: [[1, 2], [3, 4]], bias: [0, ${x}], activation: ${act} }\n  loss: ${loss}\nparts: { loss: 1, dW1: 1 }\n`,
    ),
    fc.record({ n: fc.integer({ min: 1, max: 14 }), x: numberish }).map(({ n, x }) => {
      const rows = Array.from({ length: n }, (_, i) => `[${Array.from({ length: n }, (_, j) => (i === j ? x : `"${(i * 7 + j * 3) % 11}/${1 + ((i + j) % 9)}"`)).join(', ')}]`);
      return `id: p\nkind: gd-step-size\ngiven:\n  matrix: [${rows.join(', ')}]\nparts: { range: 1, eigenvalues: 1 }\n`;
    }),
  );
  const text = fc.oneof({ weight: 3, arbitrary: mutated(seeds) }, { weight: 3, arbitrary: targeted }, { weight: 1, arbitrary: fc.record({ v: value }).map(({ v }) => `id: p\nkind: gd-step-size\ngiven: { matrix: ${v} }\nparts: { range: 1 }\n`) });
  return fc.record({ name: fileName, text }).map(({ name, text }) => ({ name: `${name}.yaml`, bytes: Buffer.from(text, 'utf8') }));
}
