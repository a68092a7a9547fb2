// Class statistics from grading reports: per assignment the score distribution, per problem and
// part how the class did (mean, full marks, missing, discrimination), and the misconception
// table: which finding codes the class got, how often, and what they cost. Pure: reports in,
// numbers out (the renderers in this folder draw them).
import { percentOf } from '../grading/score.js';
import type { Finding } from '../findings/finding.js';
import type { PartResult, ProblemResult, SubmissionResult } from '../grading/types.js';

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

export interface Misconception {
  problem: string | null;
  part: string | null;
  code: string;
  severity: 'error' | 'warning' | 'info';
  /** Students with this finding in this part, and their percent of the class. */
  students: number;
  percent: number;
  example: string;
  /** Points the class lost in parts with this finding (a part's lost points shared among its error and warning codes). */
  pointsLost: number;
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
  students: number;
  /** Graded submissions read (a student who submitted twice is counted once, by the higher score). */
  submissions: number;
  invalid: number;
  maxScore: number;
  points: Distribution;
  percent: Distribution;
  histogram: Histogram;
  problems: { id: string; maxScore: number; mean: number; parts: PartStats[] }[];
  misconceptions: Misconception[];
  /** Per templated problem and param; empty without variants. */
  byParam: ParamStats[];
}

export interface ClassStats {
  assignments: AssignmentStats[];
}

export function classStats(submissions: readonly ReportSubmission[]): ClassStats {
  const groups = new Map<string, ReportSubmission[]>();
  for (const s of submissions) {
    const key = JSON.stringify(s.assignment ?? null);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const keys = [...groups.keys()].sort();
  return { assignments: keys.map((k) => assignmentStats(JSON.parse(k) as string | null, groups.get(k)!)) };
}

function assignmentStats(id: string | null, subs: ReportSubmission[]): AssignmentStats {
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
  return {
    id,
    students: students.length,
    submissions: graded.length,
    invalid: subs.length - graded.length,
    maxScore,
    points: distribution(students.map((s) => s.score)),
    percent: distribution(pct),
    histogram: histogram(pct, 10),
    problems: problemStats(students),
    misconceptions: misconceptions(students),
    byParam: paramStats(students),
  };
}

/** Scores per param value: every value when there are few (≤ 8), else the numeric values in 4 equal ranges. */
function paramStats(students: ReportSubmission[]): ParamStats[] {
  const out: ParamStats[] = [];
  const problems = [...new Set(students.flatMap((s) => s.problems.filter((p) => p.variant).map((p) => p.id)))];
  for (const pid of problems) {
    const rows = students.flatMap((s) => s.problems.filter((p) => p.id === pid && p.variant && p.maxScore > 0));
    const params = [...new Set(rows.flatMap((r) => Object.keys(r.variant!)))];
    for (const param of params) {
      const groups = new Map<string, number[]>();
      const values = rows.map((r) => r.variant![param]);
      const distinct = [...new Set(values)];
      const nums = distinct.map(Number);
      const numeric = nums.every(Number.isFinite);
      let label = (v: string) => v;
      if (distinct.length > 8) {
        if (!numeric) continue; // many texts (whole matrices): no grouping says anything
        const lo = Math.min(...nums), hi = Math.max(...nums), w = (hi - lo) / 4 || 1;
        label = (v) => {
          const k = Math.min(3, Math.floor((Number(v) - lo) / w));
          return `${round(lo + k * w)} to ${round(lo + (k + 1) * w)}`;
        };
      }
      rows.forEach((r) => {
        const k = label(r.variant![param]);
        groups.set(k, [...(groups.get(k) ?? []), percentOf(r.score, r.maxScore)]);
      });
      const sorted = [...groups].sort(([a], [b]) => (numeric ? parseFloat(a) - parseFloat(b) : a.localeCompare(b)));
      out.push({ problem: pid, param, values: sorted.map(([value, xs]) => ({ value, students: xs.length, meanPercent: round(mean(xs)) })) });
    }
  }
  return out;
}

function problemStats(students: ReportSubmission[]): AssignmentStats['problems'] {
  const order: string[] = [];
  const parts = new Map<string, string[]>();
  for (const s of students)
    for (const p of s.problems) {
      if (!parts.has(p.id)) order.push(p.id), parts.set(p.id, []);
      for (const pt of p.parts) if (!parts.get(p.id)!.includes(pt.id)) parts.get(p.id)!.push(pt.id);
    }
  return order.map((pid) => {
    const rows = students.map((s) => s.problems.find((p) => p.id === pid));
    const partStats = parts.get(pid)!.map((ptid) => {
      const cells = students.map((s, i) => ({ s, pt: rows[i]?.parts.find((x) => x.id === ptid) }));
      const max = mode(cells.flatMap((c) => (c.pt ? [c.pt.maxScore] : [])));
      const scores = cells.map((c) => c.pt?.score ?? 0);
      const n = cells.length;
      return {
        id: ptid,
        maxScore: max,
        mean: round(mean(scores)),
        fullMarks: n ? (100 * cells.filter((c) => c.pt && c.pt.score >= c.pt.maxScore && c.pt.maxScore > 0).length) / n : 0,
        missing: n ? (100 * cells.filter((c) => !c.pt || c.pt.status === 'missing').length) / n : 0,
        histogram: histogram(cells.map((c) => (c.pt ? percentOf(c.pt.score, c.pt.maxScore) : 0)), 5),
        discrimination: correlation(scores, cells.map((c, i) => c.s.score - scores[i])),
      };
    });
    return { id: pid, maxScore: mode(rows.flatMap((r) => (r ? [r.maxScore] : []))), mean: round(mean(rows.map((r) => r?.score ?? 0))), parts: partStats };
  });
}

function misconceptions(students: ReportSubmission[]): Misconception[] {
  const rows = new Map<string, Misconception & { who: Set<string> }>();
  const add = (problem: string | null, part: string | null, f: ReportFinding, who: string, lost: number) => {
    const key = JSON.stringify([problem, part, f.code]);
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { problem, part, code: f.code, severity: f.severity, students: 0, percent: 0, example: f.message, pointsLost: 0, who: new Set() }));
    if (!r.who.has(who)) r.who.add(who), (r.pointsLost += lost);
    if (f.severity === 'error' && r.severity !== 'error') r.severity = 'error';
  };
  students.forEach((s, i) => {
    const who = String(i);
    for (const f of s.findings) if (f.code !== 'findings.more') add(null, null, f, who, 0);
    for (const p of s.problems) {
      // A problem's missing parts share its one answer.missing finding (on the first of them):
      // each missing part still counts it, with its own points.
      const missing = p.parts.flatMap((pt) => pt.findings).find((f) => f.code === 'answer.missing');
      for (const pt of p.parts) {
        const codes = new Map<string, ReportFinding>();
        for (const f of pt.findings) if (f.code !== 'findings.more' && !codes.has(f.code)) codes.set(f.code, f);
        if (pt.status === 'missing' && missing && !codes.has(missing.code)) codes.set(missing.code, missing);
        const costly = [...codes.values()].filter((f) => f.severity !== 'info').length;
        const lost = Math.max(0, pt.maxScore - pt.score);
        for (const f of codes.values()) add(p.id, pt.id, f, who, f.severity === 'info' || costly === 0 ? 0 : lost / costly);
      }
    }
  });
  const n = students.length;
  return [...rows.values()]
    .map(({ who, ...r }) => ({ ...r, students: who.size, percent: n ? (100 * who.size) / n : 0, pointsLost: round(r.pointsLost) }))
    .sort((a, b) => b.students - a.students || b.pointsLost - a.pointsLost || key(a).localeCompare(key(b)));
}

const key = (m: Misconception) => `${m.problem ?? ''}\0${m.part ?? ''}\0${m.code}`;

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
