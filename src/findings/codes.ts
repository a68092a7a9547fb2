// The harness's own finding codes (kinds declare theirs in their folders).
import { catalog } from './finding.js';

export interface MismatchValues {
  part: string;
  /** "row 1, column 1", "entry 2" or "" for a scalar. */
  where: string;
  got: string;
  expected: string;
}

export const finding = catalog({
  'submission.invalid': { severity: 'error', message: (v: { reason: string }) => `not a readable submission: ${v.reason}` },
  'submission.unknown-problem': {
    severity: 'warning',
    message: (v: { id: string; known: string[] }) =>
      `there is no problem "${v.id}" in this problem set` + (v.known.length ? ` (known: ${v.known.slice(0, 8).join(', ')}${v.known.length > 8 ? ', …' : ''})` : ''),
  },
  'submission.no-answers': { severity: 'warning', message: (_: Record<string, never>) => 'this submission answers none of the problems graded here' },
  'problem.invalid': { severity: 'error', message: (v: { reason: string }) => v.reason },
  'problem.duplicate-id': { severity: 'error', message: (v: { id: string; other: string }) => `the problem id "${v.id}" is already used by ${v.other}` },
  'answer.missing': { severity: 'error', message: (v: { part: string }) => `${v.part} is not answered` },
  'answer.invalid': { severity: 'error', message: (v: { part: string; reason: string }) => `${v.part}: ${v.reason}` },
  'answer.unknown-part': { severity: 'warning', message: (v: { part: string; asked: string[] }) => `"${v.part}" is not a part of this problem (asked: ${v.asked.join(', ')}); it is not graded` },
  'answer.wrong-shape': {
    severity: 'error',
    message: (v: { part: string; got: string; expected: string }) => `${v.part} has shape ${v.got}; expected ${v.expected}`,
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
  'value.mismatch': {
    severity: 'error',
    message: (v: MismatchValues) => `${v.part}${v.where ? ' ' + v.where : ''} is ${v.got}; expected ${v.expected}`,
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
  'internal.cross-check': {
    severity: 'error',
    message: (v: { problem: string; detail: string }) => `internal error: the reference for ${v.problem} disagrees with the tfjs cross-check: ${v.detail}`,
  },
});
