// The parts of a problem as formats with one entry per part (JUnit's testcases, Gradescope's
// tests) list them: each answered part on its own, and the parts left out as one entry at the
// first of them, carrying the problem's one `answer.missing` finding (grading/missing.ts) and
// their points together. A problem not answered is one entry, not one per part.
import type { PartResult, ProblemResult } from '../grading/types.js';

export interface PartEntry {
  /** The part's id, or the missing parts' ids joined by ", ". */
  id: string;
  part: PartResult;
}

export function partEntries(p: ProblemResult): PartEntry[] {
  const missing = p.parts.filter((pt) => pt.status === 'missing');
  if (missing.length <= 1) return p.parts.map((part) => ({ id: part.id, part }));
  const together: PartResult = {
    id: missing.map((pt) => pt.id).join(', '),
    status: 'missing',
    score: 0,
    maxScore: missing.reduce((a, pt) => a + pt.maxScore, 0),
    findings: missing.flatMap((pt) => pt.findings),
  };
  const out: PartEntry[] = [];
  for (const part of p.parts) {
    if (part.status !== 'missing') out.push({ id: part.id, part });
    else if (part === missing[0]) out.push({ id: together.id, part: together });
  }
  return out;
}
