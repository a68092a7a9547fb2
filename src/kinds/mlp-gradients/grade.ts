// Grading mlp-gradients answers: per entry against the exact reference (either ReLU convention
// at a kink), then the submission's own intermediate values (error carried forward), then the
// common mistakes by recomputing the answer under each and matching it.
import { readMatrix, readScalar, shapeOf, type Entry } from '../../answers/values.js';
import { close, compareMatrix, matrixClose, values } from '../../grading/compare.js';
import { finding } from '../../findings/codes.js';
import { explaining, type Finding } from '../../findings/finding.js';
import type { PNode } from '../../load/pnode.js';
import { Num } from '../../numbers/num.js';
import { T, type M } from '../../numbers/matrix.js';
import type { Tolerance } from '../../grading/types.js';
import type { GradeInput, PartGrade } from '../types.js';
import { partValue, runPass, type Override, type Pass } from './backprop.js';
import { mlpFinding } from './findings.js';
import { mlpDependencies, upstreamOf } from './dependencies.js';
import { preferShared, type Candidate } from '../../grading/consistent.js';
import type { Net } from './network.js';

export interface MlpRef {
  /** Convention 0 (left derivative at a ReLU kink), and convention 1 when a kink exists. */
  passes: Pass[];
}

export type MlpAnswer = Entry[][];

export function parseMlpAnswer(node: PNode): MlpAnswer {
  if (node.kind === 'scalar') return [[readScalar(node)]];
  return readMatrix(node);
}

const INTERMEDIATE = /^(z|a)(\d+)$|^y$/;

export function gradeMlp(input: GradeInput<Net, MlpRef, MlpAnswer>): Map<string, PartGrade> {
  const net = input.problem.given;
  const tol = input.problem.tolerance;
  const deps = mlpDependencies(net);
  const out = new Map<string, PartGrade>();
  const candidates = new Map<string, Candidate[]>();
  for (const part of input.asked) {
    const ans = input.answers.get(part);
    if (!ans) continue;
    const { grade, alternatives } = gradePart(part, ans.answer, net, input.ref, tol, input.answers, deps);
    out.set(part, grade);
    if (alternatives.length) candidates.set(part, alternatives);
  }
  preferShared(out, candidates);
  return out;
}

/**
 * A flat list answers a column (y of a one-output network) as well as a row; a bias gradient
 * is a vector, so it may be written as a column too.
 */
function align(got: Entry[][], rows: number, cols: number, part = ''): Entry[][] | null {
  if (got.length === rows && got[0].length === cols) return got;
  if (got.length === 1 && cols === 1 && got[0].length === rows) return got[0].map((e) => [e]);
  if (/^db\d+$/.test(part) && rows === 1 && got.length === cols && got.every((r) => r.length === 1)) return [got.map((r) => r[0])];
  return null;
}

type At = { pos: { line: number; column: number } };
interface Judged {
  fraction: number;
  findings: Finding[];
  /** The code of the one mistake that explains the whole part. */
  diagnosis?: string;
  /** Every named mistake that explains the whole part, the kind's choice first. */
  alternatives: Candidate[];
}

/**
 * The part against one set of passes (the reference's conventions, or those of the student's own
 * values): full marks for any convention, else the per-entry credit of the best one and the
 * mistake that explains the whole part, looked for under every convention.
 */
function judge(part: string, got: Entry[][], passes: Pass[], net: Net, tol: Tolerance, at: At, note: boolean, own?: Override): Judged {
  const E0 = partValue(passes[0], part);
  const [rows, cols] = [E0.length, E0[0].length];
  const aligned = align(got, rows, cols, part);
  if (!aligned) {
    const G = values(got);
    if (got.length === cols && got[0].length === rows && passes.some((p) => matrixClose(G, T(partValue(p, part)), tol))) {
      const findings = [mlpFinding('mlp.transposed', { part, shape: `${rows}×${cols}` }, at)];
      return { fraction: 0, findings, diagnosis: 'mlp.transposed', alternatives: [{ diagnosis: 'mlp.transposed', findings }] };
    }
    return { fraction: 0, findings: [finding('answer.wrong-shape', { part, got: shapeOf(got), expected: `${rows}×${cols}` }, at)], alternatives: [] };
  }
  const tries = passes.map((p, k) => ({ k, cmp: compareMatrix(part, aligned, partValue(p, part), tol) }));
  const best = tries.reduce((a, b) => (b.cmp.correct > a.cmp.correct ? b : a));
  if (best.cmp.correct === best.cmp.total) {
    const differ = note && passes.length > 1 && !matrixClose(partValue(passes[0], part), partValue(passes[1], part), tol);
    return { fraction: 1, findings: differ ? [mlpFinding('mlp.relu-kink', { part, convention: best.k === 1 ? "ReLU'(0) = 1" : "ReLU'(0) = 0" }, at)] : [], alternatives: [] };
  }
  const G = values(aligned);
  // One mistake, one finding: a diagnosis of the whole part replaces its per-entry mismatches.
  // At a ReLU 0 the mistake may have been made under either convention.
  const alternatives: Candidate[] = [];
  for (const t of [best, ...tries.filter((x) => x !== best)]) {
    for (const d of diagnose(part, G, partValue(passes[t.k], part), net, t.k as 0 | 1, tol, at, own)) {
      if (!alternatives.some((a) => a.diagnosis === d.code)) alternatives.push({ diagnosis: d.code, findings: [explaining(d, t.cmp.findings)] });
    }
  }
  const fraction = best.cmp.correct / best.cmp.total;
  return alternatives.length ? { fraction, ...alternatives[0], alternatives } : { fraction, findings: best.cmp.findings, alternatives };
}

function gradePart(part: string, got: Entry[][], net: Net, ref: MlpRef, tol: Tolerance, answers: GradeInput<Net, MlpRef, MlpAnswer>['answers'], deps: Record<string, string[]>): { grade: PartGrade; alternatives: Candidate[] } {
  const at = { pos: got[0]?.[0]?.pos ?? { line: 1, column: 1 } };
  const main = judge(part, got, ref.passes, net, tol, at, true);
  if (main.fraction === 1) return { grade: { fraction: 1, findings: main.findings }, alternatives: [] };
  const grade: PartGrade = { fraction: main.fraction, findings: main.findings, ...(main.diagnosis ? { diagnosis: main.diagnosis } : {}) };
  // Error carried forward from the submission's own (wrong) z, a, y: the part against the
  // values they imply, for the policy stage to use.
  const own = ownOverride(part, net, ref, tol, answers, deps);
  if (own) {
    const p0 = runPass(net, { kink: 0 }, own.override);
    const passes = p0.kinks ? [p0, runPass(net, { kink: 1 }, own.override)] : [p0];
    const c = judge(part, got, passes, net, tol, at, false, own.override);
    const better = c.fraction === 1 || (c.diagnosis && !main.diagnosis) || (!c.diagnosis && !main.diagnosis && c.fraction > main.fraction);
    if (better) grade.carried = { fraction: c.fraction, from: own.from, findings: c.findings, ...(c.diagnosis ? { diagnosis: c.diagnosis } : {}) };
  }
  return { grade, alternatives: main.alternatives };
}

/**
 * The submission's own forward values upstream of `part` (stated or answered), when one of them
 * is wrong: the values to carry forward, and which wrong ones they come from.
 */
function ownOverride(part: string, net: Net, ref: MlpRef, tol: Tolerance, answers: GradeInput<Net, MlpRef, MlpAnswer>['answers'], deps: Record<string, string[]>): { override: Override; from: string[] } | null {
  const L = net.layers.length;
  const upstream = upstreamOf(deps, part);
  const override: Override = { Z: new Array(L), A: new Array(L) };
  const wrong: string[] = [];
  for (const [id, { answer }] of answers) {
    if (!upstream.has(id) || !INTERMEDIATE.test(id)) continue;
    const E = partValue(ref.passes[0], id);
    const a = align(answer, E.length, E[0].length);
    if (!a) continue;
    const v = values(a);
    const m = /^(z|a)(\d+)$/.exec(id);
    if (id === 'y') override.y = v;
    else if (m![1] === 'z') override.Z[Number(m![2]) - 1] = v;
    else override.A[Number(m![2]) - 1] = v;
    if (!ref.passes.some((p) => matrixClose(v, partValue(p, id), tol))) wrong.push(id);
  }
  const order = Object.keys(deps);
  return wrong.length ? { override, from: wrong.sort((x, y) => order.indexOf(x) - order.indexOf(y)) } : null;
}

const masklessPasses = new WeakMap<Net, Pass[]>();
/** The pass without activation derivatives: the same for every submission, so computed once. */
function maskless(net: Net, kink: 0 | 1): Pass {
  let m = masklessPasses.get(net);
  if (!m) masklessPasses.set(net, (m = []));
  return (m[kink] ??= runPass(net, { kink, noActDerivative: true }));
}

interface Factor {
  k: Num;
  label: string;
  reason: string;
}

/** Constant factors a student's answer can be off by, with their usual cause, per loss. */
export function factors(net: Net, part: string): Factor[] {
  const N = net.X.length, k = net.T[0].length;
  const isLoss = part === 'loss';
  const f = (num: number, den: number, reason: string): Factor => ({ k: Num.frac(num, den), label: den === 1 ? `${num}` : `${num}/${den}`, reason });
  const list: Factor[] = [];
  switch (net.loss) {
    case 'half-sse':
      list.push(f(2, 1, isLoss ? 'the ½ of L = ½Σ(y − t)² was dropped' : 'the ½ of the loss was dropped: this is the gradient of Σ(y − t)², not ½Σ(y − t)²'));
      list.push(f(1, 2, 'an extra ½'));
      list.push(f(1, N, `divided by the number of examples N = ${N}: the loss is a sum over the examples, not a mean`));
      list.push(f(2, N, `the mean of the squared errors instead of ½ of their sum (a factor 2/N with N = ${N})`));
      break;
    case 'sse':
      list.push(f(1, 2, isLoss ? 'a ½ that L = Σ(y − t)² does not have' : 'the 2 from differentiating (y − t)² was dropped'));
      list.push(f(1, N, `divided by N = ${N}: the loss is a sum, not a mean`));
      list.push(f(1, 2 * N, `½ and 1/N: the loss is Σ(y − t)², a plain sum`));
      break;
    case 'mse':
      list.push(f(N * k, 1, `not divided by ${N * k} (the number of entries): a sum instead of the mean`));
      list.push(f(1, 2, 'the 2 from differentiating (y − t)² was dropped'));
      list.push(f(N * k, 2, `a sum instead of the mean, and the 2 dropped`));
      list.push(f(k, 1, `divided by N = ${N} only: the mean runs over all ${N * k} entries`));
      break;
    case 'cross-entropy':
      list.push(f(N, 1, `not divided by N = ${N}: the loss is the mean over the examples`));
      list.push(f(1, N, `divided by N = ${N} once too often`));
      break;
  }
  // Every c in {2, ½, N, 1/N, k, 1/k, N·k, 1/(N·k)} is named, with its cause where the loss says it.
  for (const [num, den, why] of [
    [2, 1, 'twice the right value'],
    [1, 2, 'half the right value'],
    [N, 1, `${N} times the right value (N = ${N} examples: a sum where the mean belongs?)`],
    [1, N, `divided by the number of examples N = ${N}`],
    [k, 1, `${k} times the right value (k = ${k} outputs)`],
    [1, k, `divided by the number of outputs k = ${k}`],
    [N * k, 1, `${N * k} times the right value (N·k = ${N}·${k} entries)`],
    [1, N * k, `divided by the number of entries N·k = ${N * k}`],
  ] as const) {
    const c = f(num, den, why);
    if (!list.some((x) => x.k.eq(c.k))) list.push(c);
  }
  return list.filter((x) => !x.k.eq(Num.ONE));
}

function diagnose(part: string, G: M, E: M, net: Net, kink: 0 | 1, tol: Tolerance, at: At, own?: Override): Finding[] {
  const out: Finding[] = [];
  // A sign or a factor is no mistake of a part that is 0; the ReLU mask left out may be (δ masked to 0).
  const nonzero = E.some((r) => r.some((x) => !close(x, Num.ZERO, tol)));
  const isGrad = nonzero && (/^d[Wb]\d+$/.test(part) || part === 'loss');
  if (isGrad && part !== 'loss' && matrixClose(G, E.map((r) => r.map((x) => x.neg())), tol)) out.push(mlpFinding('mlp.sign-flipped', { part }, at));
  if (isGrad) {
    for (const fct of factors(net, part)) {
      if (matrixClose(G, E.map((r) => r.map((x) => x.mul(fct.k))), tol)) {
        out.push(mlpFinding('mlp.factor-off', { part, factor: fct.label, reason: fct.reason }, at));
        break;
      }
    }
  }
  if (/^dW\d+$/.test(part) && E.length === E[0].length && matrixClose(G, T(E), tol)) out.push(mlpFinding('mlp.transposed', { part, shape: `${E.length}×${E[0].length}` }, at));
  if (/^d[Wb]\d+$/.test(part)) {
    const idx = Number(part.slice(2)) - 1;
    const hidden = net.layers.slice(idx, -1).find((l) => l.act !== 'identity');
    if (hidden && matrixClose(G, partValue(own ? runPass(net, { kink, noActDerivative: true }, own) : maskless(net, kink), part), tol)) {
      out.push(mlpFinding('mlp.missing-activation-derivative', { part, activation: hidden.act }, at));
    }
  }
  return out;
}

