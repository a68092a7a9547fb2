// `gradecheck merge`: the JSON reports of shards combined into one report, in any format.
import type { Finding } from '../findings/finding.js';
import { byFile } from '../grading/batch.js';
import type { AssignmentInfo, Report, SubmissionResult } from '../grading/types.js';
import type { IntegrityReport } from '../integrity/types.js';
import { readReportFile, ReportReadError } from '../stats/read-report.js';
import { checkFormat, deliver, parseFailUnder } from './deliver.js';
import { UsageError } from './shared.js';
import { reviveCombined } from '../policy/submissions.js';
import { reviveOverride } from '../policy/overrides.js';

export async function mergeCommand(files: string[], opts: { format: string; output?: string; failUnder?: string; roster?: string; missing?: string; manifest?: string }): Promise<number> {
  checkFormat(opts.format);
  const failUnder = parseFailUnder(opts.failUnder);
  const submissions: SubmissionResult[] = [];
  const assignments: AssignmentInfo[] = [];
  let integrity: IntegrityReport | undefined;
  for (const f of files) {
    let data;
    try {
      data = readReportFile(f); // checked against schemas/report.schema.json: a tampered line or status is refused
    } catch (e) {
      if (e instanceof ReportReadError) throw new UsageError(e.message);
      throw e;
    }
    for (const s of data.submissions) submissions.push(revive(s));
    // The shards' assignments (titles, canvas ids) once each: the gradebook heads its columns as grade does.
    for (const a of data.assignments ?? []) if (!assignments.some((b) => b.id === a.id)) assignments.push(a);
    if (data.integrity) {
      integrity ??= { matches: [], shared: [] };
      integrity.matches.push(...data.integrity.matches);
      integrity.shared.push(...data.integrity.shared);
    }
  }
  const report: Report = { submissions: submissions.sort(byFile), ...(assignments.length ? { assignments } : {}), ...(integrity ? { integrity } : {}) };
  return deliver(report, { format: opts.format, output: opts.output, failUnder, roster: opts.roster, missing: opts.missing, manifest: opts.manifest });
}

/** The JSON shape back to a result (findings keep no `values` in JSON; policy records only when well formed). */
function revive(s: SubmissionResult): SubmissionResult {
  const f = (x: Finding): Finding => ({ ...x, values: {} });
  const { combined, ...rest } = s;
  const c = reviveCombined(combined);
  return {
    ...rest,
    ...(c ? { combined: c } : {}),
    findings: s.findings.map(f),
    problems: s.problems.map((p) => ({ ...p, parts: p.parts.map(({ override, ...pt }) => ({ ...pt, findings: pt.findings.map(f), ...(reviveOverride(override) ? { override: reviveOverride(override) } : {}) })) })),
  };
}
