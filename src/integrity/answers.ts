// A graded file's answers read again for the integrity pass: problem id → part id → the value as
// plain data. A file that does not read gives none (its report already says why).
import { extractReport, REPORT_FILE } from '../answers/reports.js';
import { loadSubmission } from '../grading/submission.js';
import { toPlain } from '../load/pnode.js';
import { readSubmissionText } from '../load/submission-text.js';

export function readAnswers(file: string): Map<string, Map<string, unknown>> {
  const out = new Map<string, Map<string, unknown>>();
  try {
    let text = readSubmissionText(file);
    if (REPORT_FILE.test(file)) {
      const r = extractReport(file, text);
      if ('reason' in r) return out;
      text = r.yaml;
    }
    const sub = loadSubmission(file, text, 'whole');
    if ('errors' in sub) return out;
    for (const a of sub.answers) {
      const parts = a.answers.parts;
      if (!parts) continue;
      out.set(a.id, new Map(parts.entries.map((e) => [e.key, toPlain(e.value)])));
    }
  } catch {
    /* unreadable now: nothing to compare */
  }
  return out;
}
