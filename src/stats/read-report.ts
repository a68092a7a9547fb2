// Reading a JSON report back (`stats`, `merge`): parsed, then checked against the report schema
// (report-schema.ts) before anything is used. A report is untrusted: a tampered field is a
// clear error naming the file and the field, never printed raw, never an internal error.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Ajv as AjvClass, ValidateFunction } from 'ajv';
import type { AssignmentInfo, SubmissionResult } from '../grading/types.js';
import type { IntegrityReport } from '../integrity/types.js';
import { showControls } from '../reporters/escape.js';
import { reportSchema } from './report-schema.js';

export interface ReadReport {
  submissions: SubmissionResult[];
  assignments?: AssignmentInfo[];
  integrity?: IntegrityReport;
}

export class ReportReadError extends Error {}

let validate: ValidateFunction | undefined;

export function readReportFile(file: string): ReadReport {
  let data: unknown;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ReportReadError(`${showControls(file)}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    data = JSON.parse(text);
  } catch (e) {
    // The parser's message quotes the text it stopped at: where, never what.
    const at = /position (\d+)/.exec((e as Error).message);
    throw new ReportReadError(`${showControls(file)}: not a gradecheck JSON report (not valid JSON${at ? ` at character ${at[1]}` : ''})`);
  }
  if (!validate) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass };
    validate = new Ajv({ allErrors: false, strict: false }).compile(reportSchema());
  }
  if (!validate(data)) {
    const err = validate.errors?.[0];
    const where = err ? `${err.instancePath || '/'}: ${err.message ?? 'invalid'}` : 'invalid';
    throw new ReportReadError(`${showControls(file)}: not a gradecheck JSON report (${showControls(where).slice(0, 300)})`);
  }
  // What a schema cannot say: every score lies within 0 and its maximum (a tampered 1000 of 25
  // would reach a gradebook through merge).
  const bad = outOfRange(data as ReadReport);
  if (bad) throw new ReportReadError(`${showControls(file)}: not a gradecheck JSON report (${bad})`);
  return data as ReadReport;
}

type Scored = { score?: unknown; maxScore?: unknown };
function outOfRange(r: ReadReport): string | null {
  const check = (x: Scored, where: string) =>
    typeof x.score === 'number' && typeof x.maxScore === 'number' && !(x.score >= 0 && x.maxScore >= 0 && x.score <= x.maxScore + 1e-9) ? `${where}: a score outside 0..maxScore` : null;
  const subs = (r as { submissions: (Scored & { problems?: (Scored & { parts?: Scored[] })[] })[] }).submissions;
  for (const [i, s] of subs.entries()) {
    const bad = check(s, `/submissions/${i}`);
    if (bad) return bad;
    for (const [j, p] of (s.problems ?? []).entries()) {
      const bp = check(p, `/submissions/${i}/problems/${j}`);
      if (bp) return bp;
      for (const [k, pt] of (p.parts ?? []).entries()) {
        const bq = check(pt, `/submissions/${i}/problems/${j}/parts/${k}`);
        if (bq) return bq;
      }
    }
  }
  return null;
}
