// `gradecheck release <assignment> --students roster.csv --out DIR`: what each student gets
// (statement.md with their numbers, an answers template), and beside it, for the instructors,
// each student's key and worked solutions. `gradecheck template <assignment>`: the answers
// template alone (an assignment without params: the same for everyone).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandPaths } from '../grading/files.js';
import { loadProblems, type LoadedProblem, type ProblemSet } from '../grading/problems.js';
import type { Assignment } from '../grading/assignments.js';
import { computeReference, defaultCacheDir } from '../grading/references.js';
import { readRoster } from '../grading/roster.js';
import { problemFor, type VariantSetup } from '../variants/grading.js';
import { answersTemplate } from '../variants/answers-template.js';
import { reportWith } from '../answers/reports.js';
import { printFindings, UsageError, emit } from './shared.js';
import { ProblemError } from '../kinds/types.js';
import { toYaml, variantSetup } from './solve.js';
import { folderNames } from './folder-name.js';
import { showControls } from '../reporters/escape.js';
import { createRequire } from 'node:module';

export interface ReleaseOptions {
  problems?: string[];
  students: string;
  out: string;
  format?: string;
  secretFile?: string;
}

/** The assignment named: a folder of one, or an id with --problems. */
function assignmentOf(arg: string, problems: string[] | undefined): { set: ProblemSet; assignment: Assignment } | null {
  const set = loadProblems(expandPaths(problems ?? [arg]).files);
  if (set.errors.length) {
    printFindings(set.errors);
    return null;
  }
  const ids = set.assignments.flatMap((a) => (a.id === null ? [] : [a.id]));
  const assignment = problems ? set.assignments.find((a) => a.id === arg) : set.assignments.length === 1 ? set.assignments[0] : undefined;
  if (!assignment) throw new UsageError(problems ? `there is no assignment "${arg}" (known: ${ids.join(', ') || 'none'})` : `${arg} holds ${set.assignments.length} assignments (${ids.join(', ')}): give one's folder, or its id with --problems`);
  return { set, assignment };
}

/** One student's problems: their variants, each with its key and worked solution. */
async function solved(assignment: Assignment, student: string, setup: VariantSetup | undefined) {
  const out: { lp: LoadedProblem; key: Record<string, unknown>; markdown: string }[] = [];
  for (const base of assignment.problems.values()) {
    const lp = problemFor(base, assignment, student, setup);
    const entry = await computeReference(lp, { cacheDir: defaultCacheDir(), crossCheck: true });
    const sol = lp.verifier.solve(lp.problem, entry.ref, entry.crossCheck);
    out.push({ lp, key: sol.answers, markdown: sol.markdown });
  }
  return out;
}

function statement(assignment: Assignment, student: string, problems: { lp: LoadedProblem }[]): string {
  const lines = [`# ${assignment.title ?? assignment.id ?? 'Assignment'}`, '', `For ${student}.`, ''];
  problems.forEach(({ lp }, i) => {
    const p = lp.problem;
    const points = p.parts.reduce((a, x) => a + x.points, 0);
    lines.push(`## ${i + 1}. ${p.title ?? p.id} (${Math.round(points * 100) / 100} points)`, '', p.variant?.statement ?? p.statement ?? '', '', `Parts: ${p.parts.map((x) => `\`${x.id}\``).join(', ')}. Answer under \`${p.id}\` in your answers file.`, '');
  });
  return lines.join('\n');
}

export async function releaseCommand(arg: string, opts: ReleaseOptions): Promise<number> {
  const format = opts.format ?? 'yaml';
  if (!['yaml', 'md', 'ipynb'].includes(format)) throw new UsageError('--format must be yaml, md or ipynb');
  const found = assignmentOf(arg, opts.problems);
  if (!found) return 2;
  const { set, assignment } = found;
  const setup = variantSetup(opts.secretFile, set.pins);
  if (!setup && [...assignment.problems.values()].some((lp) => lp.template)) throw new UsageError('this assignment draws a variant per student (params): give the course secret with --secret-file or $GRADECHECK_SECRET');
  let roster;
  try {
    roster = readRoster(opts.students);
  } catch (e) {
    // The roster reader names grade's option; here the roster is --students.
    if (e instanceof UsageError) throw new UsageError(e.message.replace(/^--roster /, '--students '));
    throw e;
  }
  // The whole roster is checked (every variant drawn, every key solved) before anything is written:
  // a student whose variant cannot be drawn stops the release with nothing half-written.
  const folders = folderNames([...roster.keys()]);
  const released: { student: string; folder: string; problems: Awaited<ReturnType<typeof solved>> }[] = [];
  for (const student of roster.keys()) {
    try {
      released.push({ student, folder: folders.get(student)!, problems: await solved(assignment, student, setup) });
    } catch (e) {
      if (e instanceof ProblemError) throw new UsageError(`${showControls(student)}: ${e.message} (variants.yaml pins, or require: too strict?)`);
      throw e;
    }
  }
  for (const { student, folder, problems } of released) {
    const dir = join(opts.out, 'students', folder);
    mkdirSync(dir, { recursive: true });
    const text = statement(assignment, student, problems);
    writeFileSync(join(dir, 'statement.md'), text);
    const answers = answersTemplate({ student, assignment, problems, title: assignment.title });
    if (format === 'yaml') writeFileSync(join(dir, 'answers.yaml'), answers);
    else writeFileSync(join(dir, `answers.${format}`), reportWith(format as 'md' | 'ipynb', text, answers));
    const inst = join(opts.out, 'instructors', folder);
    mkdirSync(inst, { recursive: true });
    const key = { student, ...(assignment.id ? { assignment: assignment.id } : {}), answers: Object.fromEntries(problems.filter((p) => Object.keys(p.key).length).map((p) => [p.lp.problem.id, p.key])) };
    writeFileSync(join(inst, 'key.yaml'), `# ${showControls(student)}'s answer key (their variant), made by gradecheck release\n${toYaml(key)}`);
    writeFileSync(join(inst, 'solutions.md'), ['# Worked solutions', '', `For ${student}.`, '', ...problems.map((p) => p.markdown.trimEnd() + '\n')].join('\n'));
  }
  // Which folder is whose (an id with a space or an accent is written encoded: see folder-name.ts).
  const { stringify } = createRequire(import.meta.url)('csv-stringify/sync') as typeof import('csv-stringify/sync');
  writeFileSync(join(opts.out, 'folders.csv'), stringify([['student', 'folder'], ...released.map((r) => [showControls(r.student), r.folder])], { quoted: true, escape_formulas: true }));
  process.stderr.write(`gradecheck: released ${assignment.id ?? 'the assignment'} to ${roster.size} student(s) in ${join(opts.out, 'students')}; keys and worked solutions in ${join(opts.out, 'instructors')}\n`);
  return 0;
}

export async function templateCommand(arg: string, opts: { problems?: string[]; output?: string; student?: string; format?: string }): Promise<number> {
  const found = assignmentOf(arg, opts.problems);
  if (!found) return 2;
  const { assignment } = found;
  if ([...assignment.problems.values()].some((lp) => lp.template)) throw new UsageError('this assignment draws a variant per student (params): use gradecheck release, which writes each student their own template');
  const student = opts.student ?? 'your-id';
  const problems = await solved(assignment, student, undefined);
  const answers = answersTemplate({ student, assignment, problems, title: assignment.title });
  const format = opts.format ?? 'yaml';
  emit(format === 'yaml' ? answers : reportWith(format as 'md' | 'ipynb', statement(assignment, student, problems), answers), opts.output);
  return 0;
}
