// What the integrity pass finds (instructor only): the JSON report's top-level `integrity`
// section, read back by `stats`. Never part of a submission's entry, so no feedback level,
// reporter or student-facing output can show it (see integrity/README in the main README).

/** A submission whose answers fit another student's variant better than its own. */
export interface VariantMatch {
  code: 'integrity.matches-variant';
  assignment: string | null;
  file: string;
  /** Who handed it in, and whose variant the answers fit. */
  student: string;
  matches: string;
  /** Parts whose answer is the other student's key (and not this student's), and parts right for this student's own variant. */
  parts: number;
  own: number;
  /** Each part that fits the other variant: the answer given, the other's key and this student's key for it. */
  evidence: { problem: string; part: string; answer: string; theirs: string; own: string }[];
  message: string;
}

/** The same wrong answer given by several students: an unusual value (no variant's key, not a common slip) shared. */
export interface SharedWrongAnswer {
  code: 'integrity.shared-wrong-answer';
  assignment: string | null;
  problem: string;
  part: string;
  /** The answer as the group wrote it (normalised: numbers to 6 significant figures). */
  answer: string;
  students: string[];
  message: string;
}

export interface IntegrityReport {
  matches: VariantMatch[];
  shared: SharedWrongAnswer[];
}
