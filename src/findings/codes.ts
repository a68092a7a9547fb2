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

export interface TooFewValues extends MismatchValues {
  /** Figures (or decimals) written, and how many the problem needs. */
  written: number;
  needed: number;
  unit: 'significant figures' | 'decimals';
}

export interface OverrideValues {
  problem: string;
  part: string;
  /** The override names the problem as a whole. */
  whole: boolean;
  before: number;
  after: number;
  max: number;
  points?: number;
  adjust?: number;
  reason: string;
  by?: string;
}

/** Points as reports print them (at most 2 decimals). */
const fmt = (x: number) => String(Math.round(x * 100) / 100);

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
  // One student, one graded submission per assignment (policy/submissions.ts, issue 22).
  'submission.combined': {
    severity: 'info',
    message: (v: { policy: string; order: 'submittedAt' | 'mtime' | 'name'; counted: string[]; left: string[] }) =>
      `${v.counted.length + v.left.length} files of this student for this assignment are graded as one submission (submissions: ${v.policy}; latest by ${{ submittedAt: 'the time handed in', mtime: 'modification time', name: 'file name' }[v.order]}): ` +
      `counted ${v.counted.join(', ')}` +
      (v.left.length ? `; not counted ${v.left.join(', ')}` : ''),
  },
  // Instructor overrides (policy/overrides.ts, issue 22).
  'overrides.invalid': { severity: 'error', message: (v: { reason: string }) => `override not applied: ${v.reason}` },
  'score.override': {
    severity: 'info',
    message: (v: OverrideValues) =>
      `${v.problem}.${v.part}: ${fmt(v.before)} → ${fmt(v.after)} of ${fmt(v.max)} points by an override${v.by ? ` (${v.by})` : ''}` +
      `${v.whole ? ` of the whole problem (${v.points !== undefined ? `its score set to ${fmt(v.points)}` : `${v.adjust! >= 0 ? '+' : ''}${fmt(v.adjust!)}`})` : v.points !== undefined ? '' : ` (${v.adjust! >= 0 ? '+' : ''}${fmt(v.adjust!)})`}: ${v.reason}`,
  },
  // Identity and lateness (read/identity.ts, policy/late.ts): the platform's word, never the file's.
  'submission.identity-mismatch': {
    severity: 'warning',
    message: (v: { claimed: string; student: string; platform: string; evidence: string }) => `the file says student "${v.claimed}", but ${v.evidence}: it is graded as "${v.student}" (their variant, their gradebook row)`,
  },
  'submission.late': {
    severity: 'warning',
    message: (v: { daysLate: number; submittedAt: string; deadline: string; penalty: number; perDay: number; maxDays: number; before: number; after: number }) =>
      `handed in ${v.submittedAt}, ${v.daysLate} day${v.daysLate === 1 ? '' : 's'} after the deadline ${v.deadline}: ` +
      (v.daysLate > v.maxDays ? `more than the ${v.maxDays} late day${v.maxDays === 1 ? '' : 's'} allowed, so it scores 0 (${v.before} before the penalty)` : `${Math.round(v.penalty * 1e4) / 100} % off (${Math.round(v.perDay * 1e4) / 100} % a day): ${v.before} → ${v.after}`),
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
    // `check` (a student's own CI) says what is missing without a word about scores.
    message: (v: { problem: string; parts: string[]; all: boolean; unscored?: true }) =>
      v.unscored
        ? v.all
          ? `${v.problem} is not answered (its parts ${v.parts.join(', ')})`
          : v.parts.map((p) => `${v.problem}.${p}`).join(', ') + (v.parts.length === 1 ? ' is not answered' : ' are not answered')
        : v.all
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
  // A rounding right as far as it goes, with fewer figures than the problem asks (reading answers, issue 22).
  'value.too-few-figures': {
    severity: 'error',
    message: (v: TooFewValues) => `${v.part}${v.where ? ' ' + v.where : ''} is ${v.got}: too few ${v.unit} (${v.written} written, ${v.needed} needed); expected ${v.expected}`,
    hint: (v: TooFewValues) => `${v.part}${v.where ? ' ' + v.where : ''} is ${v.got}: too few ${v.unit} (${v.written} written, ${v.needed} needed)`,
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
