// The verifier interface every problem kind implements, in four phases:
//   prepare   read `given` exactly and check what a schema cannot (never sees a submission)
//   reference compute the exact answer                      (pure; cached by problem content)
//   crossCheck recompute it independently with TensorFlow.js (disagreement = internal error)
//   parseAnswer / grade  read a submission's answers (never scores), then compare, diagnose, score
import type { PNode, Pos } from '../load/pnode.js';
import type { Finding } from '../findings/finding.js';
import type { PartStatus, Tolerance } from '../grading/types.js';

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
