// Grading gd-step-size answers: compare with the exact reference, and name the mistake by
// matching the answer against mutants of the reference (1/λmax, the eigenvalues of A instead
// of 2A, λmin instead of λmax, a closed endpoint), numerically at high precision.
import { close, compareMatrix, matrixClose, showExpected, values } from '../../grading/compare.js';
import type { Tolerance } from '../../grading/types.js';
import { finding } from '../../findings/codes.js';
import { explaining, type Finding } from '../../findings/finding.js';
import { formatInterval, type Interval } from '../../answers/interval.js';
import { Num } from '../../numbers/num.js';
import { formatMatrix } from '../../numbers/matrix.js';
import type { Pos } from '../../load/pnode.js';
import type { GradeInput, PartGrade } from '../types.js';
import type { GdAnswer } from './answers.js';
import { gdFinding } from './findings.js';
import type { Quadratic } from './quadratic.js';
import type { GdReference } from './reference.js';
import { carryForward, ownLambdas, ruleGives, withDiagnosis } from './carry.js';

type Input = GradeInput<Quadratic, GdReference, GdAnswer>;

export function gradeGd(input: Input): Map<string, PartGrade> {
  const out = new Map<string, PartGrade>();
  const { ref, problem } = input;
  const tol = problem.tolerance;
  // When two explanations fit a wrong bound (4/λmax and 2/λmin can be equal), the student's other
  // parts tell which: a right Hessian or right eigenvalues rule out the forgotten factor 2.
  const hint = hessianRight(input) ? 'lambda-min' : undefined;
  for (const [part, { answer }] of input.answers) {
    if (!input.asked.includes(part)) continue; // another tolerance's part: graded with its own (still read for carrying forward)
    switch (answer.part) {
      case 'range':
        out.set(part, gradeInterval('range', answer.interval, answer.text, answer.pos, ref, problem.given, tol, hint));
        break;
      case 'rule':
        out.set(part, gradeRule(answer, ref, problem.given, tol, ownLambdas(input)));
        break;
      case 'hessian': {
        const cmp = compareMatrix('hessian', answer.matrix, ref.hessian, tol);
        let f = cmp.findings;
        if (cmp.correct < cmp.total && matrixClose(values(answer.matrix), problem.given.halfHessian, tol)) {
          // One mistake, one finding: the diagnosis replaces the per-entry mismatches (kept as its data).
          f = [explaining(gdFinding('gd.hessian-not-doubled', { part: 'hessian', got: `[${answer.matrix.map((r) => `[${r.map((e) => e.text).join(', ')}]`).join(', ')}]`, expected: formatMatrix(ref.hessian), source: problem.given.source }, { pos: answer.matrix[0][0].pos }), cmp.findings)];
        }
        out.set(part, { fraction: cmp.correct / cmp.total, findings: f });
        break;
      }
      case 'eigenvalues':
        out.set(part, gradeEigenvalues(answer, ref, problem.given, tol));
        break;
      case 'optimal':
        out.set(part, gradeOptimal(answer, ref, problem.given, tol));
        break;
    }
  }
  for (const [k, g] of out) out.set(k, withDiagnosis(g));
  // Error carried forward: each wrong part again, against what the student's own earlier answers imply.
  carryForward(input, out, {
    eigenvalues: (a, r) => gradeEigenvalues(a, r, problem.given, tol),
    interval: (a, r) => gradeInterval('range', a.interval, a.text, a.pos, r, problem.given, tol, hint),
    optimal: (a, r) => gradeOptimal(a, r, problem.given, tol),
  });
  return out;
}

const TWO = Num.int(2), ONE = Num.int(1), FOUR = Num.int(4);

function noMinimumReason(ref: GdReference): string {
  if (ref.lambdaMin.value.sign() < 0) return `the Hessian has the negative eigenvalue ${ref.lambdaMin.value}: f is unbounded below along its eigenvector`;
  return 'f decreases without bound along a direction where it is flat (the linear term is not in the range of the Hessian)';
}

/** Distances from the minimum after 1..4 steps along the top eigenvector: |1 − ηλmax|^k. */
function evidence(eta: Num, ref: GdReference): string {
  const factor = ONE.sub(eta.mul(ref.lambdaMax.value)).abs();
  return [1, 2, 3, 4].map((k) => factor.powInt(k).toDecimalString(4)).join(', ');
}

type Hint = 'lambda-min' | 'not-doubled' | undefined;

/** Whether the submission's Hessian or eigenvalues are right (then a wrong bound is not the factor 2). */
function hessianRight(input: Input): boolean {
  const tol = input.problem.tolerance, ref = input.ref;
  const h = input.answers.get('hessian')?.answer as Extract<GdAnswer, { part: 'hessian' }> | undefined;
  if (h && matrixClose(values(h.matrix), ref.hessian, tol)) return true;
  const e = input.answers.get('eigenvalues')?.answer as Extract<GdAnswer, { part: 'eigenvalues' }> | undefined;
  if (!e || e.values.length !== ref.eigenvalues.length) return false;
  const got = [...e.values].sort((a, b) => a.value.cmp(b.value));
  return got.every((g, i) => close(g.value, ref.eigenvalues[i].value, tol));
}

function gradeInterval(part: string, got: Interval, gotText: string, pos: Pos, ref: GdReference, qd: Quadratic, tol: Tolerance, hint?: Hint): PartGrade {
  const findings: Finding[] = [];
  const at = { pos };
  if (ref.outcome === 'no-minimum') {
    if (got.empty) return { fraction: 1, findings };
    return { fraction: 0, findings: [gdFinding('gd.no-minimum', { part, reason: noMinimumReason(ref) }, at)] };
  }
  if (ref.outcome === 'constant') {
    const right = !got.empty && got.lo !== null && close(got.lo, Num.ZERO, tol) && got.hi === null;
    if (right && !got.loClosed) return { fraction: 1, findings };
    return { fraction: right ? 0.5 : 0, findings: [right ? gdFinding('gd.zero-included', { part }, at) : gdFinding('gd.constant', { part }, at)] };
  }
  const bound = ref.bound!;
  const expectedText = formatInterval(ref.range, 'η');
  if (got.empty) return { fraction: 0, findings: [finding('value.mismatch', { part, where: '', got: gotText, expected: expectedText }, at)] };
  if (ref.outcome === 'minimizers') findings.push(gdFinding('gd.semidefinite', { zeros: ref.eigenvalues.filter((e) => e.value.isZero()).length }, at));
  let valuesRight = true, openRight = true;
  if (!got.lo || !close(got.lo, Num.ZERO, tol)) {
    valuesRight = false;
    findings.push(finding('value.mismatch', { part, where: 'lower bound', got: got.lo ? got.lo.toString() : '−∞', expected: '0' }, at));
  } else if (got.loClosed) {
    openRight = false;
    findings.push(gdFinding('gd.zero-included', { part }, at));
  }
  if (!got.hi) {
    valuesRight = false;
    findings.push(finding('value.mismatch', { part, where: 'upper bound', got: '∞ (none)', expected: showExpected(bound) }, at));
  } else if (close(got.hi, bound, tol)) {
    if (got.hiClosed) {
      openRight = false;
      findings.push(gdFinding('gd.endpoint-included', { part, bound: bound.toString(), evidence: 'the part of the error along the top eigenvector is multiplied by 1 − ηλmax = −1 at every step, so it flips sign forever and never shrinks' }, at));
    }
  } else {
    valuesRight = false;
    findings.push(diagnoseBound(part, got.hi, ref, qd, tol, pos, hint));
    if (got.hi.cmp(bound) > 0) {
      const eta = got.hiClosed ? got.hi : got.hi.add(bound).div(TWO);
      findings.push(gdFinding('gd.diverges', { eta: eta.toString(), distances: evidence(eta, ref) }, at));
    }
  }
  return { fraction: valuesRight ? (openRight ? 1 : 0.5) : 0, findings };
}

/** Names the mistake behind a wrong upper bound, or reports the plain mismatch. */
function diagnoseBound(part: string, hi: Num, ref: GdReference, qd: Quadratic, tol: Tolerance, pos: Pos, hint?: Hint): Finding {
  const bound = ref.bound!;
  const lmax = ref.lambdaMax.value, lmin = (ref.lambdaMinPositive ?? ref.lambdaMin).value;
  const v = { part, got: hi.toString(), expected: showExpected(bound) };
  if (close(hi, ONE.div(lmax), tol)) return gdFinding('gd.half-range', v, { pos });
  const notDoubled = close(hi, FOUR.div(lmax), tol);
  const usedMin = !lmin.isZero() && (close(hi, TWO.div(lmin), tol) || close(hi, ONE.div(lmin), tol));
  if (notDoubled && !(usedMin && hint === 'lambda-min')) return gdFinding('gd.hessian-not-doubled', { ...v, source: qd.source }, { pos });
  if (usedMin) return gdFinding('gd.used-lambda-min', v, { pos });
  return finding('value.mismatch', { part, where: 'upper bound', got: hi.toString(), expected: showExpected(bound) }, { pos });
}

/** The rule must give the right range for every Hessian, so it is checked at several (λmax, λmin). */
function gradeRule(answer: Extract<GdAnswer, { part: 'rule' }>, ref: GdReference, qd: Quadratic, tol: Tolerance, own: { lmax: Num; lmin: Num; own: boolean } | null): PartGrade {
  const trials: [Num, Num][] = [
    [Num.frac(7, 3), Num.frac(1, 5)],
    [Num.int(11), Num.int(3)],
  ];
  if (ref.outcome !== 'no-minimum' && ref.outcome !== 'constant') trials.unshift([ref.lambdaMax.value, (ref.lambdaMinPositive ?? ref.lambdaMin).value]);
  const gradeAt = ([lmax, lmin]: [Num, Num], hint?: Hint) => {
    const fake: GdReference = {
      ...ref,
      outcome: 'minimum',
      lambdaMax: { value: lmax, surd: null },
      lambdaMin: { value: lmin, surd: null },
      lambdaMinPositive: { value: lmin, surd: null },
      bound: TWO.div(lmax),
      range: { empty: false, lo: Num.ZERO, loClosed: false, hi: TWO.div(lmax), hiClosed: false },
    };
    return gradeInterval('rule', answer.at(lmax, lmin), answer.text, answer.pos, fake, qd, tol, hint);
  };
  // A rule is a formula: where the problem's own eigenvalues fit two explanations, the other
  // trials (where they differ) tell which one the formula is.
  const others = trials.slice(1).map((t) => gradeAt(t));
  const codes = new Set(others.flatMap((g) => g.findings.map((f) => f.code)));
  const ruleHint: Hint = codes.has('gd.used-lambda-min') ? 'lambda-min' : codes.has('gd.hessian-not-doubled') ? 'not-doubled' : undefined;
  const grades = [gradeAt(trials[0], ruleHint), ...others];
  const worst = grades.reduce((a, b) => (b.fraction < a.fraction ? b : a));
  // Messages quote the first trial: the problem's own eigenvalues where it has a minimum.
  const first = grades[0];
  const findings = (worst.fraction === first.fraction ? first : worst).findings
    .filter((f) => f.code !== 'gd.diverges' && f.code !== 'gd.semidefinite')
    .map((f) => (f.code === 'value.mismatch' ? finding('value.mismatch', { part: 'rule', where: '', got: answer.text, expected: '0 < η < 2/λmax' }, { pos: answer.pos }) : quoteRule(f, answer, own)));
  if (ref.outcome === 'no-minimum' && answer.at(Num.int(2), Num.int(1)).empty) return { fraction: 1, findings: [] };
  return { fraction: worst.fraction, findings: dedupe(findings) };
}

/** A rule's diagnosis quoting the rule as written and what it gives with the student's own λ (never a bound they did not write). */
function quoteRule(f: Finding, answer: Extract<GdAnswer, { part: 'rule' }>, own: { lmax: Num; lmin: Num; own: boolean } | null): Finding {
  if (!own || !QUOTED.has(f.code)) return f;
  const rule = { written: answer.text, lmax: own.lmax.toString(), lmin: own.lmin.toString(), gives: ruleGives(answer, own), own: own.own };
  const values = { ...(f.values as Record<string, never>), got: answer.text, expected: '0 < η < 2/λmax', rule };
  return gdFinding(f.code as 'gd.half-range', values, { pos: answer.pos });
}
const QUOTED = new Set(['gd.half-range', 'gd.used-lambda-min', 'gd.hessian-not-doubled', 'gd.endpoint-included']);

function dedupe(fs: Finding[]): Finding[] {
  const seen = new Set<string>();
  return fs.filter((f) => (seen.has(f.message) ? false : (seen.add(f.message), true)));
}

function gradeEigenvalues(answer: Extract<GdAnswer, { part: 'eigenvalues' }>, ref: GdReference, qd: Quadratic, tol: Tolerance): PartGrade {
  const got = [...answer.values].sort((a, b) => a.value.cmp(b.value));
  const expected = ref.eigenvalues.map((e) => e.value);
  const findings: Finding[] = [];
  let correct = 0;
  got.forEach((g, i) => {
    if (close(g.value, expected[i], tol)) correct++;
    else findings.push(finding('value.mismatch', { part: 'eigenvalues', where: `entry ${answer.values.indexOf(g) + 1}`, got: g.text, expected: showExpected(expected[i]) }, { pos: g.pos }));
  });
  const half = ref.halfEigenvalues.map((e) => e.value);
  if (correct < expected.length && got.every((g, i) => close(g.value, half[i], tol))) {
    return { fraction: correct / expected.length, findings: [explaining(gdFinding('gd.hessian-not-doubled', { part: 'eigenvalues', got: got.map((g) => g.text).join(', '), expected: expected.map((e) => e.toString()).join(', '), source: qd.source }, { pos: answer.values[0].pos }), findings)] };
  }
  return { fraction: correct / expected.length, findings };
}

function gradeOptimal(answer: Extract<GdAnswer, { part: 'optimal' }>, ref: GdReference, qd: Quadratic, tol: Tolerance): PartGrade {
  const at = { pos: answer.pos };
  if (ref.outcome === 'constant') return { fraction: 1, findings: [] }; // any answer: every η > 0 is as good, descent never moves
  if (!ref.optimal) {
    if (!answer.value) return { fraction: 1, findings: [] };
    return { fraction: 0, findings: [gdFinding('gd.no-minimum', { part: 'optimal', reason: noMinimumReason(ref) }, at)] };
  }
  const expected = showExpected(ref.optimal);
  if (!answer.value) return { fraction: 0, findings: [finding('value.mismatch', { part: 'optimal', where: '', got: 'none', expected }, at)] };
  if (close(answer.value.value, ref.optimal, tol)) return { fraction: 1, findings: [] };
  const v = { part: 'optimal', got: answer.value.text, expected };
  if (close(answer.value.value, ref.optimal.mul(TWO), tol)) return { fraction: 0, findings: [gdFinding('gd.hessian-not-doubled', { ...v, source: qd.source }, at)] };
  return { fraction: 0, findings: [finding('value.mismatch', { ...v, where: '' }, at)] };
}
