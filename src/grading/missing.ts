// What a submission did not answer, reported once per problem: one `answer.missing` finding that
// names the problem and every part of it left out, on the first of those parts. Each missing
// part keeps its status `missing` and its score 0, so scores, statistics and gradebooks read the
// parts as before; only the finding is not repeated per part (with the file's path in each, that
// was most of a report when a student answers a few of 13 problems: issue 25).
import { finding } from '../findings/codes.js';
import type { Pos } from '../load/pnode.js';
import type { PartResult } from './types.js';

/** A part the submission does not answer: no finding of its own (see withMissingFinding). */
export function missingPart(id: string, points: number): PartResult {
  return { id, status: 'missing', score: 0, maxScore: points, findings: [] };
}

/**
 * The parts with the problem's one `answer.missing` finding put on its first missing part (at
 * `pos`: the problem's key, or where the answers are when the problem is not there at all).
 * Parts with nothing missing come back as they are.
 */
export function withMissingFinding(problem: string, parts: PartResult[], pos: Pos): PartResult[] {
  const missing = parts.filter((p) => p.status === 'missing').map((p) => p.id);
  if (missing.length === 0) return parts;
  const f = finding('answer.missing', { problem, parts: missing, all: missing.length === parts.length }, { pos });
  const first = parts.findIndex((p) => p.status === 'missing');
  return parts.map((p, i) => (i === first ? { ...p, findings: [f, ...p.findings] } : p));
}
