// Grading conv-backprop answers: per entry against the exact reference (either ReLU convention
// at a kink), then the submission's own Z or δ (error carried forward), then the typical mistakes
// of the derivation, each recomputed and matched. One mistake, one finding: a diagnosis that
// explains the whole part replaces the per-entry mismatches.
import { AnswerError, readScalar, type Entry } from '../../answers/values.js';
import { close, showExpected } from '../../grading/compare.js';
import { finding } from '../../findings/codes.js';
import { explaining, type Finding } from '../../findings/finding.js';
import type { PNode, Pos } from '../../load/pnode.js';
import { Num } from '../../numbers/num.js';
import type { Tolerance } from '../../grading/types.js';
import type { GradeInput, PartGrade } from '../types.js';
import { paddedDx, runPass, validDx, type ConvPass, type PassOptions } from './layer.js';
import { convFinding } from './findings.js';
import { preferShared, type Candidate } from '../../grading/consistent.js';
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

export function parseConvAnswer(part: string, node: PNode, g?: ConvGiven): ConvAnswer {
  const rank = Math.min(rankOf(node), RANK[part]);
  // With one filter, db is one number: a scalar says it.
  if (rank === 0 && part === 'db' && g?.dims.F === 1) return { value: [readScalar(node)], pos: node.pos };
  if (rank === 0) throw new AnswerError('answer.invalid', `${part}: expected a list nested ${RANK[part]} deep, found a single value`, node.pos);
  return { value: readNested(node, rank, part), pos: node.pos };
}

const transpose = <T>(m: T[][]): T[][] => m[0].map((_, j) => m.map((r) => r[j]));

/** A part's exact value in the layout answers use: dW is [F, C, kh, kw]; im2col as the problem says. */
export function partValue(g: ConvGiven, p: ConvPass, part: string): Nested<Num> {
  switch (part) {
    case 'Z': return p.Z;
    case 'dZ': return p.dZ;
    case 'dX': return p.dX;
    case 'dW': return p.dW;
    case 'db': return p.db;
    default: return g.im2col === 'rows-are-weights' ? transpose(p.im2col) : p.im2col;
  }
}

/** The answer in a shape: as written, or with leading sizes of 1 left out. */
function fit(a: Nested<Entry>, shape: number[]): Nested<Entry> | null {
  let got = shapeOf(a), v = a;
  while (got.length < shape.length && shape[shape.length - got.length - 1] === 1) (v = [v]), (got = [1, ...got]);
  return shapeText(got) === shapeText(shape) ? v : null;
}

/**
 * The readings of an answer in the expected shape. dW of a problem whose filters are written
 * [C, F, kh, kw] may come in that layout too: told by its shape when F ≠ C, and with F = C both
 * readings are graded and the better one counts (the problem's own layout is right).
 */
function readings(a: Nested<Entry>, shape: number[], part: string, g: ConvGiven): Nested<Entry>[] {
  const out: Nested<Entry>[] = [];
  const v = fit(a, shape);
  if (v) out.push(v);
  if (part === 'dW' && g.layout === 'CF') {
    const cf = fit(a, [shape[1], shape[0], shape[2], shape[3]]);
    if (cf) out.push(swap01(cf as Entry[][][][]));
  }
  return out;
}

/** The answer equals `want`, leading sizes of 1 left out or not. */
function allClose(got: Nested<Entry>, want: Nested<Num>, tol: Tolerance): boolean {
  const v = fit(got, shapeOf(want));
  return v !== null && entries(want).every(({ at, value }) => close(get(v, at).value, value, tol));
}

export function gradeConv(input: GradeInput<ConvGiven, ConvRef, ConvAnswer>): Map<string, PartGrade> {
  const out = new Map<string, PartGrade>();
  const candidates = new Map<string, Candidate[]>();
  for (const part of input.asked) {
    const ans = input.answers.get(part);
    if (!ans) continue;
    const { grade, alternatives } = gradePart(part, ans.answer, input);
    out.set(part, grade);
    if (alternatives.length) candidates.set(part, alternatives);
  }
  // A part that fits several named mistakes takes the one the other parts show.
  preferShared(out, candidates);
  return out;
}

interface Judged {
  fraction: number;
  findings: Finding[];
  diagnosis?: string;
  /** Every named mistake that explains the whole part, the kind's choice first. */
  alternatives: Candidate[];
}

/**
 * The part against one set of passes (the reference's conventions, or those of the student's own
 * Z or δ): full marks under any convention, else the per-entry credit of the best, and the
 * mistake that explains the whole part, looked for under every convention.
 */
function judge(part: string, ans: ConvAnswer, g: ConvGiven, passes: ConvPass[], tol: Tolerance, note: boolean, own: Partial<PassOptions> = {}): Judged {
  const at = { pos: ans.pos };
  const shape = shapeOf(partValue(g, passes[0], part));
  const views = readings(ans.value, shape, part, g);
  if (!views.length) {
    for (const p of passes) {
      const why = wrongShape(part, ans.value, g, p, tol);
      if (why) {
        const findings = [convFinding(why.code, why.values as never, at)];
        return { fraction: 0, findings, diagnosis: why.code, alternatives: [{ diagnosis: why.code, findings }] };
      }
    }
    return { fraction: 0, findings: [finding('answer.wrong-shape', { part, got: shapeText(shapeOf(ans.value)), expected: shapeText(shape) }, at)], alternatives: [] };
  }
  const tries = passes.flatMap((p, k) => views.map((got) => ({ k, got, cmp: compare(part, got, partValue(g, p, part), tol) })));
  const best = tries.reduce((a, b) => (b.cmp.correct > a.cmp.correct ? b : a));
  if (best.cmp.correct === best.cmp.total) {
    const differ = note && passes.length > 1 && !tries.filter((t) => t.got === best.got).every((t) => t.cmp.correct === best.cmp.correct);
    return { fraction: 1, findings: differ ? [convFinding('conv.relu-kink', { part, convention: best.k === 1 ? "ReLU'(0) = 1" : "ReLU'(0) = 0" }, at)] : [], alternatives: [] };
  }
  const fraction = best.cmp.correct / best.cmp.total;
  // At a ReLU 0 or a pooling tie, the mistake may have been made under either convention.
  const alternatives: Candidate[] = [];
  for (const t of [best, ...tries.filter((x) => x !== best)]) {
    for (const d of diagnose(part, t.got, g, passes[t.k], t.k as 0 | 1, tol, own)) {
      if (!alternatives.some((a) => a.diagnosis === d.code)) alternatives.push({ diagnosis: d.code, findings: [explaining(convFinding(d.code, d.values as never, at), t.cmp.findings)] });
    }
  }
  return alternatives.length ? { fraction, ...alternatives[0], alternatives } : { fraction, findings: best.cmp.findings, alternatives };
}

function gradePart(part: string, ans: ConvAnswer, input: GradeInput<ConvGiven, ConvRef, ConvAnswer>): { grade: PartGrade; alternatives: Candidate[] } {
  const g = input.problem.given, ref = input.ref, tol = input.problem.tolerance;
  const main = judge(part, ans, g, ref.passes, tol, true);
  if (main.fraction === 1) return { grade: { fraction: 1, findings: main.findings }, alternatives: [] };
  const grade: PartGrade = { fraction: main.fraction, findings: main.findings, ...(main.diagnosis ? { diagnosis: main.diagnosis } : {}) };
  // Error carried forward from the submission's own wrong Z or δ, for the policy stage to use.
  const own = ownValues(part, input);
  if (own) {
    const p0 = runPass(g, { kink: 0, ...own.options });
    const passes = p0.kinks ? [p0, runPass(g, { kink: 1, ...own.options })] : [p0];
    const c = judge(part, ans, g, passes, tol, false, own.options);
    const better = c.fraction === 1 || (c.diagnosis && !main.diagnosis) || (!c.diagnosis && !main.diagnosis && c.fraction > main.fraction);
    if (better) grade.carried = { fraction: c.fraction, from: own.from, findings: c.findings, ...(c.diagnosis ? { diagnosis: c.diagnosis } : {}) };
  }
  return { grade, alternatives: main.alternatives };
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

/**
 * How the parts depend on each other: Z from the input (or from im2col: both are the input read
 * by the filters, neither from the other), δ from Z through the loss or the layer after (given
 * outright when `upstream` is and nothing follows), and dX, dW, db from δ.
 */
export function convDependencies(g: ConvGiven): Record<string, string[]> {
  const deltaFromZ = g.upstream.kind !== 'upstream' || g.after !== null;
  return { Z: [], im2col: [], dZ: deltaFromZ ? ['Z'] : [], dX: ['dZ'], dW: ['dZ'], db: ['dZ'] };
}

/**
 * The submission's own wrong δ (or, without one, its own wrong Z), when the part follows from it:
 * a right δ or Z stated leaves nothing to carry.
 */
function ownValues(part: string, input: GradeInput<ConvGiven, ConvRef, ConvAnswer>): { options: Partial<PassOptions>; from: string[] } | null {
  const g = input.problem.given, ref = input.ref, tol = input.problem.tolerance;
  const deps = convDependencies(g);
  const read = (id: string) => {
    const a = input.answers.get(id);
    const v = a && fit(a.answer.value, [g.dims.B, g.dims.F, g.dims.Ho, g.dims.Wo]);
    if (!v) return null;
    const wrong = !ref.passes.some((p) => allClose(v, partValue(g, p, id), tol));
    return { value: mapNested(v, (e) => e.value) as T4, wrong };
  };
  if (deps[part]?.includes('dZ')) {
    const delta = read('dZ');
    if (delta) return delta.wrong ? { options: { ownDelta: delta.value }, from: ['dZ'] } : null;
  }
  if (deps[part]?.includes('Z') || (deps[part]?.includes('dZ') && deps.dZ.includes('Z'))) {
    const Z = read('Z');
    if (Z?.wrong) return { options: { ownZ: Z.value }, from: ['Z'] };
  }
  return null;
}

type Diagnosis = { code: Parameters<typeof convFinding>[0]; values: Record<string, unknown> };

const orientation = (g: ConvGiven) => (g.im2col === 'rows-are-weights' ? 'weights' : 'positions');

/** Why an answer of the wrong shape is wrong, when a typical mistake explains it (leading sizes of 1 may be left out). */
function wrongShape(part: string, a: Nested<Entry>, g: ConvGiven, p: ConvPass, tol: Tolerance): Diagnosis | null {
  if (part === 'dX') {
    const v = validDx(g, p.dZ);
    if (v && allClose(a, v, tol)) return { code: 'conv.padding', values: { part, how: `has the size of a valid correlation (${shapeText(shapeOf(v))}, not the input's ${shapeText(shapeOf(p.dX))})`, kh: g.dims.kh, kw: g.dims.kw } };
    const padded = paddedDx(g, p.dZ);
    if (g.padding > 0 && allClose(a, padded, tol)) return { code: 'conv.padding', values: { part, how: `has the padded input's size (${shapeText(shapeOf(padded))}): the ${g.padding} border row${g.padding === 1 ? '' : 's'} and column${g.padding === 1 ? '' : 's'} of zeros added by the padding are not part of the input, so their gradient is dropped`, kh: g.dims.kh, kw: g.dims.kw } };
  }
  if (part === 'dW' && g.layout === 'FC' && allClose(a, swap01(p.dW), tol)) return { code: 'conv.axes-swapped', values: { part } };
  if (part === 'im2col') {
    const m = partValue(g, p, 'im2col') as Num[][];
    if (allClose(a, transpose(m), tol)) return { code: 'conv.im2col-transposed', values: { rows: m.length, cols: m[0].length, orientation: orientation(g) } };
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

/** Every named mistake that explains the whole part (most specific first). */
function diagnose(part: string, got: Nested<Entry>, g: ConvGiven, p: ConvPass, kink: 0 | 1, tol: Tolerance, own: Partial<PassOptions> = {}): Diagnosis[] {
  const out: Diagnosis[] = [];
  const E = partValue(g, p, part);
  const nonzero = entries(E).some(({ value }) => !close(value, Num.ZERO, tol));
  const scaled = (k: Num) => mapNested(E, (x) => x.mul(k));
  const is = (t: Nested<Num>) => allClose(got, t, tol);
  const mutant = (o: Partial<PassOptions>) => partValue(g, runPass(g, { ...own, kink, ...o }), part);
  if (part === 'Z' && is(mutant({ flipForward: true }))) out.push({ code: 'conv.flipped', values: { part } });
  if (part === 'im2col') {
    const m = E as Num[][];
    if (m.length === m[0].length && is(transpose(m))) out.push({ code: 'conv.im2col-transposed', values: { rows: m.length, cols: m[0].length, orientation: orientation(g) } });
  }
  if (part === 'dX') {
    if (is(mutant({ noFlipBackward: true }))) out.push({ code: 'conv.not-flipped', values: { part } });
    if (g.stride > 1 && is(mutant({ strideOneBackward: true }))) out.push({ code: 'conv.stride-ignored', values: { part, stride: g.stride } });
    const v = validDx(g, p.dZ);
    if (v && is(centred(v, g))) out.push({ code: 'conv.padding', values: { part, how: 'holds only the centre (a valid correlation, the border left at 0)', kh: g.dims.kh, kw: g.dims.kw } });
  }
  if (part === 'dW' || part === 'db') {
    if (part === 'dW' && is(flip(p.dW))) out.push({ code: 'conv.flipped', values: { part } });
    if (part === 'dW' && g.layout === 'FC' && g.dims.F === g.dims.C && is(swap01(p.dW))) out.push({ code: 'conv.axes-swapped', values: { part } });
    if (g.stride > 1 && is(mutant({ strideOneBackward: true }))) out.push({ code: 'conv.stride-ignored', values: { part, stride: g.stride } });
    for (let b = 0; g.dims.B > 1 && b < g.dims.B; b++) {
      const only = map4(p.dZ, (d, bb) => (bb === b ? d : Num.ZERO));
      if (is(partValue(g, runPass(g, { kink, ownDelta: only }), part))) {
        out.push({ code: 'conv.no-batch-sum', values: { part, how: `is the gradient of example ${b + 1} alone`, batch: g.dims.B } });
        break;
      }
    }
  }
  if (nonzero) {
    if (is(scaled(Num.int(-1)))) out.push({ code: 'conv.sign-flipped', values: { part } });
    for (const f of factors(part, g)) {
      if (!is(scaled(f.k))) continue;
      if (f.label === `1/${g.dims.B}`) out.push({ code: 'conv.no-batch-sum', values: { part, how: 'is the mean over the batch', batch: g.dims.B } });
      else out.push({ code: 'conv.factor-off', values: { part, factor: f.label, reason: f.reason } });
      break;
    }
  }
  return out.filter((d, i) => out.findIndex((x) => x.code === d.code) === i);
}


/** The valid result in the input's frame: what a student gets keeping only the centre. */
function centred(v: T4, g: ConvGiven): T4 {
  const { kh, kw } = g.dims, p = g.padding;
  return map4(g.X, (_x, b, c, y, x) => v[b][c][y + p - (kh - 1)]?.[x + p - (kw - 1)] ?? Num.ZERO);
}
