// The late policy of an assignment (`late: { per-day: 0.1, max-days: 3 }` in assignment.yaml):
// a submission handed in d days after its student's deadline (each started day counts) keeps
// (1 - d · per-day) of its score; after max-days it scores 0 (it is still graded, so the
// student sees what was right). When a submission is known to be late and the assignment has no
// late policy, nothing is taken off, but the finding says it was late.
import { finding } from '../findings/codes.js';
import { at } from '../findings/finding.js';
import type { PNode } from '../load/pnode.js';
import { get } from '../load/pnode.js';
import type { SubmissionInfo } from '../read/identity.js';
import type { SubmissionResult } from '../grading/types.js';

export interface LatePolicy {
  /** The fraction of the score taken off per day late (0.1: 10 % a day). */
  perDay: number;
  /** Days late still accepted; later, the submission scores 0. */
  maxDays: number;
}

/** The `late:` mapping of an assignment file (its shape is checked by the schema). */
export function readLatePolicy(node: PNode | undefined): LatePolicy | undefined {
  if (node?.kind !== 'map') return undefined;
  const num = (k: string) => {
    const v = get(node, k);
    return v?.kind === 'scalar' && typeof v.value === 'number' ? v.value : undefined;
  };
  return { perDay: num('per-day') ?? 0, maxDays: num('max-days') ?? Infinity };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The score after the late policy, and the finding that says why; unchanged when on time or not known. */
export function applyLatePolicy(r: SubmissionResult, policy: LatePolicy | undefined, info: SubmissionInfo | undefined): SubmissionResult {
  if (!info?.late || !info.daysLate || r.status !== 'graded') return r;
  const p = policy ?? { perDay: 0, maxDays: Infinity };
  const penalty = info.daysLate > p.maxDays ? 1 : Math.min(1, info.daysLate * p.perDay);
  const after = round(r.score * (1 - penalty));
  const f = finding('submission.late', { daysLate: info.daysLate, submittedAt: info.submittedAt ?? '?', deadline: info.deadline ?? '?', penalty, perDay: p.perDay, maxDays: p.maxDays, before: r.score, after }, { pos: { line: 1, column: 1 } });
  return { ...r, score: after, findings: [...r.findings, at(f, r.file)] };
}
