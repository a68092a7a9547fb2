// The CLI end to end, on the built binary (npm ci builds it in `prepare`).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cache = mkdtempSync(join(tmpdir(), 'gc-cache-'));
function gc(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 60_000, env: { ...process.env, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const dir = mkdtempSync(join(tmpdir(), 'gc-cli-'));
function file(name: string, text: string) {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  return p;
}

describe('gradecheck grade', () => {
  it('grades every bundled submission (exit 0) with a summary per student', () => {
    const r = gc('grade', '--problems', 'problems', 'solutions');
    expect(r.code).toBe(0);
    for (const s of ['seed000-student', 'seed003-student', 'seed004-student', 'answer-key-usi-a2']) expect(r.out).toMatch(new RegExp(`^${s} `, 'm'));
    expect(r.out).toMatch(/^solutions\/seed004-student\.yaml:\d+:\d+ error .* value\.mismatch$/m);
  });

  it('the JSON report has the SPEC shape and is byte-identical across runs', () => {
    const a = gc('grade', '--problems', 'problems', 'solutions', '--format', 'json');
    const b = gc('grade', '--problems', 'problems', 'solutions', '--format', 'json');
    expect(a.out).toBe(b.out);
    const rep = JSON.parse(a.out);
    const s = rep.submissions[0];
    expect(Object.keys(s)).toEqual(['file', 'student', 'assignment', 'status', 'score', 'maxScore', 'findings', 'problems']);
    expect(Object.keys(s.problems[0])).toEqual(['id', 'score', 'maxScore', 'parts']);
    expect(Object.keys(s.problems[0].parts[0])).toEqual(['id', 'status', 'score', 'maxScore', 'findings']);
    const f = rep.submissions.flatMap((x: any) => x.problems.flatMap((p: any) => p.parts.flatMap((pt: any) => pt.findings)))[0];
    expect(Object.keys(f).slice(0, 6)).toEqual(['code', 'severity', 'message', 'file', 'line', 'column']);
  });

  it('--fail-under exits 1 when a submission scores below it', () => {
    expect(gc('grade', '--problems', 'problems', 'solutions', '--fail-under', '50').code).toBe(1);
    expect(gc('grade', '--problems', 'problems', 'solutions/answer-keys', '--fail-under', '100').code).toBe(0);
  });

  // A streamed JSON report keeps only each result's scores once its entry is written (issue 25):
  // the exit code still reads them, and the report is the whole one.
  it.each([
    ['solutions', '50', 1],
    ['solutions/answer-keys', '100', 0],
  ])('--format json --fail-under: %s under %s exits %d, as the report scores say', (subs, under, code) => {
    const out = join(dir, `fail-under-${under}.json`);
    expect(gc('grade', '--problems', 'problems', subs, '--fail-under', under, '--format', 'json', '--output', out).code).toBe(code);
    expect(gc('grade', '--problems', 'problems', subs, '--fail-under', under).code).toBe(code);
    const below = JSON.parse(readFileSync(out, 'utf8')).submissions.some((s: { score: number; maxScore: number }) => s.maxScore > 0 && (100 * s.score) / s.maxScore < Number(under));
    expect(below ? 1 : 0).toBe(code);
  });

  it('an invalid submission is reported and the rest of the batch is graded', () => {
    const subs = join(dir, 'batch');
    cpSync('solutions/answer-keys/usi-a2.yaml', join(subs, 'a.yaml'), { recursive: true });
    file('batch/b.yaml', 'student: bob\nanswers: [1, 2\n');
    file('batch/c.yaml', 'student: carol\nassignment: usi-a2\nanswers:\n  no-such-problem: { x: 1 }\n');
    file('batch/e.yaml', 'student: erin\nassignment: usi-a2\nanswers:\n  usi-a2-gd: 5\n  usi-a2-p1: { loss: 1.0185 }\n');
    file('batch/d.yaml', 'a: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n');
    const r = gc('grade', '--problems', 'problems', subs, '--format', 'json');
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.out);
    const by = Object.fromEntries(rep.submissions.map((s: any) => [s.file.split('/').pop(), s]));
    expect(by['a.yaml'].score).toBe(by['a.yaml'].maxScore);
    expect(by['b.yaml'].status).toBe('invalid');
    expect(by['b.yaml'].findings[0]).toMatchObject({ code: 'submission.invalid', line: 3, column: 1 }); // the unclosed [ is found at the end
    expect(by['c.yaml'].findings.map((f: any) => f.code)).toEqual(['submission.unknown-problem', 'submission.no-answers']);
    expect(by['d.yaml'].findings[0].message).toMatch(/alias/);
    // answers that are not a mapping cost that problem only
    const erin = by['e.yaml'];
    expect(erin.status).toBe('graded');
    expect(erin.problems.find((p: any) => p.id === 'usi-a2-gd').parts.every((p: any) => p.status === 'invalid')).toBe(true);
    expect(erin.problems.find((p: any) => p.id === 'usi-a2-p1').parts.find((p: any) => p.id === 'loss').status).toBe('correct');
    // the problem erin left out counts, every part missing
    expect(erin.problems.map((p: any) => p.id)).toEqual(['usi-a2-p1', 'usi-a2-gd', 'usi-a2-conv']);
    expect(erin.problems[2].parts.every((p: any) => p.status === 'missing' && p.score === 0)).toBe(true);
    expect(erin.problems[2].parts.flatMap((p: any) => p.findings.map((f: any) => f.code))).toEqual(['answer.missing']); // once for the problem
    expect(erin.maxScore).toBe(50);
  });

  it('a broken problem stops grading with exit 2 and its location', () => {
    const p = file('probs/bad.yaml', 'id: bad\nkind: gd-step-size\ngiven:\n  matrix: [[1, 2], [3]]\nparts: { range: 1 }\n');
    const r = gc('grade', '--problems', p, 'solutions');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.yaml:4:\d+ error .*problem\.invalid/);
  });

  it('a problem whose data is missing stops grading and solving with exit 2 at its dataset line, no stack trace', () => {
    const p = file('probs/nodata.yaml', 'id: nodata\nkind: training-claims\ngiven:\n  dataset: { name: files, dir: /nonexistent/idx }\n  models: { mlp: { input: [100], layers: [{ type: dense, units: 3 }] } }\nparts: { mlp.test-accuracy: 1 }\n');
    for (const r of [gc('grade', '--problems', p, 'solutions'), gc('solve', p)]) {
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/nodata\.yaml:4:12 error the reference of nodata cannot be computed: .*nonexistent.* problem\.invalid/);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('bad usage exits 2', () => {
    expect(gc('grade', 'solutions').code).toBe(2);
    expect(gc('grade', '--problems', 'problems', 'solutions', '--format', 'pdf').code).toBe(2);
    expect(gc('grade', '--problems', 'nowhere', 'solutions').code).toBe(2);
  });

  it.each(['json', 'text'])('an --output that cannot be written exits 2 with a message (%s), never hangs', (format) => {
    // Under /proc, Node's recursive mkdirSync retries for ever; a path through a file fails plainly.
    for (const out of ['/proc/gradecheck-nope/r.out', join(file('plain.txt', 'x'), 'r.out')]) {
      const r = gc('grade', '--problems', 'problems', 'solutions', '--format', format, '--output', out);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/cannot write .*r\.out/);
    }
  });
});

describe('gradecheck validate', () => {
  it('points at the line and column of a planted schema error', () => {
    const p = file('v/p.yaml', 'id: p\nkind: param-count\ngiven:\n  input: [1, 28, 28]\n  layres: []\nparts: { total: 1 }\n');
    const r = gc('validate', p);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${p}:5:3 error unknown key "layres" in given`);
  });
  it('accepts the bundled set', () => {
    const r = gc('validate', 'problems', 'solutions', '--problems', 'problems');
    expect(r.err).toMatch(/0 with errors/);
    expect(r.code).toBe(0);
  });
  it('flags a refused expression in a submission', () => {
    const s = file('v/s.yaml', 'student: eve\nassignment: usi-a2\nanswers:\n  usi-a2-gd:\n    range: "(0, import(\'fs\'))"\n');
    const r = gc('validate', s, '--problems', 'problems');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/s\.yaml:5:12 error range: the upper bound .* answer\.invalid/);
  });
});

describe('gradecheck solve', () => {
  it('yaml: an answer key that grades at full marks', () => {
    const key = file('key.yaml', gc('solve', 'problems/usi-a2').out);
    const rep = JSON.parse(gc('grade', '--problems', 'problems', key, '--format', 'json').out);
    expect(rep.submissions[0].score).toBe(rep.submissions[0].maxScore);
  });
  it('markdown: worked solutions with exact values', () => {
    const md = gc('solve', 'problems', '--format', 'markdown').out;
    expect(md).toContain('λmax = 12, so the range is **0 < η < 1/6**'); // messages and solutions say η
    expect(md).toContain('∂L/∂W1 = δ1ᵀ·X = **[[0.131, -0.2358, -0.0524, 0.2096], [-0.2544, -0.318, 0.0318, -0.0954]]**');
  });
  it('json: the cross-check engine and largest difference per gradient', () => {
    const out = JSON.parse(gc('solve', 'problems/usi-a2/usi-a2-p1.yaml', '--format', 'json', '--no-cache').out);
    const cc = out.problems[0].crossCheck;
    expect(cc.engine).toMatch(/^tfjs/);
    expect(cc.items.map((i: any) => i.name)).toEqual(['loss', 'dW1', 'db1', 'dW2', 'db2']);
    for (const i of cc.items) expect(i.maxDiff).toBeLessThan(1e-5);
  });
});

describe('sharding and CI formats', () => {
  it('shards merged equal the unsharded report', () => {
    const whole = gc('grade', '--problems', 'problems', 'solutions', '--format', 'json').out;
    const parts = [1, 2, 3].map((k) => file(`shard${k}.json`, gc('grade', '--problems', 'problems', 'solutions', '--format', 'json', '--shard', `${k}/3`).out));
    expect(gc('merge', ...parts.reverse()).out).toBe(whole);
    expect(gc('grade', '--problems', 'problems', 'solutions', '--shard', '4/3').code).toBe(2);
  });

  it('worker threads give the report one thread gives, byte for byte (JSON rendered in the workers, text from their results)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-jobs-'));
    const students = readdirSync('solutions').filter((f) => /student.*\.yaml$/.test(f));
    // 420 students (each copy its own: one student's several files would be graded as one submission).
    for (let i = 0; i < 420; i++) writeFileSync(join(dir, `s${String(i).padStart(3, '0')}.yaml`), readFileSync(join('solutions', students[i % students.length]), 'utf8').replace(/^student: .*$/m, `student: s${String(i).padStart(3, '0')}`));
    for (const format of ['json', 'text']) {
      const one = gc('grade', '--problems', 'problems', dir, '--format', format, '--jobs', '1');
      const two = gc('grade', '--problems', 'problems', dir, '--format', format, '--jobs', '2');
      expect(two.out).toBe(one.out);
      expect(two.code).toBe(one.code);
    }
    const streamed = gc('grade', '--problems', 'problems', dir, '--format', 'json', '--jobs', '2').out;
    expect((JSON.parse(streamed) as { submissions: unknown[] }).submissions).toHaveLength(420);
    // the report written while grading equals the JSON reporter's rendering of the same report
    expect(gc('merge', file('streamed.json', streamed)).out).toBe(streamed);
  });

  it('distinct answers (every decimal per-student: no block repeats, nothing from the memo) give one report on one thread and on two, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-distinct-'));
    const students = readdirSync('solutions').filter((f) => /student.*\.yaml$/.test(f));
    // 430 students: the main thread's 20-file steps, workers' shrinking chunks, and a batch end that is not a multiple of either.
    for (let i = 0; i < 430; i++) {
      const text = readFileSync(join('solutions', students[i % students.length]), 'utf8').replace(/^student: .*$/m, `student: d${String(i).padStart(3, '0')}`);
      const at = text.indexOf('\nanswers:');
      writeFileSync(join(dir, `d${String(i).padStart(3, '0')}.yaml`), text.slice(0, at) + text.slice(at).replace(/(\d\.\d+)(?![\d/])/g, `$1${String(i + 1).padStart(5, '0')}`));
    }
    const one = gc('grade', '--problems', 'problems', dir, '--format', 'json', '--jobs', '1');
    const two = gc('grade', '--problems', 'problems', dir, '--format', 'json', '--jobs', '2');
    expect(two.out).toBe(one.out);
    expect(two.code).toBe(one.code);
    expect((JSON.parse(one.out) as { submissions: unknown[] }).submissions).toHaveLength(430);
  });

  it('github: annotations on stdout, the summary to GITHUB_STEP_SUMMARY, outputs', () => {
    const summary = file('summary.md', '');
    const out = file('gh-output.txt', '');
    const r = spawnSync(process.execPath, ['dist/cli.js', 'grade', '--problems', 'problems', 'solutions/seed004-student.yaml', '--format', 'github'], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: out, GRADECHECK_CACHE_DIR: cache },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^::error title=value\.mismatch,file=solutions\/seed004-student\.yaml,line=11,col=12::dW1 row 1, column 1 is 0\.431; expected 0\.131$/m);
    expect(readFileSync(summary, 'utf8')).toContain('<table><tr><th>problem</th><th>part</th><th>points</th><th>status</th></tr>');
    expect(readFileSync(out, 'utf8')).toMatch(/score<<.*\n37\.6944\n/); // issue 22: seed 004 keeps its carried-forward eigenvalues and range; printed as stored
  });

  it('github outside Actions: the summary goes to --output, never a crash', () => {
    const env = { ...process.env, GITHUB_STEP_SUMMARY: '', GITHUB_OUTPUT: '', GRADECHECK_CACHE_DIR: cache };
    delete (env as Record<string, string>).GITHUB_STEP_SUMMARY;
    const o = join(dir, 'gh-summary.html');
    const r = spawnSync(process.execPath, ['dist/cli.js', 'grade', '--problems', 'problems', 'solutions', '--format', 'github', '--output', o], { encoding: 'utf8', env });
    expect(r.status).toBe(0);
    expect(readFileSync(o, 'utf8')).toContain('<h2>gradecheck</h2>');
    const r2 = spawnSync(process.execPath, ['dist/cli.js', 'grade', '--problems', 'problems', 'solutions', '--format', 'github'], { encoding: 'utf8', env });
    expect(r2.status).toBe(0);
    expect(r2.stderr).toMatch(/summary was skipped/);
  });
});

describe('the installed binary', () => {
  it('dist/cli.js is executable, so `npx gradecheck` runs it', () => {
    const r = spawnSync('dist/cli.js', ['--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('0.1.0');
  });
});
