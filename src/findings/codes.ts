// The harness's own finding codes (kinds declare theirs in their folders).
import type { AnswerError } from '../answers/values.js';
import { catalog, type Finding, type MakeOptions } from './finding.js';

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

/** The finding for an answer that could not be read (wrong shape, or not readable at all). */
export function answerErrorFinding(part: string, e: AnswerError, opts: MakeOptions = {}): Finding {
  return e.code === 'answer.wrong-shape'
    ? finding('answer.wrong-shape', { part, got: e.shape?.got ?? '?', expected: e.shape?.expected ?? '?' }, { ...opts, pos: e.pos })
    : finding('answer.invalid', { part, reason: e.message }, { ...opts, pos: e.pos });
}

/** Why a problem's answers that are not a mapping of parts cannot be read. */
export function notPartsReason(problemId: string, asked: string[], kind: string): string {
  return `the answers to ${problemId} must be a mapping of parts (${asked.join(', ')}), not a ${kind === 'seq' ? 'list' : 'single value'}`;
}
