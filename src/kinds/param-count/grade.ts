// Grading a param-count answer: the claims of each layer, the total, the solve-for variable.
import { readScalar, type Entry } from '../../answers/values.js';
import { finding } from '../../findings/codes.js';
import { gradeClaims, layerName, type ClaimsResult } from '../../layers/claims.js';
import { runStack } from '../../layers/engine.js';
import { layersGrade } from '../../layers/carried.js';
import type { Finding } from '../../findings/finding.js';
import { fmtCount, layerFinding } from '../../layers/findings.js';
import { gradeTotal } from '../../layers/total.js';
import type { ClaimedLayer } from '../../layers/types.js';
import type { Pos } from '../../load/pnode.js';
import type { GradeInput, PartGrade } from '../types.js';
import { countAt, type ParamGiven, type Solved } from './model.js';

export interface ParamRef {
  solved: Solved | null;
}

export type ParamAnswer = { part: 'layers'; layers: ClaimedLayer[]; pos: Pos; missing?: number[]; extra?: { row: number; type: string | null }[] } | { part: 'total'; value: bigint; pos: Pos; text?: string } | { part: 'variable'; value: Entry | null; pos: Pos };

/**
 * How the parts depend on each other: the layers, layer by layer (a claim is also checked against
 * the student's own previous output, within the part), then the total from them; with solve-for,
 * the layers and the total at the student's n.
 */
export function paramDependencies(g: ParamGiven): Record<string, string[]> {
  const v = g.solveFor?.variable;
  return v ? { [v]: [], layers: [v], total: ['layers', v] } : { layers: [], total: ['layers'] };
}

export function gradeParamCount(input: GradeInput<ParamGiven, ParamRef, ParamAnswer>): Map<string, PartGrade> {
  const g = input.problem.given;
  const out = new Map<string, PartGrade>();
  const vars = g.solveFor && input.ref.solved ? { [g.solveFor.variable]: input.ref.solved.n } : {};
  const layersAns = input.answers.get('layers')?.answer as Extract<ParamAnswer, { part: 'layers' }> | undefined;
  const layers = layersAns?.layers ?? g.layers;
  const claims = layers ? gradeClaims(layers, g.input, g.bias, vars) : null;
  if (layersAns && claims) {
    const findings = [...claims.findings];
    // A layer with parameters left out costs what its claims would have earned; an extra row is
    // named. A layer without any (pooling; a repeated layer at 0 copies) may be left out.
    const steps = g.layers ? runStack(g.layers.map((l) => l.layer), g.input, g.bias, vars).steps : [];
    const missing = (layersAns.missing ?? []).filter((i) => steps[i] === undefined || steps[i].params > 0n);
    for (const i of missing) findings.unshift(layerFinding('layer.count-mismatch', { missing: layerName(i, g.layers![i].layer) }, { pos: layersAns.pos }));
    for (const x of layersAns.extra ?? []) findings.unshift(layerFinding('layer.count-mismatch', { extra: `row ${x.row + 1}${x.type ? ` (${x.type})` : ''}` }, { pos: layersAns.pos }));
    const items = claims.items + missing.length + (layersAns.extra?.length ?? 0);
    // A shape or count right only from the student's own previous claim is error carried forward.
    const grade = layersGrade(claims.earned, items, findings);
    if (g.layers && systematicMissingBias(layersAns.layers, grade.findings, steps)) grade.diagnosis = 'layer.missing-bias';
    out.set('layers', grade);
  }
  const total = input.answers.get('total')?.answer as Extract<ParamAnswer, { part: 'total' }> | undefined;
  if (total) {
    if (!claims) out.set('total', { fraction: 0, findings: [finding('answer.invalid', { part: 'total', reason: 'the total of which layers? This problem has no given layers and the answer lists none' }, { pos: total.pos })] });
    else out.set('total', totalGrade(total, g, input, layersAns ? claims : { ...claims, claimedSum: null }));
  }
  if (g.solveFor) {
    const v = input.answers.get(g.solveFor.variable)?.answer as Extract<ParamAnswer, { part: 'variable' }> | undefined;
    if (v) out.set(g.solveFor.variable, gradeVariable(v.value, v.pos, g, input.ref.solved));
  }
  return out;
}

/**
 * The biases left out is the one mistake of the layers part when it is the part's only error
 * and every count claimed for a layer with biases leaves them out: the misconception, not a
 * slip in one layer of several (that keeps per-entry credit, the mistake still named).
 */
function systematicMissingBias(layers: ClaimedLayer[], findings: Finding[], steps: { biasParams: bigint }[]): boolean {
  const errors = findings.filter((f) => f.severity === 'error');
  if (!errors.length || !errors.every((f) => f.code === 'layer.missing-bias')) return false;
  const withBias = layers.filter((l, i) => l.claims.params && (steps[i]?.biasParams ?? 0n) > 0n).length;
  return errors.length === withBias;
}

/**
 * The total against the network; and (error carried forward, for the policy stage) against the
 * student's own values: the count at their own (wrong) solve-for value, or the sum of their own
 * per-layer counts. A total that leaves out exactly the biases is that one mistake.
 */
function totalGrade(total: Extract<ParamAnswer, { part: 'total' }>, g: ParamGiven, input: GradeInput<ParamGiven, ParamRef, ParamAnswer>, claims: Pick<ClaimsResult, 'trueTotal' | 'noBiasTotal' | 'claimedSum'>): PartGrade {
  const plain = gradeTotal(total, claims);
  const own = total.value !== claims.trueTotal ? ownSolveForTotal(total, g, input) : null;
  const isSum = claims.trueTotal !== null && total.value !== claims.trueTotal && claims.claimedSum !== null && total.value === claims.claimedSum;
  if (own) return { ...missingBias(isSum ? strict(plain) : plain), fraction: 0, carried: own };
  if (!isSum) return missingBias(plain);
  // Carried: the total is the sum of the student's counts (their biases left out is charged on the layers).
  const got = total.text ?? fmtCount(total.value);
  const note = layerFinding('total.mismatch', { got, sum: got, expected: fmtCount(claims.trueTotal!), carried: true }, { pos: total.pos, severity: 'info' });
  return { ...missingBias(strict(plain)), carried: { fraction: 1, from: ['layers'], findings: [note] } };
}

/** The total's findings as errors, against the network (gradeTotal says "the sum of your counts" as an info). */
function strict(g: PartGrade): PartGrade {
  const findings = g.findings.map((f) =>
    f.code === 'total.mismatch' ? layerFinding('total.mismatch', { got: String(f.values.got), sum: null, expected: String(f.values.expected) }, { pos: f.line === undefined ? undefined : { line: f.line, column: f.column ?? 1 } }) : { ...f, severity: 'error' as const },
  );
  return { fraction: 0, findings };
}

function missingBias(g: PartGrade): PartGrade {
  const errors = g.findings.filter((f) => f.severity === 'error');
  return errors.length === 1 && errors[0].code === 'layer.missing-bias' ? { ...g, diagnosis: 'layer.missing-bias' } : g;
}

/**
 * A total right for the submission's own (wrong) solve-for value: the wrong value is charged on
 * its own part, the total is carried from it.
 */
function ownSolveForTotal(total: Extract<ParamAnswer, { part: 'total' }>, g: ParamGiven, input: GradeInput<ParamGiven, ParamRef, ParamAnswer>): NonNullable<PartGrade['carried']> | null {
  const sf = g.solveFor;
  const own = sf && (input.answers.get(sf.variable)?.answer as Extract<ParamAnswer, { part: 'variable' }> | undefined)?.value;
  if (!sf || !own || !own.value.isInteger() || own.value.toNumber() === input.ref.solved?.n) return null;
  const n = own.value.toNumber();
  const count = n >= sf.min && n <= sf.max ? countAt(g, n) : null;
  if (count === null || count !== total.value) return null;
  const key = input.ref.solved ? countAt(g, input.ref.solved.n) : null;
  const got = total.text ?? fmtCount(total.value);
  return { fraction: 1, from: [sf.variable], findings: [layerFinding('total.mismatch', { got, sum: got, expected: key === null ? '?' : fmtCount(key), carried: true, own: `${sf.variable} = ${own.text}` }, { pos: total.pos, severity: 'info' })] };
}

function gradeVariable(got: Entry | null, pos: Pos, g: ParamGiven, solved: Solved | null): PartGrade {
  const sf = g.solveFor!;
  const at = { pos };
  if (!solved) {
    if (got === null) return { fraction: 1, findings: [] };
    return { fraction: 0, findings: [finding('value.mismatch', { part: sf.variable, where: '', got: got.text, expected: `none: no whole ${sf.variable} from ${sf.min} to ${sf.max} gives exactly ${fmtCount(sf.budget)}` }, at)] };
  }
  if (got === null) return { fraction: 0, findings: [finding('value.mismatch', { part: sf.variable, where: '', got: 'none', expected: `${solved.n} (${sf.variable} = ${solved.n} gives ${fmtCount(solved.count)} parameters; the budget is ${fmtCount(sf.budget)})` }, at)] };
  if (got.value.isInteger() && got.value.toNumber() === solved.n) return { fraction: 1, findings: [] };
  const n = Math.round(got.value.toNumber());
  const theirs = Number.isFinite(n) && n >= sf.min && n <= sf.max ? countAt(g, n) : null;
  const why = `${sf.variable} = ${solved.n} gives ${fmtCount(solved.count)} parameters${theirs !== null ? `, ${sf.variable} = ${n} gives ${fmtCount(theirs)}` : ''}; the budget is ${fmtCount(sf.budget)}`;
  return { fraction: 0, findings: [finding('value.mismatch', { part: sf.variable, where: '', got: got.text, expected: `${solved.n} (${why})` }, at)] };
}

