// `gradecheck merge`: the JSON reports of shards combined into one report, in any format.
import { readFileSync } from 'node:fs';
import type { Finding } from '../findings/finding.js';
import { byFile } from '../grading/batch.js';
import type { Report, SubmissionResult } from '../grading/types.js';
import { checkFormat, deliver, parseFailUnder } from './deliver.js';
import { UsageError } from './shared.js';
import { reviveCombined } from '../policy/submissions.js';
import { reviveOverride } from '../policy/overrides.js';

export async function mergeCommand(files: string[], opts: { format: string; output?: string; failUnder?: string; roster?: string; missing?: string; manifest?: string }): Promise<number> {
  checkFormat(opts.format);
  const failUnder = parseFailUnder(opts.failUnder);
  const submissions: SubmissionResult[] = [];
  for (const f of files) {
    let data: { submissions?: SubmissionResult[] };
    try {
      data = JSON.parse(readFileSync(f, 'utf8'));
    } catch (e) {
      throw new UsageError(`${f}: not a gradecheck JSON report (${(e as Error).message})`);
    }
    if (!Array.isArray(data.submissions)) throw new UsageError(`${f}: not a gradecheck JSON report (no "submissions")`);
    submissions.push(...data.submissions.map(revive));
  }
  const report: Report = { submissions: submissions.sort(byFile) };
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
