// Which files of a run name the same student, found before grading so that each file's report
// (streamed as it is graded) already carries the warning. Reading a file's student costs its
// top-level keys only (the plain layout is cut into blocks; problems' answers are not parsed).
import { loadSubmission } from './submission.js';

/** File → the other files that name the same student (only files that share one). */
export function duplicateStudents(files: readonly string[]): Map<string, string[]> {
  const byStudent = new Map<string, string[]>();
  for (const file of files) {
    let student: string | null;
    try {
      student = loadSubmission(file).student; // an unreadable file names no one (its own report says why)
    } catch {
      student = null;
    }
    if (student === null) continue;
    const list = byStudent.get(student);
    if (list) list.push(file);
    else byStudent.set(student, [file]);
  }
  const out = new Map<string, string[]>();
  for (const list of byStudent.values()) if (list.length > 1) for (const f of list) out.set(f, list.filter((g) => g !== f));
  return out;
}
