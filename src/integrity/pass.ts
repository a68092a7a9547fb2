// Copies seen, after a run is graded (instructor only). With per-student variants a student
// who hands in another student's answers gives that student's values; so, for every part of
// every templated problem, each answer is compared with the keys of the variants of the
// students in the same run, through an index from each key's value to its students (one look-up
// per answer: 300 students or 100,000 cost the same per submission). A submission is flagged
// `integrity.matches-variant` when at least MIN_PARTS of its answers are another student's key
// (and not its own) and they outnumber the answers right for its own variant (counted where the
// two keys differ). Values given wrong
// by a small group (2 to max(3, 2 %) of the class) that are no variant's key and are not a
// common slip (fingerprint.ts, unusual) are listed as `integrity.shared-wrong-answer`.
//
// What is found goes to the JSON report's top-level `integrity` section (and `stats`), never into
// a submission's entry: no feedback level and no student-facing format can show it.
import type { Assignment } from '../grading/assignments.js';
import type { LoadedProblem } from '../grading/problems.js';
import type { SubmissionResult } from '../grading/types.js';
import { problemFor, refKey, type VariantSetup } from '../variants/grading.js';
import { fingerprint, unusual } from './fingerprint.js';
import type { IntegrityReport, SharedWrongAnswer, VariantMatch } from './types.js';
import { readAnswers } from './answers.js';
import { lineStart } from '../reporters/escape.js';

export const MIN_PARTS = 2;

export interface IntegrityInput {
  results: readonly SubmissionResult[];
  assignments: readonly Assignment[];
  setup: VariantSetup;
  refs: ReadonlyMap<string, unknown>;
}

interface Sub {
  file: string;
  student: string;
  assignment: Assignment;
}

/** problem id → part id → the key's fingerprint (and its text), for one student's problems. */
type Keys = Map<string, Map<string, { fp: string; text: string }>>;

export function integrityPass(input: IntegrityInput): IntegrityReport | undefined {
  // Graded submissions with a student, by assignment; only assignments with a templated problem.
  const byAssignment = new Map<Assignment, Sub[]>();
  for (const r of input.results) {
    if (r.status !== 'graded' || r.student === null) continue;
    // The assignment it was graded against, and the student it was graded as (the result says both).
    const a = input.assignments.find((x) => x.id === (r.assignment ?? null));
    if (!a || ![...a.problems.values()].some((lp) => lp.template)) continue;
    let list = byAssignment.get(a);
    if (!list) byAssignment.set(a, (list = []));
    list.push({ file: r.file, student: r.student, assignment: a });
  }
  if (!byAssignment.size) return undefined;
  const out: IntegrityReport = { matches: [], shared: [] };
  for (const [a, subs] of byAssignment) check(a, subs, input, out);
  for (const m of out.matches) process.stderr.write(`gradecheck: integrity: ${lineStart(m.message)}\n`);
  for (const m of out.shared) process.stderr.write(`gradecheck: integrity: ${lineStart(m.message)}\n`);
  return out;
}

function check(a: Assignment, subs: Sub[], input: IntegrityInput, out: IntegrityReport): void {
  const solved = new Map<LoadedProblem, Map<string, { fp: string; text: string }> | null>();
  const keysOf = (student: string): Keys => {
    const keys: Keys = new Map();
    for (const base of a.problems.values()) {
      let lp: LoadedProblem;
      try {
        lp = problemFor(base, a, student, input.setup);
      } catch {
        continue; // no variant for this student: their report says so
      }
      if (!solved.has(lp)) solved.set(lp, solve(lp, input.refs.get(refKey(lp))));
      const k = solved.get(lp);
      if (k) keys.set(base.problem.id, k);
    }
    return keys;
  };
  const students = [...new Set(subs.map((s) => s.student))];
  const keys = new Map(students.map((s) => [s, keysOf(s)]));
  // (problem, part, key fingerprint) → the students whose variant has it (templated problems only).
  const index = new Map<string, string[]>();
  const templated = new Set([...a.problems.values()].filter((lp) => lp.template).map((lp) => lp.problem.id));
  for (const [student, k] of keys)
    for (const [pid, parts] of k) {
      if (!templated.has(pid)) continue;
      for (const [part, { fp }] of parts) {
        const ik = `${pid}\0${part}\0${fp}`;
        const list = index.get(ik);
        if (list) list.push(student);
        else index.set(ik, [student]);
      }
    }
  // A value that is the key of many variants says nothing about whose it is.
  const distinctive = Math.max(2, Math.ceil(students.length * 0.05));
  const wrong = new Map<string, { problem: string; part: string; answer: string; students: Set<string> }>();
  for (const sub of subs) {
    const own = keys.get(sub.student)!;
    const answers = readAnswers(sub.file);
    const counts = new Map<string, VariantMatch['evidence']>();
    // Parts right for this student's own variant (templated problems only: a shared problem is the same for all).
    const rightParts: { pid: string; part: string; fp: string }[] = [];
    for (const [pid, parts] of answers) {
      const ownKeys = own.get(pid);
      if (!ownKeys) continue;
      for (const [part, value] of parts) {
        const mine = ownKeys.get(part);
        if (!mine || value === null) continue;
        const fp = fingerprint(value);
        if (fp === mine.fp) {
          if (templated.has(pid)) rightParts.push({ pid, part, fp });
          continue;
        }
        const holders = templated.has(pid) ? (index.get(`${pid}\0${part}\0${fp}`) ?? []) : [];
        if (holders.length && holders.length <= distinctive)
          for (const t of holders) {
            if (t === sub.student) continue;
            let ev = counts.get(t);
            if (!ev) counts.set(t, (ev = []));
            ev.push({ problem: pid, part, answer: shown(value), theirs: keys.get(t)!.get(pid)!.get(part)!.text, own: mine.text });
          }
        else if (!holders.length && unusual(fp)) {
          const wk = `${pid}\0${part}\0${fp}`;
          let w = wrong.get(wk);
          if (!w) wrong.set(wk, (w = { problem: pid, part, answer: shown(value), students: new Set() }));
          w.students.add(sub.student);
        }
      }
    }
    // The student whose variant the answers fit best (then by name, for the same report every run).
    const best = [...counts].sort(([s, x], [t, y]) => y.length - x.length || (s < t ? -1 : 1))[0];
    // Right for their own variant where the other's key differs (where both keys agree, a right answer fits both).
    const right = best ? rightParts.filter((r) => keys.get(best[0])!.get(r.pid)?.get(r.part)?.fp !== r.fp).length : 0;
    if (best && best[1].length >= MIN_PARTS && best[1].length > right) {
      const [other, evidence] = best;
      out.matches.push({
        code: 'integrity.matches-variant',
        assignment: a.id,
        file: sub.file,
        student: sub.student,
        matches: other,
        parts: evidence.length,
        own: right,
        evidence,
        message: `${sub.student}'s answers (${sub.file}) fit ${other}'s variant: ${evidence.length} part(s) are ${other}'s key, ${right} right for their own (${evidence.map((e) => `${e.problem}.${e.part}`).join(', ')})`,
      });
    }
  }
  const most = Math.max(3, Math.ceil(students.length * 0.02));
  for (const w of wrong.values()) {
    if (w.students.size < 2 || w.students.size > most) continue;
    const list = [...w.students].sort();
    const shared: SharedWrongAnswer = { code: 'integrity.shared-wrong-answer', assignment: a.id, problem: w.problem, part: w.part, answer: w.answer, students: list, message: `${list.length} students gave the same wrong ${w.problem}.${w.part}, ${w.answer}: ${list.join(', ')}` };
    out.shared.push(shared);
  }
}

/** A problem's key, part by part (null: the kind gives no key to compare, or its reference is missing). */
function solve(lp: LoadedProblem, ref: unknown): Map<string, { fp: string; text: string }> | null {
  if (ref === undefined) return null;
  try {
    const answers = lp.verifier.solve(lp.problem, ref).answers;
    return new Map(Object.entries(answers).map(([part, v]) => [part, { fp: fingerprint(v), text: shown(v) }]));
  } catch {
    return null;
  }
}

/** A value as the evidence shows it: one line, at most 200 characters. */
function shown(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 200 ? `${s.slice(0, 199)}…` : s;
}
