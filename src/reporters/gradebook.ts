// Gradebook imports: one row per student (every roster student, and anyone else graded), one
// column per assignment, a student's score the best of their submissions to it (an invalid one
// scores 0). A roster student with no submission gets an empty cell or 0 (`--missing`), and is
// named on stderr by the caller (absentStudents). Canvas's format (Student, ID, SIS User ID, SIS Login ID,
// Section, then `<title> (<canvas id>)` columns and a `Points Possible` row) and Moodle's (an
// identifier column, then a column per assignment). Cells follow csv.ts: quoted, on one line,
// formulas neutralised.
import { createRequire } from 'node:module';
import type { AssignmentInfo, Report, SubmissionResult } from '../grading/types.js';
import type { Roster, RosterEntry } from '../grading/roster.js';
import { showControls } from './escape.js';
import { fmtScore } from './shape.js';

export interface GradebookOptions {
  roster?: Roster;
  missing?: 'blank' | 'zero';
}

/** Canvas reads a row whose Student cell says this as the points possible, wherever it is. */
const POINTS_POSSIBLE = 'points possible';
const isPointsPossible = (cell: string) => cell.trim().replace(/\s+/g, ' ').toLowerCase() === POINTS_POSSIBLE;

export function canvasReport(r: Report, o: GradebookOptions = {}): string {
  const { assignments, rows } = gradebook(r, o);
  const head = ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', ...assignments.map((a) => (a.canvasId ? `${titleOf(a)} (${a.canvasId})` : titleOf(a)))];
  const possible = ['Points Possible', '', '', '', '', ...assignments.map((a) => fmtScore(a.maxScore))];
  // One Points Possible row only: a student named so (by a file, or a roster) is left out (see canvasLeftOut).
  const body = rows.flatMap(({ student, scores }) => {
    const e: Partial<RosterEntry> = o.roster?.get(student) ?? {};
    const name = e.name ?? student;
    return isPointsPossible(name) ? [] : [[name, e.id ?? '', e.sisUserId ?? '', e.sisLoginId ?? '', e.section ?? '', ...scores]];
  });
  return csv([head, possible, ...body]);
}

export function moodleReport(r: Report, o: GradebookOptions = {}): string {
  const { assignments, rows } = gradebook(r, o);
  // Moodle maps an identifier column to its users at import: email, username or ID number.
  const by = o.roster && [...o.roster.values()].some((e) => e.email) ? 'email' : o.roster && [...o.roster.values()].some((e) => e.username) ? 'username' : 'idNumber';
  const label = { email: 'Email address', username: 'Username', idNumber: 'ID number' }[by];
  const head = [label, 'Full name', ...assignments.map(titleOf)];
  const body = rows.map(({ student, scores }) => {
    const e: Partial<RosterEntry> = o.roster?.get(student) ?? {};
    return [e[by] ?? (by === 'idNumber' ? student : ''), e.name ?? student, ...scores];
  });
  return csv([head, ...body]);
}

/** Students in the report but not in the roster (said on stderr: nobody is dropped silently). */
export function missingFromRoster(r: Report, roster: Roster | undefined): string[] {
  return [...new Set(r.submissions.flatMap((s) => (s.student !== null && !roster?.has(s.student) ? [s.student] : [])))].sort();
}

/** Submissions that cannot go in a gradebook: no student, or no assignment known (unreadable). */
export function outsideGradebook(r: Report): SubmissionResult[] {
  return r.submissions.filter((s) => s.student === null || (s.status === 'invalid' && s.assignment == null && assignmentsOf(r).length > 1));
}

/** Students a Canvas file leaves out: those whose Student cell would read "Points Possible". */
export function canvasLeftOut(r: Report, roster: Roster | undefined): string[] {
  const students = new Set([...r.submissions.flatMap((s) => (s.student === null ? [] : [s.student])), ...(roster?.keys() ?? [])]);
  return [...students].filter((s) => isPointsPossible(roster?.get(s)?.name ?? s)).sort();
}

/** For each assignment, the roster students with no submission to it (every one counted, none dropped). */
export function absentStudents(r: Report, roster: Roster | undefined): { assignment: AssignmentInfo; students: string[] }[] {
  if (!roster) return [];
  const assignments = assignmentsOf(r);
  const handed = new Map(assignments.map((a) => [a.id, new Set<string>()]));
  for (const s of r.submissions) {
    const a = s.assignment ?? (assignments.length === 1 ? assignments[0].id : undefined);
    if (s.student !== null && a !== undefined) handed.get(a)?.add(s.student);
  }
  return assignments.map((a) => ({ assignment: a, students: [...roster.keys()].filter((st) => !handed.get(a.id)!.has(st)).sort() })).filter((x) => x.students.length);
}

function gradebook(r: Report, o: GradebookOptions = {}): { assignments: AssignmentInfo[]; rows: { student: string; scores: string[] }[] } {
  const assignments = assignmentsOf(r);
  const best = new Map<string, Map<string | null, number>>();
  for (const s of r.submissions) {
    if (s.student === null) continue;
    const a = s.assignment ?? (assignments.length === 1 ? assignments[0].id : undefined);
    if (a === undefined) continue;
    const m = best.get(s.student) ?? new Map<string | null, number>();
    m.set(a, Math.max(m.get(a) ?? -Infinity, s.score));
    best.set(s.student, m);
  }
  // Every roster student has a row, with or without a submission.
  for (const student of o.roster?.keys() ?? []) if (!best.has(student)) best.set(student, new Map());
  const none = o.missing === 'zero' && o.roster ? '0' : '';
  const cell = (student: string, a: AssignmentInfo) => (best.get(student)!.has(a.id) ? fmtScore(best.get(student)!.get(a.id)!) : o.roster?.has(student) ? none : '');
  const rows = [...best.keys()].sort().map((student) => ({ student, scores: assignments.map((a) => cell(student, a)) }));
  return { assignments, rows };
}

/** The report's assignments (from grade), or those its submissions name (a merged report). */
function assignmentsOf(r: Report): AssignmentInfo[] {
  if (r.assignments?.length) return r.assignments;
  const max = new Map<string | null, number>();
  for (const s of r.submissions) if (s.status === 'graded') max.set(s.assignment ?? null, Math.max(max.get(s.assignment ?? null) ?? 0, s.maxScore));
  return [...max].map(([id, maxScore]) => ({ id, maxScore })).sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

const titleOf = (a: AssignmentInfo) => a.title ?? a.id ?? 'gradecheck';

function csv(rows: string[][]): string {
  const { stringify } = createRequire(import.meta.url)('csv-stringify/sync') as typeof import('csv-stringify/sync');
  return stringify(rows.map((row) => row.map(showControls)), { quoted: true, escape_formulas: true });
}
