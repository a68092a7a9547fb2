// Delivers a GitHub plan with @actions/core: annotations on the students' lines, the job
// summary, and the outputs. Outside Actions the summary goes to --output, or is skipped with a
// note (core.summary.write() throws without GITHUB_STEP_SUMMARY).
import { writeFileSync } from 'node:fs';
import type { GithubPlan } from '../reporters/github.js';

export async function deliverGithub(plan: GithubPlan, output?: string): Promise<void> {
  const core = await import('@actions/core');
  for (const a of plan.annotations) {
    const props = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
    if (a.level === 'error') core.error(a.message, props);
    else core.warning(a.message, props);
  }
  core.setOutput('score', plan.outputs.score);
  core.setOutput('max-score', plan.outputs['max-score']);
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(plan.summary).write();
    if (output) writeFileSync(output, plan.summary);
  } else if (output) {
    writeFileSync(output, plan.summary);
  } else {
    process.stderr.write('gradecheck: not in GitHub Actions (no GITHUB_STEP_SUMMARY): the job summary was skipped; use --output FILE to keep it\n');
  }
}
