// One mistake, one name across a submission: a part's wrong answer may fit several named mistakes
// at once (a 1×1 gradient that is both 3× the right one and the one without the ReLU mask; a dX
// that is both negated and not flipped, for an antisymmetric filter). The kind lists each part's
// candidates; the one chosen is the mistake that explains the most parts of the submission, so
// the same mistake is charged once by the policy stage instead of under two names.
import type { Finding } from '../findings/finding.js';
import type { PartGrade } from '../kinds/types.js';

export interface Candidate {
  diagnosis: string;
  /** The part's findings under that diagnosis. */
  findings: Finding[];
}

/** Sets each part's diagnosis (and findings) to its candidate shared by the most parts; ties keep the kind's order. */
export function preferShared(grades: Map<string, PartGrade>, candidates: ReadonlyMap<string, readonly Candidate[]>): void {
  const count = new Map<string, number>();
  for (const list of candidates.values()) for (const code of new Set(list.map((c) => c.diagnosis))) count.set(code, (count.get(code) ?? 0) + 1);
  for (const [part, list] of candidates) {
    const g = grades.get(part);
    if (!g || list.length < 2) continue;
    const best = list.reduce((a, b) => ((count.get(b.diagnosis) ?? 0) > (count.get(a.diagnosis) ?? 0) ? b : a));
    grades.set(part, { ...g, diagnosis: best.diagnosis, findings: best.findings });
  }
}
