// Which files of a run name the same student, found before grading so that each file's report
// (streamed as it is graded) already carries the warning. It costs a read of each file's first
// 4 kB: the `student:` line found there is read by the same YAML reader grading uses; a file
// where it is not plainly there (further down, over several lines, after a BOM) is read as
// grading reads it.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { parseFast } from '../load/fast-yaml.js';
import { get } from '../load/pnode.js';
import { LIMITS } from '../load/yaml.js';
import { readSubmissionText } from '../load/submission-text.js';
import { extractReport, REPORT_FILE } from '../answers/reports.js';
import { loadSubmission } from './submission.js';
import { loadReportBlocks } from './report-submission.js';
import { idText } from '../read/ids.js';

/** What each file names: its student and (if it says) its assignment, as grading reads them. */
export interface Head {
  student: string | null;
  assignment?: string;
}

export function readHeads(files: readonly string[]): Map<string, Head> {
  return new Map(files.map((f) => [f, headOf(f)]));
}

/**
 * File → the other files that name the same student (only files that share one). With
 * `assignmentOf`, for the same assignment: one student's files for two assignments are two
 * submissions, not duplicates (undefined: the assignment is not known, the file stands alone).
 */
export function duplicateStudents(heads: ReadonlyMap<string, Head>, assignmentOf?: (h: Head) => string | null | undefined): Map<string, string[]> {
  const byStudent = new Map<string, string[]>();
  for (const [file, h] of heads) {
    if (h.student === null) continue;
    const a = assignmentOf ? assignmentOf(h) : null;
    if (a === undefined) continue;
    const key = JSON.stringify([h.student, a]);
    const list = byStudent.get(key);
    if (list) list.push(file);
    else byStudent.set(key, [file]);
  }
  const out = new Map<string, string[]>();
  for (const list of byStudent.values()) if (list.length > 1) for (const f of list) out.set(f, list.filter((g) => g !== f));
  return out;
}

const HEAD_BYTES = 4096;
const head = Buffer.allocUnsafe(HEAD_BYTES);
const KEY_LINE = (key: string) => new RegExp(`^${key}:[^\\n]*$`, 'm');
const STUDENT_LINE = KEY_LINE('student');
const ASSIGNMENT_LINE = KEY_LINE('assignment');

/** The student a file names, as grading reads it; null when it names none (or cannot be read: its own report says why). */
export function studentOf(file: string): string | null {
  return headOf(file).student;
}

export function headOf(file: string): Head {
  if (REPORT_FILE.test(file)) return reportHead(file);
  const quick = fromHead(file);
  if (quick !== undefined) return quick;
  try {
    const sub = loadSubmission(file);
    return 'errors' in sub ? { student: sub.student } : { student: sub.student, ...(sub.assignment ? { assignment: sub.assignment.id } : {}) };
  } catch {
    return { student: null };
  }
}

/** A Markdown or notebook report: what its gradecheck blocks name. */
function reportHead(file: string): Head {
  try {
    const r = extractReport(file, readSubmissionText(file));
    if ('reason' in r) return { student: null };
    const sub = loadReportBlocks(`${file}\0yaml`, r) ?? loadSubmission(`${file}\0yaml`, r.yaml);
    return 'errors' in sub ? { student: sub.student } : { student: sub.student, ...(sub.assignment ? { assignment: sub.assignment.id } : {}) };
  } catch {
    return { student: null };
  }
}

/** The student (and assignment) lines of the file's first 4 kB; undefined when they do not settle it. */
function fromHead(file: string): Head | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK); // a FIFO must not block the run
  } catch {
    return { student: null };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { student: null };
    const n = readSync(fd, head, 0, HEAD_BYTES, 0);
    const text = head.toString('utf8', 0, n);
    const whole = n >= st.size;
    const student = lineValue(text, STUDENT_LINE, 'student', whole);
    if (student === undefined || student === null) return undefined;
    // No assignment line in a file read whole: it names none. Otherwise it must read cleanly too.
    const assignment = ASSIGNMENT_LINE.test(text) || !whole ? lineValue(text, ASSIGNMENT_LINE, 'assignment', whole) : null;
    if (assignment === undefined) return undefined;
    return { student, ...(assignment !== null ? { assignment } : {}) };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** A top-level `key: value` line read by the YAML reader grading uses; undefined when it is not plainly there. */
function lineValue(text: string, line: RegExp, key: string, whole: boolean): string | null | undefined {
  const m = line.exec(text);
  // The line must be whole (ended by a line break, or the file's end) and read as one mapping entry.
  if (!m || (m.index + m[0].length >= text.length && !whole)) return undefined;
  if (/^[^:]*:\s*[|>]/.test(m[0])) return undefined; // a block scalar (`student: |-`) goes on below: read whole
  const root = parseFast(m[0], LIMITS);
  const node = root && get(root, key);
  if (node?.kind !== 'scalar') return undefined;
  return idText(node);
}
