// A fuzz campaign: hostile files written in batches, the CLI run over each batch in every format
// (and JSON on one and on two threads), and the invariants of checks.ts asserted on what it
// printed. Each file is also graded in this process, timed, for the slowest input. `npm test`
// runs a short campaign with a fixed seed; `npm run fuzz -- --runs N` a long one.
import { expandPaths } from '../grading/files.js';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { checkCsv, checkGradescope, checkJson, checkJunit, checkLines, checkMarkdown, checkProcess, checkSummary, type CliRun, type Violation } from './checks.js';
import { hostileProblems, hostileSubmissions, type HostileFile } from './hostile.js';

export interface CampaignOptions {
  /** The repository: dist/cli.js, problems/ and solutions/ are read from it. */
  root: string;
  submissions: number;
  problems: number;
  seed: number;
  batch: number;
  /** Seconds a CLI run over one batch may take. */
  timeout: number;
  /** Keep each submission batch's files under this directory (batch-N/), to profile a CLI run on them later. */
  keep?: string;
  onBatch?: (done: number, total: number, violations: number) => void;
}

export interface CampaignReport {
  seed: number;
  submissionFiles: number;
  problemFiles: number;
  cliRuns: number;
  violations: Violation[];
  crashes: number;
  hangs: number;
  entriesLost: number;
  slowest: { ms: number; file: string } | null;
  peakRssMb: number | null;
  /** The peak memory (MB) of each kind of CLI run (json --jobs 1, text, …), the largest over the batches. */
  peakRssByRun: Record<string, number>;
  seconds: number;
  /** Where the campaign's time went (seconds): generating and writing files, each kind of CLI run, grading in process. */
  phases: Record<string, number>;
}

const FORMATS = ['text', 'markdown', 'junit', 'csv', 'gradescope', 'github'] as const;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

export async function runCampaign(opts: CampaignOptions): Promise<CampaignReport> {
  const t0 = performance.now();
  const root = resolve(opts.root);
  const work = mkdtempSync(join(tmpdir(), 'gc-fuzz-'));
  const cache = join(work, 'cache');
  // The bundled problems as one set (their assignment files left out: hostile submissions need not name one).
  const problemFiles = expandPaths([join(root, 'problems')]).files.filter((f) => !/assignment\.ya?ml$/.test(f));
  const seeds = expandPaths([join(root, 'solutions')]).files.map((f) => readFileSync(f, 'utf8'));
  const problemSeeds = problemFiles.map((f) => readFileSync(f, 'utf8'));
  const report: CampaignReport = { seed: opts.seed, submissionFiles: 0, problemFiles: 0, cliRuns: 0, violations: [], crashes: 0, hangs: 0, entriesLost: 0, slowest: null, peakRssMb: null, peakRssByRun: {}, seconds: 0, phases: {} };
  const timed = <T>(phase: string, f: () => T): T => {
    const t = performance.now();
    try {
      return f();
    } finally {
      report.phases[phase] = (report.phases[phase] ?? 0) + (performance.now() - t) / 1000;
    }
  };
  const cli = (args: string[], cwd: string, label: string, env: Record<string, string> = {}): CliRun => {
    const argv = [process.execPath, join(root, 'dist', 'cli.js'), ...args];
    const kind = label.replace(/^\S+ \d+ /, '');
    const r = timed(`cli ${kind}`, () => spawnSync(TIME ?? argv[0], TIME ? ['-f', 'gradecheck-fuzz-rss %M', ...argv] : argv.slice(1), {
      cwd, encoding: 'utf8', maxBuffer: 1 << 30, timeout: opts.timeout * 1000,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? work, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1', CI: 'true', ...env },
    }));
    report.cliRuns++;
    let stderr = r.stderr ?? '';
    const rss = /gradecheck-fuzz-rss (\d+)\s*$/.exec(stderr);
    if (rss) {
      if (process.env.GRADECHECK_FUZZ_RSS) process.stderr.write(`fuzz: ${label}: ${(Number(rss[1]) / 1024).toFixed(0)} MB\n`);
      report.peakRssMb = Math.max(report.peakRssMb ?? 0, Number(rss[1]) / 1024);
      report.peakRssByRun[kind] = Math.max(report.peakRssByRun[kind] ?? 0, Number(rss[1]) / 1024);
      stderr = stderr.slice(0, rss.index);
    }
    return { label, code: r.status, stdout: r.stdout ?? '', stderr, timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' };
  };
  // Batches alternate: the problems as one set, and the bundled assignments (which a submission must name).
  const asOneSet = problemFiles.flatMap((f) => ['--problems', f]);
  const asAssignments = ['--problems', join(root, 'problems')];
  const grading = await inProcessGrader(problemFiles, cache);
  const batches = Math.ceil(opts.submissions / opts.batch);
  for (let b = 0; b < batches; b++) {
    const n = Math.min(opts.batch, opts.submissions - b * opts.batch);
    const dir = timed('generate and write', () => writeBatch(work, `s${b}`, fc.sample(hostileSubmissions(seeds), { seed: opts.seed + b, numRuns: n }), true));
    const names = readdirSync(dir).filter((n) => n !== 'folder.yaml').sort();
    report.submissionFiles += names.length;
    const v: Violation[] = [];
    const problemArgs = b % 2 === 0 ? asOneSet : asAssignments;
    const json1 = cli(['grade', ...problemArgs, '.', '--format', 'json', '--jobs', '1'], dir, `batch ${b} json --jobs 1`);
    const json2 = cli(['grade', ...problemArgs, '.', '--format', 'json', '--jobs', '2'], dir, `batch ${b} json --jobs 2`);
    for (const r of [json1, json2]) v.push(...checkProcess(r, [0, 1]), ...checkJson(r.label, r.stdout, names), ...checkLines(r.label, r.stdout));
    if (json1.stdout !== json2.stdout) v.push({ check: 'threads', detail: `batch ${b}: the JSON report differs between --jobs 1 and --jobs 2` });
    for (const format of FORMATS) {
      const summary = join(work, `summary-${b}.html`), outputs = join(work, `outputs-${b}.txt`);
      writeFileSync(summary, ''), writeFileSync(outputs, '');
      const r = cli(['grade', ...problemArgs, '.', '--format', format], dir, `batch ${b} ${format}`, format === 'github' ? { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: outputs } : {});
      v.push(...checkProcess(r, [0, 1]), ...checkLines(r.label, r.stdout, { annotations: format === 'github' }), ...checkLines(`${r.label} stderr`, r.stderr));
      if (format === 'csv') v.push(...checkCsv(r.label, r.stdout));
      if (format === 'markdown') v.push(...checkMarkdown(r.label, r.stdout));
      if (format === 'junit') v.push(...checkJunit(r.label, r.stdout));
      if (format === 'gradescope') v.push(...checkGradescope(r.label, r.stdout));
      if (format === 'github') {
        const html = readFileSync(summary, 'utf8');
        v.push(...checkSummary(r.label, html), ...checkLines(`${r.label} summary`, html));
      }
    }
    if (!v.some((x) => x.check === 'hang')) {
      const t = performance.now();
      for (const name of names) {
        const ms = grading(join(dir, name));
        if (!report.slowest || ms > report.slowest.ms) report.slowest = { ms, file: `batch ${b}: ${JSON.stringify(name)}` };
      }
      report.phases['grading in process'] = (report.phases['grading in process'] ?? 0) + (performance.now() - t) / 1000;
    }
    tally(report, v);
    if (opts.keep) cpSync(dir, join(opts.keep, `batch-${b}`), { recursive: true, verbatimSymlinks: true, filter: (f) => !lstatSync(f).isFIFO() }); // (a FIFO is not copied)
    rmSync(dir, { recursive: true, force: true });
    opts.onBatch?.(b + 1, batches, report.violations.length);
  }
  const pBatches = Math.ceil(opts.problems / opts.batch);
  for (let b = 0; b < pBatches; b++) {
    const n = Math.min(opts.batch, opts.problems - b * opts.batch);
    const dir = writeBatch(work, `p${b}`, fc.sample(hostileProblems(problemSeeds), { seed: opts.seed + 100_000 + b, numRuns: n }), false);
    report.problemFiles += readdirSync(dir).length;
    const r = cli(['validate', '.'], dir, `problems ${b} validate`);
    const v = [...checkProcess(r, [0, 2]), ...checkLines(`${r.label} stderr`, r.stderr)];
    // Every error names FILE:LINE:COLUMN.
    for (const line of r.stderr.split('\n')) if (/ error /.test(line) && !/:\d+:\d+ error /.test(line)) v.push({ check: 'position', detail: `${r.label}: ${JSON.stringify(line.slice(0, 160))}` });
    tally(report, v);
    rmSync(dir, { recursive: true, force: true });
  }
  rmSync(work, { recursive: true, force: true });
  report.seconds = (performance.now() - t0) / 1000;
  return report;
}

function tally(report: CampaignReport, v: Violation[]): void {
  report.violations.push(...v);
  report.crashes += v.filter((x) => x.check === 'crash' || x.check === 'exit').length;
  report.hangs += v.filter((x) => x.check === 'hang').length;
  report.entriesLost += v.filter((x) => x.check === 'entries' || x.check === 'json').length;
}

/**
 * Writes a batch's files under unique names that still start with what the generator wrote,
 * and beside them what no generator of bytes can make: a symbolic link loop, a dangling link, a
 * named pipe, a directory and a link to /dev/zero, each named *.yaml.
 */
function writeBatch(work: string, id: string, files: HostileFile[], specials: boolean): string {
  const dir = join(work, id);
  mkdirSync(dir, { recursive: true });
  files.forEach((f, i) => {
    const ext = /\.(md|ipynb|yaml)$/.exec(f.name)?.[1] ?? 'yaml';
    writeFileSync(join(dir, `${f.name.slice(0, 120).replace(/\.(md|ipynb|yaml)$/, '')}-${i}.${ext}`), f.bytes);
  });
  if (specials) {
    symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
    symlinkSync('nowhere.yaml', join(dir, 'dangling.yaml'));
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    mkdirSync(join(dir, 'folder.yaml'));
    const fifo = spawnSync('mkfifo', [join(dir, 'fifo.yaml')]);
    if (fifo.status !== 0) rmSync(join(dir, 'fifo.yaml'), { force: true });
  }
  return dir;
}

/** Grades one file in this process (problems and references loaded once) and returns the milliseconds it took. */
async function inProcessGrader(problemFiles: string[], cache: string): Promise<(file: string) => number> {
  const { loadProblems } = await import('../grading/problems.js');
  const { computeReferences } = await import('../grading/references.js');
  const { gradeFile } = await import('../grading/grade.js');
  const set = loadProblems(problemFiles);
  const refs = new Map([...(await computeReferences(set.problems, { cacheDir: cache, crossCheck: true }))].map(([id, r]) => [id, r.ref]));
  return (file) => {
    const t = performance.now();
    gradeFile(file, set.assignments, refs);
    return performance.now() - t;
  };
}
