// A report's submission as `stats` keeps it: only what the statistics read (compute.ts's
// ReportSubmission), with everything the class shares stored once. Forty thousand students who
// each leave most of 13 problems unanswered have a few hundred distinct problem results between
// them (a missing problem reads the same for all), so a submission is its own file, student and
// scores and pointers to shared problems: 40,000 entries held in tens of MB, not a gigabyte.
// Shared objects are never changed (compute.ts only reads), so sharing changes no figure.
import type { ReportFinding, ReportSubmission } from './compute.js';

type Problem = ReportSubmission['problems'][number];
type Part = Problem['parts'][number];

/** Key parts: a number (-0 apart from 0: they may print differently); a text, its length first (no two texts' keys collide). */
const num = (x: number) => (Object.is(x, -0) ? '-0' : String(x));
const str = (x: string) => `${x.length}:${x}`;

export class Compactor {
  private readonly findings = new Map<string, ReportFinding>();
  private readonly findingIds = new Map<ReportFinding, number>();
  private readonly parts = new Map<string, Part>();
  /** Keyed by everything stats reads of them. */
  private readonly problems = new Map<string, Problem>();
  private static readonly none: ReportFinding[] = [];

  /** The submission (checked against the report schema) as stats keeps it. */
  submission(s: ReportSubmission): ReportSubmission {
    const out: ReportSubmission = { file: s.file, student: s.student, status: s.status, score: s.score, maxScore: s.maxScore, findings: this.list(s.findings), problems: s.problems.map((p) => this.problem(p)) } as ReportSubmission;
    if ('assignment' in s) out.assignment = s.assignment;
    return out;
  }

  private finding(f: ReportFinding): ReportFinding {
    const key = `${str(f.code)}${str(f.severity)}${str(f.message)}`;
    let g = this.findings.get(key);
    if (!g) {
      this.findings.set(key, (g = { code: f.code, severity: f.severity, message: f.message }));
      this.findingIds.set(g, this.findingIds.size);
    }
    return g;
  }

  private list(fs: readonly ReportFinding[]): ReportFinding[] {
    return fs.length === 0 ? Compactor.none : fs.map((f) => this.finding(f));
  }

  private part(pt: Part): Part {
    const findings = this.list(pt.findings);
    const override = pt.override === undefined ? '' : JSON.stringify(pt.override);
    const key = `${str(pt.id)}${str(pt.status)}${num(pt.score)}\0${num(pt.maxScore)}\0${findings.map((f) => this.findingIds.get(f)).join(',')}\0${'override' in pt ? 'o' : ''}${override}`;
    let q = this.parts.get(key);
    if (!q) {
      q = { id: pt.id, status: pt.status, score: pt.score, maxScore: pt.maxScore, findings } as Part;
      if ('override' in pt) q.override = pt.override;
      this.parts.set(key, q);
    }
    return q;
  }

  private problem(p: Problem): Problem {
    // Its key read straight from the entry (most problems are met before: one lookup, nothing built).
    let key = `${str(p.id)}${num(p.score)}\0${num(p.maxScore)}\0${'variant' in p ? `v${JSON.stringify(p.variant)}` : ''}`;
    for (const pt of p.parts) {
      key += `\0${str(pt.id)}${str(pt.status)}${num(pt.score)}\0${num(pt.maxScore)}\0${'override' in pt ? `o${JSON.stringify(pt.override)}` : ''}\0${pt.findings.length}`;
      for (const f of pt.findings) key += `${str(f.code)}${str(f.severity)}${str(f.message)}`;
    }
    let q = this.problems.get(key);
    if (!q) {
      q = { id: p.id, score: p.score, maxScore: p.maxScore, parts: p.parts.map((pt) => this.part(pt)) } as Problem;
      if ('variant' in p) q.variant = p.variant;
      this.problems.set(key, q);
    }
    return q;
  }
}
