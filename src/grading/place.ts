// A cached problem result placed in a submission: the same answers graded in another file, or
// further down, differ only in the file their findings point at and by how many lines they moved.
import { STUDENT_MARKER } from '../kinds/types.js';
import { showControls } from '../reporters/escape.js';
import { at, type Finding } from '../findings/finding.js';
import type { ProblemResult } from './types.js';

/** A cached problem result as placed in a submission: its findings' lines moved by `shift`. */
export interface Placed {
  result: ProblemResult;
  shift: number;
}

export function placeProblem({ result, shift }: Placed, file: string): ProblemResult {
  return { ...result, parts: result.parts.map((pt) => ({ ...pt, findings: pt.findings.map((f) => placeFinding(f, shift, file)) })) };
}

/** The file on a finding without one, its line moved. */
export function placeFinding(f: Finding, shift: number, file: string): Finding {
  const g = at(f, file);
  if (shift === 0 || g.line === undefined) return g;
  return { ...g, line: g.line + shift, ...(g.entries ? { entries: g.entries.map((e) => (e.line === undefined ? e : { ...e, line: e.line + shift })) } : {}) };
}

/** A problem's pictures with the student's name (or the file's) where the kind left STUDENT_MARKER, escaped for XML. */
export function personalize(g: Placed, who: string): Placed {
  const marked = g.result.parts.some((pt) => pt.attachments?.some((a) => a.content.includes(STUDENT_MARKER)));
  if (!marked) return g;
  const name = showControls(who).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const parts = g.result.parts.map((pt) => (pt.attachments ? { ...pt, attachments: pt.attachments.map((a) => ({ ...a, content: a.content.split(STUDENT_MARKER).join(name) })) } : pt));
  return { ...g, result: { ...g.result, parts } };
}
