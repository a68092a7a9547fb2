import type { Finding } from '../findings/finding.js';
import type { SubmissionInfo } from '../read/identity.js';

/** `unjudged`: a shortened retraining (a quick check) ran, so no verdict is given; the part keeps its points. */
export type PartStatus = 'correct' | 'partial' | 'incorrect' | 'missing' | 'invalid' | 'unjudged';

export interface PartResult {
  id: string;
  status: PartStatus;
  score: number;
  maxScore: number;
  findings: Finding[];
  /** Pictures for the Markdown report; not part of the JSON report. */
  attachments?: { name: string; content: string }[];
  /** An instructor's override applied after grading (policy/overrides.ts). */
  override?: PartOverride;
  /**
   * The score before rounding (the part's exact share of the points × its credit): a problem
   * combined from several files adds these and rounds once, as grading does. Not in the reports.
   */
  exact?: number;
  /**
   * Where the policy stage charged a named mistake (its code), the part's place in the kind's
   * dependency order and its exact share: a problem combined from several files charges each
   * mistake once across them, as one file would. Not in the reports.
   */
  charged?: { code: string; rank: number; share: number };
}

/** What an override did to a part: its score before and after, and why, by whom. */
export interface PartOverride {
  before: number;
  after: number;
  /** As the override says it: a score set (points), or an adjustment (+/-). */
  points?: number;
  adjust?: number;
  /** The override names the whole problem (its change spread over the parts), or this part. */
  scope: 'part' | 'problem';
  reason: string;
  by?: string;
}

export interface ProblemResult {
  id: string;
  score: number;
  maxScore: number;
  /** A templated problem: the params of the student's variant. */
  variant?: Record<string, string>;
  parts: PartResult[];
}

export interface SubmissionResult {
  file: string;
  student: string | null;
  /** The assignment it was graded against (null: the whole problem set; absent: not known, the file unreadable). */
  assignment?: string | null;
  status: 'graded' | 'invalid';
  score: number;
  maxScore: number;
  findings: Finding[];
  problems: ProblemResult[];
  /** Several files of one student for one assignment graded as this one (policy/submissions.ts). */
  combined?: CombinedFiles;
  /** When and what was handed in, as the platform says (collect's commit, Gradescope's upload). */
  submission?: SubmissionInfo;
  /**
   * This submission's entry of the JSON report, rendered by the thread that graded it (asked for
   * when the report is JSON: the main thread only writes the entries, see commands/json-stream.ts).
   * Such a result carries its file and scores, no findings and no problems.
   */
  json?: string;
}

export type SubmissionPolicy = 'latest' | 'best' | 'merge';

export interface CombinedFiles {
  policy: SubmissionPolicy;
  /** How "latest" was told: the collect record's submittedAt, the files' modification times, or their names. */
  order: 'submittedAt' | 'mtime' | 'name';
  /** Every file of the student for the assignment, latest last; `parts` the problem.part ids it gave (merge). */
  files: { file: string; counted: boolean; parts?: string[] }[];
}

export interface Report {
  submissions: SubmissionResult[];
  /** The assignments graded (their titles and totals for gradebooks); absent in a merged report. */
  assignments?: AssignmentInfo[];
  /** Instructor only (integrity/): submissions fitting another student's variant, shared unusual wrong answers. */
  integrity?: import('../integrity/types.js').IntegrityReport;
  /** How long grading took (Gradescope's execution_time); absent in a merged report. */
  elapsedSeconds?: number;
}

export interface AssignmentInfo {
  id: string | null;
  title?: string;
  canvasId?: string;
  maxScore: number;
}

export interface Tolerance {
  rel: number;
  abs: number;
  /** Instead of rel/abs: right when correctly rounded to at least this many significant figures. */
  sigfigs?: number;
  /** Instead of rel/abs: right when correctly rounded to at least this many decimals ("give 4 decimals"). */
  decimals?: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { rel: 1e-3, abs: 1e-9 };
