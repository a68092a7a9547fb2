// Feedback levels (`--feedback`): what a report tells a student. `full`: everything. `hints`: the
// mistake and its explanation, never an expected value or the key (each finding's `hint` where
// its message shows one; no `expected` field, no expected entries). `score`: the parts' scores
// and statuses only (findings on the submission itself, such as why it cannot be read, stay).
// Below `full` a templated problem's `variant` params are not shown (a param derived from the
// answer would give it away; the student's statement has their numbers), and under `hints`
// pictures are drawn at whole-pixel precision (picture-hints.ts).
import type { Finding } from '../findings/finding.js';
import type { ProblemResult, SubmissionResult } from './types.js';
import { coarsePicture } from './picture-hints.js';

export type FeedbackLevel = 'full' | 'hints' | 'score';
export const FEEDBACK_LEVELS: FeedbackLevel[] = ['full', 'hints', 'score'];

export function hintOf(f: Finding): Finding {
  // Everything but the expected value (and the hint, which becomes the message).
  const out: Finding = { ...f, message: f.hint ?? f.message };
  delete out.expected;
  delete out.hint;
  if (f.entries) out.entries = f.entries.map(({ where, got, line, column }) => ({ where, got, ...(line !== undefined ? { line, column } : {}) }));
  return out;
}

/** A problem's result at a level; the same object for the same result (cached renderings stay cached). */
const cache = { hints: new WeakMap<ProblemResult, ProblemResult>(), score: new WeakMap<ProblemResult, ProblemResult>() };
export function problemAt(r: ProblemResult, level: FeedbackLevel): ProblemResult {
  if (level === 'full') return r;
  let out = cache[level].get(r);
  if (!out) {
    const { variant: _params, ...rest } = r;
    out = { ...rest, parts: r.parts.map((pt) => ({ ...pt, findings: level === 'score' ? [] : pt.findings.map(hintOf), attachments: level === 'score' ? undefined : pt.attachments?.map((a) => ({ ...a, content: coarsePicture(a.content) })) })) };
    cache[level].set(r, out);
  }
  return out;
}

export function submissionFindingsAt(fs: Finding[], level: FeedbackLevel): Finding[] {
  return level === 'hints' ? fs.map(hintOf) : fs;
}

export function submissionAt(s: SubmissionResult, level: FeedbackLevel): SubmissionResult {
  if (level === 'full') return s;
  return { ...s, findings: submissionFindingsAt(s.findings, level), problems: s.problems.map((p) => problemAt(p, level)) };
}
