// Reporters are pure: one grading result in, text out. The CLI decides where the text goes.
import type { Report } from '../grading/types.js';
import { jsonReport } from './json.js';
import { markdownReport } from './markdown.js';
import { textReport } from './text.js';
import { gradescopeReport } from './gradescope.js';
import { junitReport } from './junit.js';
import { csvReport } from './csv.js';
import { canvasReport, moodleReport } from './gradebook.js';
import type { Roster } from '../grading/roster.js';

export interface ReporterOptions {
  color: boolean;
  /** The LMS's ids of the students (canvas, moodle). */
  roster?: Roster;
  /** Gradescope's visibility of the tests and score. */
  visibility?: string;
  /** canvas, moodle: a roster student with no submission gets an empty cell (default) or 0. */
  missing?: 'blank' | 'zero';
}

export const REPORTERS: Record<string, (r: Report, o: ReporterOptions) => string> = {
  text: (r, o) => textReport(r, o),
  json: (r) => jsonReport(r),
  markdown: (r) => markdownReport(r),
  junit: (r) => junitReport(r),
  gradescope: (r, o) => gradescopeReport(r, o),
  csv: (r) => csvReport(r),
  canvas: (r, o) => canvasReport(r, o),
  moodle: (r, o) => moodleReport(r, o),
};

/** Gradebook imports: they need the roster, and say who they leave without LMS ids. */
export const GRADEBOOK_FORMATS = ['canvas', 'moodle'];

/** Formats written by a sink rather than as one text (github: annotations, summary, outputs). */
export const SINK_FORMATS = ['github'];
