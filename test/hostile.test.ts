// Every reproducer of the hostile-input campaign (issue 12), as a regression test: crashes that
// lost the batch, hangs, wrong results from hostile problem files, injection into reports.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCsv, checkLines, checkMarkdown, checkSummary } from '../src/fuzz/checks.js';

const cache = mkdtempSync(join(tmpdir(), 'gc-cache-'));
const root = process.cwd();
function gc(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { cwd: opts.cwd ?? root, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 60_000, env: { ...process.env, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1', GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '', ...opts.env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
let n = 0;
function dirWith(files: Record<string, string | Buffer>): string {
  const d = mkdtempSync(join(tmpdir(), `gc-hostile-${n++}-`));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}
const GOOD = readFileSync('solutions/seed004-student.yaml', 'utf8');
const P = ['--problems', join(root, 'problems', 'usi-a2')]; // one assignment: a submission need not name it
const entries = (json: string) => JSON.parse(json).submissions as { file: string; status: string; student: string | null; findings: { code: string; line: number; column: number; message: string }[]; problems: unknown[] }[];

describe('crashes that lost the batch', () => {
  it.each([
    ['!!binary', 'student: b\nanswers: !!binary aGVsbG8=\n'],
    ['!!timestamp', 'student: t\nanswers: !!timestamp 2001-01-01\n'],
    ['a local tag', 'student: l\nanswers: !foo bar\n'],
    ['a tag on the student', 'student: !!binary aGVsbG8=\nanswers: {}\n'],
    ['!!set', 'student: s\nanswers: !!set {a, b}\n'],
  ])('a YAML tag outside the core schema (%s) is submission.invalid at its line; the batch goes on', (_name, text) => {
    const d = dirWith({ 'a.yaml': GOOD, 'b.yaml': text });
    const r = gc(['grade', ...P, d, '--format', 'json']);
    expect(r.code).toBe(0);
    const [a, b] = entries(r.out);
    expect(a.status).toBe('graded');
    expect(b.status).toBe('invalid');
    expect(b.findings[0].code).toBe('submission.invalid');
    expect(b.findings[0].line).toBeGreaterThanOrEqual(1);
    expect(b.findings[0].message).toMatch(/tag|must be object/);
  });

  it('a symbolic link loop, a dangling link, a FIFO, a device and a directory named *.yaml: reported, the rest graded, nothing blocks', () => {
    const d = dirWith({ 'a.yaml': GOOD });
    symlinkSync('loop.yaml', join(d, 'loop.yaml'));
    symlinkSync('nowhere.yaml', join(d, 'dangling.yaml'));
    symlinkSync('/dev/zero', join(d, 'zero.yaml'));
    mkdirSync(join(d, 'folder.yaml'));
    expect(spawnSync('mkfifo', [join(d, 'fifo.yaml')]).status).toBe(0);
    const r = gc(['grade', ...P, d, '--format', 'json']);
    expect(r.code).toBe(0);
    const by = new Map(entries(r.out).map((s) => [s.file.slice(d.length + 1), s]));
    expect([...by.keys()].sort()).toEqual(['a.yaml', 'dangling.yaml', 'fifo.yaml', 'loop.yaml', 'zero.yaml']);
    expect(by.get('a.yaml')!.status).toBe('graded');
    expect(by.get('loop.yaml')!.findings[0].message).toMatch(/symbolic link loop \(ELOOP\)/);
    expect(by.get('dangling.yaml')!.findings[0].message).toMatch(/ENOENT/);
    expect(by.get('fifo.yaml')!.findings[0].message).toMatch(/named pipe/);
    expect(by.get('zero.yaml')!.findings[0].message).toMatch(/character device, not a regular file/);
  });

  it('a FIFO or /dev/zero given by name is refused at once with the true reason', () => {
    const d = dirWith({});
    spawnSync('mkfifo', [join(d, 'p.yaml')]);
    const r = gc(['grade', ...P, join(d, 'p.yaml'), '/dev/zero', '--format', 'json']);
    expect(r.code).toBe(0);
    const msgs = entries(r.out).map((s) => s.findings[0].message);
    expect(msgs.some((m) => /character device/.test(m) && !/limit/.test(m))).toBe(true);
    expect(msgs.some((m) => /named pipe/.test(m))).toBe(true);
  });

  it.each([
    ['a missing directory (made)', (d: string) => join(d, 'new', 'dir', 'summary.html'), 0, null],
    ['a path under a file', (d: string) => join(d, 'a.yaml', 'x.html'), 2, /cannot write .*x\.html: ENOTDIR/],
    ['a directory', (d: string) => d, 2, /cannot write .*: EISDIR/],
    ['/dev/full', () => '/dev/full', 2, /cannot write \/dev\/full: ENOSPC/],
  ])('--format github --output at %s', (_name, out, code, err) => {
    const d = dirWith({ 'a.yaml': GOOD });
    const r = gc(['grade', ...P, join(d, 'a.yaml'), '--format', 'github', '--output', out(d)]);
    expect(r.code).toBe(code);
    if (err) expect(r.err.trim()).toMatch(err);
    else expect(existsSync(out(d))).toBe(true);
    expect(r.err).not.toMatch(/^\s+at /m);
  });

  it.each([
    ['GITHUB_OUTPUT', '/nonexistent/out.txt', /GITHUB_OUTPUT points at \/nonexistent\/out\.txt.*ENOENT/],
    ['GITHUB_STEP_SUMMARY', tmpdir(), /GITHUB_STEP_SUMMARY points at .*not a regular file/],
    ['GITHUB_OUTPUT', tmpdir(), /GITHUB_OUTPUT points at .*not a regular file/],
  ])('%s pointing at %s: exit 2, one line, before any annotation', (name, path, msg) => {
    const r = gc(['grade', ...P, 'solutions/seed004-student.yaml', '--format', 'github'], { env: { [name]: path } });
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(msg);
    expect(r.out).toBe('');
  });

  it('an internal error exits 2 (never 1, which means below --fail-under) with one line; the stack only under GRADECHECK_DEBUG=1', () => {
    const d = dirWith({ 'bad.json': '{"submissions":[{"file":1}]}' });
    // This report was an internal error until reports read back were checked against their schema
    // (issue 23): now it is a usage error naming the field, one line, exit 2 all the same.
    const r = gc(['merge', join(d, 'bad.json'), '--fail-under', '50']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^gradecheck: .*bad\.json: not a gradecheck JSON report \(\/submissions\/0/);
  });
});

describe('hangs and blow-ups', () => {
  const deepCases: [string, string][] = [
    ['1 MB of [', '['.repeat(1_000_000)],
    ['200 kB of [', '['.repeat(200_000)],
    ['- x 500,000', '- '.repeat(500_000)],
    ['a deep student id', 'student: ' + '['.repeat(3000) + '\nanswers: {}\n'],
    ['nested mappings', 'student: m\nanswers: ' + '{a: '.repeat(5000) + '1' + '}'.repeat(5000) + '\n'],
    ['70 levels in an answer', 'student: d\nanswers:\n  usi-a2-gd:\n    hessian: ' + '['.repeat(70) + '1' + ']'.repeat(70) + '\n'],
  ];
  it.each(deepCases)('%s: refused as nested too deep, at the same place whatever the threads or the cache', (_name, text) => {
    const d = dirWith({ 'a.yaml': GOOD, 'deep.yaml': text });
    const runs = [['--jobs', '1'], ['--jobs', '2'], ['--no-cache']].map((extra) => gc(['grade', ...P, d, '--format', 'json', ...extra]));
    for (const r of runs) expect(r.code).toBe(0);
    expect(runs[1].out).toBe(runs[0].out);
    expect(runs[2].out).toBe(runs[0].out);
    const deep = entries(runs[0].out)[1];
    expect(deep.status).toBe('invalid');
    expect(deep.findings[0].message).toMatch(/nested more than 64 levels deep/);
    expect(runs[0].out).not.toMatch(/call stack/);
  });

  it('100,000 unknown keys: the first 20 warnings and one findings.more that counts the rest', () => {
    const keys = Array.from({ length: 85_000 }, (_, i) => `  k${i}: 1\n`).join('');
    const d = dirWith({ 'many.yaml': `student: many\nanswers:\n${keys}` });
    const r = gc(['grade', ...P, d, '--format', 'json']);
    const [s] = entries(r.out);
    expect(s.findings.filter((f) => f.code === 'submission.unknown-problem')).toHaveLength(20);
    const more = s.findings.find((f) => f.code === 'findings.more')!;
    expect(more.message).toMatch(/84980 more submission\.unknown-problem/);
    expect(r.out.length).toBeLessThan(50_000);
  });
});

describe('hostile problem files: exit 2 at the position', () => {
  const gd = (extra: string) => `id: p\nkind: gd-step-size\ngiven: { matrix: [[5, 2], [2, 2]] }\n${extra}`;
  it.each([
    ['points .inf', gd('parts: { hessian: .inf, range: 1 }\n'), 4, /parts\.hessian must be <= 1000/],
    ['points 1e308', gd('parts: { hessian: 1e308, range: 1e308 }\n'), 4, /must be <= 1000/],
    ['points .nan', gd('parts: { hessian: .nan }\n'), 4, /parts\.hessian/],
    ['tolerance rel .inf', gd('parts: { hessian: 1 }\ntolerance: { rel: .inf }\n'), 5, /tolerance\.rel must be < 1/],
    ['tolerance 1e308', gd('parts: { hessian: 1 }\ntolerance: { rel: 1e308, abs: 1e308 }\n'), 5, /tolerance\.(rel|abs)/],
    ['tolerance rel 1', gd('parts: { hessian: 1 }\ntolerance: { rel: 1 }\n'), 5, /tolerance\.rel must be < 1/],
    // found by the fuzz campaign: block-sequence dashes inside a flow mapping overflowed the yaml library's stack
    ['dashes inside a flow mapping', `id: p\nkind: gd-step-size\ngiven: { matrix: \n${'- '.repeat(3000)}\n}\nparts: { range: 1 }\n`, 4, /nested more than 64 levels deep/],
    ['repeat: constructor', 'id: p\nkind: param-count\ngiven:\n  input: [784]\n  layers:\n    - { type: dense, units: 64, repeat: n }\n    - { type: dense, units: 10, repeat: constructor }\n  solve-for: { variable: n, budget: 268800 }\nparts: { n: 1 }\n', 7, /repeat: constructor.*names no unknown/],
    ['an mlp too large to compute', `id: p\nkind: mlp-gradients\ngiven:\n  inputs: [${Array(50).fill(`[${Array(200).fill('0.1').join(', ')}]`).join(', ')}]\n  targets: [${Array(50).fill('[1, 0]').join(', ')}]\n  layers:\n    - { weights: [${Array(40).fill(`[${Array(200).fill('0.1').join(', ')}]`).join(', ')}], bias: [${Array(40).fill('0').join(', ')}], activation: tanh }\n    - { weights: [${Array(2).fill(`[${Array(40).fill('0.1').join(', ')}]`).join(', ')}], bias: [0, 0] }\nparts: { loss: 1 }\n`, 7, /multiply-adds/],
  ])('%s', (_name, text, line, msg) => {
    const d = dirWith({ 'p.yaml': text });
    for (const args of [['validate', join(d, 'p.yaml')], ['grade', '--problems', join(d, 'p.yaml'), 'solutions/seed004-student.yaml']]) {
      const r = gc(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(`p\\.yaml:${line}:\\d+ error .*${msg.source}`));
      expect(r.err).not.toMatch(/internal error|^\s+at /m);
    }
  });

  it('a conv-design search that cannot be decided within the bound is refused at validate, at the constraints', () => {
    const kernels = Array.from({ length: 60 }, (_, i) => i + 1).join(', ');
    const d = dirWith({ 'p.yaml': `id: p\nkind: conv-design\ngiven:\n  input: [3, 1000, 1000]\n  target: [64, 1200, 1200]\n  constraints:\n    kernels: [${kernels}]\n    max-depth: 12\n    padding: 30\n    pooling: { type: avg, size: 3, stride: 1 }\nparts: { layers: 1 }\n` });
    const r = gc(['validate', join(d, 'p.yaml')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/p\.yaml:7:5 error the design search cannot be decided within 200,000 steps/);
  });
});

describe('problems at the documented limits compute in seconds', () => {
  const solve = (text: string) => {
    const d = dirWith({ 'p.yaml': text });
    return gc(['solve', '--no-cache', join(d, 'p.yaml')]);
  };
  it('conv-design: 20 kernels, max-depth 12, an unreachable target: refused at the target, in a second', () => {
    const r = solve(`id: p\nkind: conv-design\ngiven:\n  input: [3, 224, 224]\n  target: [64, 3, 5]\n  constraints: { kernels: [${Array.from({ length: 20 }, (_, i) => i + 1).join(', ')}], max-depth: 12, pooling: { type: max, size: 2, stride: 2 } }\nparts: { layers: 1 }\n`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/p\.yaml:5:\d+ error no design of at most 12 layers reaches the target 64×3×5/);
  });
  it('gd-step-size: a 12×12 matrix of small fractions', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `[${Array.from({ length: 12 }, (_, j) => `"${((i + 1) * (j + 1) * 7) % 97}/${2 + ((i * j) % 89)}"`).join(', ')}]`);
    const r = solve(`id: p\nkind: gd-step-size\ngiven:\n  matrix: [${rows.join(', ')}]\nparts: { range: 1, eigenvalues: 1 }\n`);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/range:/);
  });
  it('param-count: repeat 10000 (cross-checked once per distinct layer), and a solve-for reaching n = 100,000', () => {
    const rep = solve('id: p\nkind: param-count\ngiven:\n  input: [64]\n  layers:\n    - { type: dense, units: 64, repeat: 10000 }\n    - { type: dense, units: 10 }\nparts: { total: 1 }\n');
    expect(rep.code).toBe(0);
    expect(rep.out).toMatch(/total: 41600650/);
    const n = solve('id: p\nkind: param-count\ngiven:\n  input: [64]\n  layers:\n    - { type: dense, units: 64, repeat: n }\n    - { type: dense, units: 10 }\n  solve-for: { variable: n, budget: 416000650, max: 100000 }\nparts: { n: 1 }\n');
    expect(n.code).toBe(0);
    expect(n.out).toMatch(/n: 100000/);
  });
  it('mlp-gradients: tanh and sigmoid fed 1e6 saturate', () => {
    const r = solve('id: p\nkind: mlp-gradients\ngiven:\n  inputs: [[1e6], [-1e6]]\n  targets: [1, 0]\n  layers:\n    - { weights: [[1]], bias: [0], activation: tanh }\n    - { weights: [[1e6]], bias: [0], activation: sigmoid }\nparts: { loss: 1, dW1: 1 }\n');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/dW1: 0\b/);
  });
});

describe('a submission naming what does not exist', () => {
  it.each(['constructor', 'toString', '__proto__', 'm'])('repeat: %s in a submission\'s layers is answer.invalid naming it', (name) => {
    const d = dirWith({ 'a.yaml': `student: r\nanswers:\n  usi-a2-conv:\n    layers:\n      - { type: conv, kernel: 3, filters: 16, repeat: ${name} }\n` });
    const r = gc(['grade', ...P, d, '--format', 'json']);
    expect(r.code).toBe(0);
    const problems = entries(r.out)[0].problems as { id: string; parts: { id: string; status: string; findings: { code: string; message: string }[] }[] }[];
    const part = problems.find((p) => p.id === 'usi-a2-conv')!.parts.find((p) => p.id === 'layers')!;
    expect(part.status).toBe('invalid');
    expect(part.findings[0].code).toBe('answer.invalid');
    expect(part.findings[0].message).toContain(`"${name}"`);
  });
});

describe('injection into reports', () => {
  const hostile = [
    'student: "x\\n::error ::pwn"\nanswers:\n  usi-a2-gd:\n    range: "=cmd|\' /C calc\'!A0\\r\\n::add-mask::pwn"\n',
    'student: "a\\e[2Jb\\u2028::error::pwn"\nanswers:\n  usi-a2-gd:\n    rule: "\\e]0;pwn\\a"\n',
    'student: "x\\n\\n# pwn heading\\n\\n<img src=\\"http://example.invalid/pwn.png\\">"\nanswers: {}\n',
    'student: "+1+cmd"\nanswers:\n  "| pwn | cell |\\r| --- |": {}\n',
    'student: "@SUM(1)"\nanswers: {}\n',
  ];
  const names = ['::error ::pwn.yaml', 'a\nb::error::pwn.yaml', 'x\r# pwn.yaml', '\x1b[2Jc.yaml', '=1+1.yaml'];
  const d = dirWith(Object.fromEntries(names.map((nm, i) => [nm, hostile[i]])));
  it.each(['text', 'json', 'markdown', 'junit', 'csv', 'gradescope'])('%s: no line starts with student text, no raw control character', (format) => {
    const r = gc(['grade', ...P, '.', '--format', format], { cwd: d });
    expect(r.code).toBe(0);
    expect(checkLines(format, r.out)).toEqual([]);
    if (format === 'csv') expect(checkCsv(format, r.out)).toEqual([]);
    if (format === 'markdown') expect(checkMarkdown(format, r.out)).toEqual([]);
  });
  it('github: annotations escaped by @actions/core, file= without raw escapes, a job summary no student text can leave', () => {
    const summary = join(d, '..', `summary-${n}.html`), outputs = join(d, '..', `outputs-${n}.txt`);
    writeFileSync(summary, ''), writeFileSync(outputs, '');
    const r = gc(['grade', ...P, '.', '--format', 'github'], { cwd: d, env: { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: outputs } });
    expect(r.code).toBe(0);
    expect(checkLines('github', r.out, { annotations: true })).toEqual([]);
    const html = readFileSync(summary, 'utf8');
    expect(checkSummary('summary', html)).toEqual([]);
    expect(checkLines('summary', html)).toEqual([]);
    expect(html).toContain('\\x1b[2J');
  });
  it('text shows control characters escaped and quotes an id that would start a workflow command', () => {
    const r = gc(['grade', ...P, '.'], { cwd: d });
    expect(r.out).toMatch(/^x\\n::error ::pwn 0\/50 /m);
    expect(r.out).toContain('a\\x1b[2Jb\\u2028::error::pwn');
    expect(r.out).toMatch(/^"\+1\+cmd" 0\/50 /m);
    expect(r.out).toMatch(/^\.\/::error ::pwn\.yaml:\d+:\d+ /m);
    expect(r.out).toMatch(/^\.\/\\x1b\[2Jc\.yaml:\d+:\d+ /m);
  });
  it('csv: formulas neutralised with a leading apostrophe', () => {
    const r = gc(['grade', ...P, '.', '--format', 'csv'], { cwd: d });
    expect(r.out).toContain(`"'+1+cmd"`);
    expect(r.out).toContain(`"'@SUM(1)"`);
    expect(r.out).toContain(`"'=1+1.yaml"`);
  });
});

describe('validate reports what grade would refuse', () => {
  it('two problem files with the same id', () => {
    const text = readFileSync('problems/usi-a2/usi-a2-gd.yaml', 'utf8');
    const d = dirWith({ 'a.yaml': text, 'b.yaml': text });
    const r = gc(['validate', d]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/b\.yaml:\d+:1 error the problem id "usi-a2-gd" is already used by .*a\.yaml problem\.duplicate-id/);
  });
  it('grade finding no submission exits 2 with a usage message, even under --fail-under', () => {
    const d = dirWith({ 'notes.txt': 'not yaml' });
    const r = gc(['grade', ...P, d, '--fail-under', '50']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/gradecheck: grade: no submission/);
  });
});

describe('validate warns of what only this machine lacks', () => {
  it('a training problem whose data set is not installed: a warning at its dataset, exit 0', () => {
    const d = dirWith({ 'p.yaml': 'id: t\nkind: training-claims\ngiven:\n  dataset: { name: mnist, dir: /nonexistent/mnist }\n  models:\n    mlp: { input: [784], layers: [{ type: dense, units: 10 }] }\n  training: { optimizer: sgd, lr: 0.1, batch: 10, epochs: 1 }\nparts: { mlp.test-accuracy: 1 }\n' });
    const r = gc(['validate', d]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/p\.yaml:4:\d+ warning the data set is not installed here.* problem\.data-missing/);
  });
});
