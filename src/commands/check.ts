// `gradecheck check`: what a student's own CI runs (check/check.ts), and, where the problems
// are, `gradecheck check --write-spec check.json --problems P` makes the file it reads
// (check/spec.ts). Checking needs no secret, computes no reference and prints no score.
import { writeFileSync } from 'node:fs';
import pc from 'picocolors';
import { checkFile } from '../check/check.js';
import { readSpec, shapeOfValue, type CheckSpec, type Shape } from '../check/spec.js';
import { loadProblems, type LoadedProblem } from '../grading/problems.js';
import { chooseAssignment } from '../grading/assignments.js';
import { defaultCacheDir } from '../grading/references.js';
import { problemFor } from '../variants/grading.js';
import { SAMPLE_SECRET } from '../variants/load.js';
import { findingLine } from '../reporters/text.js';
import { pathStart } from '../reporters/escape.js';
import { filesOf, printFindings, referencesOrReport, UsageError } from './shared.js';

/** The intermediate values kinds let a student state (their statedPart), probed by name. */
const STATED_NAMES = ['Z', 'dZ', 'y', ...Array.from({ length: 20 }, (_, i) => [`z${i + 1}`, `a${i + 1}`]).flat()];

export interface CheckOptions {
  spec?: string;
  problems?: string[];
  writeSpec?: string;
  assignment?: string;
}

export async function checkCommand(paths: string[], opts: CheckOptions): Promise<number> {
  if (opts.writeSpec !== undefined) return writeSpec(opts);
  if (!opts.spec) throw new UsageError('check needs --spec check.json (made where the problems are by `gradecheck check --write-spec check.json --problems DIR`)');
  if (!paths.length) throw new UsageError('check: give the answers file(s)');
  let spec: CheckSpec;
  try {
    spec = readSpec(opts.spec);
  } catch (e) {
    throw new UsageError(`--spec ${opts.spec}: ${(e as Error).message.split('\n')[0]}`);
  }
  const files = filesOf(paths, 'check', { reports: true });
  if (!files.length) throw new UsageError(`check: no answers file (*.yaml, *.yml, or a *.md or *.ipynb report) in ${paths.join(', ')}`);
  const c = pc.createColors(Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
  let errors = 0;
  for (const f of files) {
    const r = checkFile(f, spec);
    for (const x of r.findings) process.stdout.write(findingLine(x, c) + '\n');
    errors += r.findings.filter((x) => x.severity === 'error').length;
    process.stdout.write(`${pathStart(f)}: ${r.ready} of ${r.parts} part(s) read in the expected shape${r.findings.length ? `, ${r.findings.length} problem(s) above` : ''}\n`);
  }
  process.stdout.write('No grade is given here: the course grades the submission it collects.\n');
  return errors ? 1 : 0;
}

/** The check file of an assignment: each part's answer shape, from its reference (the sample variant's, for a templated problem). */
async function writeSpec(opts: CheckOptions): Promise<number> {
  if (!opts.problems?.length) throw new UsageError('check --write-spec needs --problems <file|dir>');
  const set = loadProblems(filesOf(opts.problems, '--problems'));
  if (set.errors.length) {
    printFindings(set.errors);
    return 2;
  }
  const a = chooseAssignment(undefined, set.assignments, opts.assignment);
  if ('reason' in a) throw new UsageError(`check --write-spec: ${a.reason.replace('it names no assignment', 'give --assignment')}`);
  // Two sample draws (never a student's: no secret): a part whose shape differs between them is not checked.
  const setup = { secret: SAMPLE_SECRET, pins: new Map() };
  const draws: Map<string, LoadedProblem>[] = [new Map(), new Map()];
  for (const [id, lp] of a.problems) {
    draws[0].set(`${id}\0a`, lp.template ? problemFor(lp, a, '(sample)', setup) : lp);
    if (lp.template) draws[1].set(`${id}\0b`, problemFor(lp, a, '(sample-2)', setup));
  }
  const all = new Map([...draws[0], ...draws[1]]);
  const refs = await referencesOrReport(all, { cacheDir: defaultCacheDir(), crossCheck: true });
  if (!refs) return 2;
  const shapes = (key: string): Map<string, Shape> | null => {
    const lp = all.get(key);
    if (!lp) return null;
    const entry = refs.get(key)!;
    const answers = lp.verifier.solve(lp.problem, entry.ref, entry.crossCheck).answers as Record<string, unknown>;
    return new Map(Object.entries(answers).map(([k, v]) => [k, shapeOfValue(v)]));
  };
  const spec: CheckSpec = {
    gradecheck: 'check',
    assignment: a.id,
    problems: [...a.problems.values()].map((lp) => {
      const one = shapes(`${lp.problem.id}\0a`)!, two = shapes(`${lp.problem.id}\0b`);
      const stated = STATED_NAMES.filter((n) => !lp.problem.parts.some((p) => p.id === n) && lp.verifier.statedPart?.(lp.problem.given, n));
      return {
        id: lp.problem.id,
        ...(lp.problem.title ? { title: lp.problem.title } : {}),
        ...(stated.length ? { stated } : {}),
        parts: lp.problem.parts.map((p) => {
          const s = one.get(p.id) ?? null;
          const varies = two && JSON.stringify(two.get(p.id) ?? null) !== JSON.stringify(s);
          return { id: p.id, shape: varies ? null : s };
        }),
      };
    }),
  };
  writeFileSync(opts.writeSpec!, JSON.stringify(spec, null, 2) + '\n');
  process.stderr.write(`gradecheck: wrote ${opts.writeSpec}: the answer shapes of ${spec.problems.length} problem(s)${a.id ? ` of ${a.id}` : ''} (no value, no key, no secret)\n`);
  return 0;
}
