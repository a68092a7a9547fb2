// Reading a JSON report back (`stats`, `merge`): streamed entry by entry (json-members.ts), each
// entry parsed and checked against the report schema (report-schema.ts) before it is used, so
// memory holds one entry, not the file. A report is untrusted: a tampered field is a clear error
// naming the file and the field, never printed raw, never an internal error. The errors are the
// ones the whole file checked at once gave: bad JSON anywhere first, then the first schema
// error in the schema's order (the top level, `submissions` entry by entry, `assignments`,
// `integrity`), then the first score outside its range.
import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import type { AssignmentInfo, SubmissionResult } from '../grading/types.js';
import type { IntegrityReport } from '../integrity/types.js';
import { showControls } from '../reporters/escape.js';
import { JsonSyntaxError, walkJsonMembers } from './json-members.js';
import { reportSchema } from './report-schema.js';

export interface ReadReport {
  submissions: SubmissionResult[];
  assignments?: AssignmentInfo[];
  integrity?: IntegrityReport;
}

export class ReportReadError extends Error {}

interface Validators {
  submission: ValidateFunction;
  assignments: ValidateFunction;
  integrity: ValidateFunction;
}
let validators: Validators | undefined;

/** The schema's parts, compiled once per process (one Ajv, the report schema registered in it). */
function compiled(): Validators {
  if (!validators) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass };
    const ajv = new Ajv({ allErrors: false, strict: false });
    const schema = reportSchema();
    ajv.addSchema(schema);
    const ref = (pointer: string) => ajv.compile({ $ref: `${schema.$id as string}#${pointer}` });
    validators = { submission: ref('/definitions/submission'), assignments: ref('/properties/assignments'), integrity: ref('/properties/integrity') };
  }
  return validators;
}

/** The whole report, its submissions in an array (merge). */
export function readReportFile(file: string): ReadReport {
  const submissions: SubmissionResult[] = [];
  return { submissions, ...readReport(file, (s) => submissions.push(s)) };
}

/**
 * Reads the report, handing each checked submission to `onSubmission` in order; returns what
 * the report says beside them. Throws ReportReadError (and then `onSubmission`'s entries are
 * not a report: the caller drops them).
 */
export function readReport(file: string, onSubmission: (s: SubmissionResult, index: number) => void): Omit<ReadReport, 'submissions'> {
  const refuse = (why: string) => new ReportReadError(`${showControls(file)}: not a gradecheck JSON report (${why})`);
  const v = compiled();
  let schemaError: string | null = null;
  let rangeError: string | null = null;
  let sawSubmissions = false;
  const others = new Map<string, { value: unknown }>();
  try {
    walkJsonMembers(file, {
      notObject() {
        schemaError ??= '/: must be object';
      },
      submissions() {
        if (sawSubmissions || others.has('submissions')) throw refuse('/: the key "submissions" twice');
        sawSubmissions = true;
      },
      entry(data, i) {
        if (schemaError !== null) return; // only bad JSON further on can change the verdict
        if (!v.submission(data)) {
          schemaError = where(`/submissions/${i}`, v.submission.errors);
          return;
        }
        rangeError ??= outOfRange(data as Scored, `/submissions/${i}`);
        if (rangeError === null) onSubmission(data as unknown as SubmissionResult, i);
      },
      member(key, value) {
        if (key === 'submissions' && sawSubmissions) throw refuse('/: the key "submissions" twice');
        others.set(key, { value }); // a key given twice: the last, as JSON.parse keeps
      },
    });
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw refuse(e.message);
    throw e;
  }
  if (schemaError === null && others.has('submissions')) schemaError = '/submissions: must be array';
  if (schemaError === null && !sawSubmissions) schemaError = "/: must have required property 'submissions'";
  const assignments = others.get('assignments')?.value;
  const integrity = others.get('integrity')?.value;
  if (schemaError === null && others.has('assignments') && !v.assignments(assignments)) schemaError = where('/assignments', v.assignments.errors);
  if (schemaError === null && others.has('integrity') && !v.integrity(integrity)) schemaError = where('/integrity', v.integrity.errors);
  if (schemaError !== null) throw refuse(showControls(schemaError).slice(0, 300));
  // What a schema cannot say: every score lies within 0 and its maximum (a tampered 1000 of 25
  // would reach a gradebook through merge).
  if (rangeError !== null) throw refuse(rangeError);
  return { ...(others.has('assignments') ? { assignments: assignments as AssignmentInfo[] } : {}), ...(others.has('integrity') ? { integrity: integrity as IntegrityReport } : {}) };
}

function where(prefix: string, errors: ErrorObject[] | null | undefined): string {
  const err = errors?.[0];
  return err ? `${prefix}${err.instancePath}: ${err.message ?? 'invalid'}` : 'invalid';
}

type Scored = { score?: unknown; maxScore?: unknown; problems?: (Scored & { parts?: Scored[] })[] };
function outOfRange(s: Scored, at: string): string | null {
  const check = (x: Scored, where: string) =>
    typeof x.score === 'number' && typeof x.maxScore === 'number' && !(x.score >= 0 && x.maxScore >= 0 && x.score <= x.maxScore + 1e-9) ? `${where}: a score outside 0..maxScore` : null;
  const bad = check(s, at);
  if (bad) return bad;
  const problems = s.problems ?? [];
  for (let j = 0; j < problems.length; j++) {
    const p = problems[j];
    const bp = check(p, `${at}/problems/${j}`);
    if (bp) return bp;
    const parts = p.parts ?? [];
    for (let k = 0; k < parts.length; k++) {
      const bq = check(parts[k], `${at}/problems/${j}/parts/${k}`);
      if (bq) return bq;
    }
  }
  return null;
}
