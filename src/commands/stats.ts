// `gradecheck stats`: class statistics from the JSON reports of `grade` or `merge`.
import { readFileSync } from 'node:fs';
import { classStats, type ReportSubmission } from '../stats/compute.js';
import { emit, UsageError } from './shared.js';

export async function statsCommand(files: string[], opts: { format: string; output?: string; title?: string }): Promise<number> {
  if (!['html', 'markdown', 'json'].includes(opts.format)) throw new UsageError('--format must be html, markdown or json');
  const submissions: ReportSubmission[] = [];
  for (const f of files) submissions.push(...readReport(f));
  const stats = classStats(submissions);
  if (opts.format === 'json') emit(JSON.stringify(stats, null, 2) + '\n', opts.output);
  else if (opts.format === 'markdown') emit((await import('../stats/markdown.js')).statsMarkdown(stats), opts.output);
  else emit((await import('../stats/html.js')).statsHtml(stats, opts.title), opts.output);
  return 0;
}

/** The submissions of a JSON report, checked enough that statistics cannot misread them. */
function readReport(file: string): ReportSubmission[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`${file}: not a gradecheck JSON report (${(e as Error).message.split('\n')[0]})`);
  }
  const subs = (data as { submissions?: unknown })?.submissions;
  if (!Array.isArray(subs)) throw new UsageError(`${file}: not a gradecheck JSON report (no "submissions" list)`);
  subs.forEach((s, i) => {
    const ok = s && typeof s === 'object' && typeof s.file === 'string' && typeof s.score === 'number' && typeof s.maxScore === 'number' && Array.isArray(s.problems) && Array.isArray(s.findings);
    if (!ok) throw new UsageError(`${file}: submission ${i + 1} is not a gradecheck report entry (file, score, maxScore, findings, problems)`);
  });
  return subs as ReportSubmission[];
}
