// The verifier interface every problem kind implements, in four phases:
//   prepare   read `given` exactly and check what a schema cannot (never sees a submission)
//   reference compute the exact answer                      (pure; cached by problem content)
//   crossCheck recompute it independently with TensorFlow.js (disagreement = internal error)
//   parseAnswer / grade  read a submission's answers (never scores), then compare, diagnose, score
import type { PNode, Pos } from '../load/pnode.js';
import type { Finding } from '../findings/finding.js';
import type { PartStatus, Tolerance } from '../grading/types.js';
import type { Rubric } from '../policy/rubric.js';

export class ProblemError extends Error {
  constructor(
    message: string,
    readonly pos?: Pos,
  ) {
    super(message);
  }
}

export interface PartSpec {
  id: string;
  points: number;
  pos: Pos;
  /** The part's own tolerance, when it has one (else the problem's). */
  tolerance?: Tolerance;
  /**
   * Scaled by an assignment: the part's exact share of the problem's points (`points` is it
   * rounded). Scores are made from it, so 27 of 30 equal parts of 100 points is 90, not 89.9991.
   */
  share?: number;
}

export interface Problem<G = unknown> {
  id: string;
  kind: string;
  title?: string;
  file: string;
  given: G;
  parts: PartSpec[];
  tolerance: Tolerance;
  /** sha256 of the engine version, kind and given as written: the reference cache key (the reference does not depend on tolerance or points). */
  hash: string;
  /** What the student reads (the problem file's `statement`, Markdown). */
  statement?: string;
  /** A templated problem's variant: the params drawn (as text), and what the statement says. */
  variant?: { params: Record<string, string>; statement?: string };
  /** The instructor's rubric (the problem file's over its assignment's): read by the policy stage, src/policy/. */
  rubric?: Rubric;
}

export interface CrossCheckItem {
  name: string;
  ok: boolean;
  /** Largest absolute difference between the exact reference and tfjs (float32). */
  maxDiff?: number;
  detail?: string;
}

export interface CrossCheck {
  engine: string;
  items: CrossCheckItem[];
}

export interface Attachment {
  /** A file name (no directories), written next to a Markdown report. */
  name: string;
  /** SVG text; STUDENT_MARKER in it becomes the submission's student (grading/place.ts). */
  content: string;
}

/** Stands for the student in a picture: grading is memoised across students with the same answers, so the name is put in per submission. */
export const STUDENT_MARKER = '{{gradecheck:student}}';

export interface PartGrade {
  /** Share of the part's points earned, 0..1. */
  fraction: number;
  findings: Finding[];
  /** Pictures for the Markdown report (training curves). */
  attachments?: Attachment[];
  /** Derived from `fraction` when absent. */
  status?: PartStatus;
  /**
   * The code of the one named mistake that explains the whole part (every wrong entry of it).
   * The policy stage (src/policy/) then gives the part that diagnosis's rubric credit (the
   * kind's default, else 0) instead of `fraction`: the same mistake costs the same in every
   * variant, whatever entries happen to coincide. Absent: per-entry credit (`fraction`) stands.
   */
  diagnosis?: string;
  /**
   * Error carried forward: the part graded against the values the submission's own earlier
   * answers imply (the eigenvalues of the student's Hessian, the δ of the student's dZ…). Set
   * only when the part is wrong against the reference and those earlier answers are wrong too.
   * `from` names the parts the values were carried from; `findings` replace the part's findings
   * when the policy stage uses it (an info `policy.carried-forward` is added there, not here).
   * Kinds never decide whether carrying forward applies: the rubric may switch it off.
   */
  carried?: { fraction: number; from: string[]; findings: Finding[]; diagnosis?: string };
}

export interface GradeInput<G, R, A> {
  problem: Problem<G>;
  ref: R;
  /** Parsed answers of the parts that were asked (or stated, see statedPart), answered and readable. */
  answers: Map<string, { answer: A; pos: Pos }>;
  /** The parts asked by the problem (answered or not). */
  asked: string[];
}

export interface Solution {
  /** The answers block of a submission that scores full marks. */
  answers: Record<string, unknown>;
  /** The worked solution, step by step, in Markdown. */
  markdown: string;
  /** Extra structured facts for `solve --format json`. */
  details?: Record<string, unknown>;
  /** Files the worked solution refers to (written next to --output). */
  attachments?: Attachment[];
}

export interface KindSchema {
  given: Record<string, unknown>;
  /** Schema of `parts`: which part ids exist; values are points. */
  parts: Record<string, unknown>;
}

export interface Verifier<G = any, R = any, A = any> {
  kind: string;
  /** A line for the README / --help. */
  summary: string;
  schema: KindSchema;
  prepare(given: PNode, problemId: string): G;
  /** Whether a part id exists for this problem (e.g. dW3 needs three layers). */
  hasPart(given: G, part: string): boolean;
  /** Exact (or, for training, reproduced) reference; may take a while, so it may be async. */
  reference(given: G): R | Promise<R>;
  /** Anything outside the problem file that changes the reference (training overrides). */
  cacheSalt?(): string;
  crossCheck(given: G, ref: R): Promise<CrossCheck>;
  encodeRef(ref: R): unknown;
  decodeRef(data: unknown): R;
  /**
   * Parts a submission may state without being asked (mlp-gradients' z1, a1, y): they are read
   * and passed to `grade` (for error carried forward), never scored, never warned about.
   */
  statedPart?(given: G, part: string): boolean;
  /**
   * How the parts depend on each other: each part id → the part ids (asked or stated) its value
   * is computed from, directly. The policy stage orders parts by it: a systematic mistake (the
   * same `diagnosis` on several parts) is charged once, at the first part it shows in; error
   * carried forward follows it. Stated in the kind's README section.
   */
  dependencies?(given: G): Record<string, string[]>;
  /**
   * Every code this kind may hand in as a part's `diagnosis` (one named mistake explaining the
   * whole part). Only these (and FINDING_DIAGNOSES) can be priced by a rubric: a rubric naming
   * another code would price nothing, and is refused at its line (policy/rubric.ts).
   */
  diagnoses: readonly string[];
  /**
   * Where a kind knows it: the diagnoses that can explain one part (gd's hessian is only ever
   * `gd.hessian-not-doubled`). A part's own rubric naming another code is refused. Absent: any of
   * `diagnoses`.
   */
  partDiagnoses?(given: G, part: string): readonly string[];
  /** Default rubric credit per diagnosis code (0..1) when the problem's rubric does not set one; absent codes earn 0. */
  defaultCredit?: Record<string, number>;
  /** Throws AnswerError; never scores. */
  parseAnswer(part: string, node: PNode, given: G): A;
  grade(input: GradeInput<G, R, A>): Map<string, PartGrade>;
  solve(problem: Problem<G>, ref: R, crossCheck?: CrossCheck): Solution;
  /**
   * Named conditions a templated problem's `require:` may list (gd's `rational-eigenvalues`…):
   * each tells whether a drawn variant (its given prepared; its reference computed when a
   * condition asks for it: a draw is checked many times per class) is one the instructor wants.
   */
  conditions?: Record<string, { describe: string; holds(given: G, ref: () => R): boolean }>;
}
