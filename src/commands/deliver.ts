// Where a report goes: a reporter's text to stdout or --output, or the GitHub sink; then the
// exit code of --fail-under.
import type { Report } from '../grading/types.js';
import { githubPlan } from '../reporters/github.js';
import { REPORTERS, SINK_FORMATS } from '../reporters/index.js';
import { percent } from '../reporters/shape.js';
import { deliverGithub } from './github-sink.js';
import { emit, UsageError, writeAttachments } from './shared.js';

export const FORMATS = [...Object.keys(REPORTERS), ...SINK_FORMATS];

export function checkFormat(format: string): void {
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of: ${FORMATS.join(', ')}`);
}

export function parseFailUnder(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!(n >= 0 && n <= 100)) throw new UsageError('--fail-under takes a percentage from 0 to 100');
  return n;
}

export async function deliver(report: Report, opts: { format: string; output?: string; failUnder?: number }): Promise<number> {
  if (opts.format === 'github') await deliverGithub(githubPlan(report), opts.output);
  else {
    const color = opts.format === 'text' && !opts.output && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    emit(REPORTERS[opts.format](report, { color }), opts.output);
    if (opts.format === 'markdown') writeAttachments(report.submissions.flatMap((s) => s.problems.flatMap((p) => p.parts.flatMap((pt) => pt.attachments ?? []))), opts.output);
  }
  return exitCode(report, opts.failUnder);
}

/** 1 when some submission scored below --fail-under, else 0. */
export function exitCode(report: Report, failUnder: number | undefined): number {
  return failUnder !== undefined && report.submissions.some((s) => percent(s.score, s.maxScore) < failUnder) ? 1 : 0;
}
