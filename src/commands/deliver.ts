// Where a report goes: a reporter's text to stdout or --output, or the GitHub sink; then the
// exit code of --fail-under.
import type { Report } from '../grading/types.js';
import { githubPlan } from '../reporters/github.js';
import { GRADEBOOK_FORMATS, REPORTERS, SINK_FORMATS } from '../reporters/index.js';
import { absentStudents, canvasLeftOut, missingFromRoster, outsideGradebook } from '../reporters/gradebook.js';
import { readManifest } from '../read/manifest.js';
import { readRoster, type Roster } from '../grading/roster.js';
import { lineStart, pathStart } from '../reporters/escape.js';
import { percent } from '../reporters/shape.js';
import { deliverGithub } from './github-sink.js';
import { attachmentFile } from '../reporters/markdown.js';
import { emit, UsageError, writeAttachments } from './shared.js';
import { JsonReportStream } from './json-stream.js';

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

export interface DeliverOptions {
  format: string;
  output?: string;
  failUnder?: number;
  roster?: string;
  visibility?: string;
  /** canvas, moodle: a roster student with no submission: an empty cell (blank, default) or 0. */
  missing?: string;
  /** collect's manifest: why a student has no submission (said on stderr). */
  manifest?: string;
}

export async function deliver(report: Report, opts: DeliverOptions): Promise<number> {
  if (opts.format === 'github') await deliverGithub(githubPlan(report), opts.output);
  else {
    const color = opts.format === 'text' && !opts.output && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const roster = opts.roster ? readRoster(opts.roster) : undefined;
    const missing = opts.missing === 'zero' ? 'zero' : 'blank';
    if (GRADEBOOK_FORMATS.includes(opts.format)) {
      sayGradebookGaps(report, roster, opts.roster);
      sayAbsent(report, roster, missing, opts.manifest, opts.format);
    }
    if (opts.format === 'json') streamJson(report, opts.output);
    else emit(REPORTERS[opts.format](report, { color, roster, visibility: opts.visibility, missing }), opts.output);
    if (opts.format === 'markdown') writeAttachments(report.submissions.flatMap((s) => s.problems.flatMap((p) => p.parts.flatMap((pt) => (pt.attachments ?? []).map((a) => ({ ...a, name: attachmentFile(s.file, a.name) }))))), opts.output);
  }
  return exitCode(report, opts.failUnder);
}

/** The JSON report written entry by entry (jsonReport's bytes; a merged class is never one string). */
function streamJson(report: Report, output: string | undefined): void {
  const stream = new JsonReportStream(output);
  try {
    for (const s of report.submissions) stream.add({ ...s });
    stream.end({ ...(report.assignments ? { assignments: report.assignments } : {}), ...(report.integrity ? { integrity: report.integrity } : {}) });
  } catch (e) {
    stream.abort();
    throw e;
  }
}

/** Who a gradebook import leaves without LMS ids or out of its columns: on stderr, never silently. */
function sayGradebookGaps(report: Report, roster: Roster | undefined, file: string | undefined): void {
  const missing = missingFromRoster(report, roster);
  if (missing.length) {
    const list = missing.slice(0, 20).map((m) => lineStart(m)).join(', ') + (missing.length > 20 ? `, and ${missing.length - 20} more` : '');
    process.stderr.write(file ? `gradecheck: ${missing.length} student(s) not in ${file}, written without LMS ids: ${list}\n` : `gradecheck: no --roster: ${missing.length} student(s) written without LMS ids\n`);
  }
  for (const s of outsideGradebook(report)) process.stderr.write(`gradecheck: not in the gradebook (${s.student === null ? 'no student' : 'no assignment'}): ${pathStart(s.file)}\n`);
}

/** Roster students with no submission (their cell blank or 0), and rows Canvas cannot take: on stderr. */
function sayAbsent(report: Report, roster: Roster | undefined, missing: 'blank' | 'zero', manifest: string | undefined, format: string): void {
  let why = new Map<string, string>();
  if (manifest) {
    try {
      why = new Map(readManifest(manifest).missing.map((m) => [m.student, m.reason]));
    } catch {
      /* grade has read it already; merge names it only for the reasons */
    }
  }
  for (const { assignment, students } of absentStudents(report, roster)) {
    const list = students.slice(0, 50).map((s) => lineStart(why.has(s) ? `${s} (${why.get(s)})` : s)).join(', ') + (students.length > 50 ? `, and ${students.length - 50} more` : '');
    process.stderr.write(`gradecheck: ${students.length} roster student(s) handed in nothing for ${lineStart(assignment.title ?? assignment.id ?? 'the assignment')} (${missing === 'zero' ? '0' : 'an empty cell'} in the gradebook): ${list}\n`);
  }
  if (format === 'canvas') for (const s of canvasLeftOut(report, roster)) process.stderr.write(`gradecheck: left out of the Canvas file: student ${lineStart(s)} would read as its "Points Possible" row\n`);
}

/** 1 when some submission scored below --fail-under, else 0. */
export function exitCode(report: Report, failUnder: number | undefined): number {
  return failUnder !== undefined && report.submissions.some((s) => percent(s.score, s.maxScore) < failUnder) ? 1 : 0;
}
