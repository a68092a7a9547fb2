// Which files of a run name the same student, found before grading so that each file's report
// (streamed as it is graded) already carries the warning. It costs a read of each file's first
// 4 kB: the `student:` line found there is read by the same YAML reader grading uses; a file
// where it is not plainly there (further down, over several lines, after a BOM) is read as
// grading reads it.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { parseFast } from '../load/fast-yaml.js';
import { get } from '../load/pnode.js';
import { LIMITS } from '../load/yaml.js';
import { loadSubmission } from './submission.js';

/** File → the other files that name the same student (only files that share one). */
export function duplicateStudents(files: readonly string[]): Map<string, string[]> {
  const byStudent = new Map<string, string[]>();
  for (const file of files) {
    const student = studentOf(file);
    if (student === null) continue;
    const list = byStudent.get(student);
    if (list) list.push(file);
    else byStudent.set(student, [file]);
  }
  const out = new Map<string, string[]>();
  for (const list of byStudent.values()) if (list.length > 1) for (const f of list) out.set(f, list.filter((g) => g !== f));
  return out;
}

const HEAD_BYTES = 4096;
const head = Buffer.allocUnsafe(HEAD_BYTES);
const STUDENT_LINE = /^student:[^\n]*$/m;

/** The student a file names, as grading reads it; null when it names none (or cannot be read: its own report says why). */
export function studentOf(file: string): string | null {
  const quick = studentFromHead(file);
  if (quick !== undefined) return quick;
  try {
    return loadSubmission(file).student;
  } catch {
    return null;
  }
}

/** From the `student:` line of the file's first 4 kB; undefined when that does not settle it. */
function studentFromHead(file: string): string | null | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK); // a FIFO must not block the run
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return null;
    const n = readSync(fd, head, 0, HEAD_BYTES, 0);
    const text = head.toString('utf8', 0, n);
    const m = STUDENT_LINE.exec(text);
    // The line must be whole (ended by a line break, or the file's end) and read as one mapping entry.
    if (!m || (m.index + m[0].length >= text.length && n < st.size)) return undefined;
    const root = parseFast(m[0], LIMITS);
    const node = root && get(root, 'student');
    if (node?.kind !== 'scalar' || node.value === null) return undefined;
    return String(node.value);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
