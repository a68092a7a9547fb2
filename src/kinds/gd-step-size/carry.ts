// gd-step-size's part dependencies and error carried forward: hessian → eigenvalues → range,
// optimal; rule → range. A part wrong against the reference is graded again against what the
// student's own earlier answers imply (the eigenvalues of their Hessian, the range of their
// eigenvalues and their rule); the policy stage (src/policy/) decides whether that grade counts.
import { close, matrixClose, values } from '../../grading/compare.js';
import type { Tolerance } from '../../grading/types.js';
import { formatInterval, type Interval } from '../../answers/interval.js';
import { Num } from '../../numbers/num.js';
import { symmetricEigen, type Eigenvalue } from '../../numbers/eigen.js';
import type { GradeInput, PartGrade } from '../types.js';
import type { GdAnswer } from './answers.js';
import type { Quadratic } from './quadratic.js';
import type { GdReference } from './reference.js';

type Input = GradeInput<Quadratic, GdReference, GdAnswer>;
type Of<P extends GdAnswer['part']> = Extract<GdAnswer, { part: P }>;

export const GD_DEPENDENCIES: Record<string, string[]> = { eigenvalues: ['hessian'], range: ['eigenvalues', 'rule'], optimal: ['eigenvalues'] };

/** The codes that, alone among a part's errors, explain the whole part (one named mistake). */
export const GD_DIAGNOSES = new Set(['gd.hessian-not-doubled', 'gd.half-range', 'gd.used-lambda-min', 'gd.endpoint-included', 'gd.zero-included']);

/**
 * The diagnoses each part can have (graded against the reference or, carried, against the
 * student's own earlier answers): a Hessian, its eigenvalues and the optimal step show only the
 * undoubled Hessian (A for 2A: eigenvalues of A, 2/(λmin + λmax) of A); a rule or range any.
 */
export function gdPartDiagnoses(part: string): readonly string[] {
  return part === 'rule' || part === 'range' ? [...GD_DIAGNOSES] : ['gd.hessian-not-doubled'];
}

/** An included endpoint is half right (the bound is right): today's 0.5, kept as the default. */
export const GD_DEFAULT_CREDIT: Record<string, number> = { 'gd.endpoint-included': 0.5, 'gd.zero-included': 0.5 };

/** The grade with its diagnosis: its one error is a named gd mistake. */
export function withDiagnosis(g: PartGrade): PartGrade {
  const errors = g.findings.filter((f) => f.severity === 'error');
  return errors.length === 1 && GD_DIAGNOSES.has(errors[0].code) ? { ...g, diagnosis: errors[0].code } : g;
}

const answerOf = <P extends GdAnswer['part']>(input: Input, part: P) => input.answers.get(part)?.answer as Of<P> | undefined;

/** Each is computed once per grading (the rule, the range and the optimal step all ask). */
const ownHessianMemo = new WeakMap<Input, Num[] | null>();
const ownMemo = new WeakMap<Input, { values: Num[]; from: string[] } | null>();
function memo<T>(m: WeakMap<Input, T>, input: Input, f: (i: Input) => T): T {
  if (!m.has(input)) m.set(input, f(input));
  return m.get(input) as T;
}

/** Eigenvalues of the student's Hessian, when it is wrong, square and symmetric (ascending). */
export function eigenvaluesOfOwnHessian(input: Input): Num[] | null {
  return memo(ownHessianMemo, input, hessianEigen);
}

function hessianEigen(input: Input): Num[] | null {
  const h = answerOf(input, 'hessian');
  if (!h) return null;
  const H = values(h.matrix);
  const n = H.length;
  if (n !== input.ref.hessian.length || H.some((r) => r.length !== n)) return null;
  if (matrixClose(H, input.ref.hessian, input.problem.tolerance)) return null;
  if (!H.every((r, i) => r.every((v, j) => v.eq(H[j][i])))) return null;
  try {
    return symmetricEigen(H).values.map((e) => e.value);
  } catch {
    return null;
  }
}

/** The eigenvalues the student works with when they differ from the reference: their own answer, else their Hessian's. */
export function ownEigenvalues(input: Input): { values: Num[]; from: string[] } | null {
  return memo(ownMemo, input, ownEigen);
}

function ownEigen(input: Input): { values: Num[]; from: string[] } | null {
  const e = answerOf(input, 'eigenvalues');
  if (e) {
    const got = e.values.map((v) => v.value).sort((a, b) => a.cmp(b));
    if (got.length !== input.ref.eigenvalues.length) return null;
    if (eigenvaluesClose(got, input.ref.eigenvalues.map((x) => x.value), input.problem.tolerance)) return null;
    return { values: got, from: ['eigenvalues'] };
  }
  const own = eigenvaluesOfOwnHessian(input);
  return own ? { values: own, from: ['hessian'] } : null;
}

function eigenvaluesClose(a: Num[], b: Num[], tol: Tolerance): boolean {
  return a.length === b.length && a.every((v, i) => close(v, b[i], tol));
}

/** The reference as the student's eigenvalues make it: their range, bound and optimal step. */
export function referenceFrom(eigen: Num[], ref: GdReference): GdReference {
  const ev = (value: Num): Eigenvalue => ({ value, surd: null });
  const sorted = [...eigen].sort((a, b) => a.cmp(b));
  const lmin = sorted[0], lmax = sorted[sorted.length - 1];
  const positive = sorted.filter((v) => v.sign() > 0);
  const outcome = sorted.some((v) => v.sign() < 0) || !positive.length ? 'no-minimum' : positive.length < sorted.length ? 'minimizers' : 'minimum';
  const two = Num.int(2);
  const bound = outcome === 'no-minimum' ? null : two.div(lmax);
  return {
    ...ref,
    eigenvalues: sorted.map(ev),
    halfEigenvalues: sorted.map((v) => ev(v.div(two))),
    outcome,
    lambdaMax: ev(lmax),
    lambdaMin: ev(lmin),
    lambdaMinPositive: positive.length ? ev(positive[0]) : null,
    bound,
    range: bound ? { empty: false, lo: Num.ZERO, loClosed: false, hi: bound, hiClosed: false } : { empty: true, lo: null, hi: null, loClosed: false, hiClosed: false },
    optimal: bound ? two.div(lmax.add(positive[0])) : null,
  };
}

/** λmax and λmin the student works with (their own where they differ), for quoting their rule. */
export function ownLambdas(input: Input): { lmax: Num; lmin: Num; own: boolean } | null {
  const own = ownEigenvalues(input);
  if (own) {
    const pos = own.values.filter((v) => v.sign() > 0);
    return { lmax: own.values[own.values.length - 1], lmin: pos[0] ?? own.values[0], own: true };
  }
  const { ref } = input;
  if (ref.outcome === 'no-minimum' || ref.outcome === 'constant') return null;
  return { lmax: ref.lambdaMax.value, lmin: (ref.lambdaMinPositive ?? ref.lambdaMin).value, own: false };
}

/** What the student's rule gives with their own λ values, as text ("0 < η ≤ 1/6"). */
export function ruleGives(rule: Of<'rule'>, l: { lmax: Num; lmin: Num }): string {
  try {
    return formatInterval(rule.at(l.lmax, l.lmin), 'η');
  } catch {
    return '?';
  }
}

export function sameInterval(a: Interval, b: Interval, tol: Tolerance): boolean {
  if (a.empty || b.empty) return a.empty === b.empty;
  const end = (x: Num | null, y: Num | null) => (x === null || y === null ? x === y : close(x, y, tol));
  return end(a.lo, b.lo) && end(a.hi, b.hi) && (a.lo === null || a.loClosed === b.loClosed) && (a.hi === null || a.hiClosed === b.hiClosed);
}

export interface Graders {
  eigenvalues(answer: Of<'eigenvalues'>, ref: GdReference): PartGrade;
  interval(answer: Of<'range'>, ref: GdReference): PartGrade;
  optimal(answer: Of<'optimal'>, ref: GdReference): PartGrade;
}

/**
 * The carried-forward grades of the parts that are wrong against the reference (`grades`),
 * each against the values the student's own wrong earlier answers imply.
 */
export function carryForward(input: Input, grades: Map<string, PartGrade>, grade: Graders): void {
  const wrong = (p: string) => (grades.get(p)?.fraction ?? 1) < 1;
  const carry = (part: string, g: PartGrade, from: string[]) => {
    const raw = grades.get(part)!;
    grades.set(part, { ...raw, carried: { fraction: g.fraction, from, findings: g.findings, ...(withDiagnosis(g).diagnosis ? { diagnosis: withDiagnosis(g).diagnosis } : {}) } });
  };
  const e = answerOf(input, 'eigenvalues');
  if (e && wrong('eigenvalues')) {
    const own = eigenvaluesOfOwnHessian(input);
    if (own && own.length === e.values.length) carry('eigenvalues', grade.eigenvalues(e, referenceFrom(own, input.ref)), ['hessian']);
  }
  const own = ownEigenvalues(input);
  const r = answerOf(input, 'range');
  if (r && wrong('range')) {
    const rule = answerOf(input, 'rule');
    const ruleWrong = rule !== undefined && grades.has('rule') && wrong('rule');
    const l = ownLambdas(input);
    // Their rule with their eigenvalues, exactly: the range follows from what they wrote before.
    let implied: Interval | null = null;
    if (ruleWrong && l) {
      try {
        implied = rule!.at(l.lmax, l.lmin);
      } catch {
        implied = null;
      }
    }
    if (implied && sameInterval(r.interval, implied, input.problem.tolerance)) carry('range', { fraction: 1, findings: [] }, [...(own?.from ?? []), 'rule']);
    else if (own) carry('range', grade.interval(r, referenceFrom(own.values, input.ref)), own.from);
  }
  const o = answerOf(input, 'optimal');
  if (o && own && wrong('optimal')) carry('optimal', grade.optimal(o, referenceFrom(own.values, input.ref)), own.from);
}
