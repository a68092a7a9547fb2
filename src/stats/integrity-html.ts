// The integrity section of the statistics page (instructor only): submissions whose answers fit
// another student's variant, and unusual wrong answers shared by a group. Every value escaped.
import escapeHtml from 'escape-html';
import { showControls } from '../reporters/escape.js';
import type { IntegrityReport } from '../integrity/types.js';

const e = (s: string) => escapeHtml(showControls(s));

export function integrityHtml(r: IntegrityReport): string {
  if (!r.matches.length && !r.shared.length) return '';
  const out = ['<h3>Integrity (for the instructor)</h3>'];
  if (r.matches.length) {
    const rows = r.matches.map((m) => `<tr><td>${e(m.student)}</td><td>${e(m.file)}</td><td>${e(m.matches)}</td><td class="num">${m.parts}</td><td class="num">${m.own}</td><td>${m.evidence.map((x) => `${e(x.problem)}.${e(x.part)}: <code>${e(x.answer)}</code> (theirs <code>${e(x.theirs)}</code>, own <code>${e(x.own)}</code>)`).join('<br>')}</td></tr>`).join('\n');
    out.push(`<table class="integrity-matches"><caption>Answers that fit another student's variant</caption><thead><tr><th>student</th><th>file</th><th>fits the variant of</th><th class="num">parts</th><th class="num">right for their own</th><th>evidence</th></tr></thead><tbody>\n${rows}\n</tbody></table>`);
  }
  if (r.shared.length) {
    const rows = r.shared.map((s) => `<tr><td>${e(s.problem)}</td><td>${e(s.part)}</td><td><code>${e(s.answer)}</code></td><td class="num">${s.students.length}</td><td>${s.students.map(e).join(', ')}</td></tr>`).join('\n');
    out.push(`<table class="integrity-shared"><caption>The same unusual wrong answer, shared</caption><thead><tr><th>problem</th><th>part</th><th>answer</th><th class="num">students</th><th>who</th></tr></thead><tbody>\n${rows}\n</tbody></table>`);
  }
  return out.join('\n');
}
