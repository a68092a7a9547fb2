import type { Report, SubmissionResult } from '../grading/types.js';
import { publicSubmission } from './shape.js';

/** The report around its entries; entries are separated by SEPARATOR. */
export const EMPTY = '{\n  "submissions": []\n}\n';
export const HEAD = '{\n  "submissions": [\n    ', TAIL = '\n  ]\n}', SEPARATOR = ',\n    ';

/** One submission as it appears in the report's list (indented for its place there). */
export function submissionJson(s: SubmissionResult): string {
  // Rendered inside a one-entry report and cut out: the indentation comes out right.
  const one = JSON.stringify({ submissions: [publicSubmission(s)] }, null, 2);
  return one.slice(HEAD.length, one.length - TAIL.length);
}

/** Byte for byte JSON.stringify({ submissions: r.submissions.map(publicSubmission) }, null, 2). */
export function jsonReport(r: Report): string {
  if (r.submissions.length === 0) return EMPTY;
  return `${HEAD}${r.submissions.map(submissionJson).join(SEPARATOR)}${TAIL}\n`;
}
