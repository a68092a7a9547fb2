// Delivers a GitHub plan with @actions/core: annotations on the students' lines, the job
// summary, and the outputs. Outside Actions the summary goes to --output, or is skipped with a
// note (core.summary.write() throws without GITHUB_STEP_SUMMARY). Every file is checked or
// written before the first annotation is printed, so a wrong path is one line and exit 2, not a
// stack trace after half the output.
import { accessSync, constants, statSync } from 'node:fs';
import type { GithubPlan } from '../reporters/github.js';
import { writeOutput } from './output-file.js';
import { UsageError } from './usage-error.js';

/** The runner's files that @actions/core appends to, when set: each must be a writable file. */
const RUNNER_FILES = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY'] as const;

export async function deliverGithub(plan: GithubPlan, output?: string): Promise<void> {
  for (const name of RUNNER_FILES) checkRunnerFile(name);
  if (output) writeOutput(output, plan.summary);
  const core = await import('@actions/core');
  for (const a of plan.annotations) {
    const props = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
    if (a.level === 'error') core.error(a.message, props);
    else core.warning(a.message, props);
  }
  try {
    core.setOutput('score', plan.outputs.score);
    core.setOutput('max-score', plan.outputs['max-score']);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(plan.summary).write();
  } catch (e) {
    throw new UsageError(`cannot write the GitHub Actions outputs or job summary: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!process.env.GITHUB_STEP_SUMMARY && !output) {
    process.stderr.write('gradecheck: not in GitHub Actions (no GITHUB_STEP_SUMMARY): the job summary was skipped; use --output FILE to keep it\n');
  }
}

function checkRunnerFile(name: (typeof RUNNER_FILES)[number]): void {
  const path = process.env[name];
  if (!path) return;
  let why: string | null = null;
  try {
    if (!statSync(path).isFile()) why = 'not a regular file';
    else accessSync(path, constants.W_OK);
  } catch (e) {
    why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  }
  if (why) throw new UsageError(`${name} points at ${path}, which cannot be written: ${why}`);
}
