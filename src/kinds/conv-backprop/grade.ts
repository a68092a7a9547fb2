// Grading conv-backprop answers: per entry against the exact reference (either ReLU convention
// at a kink), then the submission's own Z or δ (error carried forward), then the typical mistakes
// of the derivation, each recomputed and matched. One mistake, one finding: a diagnosis that
// explains the whole part replaces the per-entry mismatches.
import { AnswerError, type Entry } from '../../answers/values.js';
import { close, showExpected } from '../../grading/compare.js';
import { finding } from '../../findings/codes.js';
import { explaining, type Finding } from '../../findings/finding.js';
import type { PNode, Pos } from '../../load/pnode.js';
import { Num } from '../../numbers/num.js';
import type { Tolerance } from '../../grading/types.js';
import type { GradeInput, PartGrade } from '../types.js';
import { runPass, validDx, type ConvPass, type PassOptions } from './layer.js';
import { convFinding } from './findings.js';
import type { ConvGiven } from './model.js';
import { entries, flip, get, map4, mapNested, rankOf, readNested, shapeOf, shapeText, swap01, type Nested, type T4 } from './tensor.js';

export interface ConvRef {
  /** ReLU'(0) = 0, and = 1 when some ReLU input is exactly 0. */
  passes: ConvPass[];
}

export interface ConvAnswer {
  value: Nested<Entry>;
  pos: Pos;
}

export const PARTS = ['Z', 'dZ', 'dX', 'dW', 'db', 'im2col'] as const;
const RANK: Record<string, number> = { Z: 4, dZ: 4, dX: 4, dW: 4, db: 1, im2col: 2 };

export function parseConvAnswer(part: string, node: PNode): ConvAnswer {
  const rank = Math.min(rankOf(node), RANK[part]);
  if (rank === 0) throw new AnswerError('answer.invalid', `${part}: expected a list nested ${RANK[part]} deep, found a single value`, node.pos);
  return { value: readNested(node, rank, part), pos: node.pos };
}

/** A part's exact value in the layout answers use: dW is [F, C, kh, kw] whatever the filters' layout. */
export function partValue(_g: ConvGiven, p: ConvPass, part: string): Nested<Num> {
  switch (part) {
    case 'Z': return p.Z;
    case 'dZ': return p.dZ;
    case 'dX': return p.dX;
    case 'dW': return p.dW;
    case 'db': return p.db;
    default: return p.im2col;
  }
}

/**
 * The answer in the expected shape: as written, or with leading sizes of 1 left out. A dW of a
 * problem whose filters are written [C, F, kh, kw] may come in that layout when its shape says so
 * (F ≠ C); with F = C the layout cannot be told, and dW is read [F, C, kh, kw].
 */
function align(a: Nested<Entry>, shape: number[], part = '', g?: ConvGiven): Nested<Entry> | null {
  let got = shapeOf(a), v = a;
  while (got.length < shape.length && shape[shape.length - got.length - 1] === 1) (v = [v]), (got = [1, ...got]);
  if (shapeText(got) === shapeText(shape)) return v;
  if (part === 'dW' && g?.layout === 'CF' && g.dims.F !== g.dims.C && shapeText(got) === shapeText([shape[1], shape[0], shape[2], shape[3]])) return swap01(v as Entry[][][][]);
  return null;
}

function allClose(got: Nested<Entry>, want: Nested<Num>, tol: Tolerance): boolean {
  if (shapeText(shapeOf(got)) !== shapeText(shapeOf(want))) return false;
  return entries(want).every(({ at, value }) => close(get(got, at).value, value, tol));
}

export function gradeConv(input: GradeInput<ConvGiven, ConvRef, ConvAnswer>): Map<string, PartGrade> {
  const out = new Map<string, PartGrade>();
  for (const part of input.asked) {
    const ans = input.answers.get(part);
    if (ans) out.set(part, gradePart(part, ans.answer, input));
  }
  return out;
}

function gradePart(part: string, ans: ConvAnswer, input: GradeInput<ConvGiven, ConvRef, ConvAnswer>): PartGrade {
  const g = input.problem.given, ref = input.ref, tol = input.problem.tolerance;
  const at = { pos: ans.pos };
  const E0 = partValue(g, ref.passes[0], part);
  const shape = shapeOf(E0);
  const got = align(ans.value, shape, part, g);
  if (!got) {
    const why = wrongShape(part, ans.value, g, ref.passes[0], tol);
    return { fraction: 0, findings: [why ? convFinding(why.code, why.values as never, at) : finding('answer.wrong-shape', { part, got: shapeText(shapeOf(ans.value)), expected: shapeText(shape) }, at)] };
  }
  const tries = ref.passes.map((p, k) => ({ k, cmp: compare(part, got, partValue(g, p, part), tol) }));
  const best = tries.reduce((a, b) => (b.cmp.correct > a.cmp.correct ? b : a));
  const differ = ref.passes.length > 1 && !tries.every((t) => t.cmp.correct === tries[0].cmp.correct);
  if (best.cmp.correct === best.cmp.total) {
    return { fraction: 1, findings: differ ? [convFinding('conv.relu-kink', { part, convention: best.k === 1 ? "ReLU'(0) = 1" : "ReLU'(0) = 0" }, at)] : [] };
  }
  const kink = best.k as 0 | 1;
  const own = ownValues(part, input);
  if (own) {
    const p = runPass(g, { kink, ...own.options });
    if (allClose(got, partValue(g, p, part), tol)) return { fraction: 1, findings: [convFinding('conv.carried-forward', { part, from: own.from }, at)] };
  }
  const diagnosis = diagnose(part, got, g, ref.passes[kink], kink, tol);
  const fraction = best.cmp.correct / best.cmp.total;
  return { fraction, findings: diagnosis ? [explaining(convFinding(diagnosis.code, diagnosis.values as never, at), best.cmp.findings)] : best.cmp.findings };
}

function compare(part: string, got: Nested<Entry>, want: Nested<Num>, tol: Tolerance): { total: number; correct: number; findings: Finding[] } {
  const es = entries(want);
  const findings: Finding[] = [];
  let correct = 0;
  for (const { at, value } of es) {
    const e = get(got, at);
    if (close(e.value, value, tol)) correct++;
    else findings.push(finding('value.mismatch', { part, where: es.length === 1 ? '' : `entry [${at.map((i) => i + 1).join(', ')}]`, got: e.text, expected: showExpected(value) }, { pos: e.pos }));
  }
  return { total: es.length, correct, findings };
}

/** The submission's own Z or δ, when it states one and the part follows from it. */
function ownValues(part: string, input: GradeInput<ConvGiven, ConvRef, ConvAnswer>): { options: Partial<PassOptions>; from: string } | null {
  const g = input.problem.given;
  const read = (id: string) => {
    const a = input.answers.get(id);
    const v = a && align(a.answer.value, [g.dims.B, g.dims.F, g.dims.Ho, g.dims.Wo]);
    return v ? (mapNested(v, (e) => e.value) as T4) : null;
  };
  if (part !== 'dZ' && part !== 'Z' && part !== 'im2col') {
    const delta = read('dZ');
    if (delta) return { options: { ownDelta: delta }, from: 'δ (dZ)' };
  }
  if (part !== 'Z' && part !== 'im2col') {
    const Z = read('Z');
    if (Z) return { options: { ownZ: Z }, from: 'Z' };
  }
  return null;
}

type Diagnosis = { code: Parameters<typeof convFinding>[0]; values: Record<string, unknown> };

/** Why an answer of the wrong shape is wrong, when a typical mistake explains it. */
function wrongShape(part: string, a: Nested<Entry>, g: ConvGiven, p: ConvPass, tol: Tolerance): Diagnosis | null {
  if (part === 'dX') {
    const v = validDx(g, p.dZ);
    if (v && allClose(a, v, tol)) return { code: 'conv.padding', values: { part, how: `has the size of a valid correlation (${shapeText(shapeOf(v))}, not the input's ${shapeText(shapeOf(p.dX))})`, kh: g.dims.kh, kw: g.dims.kw } };
  }
  if (part === 'dW' && allClose(a, swap01(p.dW), tol)) return { code: 'conv.axes-swapped', values: { part } };
  if (part === 'im2col') {
    const m = p.im2col;
    const t = m[0].map((_, j) => m.map((r) => r[j]));
    if (allClose(a, t, tol)) return { code: 'conv.im2col-transposed', values: { rows: m.length, cols: m[0].length } };
  }
  return null;
}

/** Constant factors, with their usual cause. */
function factors(part: string, g: ConvGiven): { k: Num; label: string; reason: string }[] {
  const B = g.dims.B;
  const list = [
    { k: Num.int(2), label: '2', reason: g.upstream.kind === 'half-sse' ? 'the ½ of L = ½Σ(A − target)² was dropped' : 'twice the right value' },
    { k: Num.frac(1, 2), label: '1/2', reason: 'an extra ½' },
  ];
  if (B > 1 && (part === 'dW' || part === 'db')) list.push({ k: Num.frac(1, B), label: `1/${B}`, reason: `the batch mean: the loss sums over the ${B} examples, so the gradient is their sum` });
  if (B > 1) list.push({ k: Num.int(B), label: `${B}`, reason: `multiplied by the batch size B = ${B}` });
  return list;
}

function diagnose(part: string, got: Nested<Entry>, g: ConvGiven, p: ConvPass, kink: 0 | 1, tol: Tolerance): Diagnosis | null {
  const E = partValue(g, p, part);
  const nonzero = entries(E).some(({ value }) => !close(value, Num.ZERO, tol));
  const scaled = (k: Num) => mapNested(E, (x) => x.mul(k));
  const is = (t: Nested<Num>) => allClose(got, t, tol);
  const mutant = (o: Partial<PassOptions>) => partValue(g, runPass(g, { kink, ...o }), part);
  if (part === 'Z' && is(mutant({ flipForward: true }))) return { code: 'conv.flipped', values: { part } };
  if (part === 'dX') {
    if (is(mutant({ noFlipBackward: true }))) return { code: 'conv.not-flipped', values: { part } };
    if (g.stride > 1 && is(mutant({ strideOneBackward: true }))) return { code: 'conv.stride-ignored', values: { part, stride: g.stride } };
    const v = validDx(g, p.dZ);
    if (v && g.stride === 1 && is(centred(v, g))) return { code: 'conv.padding', values: { part, how: 'holds only the centre (a valid correlation, the border left at 0)', kh: g.dims.kh, kw: g.dims.kw } };
  }
  if (part === 'dW' || part === 'db') {
    if (part === 'dW' && is(flip(p.dW))) return { code: 'conv.flipped', values: { part } };
    if (part === 'dW' && g.dims.F === g.dims.C && is(swap01(p.dW))) return { code: 'conv.axes-swapped', values: { part } };
    if (g.stride > 1 && is(mutant({ strideOneBackward: true }))) return { code: 'conv.stride-ignored', values: { part, stride: g.stride } };
    for (let b = 0; g.dims.B > 1 && b < g.dims.B; b++) {
      const only = map4(p.dZ, (d, bb) => (bb === b ? d : Num.ZERO));
      if (is(partValue(g, runPass(g, { kink, ownDelta: only }), part))) return { code: 'conv.no-batch-sum', values: { part, how: `is the gradient of example ${b + 1} alone`, batch: g.dims.B } };
    }
  }
  if (!nonzero) return null;
  if (is(scaled(Num.int(-1)))) return { code: 'conv.sign-flipped', values: { part } };
  for (const f of factors(part, g)) {
    if (!is(scaled(f.k))) continue;
    if (f.label === `1/${g.dims.B}`) return { code: 'conv.no-batch-sum', values: { part, how: 'is the mean over the batch', batch: g.dims.B } };
    return { code: 'conv.factor-off', values: { part, factor: f.label, reason: f.reason } };
  }
  return null;
}


/** The valid result in the input's frame: what a student gets keeping only the centre. */
function centred(v: T4, g: ConvGiven): T4 {
  const { kh, kw } = g.dims, p = g.padding;
  return map4(g.X, (_x, b, c, y, x) => v[b][c][y + p - (kh - 1)]?.[x + p - (kw - 1)] ?? Num.ZERO);
}
