// The report exactly as the SPEC prints it: fixed key order, no internal fields.
import { percentOf, scoreText } from '../grading/score.js';
import type { Finding } from '../findings/finding.js';
import type { ProblemResult, SubmissionResult } from '../grading/types.js';

export function publicFinding(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = { code: f.code, severity: f.severity, message: f.message };
  if (f.file !== undefined) out.file = f.file;
  if (f.line !== undefined) (out.line = f.line), (out.column = f.column);
  if (f.cell !== undefined) out.cell = f.cell;
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.got !== undefined) out.got = f.got;
  if (f.entries !== undefined) out.entries = f.entries;
  return out;
}

export function publicSubmission(s: SubmissionResult): Record<string, unknown> {
  return {
    file: s.file,
    student: s.student,
    assignment: s.assignment ?? null,
    status: s.status,
    score: s.score,
    maxScore: s.maxScore,
    findings: s.findings.map(publicFinding),
    problems: s.problems.map(publicProblem),
  };
}

export function publicProblem(p: ProblemResult): Record<string, unknown> {
  return {
    id: p.id,
    score: p.score,
    maxScore: p.maxScore,
    ...(p.variant ? { variant: p.variant } : {}),
    parts: p.parts.map((pt) => ({ id: pt.id, status: pt.status, score: pt.score, maxScore: pt.maxScore, findings: pt.findings.map(publicFinding) })),
  };
}

/** Every finding of a submission, in report order. */
export function allFindings(s: SubmissionResult): Finding[] {
  return [...s.findings, ...s.problems.flatMap((p) => p.parts.flatMap((pt) => pt.findings))];
}

/** The percentage of record (see grading/score.ts): printed and compared alike. */
export function percent(score: number, max: number): number {
  return percentOf(score, max);
}

/** A score as it is in the JSON report (see grading/score.ts): never rounded again for show. */
export function fmtScore(x: number): string {
  return scoreText(x);
}
