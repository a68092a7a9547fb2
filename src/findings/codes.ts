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
  'submission.invalid': {
    severity: 'error',
    // Read, but not gradable as it stands (the assignment it names, or does not): said so, not "unreadable".
    message: (v: { reason: string; assignment?: true }) => (v.assignment ? `this submission cannot be graded: ${v.reason}` : `not a readable submission: ${v.reason}`),
  },
  'submission.unknown-problem': {
    severity: 'warning',
    message: (v: { id: string; known: string[]; assignment?: string }) =>
      `there is no problem "${v.id}" in ${v.assignment === undefined ? 'this problem set' : `assignment ${v.assignment}`}; it is not graded` + (v.known.length ? ` (known: ${v.known.slice(0, 8).join(', ')}${v.known.length > 8 ? ', …' : ''})` : ''),
  },
  'submission.no-answers': { severity: 'warning', message: (_: Record<string, never>) => 'this submission answers none of the problems of its assignment' },
  'submission.duplicate-student': {
    severity: 'warning',
    message: (v: { student: string; others: string[] }) => `student "${v.student}" also submitted ${v.others.slice(0, 5).join(', ')}${v.others.length > 5 ? `, and ${v.others.length - 5} more` : ''}; each file is graded on its own`,
  },
  'assignment.invalid': { severity: 'error', message: (v: { reason: string }) => v.reason },
  'problem.not-assigned': {
    severity: 'warning',
    message: (v: { id: string }) => `problem "${v.id}" is in no assignment, so no submission is graded against it`,
  },
  'problem.invalid': { severity: 'error', message: (v: { reason: string }) => v.reason },
  'problem.variants': {
    severity: 'info',
    message: (v: { accepted: number; draws: number }) => `params: ${v.accepted} of ${v.draws} draws make a valid variant (${Math.round((100 * v.accepted) / v.draws)} %); a student's variant is drawn again up to 200 times`,
  },
  'problem.data-missing': {
    severity: 'warning',
    message: (v: { reason: string }) => `the data set is not installed here, so grade and solve would stop at this problem: ${v.reason}`,
  },
  'problem.duplicate-id': { severity: 'error', message: (v: { id: string; other: string }) => `the problem id "${v.id}" is already used by ${v.other}` },
  // One per problem, naming every part left out (grading/missing.ts); `all`: the problem is not there at all.
  'answer.missing': {
    severity: 'error',
    message: (v: { problem: string; parts: string[]; all: boolean }) =>
      v.all
        ? `${v.problem} is not answered: ${v.parts.length === 1 ? `its part ${v.parts[0]} scores` : `its parts ${v.parts.join(', ')} score`} 0`
        : `${v.problem}: ${v.parts.length === 1 ? `part ${v.parts[0]} is` : `parts ${v.parts.join(', ')} are`} not answered (0 points)`,
  },
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
    hint: (v: MismatchValues) => `${v.part}${v.where ? ' ' + v.where : ''} is ${v.got}, which is not right`,
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
  'findings.more': {
    severity: 'info',
    message: (v: { code: string; count: number }) => `and ${v.count} more ${v.code} finding${v.count === 1 ? '' : 's'} like the ones above, not listed`,
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

/** How many findings of one code a list keeps (a file of 100,000 unknown keys gave a 22 MB report). */
export const MAX_FINDINGS_PER_CODE = 20;

/**
 * The first MAX_FINDINGS_PER_CODE findings of each code, in order, and for each code with more
 * one `findings.more` (placed at the first one left out, with its severity) that counts the rest.
 */
export function capFindings(fs: Finding[]): Finding[] {
  if (fs.length <= MAX_FINDINGS_PER_CODE) return fs;
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  const more = new Map<string, Finding>();
  for (const f of fs) {
    const n = (seen.get(f.code) ?? 0) + 1;
    seen.set(f.code, n);
    if (n <= MAX_FINDINGS_PER_CODE) out.push(f);
    else if (n === MAX_FINDINGS_PER_CODE + 1) {
      const m = finding('findings.more', { code: f.code, count: 0 }, { severity: f.severity, pos: f.line === undefined ? undefined : { line: f.line, column: f.column ?? 1 }, file: f.file });
      more.set(f.code, m);
      out.push(m);
    }
  }
  if (!more.size) return fs;
  // The counts are known only at the end: the placeholders are rendered again with them.
  return out.map((f) => {
    if (f.code !== 'findings.more') return f;
    const code = f.values.code as string;
    if (more.get(code) !== f) return f;
    const count = seen.get(code)! - MAX_FINDINGS_PER_CODE;
    return { ...finding('findings.more', { code, count }, { severity: f.severity, file: f.file }), ...(f.line === undefined ? {} : { line: f.line, column: f.column }) };
  });
}
