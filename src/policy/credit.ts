// The policy stage for one problem: a kind's raw part grades (findings, per-entry fraction, a
// whole-part diagnosis, a carried-forward grade) become the credit of record. Pure: the same
// grades, dependencies and rubric give the same result, so it sits inside the grading memo.
//
//  1. Error carried forward (unless the rubric says `ecf: false`): a part the kind also graded
//     against the student's own earlier answers is graded that way when that earns it more,
//     with an info saying from what.
//  2. Credit by rubric: a part one named mistake explains earns that mistake's credit (the
//     part's rubric, the problem's, the assignment's, the kind's default, else 0), whatever
//     entries happen to coincide: the same mistake costs the same in every variant.
//  3. Charged once: the same mistake on several parts of a problem is charged at the first part
//     (in the order the parts are computed: the kind's dependencies) and named there; later parts
//     lose nothing for it and say where it was charged.
import type { Finding } from '../findings/finding.js';
import type { PartGrade } from '../kinds/types.js';
import { policyFinding } from './findings.js';
import { dependencyOrder } from './order.js';
import { creditFor, FINDING_DIAGNOSES, rubricSets, type Rubric } from './rubric.js';

export interface PolicyContext {
  /** The parts asked, in the problem's order. */
  parts: readonly string[];
  /** The kind's dependencies (part → the parts it is computed from). */
  dependencies?: Record<string, string[]>;
  /** dependencyOrder(parts, dependencies), when the caller has it already (it is the same for every answer to a problem). */
  order?: readonly string[];
  rubric?: Rubric;
  /** The kind's default credit per diagnosis code. */
  defaultCredit?: Record<string, number>;
}

/**
 * FINDING_DIAGNOSES (rubric.ts: too few significant figures) count as a part's diagnosis only
 * where the rubric gives them a credit (else the per-entry credit stands: one short entry of
 * four does not cost the whole part by default).
 */
export { FINDING_DIAGNOSES };

export function applyPolicy(grades: ReadonlyMap<string, PartGrade>, ctx: PolicyContext): Map<string, PartGrade> {
  const out = new Map<string, PartGrade>();
  const ecf = ctx.rubric?.ecf !== false;
  const charged = new Map<string, string>(); // code → the part it was charged at
  for (const part of ctx.order ?? dependencyOrder(ctx.parts, ctx.dependencies)) {
    const raw = grades.get(part);
    if (!raw) continue;
    let g: PartGrade = raw;
    // Carried forward when that reading gives the part more (or is right outright): a part
    // nearer the reference than to what the student's earlier answers imply keeps that grade.
    // Only from parts the problem asks: a mistake is charged where it was made, so a value the
    // problem does not score (a stated y or δ) carries nothing, or stating y = t and zero
    // gradients would earn every point.
    if (ecf && raw.carried && raw.carried.from.every((f) => ctx.parts.includes(f))) {
      const c = carriedGrade(part, raw), cc = credit(c, part, ctx, charged), rc = credit(raw, part, ctx, charged);
      // At equal credit the carried reading is kept when it names the mistake and the raw one does
      // not: the student reads "σ used for σ(1 − σ), from your own dp", not a bare mismatch.
      if (cc > rc || (cc === rc && (cc >= 1 || (c.diagnosis !== undefined && raw.diagnosis === undefined)))) g = c;
    }
    const code = g.diagnosis ?? findingDiagnosis(g.findings, ctx.rubric, part);
    if (code === undefined) {
      out.set(part, g);
      continue;
    }
    const first = charged.get(code);
    if (first === undefined) {
      charged.set(code, part);
      out.set(part, { ...withoutStatus(g), fraction: creditFor(ctx.rubric, ctx.defaultCredit, part, code), diagnosis: code });
    } else {
      out.set(part, { ...withoutStatus(g), fraction: 1, diagnosis: code, findings: chargedOnce(g.findings, code, part, first) });
    }
  }
  // Parts the order does not list (graded but not asked: never scored) pass through.
  for (const [k, v] of grades) if (!out.has(k)) out.set(k, v);
  return out;
}

/** What a grade earns: its diagnosis's credit (all of it when that mistake was charged already), else its fraction. */
function credit(g: PartGrade, part: string, ctx: PolicyContext, charged: ReadonlyMap<string, string>): number {
  const code = g.diagnosis ?? findingDiagnosis(g.findings, ctx.rubric, part);
  if (code === undefined) return g.fraction;
  return charged.has(code) ? 1 : creditFor(ctx.rubric, ctx.defaultCredit, part, code);
}

/** The part graded against the student's own earlier answers, saying so. */
function carriedGrade(part: string, raw: PartGrade): PartGrade {
  const c = raw.carried!;
  const pos = firstPos(c.findings) ?? firstPos(raw.findings);
  const note = policyFinding('policy.carried-forward', { part, from: [...c.from] }, pos ? { pos } : {});
  const { carried: _carried, diagnosis: _diagnosis, status: _status, ...rest } = raw;
  return { ...rest, fraction: c.fraction, findings: [note, ...c.findings], ...(c.diagnosis !== undefined ? { diagnosis: c.diagnosis } : {}) };
}

/** The code that explains a part when its only errors are findings of that code (and the rubric prices it). */
function findingDiagnosis(findings: readonly Finding[], rubric: Rubric | undefined, part: string): string | undefined {
  const errors = findings.filter((f) => f.severity === 'error');
  if (!errors.length) return undefined;
  const code = errors[0].code;
  if (!FINDING_DIAGNOSES.includes(code) || !errors.every((f) => f.code === code)) return undefined;
  return rubricSets(rubric, part, code) ? code : undefined;
}

/** The part's findings with the mistake's own replaced by one line saying where it was charged. */
function chargedOnce(findings: readonly Finding[], code: string, part: string, first: string): Finding[] {
  const own = findings.filter((f) => f.code === code);
  const pos = firstPos(own) ?? firstPos(findings);
  const note = policyFinding('policy.charged-once', { code, part, first }, pos ? { pos } : {});
  return [note, ...findings.filter((f) => f.code !== code)];
}

function firstPos(fs: readonly Finding[]): { line: number; column: number } | undefined {
  const f = fs.find((x) => x.line !== undefined);
  return f ? { line: f.line!, column: f.column ?? 1 } : undefined;
}

/** A status the kind set described its own fraction; the policy's is derived again. */
function withoutStatus(g: PartGrade): PartGrade {
  const { status: _status, ...rest } = g;
  return rest;
}
