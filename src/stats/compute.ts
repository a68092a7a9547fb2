// Class statistics from grading reports: per assignment the score distribution, per problem and
// part how the class did (mean, full marks, missing, discrimination), and the misconception
// table: which finding codes the class got, how often, and what they cost. Pure: reports in,
// numbers out (the renderers in this folder draw them).
import { percentOf } from '../grading/score.js';
import type { Finding } from '../findings/finding.js';
import type { AssignmentInfo, PartResult, ProblemResult, SubmissionResult } from '../grading/types.js';
import type { IntegrityReport } from '../integrity/types.js';

/** A finding as the JSON report holds it (its values are not printed). */
export type ReportFinding = Pick<Finding, 'code' | 'severity' | 'message'>;

/** A submission as the JSON report holds it (only what statistics read). */
export type ReportSubmission = Omit<SubmissionResult, 'findings' | 'problems' | 'json'> & {
  findings: ReportFinding[];
  problems: (Omit<ProblemResult, 'parts'> & { parts: (Omit<PartResult, 'findings' | 'attachments'> & { findings: ReportFinding[] })[] })[];
};

export interface Histogram {
  /** Bin edges in percent of the maximum: counts[i] is in [edges[i], edges[i+1]) (the last bin closed). */
  edges: number[];
  counts: number[];
}

export interface Distribution {
  mean: number;
  median: number;
  /** Sample standard deviation (n − 1); 0 for one student. */
  sd: number;
  min: number;
  max: number;
}

export interface PartStats {
  id: string;
  maxScore: number;
  mean: number;
  /** Percent of students with full marks, and with the part missing. */
  fullMarks: number;
  missing: number;
  histogram: Histogram;
  /** Correlation of the part's score with the rest of the assignment's; null when undefined (fewer than 3 students, or no spread). */
  discrimination: number | null;
}

/**
 * One finding code across the assignment: every part it showed in (a misconception met in
 * several parts is one row), how many students got it anywhere, and what it cost them.
 */
export interface Misconception {
  code: string;
  severity: 'error' | 'warning' | 'info';
  /** Students with this finding in any part (or on the submission), and their percent of the class. */
  students: number;
  percent: number;
  /** Where it showed: each part (problem null: on the submission itself) with its students. */
  parts: { problem: string | null; part: string | null; students: number }[];
  example: string;
  /** Points the class lost in parts with this finding (a part's lost points shared among its error and warning codes). */
  pointsLost: number;
}

/** A part left unanswered (`answer.missing`), apart from the misconceptions: not a mistake, an absence. */
export interface MissingAnswers {
  problem: string;
  part: string;
  students: number;
  percent: number;
}

/** An invalid submission: why it was not graded (its first finding). */
export interface InvalidSubmission {
  file: string;
  student: string | null;
  code: string;
  reason: string;
}

/** With variants: a problem's scores by the value of one param (is one variant harder?). */
export interface ParamStats {
  problem: string;
  param: string;
  /** Each value (or range of values, when there are many) with its students and their mean percent. */
  values: { value: string; students: number; meanPercent: number }[];
}

export interface AssignmentStats {
  id: string | null;
  /** From the report's assignments (as grade heads gradebook columns). */
  title?: string;
  canvasId?: string;
  students: number;
  /** Graded submissions read (a student who submitted twice is counted once, by the higher score). */
  submissions: number;
  /** Invalid submissions of this assignment (not graded: unreadable, wrong shape …), with their reasons. */
  invalid: number;
  invalidSubmissions: InvalidSubmission[];
  maxScore: number;
  points: Distribution;
  percent: Distribution;
  histogram: Histogram;
  problems: { id: string; maxScore: number; mean: number; parts: PartStats[] }[];
  misconceptions: Misconception[];
  /** Parts left unanswered, most often missing first. */
  missingAnswers: MissingAnswers[];
  /** Per templated problem and param; empty without variants. */
  byParam: ParamStats[];
  /** Instructor only: the report's integrity findings for this assignment (empty without variants). */
  integrity: IntegrityReport;
  /** The instructor's overrides in the submissions counted (policy/overrides.ts). */
  overrides: OverrideRow[];
}

export interface OverrideRow {
  student: string | null;
  problem: string;
  part: string;
  before: number;
  after: number;
  reason: string;
  by?: string;
}

export interface ClassStats {
  assignments: AssignmentStats[];
  /** Invalid submissions whose assignment is not known (the file could not be read far enough), when they cannot be placed in one. */
  unplaced: InvalidSubmission[];
}

/** What a report says beside its submissions: the assignments' titles and canvas ids, the integrity section. */
export interface ReportExtras {
  assignments?: readonly AssignmentInfo[];
  integrity?: IntegrityReport;
}

export function classStats(submissions: readonly ReportSubmission[], extras: ReportExtras = {}): ClassStats {
  // Grouped with push (one pass): copying a group per submission made 20,000 reports take 20 s.
  const groups = new Map<string | null, ReportSubmission[]>();
  const unknown: ReportSubmission[] = [];
  for (const s of submissions) {
    // An invalid file may not say its assignment (unreadable: absent; naming none that exists: null).
    if (s.status !== 'graded' && typeof s.assignment !== 'string') {
      unknown.push(s);
      continue;
    }
    const key = s.assignment ?? null;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(s);
  }
  // Placed in the run's one assignment (or its whole problem set) when there is one; else listed apart.
  const unplaced: InvalidSubmission[] = [];
  const only = groups.size === 1 ? [...groups.keys()][0] : undefined;
  for (const s of unknown) {
    if (only !== undefined) groups.get(only)!.push(s);
    else unplaced.push(invalidOf(s));
  }
  const keys = [...groups.keys()].sort((a, b) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1));
  const info = (k: string | null) => extras.assignments?.find((a) => a.id === k);
  const integrityOf = (k: string | null) => ({ matches: (extras.integrity?.matches ?? []).filter((m) => m.assignment === k), shared: (extras.integrity?.shared ?? []).filter((m) => m.assignment === k) });
  return { assignments: keys.map((k) => ({ ...assignmentStats(k, groups.get(k)!, info(k)), integrity: integrityOf(k) })), unplaced };
}

function invalidOf(s: ReportSubmission): InvalidSubmission {
  const f = s.findings.find((x) => x.severity === 'error') ?? s.findings[0];
  return { file: s.file, student: s.student, code: f?.code ?? 'submission.invalid', reason: f?.message ?? 'not graded' };
}

function assignmentStats(id: string | null, subs: ReportSubmission[], info: AssignmentInfo | undefined): Omit<AssignmentStats, 'integrity'> {
  const graded = subs.filter((s) => s.status === 'graded');
  // One submission per student: the higher score (then the first file); a file without a student stands alone.
  const best = new Map<string, ReportSubmission>();
  for (const s of [...graded].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const key = s.student === null ? `\0${s.file}` : `s${s.student}`;
    const prev = best.get(key);
    if (!prev || s.score > prev.score) best.set(key, s);
  }
  const students = [...best.values()];
  const maxScore = mode(students.map((s) => s.maxScore));
  // The percentage of record (grading/score.ts): a student shown 90 % is in the 90–100 bin.
  const pct = students.map((s) => percentOf(s.score, s.maxScore));
  const invalid = subs.filter((s) => s.status !== 'graded').map(invalidOf);
  const { misconceptions, missingAnswers } = findingTables(students);
  return {
    id,
    ...(info?.title !== undefined ? { title: info.title } : {}),
    ...(info?.canvasId !== undefined ? { canvasId: info.canvasId } : {}),
    students: students.length,
    submissions: graded.length,
    invalid: invalid.length,
    invalidSubmissions: invalid,
    maxScore,
    points: distribution(students.map((s) => s.score)),
    percent: distribution(pct),
    histogram: histogram(pct, 10),
    problems: problemStats(students),
    misconceptions,
    missingAnswers,
    byParam: paramStats(students),
    overrides: overrideRows(students),
  };
}

/** Each overridden part, read defensively (a report read back is untrusted). */
function overrideRows(subs: readonly ReportSubmission[]): OverrideRow[] {
  const rows: OverrideRow[] = [];
  for (const s of subs)
    for (const p of s.problems ?? [])
      for (const pt of p.parts ?? []) {
        const o = pt.override as Partial<OverrideRow> | undefined;
        if (!o || typeof o.before !== 'number' || typeof o.after !== 'number') continue;
        rows.push({ student: s.student ?? null, problem: String(p.id), part: String(pt.id), before: o.before, after: o.after, reason: String(o.reason ?? ''), ...(typeof o.by === 'string' ? { by: o.by } : {}) });
      }
  return rows;
}

/** Scores per param value: every value when there are few (≤ 8), else the numeric values in 4 equal ranges. */
function paramStats(students: ReportSubmission[]): ParamStats[] {
  // One pass: problem → param → [value, percent] per student (a per-problem scan of every student was the slow part at 100,000).
  const cols = new Map<string, Map<string, { values: string[]; pcts: number[] }>>();
  for (const s of students)
    for (const p of s.problems) {
      if (!p.variant || !(p.maxScore > 0)) continue;
      let byParam = cols.get(p.id);
      if (!byParam) cols.set(p.id, (byParam = new Map()));
      const pct = percentOf(p.score, p.maxScore);
      for (const param in p.variant) {
        let c = byParam.get(param);
        if (!c) byParam.set(param, (c = { values: [], pcts: [] }));
        c.values.push(p.variant[param]);
        c.pcts.push(pct);
      }
    }
  const out: ParamStats[] = [];
  for (const [pid, byParam] of cols)
    for (const [param, { values, pcts }] of byParam) {
      const distinct = [...new Set(values)];
      const nums = distinct.map(Number);
      const numeric = nums.every(Number.isFinite);
      let label = (v: string) => v;
      if (distinct.length > 8) {
        if (!numeric) continue; // many texts (whole matrices): no grouping says anything
        const lo = nums.reduce((a, b) => Math.min(a, b)), hi = nums.reduce((a, b) => Math.max(a, b)), w = (hi - lo) / 4 || 1; // no spread: 100,000 arguments overflow the stack
        label = (v) => {
          const k = Math.min(3, Math.floor((Number(v) - lo) / w));
          return `${round(lo + k * w)} to ${round(lo + (k + 1) * w)}`;
        };
      }
      const groups = new Map<string, { sum: number; n: number }>();
      values.forEach((v, i) => {
        const k = label(v);
        const g = groups.get(k);
        if (g) (g.sum += pcts[i]), g.n++;
        else groups.set(k, { sum: pcts[i], n: 1 });
      });
      const sorted = [...groups].sort(([a], [b]) => (numeric ? parseFloat(a) - parseFloat(b) : a.localeCompare(b)));
      out.push({ problem: pid, param, values: sorted.map(([value, g]) => ({ value, students: g.n, meanPercent: round(g.sum / g.n) })) });
    }
  return out;
}

function problemStats(students: ReportSubmission[]): AssignmentStats['problems'] {
  const order: string[] = [];
  const parts = new Map<string, string[]>();
  const seen = new Set<object>(); // a problem result shared by many students (stats/compact.ts) adds its parts once
  for (const s of students)
    for (const p of s.problems) {
      if (seen.has(p)) continue;
      seen.add(p);
      if (!parts.has(p.id)) order.push(p.id), parts.set(p.id, []);
      for (const pt of p.parts) if (!parts.get(p.id)!.includes(pt.id)) parts.get(p.id)!.push(pt.id);
    }
  return order.map((pid) => {
    const rows = students.map((s) => s.problems.find((p) => p.id === pid));
    const partStats = parts.get(pid)!.map((ptid) => {
      // Each student's part (undefined: not in their report), in the students' order.
      const pts = rows.map((r) => r?.parts.find((x) => x.id === ptid));
      const scores = pts.map((pt) => pt?.score ?? 0);
      const n = pts.length;
      let full = 0, absent = 0;
      for (const pt of pts) (full += pt && pt.score >= pt.maxScore && pt.maxScore > 0 ? 1 : 0), (absent += !pt || pt.status === 'missing' ? 1 : 0);
      return {
        id: ptid,
        maxScore: mode(pts.flatMap((pt) => (pt ? [pt.maxScore] : []))),
        mean: round(mean(scores)),
        fullMarks: n ? (100 * full) / n : 0,
        missing: n ? (100 * absent) / n : 0,
        histogram: histogram(pts.map((pt) => (pt ? percentOf(pt.score, pt.maxScore) : 0)), 5),
        discrimination: correlation(scores, students.map((s, i) => s.score - scores[i])),
      };
    });
    return { id: pid, maxScore: mode(rows.flatMap((r) => (r ? [r.maxScore] : []))), mean: round(mean(rows.map((r) => r?.score ?? 0))), parts: partStats };
  });
}

/** The misconception table (one row per code, across parts) and, apart, the parts left unanswered. */
function findingTables(students: ReportSubmission[]): { misconceptions: Misconception[]; missingAnswers: MissingAnswers[] } {
  type Row = Misconception & { who: Set<number>; where: Map<string, { problem: string | null; part: string | null; who: Set<number> }> };
  const rows = new Map<string, Row>();
  const missing = new Map<string, { problem: string; part: string; who: Set<number> }>();
  const add = (problem: string | null, part: string | null, f: ReportFinding, who: number, lost: number) => {
    let r = rows.get(f.code);
    if (!r) rows.set(f.code, (r = { code: f.code, severity: f.severity, students: 0, percent: 0, parts: [], example: f.message, pointsLost: 0, who: new Set(), where: new Map() }));
    r.who.add(who);
    const wk = pairKey(problem, part);
    let w = r.where.get(wk);
    if (!w) r.where.set(wk, (w = { problem, part, who: new Set() }));
    if (!w.who.has(who)) w.who.add(who), (r.pointsLost += lost);
    if (f.severity === 'error' && r.severity !== 'error') r.severity = 'error';
  };
  // What a problem's parts' findings say, worked out once per problem object (a shared one is met by many students).
  type PartFacts = { codes: ReportFinding[]; costly: number; missing: { problem: string; part: string; who: Set<number> } | null };
  const facts = new Map<object, PartFacts[]>();
  const pairKeys = new Map<string | null, Map<string | null, string>>();
  const pairKey = (problem: string | null, part: string | null) => {
    const m = pairKeys.get(problem) ?? pairKeys.set(problem, new Map()).get(problem)!;
    return m.get(part) ?? m.set(part, JSON.stringify([problem, part])).get(part)!;
  };
  const factsOf = (p: ReportSubmission['problems'][number]): PartFacts[] =>
    p.parts.map((pt) => {
      const codes = new Map<string, ReportFinding>();
      for (const f of pt.findings) if (f.code !== 'findings.more' && !codes.has(f.code)) codes.set(f.code, f);
      let m: PartFacts['missing'] = null;
      if (pt.status === 'missing' || codes.has(MISSING)) {
        const k = pairKey(p.id, pt.id);
        if (!(m = missing.get(k) ?? null)) missing.set(k, (m = { problem: p.id, part: pt.id, who: new Set<number>() }));
        codes.delete(MISSING);
      }
      const list = [...codes.values()];
      return { codes: list, costly: list.filter((f) => f.severity !== 'info').length, missing: m };
    });
  students.forEach((s, who) => {
    for (const f of s.findings) if (f.code !== 'findings.more' && f.code !== 'submission.no-answers') add(null, null, f, who, 0);
    for (const p of s.problems) {
      let fp = facts.get(p);
      if (!fp) facts.set(p, (fp = factsOf(p)));
      for (let j = 0; j < fp.length; j++) {
        const c = fp[j], pt = p.parts[j];
        c.missing?.who.add(who);
        if (!c.codes.length) continue;
        const lost = Math.max(0, pt.maxScore - pt.score);
        for (const f of c.codes) add(p.id, pt.id, f, who, f.severity === 'info' || c.costly === 0 ? 0 : lost / c.costly);
      }
    }
  });
  const n = students.length;
  const pc = (k: number) => (n ? (100 * k) / n : 0);
  const misconceptions = [...rows.values()]
    .map(({ who, where, ...r }) => ({ ...r, students: who.size, percent: pc(who.size), parts: [...where.values()].map((w) => ({ problem: w.problem, part: w.part, students: w.who.size })), pointsLost: round(r.pointsLost) }))
    .sort((a, b) => b.students - a.students || b.pointsLost - a.pointsLost || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const missingAnswers = [...missing.values()]
    .map((m) => ({ problem: m.problem, part: m.part, students: m.who.size, percent: pc(m.who.size) }))
    .sort((a, b) => b.students - a.students);
  return { misconceptions, missingAnswers };
}

const MISSING = 'answer.missing';

export function distribution(xs: number[]): Distribution {
  if (xs.length === 0) return { mean: 0, median: 0, sd: 0, min: 0, max: 0 };
  const s = [...xs].sort((a, b) => a - b);
  const m = mean(xs);
  const mid = s.length >> 1;
  return {
    mean: round(m),
    median: round(s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2),
    sd: round(xs.length > 1 ? Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1)) : 0),
    min: round(s[0]),
    max: round(s[s.length - 1]),
  };
}

/** Percentages (0–100) in `bins` equal bins; 100 falls in the last. */
export function histogram(percents: number[], bins: number): Histogram {
  const counts = new Array<number>(bins).fill(0);
  for (const p of percents) counts[Math.min(bins - 1, Math.max(0, Math.floor((p * bins) / 100 + 1e-9)))]++;
  return { edges: Array.from({ length: bins + 1 }, (_, i) => (100 * i) / bins), counts };
}

/** Pearson's correlation; null with fewer than 3 pairs or no spread on either side. */
export function correlation(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < 3) return null;
  const mx = mean(xs), my = mean(ys);
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) (sxy += (xs[i] - mx) * (ys[i] - my)), (sxx += (xs[i] - mx) ** 2), (syy += (ys[i] - my) ** 2);
  if (sxx < 1e-12 || syy < 1e-12) return null;
  return round(sxy / Math.sqrt(sxx * syy));
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The most common value (the largest of equals); 0 for none. */
function mode(xs: number[]): number {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = 0, n = 0;
  for (const [x, c] of counts) if (c > n || (c === n && x > best)) (best = x), (n = c);
  return best;
}
