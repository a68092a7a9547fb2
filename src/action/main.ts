// The GitHub Action (action.yml runs bundle/action.js, no install): the inputs become one run of
// the bundled CLI beside it, in a child process with the arguments as a list (paths with spaces
// work). The CLI writes the annotations, the job summary and the outputs itself. With `stats`,
// the JSON report is kept: the class statistics go to that HTML file and into the summary.
import * as core from '@actions/core';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The CLI beside this file (bundle/action.js, bundle/cli.js), or one folder up (dist/action/main.js, dist/cli.js: tests run it there).
const here = dirname(fileURLToPath(import.meta.url));
const cli = existsSync(join(here, 'cli.js')) ? join(here, 'cli.js') : join(here, '..', 'cli.js');

/** One run of the CLI, its output passed through; its exit code. */
function gradecheck(args: string[], env: NodeJS.ProcessEnv): number {
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', env });
  return r.status ?? 2;
}

function main(): void {
  const list = (name: string) => core.getMultilineInput(name).map((l) => l.trim()).filter(Boolean);
  const problems = list('problems');
  const submissions = list('submissions');
  if (!problems.length || !submissions.length) return core.setFailed('gradecheck: the problems and submissions inputs are required (one path per line)');
  const format = core.getInput('format') || 'github';
  const opt = (name: string, flag = `--${name}`) => (core.getInput(name) ? [flag, core.getInput(name)] : []);
  const env = { ...process.env };
  const secret = core.getInput('secret');
  if (secret) core.setSecret(secret), (env.GRADECHECK_SECRET = secret);
  // Who handed in: collect's record (the instructor's repository), or this repository's student.
  const identity = core.getInput('identity') || 'file';
  if (!['file', 'repository'].includes(identity)) return core.setFailed('gradecheck: identity is file or repository');
  if (identity === 'repository' && !process.env.GITHUB_REPOSITORY) return core.setFailed('gradecheck: identity: repository needs GITHUB_REPOSITORY (set by GitHub Actions)');
  const who = identity === 'repository' ? ['--github-repository', process.env.GITHUB_REPOSITORY!, ...(process.env.GITHUB_ACTOR ? ['--github-actor', process.env.GITHUB_ACTOR] : [])] : [];
  const grading = [...problems.flatMap((p) => ['--problems', p]), ...opt('feedback'), ...opt('assignment'), ...opt('roster'), ...opt('manifest'), ...opt('missing'), ...who];
  const stats = core.getInput('stats');
  let code: number;
  if (!stats) code = gradecheck(['grade', ...grading, '--format', format, ...opt('fail-under'), ...opt('output'), '--', ...submissions], env);
  else {
    // Graded once to JSON; the report in the chosen format and the statistics are made from it.
    const json = join(mkdtempSync(join(tmpdir(), 'gradecheck-')), 'report.json');
    code = gradecheck(['grade', ...grading, '--format', 'json', '--output', json, '--', ...submissions], env);
    if (code === 0) {
      code = gradecheck(['merge', json, '--format', format, ...opt('roster'), ...opt('missing'), ...opt('manifest'), ...opt('fail-under'), ...opt('output')], env);
      const made = gradecheck(['stats', json, '--format', 'html', '--output', stats], env);
      if (made === 0 && process.env.GITHUB_STEP_SUMMARY) {
        const md = spawnSync(process.execPath, [cli, 'stats', json, '--format', 'markdown'], { encoding: 'utf8', env });
        if (md.status === 0) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `\n${md.stdout}\n`);
      }
      if (made !== 0) code = made;
    }
  }
  if (code === 1) core.setFailed('gradecheck: a submission scored below fail-under');
  else if (code !== 0) core.setFailed('gradecheck: nothing was graded (see the message above)');
}

main();
