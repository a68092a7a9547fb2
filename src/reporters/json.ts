import type { AssignmentInfo, ProblemResult, Report, SubmissionResult } from '../grading/types.js';
import { publicProblem, publicSubmission } from './shape.js';
import { placeProblem, type Placed } from '../grading/place.js';
import { jsonLines } from './escape.js';

/** The report around its entries; entries are separated by SEPARATOR. */
export const EMPTY = '{\n  "submissions": []\n}\n';
export const HEAD = '{\n  "submissions": [\n    ', TAIL = '\n  ]\n}', SEPARATOR = ',\n    ';

/**
 * One submission as it appears in the report's list (indented for its place there): byte for
 * byte the slice of JSON.stringify({ submissions: [publicSubmission(s)] }, null, 2). With
 * `placed` (cached problem results, s.problems then empty) each problem is filled in from its
 * cached result's rendering, with the submission's file and the moved lines.
 */
export function submissionJson(s: SubmissionResult, placed?: readonly Placed[]): string {
  // Rendered inside a one-entry report and cut out: the indentation comes out right.
  const one = jsonLines(JSON.stringify({ submissions: [publicSubmission({ ...s, problems: [] })] }, null, 2));
  const head = one.slice(HEAD.length, one.length - TAIL.length);
  const problems = placed ? placed.map((p) => fill(p, s.file)) : s.problems.map(problemJson);
  if (problems.length === 0) return head;
  // One array joined once: the entry comes out one flat string. Pieces added with `+` make a tree
  // of strings (V8 cons-strings) that is flattened only when written, by then scattered over the
  // old generation: that flattening was 26 % of a few-of-13 run's CPU (issue 25).
  const out = [head.slice(0, head.length - NO_PROBLEMS.length), '[', PROBLEM_INDENT];
  problems.forEach((p, i) => (i > 0 && out.push(`,${PROBLEM_INDENT}`), out.push(p)));
  out.push('\n      ]\n    }');
  return out.join('');
}

/** How a submission entry without problems ends, and where a problem entry starts. */
const NO_PROBLEMS = '[]\n    }';
const PROBLEM_INDENT = '\n        ';

function fill(p: Placed, file: string): string {
  const t = template(p.result);
  if (!t) return problemJson(placeProblem(p, file));
  const fileJson = `"file": ${jsonLines(JSON.stringify(file))}`;
  const out = [t.pieces[0]];
  for (let i = 0; i < t.lines.length; i++) out.push(t.lines[i] === FILE ? fileJson : `"line": ${t.lines[i] + p.shift}`, t.pieces[i + 1]);
  return out.join('');
}

/** A problem's entry, indented for its place in a submission's entry. */
const problemJson = (p: ProblemResult) => jsonLines(JSON.stringify(publicProblem(p), null, 2)).replace(/\n/g, PROBLEM_INDENT);

/**
 * A cached problem result rendered once, cut where each submission differs: the file of findings
 * written without one (rendered as "", which no finding has: `at` gives "" the file too) and
 * every line number. Keys are found as `"file": ""` and `"line": N`: inside a JSON string a
 * quote is escaped, so student text cannot look like them.
 */
const FILE = -1;
/** null: seen once (a result met once is rendered directly: cutting it would cost more). */
const templates = new WeakMap<ProblemResult, { pieces: string[]; lines: number[] } | null>();
function template(result: ProblemResult): { pieces: string[]; lines: number[] } | null {
  let t = templates.get(result);
  if (t === undefined) return templates.set(result, null), null;
  if (t === null) {
    const json = problemJson(placeProblem({ result, shift: 0 }, ''));
    t = { pieces: [], lines: [] };
    let last = 0;
    for (const m of json.matchAll(/"file": ""|"line": (\d+)/g)) {
      t.pieces.push(json.slice(last, m.index));
      t.lines.push(m[1] === undefined ? FILE : Number(m[1]));
      last = m.index + m[0].length;
    }
    t.pieces.push(json.slice(last));
    templates.set(result, t);
  }
  return t;
}

/**
 * Byte for byte JSON.stringify({ submissions: r.submissions.map(publicSubmission), assignments,
 * integrity }, null, 2): the assignments graded (id, title, canvasId, maxScore: `merge` and
 * `stats` head gradebook columns as `grade` does) and, when the run compared students, the
 * instructor-only integrity section (integrity/).
 */
export function jsonReport(r: Report): string {
  return `${r.submissions.length === 0 ? EMPTY_HEAD : HEAD}${r.submissions.map((s) => submissionJson(s)).join(SEPARATOR)}${reportTail(r, r.submissions.length)}`;
}

/** What follows the entries: the list's end, the report's assignments and integrity, the end. */
export function reportTail(r: Pick<Report, 'assignments' | 'integrity'>, entries: number): string {
  const extras = { ...(r.assignments ? { assignments: r.assignments.map(publicAssignment) } : {}), ...(r.integrity ? { integrity: r.integrity } : {}) };
  if (!Object.keys(extras).length) return entries === 0 ? EMPTY.slice(EMPTY_HEAD.length) : `${TAIL}\n`;
  const all = jsonLines(JSON.stringify({ submissions: [], ...extras }, null, 2));
  return `${entries === 0 ? ']' : '\n  ]'}${all.slice(EMPTY_HEAD.length + 1)}\n`;
}
const EMPTY_HEAD = '{\n  "submissions": [';

/** An assignment as the report lists it (fixed key order). */
function publicAssignment(a: AssignmentInfo): AssignmentInfo {
  return { id: a.id, ...(a.title !== undefined ? { title: a.title } : {}), ...(a.canvasId !== undefined ? { canvasId: a.canvasId } : {}), maxScore: a.maxScore };
}
