// `gradecheck stats`: class statistics from the JSON reports of `grade` or `merge`.
import { classStats, type ReportSubmission } from '../stats/compute.js';
import { Compactor } from '../stats/compact.js';
import { readReport, ReportReadError } from '../stats/read-report.js';
import type { AssignmentInfo } from '../grading/types.js';
import type { IntegrityReport } from '../integrity/types.js';
import { emit, UsageError } from './shared.js';

export async function statsCommand(files: string[], opts: { format: string; output?: string; title?: string }): Promise<number> {
  if (!['html', 'markdown', 'json'].includes(opts.format)) throw new UsageError('--format must be html, markdown or json');
  const submissions: ReportSubmission[] = [];
  const assignments: AssignmentInfo[] = [];
  const seen = new Set<string | null>();
  const integrity: IntegrityReport = { matches: [], shared: [] };
  // Streamed: each entry kept compact (what the statistics read, the class's shared results once).
  const compact = new Compactor();
  for (const f of files) {
    let r;
    try {
      r = readReport(f, (s) => submissions.push(compact.submission(s as unknown as ReportSubmission)));
    } catch (e) {
      if (e instanceof ReportReadError) throw new UsageError(e.message);
      throw e;
    }
    for (const a of r.assignments ?? []) if (!seen.has(a.id)) seen.add(a.id), assignments.push(a);
    for (const m of r.integrity?.matches ?? []) integrity.matches.push(m);
    for (const m of r.integrity?.shared ?? []) integrity.shared.push(m);
  }
  const stats = classStats(submissions, { assignments, integrity });
  if (opts.format === 'json') emit(JSON.stringify(stats, null, 2) + '\n', opts.output);
  else if (opts.format === 'markdown') emit((await import('../stats/markdown.js')).statsMarkdown(stats), opts.output);
  else emit((await import('../stats/html.js')).statsHtml(stats, opts.title), opts.output);
  return 0;
}
