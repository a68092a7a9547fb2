// Reporters are pure: one grading result in, text out. The CLI decides where the text goes.
import type { Report } from '../grading/types.js';
import { jsonReport } from './json.js';
import { markdownReport } from './markdown.js';
import { textReport } from './text.js';
import { gradescopeReport } from './gradescope.js';
import { junitReport } from './junit.js';
import { csvReport } from './csv.js';

export interface ReporterOptions {
  color: boolean;
}

export const REPORTERS: Record<string, (r: Report, o: ReporterOptions) => string> = {
  text: (r, o) => textReport(r, o),
  json: (r) => jsonReport(r),
  markdown: (r) => markdownReport(r),
  junit: (r) => junitReport(r),
  gradescope: (r) => gradescopeReport(r),
  csv: (r) => csvReport(r),
};

/** Formats written by a sink rather than as one text (github: annotations, summary, outputs). */
export const SINK_FORMATS = ['github'];
